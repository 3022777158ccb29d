// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "target.h"
#include "core/model/tr.h"

#include "access.h"
#include "procfs.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <poll.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

namespace procglass {

namespace {

#ifndef PIDFD_THREAD
#define PIDFD_THREAD O_EXCL // Linux 6.9: a pidfd for one thread
#endif

int pidfdOpen(pid_t pid, unsigned flags = 0)
{
    return int(syscall(SYS_pidfd_open, pid, flags));
}

bool readable(int fd)
{
    pollfd p { fd, POLLIN, 0 };
    return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP));
}

} // namespace

bool LinuxTarget::ReadTask::ended() const
{
    // Without a thread pidfd (the main thread, or a kernel older than 6.9) the caller's other checks
    // stand: the main thread's id stays taken while any thread of the process lives.
    return threadPidfd.valid() && readable(threadPidfd.get());
}

std::shared_ptr<const LinuxTarget::ReadTask> LinuxTarget::makeReadTask(pid_t pid)
{
    auto task = std::make_shared<ReadTask>();
    task->tid = memoryTask(pid);
    if (task->tid != pid) {
        task->threadPidfd.reset(pidfdOpen(task->tid, PIDFD_THREAD));
        // The thread must still be one of pid's once its pidfd holds it: its id could have been reused.
        const std::string dir = "/proc/" + std::to_string(pid) + "/task/" + std::to_string(task->tid);
        if (access(dir.c_str(), F_OK) != 0 || task->ended())
            task->tid = pid;
    }
    return task;
}

std::shared_ptr<const LinuxTarget::ReadTask> LinuxTarget::readTask() const
{
    std::lock_guard lock(m_taskMutex);
    return m_readTask;
}

std::shared_ptr<const LinuxTarget::ReadTask> LinuxTarget::replaceReadTask(const std::shared_ptr<const ReadTask>& stale)
{
    std::lock_guard lock(m_taskMutex);
    if (m_readTask == stale) {
        auto fresh = makeReadTask(m_identity.pid);
        if (fresh->tid == stale->tid && !stale->threadPidfd.valid())
            return nullptr; // the same task again: nothing better to read through
        m_readTask = std::move(fresh);
    }
    return m_readTask;
}

Result<std::unique_ptr<LinuxTarget>> LinuxTarget::open(pid_t pid)
{
    auto identity = readIdentity(pid);
    if (!identity)
        return identity.error();
    return open(*identity);
}

Result<std::unique_ptr<LinuxTarget>> LinuxTarget::open(const ProcessIdentity& identity)
{
    const pid_t pid = identity.pid;
    if (Error e = kernelThreadError(pid))
        return e;
    std::unique_ptr<LinuxTarget> t(new LinuxTarget);
    t->m_identity = identity;
    t->m_pidfd.reset(pidfdOpen(pid));
    if (!t->m_pidfd.valid())
        return procError(pid, errno, tr("Cannot open process %1").arg(pid));
    // The pidfd pins the process we mean only if the pid still names it *after* the pidfd exists.
    auto now = readIdentity(pid);
    if (!now || now->startTime != identity.startTime)
        return t->exitedError();
    auto info = readProcess(pid);
    t->m_name = info ? info->name : QString();
    t->m_readTask = makeReadTask(pid);
    // Through a live thread if the main one has exited: its own mem file has no memory behind it.
    // The open file keeps the process's memory reachable whichever of its threads ends later.
    std::string mem = "/proc/" + std::to_string(pid);
    if (t->m_readTask->tid != pid)
        mem += "/task/" + std::to_string(t->m_readTask->tid);
    mem += "/mem";
    t->m_mem.reset(::open(mem.c_str(), O_RDONLY | O_CLOEXEC));
    if (!t->m_mem.valid()) {
        const int openErrno = errno;
        // /proc/PID/mem is mode 0600 for the target's owner: CAP_SYS_PTRACE without
        // CAP_DAC_OVERRIDE (procglass-cli given `setcap cap_sys_ptrace`) may not open it, yet may
        // use process_vm_readv. Read through that alone then (mappings without PROT_READ stay
        // unreadable), if it is allowed at all.
        if (openErrno != EACCES || !t->canReadWithoutMemFile())
            return t->failure(openErrno, tr("Cannot open the memory of process %1").arg(pid));
    }
    if (Error e = t->checkAlive())
        return e; // the file could belong to a newcomer with the same pid
    return t;
}

Error LinuxTarget::exitedError() const
{
    return makeError(ErrorKind::Exited,
        tr("Process %1%2 has exited.")
            .arg(m_identity.pid)
            .arg(m_name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(m_name)),
        ESRCH);
}

Error LinuxTarget::failure(int errnum, const QString& what) const
{
    if (checkAlive())
        return exitedError();
    if (errnum == ESRCH || errnum == ENOENT)
        return exitedError();
    if (errnum == EPERM || errnum == EACCES)
        return permissionError(m_identity.pid, errnum, what);
    return errorFromErrno(errnum, what);
}

Error LinuxTarget::checkAlive() const
{
    pollfd p { m_pidfd.get(), POLLIN, 0 };
    if (::poll(&p, 1, 0) > 0 && (p.revents & (POLLIN | POLLHUP)))
        return exitedError();
    return {};
}

QString LinuxTarget::description() const
{
    return tr("process %1 (%2)").arg(m_identity.pid).arg(m_name);
}

Result<ParsedMaps> LinuxTarget::readMaps()
{
    if (Error e = checkAlive())
        return e;
    auto parsed = readRegions(m_identity.pid);
    if (!parsed)
        return failure(parsed.error().errnum, parsed.error().message);
    // The pid may have been recycled between the check and the read.
    if (Error e = checkAlive())
        return e;
    return parsed;
}

Result<std::vector<Region>> LinuxTarget::regions()
{
    auto parsed = readMaps();
    if (!parsed)
        return parsed.error();
    return std::move(parsed->regions);
}

std::shared_ptr<const std::vector<Region>> LinuxTarget::mapsForRead() const
{
    // The ranges, permissions and kinds ([vvar] and [vsyscall] are never read through this path);
    // no hints and no .bss check: those are for what the user is shown (readRegions).
    auto maps = readMapsFile((memoryDir(m_identity.pid) + "/maps").c_str());
    if (!maps)
        return nullptr;
    return std::make_shared<const std::vector<Region>>(std::move(maps->regions));
}

bool LinuxTarget::canReadWithoutMemFile() const
{
    const auto maps = mapsForRead();
    if (!maps)
        return false;
    for (const Region& r : *maps) {
        if (!r.perms.read || r.kind == RegionKind::Vvar || r.kind == RegionKind::Vsyscall)
            continue;
        std::byte probe;
        iovec local { &probe, 1 };
        iovec remote { reinterpret_cast<void*>(r.range.start), 1 };
        if (process_vm_readv(readTask()->tid, &local, 1, &remote, 1, 0) == 1)
            return true;
        if (errno == EPERM || errno == ESRCH)
            return false;
    }
    return false;
}

ssize_t LinuxTarget::readMem(Address address, std::byte* out, size_t size)
{
    if (!m_mem.valid()) {
        errno = EIO; // no /proc/PID/mem (see open()): the page counts as unreadable
        return -1;
    }
    if (address <= Address(std::numeric_limits<off_t>::max()))
        return pread(m_mem.get(), out, size, off_t(address));
    // pread rejects offsets that are negative as off_t, but /proc/PID/mem takes unsigned ones
    // through lseek: the only way to reach [vsyscall] and anything else above 2^63.
    std::lock_guard lock(m_mutex);
    errno = 0;
    if (lseek(m_mem.get(), off_t(address), SEEK_SET) == off_t(-1) && errno != 0)
        return -1;
    return ::read(m_mem.get(), out, size);
}

ReadResult LinuxTarget::read(Address address, std::span<std::byte> out)
{
    ReadResult result;
    if ((result.error = validateReadRange(address, out.size())))
        return result;
    if ((result.error = checkAlive()))
        return result;

    const Address end = address + out.size();
    std::shared_ptr<const std::vector<Region>> maps; // loaded at the first failure, then kept for this call
    auto markUnreadable = [&](Address from, Address to) {
        std::memset(out.data() + (from - address), 0, to - from);
        result.addUnreadable({ from, to });
    };

    std::shared_ptr<const ReadTask> task = readTask();
    int taskSwitches = 0; // bounded: threads could keep ending, one after the other
    Address a = address;
    while (a < end) {
        Address chunkEnd = a + std::min<quint64>(m_chunk, end - a); // never wraps past 2^64
        const Region* region = nullptr;
        if (maps) {
            const qsizetype i = findRegion(*maps, a);
            if (i < 0) {
                // A hole: nothing is mapped up to the next mapping. Skip it in one step.
                auto it = std::upper_bound(
                    maps->begin(), maps->end(), a, [](Address x, const Region& r) { return x < r.range.start; });
                const Address next = it == maps->end() ? end : std::min(end, it->range.start);
                markUnreadable(a, next);
                a = next;
                continue;
            }
            region = &(*maps)[size_t(i)];
            chunkEnd = std::min(chunkEnd, region->range.end);
        }
        // 1. process_vm_readv, unless we know the mapping has no PROT_READ.
        if (!region || region->perms.read) {
            iovec local { out.data() + (a - address), chunkEnd - a };
            iovec remote { reinterpret_cast<void*>(a), chunkEnd - a };
            const ssize_t n = process_vm_readv(task->tid, &local, 1, &remote, 1, 0);
            const int err = errno;
            if ((n > 0 && task->ended()) || (n < 0 && err == ESRCH)) {
                // The thread we read through ended (its id may name someone else by now), or the
                // main thread exited: read this chunk again through a thread that lives, if any.
                if (auto next = ++taskSwitches <= 64 ? replaceReadTask(task) : nullptr) {
                    task = std::move(next);
                    continue;
                }
                if (n > 0) { // what was read may not be this process's memory
                    result.error = exitedError();
                    return result;
                }
            }
            if (n > 0) {
                result.bytesRead += quint64(n);
                a += quint64(n);
                continue;
            }
            errno = err;
            if (n < 0 && errno != EFAULT && errno != EIO) {
                result.error = failure(errno, tr("Cannot read the memory of process %1").arg(m_identity.pid));
                return result;
            }
            if (!maps) {
                // The first failure of this call: learn the mappings, then retry knowing them.
                maps = mapsForRead();
                if (!maps) {
                    result.error = checkAlive();
                    if (!result.error)
                        result.error = exitedError();
                    return result;
                }
                continue;
            }
        }
        // 2. /proc/PID/mem, which may read mappings without PROT_READ (the kernel forces the access).
        const ssize_t n = readMem(a, out.data() + (a - address), chunkEnd - a);
        if (n > 0) {
            result.bytesRead += quint64(n);
            a += quint64(n);
            continue;
        }
        if (n < 0 && errno != EIO && errno != EFAULT) {
            result.error = failure(errno, tr("Cannot read the memory of process %1").arg(m_identity.pid));
            return result;
        }
        if ((result.error = checkAlive()))
            return result;
        // 3. Neither could read this page (e.g. [vvar], or a file mapping past the end of its file).
        const Address next = a + std::min<quint64>(end - a, kPageSize - (a & (kPageSize - 1)));
        markUnreadable(a, next);
        a = next;
    }
    // A process that exited during the read may have handed its pid on: what we read could be
    // the newcomer's. A pid is only reused after the exit, which the pidfd shows.
    if ((result.error = checkAlive()))
        return result;
    return result;
}

Result<quint64> LinuxTarget::write(Address address, std::span<const std::byte> data)
{
    if (Error e = validateReadRange(address, data.size()))
        return e;
    if (Error e = checkAlive())
        return e;
    int fd;
    {
        std::lock_guard lock(m_mutex);
        if (!m_memWrite.valid()) {
            const std::string mem = memoryDir(m_identity.pid) + "/mem";
            m_memWrite.reset(::open(mem.c_str(), O_RDWR | O_CLOEXEC));
            if (!m_memWrite.valid())
                return failure(errno, tr("Cannot open the memory of process %1 for writing").arg(m_identity.pid));
        }
        fd = m_memWrite.get();
    }
    quint64 done = 0;
    while (done < data.size()) {
        const ssize_t n = pwrite(fd, data.data() + done, data.size() - done, off_t(address + done));
        if (n > 0) {
            done += quint64(n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (done > 0)
            break; // report the short write; the caller sees where it stopped
        return failure(n < 0 ? errno : EIO,
            tr("Cannot write %1 bytes at 0x%2 in process %3").arg(data.size()).arg(address, 0, 16).arg(m_identity.pid));
    }
    return done;
}

} // namespace procglass
