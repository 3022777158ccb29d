// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "regioncolors.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace procglass {

QColor regionKindColor(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Anonymous:
        return QColor(0xa9, 0xbb, 0xd0); // light grey-blue: the quiet default for unnamed memory
    case RegionKind::Heap:
        return QColor(0xe6, 0x9f, 0x00); // Okabe-Ito orange
    case RegionKind::MainStack:
        return QColor(0xcc, 0x33, 0x11); // Tol vibrant red
    case RegionKind::ThreadStack:
        return QColor(0xee, 0x88, 0x77); // a lighter red, so thread stacks read as kin of the main stack
    case RegionKind::Executable:
        return QColor(0x22, 0x88, 0x33); // Tol bright green
    case RegionKind::Library:
        return QColor(0x44, 0x77, 0xaa); // Tol bright blue
    case RegionKind::File:
        return QColor(0x44, 0xaa, 0x99); // Tol muted teal; lighter than the executable's green
    case RegionKind::Shared:
        return QColor(0xdd, 0xcc, 0x77); // Tol muted sand yellow
    case RegionKind::Vdso:
        return QColor(0x99, 0x70, 0xab); // PRGn purples, light to dark
    case RegionKind::Vvar:
        return QColor(0xc2, 0xa5, 0xcf);
    case RegionKind::Vsyscall:
        return QColor(0x76, 0x2a, 0x83);
    case RegionKind::Guard:
        return QColor(0x8c, 0x8c, 0x8c); // neutral grey: nothing can be read there
    }
    return QColor(0x80, 0x80, 0x80);
}

namespace {
// Mixing with white rather than QColor::lighter() keeps the hue from turning garish.
QColor towardsWhite(const QColor& c, double amount)
{
    const auto mix = [amount](int v) { return int(std::lround(v + (255 - v) * amount)); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}
} // namespace

QColor regionFillColor(const Region& region)
{
    const QColor base = regionKindColor(region.kind);
    switch (region.segment) {
    case ImageSegment::ReadOnlyData:
        return towardsWhite(base, 0.2);
    case ImageSegment::Data:
    case ImageSegment::Bss:
        return towardsWhite(base, 0.4);
    case ImageSegment::None:
    case ImageSegment::Text:
        break;
    }
    return base;
}

QColor heatColor(double heat)
{
    // YlOrBr stops; an unchanged mapping is the palest.
    static const QColor stops[] = { QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xe3, 0x91), QColor(0xfe, 0xc4, 0x4f),
        QColor(0xfe, 0x99, 0x29), QColor(0xec, 0x70, 0x14), QColor(0xcc, 0x4c, 0x02), QColor(0x8c, 0x2d, 0x04) };
    constexpr int kStops = int(std::size(stops));
    if (!(heat > 0))
        return QColor(0xf4, 0xf4, 0xec);
    // A square root scale: a counter's few bytes in a large mapping still show, and any change
    // starts at the second stop.
    const double t = 1.0 / (kStops - 1) + (1 - 1.0 / (kStops - 1)) * std::sqrt(std::min(heat, 1.0));
    const double at = t * (kStops - 1);
    const int i = std::min(kStops - 2, int(at));
    const double f = at - i;
    const auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(stops[i].red(), stops[i + 1].red()), mix(stops[i].green(), stops[i + 1].green()),
        mix(stops[i].blue(), stops[i + 1].blue()));
}

QColor heatUnknownColor()
{
    return QColor(0xb8, 0xc4, 0xd0); // a cool grey-blue: not on the warm scale at all
}

QColor contrastingTextColor(const QColor& background)
{
    return qGray(background.rgb()) > 140 ? QColor(0x20, 0x20, 0x20) : QColor(0xf8, 0xf8, 0xf8);
}

} // namespace procglass
