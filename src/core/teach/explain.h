// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QStringList>

#include <vector>

namespace procglass {

// Everything the Explain pane (and `procglass-cli explain`) says about one mapping, in our own
// words: what it is, what its permission letters mean, where its bytes come from.
struct RegionExplanation
{
    QString title; // "libc.so.6: code (text)", "[heap]"
    QStringList about; // what this kind of mapping is, then what is special about this one
    struct Permission
    {
        QChar letter; // as /proc/PID/maps prints it: r w x p s, or '-'
        QString meaning;
    };
    std::vector<Permission> permissions; // four entries, in the order of "rwxp"
    QString origin; // how offset, device and inode tie it to a file -- or why nothing does
    QString readability; // why it cannot be read, when that is so; else empty
};

// regions as the kernel lists them (sorted), index the one to explain: its neighbours tell a guard
// page below a thread stack from a gap inside a library.
[[nodiscard]] RegionExplanation explainRegion(const std::vector<Region>& regions, size_t index);

// "libc.so.6: code (text)", "[heap]", "thread stack": a mapping's name with its part of the image.
[[nodiscard]] QString regionTitle(const Region& region);

// One line on what of a mapping is an image's .bss, for tooltips and the kind column: "0x…–0x…:
// libz.so.1's .bss; past 0x…: anonymous memory", "libz.so.1's .bss (a guess by position)"; empty
// when the mapping has nothing to do with a .bss.
[[nodiscard]] QString bssSummary(const std::vector<Region>& regions, size_t index);

// Plain text, paragraphs separated by blank lines (for the CLI and the clipboard).
[[nodiscard]] QString explanationText(const RegionExplanation& explanation);

} // namespace procglass
