// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/unknownscan.h"
#include "core/model/tr.h"

#include "core/io/privatefile.h"
#include "core/io/safeopen.h"
#include "core/search/scanwork.h"

#include <QIODevice>
#include <QScopeGuard>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <mutex>
#include <sys/stat.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include <utility>

namespace procglass {

ScanBaseline::~ScanBaseline() = default;

Error ScanBaseline::save(const QString&, const ProcessIdentity&, bool) const
{
    return makeError(ErrorKind::InvalidArgument,
        tr("This unknown-value scan's baseline is kept where the memory is (by the agent): it cannot be saved "
           "on this computer. Run procglass-cli on the agent's computer to keep a baseline in a file."));
}

namespace {

// The baseline is kept in chunks: a chunk of zeros costs nothing, an unchanged chunk one memcmp.
constexpr quint64 kChunk = 64 << 10;
// One read of the memory per task (16 chunks): large enough for process_vm_readv's fast path.
constexpr quint64 kTask = 1 << 20;
std::atomic<quint64> g_cap = 0; // 0: the default
// Bytes of every baseline of this process kept in memory: the cap holds for all of them together
// (the window's steps, an agent's peers).
std::atomic<quint64> g_inMemory = 0;

constexpr char kMagic[8] = { 'P', 'G', 'B', 'A', 'S', 'E', '1', '\n' };
// magic, pid, start time, kind, bytes, signed, big endian, aligned, 3 zero bytes, 3 counts
constexpr quint64 kHeaderSize = 8 + 8 + 8 + 8 + 24;

bool isZero(const std::byte* p, size_t n)
{
    return n == 0 || (p[0] == std::byte { 0 } && std::memcmp(p, p + 1, n - 1) == 0);
}

// The raw bits of a value (as ScanTest::decode), without its byte loop: a little-endian host.
inline quint64 load(const std::byte* p, int size, bool swap)
{
    quint64 v = 0;
    std::memcpy(&v, p, size_t(size));
    if (swap)
        v = __builtin_bswap64(v) >> (64 - 8 * size);
    return v;
}

// Candidate positions of a value of size bytes wholly inside range.
quint64 positionsIn(const AddressRange& range, quint64 size, bool aligned)
{
    if (range.size() < size)
        return 0;
    const Address last = range.end - size; // the last start that fits
    if (!aligned)
        return last - range.start + 1;
    const Address first = range.start % size == 0 ? range.start : range.start + (size - range.start % size);
    if (first < range.start || first > last) // wrapped, or none
        return 0;
    return (last - first) / size + 1;
}

std::vector<AddressRange> normalized(std::vector<AddressRange> ranges)
{
    std::sort(
        ranges.begin(), ranges.end(), [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    std::vector<AddressRange> out;
    for (const AddressRange& r : ranges) {
        if (r.isEmpty())
            continue;
        if (!out.empty() && r.start <= out.back().end)
            out.back().end = std::max(out.back().end, r.end);
        else
            out.push_back(r);
    }
    return out;
}

void appendMerged(std::vector<AddressRange>& list, const AddressRange& r)
{
    if (!list.empty() && r.start <= list.back().end)
        list.back().end = std::max(list.back().end, r.end);
    else
        list.push_back(r);
}

// The end of the chunk (or task) of this size that at lies in, within a range ending at end.
Address blockEnd(Address at, Address end, quint64 block)
{
    const Address start = at - at % block;
    return end - start > block ? start + block : end;
}

// Stretches of memory cut at multiples of kTask: task k is one read.
struct Tasks
{
    explicit Tasks(std::vector<AddressRange> list)
        : stretches(std::move(list))
    {
        for (const AddressRange& s : stretches) {
            first.push_back(count);
            count += (s.end - 1) / kTask - s.start / kTask + 1;
        }
    }
    // Task k: [start, end) of stretch *stretch.
    AddressRange task(quint64 k, size_t* stretch) const
    {
        const size_t i = size_t(std::upper_bound(first.begin(), first.end(), k) - first.begin()) - 1;
        *stretch = i;
        const AddressRange& s = stretches[i];
        const Address blockStart = (s.start / kTask + (k - first[i])) * kTask;
        const Address start = std::max(s.start, blockStart);
        return { start, blockEnd(start, s.end, kTask) };
    }
    std::vector<AddressRange> stretches;
    std::vector<quint64> first;
    quint64 count = 0;
};

struct Stored
{
    Address start = 0;
    quint32 size = 0;
    bool inFile = false;
    quint64 at = 0; // the file's offset, or the block's index
};

class LocalBaseline final : public ScanBaseline
{
    // Its own context, the one lupdate files its messages under (it does not follow the base's
    // declaration): without it tr() asked "procglass::ScanBaseline" and German users read English.
    Q_DECLARE_TR_FUNCTIONS(procglass::LocalBaseline)

public:
    LocalBaseline(std::shared_ptr<MemorySource> source, UnknownScanRequest request)
        : m_request(std::move(request))
        , m_source(std::move(source))
    {
        setStretches(normalized(m_request.ranges));
    }
    ~LocalBaseline() override { g_inMemory.fetch_sub(m_memory); }
    LocalBaseline(const LocalBaseline&) = delete;
    LocalBaseline& operator=(const LocalBaseline&) = delete;

    void setStretches(std::vector<AddressRange> stretches) { m_stretches = std::move(stretches); }

    [[nodiscard]] const UnknownScanRequest& request() const override { return m_request; }
    [[nodiscard]] quint64 bytes() const override { return m_bytes; }
    [[nodiscard]] quint64 positions() const override { return m_positions; }
    [[nodiscard]] quint64 memoryBytes() const override { return m_memory; }
    [[nodiscard]] quint64 fileBytes() const override { return m_fileBytes; }

    Error capture(const ScanControl& control);
    Result<HitSet> next(HitSet::Filter filter, QStringView operand, const ScanControl& control) override;
    Error save(const QString& path, const ProcessIdentity& origin, bool overwrite) const override;

    // The baseline's bytes of [from, from + size) into out (zeros where nothing is stored).
    Error baselineBytes(Address from, size_t size, std::byte* out) const
    {
        std::memset(out, 0, size);
        const Address to = from + size;
        auto it = std::upper_bound(
            m_stored.begin(), m_stored.end(), from, [](Address a, const Stored& s) { return a < s.start; });
        if (it != m_stored.begin())
            --it;
        for (; it != m_stored.end() && it->start < to; ++it) {
            const Address end = it->start + it->size;
            if (end <= from)
                continue;
            const Address a = std::max(from, it->start), b = std::min(to, end);
            std::byte* dst = out + (a - from);
            const quint64 off = a - it->start;
            if (!it->inFile) {
                std::memcpy(dst, m_blocks[size_t(it->at)].get() + off, size_t(b - a));
            } else if (!m_image.isEmpty()) {
                std::memcpy(dst, m_image.constData() + (it->at + off), size_t(b - a));
            } else if (Error e = m_file->read(it->at + off, dst, size_t(b - a))) {
                return e;
            }
        }
        return {};
    }

    void countPositions()
    {
        m_positions = 0;
        const quint64 size = quint64(m_request.type.size());
        size_t u = 0;
        for (const AddressRange& s : m_stretches) {
            Address from = s.start;
            for (; u < m_unreadable.size() && m_unreadable[u].start < s.end; ++u) {
                m_positions += positionsIn({ from, std::max(from, m_unreadable[u].start) }, size, m_request.aligned);
                from = std::max(from, m_unreadable[u].end);
            }
            if (from < s.end)
                m_positions += positionsIn({ from, s.end }, size, m_request.aligned);
        }
    }

    UnknownScanRequest m_request;
    std::shared_ptr<MemorySource> m_source;
    std::vector<AddressRange> m_stretches; // the request's ranges, sorted and merged
    std::vector<AddressRange> m_unreadable; // at capture, sorted and merged
    std::vector<Stored> m_stored; // chunks not all zero, sorted
    std::vector<std::unique_ptr<std::byte[]>> m_blocks;
    std::shared_ptr<ScratchFile> m_file; // chunks beyond the memory cap, or a loaded baseline's file
    QByteArray m_image; // a baseline parsed from bytes in memory: its file
    quint64 m_bytes = 0, m_positions = 0, m_memory = 0, m_fileBytes = 0;
};

Error LocalBaseline::capture(const ScanControl& control)
{
    const quint64 cap = baselineMemoryCap();
    std::atomic<quint64>& inMemory = g_inMemory;
    std::atomic<quint64> fileUsed = 0;
    std::mutex fileMutex;
    struct Piece
    {
        std::vector<Stored> stored;
        std::vector<std::unique_ptr<std::byte[]>> blocks;
        std::vector<AddressRange> unreadable;
        quint64 readable = 0, total = 0;
        quint64 reserved = 0; // of the memory budget, until the baseline owns the blocks
        Piece() = default;
        Piece(Piece&& o) noexcept
            : stored(std::move(o.stored))
            , blocks(std::move(o.blocks))
            , unreadable(std::move(o.unreadable))
            , readable(o.readable)
            , total(o.total)
            , reserved(std::exchange(o.reserved, 0))
        { }
        Piece& operator=(Piece&&) = delete;
        ~Piece() { g_inMemory.fetch_sub(reserved); } // a capture that failed or was cancelled
    };
    quint64 done = 0, total = 0;
    for (const AddressRange& s : m_stretches)
        total += s.size();
    const Tasks tasks(m_stretches);
    const Error e = orderedParallel<Piece>(
        tasks.count, scanThreads(control.threads), control.cancel,
        [&](quint64 k) -> Result<Piece> {
            size_t stretch = 0;
            const AddressRange t = tasks.task(k, &stretch);
            thread_local std::vector<std::byte> buffer;
            buffer.resize(size_t(t.size()));
            const ReadResult r = m_source->read(t.start, buffer);
            if (r.error)
                return r.error;
            Piece piece;
            piece.unreadable = r.unreadable;
            piece.total = t.size();
            piece.readable = r.bytesRead;
            for (Address c = t.start; c < t.end;) {
                const Address ce = blockEnd(c, t.end, kChunk);
                const std::byte* bytes = buffer.data() + (c - t.start);
                const size_t n = size_t(ce - c);
                if (!isZero(bytes, n)) { // unreadable bytes read as zeros too
                    Stored st { c, quint32(n), false, 0 };
                    if (inMemory.fetch_add(n) + n <= cap) {
                        auto block = std::make_unique_for_overwrite<std::byte[]>(n);
                        std::memcpy(block.get(), bytes, n);
                        piece.blocks.push_back(std::move(block));
                        piece.reserved += n;
                    } else {
                        inMemory.fetch_sub(n);
                        {
                            std::lock_guard lock(fileMutex);
                            if (!m_file) {
                                auto file = ScratchFile::create();
                                if (!file)
                                    return file.error();
                                m_file = std::move(*file);
                            }
                        }
                        st.inFile = true;
                        st.at = fileUsed.fetch_add(n);
                        if (Error w = m_file->write(st.at, bytes, n))
                            return w;
                    }
                    piece.stored.push_back(st);
                }
                c = ce;
            }
            return piece;
        },
        [&](quint64, Piece&& piece) -> Error {
            size_t block = 0;
            for (Stored st : piece.stored) {
                if (!st.inFile) {
                    st.at = m_blocks.size();
                    m_memory += st.size;
                    m_blocks.push_back(std::move(piece.blocks[block++]));
                } else {
                    m_fileBytes += st.size;
                }
                m_stored.push_back(st);
            }
            for (const AddressRange& u : piece.unreadable)
                appendMerged(m_unreadable, u);
            piece.reserved = 0; // counted in m_memory now
            m_bytes += piece.readable;
            done += piece.total;
            if (control.progress)
                control.progress(done, total);
            return {};
        },
        makeError(ErrorKind::Cancelled, tr("The scan was cancelled.")));
    if (e)
        return e;
    countPositions();
    return {};
}

Result<HitSet> LocalBaseline::next(HitSet::Filter filter, QStringView operand, const ScanControl& control)
{
    const ScanValueType& type = m_request.type;
    if (filter == HitSet::Filter::Equal)
        return makeError(ErrorKind::InvalidArgument,
            tr("An unknown-value scan's next step compares with the values before: changed, unchanged, increased, "
               "decreased or by N. Search for a value with a new search."));
    auto made = ScanTest::make(type, filter, operand);
    if (!made)
        return made.error();
    const ScanTest test = *made;
    const int same = test.sameValuePasses();
    const int size = type.size();
    const bool swap = type.kind == ScanValueType::Kind::Integer && type.bigEndian;
    const bool aligned = m_request.aligned;
    HitSet hits(type);
    // Only where memory is mapped now (merged, as a value may straddle two mappings): a baseline
    // read from a file may claim any ranges, and what is not mapped has no values now anyway.
    auto mapped = m_source->regions();
    if (!mapped)
        return mapped.error();
    std::vector<AddressRange> live;
    {
        std::vector<AddressRange> now;
        for (const Region& r : *mapped)
            now.push_back(r.range);
        now = normalized(std::move(now));
        size_t m = 0;
        for (const AddressRange& s : m_stretches) {
            while (m < now.size() && now[m].end <= s.start)
                ++m;
            for (size_t k = m; k < now.size() && now[k].start < s.end; ++k)
                live.push_back(now[k].intersected(s));
        }
    }
    const Tasks tasks(std::move(live));
    quint64 done = 0, total = 0;
    for (const AddressRange& s : tasks.stretches)
        total += s.size();
    const Error e = orderedParallel<std::vector<quint64>>(
        tasks.count, scanThreads(control.threads), control.cancel,
        [&](quint64 k) -> Result<std::vector<quint64>> {
            size_t stretch = 0;
            const AddressRange t = tasks.task(k, &stretch);
            const Address stretchEnd = tasks.stretches[stretch].end;
            // A value that starts in this task may end in the next one (not aligned).
            const Address extent
                = aligned ? t.end : (stretchEnd - t.end > quint64(size - 1) ? t.end + quint64(size - 1) : stretchEnd);
            thread_local std::vector<std::byte> now, base;
            now.resize(size_t(extent - t.start));
            base.resize(now.size());
            const ReadResult r = m_source->read(t.start, now);
            if (r.error)
                return r.error;
            if (Error b = baselineBytes(t.start, base.size(), base.data()))
                return b;
            // Bytes unreadable then or now: no value there.
            std::vector<AddressRange> bad;
            {
                auto u = std::upper_bound(m_unreadable.begin(), m_unreadable.end(), t.start,
                    [](Address a, const AddressRange& x) { return a < x.end; });
                std::vector<AddressRange> then;
                for (; u != m_unreadable.end() && u->start < extent; ++u)
                    then.push_back(u->intersected({ t.start, extent }));
                std::vector<AddressRange> both(then);
                both.insert(both.end(), r.unreadable.begin(), r.unreadable.end());
                bad = normalized(std::move(both));
            }
            std::vector<quint64> out;
            size_t b = 0;
            for (Address c = t.start; c < t.end;) {
                const Address ce = blockEnd(c, t.end, kChunk);
                const Address spanEnd = std::min<Address>(extent, aligned ? ce : ce + quint64(size - 1));
                const size_t off = size_t(c - t.start), span = size_t(spanEnd - c);
                while (b < bad.size() && bad[b].end <= c)
                    ++b;
                const bool clean = b >= bad.size() || bad[b].start >= spanEnd;
                // The last position of this chunk: its value must end by extent.
                Address first = c;
                if (aligned && first % quint64(size) != 0)
                    first += quint64(size) - first % quint64(size);
                const quint64 step = aligned ? quint64(size) : 1;
                if (clean && same >= 0 && std::memcmp(now.data() + off, base.data() + off, span) == 0) {
                    // Unchanged, one memcmp: every position passes, or none.
                    if (same == 1) {
                        for (Address p = first; p < ce && extent - p >= quint64(size); p += step) {
                            out.push_back(p);
                            out.push_back(load(now.data() + (p - t.start), size, swap));
                        }
                    }
                    c = ce;
                    continue;
                }
                size_t bb = b;
                for (Address p = first; p < ce && extent - p >= quint64(size); p += step) {
                    while (bb < bad.size() && bad[bb].end <= p)
                        ++bb;
                    if (bb < bad.size() && bad[bb].start < p + quint64(size))
                        continue;
                    const size_t at = size_t(p - t.start);
                    const quint64 v = load(now.data() + at, size, swap), before = load(base.data() + at, size, swap);
                    if (test.passes(v, before)) {
                        out.push_back(p);
                        out.push_back(v);
                    }
                }
                c = ce;
            }
            return out;
        },
        [&](quint64 k, std::vector<quint64>&& out) -> Error {
            for (size_t i = 0; i < out.size(); i += 2)
                hits.add(out[i], out[i + 1]);
            size_t stretch = 0;
            done += tasks.task(k, &stretch).size();
            if (control.progress)
                control.progress(done, total);
            return hits.error();
        },
        makeError(ErrorKind::Cancelled, tr("The scan was cancelled.")));
    if (e)
        return e;
    hits.finish();
    if (hits.error())
        return hits.error();
    return hits;
}

void putU64(QByteArray& out, quint64 v)
{
    char b[8];
    for (int i = 0; i < 8; ++i)
        b[i] = char(v >> (8 * i));
    out.append(b, 8);
}

quint64 getU64(const char* p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

Error LocalBaseline::save(const QString& path, const ProcessIdentity& origin, bool overwrite) const
{
    return writePrivateFile(path, overwrite, [&](QIODevice& out) -> bool {
        QByteArray head(kMagic, sizeof kMagic);
        putU64(head, quint64(origin.pid));
        putU64(head, origin.startTime);
        const ScanValueType& t = m_request.type;
        const char flags[8]
            = { char(t.kind), char(t.bytes), char(t.isSigned), char(t.bigEndian), char(m_request.aligned), 0, 0, 0 };
        head.append(flags, 8);
        putU64(head, m_stretches.size());
        putU64(head, m_unreadable.size());
        putU64(head, m_stored.size());
        for (const auto* list : { &m_stretches, &m_unreadable }) {
            for (const AddressRange& r : *list) {
                putU64(head, r.start);
                putU64(head, r.end);
                if (head.size() >= (1 << 20)) {
                    if (out.write(head) != head.size())
                        return false;
                    head.clear();
                }
            }
        }
        if (out.write(head) != head.size())
            return false;
        std::vector<std::byte> chunk(kChunk);
        for (const Stored& st : m_stored) {
            QByteArray record;
            putU64(record, st.start);
            putU64(record, st.size);
            if (baselineBytes(st.start, st.size, chunk.data()))
                return false;
            record.append(reinterpret_cast<const char*>(chunk.data()), qsizetype(st.size));
            if (out.write(record) != record.size())
                return false;
        }
        return true;
    });
}

// Reads size bytes at offset into out; false when they are not all there.
using BodyReader = std::function<bool(quint64 offset, char* out, size_t size)>;

Result<std::unique_ptr<ScanBaseline>> parseBaseline(quint64 fileSize, const BodyReader& read,
    std::shared_ptr<MemorySource> source, ProcessIdentity* origin, const QString& name)
{
    const Error bad = makeError(ErrorKind::Parse,
        ScanBaseline::tr("%1 is not the baseline of an unknown-value scan saved by Procglass.").arg(name));
    char h[kHeaderSize];
    if (fileSize < kHeaderSize || !read(0, h, sizeof h) || std::memcmp(h, kMagic, sizeof kMagic) != 0)
        return bad;
    const quint64 pid = getU64(h + 8), startTime = getU64(h + 16);
    const quint8 kind = quint8(h[24]), bytes = quint8(h[25]), isSigned = quint8(h[26]), bigEndian = quint8(h[27]),
                 aligned = quint8(h[28]);
    const quint64 stretchCount = getU64(h + 32), unreadableCount = getU64(h + 40), storedCount = getU64(h + 48);
    const quint64 body = fileSize - kHeaderSize;
    // Every count is believed only as far as the file's own bytes back it (by division: no product wraps).
    if (pid == 0 || pid > quint64(std::numeric_limits<pid_t>::max()) || kind > quint8(ScanValueType::Kind::Double)
        || (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8) || isSigned > 1 || bigEndian > 1 || aligned > 1
        || h[29] != 0 || h[30] != 0 || h[31] != 0 || stretchCount > body / 16
        || unreadableCount > (body - stretchCount * 16) / 16)
        return bad;
    UnknownScanRequest request;
    request.type.kind = ScanValueType::Kind(kind);
    request.type.bytes = bytes;
    request.type.isSigned = isSigned;
    request.type.bigEndian = bigEndian;
    request.aligned = aligned;
    quint64 offset = kHeaderSize;
    // Ranges read a block at a time: memory follows the bytes really there.
    auto readRanges = [&](quint64 count, std::vector<AddressRange>* out) {
        std::vector<char> block;
        for (quint64 done = 0; done < count;) {
            const size_t n = size_t(std::min<quint64>(count - done, 1 << 16));
            block.resize(n * 16);
            if (!read(offset, block.data(), block.size()))
                return false;
            for (size_t i = 0; i < n; ++i) {
                const AddressRange r { getU64(block.data() + 16 * i), getU64(block.data() + 16 * i + 8) };
                // Sorted, not empty, apart (not even touching): as a baseline keeps them.
                if (r.end <= r.start || (!out->empty() && r.start <= out->back().end))
                    return false;
                out->push_back(r);
            }
            offset += block.size();
            done += n;
        }
        return true;
    };
    std::vector<AddressRange> stretches, unreadable;
    if (!readRanges(stretchCount, &stretches) || !readRanges(unreadableCount, &unreadable))
        return bad;
    // Every unreadable range inside a stretch.
    {
        size_t s = 0;
        for (const AddressRange& u : unreadable) {
            while (s < stretches.size() && stretches[s].end <= u.start)
                ++s;
            if (s >= stretches.size() || u.start < stretches[s].start || u.end > stretches[s].end)
                return bad;
        }
    }
    request.ranges = stretches;
    auto baseline = std::make_unique<LocalBaseline>(std::move(source), std::move(request));
    baseline->m_unreadable = std::move(unreadable);
    // The chunks: each where a capture puts one (a stretch's start or a multiple of 64 KiB, to the
    // next multiple or the stretch's end), in order, its bytes present in the file.
    size_t s = 0;
    for (quint64 i = 0; i < storedCount; ++i) {
        char rec[16];
        if (fileSize - offset < 16 || !read(offset, rec, 16))
            return bad;
        const Address start = getU64(rec);
        const quint64 size = getU64(rec + 8);
        offset += 16;
        while (s < stretches.size() && stretches[s].end <= start)
            ++s;
        if (s >= stretches.size() || start < stretches[s].start || (start != stretches[s].start && start % kChunk != 0)
            || size != blockEnd(start, stretches[s].end, kChunk) - start || fileSize - offset < size
            || (!baseline->m_stored.empty() && start <= baseline->m_stored.back().start))
            return bad;
        baseline->m_stored.push_back({ start, quint32(size), true, offset });
        baseline->m_fileBytes += size;
        offset += size;
    }
    if (offset != fileSize)
        return bad;
    // What was readable then: the stretches but their unreadable parts.
    quint64 readable = 0;
    for (const AddressRange& r : stretches)
        readable += r.size();
    for (const AddressRange& u : baseline->m_unreadable)
        readable -= u.size();
    baseline->m_bytes = readable;
    baseline->countPositions();
    if (origin)
        *origin = { pid_t(pid), startTime };
    return std::unique_ptr<ScanBaseline>(std::move(baseline));
}

} // namespace

quint64 baselineMemoryCap()
{
    if (const quint64 set = g_cap.load(std::memory_order_relaxed))
        return set;
    struct sysinfo info
    {
    };
    quint64 available = 8ull << 30;
    if (::sysinfo(&info) == 0)
        available = (quint64(info.freeram) + quint64(info.bufferram)) * std::max<quint64>(info.mem_unit, 1);
    return std::max<quint64>(64ull << 20, std::min<quint64>(4ull << 30, available / 2));
}

void setBaselineMemoryCap(quint64 bytes)
{
    g_cap = bytes;
}

Result<std::unique_ptr<ScanBaseline>> captureBaseline(
    std::shared_ptr<MemorySource> source, const UnknownScanRequest& request, const ScanControl& control)
{
    if (!source)
        return makeError(ErrorKind::InvalidArgument, ScanBaseline::tr("An unknown-value scan needs memory to scan."));
    const int size = request.type.size();
    if (size != 1 && size != 2 && size != 4 && size != 8)
        return makeError(ErrorKind::InvalidArgument,
            ScanBaseline::tr("An unknown-value scan follows values of 1, 2, 4 or 8 bytes, not %1.").arg(size));
    auto baseline = std::make_unique<LocalBaseline>(std::move(source), request);
    if (Error e = baseline->capture(control))
        return e;
    return std::unique_ptr<ScanBaseline>(std::move(baseline));
}

Result<std::unique_ptr<ScanBaseline>> baselineFromBytes(
    QByteArrayView bytes, std::shared_ptr<MemorySource> source, ProcessIdentity* origin)
{
    const auto read = [&](quint64 offset, char* out, size_t size) {
        if (offset > quint64(bytes.size()) || size > quint64(bytes.size()) - offset)
            return false;
        std::memcpy(out, bytes.data() + offset, size);
        return true;
    };
    auto parsed = parseBaseline(quint64(bytes.size()), read, std::move(source), origin, ScanBaseline::tr("The data"));
    if (!parsed)
        return parsed.error();
    static_cast<LocalBaseline&>(**parsed).m_image = bytes.toByteArray();
    return parsed;
}

Result<std::unique_ptr<ScanBaseline>> loadBaseline(
    const QString& path, std::shared_ptr<MemorySource> source, ProcessIdentity* origin)
{
    struct stat st
    {
    };
    Error error;
    const int fd = openRegularFile(path, &st, &error);
    if (fd < 0)
        return error;
    auto file = ScratchFile::adopt(fd); // closes fd
    const quint64 fileSize = quint64(std::max<off_t>(st.st_size, 0));
    // A sparse file claims bytes it does not hold; Procglass writes every byte of a baseline.
    const off_t hole = ::lseek(fd, 0, SEEK_HOLE);
    if (hole >= 0 && quint64(hole) < fileSize)
        return makeError(ErrorKind::Parse,
            ScanBaseline::tr("%1 is not a baseline saved by Procglass: it has holes (a sparse file), so its size "
                             "claims bytes it does not hold.")
                .arg(path));
    const auto read = [&](quint64 offset, char* out, size_t size) { return !file->read(offset, out, size); };
    auto parsed = parseBaseline(fileSize, read, std::move(source), origin, path);
    if (!parsed)
        return parsed.error();
    // Its chunks are read from the file when needed. A file changed since is the reader's
    // problem only: a short read is an error, other bytes are just other values.
    static_cast<LocalBaseline&>(**parsed).m_file = std::move(file);
    return parsed;
}

bool isBaselineFile(const QString& path)
{
    struct stat st
    {
    };
    Error error;
    const int fd = openRegularFile(path, &st, &error);
    if (fd < 0)
        return false;
    char magic[sizeof kMagic];
    const bool yes
        = ::pread(fd, magic, sizeof magic, 0) == ssize_t(sizeof magic) && std::memcmp(magic, kMagic, sizeof magic) == 0;
    ::close(fd);
    return yes;
}

} // namespace procglass
