// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "hold.h"
#include "core/model/tr.h"

#include "access.h"
#include "procfs.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <elf.h>
#include <set>
#include <sys/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace procglass {

namespace { } // namespace

Hold::Hold(const ProcessIdentity& identity, const std::atomic<bool>* abandon)
    : m_identity(identity)
    , m_tracerTid(gettid())
    , m_abandon(abandon)
{ }

Hold::~Hold()
{
    release();
}

Result<std::vector<Hold::ThreadState>> Hold::threadStates() const
{
    std::vector<ThreadState> states;
    for (const Task& t : m_tasks) {
        ThreadState state;
        state.tid = t.tid;
        user_regs_struct regs {};
        iovec io { &regs, sizeof regs };
        if (ptrace(PTRACE_GETREGSET, t.tid, NT_PRSTATUS, &io) != 0)
            return errorFromErrno(errno, tr("Cannot read the registers of thread %1").arg(t.tid));
        state.registers = QByteArray(reinterpret_cast<const char*>(&regs), qsizetype(io.iov_len));
        user_fpregs_struct fp {};
        iovec fpio { &fp, sizeof fp };
        if (ptrace(PTRACE_GETREGSET, t.tid, NT_PRFPREG, &fpio) == 0)
            state.fpRegisters = QByteArray(reinterpret_cast<const char*>(&fp), qsizetype(fpio.iov_len));
        states.push_back(std::move(state));
    }
    // The kernel puts the thread that dumps first; gdb shows the first as the current thread.
    std::stable_partition(
        states.begin(), states.end(), [this](const ThreadState& s) { return s.tid == m_identity.pid; });
    return states;
}

std::vector<pid_t> Hold::threads() const
{
    std::vector<pid_t> tids;
    for (const Task& t : m_tasks)
        tids.push_back(t.tid);
    return tids;
}

Result<std::unique_ptr<Hold>> Hold::acquire(
    const ProcessIdentity& identity, std::chrono::milliseconds timeout, const std::atomic<bool>* abandon)
{
    const pid_t pid = identity.pid;
    auto now = readIdentity(pid);
    if (!now)
        return now.error();
    if (now->startTime != identity.startTime)
        return makeError(ErrorKind::Exited, tr("Process %1 has exited.").arg(pid), ESRCH);

    std::unique_ptr<Hold> hold(new Hold(identity, abandon));
    // The main thread may have exited (pthread_exit) while others run: ask a live one.
    hold->m_wasStopped = threadState(pid, memoryTask(pid)) == 'T';
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::set<pid_t> seen;
    // Seize what /proc/PID/task lists, wait until those are stopped, and look again: a thread
    // can only be born from a running thread, so once a look finds nothing new, we have them all.
    for (int round = 0;; ++round) {
        const size_t first = hold->m_tasks.size();
        const std::vector<pid_t> tids = listThreads(pid);
        if (tids.empty() && round == 0)
            return makeError(ErrorKind::Exited, tr("Process %1 has exited.").arg(pid), ESRCH);
        for (pid_t tid : tids) {
            if (!seen.insert(tid).second)
                continue;
            if (ptrace(PTRACE_SEIZE, tid, nullptr, nullptr) == -1) {
                const int err = errno;
                if (err == ESRCH)
                    continue; // the thread ended meanwhile
                // The kernel also answers EPERM for a thread that is exiting (a zombie): that one needs no stop.
                if (err == EPERM) {
                    const char state = threadState(pid, tid);
                    if (state == 0 || state == 'Z' || state == 'X')
                        continue;
                }
                hold->release();
                if (err == EPERM || err == EACCES)
                    return permissionError(pid, err, tr("Cannot stop process %1").arg(pid), true);
                return errorFromErrno(err, tr("Cannot stop thread %1 of process %2").arg(tid).arg(pid));
            }
            hold->m_tasks.push_back({ tid, 0 });
            ptrace(PTRACE_INTERRUPT, tid, nullptr, nullptr);
        }
        if (hold->m_tasks.size() == first)
            break;
        if (Error e = hold->waitForStops(first, deadline)) {
            hold->release();
            return e;
        }
    }
    if (hold->m_tasks.empty())
        return makeError(ErrorKind::Exited, tr("Process %1 has exited.").arg(pid), ESRCH);
    // The pid could have been recycled before the first seize; the threads we hold must be its.
    auto after = readIdentity(pid);
    if (!after || after->startTime != identity.startTime) {
        hold->release();
        return makeError(ErrorKind::Exited, tr("Process %1 has exited.").arg(pid), ESRCH);
    }
    return hold;
}

Error Hold::waitForStops(size_t first, std::chrono::steady_clock::time_point deadline)
{
    std::vector<size_t> pending;
    for (size_t i = first; i < m_tasks.size(); ++i)
        pending.push_back(i);
    std::vector<pid_t> gone;
    int spins = 0;
    while (!pending.empty()) {
        for (auto it = pending.begin(); it != pending.end();) {
            Task& task = m_tasks[*it];
            int status = 0;
            const pid_t r = waitpid(task.tid, &status, __WALL | WNOHANG);
            if (r == 0) {
                ++it;
                continue;
            }
            if (r == task.tid && WIFSTOPPED(status)) {
                // status >> 16 == PTRACE_EVENT_STOP: our interrupt or a group stop; nothing to redeliver.
                // Otherwise a signal arrived first and the thread stopped to deliver it: keep it for detach.
                if ((status >> 16) == 0)
                    task.pendingSignal = WSTOPSIG(status);
            } else {
                gone.push_back(task.tid); // exited (or reaped by someone else): no longer ours to hold
            }
            it = pending.erase(it);
        }
        if (pending.empty())
            break;
        if (abandoned())
            return makeError(ErrorKind::Cancelled,
                tr("Procglass stopped waiting for process %1 to stop: the target was closed.").arg(m_identity.pid));
        if (std::chrono::steady_clock::now() > deadline) {
            const pid_t tid = m_tasks[pending.front()].tid;
            const char state = threadState(m_identity.pid, tid);
            return makeError(ErrorKind::Timeout,
                tr("Thread %1 of process %2 did not stop in time (state %3%4). Try again, or read without "
                   "stopping the target.")
                    .arg(tid)
                    .arg(m_identity.pid)
                    .arg(QLatin1Char(state ? state : '?'))
                    .arg(state == 'D' ? tr(": waiting inside the kernel, e.g. for a disk or a network file system")
                                      : QString()));
        }
        if (++spins > 100)
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        else
            std::this_thread::yield();
    }
    std::erase_if(m_tasks, [&](const Task& t) { return std::find(gone.begin(), gone.end(), t.tid) != gone.end(); });
    return {};
}

bool Hold::targetDied() const
{
    // A main thread that called pthread_exit() is a zombie while the process lives on in its other
    // threads: the process has died only when no thread is left alive.
    if (!threadEnded(threadState(m_identity.pid, m_identity.pid)))
        return false;
    return threadEnded(threadState(m_identity.pid, memoryTask(m_identity.pid)));
}

Error Hold::release()
{
    if (m_tasks.empty())
        return {};
    if (gettid() != m_tracerTid) {
        // The kernel would answer ESRCH: only the tracer thread may detach. This is a bug in the caller.
        qFatal("procglass::Hold released from thread %d, but thread %d holds it", gettid(), m_tracerTid);
    }
    Error first;
    std::vector<pid_t> dying;
    std::vector<pid_t> unstopped;
    for (const Task& t : m_tasks) {
        if (ptrace(PTRACE_DETACH, t.tid, nullptr, reinterpret_cast<void*>(intptr_t(t.pendingSignal))) == 0)
            continue;
        if (errno != ESRCH) {
            if (!first)
                first = errorFromErrno(
                    errno, tr("Cannot release thread %1 of process %2").arg(t.tid).arg(m_identity.pid));
            continue;
        }
        // ESRCH: the thread is ours but not in a stop. Either it is dying -- a thread detached
        // before it may have started a group exit (a fatal signal that waited for the release),
        // and a traced thread that dies stays a zombie until its tracer reaps it, which blocks its
        // parent from reaping the process -- or it never stopped (acquire timed out while it sat
        // in the kernel), and our interrupt would stop it the moment it comes out: wait for that
        // stop and detach, or it stays stopped.
        const char state = threadState(m_identity.pid, t.tid);
        (state == 0 || state == 'Z' || state == 'X' ? dying : unstopped).push_back(t.tid);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(unstopped.empty() ? 2 : 10);
    // Abandoned: this thread ends soon, and the kernel then lets go of them all (and reaps the dead).
    while ((!dying.empty() || !unstopped.empty()) && std::chrono::steady_clock::now() < deadline && !abandoned()) {
        std::erase_if(dying, [](pid_t tid) {
            int status = 0;
            const pid_t r = waitpid(tid, &status, __WALL | WNOHANG);
            return r == tid || (r < 0 && errno == ECHILD);
        });
        std::erase_if(unstopped, [](pid_t tid) {
            int status = 0;
            const pid_t r = waitpid(tid, &status, __WALL | WNOHANG);
            if (r == 0)
                return false;
            if (r == tid && WIFSTOPPED(status)) {
                const int signal = (status >> 16) == 0 ? WSTOPSIG(status) : 0;
                ptrace(PTRACE_DETACH, tid, nullptr, reinterpret_cast<void*>(intptr_t(signal)));
            }
            return true;
        });
        if (!dying.empty() || !unstopped.empty())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (!unstopped.empty() && !first) {
        // The kernel lets go of it when this thread ends (the session thread, or the CLI).
        first = makeError(ErrorKind::Timeout,
            tr("Thread %1 of process %2 is still busy in the kernel; it will run again when Procglass closes the "
               "target.")
                .arg(unstopped.front())
                .arg(m_identity.pid));
    }
    m_tasks.clear();
    return first;
}

} // namespace procglass
