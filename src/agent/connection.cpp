// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "connection.h"

#include "core/model/tr.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QtEndian>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace procglass::agent {

namespace {

constexpr qsizetype kStderrKeep = 4096;
// A ReadData payload starts with the offset (u64) and the data's length (u32).
constexpr qsizetype kReadDataHead = 12;

void closeFd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// The last line(s) the command wrote on stderr, for a message.
QString tailText(const QString& tail)
{
    QString text = tail.trimmed();
    if (text.size() > 600)
        text = QStringLiteral("…") + text.right(600);
    return text;
}

// writeMessage() without SIGPIPE: a write to an agent that has just exited fails with EPIPE and never
// kills us, whatever SIGPIPE's disposition in this process (a caller's own handler, QTest's, a crash
// reporter's stays as it is). The kernel sends SIGPIPE to the writing thread: block it here for the
// write, take the one the write raised (if any, and only if none was pending before), unblock.
int writeNoSigpipe(int fd, Type type, quint64 id, quint8 flags, QByteArrayView payload)
{
    sigset_t pipeOnly, old, pending;
    sigemptyset(&pipeOnly);
    sigaddset(&pipeOnly, SIGPIPE);
    sigemptyset(&pending);
    (void)::sigpending(&pending);
    const bool pendingBefore = sigismember(&pending, SIGPIPE) == 1;
    const bool blocked = ::pthread_sigmask(SIG_BLOCK, &pipeOnly, &old) == 0;
    const int e = writeMessage(fd, type, id, flags, payload);
    if (blocked) {
        if (e == EPIPE && !pendingBefore) {
            const timespec zero { 0, 0 };
            int got;
            do
                got = ::sigtimedwait(&pipeOnly, nullptr, &zero);
            while (got < 0 && errno == EINTR);
        }
        (void)::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    }
    return e;
}

} // namespace

Result<std::shared_ptr<Connection>> Connection::start(
    const QString& command, std::chrono::milliseconds timeout, const std::atomic<bool>* cancel)
{
    const QStringList words = QProcess::splitCommand(command);
    if (words.isEmpty())
        return makeError(ErrorKind::InvalidArgument,
            tr("The agent command is empty: give a command such as "
               "'pkexec procglass-agent' or 'ssh HOST procglass-agent'."));
    // A write to an agent that is gone fails with EPIPE and does not kill us: writeNoSigpipe().

    int toChild[2], fromChild[2], errChild[2];
    if (::pipe2(toChild, O_CLOEXEC) != 0)
        return errorFromErrno(errno, tr("Cannot start the agent command %1").arg(command));
    if (::pipe2(fromChild, O_CLOEXEC) != 0) {
        const int e = errno;
        ::close(toChild[0]);
        ::close(toChild[1]);
        return errorFromErrno(e, tr("Cannot start the agent command %1").arg(command));
    }
    if (::pipe2(errChild, O_CLOEXEC) != 0) {
        const int e = errno;
        for (int fd : { toChild[0], toChild[1], fromChild[0], fromChild[1] })
            ::close(fd);
        return errorFromErrno(e, tr("Cannot start the agent command %1").arg(command));
    }
    // Bigger pipes carry more of a read per wake-up (the kernel may refuse: then 64 KiB it is).
    {
        bool set = false;
        const int size = qEnvironmentVariableIntValue("PROCGLASS_AGENT_PIPE_SIZE", &set); // measuring only
        if (!set || size > 0)
            (void)::fcntl(fromChild[0], F_SETPIPE_SZ, set ? size : 1 << 20);
    }

    std::vector<QByteArray> args;
    for (const QString& w : words)
        args.push_back(QFile::encodeName(w));
    std::vector<char*> argv;
    for (QByteArray& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, toChild[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, fromChild[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errChild[1], STDERR_FILENO);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3); // nothing else of ours leaks into it
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    pid_t child = -1;
    const int rc = ::posix_spawnp(&child, argv[0], &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(toChild[0]);
    ::close(fromChild[1]);
    ::close(errChild[1]);
    if (rc != 0) {
        for (int fd : { toChild[1], fromChild[0], errChild[0] })
            ::close(fd);
        return errorFromErrno(rc, tr("Cannot start the agent command %1").arg(command));
    }
    std::shared_ptr<Connection> c(new Connection);
    c->m_where = command;
    c->m_child = child;
    c->m_in = fromChild[0];
    c->m_out = toChild[1];
    c->m_err = errChild[0];
    c->m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    c->m_reader = std::thread([raw = c.get()] { raw->readerMain(); });
    if (Error e = c->greet(timeout, cancel))
        return e;
    return c;
}

Result<std::shared_ptr<Connection>> Connection::attach(
    int in, int out, const QString& where, std::chrono::milliseconds timeout)
{
    std::shared_ptr<Connection> c(new Connection);
    c->m_where = where;
    c->m_in = in;
    c->m_out = out;
    c->m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    c->m_reader = std::thread([raw = c.get()] { raw->readerMain(); });
    if (Error e = c->greet(timeout, nullptr))
        return e;
    return c;
}

Error Connection::greet(std::chrono::milliseconds timeout, const std::atomic<bool>* cancel)
{
    Hello hello;
    hello.version = QStringLiteral(PROCGLASS_VERSION);
    hello.uid = ::geteuid();
    Writer w;
    put(w, hello);
    {
        std::lock_guard lock(m_writeMutex);
        (void)writeNoSigpipe(m_out, Type::Hello, 0, Final, w.data());
    }
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::unique_lock lock(m_mutex);
    while (!m_haveHello && !m_lost && !m_greetError) {
        if (cancel && *cancel) {
            lock.unlock();
            close();
            return makeError(ErrorKind::Cancelled, tr("Connecting to the agent (%1) was cancelled.").arg(m_where));
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            lock.unlock();
            const QString tail = tailText(stderrTail());
            close();
            return makeError(ErrorKind::Timeout,
                tr("The agent command %1 did not answer within %2 s%3. Check that procglass-agent is installed "
                   "where the command runs.")
                    .arg(m_where)
                    .arg(timeout.count() / 1000)
                    .arg(tail.isEmpty() ? QString() : tr(" (it said: %1)").arg(tail)));
        }
        m_greeted.wait_for(lock, std::chrono::milliseconds(100));
    }
    if (m_haveHello && m_peer.major == kProtocolMajor)
        return {};
    Error e = m_greetError ? m_greetError : m_lost;
    if (m_haveHello && m_peer.major != kProtocolMajor)
        e = makeError(ErrorKind::InvalidArgument,
            tr("The agent (%1) speaks protocol %2.%3 and Procglass %4.%5: install the same Procglass version on "
               "both sides.")
                .arg(m_where)
                .arg(m_peer.major)
                .arg(m_peer.minor)
                .arg(kProtocolMajor)
                .arg(kProtocolMinor));
    lock.unlock();
    close();
    // Once the command has ended, what it said on stderr is the reason (ssh's "Permission denied").
    const QString tail = tailText(stderrTail());
    if (!m_haveHello && !m_greetError)
        e = makeError(e.kind == ErrorKind::None ? ErrorKind::Io : e.kind,
            tail.isEmpty() ? tr("The agent command %1 ended before it greeted Procglass.").arg(m_where)
                           : tr("The agent command %1 failed: %2").arg(m_where, tail),
            e.errnum);
    return e;
}

namespace {
std::mutex s_closingMutex;
std::condition_variable s_closingDone;
int s_closing = 0;
} // namespace

void Connection::closeInBackground(std::shared_ptr<Connection> connection)
{
    if (!connection)
        return;
    {
        std::lock_guard lock(s_closingMutex);
        ++s_closing;
    }
    std::thread([connection = std::move(connection)]() mutable {
        connection->close();
        connection.reset();
        std::lock_guard lock(s_closingMutex);
        --s_closing;
        s_closingDone.notify_all();
    }).detach();
}

bool Connection::waitForClosed(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(s_closingMutex);
    return s_closingDone.wait_for(lock, timeout, [] { return s_closing == 0; });
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    if (m_closed.exchange(true))
        return;
    // Callers fail at once with "it was closed"; then the agent is told to go by the end of its
    // stdin. A request stuck writing into a pipe the agent no longer reads (a hung agent, a
    // stalled link) holds the write lock: end the agent, which breaks the pipe and frees the
    // writer -- and if that is not allowed (pkexec's agent is root's), leave the pipe to the end
    // of this process rather than wait for ever.
    markLost(tr("it was closed"));
    std::unique_lock write(m_writeMutex, std::defer_lock);
    if (!write.try_lock() && m_child > 0) {
        ::kill(m_child, SIGTERM);
        (void)write.try_lock_for(std::chrono::seconds(2));
    }
    if (write.owns_lock()) {
        closeFd(m_out); // the agent sees its stdin end: it releases every hold and exits
        write.unlock();
    }
    if (m_child > 0) {
        // Give it a moment to go by itself (ssh, pkexec pass the end on), then insist.
        int status = 0;
        bool reaped = false;
        for (int i = 0; i < 100 && !reaped; ++i) {
            const pid_t r = ::waitpid(m_child, &status, WNOHANG);
            reaped = r == m_child || (r < 0 && errno == ECHILD);
            if (!reaped)
                ::usleep(20000);
        }
        if (!reaped) {
            ::kill(m_child, SIGTERM);
            for (int i = 0; i < 50 && !reaped; ++i) {
                reaped = ::waitpid(m_child, &status, WNOHANG) != 0;
                if (!reaped)
                    ::usleep(20000);
            }
        }
        if (!reaped) {
            ::kill(m_child, SIGKILL);
            (void)::waitpid(m_child, &status, 0);
        }
        m_child = -1;
    }
    if (m_wake >= 0) {
        const quint64 one = 1;
        (void)!::write(m_wake, &one, sizeof one);
    }
    if (m_reader.joinable() && m_reader.get_id() != std::this_thread::get_id())
        m_reader.join();
    closeFd(m_in);
    closeFd(m_err);
    closeFd(m_wake);
}

Error Connection::lost() const
{
    std::lock_guard lock(m_mutex);
    return m_lost;
}

QString Connection::stderrTail() const
{
    std::lock_guard lock(m_mutex);
    return QString::fromLocal8Bit(m_stderr);
}

void Connection::markLost(const QString& why)
{
    std::map<quint64, std::shared_ptr<Call>> calls;
    {
        std::lock_guard lock(m_mutex);
        if (m_lost)
            return;
        m_lost = makeError(ErrorKind::Io, tr("The connection to the agent (%1) was lost: %2").arg(m_where, why), EPIPE);
        calls = m_calls;
        for (auto& [id, call] : calls)
            call->wake.notify_all();
        // Every open target's exit fd: its process is out of reach now. Written under the lock
        // (eventfds, non-blocking): unwatchExit() cannot close one meanwhile, and a number
        // closed and reused for another file never gets these 8 bytes.
        for (auto& [handle, fd] : m_exitFds) {
            const quint64 one = 1;
            (void)!::write(fd, &one, sizeof one);
        }
    }
    m_greeted.notify_all();
}

void Connection::fail(const QString& why)
{
    markLost(why);
    std::lock_guard lock(m_writeMutex);
    closeFd(m_out);
}

void Connection::readerMain()
{
    // Frame by frame: the header alone, then exactly its payload. Read data (nearly all the bytes)
    // goes from our buffer straight into the caller's (deliverReadData); every other frame goes
    // through the FrameDecoder as it came, which checks it.
    FrameDecoder decoder;
    std::vector<char> buffer(std::max<size_t>(1 << 20, kMaxPayload));
    char head[kHeaderSize];
    qsizetype headGot = 0, want = 0, got = 0;
    bool inPayload = false, direct = false, inMessage = false;
    // A read-data frame's bytes go from the pipe into the caller's span itself: the call is
    // pinned meanwhile (end() waits), so the span outlives our reads.
    std::shared_ptr<Call> pinned;
    std::byte* sinkAt = nullptr;
    qsizetype sinkWant = 0, sinkGot = 0;
    const auto unpin = qScopeGuard([&] {
        if (pinned) {
            std::lock_guard lock(m_mutex);
            pinned->pinned = false;
            pinned->wake.notify_all();
        }
    });
    quint64 id = 0;
    quint8 flags = 0;
    bool outOpen = true, errOpen = m_err >= 0;
    QString why;
    // Takes every whole message the decoder has; false when the stream is broken (why says why).
    auto drain = [&] {
        Frame frame;
        FrameDecoder::Status status;
        while ((status = decoder.next(&frame)) == FrameDecoder::Status::Message) {
            deliver(std::move(frame));
            if (lost())
                return false;
        }
        if (status == FrameDecoder::Status::Broken) {
            why = protocolError(decoder.error()).message;
            return false;
        }
        return true;
    };
    while (outOpen) {
        pollfd fds[3] = { { m_in, POLLIN, 0 }, { m_wake, POLLIN, 0 }, { errOpen ? m_err : -1, POLLIN, 0 } };
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            why = QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        if (fds[1].revents)
            break; // close()
        if (fds[2].revents) {
            const ssize_t n = ::read(m_err, buffer.data(), buffer.size());
            if (n <= 0) {
                errOpen = false;
            } else {
                std::lock_guard lock(m_mutex);
                m_stderr.append(buffer.data(), n);
                if (m_stderr.size() > kStderrKeep)
                    m_stderr.remove(0, m_stderr.size() - kStderrKeep);
            }
        }
        if (!fds[0].revents)
            continue;
        // A read-data frame's first bytes alone: they say where the rest goes.
        const qsizetype upTo = direct && got < kReadDataHead ? std::min(want, kReadDataHead) : want;
        const ssize_t n = pinned ? ::read(m_in, sinkAt + sinkGot, size_t(sinkWant - sinkGot))
            : inPayload          ? ::read(m_in, buffer.data() + got, size_t(upTo - got))
                                 : ::read(m_in, head + headGot, size_t(kHeaderSize - headGot));
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n <= 0) {
            // Its stderr may still hold the reason: take what is there.
            if (errOpen) {
                for (int i = 0; i < 20; ++i) {
                    pollfd e { m_err, POLLIN, 0 };
                    if (::poll(&e, 1, 50) <= 0)
                        break;
                    const ssize_t k = ::read(m_err, buffer.data(), buffer.size());
                    if (k <= 0)
                        break;
                    std::lock_guard lock(m_mutex);
                    m_stderr.append(buffer.data(), k);
                    if (m_stderr.size() > kStderrKeep)
                        m_stderr.remove(0, m_stderr.size() - kStderrKeep);
                }
            }
            const QString tail = tailText(stderrTail());
            why = n == 0 ? (tail.isEmpty() ? tr("the agent ended") : tr("the agent ended (it said: %1)").arg(tail))
                         : QString::fromLocal8Bit(std::strerror(errno));
            break;
        }
        if (pinned) {
            sinkGot += n;
            if (sinkGot < sinkWant)
                continue;
            std::lock_guard lock(m_mutex);
            pinned->sinkNext += quint64(sinkWant);
            pinned->pinned = false;
            pinned->wake.notify_all();
            pinned.reset();
            inPayload = false;
            continue;
        }
        if (!inPayload) {
            headGot += n;
            if (headGot < qsizetype(kHeaderSize))
                continue;
            headGot = 0;
            const quint32 length = qFromLittleEndian<quint32>(head);
            const quint16 type = qFromLittleEndian<quint16>(head + 4);
            flags = quint8(head[6]);
            id = qFromLittleEndian<quint64>(head + 8);
            // A whole read-data message outside any other message, of a size we accept, bypasses the
            // decoder; everything else (a hostile header too) is the decoder's to judge first.
            direct = Type(type) == Type::ReadData && head[7] == 0 && (flags & ~Final) == 0 && !inMessage
                && length <= kMaxPayload;
            if (!direct) {
                decoder.feed(QByteArrayView(head, kHeaderSize));
                inMessage = (flags & More) != 0;
                if (!drain())
                    break; // a length, type or flags refused before any payload is read
            }
            want = qsizetype(length);
            got = 0;
            inPayload = true;
        } else {
            got += n;
        }
        if (direct && got == kReadDataHead && want > got && startSinkRead(id, buffer.data(), want, &pinned)) {
            // The rest of this frame is the data: into the call's span (see startSinkRead).
            std::lock_guard lock(m_mutex);
            sinkAt = pinned->sink.data() + pinned->sinkNext;
            sinkWant = want - kReadDataHead;
            sinkGot = 0;
            continue;
        }
        if (got < want)
            continue;
        inPayload = false;
        if (direct) {
            deliverReadData(id, flags, QByteArrayView(buffer.data(), want));
            if (lost())
                return;
            continue;
        }
        if (want > 0) {
            decoder.feed(QByteArrayView(buffer.data(), want));
            if (!drain())
                break;
        }
        if (lost())
            return;
    }
    if (why.isEmpty())
        why = tr("it was closed");
    fail(why);
}

bool Connection::startSinkRead(quint64 id, const char* head, qsizetype length, std::shared_ptr<Call>* pin)
{
    // head: the frame's first kReadDataHead bytes, the offset and the data's length.
    const quint64 offset = qFromLittleEndian<quint64>(head);
    const quint32 size = qFromLittleEndian<quint32>(head + 8);
    std::lock_guard lock(m_mutex);
    const auto c = m_calls.find(id);
    if (c == m_calls.end() || m_lost)
        return false;
    Call& call = *c->second;
    if (call.finished || call.type != Type::Read || offset != call.sinkNext || qsizetype(size) != length - kReadDataHead
        || offset + size > call.sink.size())
        return false; // deliverReadData() judges it as a whole
    call.pinned = true;
    *pin = c->second;
    return true;
}

void Connection::deliverReadData(quint64 id, quint8 flags, QByteArrayView payload)
{
    std::unique_lock lock(m_mutex);
    const auto c = m_calls.find(id);
    if (c == m_calls.end() || c->second->finished)
        return; // a late reply to a call given up
    Call& call = *c->second;
    if (call.type != Type::Read) {
        lock.unlock();
        return deliver(Frame { Type::ReadData, flags, id, payload.toByteArray() });
    }
    Reader r(payload);
    const quint64 offset = r.u64();
    const QByteArrayView data = r.view(kMaxPayload);
    if (!r.done() || offset != call.sinkNext || offset + quint64(data.size()) > call.sink.size()) {
        lock.unlock();
        return fail(protocolError(tr("read data outside the range asked for")).message);
    }
    if (!data.isEmpty())
        std::memcpy(call.sink.data() + offset, data.data(), size_t(data.size()));
    call.sinkNext += quint64(data.size());
}

void Connection::deliver(Frame frame)
{
    if (frame.id == 0) {
        Reader r(frame.payload);
        if (frame.type == Type::Hello) {
            Hello hello;
            std::lock_guard lock(m_mutex);
            if (m_haveHello || !get(r, &hello)) {
                m_greetError = protocolError(tr("a second or malformed Hello"));
            } else {
                m_peer = hello;
                m_haveHello = true;
            }
            m_greeted.notify_all();
            return;
        }
        if (frame.type == Type::Error) {
            // The agent gave up on the connection (e.g. our versions differ): its reason.
            Error e;
            if (!get(r, &e))
                e = protocolError(tr("a malformed Error"));
            {
                std::lock_guard lock(m_mutex);
                if (!m_haveHello || !m_greetError)
                    m_greetError = e;
            }
            markLost(e.message);
            return;
        }
        if (frame.type == Type::Exited) {
            const quint64 handle = r.u64();
            std::lock_guard lock(m_mutex);
            if (const auto fd = m_exitFds.find(handle); fd != m_exitFds.end()) {
                const quint64 one = 1;
                (void)!::write(fd->second, &one, sizeof one);
            }
            return;
        }
        return fail(protocolError(tr("an unexpected message of type %1").arg(quint16(frame.type))).message);
    }
    std::unique_lock lock(m_mutex);
    const auto c = m_calls.find(frame.id);
    if (c == m_calls.end())
        return; // a late reply to a call given up
    Call& call = *c->second;
    if (call.finished)
        return;
    if (frame.type == Type::ReadData && call.type == Type::Read) {
        Reader r(frame.payload);
        const quint64 offset = r.u64();
        const QByteArrayView data = r.view(kMaxPayload);
        if (!r.done() || offset != call.sinkNext || offset + quint64(data.size()) > call.sink.size()) {
            lock.unlock();
            return fail(protocolError(tr("read data outside the range asked for")).message);
        }
        if (!data.isEmpty())
            std::memcpy(call.sink.data() + offset, data.data(), size_t(data.size()));
        call.sinkNext += quint64(data.size());
        return;
    }
    if (frame.type == Type::Error || (frame.flags & Final))
        call.finished = true;
    call.frames.push_back(std::move(frame));
    call.wake.notify_all();
}

std::shared_ptr<Connection::Call> Connection::begin(Type type, QByteArrayView payload, std::span<std::byte> sink)
{
    auto call = std::make_shared<Call>();
    call->type = type;
    call->sink = sink;
    {
        std::lock_guard lock(m_mutex);
        call->id = m_nextId++;
        if (m_lost)
            return call; // next() says why
        m_calls[call->id] = call;
    }
    std::lock_guard lock(m_writeMutex);
    if (m_out < 0)
        return call;
    if (const int e = writeNoSigpipe(m_out, type, call->id, 0, payload)) {
        markLost(QString::fromLocal8Bit(std::strerror(e)));
        closeFd(m_out);
    }
    return call;
}

Connection::Wait Connection::next(Call& call, Frame* out, Error* error, std::chrono::milliseconds slice)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + slice;
    for (;;) {
        if (!call.frames.empty()) {
            *out = std::move(call.frames.front());
            call.frames.pop_front();
            if (out->type == Type::Error) {
                Reader r(out->payload);
                if (!get(r, error) || !r.done()) {
                    lock.unlock();
                    fail(protocolError(tr("a malformed Error")).message);
                    *error = lost();
                }
                return Wait::Failed;
            }
            return Wait::Message;
        }
        if (m_lost) {
            *error = m_lost;
            return Wait::Failed;
        }
        if (call.wake.wait_until(lock, deadline) == std::cv_status::timeout && call.frames.empty() && !m_lost)
            return Wait::Idle;
    }
}

Result<QByteArray> Connection::call(Type type, QByteArrayView payload)
{
    auto c = begin(type, payload);
    Frame frame;
    Error error;
    for (;;) {
        const Wait w = next(*c, &frame, &error);
        if (w == Wait::Failed) {
            end(*c);
            return error;
        }
        if (w == Wait::Message && frame.type == type && (frame.flags & Final)) {
            end(*c);
            return std::move(frame.payload);
        }
        if (w == Wait::Message) {
            end(*c);
            fail(protocolError(
                tr("a reply of type %1 to a request of type %2").arg(quint16(frame.type)).arg(quint16(type)))
                     .message);
            return lost();
        }
    }
}

void Connection::cancel(const Call& call)
{
    Writer w;
    w.u64(call.id);
    std::lock_guard lock(m_writeMutex);
    if (m_out >= 0)
        (void)writeNoSigpipe(m_out, Type::Cancel, 0, Final, w.data());
}

void Connection::end(const Call& call)
{
    std::unique_lock lock(m_mutex);
    const auto c = m_calls.find(call.id);
    if (c == m_calls.end())
        return;
    // The reader may be reading this call's data into its span: the span must outlive that.
    while (c->second->pinned)
        c->second->wake.wait(lock);
    m_calls.erase(c);
}

void Connection::watchExit(quint64 handle, int fd)
{
    std::lock_guard lock(m_mutex);
    m_exitFds[handle] = fd;
    if (m_lost) {
        const quint64 one = 1;
        (void)!::write(fd, &one, sizeof one);
    }
}

void Connection::unwatchExit(quint64 handle)
{
    std::lock_guard lock(m_mutex);
    m_exitFds.erase(handle);
}

} // namespace procglass::agent
