// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/snapshot/diff.h"

#include "core/snapshot/snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <thread>

namespace procglass {

double MappingDiff::heat() const
{
    switch (change) {
    case Change::Same:
        return 0;
    case Change::Added:
    case Change::Removed:
        return 1;
    case Change::Changed:
    case Change::Grown:
    case Change::Shrunk:
        break;
    }
    const quint64 a = before ? before->range.size() : 0;
    const quint64 b = after ? after->range.size() : 0;
    const quint64 largest = std::max(a, b);
    if (largest == 0)
        return 0;
    const quint64 resized = a > b ? a - b : b - a;
    return std::clamp(double(changedBytes + unreadableBytes + resized) / double(largest), 0.0, 1.0);
}

namespace {

// Compared a few chunks at a time: the unit of work of one thread.
constexpr quint64 kItem = 4 * kSnapshotChunk;

bool comparable(const Region& r)
{
    return r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall;
}

struct Item
{
    size_t mapping = 0; // index into the report's mappings
    AddressRange range;
    AddressRange mappingRange; // chunks count from its start
};

struct ItemResult
{
    Error error;
    quint64 compared = 0;
    quint64 changed = 0;
    quint64 unreadable = 0;
    quint64 count = 0; // differing ranges, adjacent bytes merged
    std::optional<AddressRange> first; // the first and last differing ranges (for merging across items)
    std::optional<AddressRange> last;
    std::vector<AddressRange> ranges; // the first `keep` of them
    std::vector<RangePreview> previews; // with previewBytes: one per range in `ranges`
    RangePreview firstPreview; // with previewBytes: of `first` (it may continue the item before)
};

// Appends the bytes at offset..offset+count of both buffers to p, up to its limit.
void extendPreview(RangePreview& p, int limit, const std::byte* before, const std::byte* after, size_t count)
{
    const int room = std::clamp(limit, 0, RangePreview::kMaxBytes) - int(p.size);
    const size_t n = std::min<size_t>(count, size_t(std::max(0, room)));
    std::memcpy(p.before.data() + p.size, before, n);
    std::memcpy(p.after.data() + p.size, after, n);
    p.size = quint8(p.size + n);
}

// Ranges of `from` that both sides could read, from their sorted unreadable lists.
template <typename F>
void forEachReadable(AddressRange from, const std::vector<AddressRange>& u1, const std::vector<AddressRange>& u2,
    quint64* oneSided, F&& visit)
{
    // Walk the boundaries of both lists; a byte is readable in both when it is in neither list.
    size_t i = 0;
    size_t j = 0;
    Address a = from.start;
    while (a < from.end) {
        while (i < u1.size() && u1[i].end <= a)
            ++i;
        while (j < u2.size() && u2[j].end <= a)
            ++j;
        const bool in1 = i < u1.size() && u1[i].start <= a;
        const bool in2 = j < u2.size() && u2[j].start <= a;
        Address next = from.end;
        if (i < u1.size())
            next = std::min(next, in1 ? u1[i].end : u1[i].start);
        if (j < u2.size())
            next = std::min(next, in2 ? u2[j].end : u2[j].start);
        if (!in1 && !in2)
            visit(AddressRange { a, next });
        else if (in1 != in2)
            *oneSided += next - a;
        a = next;
    }
}

class Worker
{
public:
    Worker(MemorySource& before, MemorySource& after, int previewBytes)
        : m_previewBytes(std::clamp(previewBytes, 0, RangePreview::kMaxBytes))
        , m_before(before)
        , m_after(after)
        , m_chunkedBefore(dynamic_cast<const ChunkedSource*>(&before))
        , m_chunkedAfter(dynamic_cast<const ChunkedSource*>(&after))
        , m_a(kItem)
        , m_b(kItem)
    { }

    void run(const Item& item, quint64 keep, ItemResult& out)
    {
        // Shared chunks (the same bytes of the same file, or both zeros) are equal unread: only the
        // chunks from the first to the last that are not are read.
        AddressRange todo = item.range;
        if (m_chunkedBefore && m_chunkedAfter) {
            Address first = item.range.end;
            Address last = item.range.start;
            quint64 shared = 0;
            for (Address c = item.range.start; c < item.range.end;) {
                const quint64 length = std::min<quint64>(kSnapshotChunk, item.range.end - c);
                const auto x = m_chunkedBefore->chunkIdentity(c, length);
                const auto y = m_chunkedAfter->chunkIdentity(c, length);
                if (x && y && *x == *y) {
                    shared += length;
                } else {
                    first = std::min(first, c);
                    last = c + length;
                }
                c += length;
            }
            if (first >= last) {
                out.compared += shared;
                return;
            }
            todo = { first, last };
            out.compared += item.range.size() - todo.size();
        }
        if (todo.isEmpty())
            return;
        const size_t n = size_t(todo.size());
        const ReadResult rb = m_before.read(todo.start, std::span(m_b).first(n));
        if (rb.error) {
            out.error = rb.error;
            return;
        }
        const ReadResult ra = m_after.read(todo.start, std::span(m_a).first(n));
        if (ra.error) {
            out.error = ra.error;
            return;
        }
        auto addRange = [&](AddressRange r) {
            out.changed += r.size();
            const std::byte* x = m_b.data() + (r.start - todo.start);
            const std::byte* y = m_a.data() + (r.start - todo.start);
            if (out.last && out.last->end == r.start) {
                out.last->end = r.end;
                if (out.count == 1) {
                    out.first = out.last;
                    extendPreview(out.firstPreview, m_previewBytes, x, y, size_t(r.size()));
                }
                if (!out.ranges.empty() && out.ranges.back().end == r.start) {
                    out.ranges.back().end = r.end;
                    if (m_previewBytes > 0)
                        extendPreview(out.previews.back(), m_previewBytes, x, y, size_t(r.size()));
                }
                return;
            }
            ++out.count;
            RangePreview preview;
            extendPreview(preview, m_previewBytes, x, y, size_t(r.size()));
            if (!out.first) {
                out.first = r;
                out.firstPreview = preview;
            }
            out.last = r;
            if (out.ranges.size() < keep) {
                out.ranges.push_back(r);
                if (m_previewBytes > 0)
                    out.previews.push_back(preview);
            }
        };
        forEachReadable(todo, rb.unreadable, ra.unreadable, &out.unreadable, [&](AddressRange r) {
            out.compared += r.size();
            const std::byte* x = m_b.data() + (r.start - todo.start);
            const std::byte* y = m_a.data() + (r.start - todo.start);
            const size_t size = size_t(r.size());
            size_t i = 0;
            while (i < size) {
                const size_t step = std::min<size_t>(4096, size - i);
                if (std::memcmp(x + i, y + i, step) == 0) {
                    i += step;
                    continue;
                }
                const size_t stop = i + step;
                while (i < stop) {
                    while (i < stop && x[i] == y[i])
                        ++i;
                    if (i == stop)
                        break;
                    const size_t s = i;
                    while (i < size && x[i] != y[i])
                        ++i;
                    addRange(AddressRange { r.start + s, r.start + i });
                }
            }
        });
    }

private:
    int m_previewBytes;
    MemorySource& m_before;
    MemorySource& m_after;
    const ChunkedSource* m_chunkedBefore;
    const ChunkedSource* m_chunkedAfter;
    std::vector<std::byte> m_a;
    std::vector<std::byte> m_b;
};

QString hex(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

QJsonObject regionJson(const Region& r)
{
    return QJsonObject { { QStringLiteral("start"), hex(r.range.start) }, { QStringLiteral("end"), hex(r.range.end) },
        { QStringLiteral("perms"), r.perms.toString() }, { QStringLiteral("path"), r.path },
        { QStringLiteral("kind"), regionKindId(r.kind) } };
}

} // namespace

Result<DiffReport> diffSources(MemorySource& before, MemorySource& after, const DiffOptions& options)
{
    auto beforeRegions = before.regions();
    if (!beforeRegions)
        return beforeRegions.error();
    auto afterRegions = after.regions();
    if (!afterRegions)
        return afterRegions.error();
    const std::vector<Region>& rb = *beforeRegions;
    const std::vector<Region>& ra = *afterRegions;

    // Mappings paired by their start.
    DiffReport report;
    std::vector<AddressRange> compare; // per mapping: the bytes both have (maybe empty)
    size_t i = 0;
    size_t j = 0;
    while (i < rb.size() || j < ra.size()) {
        MappingDiff m;
        AddressRange c;
        // The main stack grows down: its start moves and its end stays. Two mappings that end at
        // the same address (so overlap) are the same one grown or shrunk at its start.
        const bool sameEnd = i < rb.size() && j < ra.size() && rb[i].range.start != ra[j].range.start
            && rb[i].range.end == ra[j].range.end;
        if (sameEnd) {
            m.before = rb[i++];
            m.after = ra[j++];
            const AddressRange x = m.before->range;
            const AddressRange y = m.after->range;
            m.change = y.size() > x.size() ? MappingDiff::Change::Grown : MappingDiff::Change::Shrunk;
            if (comparable(*m.before) && comparable(*m.after) && (m.before->perms.read || m.after->perms.read))
                c = { std::max(x.start, y.start), x.end };
        } else if (j == ra.size() || (i < rb.size() && rb[i].range.start < ra[j].range.start)) {
            m.change = MappingDiff::Change::Removed;
            m.before = rb[i++];
        } else if (i == rb.size() || ra[j].range.start < rb[i].range.start) {
            m.change = MappingDiff::Change::Added;
            m.after = ra[j++];
        } else {
            m.before = rb[i++];
            m.after = ra[j++];
            const AddressRange x = m.before->range;
            const AddressRange y = m.after->range;
            m.change = y.end > x.end ? MappingDiff::Change::Grown
                : y.end < x.end      ? MappingDiff::Change::Shrunk
                                     : MappingDiff::Change::Same;
            if (comparable(*m.before) && comparable(*m.after) && (m.before->perms.read || m.after->perms.read))
                c = { x.start, std::min(x.end, y.end) };
        }
        report.mappings.push_back(std::move(m));
        compare.push_back(c);
    }

    quint64 total = 0;
    for (const AddressRange& c : compare)
        total += c.size();
    const int threads
        = std::max(1, options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency())));
    std::vector<std::unique_ptr<Worker>> workers;
    for (int t = 0; t < threads; ++t)
        workers.push_back(std::make_unique<Worker>(before, after, options.previewBytes));

    std::vector<quint64> mappingRanges(report.mappings.size()); // exact, per mapping
    quint64 kept = 0; // ranges kept in all
    quint64 done = 0;
    size_t mapping = 0;
    Address at = 0;
    bool started = false;
    std::optional<AddressRange> lastOfMapping; // the last differing range of the current mapping so far
    size_t lastMapping = size_t(-1);
    const size_t batchSize = size_t(threads) * 4;
    std::vector<Item> batch;
    std::vector<ItemResult> results;
    for (;;) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        // The next items, in address order.
        batch.clear();
        while (batch.size() < batchSize && mapping < compare.size()) {
            const AddressRange c = compare[mapping];
            if (!started) {
                at = c.start;
                started = true;
            }
            if (at >= c.end) {
                ++mapping;
                started = false;
                continue;
            }
            const Address end = std::min(c.end, at + kItem);
            batch.push_back(Item { mapping, { at, end }, report.mappings[mapping].after->range });
            at = end;
        }
        if (batch.empty())
            break;
        results.assign(batch.size(), ItemResult());
        // One more than room is left: an item's first range may continue the one before.
        const quint64 keep = kept < options.maxRanges ? options.maxRanges - kept + 1 : 0;
        std::atomic<size_t> next = 0;
        auto work = [&](Worker& w) {
            for (size_t k; (k = next.fetch_add(1)) < batch.size();)
                w.run(batch[k], keep, results[k]);
        };
        if (threads == 1 || batch.size() == 1) {
            work(*workers[0]);
        } else {
            std::vector<std::thread> pool;
            for (int t = 1; t < threads && size_t(t) < batch.size(); ++t)
                pool.emplace_back(work, std::ref(*workers[size_t(t)]));
            work(*workers[0]);
            for (std::thread& t : pool)
                t.join();
        }
        // In order: counts, and ranges merged across items.
        for (size_t k = 0; k < batch.size(); ++k) {
            ItemResult& r = results[k];
            if (r.error)
                return r.error;
            MappingDiff& m = report.mappings[batch[k].mapping];
            if (batch[k].mapping != lastMapping) {
                lastMapping = batch[k].mapping;
                lastOfMapping.reset();
            }
            m.comparedBytes += r.compared;
            m.changedBytes += r.changed;
            m.unreadableBytes += r.unreadable;
            report.comparedBytes += r.compared;
            report.changedBytes += r.changed;
            done += batch[k].range.size();
            if (r.count == 0)
                continue;
            size_t from = 0;
            quint64 count = r.count;
            if (lastOfMapping && r.first && lastOfMapping->end == r.first->start) {
                // Continues the range the item before ended with.
                --count;
                if (!m.changed.empty() && m.changed.back().end == r.first->start) {
                    m.changed.back().end = r.first->end;
                    if (!m.previews.empty()) {
                        const RangePreview& p = r.firstPreview;
                        extendPreview(m.previews.back(), options.previewBytes, p.before.data(), p.after.data(), p.size);
                    }
                }
                if (!r.ranges.empty())
                    from = 1;
            }
            for (size_t x = from; x < r.ranges.size(); ++x) {
                if (kept >= options.maxRanges)
                    break;
                m.changed.push_back(r.ranges[x]);
                if (x < r.previews.size())
                    m.previews.push_back(r.previews[x]);
                ++kept;
            }
            report.changedRanges += count;
            mappingRanges[batch[k].mapping] += count;
            lastOfMapping = r.last;
        }
        if (options.progress)
            options.progress(done, total);
    }
    for (size_t k = 0; k < report.mappings.size(); ++k) {
        MappingDiff& m = report.mappings[k];
        // Bytes that became unreadable (or readable) are a change too: a page made PROT_NONE, a
        // file truncated under its mapping.
        if (m.change == MappingDiff::Change::Same && (m.changedBytes > 0 || m.unreadableBytes > 0))
            m.change = MappingDiff::Change::Changed;
        m.changedRanges = mappingRanges[k];
        m.rangesCapped = quint64(m.changed.size()) < mappingRanges[k];
    }
    return report;
}

QString changeId(MappingDiff::Change c)
{
    switch (c) {
    case MappingDiff::Change::Same:
        return QStringLiteral("same");
    case MappingDiff::Change::Changed:
        return QStringLiteral("changed");
    case MappingDiff::Change::Added:
        return QStringLiteral("added");
    case MappingDiff::Change::Removed:
        return QStringLiteral("removed");
    case MappingDiff::Change::Grown:
        return QStringLiteral("grown");
    case MappingDiff::Change::Shrunk:
        return QStringLiteral("shrunk");
    }
    return {};
}

QByteArray diffToJson(const DiffReport& report)
{
    QJsonArray mappings;
    for (const MappingDiff& m : report.mappings) {
        QJsonObject o { { QStringLiteral("change"), changeId(m.change) },
            { QStringLiteral("compared_bytes"), qint64(m.comparedBytes) },
            { QStringLiteral("changed_bytes"), qint64(m.changedBytes) },
            { QStringLiteral("unreadable_bytes"), qint64(m.unreadableBytes) }, { QStringLiteral("heat"), m.heat() },
            { QStringLiteral("changed_ranges"), qint64(m.changedRanges) },
            { QStringLiteral("ranges_capped"), m.rangesCapped } };
        if (m.before)
            o.insert(QStringLiteral("before"), regionJson(*m.before));
        if (m.after)
            o.insert(QStringLiteral("after"), regionJson(*m.after));
        QJsonArray ranges;
        for (const AddressRange& r : m.changed)
            ranges.append(QJsonArray { hex(r.start), hex(r.end) });
        o.insert(QStringLiteral("changed"), ranges);
        mappings.append(o);
    }
    return QJsonDocument(
        QJsonObject { { QStringLiteral("format"), QStringLiteral("procglass-diff") }, { QStringLiteral("version"), 1 },
            { QStringLiteral("compared_bytes"), qint64(report.comparedBytes) },
            { QStringLiteral("changed_bytes"), qint64(report.changedBytes) },
            { QStringLiteral("changed_ranges"), qint64(report.changedRanges) },
            { QStringLiteral("cancelled"), report.cancelled }, { QStringLiteral("mappings"), mappings } })
        .toJson(QJsonDocument::Indented);
}

} // namespace procglass
