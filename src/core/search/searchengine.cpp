// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/searchengine.h"

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>

namespace procglass {

namespace {
struct Chunk
{
    Address readStart; // start less the bytes a regular expression must see before it
    Address start; // matches starting in [start, end) belong to this chunk
    Address end;
    Address readEnd; // end plus the overlap a match starting near the end needs
};

// The work list, made as the workers take from it: a cursor over the stretches of memory to
// search, so that its memory depends on the number of stretches, never on their sizes.
class ChunkCursor
{
public:
    ChunkCursor(std::vector<AddressRange> stretches, const SearchPattern& pattern, quint64 chunkBytes)
        : m_stretches(std::move(stretches))
        , m_chunkBytes(chunkBytes)
        , m_overlap(quint64(std::max(pattern.length(), 1)) - 1)
        , m_lookbehind(quint64(pattern.lookbehind()))
        , m_block(pattern.regexBlock())
    {
        if (!m_stretches.empty())
            m_next = m_stretches.front().start;
    }

    // The next chunk, or false when every stretch has been handed out. sequence numbers the
    // chunks in the order they are handed out, which is address order.
    bool take(Chunk* chunk, quint64* sequence = nullptr)
    {
        std::lock_guard lock(m_mutex);
        if (m_index >= m_stretches.size())
            return false;
        if (sequence)
            *sequence = m_taken;
        ++m_taken;
        const AddressRange& r = m_stretches[m_index];
        const Address a = m_next;
        const Address end = a + std::min(m_chunkBytes, r.end - a);
        if (m_block) {
            // Blocks of a regular expression: from the block holding the start to the end of
            // the block after the one holding the last byte (pattern.h), inside the stretch.
            const quint64 ahead = (m_block - end % m_block) % m_block + m_block;
            *chunk = { std::max(r.start, a - a % m_block), a, end, end + std::min(ahead, r.end - end) };
        } else {
            // A match may run past this chunk but not past the stretch: the next one is elsewhere.
            *chunk = { a - std::min(m_lookbehind, a - r.start), a, end, end + std::min(m_overlap, r.end - end) };
        }
        m_next = end;
        if (end == r.end && ++m_index < m_stretches.size())
            m_next = m_stretches[m_index].start;
        return true;
    }

    // How many chunks there are at most (saturating): no more threads than that are worth starting.
    [[nodiscard]] quint64 count() const
    {
        quint64 n = 0;
        for (const AddressRange& r : m_stretches) {
            n += r.size() / m_chunkBytes + (r.size() % m_chunkBytes ? 1 : 0);
            if (n > 1 << 20)
                break;
        }
        return n;
    }

private:
    std::mutex m_mutex;
    const std::vector<AddressRange> m_stretches; // sorted, disjoint, not empty
    const quint64 m_chunkBytes;
    const quint64 m_overlap;
    const quint64 m_lookbehind;
    const quint64 m_block;
    quint64 m_taken = 0; // chunks handed out
    size_t m_index = 0; // the stretch the cursor is in
    Address m_next = 0; // the start of the next chunk in it
};
// The aligned offsets of data (at address from; matches start in [c.start, c.end)) that hold
// exactly the N bytes of want (N == the alignment); found(address, bytes) for each in increasing
// order until it returns false. False when cancel stopped it.
template <size_t N>
bool compareAligned(std::span<const std::byte> data, Address from, const Chunk& c, QByteArrayView exact,
    const std::atomic<bool>* cancel, const std::function<bool(Address, const std::byte*)>& found)
{
    unsigned char want[N];
    std::memcpy(want, exact.data(), N);
    const Address first = std::max(from, c.start);
    Address at = first + (N - first % N) % N;
    const Address dataEnd = from + data.size();
    const Address end = std::min<Address>(c.end, dataEnd >= N ? dataEnd - N + 1 : 0); // the last start + 1
    constexpr quint64 kCheck = 1 << 20; // cancel is looked at once a MiB
    while (at < end) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const Address stepEnd = std::min<Address>(end, at + kCheck);
        for (; at < stepEnd; at += N) {
            const std::byte* p = data.data() + (at - from);
            if (std::memcmp(p, want, N) == 0 && !found(at, p))
                return true;
        }
    }
    return true;
}

bool compareAligned(std::span<const std::byte> data, Address from, const Chunk& c, QByteArrayView exact,
    const std::atomic<bool>* cancel, const std::function<bool(Address, const std::byte*)>& found)
{
    switch (exact.size()) {
    case 2:
        return compareAligned<2>(data, from, c, exact, cancel, found);
    case 4:
        return compareAligned<4>(data, from, c, exact, cancel, found);
    default:
        return compareAligned<8>(data, from, c, exact, cancel, found);
    }
}

} // namespace

bool isProgramData(const Region& region)
{
    switch (region.kind) {
    case RegionKind::Heap:
    case RegionKind::MainStack:
    case RegionKind::ThreadStack:
    case RegionKind::Anonymous:
        return true;
    case RegionKind::Executable:
        return region.segment == ImageSegment::Data || region.segment == ImageSegment::Bss;
    default:
        return false;
    }
}

std::vector<AddressRange> searchRanges(const std::vector<Region>& regions, const SearchScope& scope)
{
    std::vector<AddressRange> out;
    for (const Region& r : regions) {
        if (r.kind == RegionKind::Vvar || r.kind == RegionKind::Vsyscall)
            continue;
        if (!r.perms.read && !scope.includeUnreadable)
            continue;
        if (!scope.kinds.empty() && std::find(scope.kinds.begin(), scope.kinds.end(), r.kind) == scope.kinds.end())
            continue;
        AddressRange range = r.range;
        if (scope.programDataOnly && !isProgramData(r)) {
            // A library's .bss merged with anonymous memory past it (python3's libz): the
            // anonymous part is the program's, the .bss the library's.
            if (r.segment != ImageSegment::Bss || !r.isPartlyBss())
                continue;
            range = { r.bssEnd(), r.range.end };
        }
        if (scope.within.empty()) {
            out.push_back(range);
            continue;
        }
        for (const AddressRange& w : scope.within) {
            const AddressRange cut = range.intersected(w);
            if (!cut.isEmpty())
                out.push_back(cut);
        }
    }
    std::sort(out.begin(), out.end(), [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    return out;
}

SearchSummary searchMemory(MemorySource& source, const SearchPattern& pattern, const std::vector<AddressRange>& ranges,
    const SearchOptions& options, const std::atomic<bool>* cancel,
    const std::function<void(std::vector<SearchHit>)>& onHits, const std::function<void(quint64, quint64)>& progress)
{
    SearchSummary summary;
    const quint64 chunkBytes = std::max<quint64>(options.chunkBytes, 4096);
    // Touching ranges (adjacent mappings) are one stretch of memory: a match may straddle them.
    std::vector<AddressRange> merged(ranges.begin(), ranges.end());
    std::sort(
        merged.begin(), merged.end(), [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    std::vector<AddressRange> stretches;
    for (const AddressRange& r : merged) {
        if (r.isEmpty())
            continue;
        if (!stretches.empty() && r.start <= stretches.back().end)
            stretches.back().end = std::max(stretches.back().end, r.end);
        else
            stretches.push_back(r);
    }
    quint64 total = 0;
    for (const AddressRange& r : stretches)
        total += r.size();
    ChunkCursor cursor(std::move(stretches), pattern, chunkBytes);
    const quint64 chunkCount = cursor.count();

    std::atomic<quint64> hits = 0;
    std::atomic<quint64> done = 0;
    std::atomic<bool> stop = false;
    std::mutex mutex; // guards summary's error and unreadable count, and serialises callbacks
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    // options.ordered: the batches of chunks that finished before an earlier one, until its turn.
    std::condition_variable turn;
    std::map<quint64, std::vector<SearchHit>> waiting;
    quint64 nextToDeliver = 0;
    const quint64 window = quint64(std::max(threads, 2)) * 2;
    const QByteArrayView exact = pattern.exactBytes();
    // A value at aligned offsets (a value scan of "0" matches at every offset of a zero page):
    // compared there rather than scanned for at every offset and most of it dropped.
    const bool alignedCompare
        = (exact.size() == 2 || exact.size() == 4 || exact.size() == 8) && options.alignment == quint64(exact.size());
    auto stopAll = [&] {
        stop = true;
        if (options.ordered) {
            std::lock_guard lock(mutex);
            turn.notify_all();
        }
    };
    auto work = [&] {
        std::vector<std::byte> buffer;
        std::vector<SearchHit> batch;
        quint64 sequence = 0;
        for (Chunk c; !stop.load(std::memory_order_relaxed) && cursor.take(&c, &sequence);) {
            if (options.ordered) {
                std::unique_lock lock(mutex);
                turn.wait(lock, [&] { return stop.load() || sequence < nextToDeliver + window; });
                if (stop.load())
                    break;
            }
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopAll();
                break;
            }
            buffer.resize(size_t(c.readEnd - c.readStart));
            const ReadResult r = source.read(c.readStart, buffer);
            if (r.error) {
                std::lock_guard lock(mutex);
                if (!summary.error)
                    summary.error = r.error;
                stop = true;
                turn.notify_all();
                break;
            }
            // A match must lie wholly in readable bytes: look between the unreadable ranges.
            Address from = c.readStart;
            bool cancelled = false;
            auto scanUpTo = [&](Address to) {
                if (to <= from || cancelled)
                    return;
                const size_t offset = size_t(from - c.readStart);
                if (alignedCompare) {
                    cancelled = !compareAligned(std::span(buffer).subspan(offset, size_t(to - from)), from, c, exact,
                        cancel, [&](Address at, const std::byte* p) {
                            if (hits.fetch_add(1) >= options.maxResults) {
                                stop = true;
                                return false;
                            }
                            SearchHit& hit = batch.emplace_back();
                            hit.address = at;
                            hit.length = quint32(exact.size());
                            hit.previewSize = quint8(exact.size());
                            std::memcpy(hit.preview.data(), p, hit.previewSize);
                            return true;
                        });
                    return;
                }
                // The cancel flag reaches into the scan: a slow expression stops within its chunk.
                const bool whole = pattern.scan(
                    std::span(buffer).subspan(offset, size_t(to - from)), from, cancel, [&](size_t off, size_t length) {
                        const Address at = from + off;
                        if (at < c.start)
                            return true; // starts in the previous chunk: found there
                        if (at >= c.end)
                            return false; // starts in the next chunk: found there
                        if (options.alignment > 1 && at % options.alignment != 0)
                            return true;
                        if (hits.fetch_add(1) >= options.maxResults) {
                            stop = true;
                            return false;
                        }
                        SearchHit& hit = batch.emplace_back();
                        hit.address = at;
                        hit.length = quint32(length);
                        hit.previewSize = quint8(std::min<size_t>(length, SearchHit::kPreviewBytes));
                        std::memcpy(hit.preview.data(), buffer.data() + offset + off, hit.previewSize);
                        return true;
                    });
                cancelled = !whole;
            };
            quint64 unreadable = 0;
            for (const AddressRange& u : r.unreadable) {
                scanUpTo(u.start);
                from = std::max(from, u.end);
                unreadable += u.intersected({ c.start, c.end }).size();
            }
            scanUpTo(c.readEnd);
            if (cancelled)
                stop = true; // the hits found so far still count, the chunk's bytes do not
            const quint64 size = cancelled ? 0 : c.end - c.start;
            const quint64 now = done.fetch_add(size) + size;
            std::lock_guard lock(mutex);
            summary.bytesUnreadable += cancelled ? 0 : unreadable;
            if (options.ordered) {
                // Every chunk takes its turn, with hits or without: whoever finishes the next one
                // hands out every batch that is then in order.
                waiting.emplace(sequence, std::move(batch));
                batch = {};
                while (!waiting.empty() && waiting.begin()->first == nextToDeliver) {
                    auto node = waiting.extract(waiting.begin());
                    if (!node.mapped().empty())
                        onHits(std::move(node.mapped()));
                    ++nextToDeliver;
                }
                turn.notify_all();
                if (stop.load()) {
                    // A stop (cancel, the cap) leaves later chunks out: what did finish still counts.
                    for (auto& [k, held] : waiting) {
                        if (!held.empty())
                            onHits(std::move(held));
                    }
                    waiting.clear();
                }
            } else if (!batch.empty()) {
                onHits(std::move(batch));
                batch.clear();
            }
            if (progress)
                progress(now, total);
        }
        if (options.ordered && stop.load()) {
            std::lock_guard lock(mutex);
            turn.notify_all();
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && quint64(t) < chunkCount; ++t)
        pool.emplace_back(work);
    work();
    for (auto& t : pool)
        t.join();

    summary.hits = std::min<quint64>(hits.load(), options.maxResults);
    summary.truncated = hits.load() > options.maxResults;
    summary.cancelled = cancel && cancel->load() && !summary.truncated;
    summary.bytesSearched = done.load();
    return summary;
}

} // namespace procglass
