#include "searchengine.h"

#include <algorithm>
#include <cstring>
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
} // namespace

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
        if (scope.within.empty()) {
            out.push_back(r.range);
            continue;
        }
        for (const AddressRange& w : scope.within) {
            const AddressRange cut = r.range.intersected(w);
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
    const quint64 overlap = quint64(std::max(pattern.length(), 1)) - 1;
    const quint64 lookbehind = quint64(pattern.lookbehind());
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
    std::vector<Chunk> chunks;
    quint64 total = 0;
    for (const AddressRange& r : stretches) {
        total += r.size();
        for (Address a = r.start; a < r.end;) {
            const Address end = a + std::min(chunkBytes, r.end - a);
            // A match may run past this chunk but not past the range: the next range is elsewhere.
            chunks.push_back({ a - std::min(lookbehind, a - r.start), a, end, end + std::min(overlap, r.end - end) });
            a = end;
        }
    }

    std::atomic<size_t> next = 0;
    std::atomic<quint64> hits = 0;
    std::atomic<quint64> done = 0;
    std::atomic<bool> stop = false;
    std::mutex mutex; // guards summary's error and unreadable count, and serialises callbacks
    auto work = [&] {
        std::vector<std::byte> buffer;
        std::vector<SearchHit> batch;
        for (size_t i; !stop.load(std::memory_order_relaxed) && (i = next.fetch_add(1)) < chunks.size();) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stop = true;
                break;
            }
            const Chunk& c = chunks[i];
            buffer.resize(size_t(c.readEnd - c.readStart));
            const ReadResult r = source.read(c.readStart, buffer);
            if (r.error) {
                std::lock_guard lock(mutex);
                if (!summary.error)
                    summary.error = r.error;
                stop = true;
                break;
            }
            // A match must lie wholly in readable bytes: look between the unreadable ranges.
            Address from = c.readStart;
            auto scanUpTo = [&](Address to) {
                if (to <= from)
                    return;
                const size_t offset = size_t(from - c.readStart);
                pattern.scan(std::span(buffer).subspan(offset, size_t(to - from)), [&](size_t off, size_t length) {
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
            };
            quint64 unreadable = 0;
            for (const AddressRange& u : r.unreadable) {
                scanUpTo(u.start);
                from = std::max(from, u.end);
                unreadable += u.intersected({ c.start, c.end }).size();
            }
            scanUpTo(c.readEnd);
            const quint64 now = done.fetch_add(c.end - c.start) + (c.end - c.start);
            std::lock_guard lock(mutex);
            summary.bytesUnreadable += unreadable;
            if (!batch.empty()) {
                onHits(std::move(batch));
                batch.clear();
            }
            if (progress)
                progress(now, total);
        }
    };
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && size_t(t) < chunks.size(); ++t)
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
