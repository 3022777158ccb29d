// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"
#include "core/search/pattern.h"

#include <QByteArrayView>

#include <array>
#include <atomic>
#include <functional>
#include <vector>

namespace procglass {

// One match: where it starts, how long it is, and its first bytes as the search read them.
struct SearchHit
{
    static constexpr int kPreviewBytes = 16;
    Address address = 0;
    quint32 length = 0;
    quint8 previewSize = 0; // min(length, kPreviewBytes): a match is wholly readable
    std::array<std::byte, kPreviewBytes> preview {};

    [[nodiscard]] QByteArrayView previewBytes() const { return { preview.data(), qsizetype(previewSize) }; }
};

// Where a program keeps its variables (GameConqueror's "Normal" scope): the heap, the stacks,
// anonymous memory and the executable's own initialised data and .bss. Not libraries, not code,
// not constants, not mapped files or shared memory: a value found there is the program's own
// copy, not one of the many a library holds. One definition for the window and the CLI.
[[nodiscard]] bool isProgramData(const Region& region);

// Where to search, as the user chose it.
struct SearchScope
{
    std::vector<RegionKind> kinds; // empty: every kind
    bool programDataOnly = false; // and only isProgramData() mappings
    std::vector<AddressRange> within; // empty: everywhere; else only these ranges (selected rows, a range...)
    // Mappings without read permission that the kernel still reads for a tracer (/proc/PID/mem).
    bool includeUnreadable = false;
};

// The ranges of these regions that the scope covers, in address order. [vvar] (never readable)
// and [vsyscall] (emulated) are left out.
[[nodiscard]] std::vector<AddressRange> searchRanges(const std::vector<Region>& regions, const SearchScope& scope);

struct SearchOptions
{
    quint64 chunkBytes = 4 << 20; // per read: large enough for the kernel's fast path
    quint64 maxResults = 100000; // then stop, and say so
    int threads = 0; // 0: one per core
    // Only hits at addresses that are a multiple of this (e.g. 4 for an aligned int32): how
    // programs place their numbers, and far fewer hits for common values such as 0.
    quint64 alignment = 1;
    // Hand the batches to onHits in address order (each chunk's after the one before it), as a
    // value scan's HitSet keeps them: it then never has to reorder hits it already wrote to its
    // scratch file. At most a few chunks per thread wait for their turn.
    bool ordered = false;
};

struct SearchSummary
{
    quint64 hits = 0;
    bool truncated = false; // stopped at maxResults
    bool cancelled = false;
    quint64 bytesSearched = 0;
    quint64 bytesUnreadable = 0;
    Error error; // the source failed (e.g. the process exited)
};

// Searches the ranges of a memory source for a pattern. Hits arrive in batches through onHits
// (from the worker threads, one at a time, in no particular order unless options.ordered); each
// batch is in address order. progress reports bytes done of the total.
// Memory use is bounded by threads x (chunk size + 128 KiB of regular-expression context) plus one
// entry per readable stretch, whatever the sizes of the process's mappings: workers take their
// chunks from a cursor over the stretches, not from a list made up front. cancel is seen between
// chunks and inside them (within about a millisecond of scanning).
[[nodiscard]] SearchSummary searchMemory(MemorySource& source, const SearchPattern& pattern,
    const std::vector<AddressRange>& ranges, const SearchOptions& options, const std::atomic<bool>* cancel,
    const std::function<void(std::vector<SearchHit> hits)>& onHits,
    const std::function<void(quint64 done, quint64 total)>& progress = {});

} // namespace procglass
