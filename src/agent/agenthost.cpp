// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "agenthost.h"

#include "core/host/rundump.h"

#include "core/model/tr.h"
#include "core/search/searchrun.h"

#include <algorithm>

#include <sys/eventfd.h>
#include <unistd.h>

namespace procglass {

using agent::Connection;
using agent::Frame;
using agent::Reader;
using agent::Type;
using agent::Writer;

namespace {

Error malformed(Connection& c, const char* what)
{
    c.fail(agent::protocolError(tr("a malformed reply to %1").arg(QLatin1String(what))).message);
    return c.lost();
}

// A request's whole reply, decoded by get into *out.
template <typename T> Result<T> ask(Connection& c, Type type, QByteArrayView payload, const char* what)
{
    auto reply = c.call(type, payload);
    if (!reply)
        return reply.error();
    Reader r(*reply);
    T value;
    if (!agent::get(r, &value) || !r.done())
        return malformed(c, what);
    return value;
}

// An agent's mapped file, read piece by piece.
class AgentImage final : public ImageBytes
{
public:
    AgentImage(std::shared_ptr<Connection> c, quint64 id, quint64 size)
        : m_connection(std::move(c))
        , m_id(id)
        , m_size(size)
    { }
    ~AgentImage() override
    {
        if (m_connection->lost())
            return;
        Writer w;
        w.u64(m_id);
        (void)m_connection->call(Type::FileClose, w.data());
    }
    quint64 size() const override { return m_size; }
    bool read(quint64 offset, std::span<std::byte> out) const override
    {
        if (offset > m_size || out.size() > m_size - offset)
            return false;
        for (size_t at = 0; at < out.size();) {
            const size_t n = std::min<size_t>(out.size() - at, agent::kReadChunk);
            Writer w;
            w.u64(m_id);
            w.u64(offset + at);
            w.u64(n);
            auto reply = m_connection->call(Type::FileRead, w.data());
            if (!reply)
                return false;
            Reader r(*reply);
            const bool ok = r.boolean();
            if (!ok)
                return r.done() ? false : (malformed(*m_connection, "a file read"), false);
            const QByteArrayView data = r.view(agent::kMaxPayload);
            if (!r.done() || size_t(data.size()) != n) {
                (void)malformed(*m_connection, "a file read");
                return false;
            }
            std::memcpy(out.data() + at, data.data(), n);
            at += n;
        }
        return true;
    }

private:
    std::shared_ptr<Connection> m_connection;
    quint64 m_id;
    quint64 m_size;
};

} // namespace

AgentHost::AgentHost(std::shared_ptr<Connection> connection)
    : m_connection(std::move(connection))
{ }

AgentHost::~AgentHost()
{
    // Whoever lets go of the host (the window's thread on Disconnect) does not wait for the agent.
    Connection::closeInBackground(std::move(m_connection));
}

HostInfo AgentHost::info() const
{
    const agent::Hello& h = m_connection->peer();
    HostInfo info;
    info.where = m_connection->where();
    info.hostName = h.hostName;
    info.kernel = h.kernel;
    info.uid = h.uid;
    info.user = h.user;
    info.agent = true;
    info.agentVersion = h.version;
    info.protocolVersion = quint32(h.major) << 16 | h.minor;
    return info;
}

Error AgentHost::connectionError() const
{
    return m_connection->lost();
}

Result<std::vector<ProcessInfo>> AgentHost::processes()
{
    return ask<std::vector<ProcessInfo>>(*m_connection, Type::Processes, {}, "the process list");
}

Result<std::shared_ptr<Target>> AgentHost::open(const ProcessIdentity& identity)
{
    Writer w;
    agent::put(w, identity);
    auto opened = ask<agent::OpenReply>(*m_connection, Type::Open, w.data(), "open");
    if (!opened)
        return opened.error();
    // The agent opens exactly what was asked (any process of the pid for startTime 0).
    if (opened->identity.pid != identity.pid
        || (identity.startTime && opened->identity.startTime != identity.startTime))
        return malformed(*m_connection, "open");
    return std::shared_ptr<Target>(std::make_shared<AgentTarget>(m_connection, *opened));
}

AgentHold::AgentHold(std::shared_ptr<Connection> connection, quint64 id)
    : m_connection(std::move(connection))
    , m_id(id)
{ }

AgentHold::~AgentHold()
{
    (void)release();
}

Error AgentHold::release()
{
    if (m_released)
        return {};
    m_released = true;
    Writer w;
    w.u64(m_id);
    auto reply = m_connection->call(Type::Release, w.data());
    if (!reply)
        return reply.error(); // a lost connection: the agent is gone, and the kernel let go
    Reader r(*reply);
    Error e;
    if (r.boolean())
        (void)agent::get(r, &e);
    if (!r.done())
        return malformed(*m_connection, "release");
    return e;
}

bool AgentHold::targetDied() const
{
    if (m_connection->lost())
        return true;
    Writer w;
    w.u64(m_id);
    auto reply = m_connection->call(Type::HoldState, w.data());
    if (!reply)
        return true;
    Reader r(*reply);
    const bool died = r.boolean();
    return !r.done() || died;
}

Result<std::vector<ThreadRegisters>> AgentHold::threadRegisters() const
{
    Writer w;
    w.u64(m_id);
    return ask<std::vector<ThreadRegisters>>(*m_connection, Type::Registers, w.data(), "registers");
}

AgentTarget::AgentTarget(std::shared_ptr<Connection> connection, const agent::OpenReply& opened)
    : m_connection(std::move(connection))
    , m_handle(opened.handle)
    , m_identity(opened.identity)
    , m_name(opened.name)
    , m_description(opened.description)
    , m_exitFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{
    m_connection->watchExit(m_handle, m_exitFd);
}

AgentTarget::~AgentTarget()
{
    m_connection->unwatchExit(m_handle);
    if (!m_connection->lost())
        (void)m_connection->call(Type::Close, request({ m_handle }));
    if (m_exitFd >= 0)
        ::close(m_exitFd);
}

QByteArray AgentTarget::request(std::initializer_list<quint64> words) const
{
    Writer w;
    for (quint64 v : words)
        w.u64(v);
    return w.take();
}

QString AgentTarget::description() const
{
    return tr("%1 via %2").arg(m_description, m_connection->where());
}

Result<std::vector<Region>> AgentTarget::regions()
{
    auto maps = readMaps();
    if (!maps)
        return maps.error();
    return std::move(maps->regions);
}

Result<ParsedMaps> AgentTarget::readMaps()
{
    return ask<ParsedMaps>(*m_connection, Type::Maps, request({ m_handle }), "maps");
}

Result<std::vector<SmapsEntry>> AgentTarget::readSmaps()
{
    return ask<std::vector<SmapsEntry>>(*m_connection, Type::Smaps, request({ m_handle }), "smaps");
}

Result<ParsedMaps> AgentHost::readMaps(const ProcessIdentity& identity)
{
    Writer w;
    w.u64(0); // no open target: by identity
    agent::put(w, identity);
    return ask<ParsedMaps>(*m_connection, Type::Maps, w.data(), "maps");
}

namespace {
// A /proc file of an open target (handle) or, with handle 0, of the process with this identity.
Result<QByteArray> readProcFileOf(
    Connection& c, quint64 handle, ProcFile file, const ProcessIdentity* identity = nullptr)
{
    Writer w;
    w.u64(handle);
    w.u8(quint8(file));
    if (identity)
        agent::put(w, *identity);
    auto reply = c.call(Type::ProcFile, w.data());
    if (!reply)
        return reply.error();
    Reader r(*reply);
    QByteArray bytes = r.bytes(16u << 20);
    if (!r.done())
        return malformed(c, "a /proc file");
    return bytes;
}
} // namespace

Result<QByteArray> AgentHost::readProcFile(const ProcessIdentity& identity, ProcFile file)
{
    return readProcFileOf(*m_connection, 0, file, &identity); // no open target: by identity
}

Result<QByteArray> AgentTarget::readProcFile(ProcFile file)
{
    return readProcFileOf(*m_connection, m_handle, file);
}

BundleInfo AgentTarget::bundleInfo()
{
    auto info = ask<BundleInfo>(*m_connection, Type::BundleInfo, request({ m_handle }), "bundle facts");
    return info ? *info : BundleInfo {};
}

Error AgentTarget::checkAlive() const
{
    auto reply = m_connection->call(Type::CheckAlive, request({ m_handle }));
    return reply ? Error {} : reply.error();
}

ReadResult AgentTarget::read(Address address, std::span<std::byte> out)
{
    ReadResult result;
    if (Error e = validateReadRange(address, out.size())) {
        result.error = e;
        return result;
    }
    struct Piece
    {
        quint64 offset = 0;
        quint64 size = 0;
        std::shared_ptr<Connection::Call> call;
    };
    std::deque<Piece> inFlight;
    quint64 next = 0;
    auto launch = [&] {
        while (next < out.size() && int(inFlight.size()) < kReadsInFlight) {
            const quint64 n = std::min<quint64>(out.size() - next, kReadPiece);
            auto call = m_connection->begin(
                Type::Read, request({ m_handle, address + next, n }), out.subspan(size_t(next), size_t(n)));
            inFlight.push_back({ next, n, std::move(call) });
            next += n;
        }
    };
    auto fail = [&](Error e) {
        for (Piece& p : inFlight) {
            m_connection->cancel(*p.call);
            m_connection->end(*p.call);
        }
        std::memset(out.data(), 0, out.size());
        result = {};
        result.error = std::move(e);
        return result;
    };
    launch();
    while (!inFlight.empty()) {
        Piece& p = inFlight.front();
        Frame frame;
        Error error;
        const Connection::Wait w = m_connection->next(*p.call, &frame, &error);
        if (w == Connection::Wait::Failed)
            return fail(error);
        if (w != Connection::Wait::Message)
            continue;
        if (frame.type != Type::Read || !(frame.flags & agent::Final))
            return fail(malformed(*m_connection, "a read"));
        Reader r(frame.payload);
        const quint64 bytesRead = r.u64();
        std::vector<AddressRange> unreadable;
        (void)agent::get(r, &unreadable, 1u << 20);
        // Every byte delivered, and the unreadable ranges inside the piece, in order.
        quint64 holes = 0;
        Address last = address + p.offset;
        for (const AddressRange& u : unreadable) {
            if (u.start < last || u.end > address + p.offset + p.size || u.isEmpty())
                r.fail();
            last = u.end;
            holes += u.size();
        }
        if (!r.done() || p.call->sinkNext != p.size || bytesRead + holes != p.size)
            return fail(malformed(*m_connection, "a read"));
        m_connection->end(*p.call);
        result.bytesRead += bytesRead;
        for (const AddressRange& u : unreadable)
            result.addUnreadable(u);
        inFlight.pop_front();
        launch();
    }
    return result;
}

Result<quint64> AgentTarget::write(Address address, std::span<const std::byte> data)
{
    quint64 total = 0;
    constexpr size_t kPiece = agent::kMaxPayload - 64;
    while (total < data.size()) {
        const size_t n = std::min<size_t>(data.size() - total, kPiece);
        Writer w;
        w.u64(m_handle);
        w.u64(address + total);
        w.bytes(QByteArrayView(reinterpret_cast<const char*>(data.data() + total), qsizetype(n)));
        auto reply = m_connection->call(Type::Write, w.data());
        if (!reply)
            return total ? Result<quint64>(total) : Result<quint64>(reply.error());
        Reader r(*reply);
        const quint64 written = r.u64();
        if (!r.done() || written > n)
            return malformed(*m_connection, "a write");
        total += written;
        if (written < n)
            break;
    }
    return total;
}

Result<std::unique_ptr<TargetHold>> AgentTarget::hold(
    std::chrono::milliseconds timeout, const std::atomic<bool>* abandon)
{
    auto call = m_connection->begin(Type::Hold, request({ m_handle, quint64(timeout.count()) }));
    bool cancelled = false;
    for (;;) {
        Frame frame;
        Error error;
        const auto w = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
        if (w == Connection::Wait::Idle) {
            if (abandon && *abandon && !cancelled) {
                cancelled = true;
                m_connection->cancel(*call);
            }
            continue;
        }
        m_connection->end(*call);
        if (w == Connection::Wait::Failed)
            return error;
        Reader r(frame.payload);
        const quint64 id = r.u64();
        if (frame.type != Type::Hold || !r.done())
            return malformed(*m_connection, "hold");
        return std::unique_ptr<TargetHold>(std::make_unique<AgentHold>(m_connection, id));
    }
}

Result<std::unique_ptr<ImageBytes>> AgentTarget::mappedFile(const Region& region)
{
    Writer w;
    w.u64(m_handle);
    agent::put(w, region);
    auto reply = m_connection->call(Type::FileOpen, w.data());
    if (!reply)
        return reply.error();
    Reader r(*reply);
    const quint64 id = r.u64();
    const quint64 size = r.u64();
    if (!r.done())
        return malformed(*m_connection, "a mapped file");
    return std::unique_ptr<ImageBytes>(std::make_unique<AgentImage>(m_connection, id, size));
}

void AgentTarget::search(SearchRun& run)
{
    SearchRequest sent = run.request();
    // A search stops at maxResults: an agent that sends more is broken or hostile.
    const quint64 asked = sent.maxResults;
    quint64 cap = asked > ~quint64(0) - 65536 ? ~quint64(0) : asked + 65536;
    if (sent.valueType && sent.keepAllValueHits) {
        // Every hit travels, as a local search keeps them all (the HitSet goes to a scratch file
        // beyond its memory cap; maxResults cuts only the list): at most one per position searched.
        const quint64 step = sent.aligned ? std::max<quint64>(1, quint64(sent.pattern.length())) : 1;
        quint64 positions = sent.ranges.empty() ? ~quint64(0) : 0; // no ranges: the whole process
        for (const AddressRange& range : sent.ranges) {
            const quint64 n = range.size() / step + 1;
            positions = n > ~quint64(0) - positions ? ~quint64(0) : positions + n;
        }
        sent.maxResults = positions;
        cap = positions;
    }
    Writer w;
    w.u64(m_handle);
    agent::put(w, sent);
    auto call = m_connection->begin(Type::Search, w.data());
    bool cancelled = false;
    quint64 hits = 0;
    // A hit lies inside the ranges searched, or the agent is broken or hostile: the window would
    // otherwise show (and a rescan ask for) addresses nobody searched.
    std::vector<AddressRange> searched = run.request().ranges;
    std::sort(searched.begin(), searched.end(),
        [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    auto inside = [&](const SearchHit& hit) {
        const Address end = hit.address + hit.length;
        if (end < hit.address || hit.previewSize > SearchHit::kPreviewBytes)
            return false;
        auto it = std::upper_bound(searched.begin(), searched.end(), hit.address,
            [](Address a, const AddressRange& r) { return a < r.start; });
        if (it == searched.begin())
            return searched.empty(); // no ranges: the whole process
        --it;
        return end <= it->end || std::any_of(it, searched.end(), [&](const AddressRange& r) {
            return r.start <= hit.address && end <= r.end;
        });
    };
    auto failed = [&](Error e) {
        m_connection->end(*call);
        SearchSummary summary;
        summary.hits = hits;
        summary.error = std::move(e);
        run.finish(summary);
    };
    for (;;) {
        Frame frame;
        Error error;
        const auto wait = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
        if (!cancelled && run.cancel) {
            cancelled = true;
            m_connection->cancel(*call);
        }
        if (wait == Connection::Wait::Idle)
            continue;
        if (wait == Connection::Wait::Failed)
            return failed(error);
        Reader r(frame.payload);
        if (frame.type == Type::SearchHits) {
            std::vector<SearchHit> batch;
            if (!agent::get(r, &batch) || !r.done() || (hits += batch.size()) > cap
                || !std::all_of(batch.begin(), batch.end(), inside))
                return failed(malformed(*m_connection, "a search"));
            run.addHits(std::move(batch));
        } else if (frame.type == Type::Progress) {
            const quint64 done = r.u64();
            const quint64 total = r.u64();
            if (!r.done())
                return failed(malformed(*m_connection, "a search"));
            run.setProgress(done, total);
        } else if (frame.type == Type::Search && (frame.flags & agent::Final)) {
            SearchSummary summary;
            if (!agent::get(r, &summary) || !r.done())
                return failed(malformed(*m_connection, "a search"));
            m_connection->end(*call);
            run.finish(std::move(summary));
            return;
        } else {
            return failed(malformed(*m_connection, "a search"));
        }
    }
}

Result<HitSet> AgentTarget::rescan(
    const HitSet& hits, HitSet::Filter filter, QStringView operand, const std::atomic<bool>* cancel)
{
    if (hits.size() > kMaxRescanHits) // more than one message may carry: the memory comes here instead
        return hits.rescan(*this, filter, operand, cancel);
    Writer w;
    w.reserve(qsizetype(hits.size() * 16 + 64));
    w.u64(m_handle);
    agent::put(w, hits);
    w.u8(quint8(filter));
    w.string(operand.toString());
    auto call = m_connection->begin(Type::Rescan, w.data());
    bool cancelled = false;
    for (;;) {
        Frame frame;
        Error error;
        const auto wait = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
        if (!cancelled && cancel && *cancel) {
            cancelled = true;
            m_connection->cancel(*call);
        }
        if (wait == Connection::Wait::Idle)
            continue;
        m_connection->end(*call);
        if (wait == Connection::Wait::Failed)
            return error;
        Reader r(frame.payload);
        HitSet next;
        // The next set narrows this one: never more hits, and of the same type.
        if (frame.type != Type::Rescan || !agent::get(r, &next) || !r.done() || next.size() > hits.size()
            || next.type().kind != hits.type().kind || next.type().size() != hits.type().size())
            return malformed(*m_connection, "a rescan");
        return next;
    }
}

namespace {

// An unknown-value scan's baseline kept by the agent: next() brings the hits, nothing else.
class AgentBaseline final : public ScanBaseline
{
public:
    AgentBaseline(std::shared_ptr<Connection> connection, quint64 target, quint64 id, UnknownScanRequest request,
        quint64 bytes, quint64 positions)
        : m_connection(std::move(connection))
        , m_target(target)
        , m_id(id)
        , m_request(std::move(request))
        , m_bytes(bytes)
        , m_positions(positions)
    {
        std::sort(m_request.ranges.begin(), m_request.ranges.end(),
            [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    }
    ~AgentBaseline() override
    {
        // The agent forgets it; the reply does not matter (nor does a lost connection).
        Writer w;
        w.u64(m_target);
        w.u64(m_id);
        m_connection->end(*m_connection->begin(Type::UnknownDrop, w.data()));
    }
    [[nodiscard]] const UnknownScanRequest& request() const override { return m_request; }
    [[nodiscard]] quint64 bytes() const override { return m_bytes; }
    [[nodiscard]] quint64 positions() const override { return m_positions; }

    Result<HitSet> next(HitSet::Filter filter, QStringView operand, const ScanControl& control) override
    {
        Writer w;
        w.u64(m_target);
        w.u64(m_id);
        w.u8(quint8(filter));
        w.string(operand.toString());
        auto call = m_connection->begin(Type::UnknownNext, w.data());
        const quint64 size = quint64(m_request.type.size());
        HitSet hits(m_request.type);
        bool cancelled = false;
        size_t range = 0;
        // A hit is a candidate position: inside a range asked for (aligned if asked), after the last
        // one, and no more of them than there are positions. Anything else: a broken or hostile agent.
        auto candidate = [&](Address a) {
            if ((hits.size() > 0 && a <= hits.address(hits.size() - 1)) || hits.size() >= m_positions
                || (m_request.aligned && a % size != 0))
                return false;
            while (range < m_request.ranges.size() && m_request.ranges[range].end <= a)
                ++range;
            // Adjacent ranges are one stretch: a value may straddle them.
            if (range >= m_request.ranges.size() || a < m_request.ranges[range].start)
                return false;
            Address end = m_request.ranges[range].end;
            for (size_t k = range + 1; k < m_request.ranges.size() && m_request.ranges[k].start <= end; ++k)
                end = std::max(end, m_request.ranges[k].end);
            return end - a >= size;
        };
        auto failed = [&](Error e) -> Result<HitSet> {
            m_connection->end(*call);
            return e;
        };
        for (;;) {
            Frame frame;
            Error error;
            const auto wait = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
            if (!cancelled && control.cancel && *control.cancel) {
                cancelled = true;
                m_connection->cancel(*call);
            }
            if (wait == Connection::Wait::Idle)
                continue;
            if (wait == Connection::Wait::Failed)
                return failed(error);
            Reader r(frame.payload);
            if (frame.type == Type::UnknownHits) {
                const quint32 n = r.count(16, 1u << 16);
                for (quint32 i = 0; i < n && r.ok(); ++i) {
                    const Address a = r.u64();
                    const quint64 raw = r.u64();
                    if (!r.ok() || !candidate(a) || (size < 8 && raw >> (8 * size) != 0))
                        return failed(malformed(*m_connection, "an unknown-value scan"));
                    hits.add(a, raw);
                }
                if (!r.done())
                    return failed(malformed(*m_connection, "an unknown-value scan"));
                if (hits.error())
                    return failed(hits.error());
            } else if (frame.type == Type::UnknownNext && (frame.flags & agent::Final)) {
                const quint64 count = r.u64();
                if (!r.done() || count != hits.size())
                    return failed(malformed(*m_connection, "an unknown-value scan"));
                m_connection->end(*call);
                hits.finish();
                return hits;
            } else {
                return failed(malformed(*m_connection, "an unknown-value scan"));
            }
        }
    }

private:
    std::shared_ptr<Connection> m_connection;
    quint64 m_target;
    quint64 m_id;
    UnknownScanRequest m_request;
    quint64 m_bytes;
    quint64 m_positions;
};

} // namespace

Result<std::shared_ptr<ScanBaseline>> AgentTarget::unknownScan(
    const UnknownScanRequest& request, const ScanControl& control)
{
    Writer w;
    w.u64(m_handle);
    agent::put(w, request);
    auto call = m_connection->begin(Type::UnknownScan, w.data());
    bool cancelled = false;
    // What a baseline of these ranges can hold at most: a reply claiming more is not believed.
    quint64 most = 0;
    for (const AddressRange& r : request.ranges)
        most = r.size() > ~quint64(0) - most ? ~quint64(0) : most + r.size();
    for (;;) {
        Frame frame;
        Error error;
        const auto wait = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
        if (!cancelled && control.cancel && *control.cancel) {
            cancelled = true;
            m_connection->cancel(*call);
        }
        if (wait == Connection::Wait::Idle)
            continue;
        m_connection->end(*call);
        if (wait == Connection::Wait::Failed)
            return error;
        Reader r(frame.payload);
        const quint64 id = r.u64();
        const quint64 bytes = r.u64();
        const quint64 positions = r.u64();
        if (frame.type != Type::UnknownScan || !r.done() || bytes > most || positions > most)
            return malformed(*m_connection, "an unknown-value scan");
        return std::shared_ptr<ScanBaseline>(
            std::make_shared<AgentBaseline>(m_connection, m_handle, id, request, bytes, positions));
    }
}

Result<DumpReport> AgentTarget::dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info)
{
    if (!job.onAgent) // written here, reading the memory (and a core's registers) through this target
        return runDumpJob(*this, hold, job, info);
    const auto* agentHold = dynamic_cast<const AgentHold*>(hold);
    Writer w;
    w.u64(m_handle);
    w.u64(agentHold ? agentHold->id() : 0);
    agent::put(w, job);
    agent::put(w, info);
    auto call = m_connection->begin(Type::Dump, w.data());
    bool cancelled = false;
    for (;;) {
        Frame frame;
        Error error;
        const auto wait = m_connection->next(*call, &frame, &error, std::chrono::milliseconds(50));
        if (!cancelled && job.progress->cancel) {
            cancelled = true;
            m_connection->cancel(*call);
        }
        if (wait == Connection::Wait::Idle)
            continue;
        if (wait == Connection::Wait::Failed) {
            m_connection->end(*call);
            return error;
        }
        Reader r(frame.payload);
        if (frame.type == Type::Progress) {
            const quint64 done = r.u64();
            const quint64 total = r.u64();
            if (!r.done()) {
                m_connection->end(*call);
                return malformed(*m_connection, "a dump");
            }
            job.progress->done = done;
            job.progress->total = total;
            continue;
        }
        m_connection->end(*call);
        DumpReport report;
        if (frame.type != Type::Dump || !agent::get(r, &report) || !r.done())
            return malformed(*m_connection, "a dump");
        return report;
    }
}

} // namespace procglass
