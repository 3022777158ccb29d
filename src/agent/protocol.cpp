// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "protocol.h"

#include "core/model/tr.h"

#include <QtEndian>

#include <cstring>

namespace procglass::agent {

namespace {

constexpr quint32 kMaxPath = 16 * 1024; // a path as /proc prints it, escaped
constexpr quint32 kMaxList = 4u << 20; // elements of one list (regions, processes, ranges...)
constexpr quint64 kMaxBigMessage = 256ull << 20; // a process list, maps, smaps, a dump's regions
constexpr quint64 kMaxHitSetMessage = 1ull << 30; // a hit set: 64 M hits at most
constexpr quint64 kMaxSmallMessage = 64ull << 20;

} // namespace

bool isKnownType(quint16 type)
{
    switch (Type(type)) {
    case Type::Hello:
    case Type::Error:
    case Type::Exited:
    case Type::Cancel:
    case Type::Processes:
    case Type::Open:
    case Type::Close:
    case Type::Maps:
    case Type::Smaps:
    case Type::ProcFile:
    case Type::BundleInfo:
    case Type::CheckAlive:
    case Type::Read:
    case Type::ReadData:
    case Type::Write:
    case Type::Hold:
    case Type::Release:
    case Type::HoldState:
    case Type::Registers:
    case Type::Search:
    case Type::SearchHits:
    case Type::Progress:
    case Type::Rescan:
    case Type::Dump:
    case Type::FileOpen:
    case Type::FileRead:
    case Type::FileClose:
    case Type::UnknownScan:
    case Type::UnknownNext:
    case Type::UnknownHits:
    case Type::UnknownDrop:
        return true;
    }
    return false;
}

quint64 maxMessage(Type type)
{
    switch (type) {
    case Type::Rescan:
        return kMaxHitSetMessage;
    case Type::Processes:
        // A process list is some KiB a process; decoded, an empty argument costs a QString (24
        // bytes) for its 4 on the wire: a hostile agent's list must stay small.
        return kMaxBigMessage / 4;
    case Type::Maps:
    case Type::Smaps:
    case Type::Dump:
    case Type::Search:
        return kMaxBigMessage;
    case Type::Hello:
    case Type::Error:
    case Type::Exited:
    case Type::Cancel:
        return 256 * 1024;
    default:
        return kMaxSmallMessage;
    }
}

Error protocolError(const QString& what)
{
    return makeError(ErrorKind::Parse, tr("The agent protocol was broken: %1").arg(what), EPROTO);
}

QByteArray encodeMessage(Type type, quint64 id, quint8 flags, QByteArrayView payload)
{
    QByteArray out;
    const qsizetype frames = payload.isEmpty() ? 1 : (payload.size() + kMaxPayload - 1) / kMaxPayload;
    out.reserve(payload.size() + frames * kHeaderSize);
    qsizetype at = 0;
    do {
        const qsizetype n = std::min<qsizetype>(payload.size() - at, kMaxPayload);
        const bool last = at + n >= payload.size();
        char header[kHeaderSize];
        qToLittleEndian<quint32>(quint32(n), header);
        qToLittleEndian<quint16>(quint16(type), header + 4);
        header[6] = char(last ? (flags & ~More) : ((flags & ~Final) | More));
        header[7] = 0;
        qToLittleEndian<quint64>(id, header + 8);
        out.append(header, kHeaderSize);
        out.append(payload.data() + at, n);
        at += n;
    } while (at < payload.size());
    return out;
}

void FrameDecoder::feed(QByteArrayView bytes)
{
    if (!m_error.isEmpty())
        return;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > (1 << 20)) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

FrameDecoder::Status FrameDecoder::fail(const QString& why)
{
    m_error = why;
    m_buffer.clear();
    m_pos = 0;
    m_partial = {};
    m_inPartial = false;
    return Status::Broken;
}

FrameDecoder::Status FrameDecoder::next(Frame* out)
{
    if (!m_error.isEmpty())
        return Status::Broken;
    for (;;) {
        const qsizetype avail = m_buffer.size() - m_pos;
        if (avail < kHeaderSize)
            return Status::NeedMore;
        const char* h = m_buffer.constData() + m_pos;
        const quint32 length = qFromLittleEndian<quint32>(h);
        const quint16 type = qFromLittleEndian<quint16>(h + 4);
        const quint8 flags = quint8(h[6]);
        const quint64 id = qFromLittleEndian<quint64>(h + 8);
        // Checked before waiting for the payload: a hostile length never makes us wait or allocate.
        if (length > kMaxPayload)
            return fail(tr("a frame of %1 bytes (at most %2 are allowed)").arg(length).arg(kMaxPayload));
        if (!isKnownType(type))
            return fail(tr("a frame of unknown type %1").arg(type));
        if (h[7] != 0 || (flags & ~(More | Final)) != 0)
            return fail(tr("a frame with unknown flags"));
        if (m_inPartial && (Type(type) != m_partial.type || id != m_partial.id))
            return fail(tr("a frame of another message inside a message of several frames"));
        if (avail < kHeaderSize + qsizetype(length))
            return Status::NeedMore;
        const QByteArrayView payload(h + kHeaderSize, length);
        m_pos += kHeaderSize + length;
        if (!m_inPartial) {
            m_partial = Frame { Type(type), 0, id, {} };
            m_inPartial = true;
        }
        if (quint64(m_partial.payload.size()) + length > maxMessage(Type(type)))
            return fail(tr("a message longer than %1 bytes").arg(maxMessage(Type(type))));
        m_partial.payload.append(payload.data(), payload.size());
        if (flags & More)
            continue;
        m_partial.flags = flags;
        *out = std::move(m_partial);
        m_partial = {};
        m_inPartial = false;
        return Status::Message;
    }
}

void Writer::u16(quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    m_data.append(b, 2);
}

void Writer::u32(quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    m_data.append(b, 4);
}

void Writer::u64(quint64 v)
{
    char b[8];
    qToLittleEndian(v, b);
    m_data.append(b, 8);
}

void Writer::f64(double v)
{
    quint64 bits;
    std::memcpy(&bits, &v, 8);
    u64(bits);
}

void Writer::bytes(QByteArrayView v)
{
    u32(quint32(v.size()));
    m_data.append(v.data(), v.size());
}

bool Reader::take(qsizetype n)
{
    if (m_failed || n < 0 || m_data.size() - m_pos < n) {
        m_failed = true;
        return false;
    }
    return true;
}

quint8 Reader::u8()
{
    if (!take(1))
        return 0;
    return quint8(m_data[m_pos++]);
}

quint16 Reader::u16()
{
    if (!take(2))
        return 0;
    const auto v = qFromLittleEndian<quint16>(m_data.data() + m_pos);
    m_pos += 2;
    return v;
}

quint32 Reader::u32()
{
    if (!take(4))
        return 0;
    const auto v = qFromLittleEndian<quint32>(m_data.data() + m_pos);
    m_pos += 4;
    return v;
}

quint64 Reader::u64()
{
    if (!take(8))
        return 0;
    const auto v = qFromLittleEndian<quint64>(m_data.data() + m_pos);
    m_pos += 8;
    return v;
}

bool Reader::boolean()
{
    const quint8 v = u8();
    if (v > 1)
        m_failed = true;
    return v == 1;
}

double Reader::f64()
{
    const quint64 bits = u64();
    double v;
    std::memcpy(&v, &bits, 8);
    return v;
}

QByteArrayView Reader::view(quint32 cap)
{
    const quint32 n = u32();
    if (m_failed || n > cap || !take(n)) {
        m_failed = true;
        return {};
    }
    QByteArrayView v(m_data.data() + m_pos, n);
    m_pos += n;
    return v;
}

QByteArray Reader::bytes(quint32 cap)
{
    return view(cap).toByteArray();
}

quint32 Reader::count(quint32 minSize, quint32 cap)
{
    const quint32 n = u32();
    if (m_failed || n > cap || quint64(n) * std::max<quint32>(minSize, 1) > quint64(left())) {
        m_failed = true;
        return 0;
    }
    return n;
}

void put(Writer& w, const Error& e)
{
    w.u8(quint8(e.kind));
    w.u32(quint32(e.errnum));
    w.string(e.message);
}

bool get(Reader& r, Error* e)
{
    const quint8 kind = r.u8();
    e->errnum = int(r.u32());
    e->message = r.string();
    if (kind > quint8(ErrorKind::Cancelled) || (kind == 0 && r.ok()))
        r.fail(); // an Error reply without an error
    e->kind = ErrorKind(kind);
    return r.ok();
}

void put(Writer& w, const Hello& h)
{
    w.u32(h.magic);
    w.u16(h.major);
    w.u16(h.minor);
    w.string(h.version);
    w.u64(h.capabilities);
    w.u32(h.uid);
    w.string(h.user);
    w.string(h.hostName);
    w.string(h.kernel);
}

bool get(Reader& r, Hello* h)
{
    h->magic = r.u32();
    h->major = r.u16();
    h->minor = r.u16();
    // A later minor version may append fields: read what we know, ignore the rest.
    h->version = r.string(256);
    h->capabilities = r.u64();
    h->uid = r.u32();
    h->user = r.string(256);
    h->hostName = r.string(256);
    h->kernel = r.string(256);
    return r.ok() && h->magic == kMagic;
}

void put(Writer& w, const ProcessIdentity& p)
{
    w.u32(quint32(p.pid));
    w.u64(p.startTime);
}

bool get(Reader& r, ProcessIdentity* p)
{
    p->pid = pid_t(r.u32());
    p->startTime = r.u64();
    if (p->pid < 0)
        r.fail();
    return r.ok();
}

void put(Writer& w, const std::vector<ProcessInfo>& list)
{
    w.u32(quint32(list.size()));
    for (const ProcessInfo& p : list) {
        put(w, p.identity);
        w.u32(quint32(p.ppid));
        w.u32(p.uid);
        w.string(p.user);
        w.u16(p.state.unicode());
        w.string(p.name);
        w.u32(quint32(p.commandLine.size()));
        for (const QString& a : p.commandLine)
            w.string(a);
        w.string(p.executable);
        w.i64(p.startedAtMsecs);
        w.u64(p.rssBytes);
        w.u32(quint32(p.threads));
        w.string(p.accessProblem);
        w.boolean(p.kernelThread);
    }
}

bool get(Reader& r, std::vector<ProcessInfo>* list)
{
    const quint32 n = r.count(60, kMaxList);
    list->clear();
    list->reserve(n);
    quint64 allArgs = 0; // bounded over the whole list: each decodes into a QString
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        ProcessInfo p;
        (void)get(r, &p.identity);
        p.ppid = pid_t(r.u32());
        p.uid = r.u32();
        p.user = r.string(256);
        p.state = QChar(r.u16());
        p.name = r.string(256);
        const quint32 args = r.count(4, 1u << 16);
        if ((allArgs += args) > (1u << 20))
            return false;
        for (quint32 a = 0; a < args && r.ok(); ++a)
            p.commandLine.append(r.string(Reader::kMaxString * 2));
        p.executable = r.string(kMaxPath);
        p.startedAtMsecs = r.i64();
        p.rssBytes = r.u64();
        p.threads = int(r.u32());
        p.accessProblem = r.string();
        p.kernelThread = r.boolean();
        list->push_back(std::move(p));
    }
    return r.ok();
}

void put(Writer& w, const OpenReply& o)
{
    w.u64(o.handle);
    put(w, o.identity);
    w.string(o.name);
    w.string(o.description);
}

bool get(Reader& r, OpenReply* o)
{
    o->handle = r.u64();
    (void)get(r, &o->identity);
    o->name = r.string(256);
    o->description = r.string(1024);
    return r.ok();
}

void put(Writer& w, const Region& g)
{
    w.u64(g.range.start);
    w.u64(g.range.end);
    w.u8(quint8(
        (g.perms.read ? 1 : 0) | (g.perms.write ? 2 : 0) | (g.perms.execute ? 4 : 0) | (g.perms.shared ? 8 : 0)));
    w.u64(g.offset);
    w.u32(g.devMajor);
    w.u32(g.devMinor);
    w.u64(g.inode);
    w.string(g.path);
    w.boolean(g.deleted);
    w.u8(quint8(g.kind));
    w.u8(quint8(g.segment));
    w.u64(g.bss.range.start);
    w.u64(g.bss.range.end);
    w.boolean(g.bss.checked);
}

bool get(Reader& r, Region* g)
{
    g->range.start = r.u64();
    g->range.end = r.u64();
    const quint8 perms = r.u8();
    g->perms = { bool(perms & 1), bool(perms & 2), bool(perms & 4), bool(perms & 8) };
    g->offset = r.u64();
    g->devMajor = r.u32();
    g->devMinor = r.u32();
    g->inode = r.u64();
    g->path = r.string(kMaxPath);
    g->deleted = r.boolean();
    const quint8 kind = r.u8();
    const quint8 segment = r.u8();
    g->bss.range.start = r.u64();
    g->bss.range.end = r.u64();
    g->bss.checked = r.boolean();
    if (perms > 15 || kind >= quint8(regionKindCount()) || segment > quint8(ImageSegment::Bss)
        || g->range.end < g->range.start)
        r.fail();
    g->kind = RegionKind(kind);
    g->segment = ImageSegment(segment);
    return r.ok();
}

void put(Writer& w, const ParsedMaps& maps)
{
    w.u32(quint32(maps.regions.size()));
    for (const Region& g : maps.regions)
        put(w, g);
    w.u32(quint32(maps.errors.size()));
    for (const MapsLineError& e : maps.errors) {
        w.u32(quint32(e.line));
        w.string(e.text);
        w.string(e.reason);
    }
}

bool get(Reader& r, ParsedMaps* maps)
{
    const quint32 n = r.count(65, kMaxList);
    maps->regions.clear();
    maps->regions.reserve(n);
    Address last = 0;
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        Region g;
        if (!get(r, &g))
            break;
        // Sorted, not overlapping: every user of regions() relies on it.
        if (g.range.start < last)
            r.fail();
        last = g.range.end;
        maps->regions.push_back(std::move(g));
    }
    const quint32 e = r.count(12, kMaxList);
    maps->errors.clear();
    for (quint32 i = 0; i < e && r.ok(); ++i) {
        MapsLineError m;
        m.line = int(r.u32());
        m.text = r.string();
        m.reason = r.string();
        maps->errors.push_back(std::move(m));
    }
    return r.ok();
}

void put(Writer& w, const std::vector<SmapsEntry>& smaps)
{
    w.u32(quint32(smaps.size()));
    for (const SmapsEntry& s : smaps) {
        for (quint64 v : { s.range.start, s.range.end, s.rss, s.pss, s.sharedClean, s.sharedDirty, s.privateClean,
                 s.privateDirty, s.referenced, s.anonymous, s.swap, s.swapPss, s.locked })
            w.u64(v);
        w.string(s.vmFlags);
    }
}

bool get(Reader& r, std::vector<SmapsEntry>* smaps)
{
    const quint32 n = r.count(13 * 8 + 4, kMaxList);
    smaps->clear();
    smaps->reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        SmapsEntry s;
        for (quint64* v : { &s.range.start, &s.range.end, &s.rss, &s.pss, &s.sharedClean, &s.sharedDirty,
                 &s.privateClean, &s.privateDirty, &s.referenced, &s.anonymous, &s.swap, &s.swapPss, &s.locked })
            *v = r.u64();
        s.vmFlags = r.string(1024);
        smaps->push_back(std::move(s));
    }
    return r.ok();
}

void put(Writer& w, const BundleInfo& info)
{
    w.i64(info.pid);
    w.string(info.executable);
    w.u32(quint32(info.commandLine.size()));
    for (const QString& a : info.commandLine)
        w.string(a);
    w.i64(info.time.isValid() ? info.time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min());
    w.bytes(info.maps);
    w.bytes(info.auxv);
    w.bytes(info.status);
}

bool get(Reader& r, BundleInfo* info)
{
    info->pid = r.i64();
    info->executable = r.string(kMaxPath);
    const quint32 args = r.count(4, 1u << 20);
    info->commandLine.clear();
    for (quint32 a = 0; a < args && r.ok(); ++a)
        info->commandLine.append(r.string(Reader::kMaxString * 2));
    const qint64 ms = r.i64();
    info->time = ms == std::numeric_limits<qint64>::min() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms);
    info->maps = r.bytes(256u << 20);
    info->auxv = r.bytes(1u << 20);
    info->status = r.bytes(1u << 20);
    return r.ok();
}

void put(Writer& w, const std::vector<AddressRange>& ranges)
{
    w.u32(quint32(ranges.size()));
    for (const AddressRange& a : ranges) {
        w.u64(a.start);
        w.u64(a.end);
    }
}

bool get(Reader& r, std::vector<AddressRange>* ranges, quint32 cap)
{
    const quint32 n = r.count(16, cap);
    ranges->clear();
    ranges->reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        AddressRange a;
        a.start = r.u64();
        a.end = r.u64();
        if (a.end < a.start)
            r.fail();
        ranges->push_back(a);
    }
    return r.ok();
}

void put(Writer& w, const std::vector<ThreadRegisters>& threads)
{
    w.u32(quint32(threads.size()));
    for (const ThreadRegisters& t : threads) {
        w.u32(quint32(t.tid));
        w.bytes(t.registers);
        w.bytes(t.fpRegisters);
    }
}

bool get(Reader& r, std::vector<ThreadRegisters>* threads)
{
    const quint32 n = r.count(12, 1u << 20);
    threads->clear();
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        ThreadRegisters t;
        t.tid = pid_t(r.u32());
        t.registers = r.bytes(64 * 1024);
        t.fpRegisters = r.bytes(64 * 1024);
        threads->push_back(std::move(t));
    }
    return r.ok();
}

void put(Writer& w, const ScanValueType& t)
{
    w.u8(quint8(t.kind));
    w.u8(quint8(t.bytes));
    w.boolean(t.isSigned);
    w.boolean(t.bigEndian);
}

bool get(Reader& r, ScanValueType* t)
{
    const quint8 kind = r.u8();
    t->bytes = r.u8();
    t->isSigned = r.boolean();
    t->bigEndian = r.boolean();
    if (kind > quint8(ScanValueType::Kind::Double)
        || !(t->bytes == 1 || t->bytes == 2 || t->bytes == 4 || t->bytes == 8))
        r.fail();
    t->kind = ScanValueType::Kind(kind);
    return r.ok();
}

void put(Writer& w, const SearchRequest& q)
{
    const SearchPattern::Recipe& p = q.pattern.recipe();
    w.u8(quint8(p.kind));
    w.string(p.text);
    w.u8(quint8(p.encoding));
    w.boolean(p.ignoreCase);
    w.u8(quint8(p.width));
    w.boolean(p.isSigned);
    w.boolean(p.bigEndian);
    w.boolean(p.isDouble);
    w.f64(p.tolerance);
    put(w, q.ranges);
    w.u64(q.maxResults);
    w.boolean(q.valueType.has_value());
    if (q.valueType)
        put(w, *q.valueType);
    w.boolean(q.aligned);
    w.boolean(q.streamValueHits);
}

bool get(Reader& r, SearchRequest* q)
{
    SearchPattern::Recipe p;
    const quint8 kind = r.u8();
    p.text = r.string();
    const quint8 encoding = r.u8();
    p.ignoreCase = r.boolean();
    p.width = r.u8();
    p.isSigned = r.boolean();
    p.bigEndian = r.boolean();
    p.isDouble = r.boolean();
    p.tolerance = r.f64();
    if (kind > quint8(SearchPattern::Recipe::Kind::Regex) || encoding > quint8(SearchPattern::Encoding::Utf16BE))
        r.fail();
    p.kind = SearchPattern::Recipe::Kind(kind);
    p.encoding = SearchPattern::Encoding(encoding);
    (void)get(r, &q->ranges);
    q->maxResults = r.u64();
    if (r.boolean()) {
        ScanValueType t;
        if (get(r, &t))
            q->valueType = t;
    }
    q->aligned = r.boolean();
    q->streamValueHits = r.boolean();
    if (!r.ok())
        return false;
    auto pattern = SearchPattern::fromRecipe(p);
    if (!pattern)
        return false;
    q->pattern = std::move(*pattern);
    return true;
}

void put(Writer& w, const std::vector<SearchHit>& hits)
{
    w.u32(quint32(hits.size()));
    for (const SearchHit& h : hits) {
        w.u64(h.address);
        w.u32(h.length);
        w.bytes(h.previewBytes());
    }
}

bool get(Reader& r, std::vector<SearchHit>* hits)
{
    const quint32 n = r.count(16, kMaxList);
    hits->clear();
    hits->reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        SearchHit h;
        h.address = r.u64();
        h.length = r.u32();
        const QByteArrayView preview = r.view(SearchHit::kPreviewBytes);
        // A hit's preview is its first bytes, min(length, 16): no more, no less.
        if (quint64(preview.size()) != std::min<quint64>(h.length, SearchHit::kPreviewBytes))
            r.fail();
        h.previewSize = quint8(preview.size());
        if (!preview.isEmpty()) // an empty view's data() may be null: no memcpy of it
            std::memcpy(h.preview.data(), preview.data(), size_t(preview.size()));
        hits->push_back(h);
    }
    return r.ok();
}

void put(Writer& w, const SearchSummary& s)
{
    w.u64(s.hits);
    w.boolean(s.truncated);
    w.boolean(s.cancelled);
    w.u64(s.bytesSearched);
    w.u64(s.bytesUnreadable);
    w.boolean(s.error.isError());
    if (s.error)
        put(w, s.error);
}

bool get(Reader& r, SearchSummary* s)
{
    s->hits = r.u64();
    s->truncated = r.boolean();
    s->cancelled = r.boolean();
    s->bytesSearched = r.u64();
    s->bytesUnreadable = r.u64();
    if (r.boolean())
        (void)get(r, &s->error);
    return r.ok();
}

void put(Writer& w, const HitSet& hits)
{
    put(w, hits.type());
    w.u32(quint32(hits.size()));
    // A block at a time: beyond its memory cap a hit set reads them back from its scratch file.
    std::vector<quint64> block;
    for (size_t at = 0; at < hits.size();) {
        const size_t n = std::min<size_t>(hits.size() - at, size_t(1) << 16);
        block.resize(2 * n);
        hits.records(at, n, block.data());
        for (quint64 v : block)
            w.u64(v);
        at += n;
    }
}

bool get(Reader& r, HitSet* hits)
{
    ScanValueType type;
    if (!get(r, &type))
        return false;
    const quint32 n = r.count(16, 1u << 26);
    HitSet out(type);
    Address last = 0;
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        const Address a = r.u64();
        const quint64 v = r.u64();
        if (i > 0 && a <= last) // sorted and unique, as HitSet keeps them
            r.fail();
        last = a;
        out.add(a, v);
    }
    if (!r.ok())
        return false;
    *hits = std::move(out);
    return true;
}

void put(Writer& w, const UnknownScanRequest& request)
{
    put(w, request.type);
    w.boolean(request.aligned);
    put(w, request.ranges);
}

bool get(Reader& r, UnknownScanRequest* request)
{
    if (!get(r, &request->type))
        return false;
    request->aligned = r.boolean();
    return get(r, &request->ranges, kMaxList) && r.ok();
}

void put(Writer& w, const DumpJob& job)
{
    w.u8(quint8(job.format));
    put(w, job.ranges);
    w.u32(quint32(job.regions.size()));
    for (const Region& g : job.regions)
        put(w, g);
    w.string(job.path);
    w.boolean(job.overwrite);
    w.boolean(job.onAgent);
    // Issue 18: a snapshot's options (its base is a path on the agent's machine).
    w.string(job.snapshot.base);
    w.boolean(job.snapshot.compress);
}

bool get(Reader& r, DumpJob* job)
{
    const quint8 format = r.u8();
    if (format > quint8(DumpJob::Format::Snapshot))
        r.fail();
    job->format = DumpJob::Format(format);
    (void)get(r, &job->ranges);
    const quint32 n = r.count(65, kMaxList);
    job->regions.clear();
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        Region g;
        if (get(r, &g))
            job->regions.push_back(std::move(g));
    }
    job->path = r.string(kMaxPath);
    job->overwrite = r.boolean();
    job->onAgent = r.boolean();
    job->snapshot.base = r.string(kMaxPath);
    job->snapshot.compress = r.boolean();
    return r.ok();
}

void put(Writer& w, const DumpReport& report)
{
    w.u64(report.bytes);
    put(w, report.unreadable);
    w.u32(quint32(report.files.size()));
    for (const QString& f : report.files)
        w.string(f);
    w.u64(report.chunks.total);
    w.u64(report.chunks.zero);
    w.u64(report.chunks.shared);
    w.u64(report.chunks.stored);
    w.u64(report.chunks.bytesOnDisk);
}

bool get(Reader& r, DumpReport* report)
{
    report->bytes = r.u64();
    (void)get(r, &report->unreadable);
    const quint32 n = r.count(4, kMaxList);
    report->files.clear();
    for (quint32 i = 0; i < n && r.ok(); ++i)
        report->files.append(r.string(kMaxPath));
    report->chunks.total = r.u64();
    report->chunks.zero = r.u64();
    report->chunks.shared = r.u64();
    report->chunks.stored = r.u64();
    report->chunks.bytesOnDisk = r.u64();
    return r.ok();
}

} // namespace procglass::agent

#include <cerrno>
#include <sys/uio.h>

namespace procglass::agent {

int writeMessage(int fd, Type type, quint64 id, quint8 flags, QByteArrayView head, QByteArrayView tail)
{
    const qsizetype total = head.size() + tail.size();
    qsizetype at = 0;
    do {
        const qsizetype n = std::min<qsizetype>(total - at, kMaxPayload);
        const bool last = at + n >= total;
        char header[kHeaderSize];
        qToLittleEndian<quint32>(quint32(n), header);
        qToLittleEndian<quint16>(quint16(type), header + 4);
        header[6] = char(last ? (flags & ~More) : ((flags & ~Final) | More));
        header[7] = 0;
        qToLittleEndian<quint64>(id, header + 8);
        iovec iov[3];
        int count = 0;
        iov[count++] = { header, kHeaderSize };
        // This frame's part of head, then of tail.
        const qsizetype end = at + n;
        if (at < head.size()) {
            const qsizetype e = std::min(end, head.size());
            iov[count++] = { const_cast<char*>(head.data() + at), size_t(e - at) };
        }
        if (end > head.size()) {
            const qsizetype s = std::max(at, head.size()) - head.size();
            iov[count++] = { const_cast<char*>(tail.data() + s), size_t(end - head.size() - s) };
        }
        int first = 0;
        while (first < count) {
            const ssize_t w = ::writev(fd, iov + first, count - first);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                return errno;
            }
            size_t left = size_t(w);
            while (first < count && left >= iov[first].iov_len) {
                left -= iov[first].iov_len;
                ++first;
            }
            if (first < count) {
                iov[first].iov_base = static_cast<char*>(iov[first].iov_base) + left;
                iov[first].iov_len -= left;
            }
        }
        at = end;
    } while (at < total);
    return 0;
}

} // namespace procglass::agent
