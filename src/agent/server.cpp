// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "server.h"

#include "core/io/privatefile.h"
#include "core/model/tr.h"
#include "core/search/searchrun.h"
#include "platform/linux/localhost.h"

#include <QDir>
#include <QFile>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <poll.h>
#include <pwd.h>
#include <sys/eventfd.h>
#include <sys/fsuid.h>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass::agent {

namespace {

void logLine(const QString& text)
{
    const QByteArray line = "procglass-agent: " + text.toLocal8Bit() + '\n';
    (void)!::write(STDERR_FILENO, line.constData(), size_t(line.size()));
}

Error noHandle()
{
    return makeError(ErrorKind::InvalidArgument,
        tr("The agent has no such open process, hold or file (it was closed or released)."));
}

// Where an agent-side output goes when the agent runs as root for another user: the folder,
// opened once and checked; the dump then writes through /proc/self/fd/N, so the folder cannot be
// swapped for another between the check and the write.
struct AgentOutput
{
    OutputFolder folder;
    QString pinnedPath;
};

Result<AgentOutput> checkAgentPath(const QString& path, qint64 forUid)
{
    if (!QDir::isAbsolutePath(path))
        return makeError(ErrorKind::InvalidArgument,
            tr("The agent writes only to absolute paths (a path on the agent's machine, such as /tmp/dump.bin); "
               "%1 is relative.")
                .arg(path));
    auto folder = OutputFolder::open(path);
    if (!folder)
        return folder.error();
    AgentOutput out;
    out.pinnedPath = QStringLiteral("/proc/self/fd/%1/%2").arg(folder->fd()).arg(QFile::decodeName(folder->name()));
    if (forUid >= 0) {
        struct stat st
        {
        };
        if (::fstat(folder->fd(), &st) != 0)
            return errorFromErrno(errno, tr("Cannot check the folder of %1").arg(path));
        if (st.st_uid != uid_t(forUid) && st.st_uid != 0)
            return makeError(ErrorKind::Permission,
                tr("The agent runs as root for user %1 and writes only into folders that user or root owns; "
                   "the folder of %2 belongs to user %3. Choose a folder of your own.")
                    .arg(forUid)
                    .arg(path)
                    .arg(st.st_uid));
        if ((st.st_mode & S_IWOTH) && !(st.st_mode & S_ISVTX))
            return makeError(ErrorKind::Permission,
                tr("The agent runs as root and does not write into %1: anyone may change that folder (it is "
                   "writable by others and not sticky). Choose a folder of your own.")
                    .arg(folder->folderPath()));
    }
    out.folder = std::move(*folder);
    return out;
}

// A hold's registers, read on its thread, for a core written on another.
class HeldRegisters final : public TargetHold
{
public:
    HeldRegisters(const TargetHold& hold, std::vector<ThreadRegisters> registers)
        : m_hold(hold)
        , m_registers(std::move(registers))
    { }
    Error release() override { return {}; } // not ours: the hold's thread releases it
    [[nodiscard]] bool targetDied() const override { return m_hold.targetDied(); }
    [[nodiscard]] Result<std::vector<ThreadRegisters>> threadRegisters() const override { return m_registers; }

private:
    const TargetHold& m_hold;
    std::vector<ThreadRegisters> m_registers;
};

// This thread's file-system identity as another user's while it lives (uid < 0: unchanged).
class FsIdentity
{
public:
    FsIdentity(qint64 uid, gid_t gid)
    {
        if (uid < 0)
            return;
        m_oldGid = ::setfsgid(gid);
        m_oldUid = ::setfsuid(uid_t(uid));
        m_changed = true;
    }
    ~FsIdentity()
    {
        if (m_changed) {
            (void)::setfsuid(uid_t(m_oldUid));
            (void)::setfsgid(gid_t(m_oldGid));
        }
    }
    FsIdentity(const FsIdentity&) = delete;
    FsIdentity& operator=(const FsIdentity&) = delete;

private:
    bool m_changed = false;
    int m_oldUid = 0;
    int m_oldGid = 0;
};

} // namespace

qint64 Server::invokingUid()
{
    if (::geteuid() != 0)
        return -1;
    for (const char* name : { "PKEXEC_UID", "SUDO_UID" }) {
        const QByteArray value = qgetenv(name);
        bool ok = false;
        const qint64 uid = value.toLongLong(&ok);
        if (ok && uid > 0)
            return uid;
    }
    return -1;
}

Server::Server(int in, int out)
    : m_in(in)
    , m_out(out)
    , m_host(std::make_unique<LocalHost>())
{
    m_pool.setMaxThreadCount(64);
    m_wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_watcher = std::thread([this] { watchMain(); });
}

Server::~Server()
{
    finish();
}

void Server::finish()
{
    if (m_stopping.exchange(true))
        return;
    // Everything under way gives up (a hold still waiting, a core being written)...
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, cancel] : m_cancels)
            *cancel = true;
    }
    // ...and every hold is released on its thread: the targets run again whatever happens next.
    {
        std::lock_guard lock(m_mutex);
        for (auto& [id, thread] : m_holds) {
            *thread->abandon = true; // we end right after: release waits for no thread not in a stop
            std::lock_guard holdLock(thread->mutex);
            thread->stop = true;
            thread->wake.notify_all();
        }
    }
    {
        std::unique_lock lock(m_activeMutex);
        m_activeDone.wait_for(lock, std::chrono::seconds(5), [this] { return m_activeHolds == 0; });
    }
    // The watcher may be stuck writing to a peer that reads no more: the process ends without it.
    wakeWatcher();
    if (m_watcher.joinable())
        m_watcher.detach();
}

void Server::send(Type type, quint64 id, quint8 flags, QByteArrayView head, QByteArrayView tail)
{
    std::lock_guard lock(m_writeMutex);
    if (m_outBroken)
        return;
    if (writeMessage(m_out, type, id, flags, head, tail) != 0)
        m_outBroken = true; // the peer is gone; stdin's end follows
}

void Server::replyError(quint64 id, const Error& error)
{
    Writer w;
    put(w, error);
    send(Type::Error, id, Final, w.data());
}

int Server::run()
{
    {
        Hello hello;
        const HostInfo info = m_host->info();
        hello.version = QStringLiteral(PROCGLASS_VERSION);
        hello.uid = info.uid;
        hello.user = info.user;
        hello.hostName = info.hostName;
        hello.kernel = info.kernel;
        Writer w;
        put(w, hello);
        send(Type::Hello, 0, Final, w.data());
    }
    FrameDecoder decoder;
    bool greeted = false;
    std::vector<char> buffer(256 * 1024);
    int code = 0;
    for (;;) {
        const ssize_t n = ::read(m_in, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EOF or error: the peer is gone
        decoder.feed(QByteArrayView(buffer.data(), n));
        Frame frame;
        FrameDecoder::Status status;
        bool stop = false;
        while ((status = decoder.next(&frame)) == FrameDecoder::Status::Message) {
            if (!greeted) {
                Hello peer;
                Reader r(frame.payload);
                if (frame.type != Type::Hello || !get(r, &peer)) {
                    replyError(0, protocolError(tr("the peer did not begin with Hello")));
                    stop = true;
                    code = 1;
                    break;
                }
                if (peer.major != kProtocolMajor) {
                    replyError(0,
                        makeError(ErrorKind::InvalidArgument,
                            tr("The agent speaks protocol %1.%2 and its peer %3.%4: install the same Procglass "
                               "version on both sides.")
                                .arg(kProtocolMajor)
                                .arg(kProtocolMinor)
                                .arg(peer.major)
                                .arg(peer.minor)));
                    stop = true;
                    code = 1;
                    break;
                }
                greeted = true;
                continue;
            }
            if (!dispatch(std::move(frame))) {
                code = 1;
                stop = true;
                break;
            }
        }
        if (status == FrameDecoder::Status::Broken) {
            logLine(decoder.error());
            replyError(0, protocolError(decoder.error()));
            code = 1;
            stop = true;
        }
        if (stop)
            break;
    }
    finish();
    return code;
}

std::shared_ptr<Target> Server::target(quint64 handle)
{
    std::lock_guard lock(m_mutex);
    const auto t = m_targets.find(handle);
    return t == m_targets.end() ? nullptr : t->second.target;
}

bool Server::dispatch(Frame frame)
{
    switch (frame.type) {
    case Type::Cancel: {
        Reader r(frame.payload);
        const quint64 id = r.u64();
        std::lock_guard lock(m_mutex);
        if (const auto c = m_cancels.find(id); c != m_cancels.end())
            *c->second = true;
        return true;
    }
    case Type::Processes:
    case Type::Open:
    case Type::Close:
    case Type::Maps:
    case Type::Smaps:
    case Type::ProcFile:
    case Type::BundleInfo:
    case Type::CheckAlive:
    case Type::Read:
    case Type::Write:
    case Type::Search:
    case Type::Rescan:
    case Type::Dump:
    case Type::FileOpen:
    case Type::FileRead:
    case Type::FileClose:
    case Type::Hold:
    case Type::Release:
    case Type::HoldState:
    case Type::Registers:
    case Type::UnknownScan:
    case Type::UnknownNext:
    case Type::UnknownDrop:
        break;
    default:
        logLine(tr("a message of type %1 is not a request: closing").arg(quint16(frame.type)));
        replyError(frame.id, protocolError(tr("a message of type %1 is not a request").arg(quint16(frame.type))));
        return false;
    }
    auto request = std::make_shared<Request>(Request { std::move(frame), std::make_shared<std::atomic<bool>>(false) });
    {
        std::lock_guard lock(m_mutex);
        // A peer that asks without waiting for answers would make the queue grow without end.
        if (m_cancels.size() >= kMaxRequests || m_cancels.count(request->frame.id)) {
            logLine(tr("too many requests under way, or a request id in use: closing"));
            replyError(request->frame.id,
                protocolError(tr("more than %1 requests under way, or a request id already in use").arg(kMaxRequests)));
            return false;
        }
        m_cancels[request->frame.id] = request->cancel;
    }
    const Type type = request->frame.type;
    auto done = [this, request] {
        std::lock_guard lock(m_mutex);
        m_cancels.erase(request->frame.id);
    };
    if (type == Type::Hold) {
        auto thread = std::make_shared<HoldThread>();
        thread->abandon = request->cancel;
        {
            std::lock_guard lock(m_activeMutex);
            ++m_activeHolds;
        }
        std::thread([this, thread, request, done] {
            holdMain(thread, *request);
            done();
            std::lock_guard lock(m_activeMutex);
            --m_activeHolds;
            m_activeDone.notify_all();
        }).detach();
        return true;
    }
    // What needs a hold's thread: its release, state and registers, and a core (which reads them).
    quint64 holdId = 0;
    {
        Reader peek(request->frame.payload);
        if (type == Type::Release || type == Type::HoldState || type == Type::Registers)
            holdId = peek.u64();
        else if (type == Type::Dump) {
            (void)peek.u64();
            holdId = peek.u64();
            if (peek.u8() != quint8(DumpJob::Format::Core))
                holdId = 0;
        }
    }
    std::shared_ptr<HoldThread> thread;
    if (holdId) {
        std::lock_guard lock(m_mutex);
        if (const auto h = m_holds.find(holdId); h != m_holds.end())
            thread = h->second;
    }
    if (thread) {
        std::lock_guard lock(thread->mutex);
        if (!thread->stop) {
            thread->tasks.push_back([this, request, done, raw = thread.get()] {
                serveHold(*request, *raw);
                done();
            });
            thread->wake.notify_all();
            return true;
        }
    }
    m_pool.start([this, request, done] {
        serve(*request); // hold requests without their hold are answered there
        done();
    });
    return true;
}

void Server::holdMain(const std::shared_ptr<HoldThread>& thread, const Request& q)
{
    const Frame& f = q.frame;
    Reader r(f.payload);
    const quint64 handle = r.u64();
    const quint64 timeoutMs = r.u64();
    if (!r.done())
        return replyError(f.id, protocolError(tr("a malformed hold request")));
    const std::shared_ptr<Target> t = target(handle);
    if (!t)
        return replyError(f.id, noHandle());
    auto hold = t->hold(std::chrono::milliseconds(std::min<quint64>(timeoutMs, 600000)), thread->abandon.get());
    if (!hold)
        return replyError(f.id, hold.error()); // this thread ends: the kernel lets go of what is left
    thread->hold = std::move(*hold);
    thread->handle = handle;
    quint64 id;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextHandle++;
        m_holds[id] = thread;
        if (m_stopping)
            thread->stop = true;
    }
    Writer w;
    w.u64(id);
    reply(f, w);
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(thread->mutex);
            thread->wake.wait(lock, [&] { return thread->stop || !thread->tasks.empty(); });
            if (thread->tasks.empty())
                break;
            task = std::move(thread->tasks.front());
            thread->tasks.pop_front();
        }
        task();
    }
    if (thread->hold)
        (void)thread->hold->release();
    thread->hold.reset();
    std::lock_guard lock(m_mutex);
    m_holds.erase(id);
}

void Server::wakeWatcher()
{
    if (m_wakeFd >= 0) {
        const quint64 one = 1;
        (void)!::write(m_wakeFd, &one, sizeof one);
    }
}

void Server::watchMain()
{
    while (!m_stopping) {
        std::vector<pollfd> fds;
        std::vector<quint64> handles;
        fds.push_back({ m_wakeFd, POLLIN, 0 });
        {
            std::lock_guard lock(m_mutex);
            for (const auto& [handle, open] : m_targets) {
                if (open.exitReported)
                    continue;
                fds.push_back({ open.target->exitFd(), POLLIN, 0 });
                handles.push_back(handle);
            }
        }
        const int n = ::poll(fds.data(), nfds_t(fds.size()), -1);
        if (n < 0 && errno != EINTR)
            return;
        if (fds[0].revents) {
            quint64 value;
            (void)!::read(m_wakeFd, &value, sizeof value);
        }
        for (size_t i = 1; i < fds.size(); ++i) {
            if (!fds[i].revents)
                continue;
            {
                std::lock_guard lock(m_mutex);
                const auto t = m_targets.find(handles[i - 1]);
                if (t == m_targets.end() || t->second.exitReported)
                    continue;
                t->second.exitReported = true;
            }
            Writer w;
            w.u64(handles[i - 1]);
            send(Type::Exited, 0, Final, w.data());
        }
    }
}

void Server::serve(const Request& q)
{
    const Frame& f = q.frame;
    Reader r(f.payload);
    auto bad = [&] { replyError(f.id, protocolError(tr("a malformed request of type %1").arg(quint16(f.type)))); };
    if (f.type == Type::Processes) {
        if (!r.done())
            return bad();
        auto list = m_host->processes();
        if (!list)
            return replyError(f.id, list.error());
        Writer w;
        put(w, *list);
        return reply(f, w);
    }
    if (f.type == Type::Open) {
        ProcessIdentity identity;
        if (!get(r, &identity) || !r.done())
            return bad();
        auto target = m_host->open(identity);
        if (!target)
            return replyError(f.id, target.error());
        OpenReply o;
        o.identity = (*target)->identity();
        o.name = (*target)->name();
        o.description = (*target)->description();
        {
            std::lock_guard lock(m_mutex);
            o.handle = m_nextHandle++;
            m_targets[o.handle] = Open { *target, false };
        }
        wakeWatcher();
        Writer w;
        put(w, o);
        return reply(f, w);
    }
    if (f.type == Type::FileRead) {
        const quint64 file = r.u64();
        const quint64 offset = r.u64();
        const quint64 size = r.u64();
        if (!r.done() || size > kReadChunk)
            return bad();
        std::shared_ptr<ImageBytes> bytes;
        {
            std::lock_guard lock(m_mutex);
            if (const auto b = m_files.find(file); b != m_files.end())
                bytes = b->second;
        }
        if (!bytes)
            return replyError(f.id, noHandle());
        QByteArray data(qsizetype(size), Qt::Uninitialized);
        Writer w;
        if (bytes->read(offset, std::as_writable_bytes(std::span(data.data(), size_t(data.size()))))) {
            w.boolean(true);
            w.bytes(data);
        } else {
            w.boolean(false);
        }
        return reply(f, w);
    }
    if (f.type == Type::FileClose) {
        const quint64 file = r.u64();
        if (!r.done())
            return bad();
        std::lock_guard lock(m_mutex);
        m_files.erase(file);
        reply(f, Writer());
        return;
    }

    if (f.type == Type::Release || f.type == Type::HoldState || f.type == Type::Registers)
        return replyError(f.id, noHandle()); // the hold is gone: released, or never there

    // Everything else is about one open target -- but for the maps and the /proc files of a
    // process by its identity (handle 0): they need no access to its memory (the status of any
    // process, the maps of one's own under Yama), so no open target either.
    const quint64 handle = r.u64();
    if (handle == 0 && (f.type == Type::ProcFile || f.type == Type::Maps)) {
        const quint8 file = f.type == Type::ProcFile ? r.u8() : 0;
        ProcessIdentity identity;
        if (!get(r, &identity) || !r.done() || file > quint8(ProcFile::Cmdline))
            return bad();
        Writer w;
        if (f.type == Type::Maps) {
            auto maps = m_host->readMaps(identity);
            if (!maps)
                return replyError(f.id, maps.error());
            put(w, *maps);
        } else {
            auto bytes = m_host->readProcFile(identity, ProcFile(file));
            if (!bytes)
                return replyError(f.id, bytes.error());
            w.bytes(*bytes);
        }
        return reply(f, w);
    }
    const std::shared_ptr<Target> t = target(handle);
    if (!r.ok())
        return bad();
    if (!t)
        return replyError(f.id, noHandle());
    Writer w;
    switch (f.type) {
    case Type::Close: {
        if (!r.done())
            return bad();
        {
            std::lock_guard lock(m_mutex);
            m_targets.erase(handle);
            // Its unknown-value scans' baselines go with it.
            for (auto b = m_baselines.begin(); b != m_baselines.end();) {
                if (b->second.target == handle) {
                    m_baselineBudget -= b->second.budget;
                    --m_baselineCount;
                    b = m_baselines.erase(b);
                } else {
                    ++b;
                }
            }
        }
        wakeWatcher();
        return reply(f, w);
    }
    case Type::UnknownScan:
        return unknownScan(q, r, handle, t);
    case Type::UnknownNext:
        return unknownNext(q, r, handle);
    case Type::UnknownDrop: {
        const quint64 id = r.u64();
        if (!r.done())
            return bad();
        {
            std::lock_guard lock(m_mutex);
            const auto b = m_baselines.find(id);
            if (b == m_baselines.end() || b->second.target != handle)
                return replyError(f.id, noHandle());
            m_baselineBudget -= b->second.budget;
            --m_baselineCount;
            m_baselines.erase(b);
        }
        return reply(f, w);
    }
    case Type::Maps: {
        if (!r.done())
            return bad();
        auto maps = t->readMaps();
        if (!maps)
            return replyError(f.id, maps.error());
        put(w, *maps);
        return reply(f, w);
    }
    case Type::Smaps: {
        if (!r.done())
            return bad();
        auto smaps = t->readSmaps();
        if (!smaps)
            return replyError(f.id, smaps.error());
        put(w, *smaps);
        return reply(f, w);
    }
    case Type::ProcFile: {
        const quint8 file = r.u8();
        if (!r.done() || file > quint8(ProcFile::Cmdline))
            return bad();
        auto bytes = t->readProcFile(ProcFile(file));
        if (!bytes)
            return replyError(f.id, bytes.error());
        w.bytes(*bytes);
        return reply(f, w);
    }
    case Type::BundleInfo: {
        if (!r.done())
            return bad();
        put(w, t->bundleInfo());
        return reply(f, w);
    }
    case Type::CheckAlive: {
        if (!r.done())
            return bad();
        if (Error e = t->checkAlive())
            return replyError(f.id, e);
        return reply(f, w);
    }
    case Type::Read:
        return read(q, r);
    case Type::Write: {
        const Address address = r.u64();
        const QByteArrayView data = r.view(kMaxPayload);
        if (!r.done())
            return bad();
        auto written = t->write(address, std::as_bytes(std::span(data.data(), size_t(data.size()))));
        if (!written)
            return replyError(f.id, written.error());
        w.u64(*written);
        return reply(f, w);
    }
    case Type::Search:
        return search(q, r);
    case Type::Rescan: {
        HitSet hits;
        if (!get(r, &hits))
            return bad();
        const quint8 filter = r.u8();
        const QString operand = r.string(1024);
        if (!r.done() || filter > quint8(HitSet::Filter::DecreasedBy))
            return bad();
        auto next = t->rescan(hits, HitSet::Filter(filter), operand, q.cancel.get());
        if (!next)
            return replyError(f.id, next.error());
        put(w, *next);
        return reply(f, w);
    }
    case Type::Dump:
        return dump(q, r);
    case Type::FileOpen: {
        Region asked;
        if (!get(r, &asked) || !r.done())
            return bad();
        // Only a file the target maps now, as its maps say -- never what the peer claims a
        // mapping is (a device and inode it found by stat() on /etc/shadow).
        auto maps = t->readMaps();
        if (!maps)
            return replyError(f.id, maps.error());
        const auto mapped = std::find_if(maps->regions.begin(), maps->regions.end(),
            [&](const Region& m) { return m.range.start == asked.range.start && m.range.end == asked.range.end; });
        if (mapped == maps->regions.end() || !mapped->isFileBacked())
            return replyError(f.id, noHandle());
        auto file = t->mappedFile(*mapped);
        if (!file)
            return replyError(f.id, file.error());
        const quint64 size = (*file)->size();
        {
            std::lock_guard lock(m_mutex);
            const quint64 id = m_nextHandle++;
            m_files[id] = std::shared_ptr<ImageBytes>(std::move(*file));
            w.u64(id);
        }
        w.u64(size);
        return reply(f, w);
    }
    default:
        return bad();
    }
}

void Server::read(const Request& q, Reader& r)
{
    const Frame& f = q.frame;
    const Address address = r.u64();
    const quint64 size = r.u64();
    if (!r.done())
        return replyError(f.id, protocolError(tr("a malformed read request")));
    if (Error e = validateReadRange(address, size))
        return replyError(f.id, e);
    const std::shared_ptr<Target> t = target(Reader(f.payload).u64());
    if (!t)
        return replyError(f.id, noHandle());
    ReadResult total;
    static const quint64 chunk = [] {
        // For measuring frame sizes only (the report of issue 17): the data a ReadData frame carries.
        const quint64 v = qEnvironmentVariableIntValue("PROCGLASS_AGENT_READ_CHUNK");
        return v >= 4096 && v <= kReadChunk ? v : quint64(kReadChunk);
    }();
    std::vector<std::byte> buffer(size_t(std::min<quint64>(size, chunk)));
    for (quint64 at = 0; at < size;) {
        if (*q.cancel || m_outBroken)
            return replyError(f.id, makeError(ErrorKind::Cancelled, tr("The read was cancelled.")));
        const quint64 n = std::min<quint64>(size - at, chunk);
        ReadResult part = t->read(address + at, std::span(buffer.data(), size_t(n)));
        if (part.error)
            return replyError(f.id, part.error);
        total.bytesRead += part.bytesRead;
        for (const AddressRange& u : part.unreadable)
            total.addUnreadable(u);
        char head[12];
        qToLittleEndian<quint64>(at, head);
        qToLittleEndian<quint32>(quint32(n), head + 8);
        send(Type::ReadData, f.id, 0, QByteArrayView(head, 12),
            QByteArrayView(reinterpret_cast<const char*>(buffer.data()), qsizetype(n)));
        at += n;
    }
    Writer w;
    w.u64(total.bytesRead);
    put(w, total.unreadable);
    reply(f, w);
}

void Server::search(const Request& q, Reader& r)
{
    const Frame& f = q.frame;
    SearchRequest request;
    if (!get(r, &request) || !r.done())
        return replyError(f.id, protocolError(tr("a malformed search request")));
    const std::shared_ptr<Target> t = target(Reader(f.payload).u64());
    if (!t)
        return replyError(f.id, noHandle());
    // Every hit travels (the peer's SearchRun keeps the value search's HitSet from them): none is
    // kept here, where a search for 0 would otherwise keep millions a second time.
    request.streamValueHits = true;
    request.valueType.reset();
    request.keepAllValueHits = false;
    SearchRun run(std::move(request));
    std::atomic<bool> finished = false;
    std::thread worker([&] {
        t->search(run);
        finished = true;
    });
    auto flush = [&] {
        std::vector<SearchHit> hits = run.takeHits();
        // Batches that fit a frame: about 40 bytes a hit.
        for (size_t at = 0; at < hits.size();) {
            const size_t n = std::min<size_t>(hits.size() - at, 20000);
            std::vector<SearchHit> batch(hits.begin() + qsizetype(at), hits.begin() + qsizetype(at + n));
            Writer w;
            put(w, batch);
            send(Type::SearchHits, f.id, 0, w.data());
            at += n;
        }
    };
    quint64 lastDone = ~0ull;
    while (!finished) {
        if (*q.cancel || m_outBroken)
            run.cancel = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        flush();
        if (run.done() != lastDone) {
            lastDone = run.done();
            Writer w;
            w.u64(run.done());
            w.u64(run.total());
            send(Type::Progress, f.id, 0, w.data());
        }
    }
    worker.join();
    flush();
    Writer w;
    put(w, run.summary());
    reply(f, w);
}

void Server::unknownScan(const Request& q, Reader& r, quint64 handle, const std::shared_ptr<Target>& t)
{
    const Frame& f = q.frame;
    UnknownScanRequest request;
    if (!get(r, &request) || !r.done())
        return replyError(f.id, protocolError(tr("a malformed unknown-value scan request")));
    // What it may keep is bounded by its ranges' bytes, reserved before anything is read.
    quint64 budget = 0;
    for (const AddressRange& range : request.ranges)
        budget = range.size() > ~quint64(0) - budget ? ~quint64(0) : budget + range.size();
    {
        std::lock_guard lock(m_mutex);
        if (m_baselineCount >= kMaxBaselines || budget > kMaxBaselineBytes - m_baselineBudget)
            return replyError(f.id,
                makeError(ErrorKind::InvalidArgument,
                    tr("The agent keeps at most %1 unknown-value scans (%2 GiB of memory in all) for one connection; "
                       "close some searches first, or scan fewer regions.")
                        .arg(kMaxBaselines)
                        .arg(kMaxBaselineBytes >> 30)));
        m_baselineBudget += budget;
        ++m_baselineCount;
    }
    ScanControl control;
    control.cancel = q.cancel.get();
    auto baseline = t->unknownScan(request, control);
    std::lock_guard lock(m_mutex);
    if (!baseline || m_outBroken) {
        m_baselineBudget -= budget;
        --m_baselineCount;
        if (!baseline)
            return replyError(f.id, baseline.error());
        return;
    }
    const quint64 id = m_nextHandle++;
    Writer w;
    w.u64(id);
    w.u64((*baseline)->bytes());
    w.u64((*baseline)->positions());
    m_baselines[id] = KeptBaseline { handle, budget, std::move(*baseline) };
    reply(f, w);
}

void Server::unknownNext(const Request& q, Reader& r, quint64 handle)
{
    const Frame& f = q.frame;
    const quint64 id = r.u64();
    const quint8 filter = r.u8();
    const QString operand = r.string(1024);
    if (!r.done() || filter > quint8(HitSet::Filter::DecreasedBy))
        return replyError(f.id, protocolError(tr("a malformed unknown-value scan step")));
    std::shared_ptr<ScanBaseline> baseline;
    {
        std::lock_guard lock(m_mutex);
        const auto b = m_baselines.find(id);
        if (b != m_baselines.end() && b->second.target == handle)
            baseline = b->second.baseline;
    }
    if (!baseline)
        return replyError(f.id, noHandle());
    ScanControl control;
    control.cancel = q.cancel.get();
    auto hits = baseline->next(HitSet::Filter(filter), operand, control);
    if (!hits)
        return replyError(f.id, hits.error());
    // Only the hits travel, in address order, 64 Ki (1 MiB) a message.
    constexpr size_t kBatch = size_t(1) << 16;
    std::vector<quint64> records;
    for (size_t at = 0; at < hits->size() && !m_outBroken;) {
        const size_t n = std::min(kBatch, hits->size() - at);
        records.resize(2 * n);
        hits->records(at, n, records.data());
        Writer w;
        w.reserve(qsizetype(4 + 16 * n));
        w.u32(quint32(n));
        for (quint64 v : records)
            w.u64(v);
        send(Type::UnknownHits, f.id, 0, w.data());
        at += n;
    }
    Writer w;
    w.u64(hits->size());
    reply(f, w);
}

void Server::dump(const Request& q, Reader& r, TargetHold* hold)
{
    const Frame& f = q.frame;
    const quint64 holdId = r.u64();
    DumpJob job;
    BundleInfo info;
    if (!get(r, &job) || !get(r, &info) || !r.done())
        return replyError(f.id, protocolError(tr("a malformed dump request")));
    const std::shared_ptr<Target> t = target(Reader(f.payload).u64());
    if (!t)
        return replyError(f.id, noHandle());
    if (holdId && job.format == DumpJob::Format::Core && !hold)
        return replyError(f.id, noHandle()); // the hold is gone (released)
    const qint64 forUid = invokingUid();
    gid_t forGid = 0;
    if (forUid >= 0) {
        const passwd* pw = ::getpwuid(uid_t(forUid));
        if (!pw)
            return replyError(f.id,
                makeError(ErrorKind::Permission,
                    tr("The agent runs as root for user %1, who has no entry in the user database: it writes "
                       "nothing for them.")
                        .arg(forUid)));
        forGid = pw->pw_gid;
    }
    auto out = checkAgentPath(job.path, forUid);
    if (!out)
        return replyError(f.id, out.error());
    // A snapshot's base: a path on this machine as well, next to the snapshot (writeSnapshot opens
    // it relative to the snapshot's folder, with the user's file-system identity).
    if (job.format == DumpJob::Format::Snapshot && !job.snapshot.base.isEmpty()
        && !QDir::isAbsolutePath(job.snapshot.base))
        return replyError(f.id,
            makeError(ErrorKind::InvalidArgument,
                tr("The agent reads a snapshot's base only by an absolute path on its machine; %1 is relative.")
                    .arg(job.snapshot.base)));
    // ptrace answers only the tracer: a core's registers are read here, on the hold's thread, and
    // handed to the writer, which runs on a thread of its own.
    std::unique_ptr<TargetHold> registersHere;
    if (hold && job.format == DumpJob::Format::Core) {
        auto registers = hold->threadRegisters();
        if (!registers)
            return replyError(f.id, registers.error());
        registersHere = std::make_unique<HeldRegisters>(*hold, std::move(*registers));
        hold = registersHere.get();
    }
    const QString userPath = job.path;
    job.path = out->pinnedPath;
    std::atomic<bool> finished = false;
    Result<DumpReport> result = Error();
    std::thread worker([&] {
        // As root for another user, the files are created with that user's file-system identity
        // (setfsuid and setfsgid act on this thread only): the kernel decides where they may go,
        // as it would for the user (not /etc, not another user's folder), and they are theirs.
        const FsIdentity as(forUid, forGid);
        result = t->dump(job, hold, info);
        finished = true;
    });
    while (!finished) {
        if (*q.cancel || m_outBroken)
            job.progress->cancel = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        Writer w;
        w.u64(job.progress->done);
        w.u64(job.progress->total);
        send(Type::Progress, f.id, 0, w.data());
    }
    worker.join();
    auto unpin = [&](QString text) { return text.replace(out->pinnedPath, userPath); };
    if (!result) {
        Error e = result.error();
        e.message = unpin(e.message);
        return replyError(f.id, e);
    }
    for (QString& file : result->files)
        file = unpin(file);
    Writer w;
    put(w, *result);
    reply(f, w);
}

void Server::serveHold(const Request& q, HoldThread& thread)
{
    const Frame& f = q.frame;
    Reader r(f.payload);
    auto bad = [&] { replyError(f.id, protocolError(tr("a malformed request of type %1").arg(quint16(f.type)))); };
    Writer w;
    if (!thread.hold)
        return replyError(f.id, noHandle());
    switch (f.type) {
    case Type::Release: {
        (void)r.u64();
        if (!r.done())
            return bad();
        const Error e = thread.hold->release();
        thread.hold.reset();
        {
            std::lock_guard lock(thread.mutex);
            thread.stop = true;
        }
        w.boolean(e.isError());
        if (e)
            put(w, e);
        return reply(f, w);
    }
    case Type::HoldState: {
        (void)r.u64();
        if (!r.done())
            return bad();
        w.boolean(thread.hold->targetDied());
        return reply(f, w);
    }
    case Type::Registers: {
        (void)r.u64();
        if (!r.done())
            return bad();
        auto regs = thread.hold->threadRegisters();
        if (!regs)
            return replyError(f.id, regs.error());
        put(w, *regs);
        return reply(f, w);
    }
    case Type::Dump: {
        // A core holds its hold's registers: it must be of the target held, not of another.
        if (Reader(f.payload).u64() != thread.handle)
            return replyError(f.id, noHandle());
        (void)r.u64(); // the handle, read again by dump()
        return dump(q, r, thread.hold.get());
    }
    default:
        return bad();
    }
}

} // namespace procglass::agent
