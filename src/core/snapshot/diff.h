#pragma once

#include "core/model/memorysource.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace procglass {

// What changed between two moments of a process: live vs snapshot, snapshot vs snapshot, bundle
// vs bundle -- any two memory sources. Mappings are paired by their start address (a mapping
// that grew or shrank keeps its start: [heap], a stack); bytes are compared where both have them.

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
    bool rangesCapped = false;
    // Readable on one side only (counted in neither comparedBytes nor changedBytes).
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
    int threads = 0; // 0: one per core
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(quint64 done, quint64 total)> progress;
};

// Compares before with after. When both are snapshots sharing chunks, shared chunks are equal
// without reading them. A read error of either side (process exited, damaged file) is the result.
[[nodiscard]] Result<DiffReport> diffSources(
    MemorySource& before, MemorySource& after, const DiffOptions& options = {});

// `procglass-cli diff --json` and the window's export of a diff.
[[nodiscard]] QByteArray diffToJson(const DiffReport& report);

} // namespace procglass
