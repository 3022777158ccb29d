// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QColor>

namespace procglass {

// One colour per kind, chosen from colour-blind-safe schemes (Okabe-Ito, Paul Tol, ColorBrewer PRGn) so that
// neighbouring kinds in a typical layout stay apart for deuteranopes and protanopes too; families group kinds
// that belong together (stacks reds, kernel-provided pages purples). They are mid-tones that read on both
// light and dark backgrounds.
[[nodiscard]] QColor regionKindColor(RegionKind kind);

// The fill for one region: its kind's colour, paler for the read-only and writable data of an image, so that
// text, data and bss read apart as in textbook pictures without adding legend entries.
[[nodiscard]] QColor regionFillColor(const Region& region);
// The heat view's colour for a mapping of which share heat (0..1) changed: a sequential,
// colour-blind-safe scale (ColorBrewer YlOrBr) that darkens as heat grows, with "unchanged" a pale
// colour of its own and any change at all already clearly apart from it.
[[nodiscard]] QColor heatColor(double heat);
// A mapping the comparison did not cover (mapped since, or not compared).
[[nodiscard]] QColor heatUnknownColor();

// Near-black or near-white, whichever reads better on background.
[[nodiscard]] QColor contrastingTextColor(const QColor& background);

} // namespace procglass
