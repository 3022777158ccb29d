// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/valuescan.h"
#include "core/model/tr.h"

#include "core/io/privatefile.h"
#include "core/io/safeopen.h"
#include "core/search/scanwork.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <mutex>
#include <queue>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

constexpr quint64 kWindow = 64 * 1024; // one read serves all hits within it

quint64 decodeRaw(const std::byte* p, const ScanValueType& t)
{
    unsigned char b[8] = {};
    std::memcpy(b, p, size_t(t.size()));
    if (t.kind == ScanValueType::Kind::Integer && t.bigEndian)
        std::reverse(b, b + t.size());
    quint64 v = 0;
    for (int i = t.size() - 1; i >= 0; --i)
        v = (v << 8) | b[i];
    return v;
}

// The value as a signed, unsigned or floating number, for comparisons.
struct Number
{
    bool floating = false;
    bool isSigned = false;
    qint64 s = 0;
    quint64 u = 0;
    double d = 0;
};

Number toNumber(quint64 raw, const ScanValueType& t)
{
    Number n;
    switch (t.kind) {
    case ScanValueType::Kind::Float: {
        float f;
        const quint32 bits = quint32(raw);
        std::memcpy(&f, &bits, 4);
        n.floating = true;
        n.d = f;
        return n;
    }
    case ScanValueType::Kind::Double:
        n.floating = true;
        std::memcpy(&n.d, &raw, 8);
        return n;
    case ScanValueType::Kind::Integer:
        n.isSigned = t.isSigned;
        n.u = raw;
        if (t.isSigned) {
            const int shift = 64 - 8 * t.bytes;
            n.s = qint64(raw << shift) >> shift; // sign-extend
        }
        return n;
    }
    return n;
}

int compare(const Number& a, const Number& b)
{
    if (a.floating)
        return a.d < b.d ? -1 : (a.d > b.d ? 1 : 0);
    if (a.isSigned)
        return a.s < b.s ? -1 : (a.s > b.s ? 1 : 0);
    return a.u < b.u ? -1 : (a.u > b.u ? 1 : 0);
}

} // namespace

HitSet::HitSet(ScanValueType type)
    : m_type(type)
{ }

namespace {
// Hits: 256 MiB. PROCGLASS_HIT_MEMORY_CAP (hits) lowers it for tests and the bench.
std::atomic<quint64> g_memoryCap = [] {
    const quint64 set = qEnvironmentVariable("PROCGLASS_HIT_MEMORY_CAP").toULongLong();
    return set > 0 ? set : 16ull << 20;
}();
constexpr size_t kTailRecords = 1 << 16; // written to the scratch file 1 MiB at a time
constexpr quint64 kRecord = 16;
} // namespace

quint64 HitSet::memoryCap()
{
    return g_memoryCap.load(std::memory_order_relaxed);
}

void HitSet::setMemoryCap(quint64 hits)
{
    g_memoryCap = std::max<quint64>(hits, 1);
}

void HitSet::add(Address address, quint64 raw)
{
    const size_t n = size();
    if (n > 0 && address <= m_last)
        m_runs.push_back(n); // a new ascending run: finish() puts them in order
    m_last = address;
    if (!m_spill && m_tail.empty() && m_addresses.size() < memoryCap()) {
        m_addresses.push_back(address);
        m_values.push_back(raw);
        return;
    }
    spill(address, raw);
}

void HitSet::spill(Address address, quint64 raw)
{
    if (m_error)
        return;
    if (!m_spill) {
        auto file = ScratchFile::create();
        if (!file) {
            m_error = file.error();
            return;
        }
        m_spill = std::move(*file);
    } else if (m_spill.use_count() > 1) {
        // A copy shares the file: appending would write over its records. Ours go to a file of our own.
        auto file = ScratchFile::create();
        if (!file) {
            m_error = file.error();
            return;
        }
        if (Error e = m_spill->copyTo(**file, 0, 0, m_spilled * kRecord)) {
            m_error = e;
            return;
        }
        m_spill = std::move(*file);
    }
    m_tail.push_back(address);
    m_tail.push_back(raw);
    if (m_tail.size() / 2 >= kTailRecords)
        flushTail();
}

void HitSet::flushTail()
{
    if (m_tail.empty() || m_error)
        return;
    if (Error e = m_spill->write(m_spilled * kRecord, m_tail.data(), m_tail.size() * sizeof(quint64))) {
        m_error = e;
        return;
    }
    m_spilled += m_tail.size() / 2;
    m_tail.clear();
}

quint64 HitSet::spilled(size_t i, int word) const
{
    const quint64 j = quint64(i - m_addresses.size());
    if (j >= m_spilled)
        return m_tail[size_t(j - m_spilled) * 2 + size_t(word)];
    quint64 v = 0;
    if (m_spill->read(j * kRecord + quint64(word) * 8, &v, 8))
        return 0;
    return v;
}

void HitSet::records(size_t from, size_t count, quint64* out) const
{
    size_t i = from;
    const size_t end = from + count;
    for (; i < end && i < m_addresses.size(); ++i) {
        *out++ = m_addresses[i];
        *out++ = m_values[i];
    }
    if (i >= end)
        return;
    const quint64 j = quint64(i - m_addresses.size());
    if (j < m_spilled) {
        const size_t n = size_t(std::min<quint64>(m_spilled - j, end - i));
        if (m_spill->read(j * kRecord, out, n * kRecord))
            std::memset(out, 0, n * kRecord);
        out += 2 * n;
        i += n;
    }
    if (i < end) {
        const size_t k = size_t(quint64(i - m_addresses.size()) - m_spilled);
        std::memcpy(out, m_tail.data() + 2 * k, (end - i) * kRecord);
    }
}

QString HitSet::valueText(size_t i) const
{
    const Number n = toNumber(raw(i), m_type);
    return n.floating ? QString::number(n.d, 'g', 17) : n.isSigned ? QString::number(n.s) : QString::number(n.u);
}

namespace {
constexpr char kMagic[8] = { 'P', 'G', 'H', 'I', 'T', 'S', '1', '\n' };
} // namespace

Error HitSet::save(const QString& path, const ProcessIdentity& origin, bool overwrite) const
{
    return writePrivateFile(path, overwrite, [&](QIODevice& out) {
        QDataStream s(&out);
        s.setByteOrder(QDataStream::LittleEndian);
        s.writeRawData(kMagic, sizeof kMagic);
        s << qint64(origin.pid) << origin.startTime << quint8(m_type.kind) << quint8(m_type.bytes)
          << quint8(m_type.isSigned) << quint8(m_type.bigEndian) << quint64(size());
        // The two arrays, 16 bytes a hit, written in large blocks (the scratch file's part read back
        // a block at a time).
        const size_t total = size();
        std::vector<quint64> block;
        for (int word = 0; word < 2; ++word) {
            for (size_t done = 0; done < total;) {
                const size_t n = std::min<size_t>(total - done, size_t(1) << 20);
                block.resize(2 * n);
                records(done, n, block.data());
                for (size_t k = 0; k < n; ++k)
                    block[k] = block[2 * k + size_t(word)];
                const qint64 bytes = qint64(n * sizeof(quint64));
                if (out.write(reinterpret_cast<const char*>(block.data()), bytes) != bytes)
                    return false;
                done += n;
            }
        }
        return s.status() == QDataStream::Ok;
    });
}

namespace {

// magic, pid (qint64), start time (quint64), kind, bytes, signed, big endian (quint8 each), count (quint64)
constexpr size_t kHeaderSize = sizeof kMagic + 8 + 8 + 4 + 8;

quint64 littleEndian64(const char* p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | quint8(p[i]);
    return v;
}

} // namespace

Result<HitSet> HitSet::parse(
    QByteArrayView header, quint64 fileSize, const BodyReader& read, ProcessIdentity* origin, const QString& name)
{
    const Error bad = makeError(ErrorKind::Parse, tr("%1 is not a hit set saved by Procglass.").arg(name));
    if (size_t(header.size()) < kHeaderSize || fileSize < kHeaderSize
        || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        return bad;
    const char* p = header.data() + sizeof kMagic;
    const quint64 pid = littleEndian64(p);
    const quint64 startTime = littleEndian64(p + 8);
    const quint8 kind = quint8(p[16]), bytes = quint8(p[17]), isSigned = quint8(p[18]), bigEndian = quint8(p[19]);
    const quint64 count = littleEndian64(p + 20);
    // The count is believed only as far as the file's own bytes back it: 16 a hit, checked by
    // division so that no count can wrap the product (2^60 + 1 hits "fit" in 16 bytes otherwise).
    const quint64 body = fileSize - kHeaderSize;
    if (pid == 0 || pid > quint64(std::numeric_limits<pid_t>::max()) || kind > quint8(ScanValueType::Kind::Double)
        || (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8) || isSigned > 1 || bigEndian > 1 || body % 16 != 0
        || count != body / 16)
        return bad;
    ScanValueType type;
    type.kind = ScanValueType::Kind(kind);
    type.bytes = bytes;
    type.isSigned = isSigned;
    type.bigEndian = bigEndian;
    HitSet hits(type);
    // Read a block of addresses and their values at a time, as the bytes arrive: memory follows
    // what was really read (and beyond the memory cap, the scratch file does).
    std::vector<quint64> addresses, values;
    const quint64 valuesAt = kHeaderSize + count * sizeof(quint64);
    for (quint64 done = 0; done < count;) {
        const size_t n = size_t(std::min<quint64>(count - done, quint64(1) << 20));
        addresses.resize(n);
        values.resize(n);
        if (!read(kHeaderSize + done * 8, reinterpret_cast<char*>(addresses.data()), n * 8)
            || !read(valuesAt + done * 8, reinterpret_cast<char*>(values.data()), n * 8))
            return bad;
        for (size_t k = 0; k < n; ++k)
            hits.add(addresses[k], values[k]);
        if (!hits.m_runs.empty()) // not sorted, or an address twice
            return bad;
        if (hits.m_error)
            return hits.m_error;
        done += n;
    }
    hits.flushTail();
    if (hits.m_error)
        return hits.m_error;
    // A hit must fit below the end of the address space, or reading it back would wrap.
    if (count > 0 && hits.m_last > ~quint64(0) - quint64(type.size()) + 1)
        return bad;
    if (origin)
        *origin = { pid_t(pid), startTime };
    return hits;
}

Result<HitSet> HitSet::fromBytes(QByteArrayView bytes, ProcessIdentity* origin, const QString& name)
{
    const auto read = [&](quint64 offset, char* out, size_t size) {
        if (offset > quint64(bytes.size()) || size > quint64(bytes.size()) - offset)
            return false;
        std::memcpy(out, bytes.data() + offset, size);
        return true;
    };
    return parse(bytes.first(std::min<qsizetype>(bytes.size(), qsizetype(kHeaderSize))), quint64(bytes.size()), read,
        origin, name.isEmpty() ? tr("The data") : name);
}

Result<HitSet> HitSet::load(const QString& path, ProcessIdentity* origin)
{
    struct stat st
    {
    };
    Error error;
    const int fd = openRegularFile(path, &st, &error);
    if (fd < 0)
        return error;
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    const auto read = [fd](quint64 offset, char* out, size_t size) {
        while (size > 0) {
            if (offset > quint64(std::numeric_limits<off_t>::max()))
                return false;
            const ssize_t n = ::pread(fd, out, size, off_t(offset));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false; // an error, or the file shrank after fstat
            out += n;
            size -= size_t(n);
            offset += quint64(n);
        }
        return true;
    };
    char header[kHeaderSize];
    const quint64 fileSize = quint64(std::max<off_t>(st.st_size, 0));
    if (fileSize < kHeaderSize || !read(0, header, sizeof header))
        return makeError(ErrorKind::Parse, tr("%1 is not a hit set saved by Procglass.").arg(path));
    // A sparse file claims bytes it does not hold (truncate -s 64G): its count would be backed by
    // nothing but holes, and believing it would allocate what the size claims. Procglass writes
    // every byte of a hit set, so a hole means someone else made the file.
    const off_t hole = ::lseek(fd, 0, SEEK_HOLE);
    if (hole >= 0 && quint64(hole) < fileSize)
        return makeError(ErrorKind::Parse,
            tr("%1 is not a hit set saved by Procglass: it has holes (a sparse file), so its size claims hits "
               "it does not hold.")
                .arg(path));
    return parse(QByteArrayView(header, qsizetype(sizeof header)), fileSize, read, origin, path);
}

double HitSet::numericValue(size_t i) const
{
    const Number n = toNumber(raw(i), m_type);
    return n.floating ? n.d : n.isSigned ? double(n.s) : double(n.u);
}

namespace {

// Reads the values of n hits (address, raw pairs) now: one read for every hit within a window.
// value(k, raw) for each hit k that can be read.
Error readValues(MemorySource& source, const ScanValueType& type, const quint64* records, size_t n,
    const std::atomic<bool>* cancel, const std::function<void(size_t k, quint64 raw)>& value)
{
    const quint64 size = quint64(type.size());
    std::vector<std::byte> buffer;
    for (size_t i = 0; i < n;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorKind::Cancelled, HitSet::tr("The scan was cancelled."));
        const Address start = records[2 * i];
        size_t j = i;
        while (j < n && records[2 * j] - start + size <= kWindow)
            ++j;
        const Address end = records[2 * (j - 1)] + size;
        buffer.resize(size_t(end - start));
        const ReadResult r = source.read(start, buffer);
        if (r.error)
            return r.error;
        for (size_t k = i; k < j; ++k) {
            const AddressRange at { records[2 * k], records[2 * k] + size };
            const bool readable = std::none_of(
                r.unreadable.begin(), r.unreadable.end(), [&](const AddressRange& u) { return u.intersects(at); });
            if (readable)
                value(k, decodeRaw(buffer.data() + (at.start - start), type));
        }
        i = j;
    }
    return {};
}

} // namespace

void HitSet::addHits(const std::vector<SearchHit>& hits)
{
    // A batch of a search is one stretch of memory, sorted here if it is not: runs that finish()
    // puts in order by moving whole runs.
    const bool sorted = std::is_sorted(
        hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.address < b.address; });
    if (sorted) {
        for (const SearchHit& h : hits) {
            if (h.previewSize >= m_type.size())
                add(h.address, decodeRaw(h.preview.data(), m_type));
        }
        return;
    }
    std::vector<const SearchHit*> order;
    order.reserve(hits.size());
    for (const SearchHit& h : hits)
        order.push_back(&h);
    std::sort(
        order.begin(), order.end(), [](const SearchHit* a, const SearchHit* b) { return a->address < b->address; });
    for (const SearchHit* h : order) {
        if (h->previewSize >= m_type.size())
            add(h->address, decodeRaw(h->preview.data(), m_type));
    }
}

void HitSet::finish()
{
    if (m_spill || !m_tail.empty()) {
        flushTail();
        if (!m_runs.empty() && !m_error)
            sortSpilled();
        m_runs.clear();
        return;
    }
    m_runs.clear();
    if (std::is_sorted(m_addresses.begin(), m_addresses.end()))
        return;
    // Sort both arrays by address through one permutation, applied in place cycle by cycle.
    std::vector<quint32> order(m_addresses.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) { return m_addresses[a] < m_addresses[b]; });
    std::vector<Address> addresses(m_addresses.size());
    for (size_t i = 0; i < order.size(); ++i)
        addresses[i] = m_addresses[order[i]];
    m_addresses = std::move(addresses);
    std::vector<quint64> values(m_values.size());
    for (size_t i = 0; i < order.size(); ++i)
        values[i] = m_values[order[i]];
    m_values = std::move(values);
    if (!m_addresses.empty())
        m_last = m_addresses.back();
}

void HitSet::sortSpilled()
{
    // The hits are ascending runs (a search's batches, each one stretch of memory). Runs that do
    // not overlap (a search's never do) are put in order whole, a block at a time; others are merged.
    struct Run
    {
        size_t from = 0, to = 0;
        Address first = 0, last = 0;
    };
    std::vector<Run> runs;
    const size_t total = size();
    std::vector<quint64> starts { 0 };
    starts.insert(starts.end(), m_runs.begin(), m_runs.end());
    for (size_t r = 0; r < starts.size(); ++r) {
        Run run;
        run.from = size_t(starts[r]);
        run.to = r + 1 < starts.size() ? size_t(starts[r + 1]) : total;
        if (run.from >= run.to)
            continue;
        run.first = address(run.from);
        run.last = address(run.to - 1);
        runs.push_back(run);
    }
    std::sort(runs.begin(), runs.end(), [](const Run& a, const Run& b) { return a.first < b.first; });
    bool disjoint = true;
    for (size_t r = 1; r < runs.size(); ++r)
        disjoint = disjoint && runs[r - 1].last < runs[r].first;
    HitSet out(m_type);
    std::vector<quint64> block;
    if (disjoint) {
        for (const Run& run : runs) {
            for (size_t at = run.from; at < run.to;) {
                const size_t n = std::min<size_t>(run.to - at, kTailRecords);
                block.resize(2 * n);
                records(at, n, block.data());
                for (size_t k = 0; k < n; ++k)
                    out.add(block[2 * k], block[2 * k + 1]);
                at += n;
            }
        }
    } else {
        // A merge: each run read through a buffer of its own (64 MiB in all, at least 16 hits each).
        const size_t per = std::max<size_t>(16, (size_t(64) << 20) / kRecord / std::max<size_t>(runs.size(), 1));
        struct Cursor
        {
            size_t at = 0, to = 0;
            std::vector<quint64> buffer;
            size_t pos = 0;
        };
        std::vector<Cursor> cursors(runs.size());
        auto refill = [&](Cursor& c) {
            const size_t n = std::min(per, c.to - c.at);
            c.buffer.resize(2 * n);
            records(c.at, n, c.buffer.data());
            c.at += n;
            c.pos = 0;
        };
        using Head = std::pair<Address, size_t>;
        std::priority_queue<Head, std::vector<Head>, std::greater<>> heap;
        for (size_t r = 0; r < runs.size(); ++r) {
            cursors[r].at = runs[r].from;
            cursors[r].to = runs[r].to;
            refill(cursors[r]);
            heap.push({ cursors[r].buffer[0], r });
        }
        while (!heap.empty()) {
            const size_t r = heap.top().second;
            heap.pop();
            Cursor& c = cursors[r];
            out.add(c.buffer[2 * c.pos], c.buffer[2 * c.pos + 1]);
            if (++c.pos * 2 >= c.buffer.size()) {
                if (c.at >= c.to) {
                    c.buffer = {};
                    continue;
                }
                refill(c);
            }
            heap.push({ c.buffer[2 * c.pos], r });
        }
    }
    out.flushTail();
    out.m_runs.clear(); // equal addresses in two runs (add() alone can make those) stay as they are
    *this = std::move(out);
}

Result<HitSet> HitSet::firstScan(MemorySource& source, const std::vector<AddressRange>& ranges,
    const SearchPattern& pattern, ScanValueType type, const SearchOptions& options, const std::atomic<bool>* cancel)
{
    if (pattern.length() != type.size() || pattern.lookbehind() != 0)
        return makeError(ErrorKind::InvalidArgument,
            tr("A value scan needs a pattern of the value's size (%1 bytes), not %2.")
                .arg(type.size())
                .arg(pattern.description()));
    HitSet found(type);
    std::mutex mutex;
    // The values come with the hits: a range or tolerance pattern matches many different ones.
    SearchOptions ordered = options;
    ordered.ordered = true; // nothing to reorder once written to the scratch file
    const SearchSummary summary
        = searchMemory(source, pattern, ranges, ordered, cancel, [&](std::vector<SearchHit> batch) {
              std::lock_guard lock(mutex);
              found.addHits(batch);
          });
    if (summary.error)
        return summary.error;
    found.finish();
    if (found.m_error)
        return found.m_error;
    return found;
}

Result<ScanTest> ScanTest::make(const ScanValueType& type, HitSet::Filter filter, QStringView operand)
{
    ScanTest t;
    t.m_type = type;
    t.m_filter = filter;
    t.m_floating = type.kind != ScanValueType::Kind::Integer;
    const bool needsOperand = filter == HitSet::Filter::Equal || filter == HitSet::Filter::IncreasedBy
        || filter == HitSet::Filter::DecreasedBy;
    if (needsOperand) {
        bool ok = false;
        if (t.m_floating) {
            t.m_d = operand.trimmed().toDouble(&ok);
        } else if (type.isSigned) {
            t.m_s = operand.trimmed().toLongLong(&ok, 0);
        } else {
            t.m_u = operand.trimmed().toULongLong(&ok, 0);
        }
        if (!ok)
            return makeError(
                ErrorKind::InvalidArgument, tr("'%1' is not a number for this scan.").arg(operand.toString()));
    }
    return t;
}

quint64 ScanTest::decode(const std::byte* p, const ScanValueType& type)
{
    return decodeRaw(p, type);
}

int ScanTest::sameValuePasses() const
{
    switch (m_filter) {
    case HitSet::Filter::Changed:
    case HitSet::Filter::Increased:
    case HitSet::Filter::Decreased:
        return 0; // NaN compares neither greater nor less
    case HitSet::Filter::Unchanged:
        return 1; // the same bits
    case HitSet::Filter::IncreasedBy:
    case HitSet::Filter::DecreasedBy:
        if (m_floating)
            return -1; // inf - inf is NaN: by the value
        return (m_type.isSigned ? m_s == 0 : m_u == 0) ? 1 : 0;
    case HitSet::Filter::Equal:
        return -1;
    }
    return -1;
}

bool ScanTest::passes(quint64 raw, quint64 rawBefore) const
{
    const Number now = toNumber(raw, m_type), before = toNumber(rawBefore, m_type);
    switch (m_filter) {
    case HitSet::Filter::Equal:
        // A float holds the typed number rounded to a float: "= 99.9" is 99.9f.
        if (m_floating)
            return m_type.kind == ScanValueType::Kind::Float ? float(now.d) == float(m_d) : now.d == m_d;
        return m_type.isSigned ? now.s == m_s : now.u == m_u;
    case HitSet::Filter::Changed:
        return raw != rawBefore;
    case HitSet::Filter::Unchanged:
        return raw == rawBefore;
    case HitSet::Filter::Increased:
        return compare(now, before) > 0;
    case HitSet::Filter::Decreased:
        return compare(now, before) < 0;
    case HitSet::Filter::IncreasedBy:
    case HitSet::Filter::DecreasedBy: {
        const int sign = m_filter == HitSet::Filter::IncreasedBy ? 1 : -1;
        if (now.floating) {
            // Within a few units of the values' own precision: 100 -> 99.9 in a float is a step of
            // 0.0999985, and a double near 1e12 moves in steps of 0.0001.
            const double epsilon = m_type.kind == ScanValueType::Kind::Float
                ? double(std::numeric_limits<float>::epsilon())
                : std::numeric_limits<double>::epsilon();
            const double scale = std::max({ std::fabs(now.d), std::fabs(before.d), std::fabs(m_d) });
            return std::fabs((now.d - before.d) - sign * m_d) <= 4 * epsilon * scale;
        }
        if (now.isSigned)
            // In unsigned arithmetic, which wraps like the program's own (and is defined behaviour).
            return quint64(now.s) - quint64(before.s) == (sign > 0 ? quint64(m_s) : quint64(0) - quint64(m_s));
        return now.u - before.u == (sign > 0 ? m_u : quint64(0) - m_u);
    }
    }
    return false;
}

Result<HitSet> HitSet::rescan(
    MemorySource& source, Filter filter, QStringView operand, const std::atomic<bool>* cancel, int threads) const
{
    auto test = ScanTest::make(m_type, filter, operand);
    if (!test)
        return test.error();
    if (m_error)
        return m_error;
    // Slices of hits read on every core; what each keeps is appended in address order.
    constexpr size_t kSlice = size_t(1) << 16;
    const size_t total = size();
    HitSet kept(m_type);
    const Error e = orderedParallel<std::vector<quint64>>((total + kSlice - 1) / kSlice, scanThreads(threads), cancel,
        [&](quint64 k) -> Result<std::vector<quint64>> {
            const size_t from = size_t(k) * kSlice, n = std::min(kSlice, total - from);
            std::vector<quint64> in(2 * n), out;
            records(from, n, in.data());
            const Error err = readValues(source, m_type, in.data(), n, cancel, [&](size_t j, quint64 raw) {
                if (test->passes(raw, in[2 * j + 1])) {
                    out.push_back(in[2 * j]);
                    out.push_back(raw);
                }
            });
            if (err)
                return err;
            return out;
        },
        [&](quint64, std::vector<quint64>&& out) -> Error {
            for (size_t j = 0; j < out.size(); j += 2)
                kept.add(out[j], out[j + 1]);
            return kept.m_error;
        },
        makeError(ErrorKind::Cancelled, tr("The scan was cancelled.")));
    if (e)
        return e;
    kept.flushTail();
    if (kept.m_error)
        return kept.m_error;
    return kept;
}

} // namespace procglass
