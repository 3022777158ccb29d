// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>

#include "agent/protocol.h"

#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace procglass {

class LocalHost;

namespace agent {

// The agent's side: serves LocalHost (this computer, as whoever started the agent) to the peer on
// in/out. Requests run on worker threads (reads, searches, dumps, files); each hold is acquired,
// used and released on a thread of its own (ptrace's tracer is a thread); replies are written
// whole under one lock. When in closes, or the peer breaks the protocol, every hold is released and run() returns.
class Server
{
    Q_DECLARE_TR_FUNCTIONS(procglass::agent::Server)

public:
    Server(int in, int out);
    // Not for the program: it ends with _exit once run() returns (a worker may still be blocked on
    // a target or on the pipe). Tests that run a server in process must let its workers end.
    ~Server();
    // Serves until the peer goes; returns the program's exit code.
    int run();

    // When the agent runs as root for another user (pkexec's PKEXEC_UID, sudo's SUDO_UID): that
    // user, whose rules agent-side output paths follow; -1 otherwise.
    [[nodiscard]] static qint64 invokingUid();

    // Requests under way at most (each holds its payload until a worker takes it).
    static constexpr size_t kMaxRequests = 1024;
    // Unknown-value scans' baselines one peer may keep here: how many, and their ranges' bytes in
    // all (what they may keep; beyond the process's memory cap in scratch files on this computer).
    static constexpr size_t kMaxBaselines = 16;
    static constexpr quint64 kMaxBaselineBytes = 64ull << 30;

private:
    struct Request
    {
        Frame frame;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    struct HoldThread;
    struct Open
    {
        std::shared_ptr<Target> target;
        bool exitReported = false;
    };

    void send(Type type, quint64 id, quint8 flags, QByteArrayView head, QByteArrayView tail = {});
    void reply(const Frame& request, const Writer& w) { send(request.type, request.id, Final, w.data()); }
    void replyError(quint64 id, const Error& error);
    [[nodiscard]] bool dispatch(Frame frame); // false: not a request (the peer is broken)
    void serve(const Request& request); // on a worker
    void holdMain(const std::shared_ptr<HoldThread>& thread, const Request& request);
    void serveHold(const Request& request, HoldThread& thread); // on the hold's thread
    [[nodiscard]] std::shared_ptr<Target> target(quint64 handle);
    void watchMain();
    void wakeWatcher();
    void finish();

    void read(const Request& q, Reader& r);
    void search(const Request& q, Reader& r);
    void dump(const Request& q, Reader& r, TargetHold* hold = nullptr);
    void unknownScan(const Request& q, Reader& r, quint64 handle, const std::shared_ptr<Target>& t);
    void unknownNext(const Request& q, Reader& r, quint64 handle);

    int m_in;
    int m_out;
    std::unique_ptr<LocalHost> m_host;
    std::mutex m_writeMutex;
    std::atomic<bool> m_outBroken = false;

    std::mutex m_mutex; // guards the maps below
    quint64 m_nextHandle = 1;
    std::map<quint64, Open> m_targets;
    std::map<quint64, std::shared_ptr<ImageBytes>> m_files;
    struct KeptBaseline
    {
        quint64 target = 0; // the open target's handle it was made of
        quint64 budget = 0; // its ranges' bytes, counted against kMaxBaselineBytes
        std::shared_ptr<ScanBaseline> baseline;
    };
    std::map<quint64, KeptBaseline> m_baselines; // by baseline id
    quint64 m_baselineBudget = 0; // reserved by m_baselines and captures under way
    size_t m_baselineCount = 0; // the same, counted
    std::map<quint64, std::shared_ptr<std::atomic<bool>>> m_cancels; // by request id
    // A hold lives on a thread of its own (ptrace's tracer is a thread): acquired, used, released
    // there; the thread ends after, which also lets go of any thread an abandoned hold left traced.
    struct HoldThread
    {
        std::shared_ptr<std::atomic<bool>> abandon; // must outlive the hold
        std::unique_ptr<TargetHold> hold; // only touched on its thread
        quint64 handle = 0; // the open target it holds: a core written with it must be of that one
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<std::function<void()>> tasks;
        bool stop = false;
    };
    std::map<quint64, std::shared_ptr<HoldThread>> m_holds; // by hold id
    std::mutex m_activeMutex;
    std::condition_variable m_activeDone;
    int m_activeHolds = 0; // hold threads running
    std::thread m_watcher;
    int m_wakeFd = -1;
    std::atomic<bool> m_stopping = false;

    QThreadPool m_pool;
};

} // namespace agent
} // namespace procglass
