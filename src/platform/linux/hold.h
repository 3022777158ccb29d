// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/processinfo.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <chrono>
#include <memory>
#include <vector>

namespace procglass {

// Every thread of a process stopped with PTRACE_SEIZE + PTRACE_INTERRUPT, released with
// PTRACE_DETACH when destroyed. The kernel makes the seizing *thread* the tracer, so every call
// must come from the thread that acquired the hold. If Procglass dies, the kernel detaches and the
// target runs on; a target that was stopped (SIGSTOP) before stays stopped after.
class Hold
{
    Q_DECLARE_TR_FUNCTIONS(procglass::Hold)

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 2000 };

    // abandon, when given and set (from any thread), makes a running acquire() give up at once
    // (ErrorKind::Cancelled), and release() stop waiting for threads that are not in a stop: the
    // caller promises that the acquiring thread ends soon, which lets go of them in the kernel.
    [[nodiscard]] static Result<std::unique_ptr<Hold>> acquire(const ProcessIdentity& identity,
        std::chrono::milliseconds timeout = kDefaultTimeout, const std::atomic<bool>* abandon = nullptr);
    ~Hold();
    Hold(const Hold&) = delete;
    Hold& operator=(const Hold&) = delete;

    // Detaches from every thread. Idempotent; also done by the destructor.
    Error release();

    [[nodiscard]] const ProcessIdentity& identity() const { return m_identity; }
    [[nodiscard]] std::vector<pid_t> threads() const;
    // The registers of every held thread, as the kernel's core dumps hold them (NT_PRSTATUS's
    // general registers and NT_PRFPREG), main thread first. Only from the holding thread.
    struct ThreadState
    {
        pid_t tid = 0;
        QByteArray registers; // struct user_regs_struct
        QByteArray fpRegisters; // struct user_fpregs_struct (empty if the kernel would not say)
    };
    [[nodiscard]] Result<std::vector<ThreadState>> threadStates() const;
    [[nodiscard]] bool wasStopped() const { return m_wasStopped; }
    [[nodiscard]] bool isHeld() const { return !m_tasks.empty(); }
    // True once the process is dying or dead. Its held threads cannot tell us through the pidfd:
    // they stay zombies until we reap them (release() does).
    [[nodiscard]] bool targetDied() const;

private:
    struct Task
    {
        pid_t tid = 0;
        int pendingSignal = 0; // a signal that arrived as we stopped it: delivered again on detach
    };
    Hold(const ProcessIdentity& identity, const std::atomic<bool>* abandon);
    [[nodiscard]] bool abandoned() const { return m_abandon && m_abandon->load(); }
    [[nodiscard]] Error waitForStops(size_t first, std::chrono::steady_clock::time_point deadline);

    ProcessIdentity m_identity;
    pid_t m_tracerTid = 0;
    const std::atomic<bool>* m_abandon = nullptr;
    bool m_wasStopped = false;
    std::vector<Task> m_tasks;
};

} // namespace procglass
