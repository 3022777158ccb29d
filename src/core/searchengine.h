#pragma once

#include "memorysource.h"
#include "pattern.h"

#include <atomic>
#include <functional>
#include <vector>

namespace procglass {

struct SearchOptions
{
    quint64 chunkBytes = 4 << 20; // per read: large enough for the kernel's fast path, small enough to cancel soon
    quint64 maxResults = 100000; // then stop, and say so
    int threads = 0; // 0: one per core
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
// (from the worker threads, in no particular order); progress reports bytes done of the total.
// Memory use is bounded by threads x chunk size, whatever the process's size.
[[nodiscard]] SearchSummary searchMemory(MemorySource& source, const SearchPattern& pattern,
    const std::vector<AddressRange>& ranges, const SearchOptions& options, const std::atomic<bool>* cancel,
    const std::function<void(std::vector<Address> hits)>& onHits,
    const std::function<void(quint64 done, quint64 total)>& progress = {});

} // namespace procglass
