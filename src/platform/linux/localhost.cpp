// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "localhost.h"

#include "access.h"
#include "core/host/rundump.h"
#include "hold.h"
#include "mappedfiles.h"
#include "procfs.h"
#include "target.h"

#include "core/model/tr.h"

#include <cerrno>
#include <sys/utsname.h>
#include <unistd.h>

namespace procglass {

HostInfo LocalHost::info() const
{
    HostInfo info;
    info.where = tr("this computer");
    struct utsname u
    {
    };
    if (uname(&u) == 0) {
        info.hostName = QString::fromLocal8Bit(u.nodename);
        info.kernel = QString::fromLocal8Bit(u.release);
    }
    info.uid = geteuid();
    info.user = userName(info.uid);
    return info;
}

Result<std::vector<ProcessInfo>> LocalHost::processes()
{
    auto list = listProcesses();
    if (!list)
        return list.error();
    QHash<QPair<pid_t, quint64>, QString> known;
    {
        std::lock_guard lock(m_mutex);
        known = m_accessKnown;
    }
    QHash<QPair<pid_t, quint64>, QString> now;
    now.reserve(qsizetype(list->size()));
    for (ProcessInfo& p : *list) {
        const QPair<pid_t, quint64> key { p.pid(), p.identity.startTime };
        const auto k = known.constFind(key);
        p.accessProblem = k != known.constEnd() ? *k : readAccessProblem(p);
        now.insert(key, p.accessProblem);
    }
    std::lock_guard lock(m_mutex);
    m_accessKnown = std::move(now); // only the processes still there
    return list;
}

void LocalHost::forgetAccess()
{
    std::lock_guard lock(m_mutex);
    m_accessKnown.clear();
}

Result<std::shared_ptr<Target>> LocalHost::open(const ProcessIdentity& identity)
{
    auto target = identity.startTime ? LinuxTarget::open(identity) : LinuxTarget::open(identity.pid);
    if (!target)
        return target.error();
    return std::shared_ptr<Target>(std::make_shared<LocalTarget>(std::shared_ptr<LinuxTarget>(std::move(*target))));
}

namespace {

const char* procFileName(ProcFile file)
{
    return file == ProcFile::Status ? "status" : file == ProcFile::Auxv ? "auxv" : "cmdline";
}

// Exited when the pid names another process than identity by now (startTime 0: any will do).
Error stillThere(const ProcessIdentity& identity)
{
    if (identity.startTime == 0)
        return {};
    auto now = readIdentity(identity.pid);
    if (now && now->startTime == identity.startTime)
        return {};
    return makeError(ErrorKind::Exited, tr("Process %1 has exited.").arg(identity.pid), ESRCH);
}

} // namespace

Result<ParsedMaps> LocalHost::readMaps(const ProcessIdentity& identity)
{
    auto maps = readRegions(identity.pid);
    if (Error gone = stillThere(identity))
        return gone;
    return maps;
}

Result<QByteArray> LocalHost::readProcFile(const ProcessIdentity& identity, ProcFile file)
{
    auto bytes = procglass::readProcFile(identity.pid, procFileName(file));
    if (Error gone = stillThere(identity))
        return gone;
    return bytes;
}

LocalHold::LocalHold(std::unique_ptr<Hold> hold)
    : m_hold(std::move(hold))
{ }

LocalHold::~LocalHold() = default;

Error LocalHold::release()
{
    return m_hold->release();
}

bool LocalHold::targetDied() const
{
    return m_hold->targetDied();
}

Result<std::vector<ThreadRegisters>> LocalHold::threadRegisters() const
{
    auto states = m_hold->threadStates();
    if (!states)
        return states.error();
    std::vector<ThreadRegisters> out;
    out.reserve(states->size());
    for (Hold::ThreadState& s : *states)
        out.push_back({ s.tid, std::move(s.registers), std::move(s.fpRegisters) });
    return out;
}

LocalTarget::LocalTarget(std::shared_ptr<LinuxTarget> target)
    : m_target(std::move(target))
{ }

LocalTarget::~LocalTarget() = default;

Result<std::vector<Region>> LocalTarget::regions()
{
    return m_target->regions();
}

ReadResult LocalTarget::read(Address address, std::span<std::byte> out)
{
    return m_target->read(address, out);
}

QString LocalTarget::description() const
{
    return m_target->description();
}

ProcessIdentity LocalTarget::identity() const
{
    return m_target->identity();
}

QString LocalTarget::name() const
{
    return m_target->name();
}

Error LocalTarget::checkAlive() const
{
    return m_target->checkAlive();
}

int LocalTarget::exitFd() const
{
    return m_target->pidfd();
}

Result<ParsedMaps> LocalTarget::readMaps()
{
    return m_target->readMaps();
}

Result<std::vector<SmapsEntry>> LocalTarget::readSmaps()
{
    auto smaps = procglass::readSmaps(m_target->pid());
    // The pid may name another process by now: what was read is then not this one's.
    if (Error gone = m_target->checkAlive())
        return gone;
    return smaps;
}

Result<QByteArray> LocalTarget::readProcFile(ProcFile file)
{
    auto bytes = procglass::readProcFile(m_target->pid(), procFileName(file));
    if (Error gone = m_target->checkAlive())
        return gone;
    return bytes;
}

BundleInfo LocalTarget::bundleInfo()
{
    return readBundleInfo(m_target->pid());
}

Result<quint64> LocalTarget::write(Address address, std::span<const std::byte> data)
{
    return m_target->write(address, data);
}

Result<std::unique_ptr<TargetHold>> LocalTarget::hold(
    std::chrono::milliseconds timeout, const std::atomic<bool>* abandon)
{
    auto hold = Hold::acquire(m_target->identity(), timeout, abandon);
    if (!hold)
        return hold.error();
    return std::unique_ptr<TargetHold>(std::make_unique<LocalHold>(std::move(*hold)));
}

Result<std::unique_ptr<ImageBytes>> LocalTarget::mappedFile(const Region& region)
{
    auto file = openMappedFile(m_target->pid(), region);
    if (!file)
        return file.error();
    return std::unique_ptr<ImageBytes>(std::move(*file));
}

Result<DumpReport> LocalTarget::dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info)
{
    // The files are written here, by this process (for an agent: on the agent's machine).
    return runDumpJob(*this, hold, job, info);
}

} // namespace procglass
