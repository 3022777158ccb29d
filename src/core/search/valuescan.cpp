#include "core/search/valuescan.h"
#include "core/model/tr.h"

#include "core/io/privatefile.h"
#include "core/io/safeopen.h"

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

void HitSet::add(Address address, quint64 raw)
{
    m_addresses.push_back(address);
    m_values.push_back(raw);
}

QString HitSet::valueText(size_t i) const
{
    const Number n = toNumber(m_values[i], m_type);
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
          << quint8(m_type.isSigned) << quint8(m_type.bigEndian) << quint64(m_addresses.size());
        // The two arrays as they are in memory: 16 bytes a hit, written in large blocks.
        for (const auto* array : { &m_addresses, &m_values }) {
            const auto* bytes = reinterpret_cast<const char*>(array->data());
            const qint64 size = qint64(array->size() * sizeof(quint64));
            for (qint64 done = 0; done < size;) {
                const qint64 n = std::min<qint64>(size - done, 1 << 24);
                if (out.write(bytes + done, n) != n)
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
    quint64 offset = kHeaderSize;
    for (auto* array : { &hits.m_addresses, &hits.m_values }) {
        // Grown as the bytes arrive, 16 MiB at a time: memory follows what was really read.
        const quint64 size = count * sizeof(quint64);
        for (quint64 done = 0; done < size;) {
            const size_t n = size_t(std::min<quint64>(size - done, 1 << 24));
            array->resize(size_t((done + n) / sizeof(quint64)));
            if (!read(offset + done, reinterpret_cast<char*>(array->data()) + done, n))
                return bad;
            done += n;
        }
        offset += size;
    }
    if (!std::is_sorted(hits.m_addresses.begin(), hits.m_addresses.end()))
        return bad;
    // A hit must fit below the end of the address space, or reading it back would wrap.
    if (count > 0 && hits.m_addresses.back() > ~quint64(0) - quint64(type.size()) + 1)
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
    const Number n = toNumber(m_values[i], m_type);
    return n.floating ? n.d : n.isSigned ? double(n.s) : double(n.u);
}

Error HitSet::readValues(MemorySource& source, const std::atomic<bool>* cancel,
    const std::function<void(size_t index, quint64 raw)>& value) const
{
    const quint64 size = quint64(m_type.size());
    std::vector<std::byte> buffer;
    for (size_t i = 0; i < m_addresses.size();) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return makeError(ErrorKind::Cancelled, tr("The scan was cancelled."));
        // One read for every hit that fits in a window from this one.
        const Address start = m_addresses[i];
        size_t j = i;
        while (j < m_addresses.size() && m_addresses[j] - start + size <= kWindow)
            ++j;
        const Address end = m_addresses[j - 1] + size;
        buffer.resize(size_t(end - start));
        const ReadResult r = source.read(start, buffer);
        if (r.error)
            return r.error;
        for (size_t k = i; k < j; ++k) {
            const AddressRange at { m_addresses[k], m_addresses[k] + size };
            const bool readable = std::none_of(
                r.unreadable.begin(), r.unreadable.end(), [&](const AddressRange& u) { return u.intersects(at); });
            if (readable)
                value(k, decodeRaw(buffer.data() + (at.start - start), m_type));
        }
        i = j;
    }
    return {};
}

void HitSet::addHits(const std::vector<SearchHit>& hits)
{
    for (const SearchHit& h : hits) {
        if (h.previewSize >= m_type.size())
            add(h.address, decodeRaw(h.preview.data(), m_type));
    }
}

void HitSet::finish()
{
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
    const SearchSummary summary
        = searchMemory(source, pattern, ranges, options, cancel, [&](std::vector<SearchHit> batch) {
              std::lock_guard lock(mutex);
              found.addHits(batch);
          });
    if (summary.error)
        return summary.error;
    found.finish();
    return found;
}

Result<HitSet> HitSet::rescan(
    MemorySource& source, Filter filter, QStringView operand, const std::atomic<bool>* cancel) const
{
    Number by;
    const bool needsOperand = filter == Filter::Equal || filter == Filter::IncreasedBy || filter == Filter::DecreasedBy;
    if (needsOperand) {
        bool ok = false;
        by.floating = m_type.kind != ScanValueType::Kind::Integer;
        by.isSigned = m_type.isSigned;
        if (by.floating) {
            by.d = operand.trimmed().toDouble(&ok);
        } else if (m_type.isSigned) {
            by.s = operand.trimmed().toLongLong(&ok, 0);
        } else {
            by.u = operand.trimmed().toULongLong(&ok, 0);
        }
        if (!ok)
            return makeError(
                ErrorKind::InvalidArgument, tr("'%1' is not a number for this scan.").arg(operand.toString()));
    }
    HitSet kept(m_type);
    const Error e = readValues(source, cancel, [&](size_t i, quint64 raw) {
        const Number now = toNumber(raw, m_type), before = toNumber(m_values[i], m_type);
        bool keep = false;
        switch (filter) {
        case Filter::Equal:
            keep = by.floating ? now.d == by.d : (by.isSigned ? now.s == by.s : now.u == by.u);
            break;
        case Filter::Changed:
            keep = raw != m_values[i];
            break;
        case Filter::Unchanged:
            keep = raw == m_values[i];
            break;
        case Filter::Increased:
            keep = compare(now, before) > 0;
            break;
        case Filter::Decreased:
            keep = compare(now, before) < 0;
            break;
        case Filter::IncreasedBy:
        case Filter::DecreasedBy: {
            const int sign = filter == Filter::IncreasedBy ? 1 : -1;
            if (now.floating)
                keep = std::fabs((now.d - before.d) - sign * by.d) <= 1e-9 * std::max(1.0, std::fabs(by.d));
            else if (now.isSigned)
                // In unsigned arithmetic, which wraps like the program's own (and is defined behaviour).
                keep = quint64(now.s) - quint64(before.s) == (sign > 0 ? quint64(by.s) : quint64(0) - quint64(by.s));
            else
                keep = now.u - before.u == (sign > 0 ? by.u : quint64(0) - by.u);
            break;
        }
        }
        if (keep)
            kept.add(m_addresses[i], raw);
    });
    if (e)
        return e;
    return kept;
}

} // namespace procglass
