// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "core/io/dump.h"
#include "core/io/dumpjob.h"
#include "core/model/error.h"
#include "core/model/pagecache.h"
#include "core/parse/mapsparser.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <memory>
#include <new>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace procglass {

class HoldController;

// One open target (of this computer or of an agent: a Target of a Host), living on a QThread of
// its own: the kernel makes the thread that seizes a process its tracer, so the hold and every
// request stay on this thread; an agent's target may block for as long as its link takes. The GUI
// talks to it only through queued calls and signals, so it never waits for the target.
class TargetSession : public QObject
{
    Q_OBJECT
public:
    // Lost: the connection to the agent that reads the target is gone (the process may well live on).
    enum class State { Running, Held, Exited, Lost };
    Q_ENUM(State)

    // Moves itself to a new thread and starts watching the target for its exit.
    // host: where target lives (its connectionError() tells a lost link from an exit).
    TargetSession(std::shared_ptr<Host> host, std::shared_ptr<Target> target);

    // Deleting a session (delete, unique_ptr::reset, from any thread) returns at once: it is a
    // destroying delete that hands the session to its thread instead of waiting for it. From then
    // on no signal of it reaches anyone; a hold being acquired gives up, requests still queued
    // are dropped (writes and exports already asked for still run: cancel an export through its
    // progress), the hold is released, and the session is destroyed on its thread, which then
    // ends. The target always runs again: when the thread releases it, or -- if this process dies
    // first -- when the kernel detaches the tracer. waitForClosedSessions() lets main() wait for it.
    static void operator delete(TargetSession* session, std::destroying_delete_t);
    // Runs only through delete (see above), on the session thread; public for delete's sake.
    ~TargetSession() override;
    // Waits until every session thread has let go of its target and ended, at most timeout.
    // True when none is left. For the end of main(), after the window (and its session) is gone.
    [[nodiscard]] static bool waitForClosedSessions(std::chrono::milliseconds timeout);
    // Session threads not ended yet (open sessions and closing ones).
    [[nodiscard]] static int runningSessionThreads();

    [[nodiscard]] std::shared_ptr<Target> target() const { return m_target; }
    [[nodiscard]] std::shared_ptr<Host> host() const { return m_host; }

    // Thread-safe requests; results arrive as signals.
    void requestHold();
    void requestRelease();
    void requestRegions();
    // Reads these cache pages and answers with pagesReady(generation, ...). A request whose
    // generation is older than the newest one asked for is dropped unread: the view has moved on.
    void requestPages(quint64 generation, std::vector<procglass::Address> pageBases);
    // Writes bytes into the target (Target::write) and answers with written().
    void requestWrite(procglass::Address address, QByteArray bytes);
    // Runs an export on the session thread with the target stopped (briefly, unless it is held)
    // and answers with dumped(). Cores need the hold for the threads' registers.
    void requestDump(procglass::DumpJob job);

signals:
    void stateChanged(procglass::TargetSession::State state);
    void regionsReady(const procglass::ParsedMaps& maps);
    void pagesReady(quint64 generation, const std::vector<procglass::PageCache::Page>& pages);
    // count < bytes.size() means the write stopped there; error says why. oldBytes: what the
    // target held there just before the write (read on this thread, so it is what was replaced).
    void written(procglass::Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count,
        const procglass::Error& error);
    void failed(const procglass::Error& error);
    // Before stateChanged(Lost): what the host said of the lost connection.
    void connectionLost(const procglass::Error& error);
    void dumped(const QString& path, const procglass::DumpReport& report, const procglass::Error& error);

private:
    void close();
    void shutDown();
    void start();
    void hold();
    void release();
    void loadRegions();
    void loadPages(quint64 generation, const std::vector<Address>& pageBases);
    void onExited();
    // The target's exit fd fired or a request failed for good: an exit, or the agent's link lost.
    void onGone();
    void setState(State state);

    std::shared_ptr<Host> m_host;
    std::shared_ptr<Target> m_target;
    // Not owned: it deletes itself (on the owner's thread) once it has finished.
    QThread* m_thread = nullptr;
    // Set by delete: every wait for the target gives up, nothing more is started.
    std::atomic<bool> m_closing = false;
    bool m_shutDown = false; // on m_thread: the target is released, the next delete destroys
    // Created and destroyed on m_thread.
    std::unique_ptr<HoldController> m_hold;
    QSocketNotifier* m_exitNotifier = nullptr;
    QTimer* m_deathWatch = nullptr;
    State m_state = State::Running;
    std::atomic<quint64> m_newestGeneration = 0;
};

} // namespace procglass

Q_DECLARE_METATYPE(procglass::ParsedMaps)
Q_DECLARE_METATYPE(procglass::Error)
Q_DECLARE_METATYPE(procglass::DumpReport)
Q_DECLARE_METATYPE(std::vector<procglass::PageCache::Page>)
