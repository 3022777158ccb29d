// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "access.h"
#include "core/model/tr.h"

#include "procfs.h"

#include <QCoreApplication>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

struct Ids
{
    uid_t real = 0, effective = 0, saved = 0, fs = 0;
};

bool parseIds(std::string_view field, Ids* ids)
{
    quint64 v[4] = {};
    const char* p = field.data();
    const char* end = p + field.size();
    for (auto& x : v) {
        while (p < end && (*p == '\t' || *p == ' '))
            ++p;
        auto r = std::from_chars(p, end, x);
        if (r.ec != std::errc())
            return false;
        p = r.ptr;
    }
    *ids = { uid_t(v[0]), uid_t(v[1]), uid_t(v[2]), uid_t(v[3]) };
    return true;
}

QString nameOf(uid_t uid)
{
    passwd pw {};
    passwd* result = nullptr;
    char buf[4096];
    if (getpwuid_r(uid, &pw, buf, sizeof buf, &result) == 0 && result)
        return tr("%1 (uid %2)").arg(QString::fromLocal8Bit(result->pw_name)).arg(uid);
    return tr("uid %1").arg(uid);
}

// The process a thread id belongs to (its Tgid), or the id itself when that cannot be read.
pid_t processOfThread(pid_t tid)
{
    std::string status;
    if (!readWholeFile(AT_FDCWD, ("/proc/" + std::to_string(tid) + "/status").c_str(), status))
        return tid;
    const auto field = statusField(status, "Tgid");
    pid_t tgid = 0;
    std::from_chars(field.data(), field.data() + field.size(), tgid);
    return tgid > 0 ? tgid : tid;
}

bool isAncestorOfTarget(pid_t pid)
{
    // Yama scope 1 allows tracing descendants only.
    const pid_t self = getpid();
    for (int depth = 0; depth < 64 && pid > 1; ++depth) {
        auto info = readProcess(pid);
        if (!info)
            return false;
        if (info->ppid == self)
            return true;
        pid = info->ppid;
    }
    return false;
}

} // namespace

int ptraceScope()
{
    std::string text;
    if (!readWholeFile(AT_FDCWD, "/proc/sys/kernel/yama/ptrace_scope", text))
        return -1;
    int v = -1;
    std::from_chars(text.data(), text.data() + text.size(), v);
    return v;
}

bool haveCapSysPtrace()
{
    std::string status;
    if (!readWholeFile(AT_FDCWD, "/proc/self/status", status))
        return false;
    const std::string_view capEff = statusField(status, "CapEff");
    quint64 caps = 0;
    std::from_chars(capEff.data(), capEff.data() + capEff.size(), caps, 16);
    constexpr int kCapSysPtrace = 19;
    return caps & (quint64(1) << kCapSysPtrace);
}

QString diagnoseAccess(pid_t pid, bool attaching)
{
    const std::string dir = "/proc/" + std::to_string(pid);
    std::string status;
    if (!readWholeFile(AT_FDCWD, (dir + "/status").c_str(), status))
        return tr("Process %1 does not exist (any more).").arg(pid);

    const bool privileged = haveCapSysPtrace();
    const uid_t me = geteuid();
    QStringList reasons;

    if (attaching) {
        // A tracer may hold any one thread (strace -p TID), and the kernel then refuses to seize that
        // thread -- and so the whole process: look at every thread's TracerPid, the main one first.
        std::vector<pid_t> tasks { pid };
        for (pid_t tid : listThreads(pid)) {
            if (tid != pid)
                tasks.push_back(tid);
        }
        std::string taskStatus;
        for (pid_t tid : tasks) {
            const std::string path = dir + "/task/" + std::to_string(tid) + "/status";
            if (!readWholeFile(AT_FDCWD, path.c_str(), taskStatus))
                continue;
            const auto field = statusField(taskStatus, "TracerPid");
            pid_t tracerTid = 0;
            std::from_chars(field.data(), field.data() + field.size(), tracerTid);
            if (tracerTid <= 0)
                continue;
            const TracerIdentity tracer = identifyTracer(tracerTid);
            const pid_t tracerPid = processOfThread(tracerTid);
            const QString name = tracer.name.isEmpty() ? QStringLiteral("?") : tracer.name;
            if (tid == pid) {
                reasons << tr("Process %1 is already traced by process %2 (%3), and a process can have only one "
                              "tracer. Detach that debugger or tracer (quit gdb or strace), or read without "
                              "stopping the target (--no-stop).")
                               .arg(pid)
                               .arg(tracerPid)
                               .arg(name);
            } else {
                reasons << tr("Thread %1 of process %2 is already traced by process %3 (%4), and a thread can have "
                              "only one tracer, so Procglass cannot stop the process. Detach that debugger or "
                              "tracer (quit gdb or strace), or read without stopping the target (--no-stop).")
                               .arg(tid)
                               .arg(pid)
                               .arg(tracerPid)
                               .arg(name);
            }
            break;
        }
    }

    if (!privileged) {
        Ids uids, gids;
        parseIds(statusField(status, "Uid"), &uids);
        parseIds(statusField(status, "Gid"), &gids);
        const bool allMine = uids.real == me && uids.effective == me && uids.saved == me;
        if (uids.real != me && uids.effective != me && uids.saved != me) {
            reasons << tr("Process %1 belongs to user %2, and Procglass runs as user %3: without CAP_SYS_PTRACE the "
                          "kernel lets you inspect only your own processes. Run Procglass as that user, or grant "
                          "procglass-cli the capability (sudo setcap cap_sys_ptrace+ep procglass-cli; it can then "
                          "read any process).")
                           .arg(pid)
                           .arg(nameOf(uids.real), nameOf(me));
        } else if (!allMine || gids.real != gids.effective || gids.effective != gids.saved) {
            reasons << tr("Process %1 runs with changed user or group ids (a setuid or setgid program), so the kernel "
                          "treats it as privileged: only a process with CAP_SYS_PTRACE may inspect it.")
                           .arg(pid);
        } else {
            // A process that is not dumpable keeps /proc/PID as its user's, but the kernel hands the
            // files inside (status, mem, environ...) to root, the only one who may inspect it. The
            // files of a live thread: an exited main thread's are its user's again.
            struct stat st
            {
            };
            const std::string statusPath = memoryDir(pid) + "/status";
            if (stat(statusPath.c_str(), &st) == 0 && st.st_uid != uids.effective) {
                reasons << tr("Process %1 is non-dumpable (setuid or prctl(PR_SET_DUMPABLE, 0)): it turned off its "
                              "own dumping, as ssh-agent and password managers do, or it runs a setuid or setgid "
                              "program or changed its user or group ids. The kernel lets only a process with "
                              "CAP_SYS_PTRACE inspect it, even though it runs as you: use sudo, or grant "
                              "procglass-cli the capability (sudo setcap cap_sys_ptrace+ep procglass-cli).")
                               .arg(pid);
            }
        }
        const int scope = ptraceScope();
        if (scope == 1 && !isAncestorOfTarget(pid)) {
            reasons << tr("Yama ptrace_scope is 1: a process may only inspect its own descendants, so Procglass can "
                          "inspect its demo target but not programs started elsewhere. Grant CAP_SYS_PTRACE, or "
                          "allow it for all of your processes with 'sudo sysctl kernel.yama.ptrace_scope=0'.");
        } else if (scope == 2) {
            reasons << tr("Yama ptrace_scope is 2: only processes with CAP_SYS_PTRACE may inspect others. Run "
                          "Procglass with that capability, or lower the setting with "
                          "'sudo sysctl kernel.yama.ptrace_scope=1'.");
        } else if (scope >= 3) {
            reasons << tr("Yama ptrace_scope is 3: no process may inspect another until the next reboot.");
        }
    }
    if (privileged && me != 0) {
        Ids uids;
        parseIds(statusField(status, "Uid"), &uids);
        if (uids.effective != me) {
            reasons << tr("Procglass has CAP_SYS_PTRACE but runs as user %1, and some files of process %2 "
                          "(/proc/%2/auxv, /proc/%2/environ) may be read by their owner alone: the capability does "
                          "not override file permissions. Run it as that user or with sudo to see them.")
                           .arg(nameOf(me))
                           .arg(pid);
        }
    }
    if (privileged && ptraceScope() >= 3)
        reasons << tr("Yama ptrace_scope is 3: no process may inspect another until the next reboot, not even root.");
    return reasons.join(u' ');
}

QString readAccessProblem(const ProcessInfo& process)
{
    const pid_t pid = process.pid();
    if (process.isKernelThread()) // its mem opens, but there is no memory behind it
        return kernelThreadMessage(pid, process.name);
    const std::string mem = "/proc/" + std::to_string(pid) + "/mem";
    const int fd = open(mem.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        close(fd);
        return {};
    }
    const int err = errno;
    if (err == ENOENT || err == ESRCH)
        return tr("Process %1 has exited.").arg(pid);
    if (err != EACCES && err != EPERM)
        return QString::fromLocal8Bit(strerror(err));
    return permissionError(pid, err, tr("Cannot read process %1").arg(pid)).message;
}

Error permissionError(pid_t pid, int errnum, const QString& what, bool attaching)
{
    QString reason = diagnoseAccess(pid, attaching);
    if (reason.isEmpty())
        reason = tr("The kernel refused (%1) for a reason Procglass cannot see, such as a security module "
                    "(SELinux, AppArmor) or a container boundary.")
                     .arg(QString::fromLocal8Bit(strerror(errnum)));
    return makeError(ErrorKind::Permission, tr("%1: permission denied. %2").arg(what, reason), errnum);
}

} // namespace procglass
