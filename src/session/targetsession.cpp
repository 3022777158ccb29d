// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/targetsession.h"

#include "session/holdcontroller.h"

#include "core/host/rundump.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace procglass {

namespace {

// Every session thread not ended yet: main() waits for them (waitForClosedSessions) so that a
// target held at quit is released by its session, not left to the kernel. Never destroyed: a
// thread may end during static destruction.
struct SessionThreads
{
    std::mutex mutex;
    std::condition_variable ended;
    int running = 0;
    // The pids of sessions closed but whose thread has not ended: until it has, that thread may
    // still be the target's tracer (an export finishing), and the kernel would refuse another.
    std::vector<pid_t> closing;
};

// How long a new session of a process waits for a closed one to let go of it.
constexpr std::chrono::seconds kWaitForClosedSession { 5 };

SessionThreads& sessionThreads()
{
    static auto* threads = new SessionThreads;
    return *threads;
}

} // namespace

TargetSession::TargetSession(std::shared_ptr<Host> host, std::shared_ptr<Target> target)
    : m_host(std::move(host))
    , m_target(std::move(target))
{
    qRegisterMetaType<ParsedMaps>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<std::vector<PageCache::Page>>();
    qRegisterMetaType<State>();
    qRegisterMetaType<DumpReport>();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("target %1").arg(m_target->identity().pid));
    {
        const std::lock_guard lock(sessionThreads().mutex);
        ++sessionThreads().running;
    }
    // Direct: on the ending thread itself, once its event loop (and the session) is gone, and
    // with it whatever the kernel still counted this thread a tracer of.
    connect(m_thread, &QThread::finished, [pid = m_target->identity().pid] {
        SessionThreads& threads = sessionThreads();
        const std::lock_guard lock(threads.mutex);
        --threads.running;
        if (const auto it = std::find(threads.closing.begin(), threads.closing.end(), pid); it != threads.closing.end())
            threads.closing.erase(it);
        threads.ended.notify_all();
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(this, &TargetSession::start, Qt::QueuedConnection);
}

TargetSession::~TargetSession() = default; // on m_thread, after shutDown()

void TargetSession::operator delete(TargetSession* session, std::destroying_delete_t)
{
    if (!session->m_closing.exchange(true)) {
        session->close(); // the owner lets go: hand it to its thread
        return;
    }
    // The deleteLater() of shutDown(), on the session thread: now it really goes.
    Q_ASSERT(session->m_shutDown && QThread::currentThread() == session->m_thread);
    QThread* thread = session->m_thread;
    session->~TargetSession();
    ::operator delete(session);
    thread->quit();
}

void TargetSession::close()
{
    // m_closing is set: a hold being acquired gives up, queued requests are dropped. Nothing the
    // session still says may reach the owner, who is done with it.
    {
        const std::lock_guard lock(sessionThreads().mutex);
        sessionThreads().closing.push_back(m_target->identity().pid);
    }
    disconnect(this, nullptr, nullptr, nullptr);
    QMetaObject::invokeMethod(this, &TargetSession::shutDown, Qt::QueuedConnection);
}

void TargetSession::shutDown()
{
    // Let go of the target from the thread that holds it, then end that thread.
    delete m_exitNotifier;
    m_exitNotifier = nullptr;
    delete m_deathWatch;
    m_deathWatch = nullptr;
    if (m_hold)
        m_hold->release();
    m_hold.reset();
    m_shutDown = true;
    deleteLater();
}

bool TargetSession::waitForClosedSessions(std::chrono::milliseconds timeout)
{
    SessionThreads& threads = sessionThreads();
    std::unique_lock lock(threads.mutex);
    return threads.ended.wait_for(lock, timeout, [&] { return threads.running == 0; });
}

int TargetSession::runningSessionThreads()
{
    const std::lock_guard lock(sessionThreads().mutex);
    return sessionThreads().running;
}

void TargetSession::start()
{
    // The same process closed a moment ago (opened again, say): its session may still be its
    // tracer. Wait here, on this thread, for that one to let go, so that a hold is not refused.
    {
        SessionThreads& threads = sessionThreads();
        std::unique_lock lock(threads.mutex);
        const pid_t pid = m_target->identity().pid;
        threads.ended.wait_for(lock, kWaitForClosedSession,
            [&] { return std::find(threads.closing.begin(), threads.closing.end(), pid) == threads.closing.end(); });
    }
    m_hold = std::make_unique<HoldController>(m_target, &m_closing);
    if (const int fd = m_target->exitFd(); fd >= 0) {
        m_exitNotifier = new QSocketNotifier(fd, QSocketNotifier::Read);
        connect(m_exitNotifier, &QSocketNotifier::activated, this, &TargetSession::onGone);
    }
    // While we hold it, a killed target cannot finish dying (its threads wait for us to reap
    // them), so the pidfd stays quiet: look for the death ourselves.
    m_deathWatch = new QTimer(this);
    m_deathWatch->setInterval(200);
    connect(m_deathWatch, &QTimer::timeout, this, [this] {
        if (m_hold->heldTargetDied())
            onGone();
    });
}

void TargetSession::requestHold()
{
    QMetaObject::invokeMethod(this, &TargetSession::hold, Qt::QueuedConnection);
}

void TargetSession::requestRelease()
{
    QMetaObject::invokeMethod(this, &TargetSession::release, Qt::QueuedConnection);
}

void TargetSession::requestRegions()
{
    QMetaObject::invokeMethod(this, &TargetSession::loadRegions, Qt::QueuedConnection);
}

void TargetSession::requestPages(quint64 generation, std::vector<Address> pageBases)
{
    // Raised here, on the caller's thread, so that older requests already queued see it.
    quint64 newest = m_newestGeneration.load();
    while (generation > newest && !m_newestGeneration.compare_exchange_weak(newest, generation)) { }
    QMetaObject::invokeMethod(
        this, [this, generation, bases = std::move(pageBases)] { loadPages(generation, bases); }, Qt::QueuedConnection);
}

void TargetSession::loadPages(quint64 generation, const std::vector<Address>& pageBases)
{
    if (m_closing || generation < m_newestGeneration.load())
        return; // stale: the view has asked for something newer
    std::vector<PageCache::Page> pages;
    pages.reserve(pageBases.size());
    // Once the process has exited, the pages not read yet are answered as unreadable, with that
    // reason: the view must not wait for them (drawn as loading) for ever.
    const auto answerUnreadable = [&](const QString& reason) {
        for (size_t i = pages.size(); i < pageBases.size(); ++i)
            pages.push_back(PageCache::unreadablePage(pageBases[i], reason));
        emit pagesReady(generation, pages);
    };
    const auto answerExited = [&] {
        if (Error lost = m_host->connectionError()) {
            answerUnreadable(tr("the connection to the agent was lost"));
            onGone();
            return;
        }
        answerUnreadable(tr("the process exited"));
        onExited();
    };
    if (m_state == State::Lost)
        return answerUnreadable(tr("the connection to the agent was lost"));
    if (m_state == State::Exited)
        return answerExited();
    // Brief mode stops the target for this batch; in hold mode it is stopped already.
    auto stop = m_hold->stopBriefly();
    if (!stop.ok() && stop.error().kind != ErrorKind::Permission) {
        if (m_target->checkAlive() || m_host->connectionError())
            return answerExited();
        answerUnreadable(stop.error().message);
        emit failed(stop.error());
        return;
    }
    // Without permission to stop it (another tracer), read it running rather than not at all.
    for (Address base : pageBases) {
        auto page = PageCache::readPage(*m_target, base);
        if (!page) {
            if (page.error().kind == ErrorKind::Exited || m_host->connectionError())
                return answerExited();
            answerUnreadable(page.error().message);
            emit failed(page.error());
            return;
        }
        pages.push_back(std::move(*page));
    }
    emit pagesReady(generation, pages);
}

void TargetSession::requestDump(DumpJob job)
{
    QMetaObject::invokeMethod(
        this,
        [this, job = std::move(job)] {
            auto fail = [&](const Error& e) { emit dumped(job.path, {}, e); };
            if (m_state == State::Lost)
                return fail(m_host->connectionError());
            if (m_state == State::Exited)
                return fail(makeError(ErrorKind::Exited, tr("The process has exited: there is nothing to save.")));
            // A bundle's status is read first, so that it shows the process as it runs (unless the
            // user holds it).
            const BundleInfo info = dumpInfoBeforeStop(*m_target, job);
            // One consistent picture: every thread stays stopped while the file is written.
            auto brief = m_hold->stopBriefly();
            if (!brief)
                return fail(brief.error());
            const Result<DumpReport> report = m_target->dump(job, brief->get(), info);
            if (!report)
                return fail(report.error());
            emit dumped(job.path, *report, {});
        },
        Qt::QueuedConnection);
}

void TargetSession::requestWrite(Address address, QByteArray bytes)
{
    QMetaObject::invokeMethod(
        this,
        [this, address, bytes = std::move(bytes)] {
            if (m_state == State::Exited || m_state == State::Lost) {
                emit written(address, bytes, {}, 0,
                    m_state == State::Lost ? m_host->connectionError()
                                           : makeError(ErrorKind::Exited, tr("The process has exited.")));
                return;
            }
            QByteArray old(bytes.size(), '\0');
            const ReadResult before
                = m_target->read(address, std::as_writable_bytes(std::span(old.data(), size_t(old.size()))));
            if (!before.complete())
                old.clear(); // unknown: an undo could not restore it
            auto r = m_target->write(address, std::as_bytes(std::span(bytes.constData(), size_t(bytes.size()))));
            if (!r)
                emit written(address, bytes, old, 0, r.error());
            else if (*r < quint64(bytes.size()))
                emit written(address, bytes, old, *r,
                    makeError(ErrorKind::Io,
                        tr("Only %1 of %2 bytes could be written at 0x%3: the kernel refused the rest.")
                            .arg(*r)
                            .arg(bytes.size())
                            .arg(address, 0, 16)));
            else
                emit written(address, bytes, old, *r, {});
        },
        Qt::QueuedConnection);
}

void TargetSession::hold()
{
    if (m_closing || m_state != State::Running)
        return;
    if (Error e = m_hold->hold()) {
        if (m_host->connectionError())
            return onGone();
        emit failed(e);
        return;
    }
    setState(State::Held);
}

void TargetSession::release()
{
    if (m_state != State::Held)
        return;
    if (Error e = m_hold->release())
        emit failed(e);
    setState(State::Running);
}

void TargetSession::loadRegions()
{
    if (m_closing || m_state == State::Exited || m_state == State::Lost)
        return;
    auto maps = m_target->readMaps();
    if (!maps) {
        if (maps.error().kind == ErrorKind::Exited || m_host->connectionError())
            onGone();
        else
            emit failed(maps.error());
        return;
    }
    emit regionsReady(*maps);
}

void TargetSession::onGone()
{
    Error lost = m_host->connectionError();
    if (!lost) {
        onExited();
        return;
    }
    if (m_state == State::Lost || m_state == State::Exited)
        return;
    if (m_exitNotifier)
        m_exitNotifier->setEnabled(false);
    m_hold->release(); // the agent let go of it as its link closed: forget the hold
    emit connectionLost(lost);
    setState(State::Lost);
}

void TargetSession::onExited()
{
    if (m_state == State::Exited || m_state == State::Lost)
        return;
    if (m_exitNotifier)
        m_exitNotifier->setEnabled(false);
    m_hold->release(); // nothing left to release, but forget the threads
    setState(State::Exited);
}

void TargetSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    if (m_deathWatch) {
        if (state == State::Held)
            m_deathWatch->start();
        else
            m_deathWatch->stop();
    }
    emit stateChanged(state);
}

} // namespace procglass
