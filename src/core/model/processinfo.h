// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace procglass {

// The identity of a process: a pid alone can be recycled, the pair cannot.
struct ProcessIdentity
{
    pid_t pid = 0;
    quint64 startTime = 0; // clock ticks after boot, /proc/PID/stat field 22
    bool operator==(const ProcessIdentity&) const = default;
};

struct ProcessInfo
{
    ProcessIdentity identity;
    pid_t ppid = 0;
    uid_t uid = 0; // owner of /proc/PID: the effective uid, or root while the process is not dumpable
    QString user; // name of uid, or the number when it has no name
    QChar state; // R, S, D, T, t, Z...
    QString name; // comm, at most 15 characters
    QStringList commandLine; // empty for kernel threads and zombies
    QString executable; // readlink /proc/PID/exe; empty when not permitted
    qint64 startedAtMsecs = 0; // wall clock, ms since the epoch
    quint64 rssBytes = 0;
    int threads = 0;
    // Filled by whoever asks (the GUI's refresh): empty when we may read the process's memory,
    // otherwise why not and what would fix it.
    QString accessProblem;

    [[nodiscard]] pid_t pid() const { return identity.pid; }
    bool kernelThread = false; // PF_KTHREAD in /proc/PID/stat: no user address space at all
    [[nodiscard]] bool isKernelThread() const { return kernelThread; }
};

} // namespace procglass
