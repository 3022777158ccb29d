// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"

#include <QCoreApplication>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace procglass {

// What changed between two moments of a process: live vs snapshot, snapshot vs snapshot, bundle
// vs bundle -- any two memory sources. Mappings are paired by their start address (a mapping
// that grew or shrank keeps its start: [heap]), or by their end when only that is the same (the
// main [stack] grows down); bytes are compared where both have them.

// The first bytes of a changed range on both sides, as they were when compared (a live side may
// have moved on since).
struct RangePreview
{
    static constexpr int kMaxBytes = 16;
    std::array<std::byte, kMaxBytes> before {};
    std::array<std::byte, kMaxBytes> after {};
    quint8 size = 0; // bytes valid in both

    [[nodiscard]] QByteArray beforeBytes() const { return { reinterpret_cast<const char*>(before.data()), size }; }
    [[nodiscard]] QByteArray afterBytes() const { return { reinterpret_cast<const char*>(after.data()), size }; }
};

struct MappingDiff
{
    enum class Change { Same, Changed, Added, Removed, Grown, Shrunk };
    Change change = Change::Same;
    std::optional<Region> before; // absent: Added
    std::optional<Region> after; // absent: Removed
    quint64 comparedBytes = 0; // readable in both
    quint64 changedBytes = 0; // of those, how many differ
    // The differing bytes as ranges (adjacent bytes merged), sorted; at most DiffOptions::maxRanges
    // in all across the report, then rangesCapped (the counts stay exact).
    std::vector<AddressRange> changed;
    // With DiffOptions::previewBytes: one per range in `changed`.
    std::vector<RangePreview> previews;
    bool rangesCapped = false;
    quint64 changedRanges = 0; // exact, even when ranges were capped
    // Readable on one side only (counted in neither comparedBytes nor changedBytes). A mapping
    // with such bytes is Changed (at least), and they count in its heat.
    quint64 unreadableBytes = 0;

    // What share of the mapping changed, 0..1 (grown/added parts count as changed): the heat view.
    [[nodiscard]] double heat() const;
};

struct DiffReport
{
    std::vector<MappingDiff> mappings; // by address (after's, else before's)
    quint64 comparedBytes = 0;
    quint64 changedBytes = 0;
    quint64 changedRanges = 0; // exact, even when ranges were capped
    bool cancelled = false;
};

struct DiffOptions
{
    quint64 maxRanges = 1'000'000; // ranges kept in all (counts stay exact beyond)
    int previewBytes = 0; // 0..RangePreview::kMaxBytes: record each kept range's first bytes
    int threads = 0; // 0: one per core
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(quint64 done, quint64 total)> progress;
};

// Compares before with after. When both are snapshots sharing chunks, shared chunks are equal
// without reading them. A read error of either side (process exited, damaged file) is the result.
[[nodiscard]] Result<DiffReport> diffSources(
    MemorySource& before, MemorySource& after, const DiffOptions& options = {});

// A change's name as the JSON and the CLI's lines write it: same, changed, added, removed, grown,
// shrunk (identifiers for scripts, never translated).
[[nodiscard]] QString changeId(MappingDiff::Change c);

// `procglass-cli diff --json` and the window's export of a diff.
[[nodiscard]] QByteArray diffToJson(const DiffReport& report);

} // namespace procglass
