// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/elfsymbols.h"
#include "core/io/dump.h"
#include "core/io/dumpjob.h"
#include "core/model/error.h"
#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/parse/mapsparser.h"
#include "core/parse/smaps.h"
#include "core/search/unknownscan.h"
#include "core/search/valuescan.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <chrono>
#include <memory>
#include <span>
#include <vector>

namespace procglass {

class SearchRun;

// Where the processes Procglass reads live, and as whom it reads them: this computer, read in
// this process (platform/linux/localhost.h), or a procglass-agent reached through a command
// (pkexec, ssh, docker exec...: agent/). The window, the CLI and the agent itself use targets only
// through Host and Target, so every feature works the same on each.
//
// Threads: every call may block on the target or the connection (seconds, for a lost agent):
// never call one on the GUI thread. Hosts and targets are safe to use from any thread, except
// where TargetHold says otherwise.

// Who reads, and where: what the title and the status bar say of a connection.
struct HostInfo
{
    QString where; // "this computer", or the command that started the agent
    QString hostName; // the machine's (or container's) name, uname -n
    QString kernel; // uname -r
    uid_t uid = 0; // whom the reading runs as
    QString user;
    bool agent = false; // reached through procglass-agent
    QString agentVersion; // the agent's program version; empty in process
    quint32 protocolVersion = 0; // 0 in process
};

// A /proc file of a process, as the facts panes, `procglass-cli status|auxv` and bundles read it.
enum class ProcFile : quint8 { Status, Auxv, Cmdline };

// A process's registers, as an ELF core keeps them (NT_PRSTATUS's general registers, NT_PRFPREG).
struct ThreadRegisters
{
    pid_t tid = 0;
    QByteArray registers; // struct user_regs_struct
    QByteArray fpRegisters; // struct user_fpregs_struct (empty if the kernel would not say)
};

// Every thread of a target stopped (PTRACE_SEIZE + PTRACE_INTERRUPT), until released or
// destroyed. Locally the kernel makes the thread that stopped the process its tracer: create,
// use and destroy a local hold on one thread. If the holder dies (this process, or the agent when
// its connection closes) the kernel lets the process run again.
class TargetHold
{
public:
    virtual ~TargetHold(); // releases
    // Lets every thread run again. Idempotent.
    virtual Error release() = 0;
    // True once the held process is dying or dead.
    [[nodiscard]] virtual bool targetDied() const = 0;
    // Every held thread's registers, main thread first (for cores).
    [[nodiscard]] virtual Result<std::vector<ThreadRegisters>> threadRegisters() const = 0;
};

// One open process on a host: its memory (MemorySource), its mappings and /proc facts, and what
// can be done to it. Opened by Host::open for one ProcessIdentity: once the pid names another
// process, every call fails with ErrorKind::Exited.
class Target : public MemorySource, public std::enable_shared_from_this<Target>
{
public:
    [[nodiscard]] virtual ProcessIdentity identity() const = 0;
    [[nodiscard]] virtual QString name() const = 0; // comm, at most 15 characters
    // Exited once the process has exited, an empty Error while it lives (and the connection too).
    [[nodiscard]] virtual Error checkAlive() const = 0;
    // A file descriptor that becomes readable once the process has exited (or the connection to
    // its agent is lost): watch it with a QSocketNotifier. Owned by the target.
    [[nodiscard]] virtual int exitFd() const = 0;

    // The mappings with the lines the parser rejected (regions() is readMaps()'s regions).
    [[nodiscard]] virtual Result<ParsedMaps> readMaps() = 0;
    [[nodiscard]] virtual Result<std::vector<SmapsEntry>> readSmaps() = 0;
    // The raw bytes of one /proc file (bounded by the implementation).
    [[nodiscard]] virtual Result<QByteArray> readProcFile(ProcFile file) = 0;
    // What a bundle records of the process while it still runs (its maps, auxv, status...).
    [[nodiscard]] virtual BundleInfo bundleInfo() = 0;

    // Writes through /proc/PID/mem (also read-only mappings, as debuggers do). A short count
    // means the byte after it failed.
    [[nodiscard]] virtual Result<quint64> write(Address address, std::span<const std::byte> data) = 0;

    // Stops every thread until the hold is released. abandon (set from any thread) makes a
    // waiting hold give up with ErrorKind::Cancelled; it must outlive the hold.
    [[nodiscard]] virtual Result<std::unique_ptr<TargetHold>> hold(
        std::chrono::milliseconds timeout, const std::atomic<bool>* abandon = nullptr)
        = 0;

    // The file region maps, proven to be that very file (see platform/linux/mappedfiles.h), read
    // piece by piece: the symbols' source. Null with a reason when it cannot be had safely.
    [[nodiscard]] virtual Result<std::unique_ptr<ImageBytes>> mappedFile(const Region& region) = 0;

    // Runs a search where the memory is: here, run.run(*this); an agent runs it on its side and
    // only the hits travel. Returns when the search is done, capped, cancelled or failed.
    virtual void search(SearchRun& run);
    // A value scan's next step (HitSet::rescan) where the memory is.
    [[nodiscard]] virtual Result<HitSet> rescan(
        const HitSet& hits, HitSet::Filter filter, QStringView operand, const std::atomic<bool>* cancel);

    // An unknown-initial-value scan's first step where the memory is: here, captureBaseline over
    // this target (which must be owned by a shared_ptr, as Host::open makes it); an agent keeps the
    // baseline on its side and its next steps send only hits.
    [[nodiscard]] virtual Result<std::shared_ptr<ScanBaseline>> unknownScan(
        const UnknownScanRequest& request, const ScanControl& control);

    // Runs an export. hold: the target's hold, or null to read it running (a core needs one).
    // A job whose path is on this computer reads the memory through this target; an agent also
    // writes on its side (agentPath jobs: see DumpJob::onAgent).
    // info: what bundleInfo() said before the target was stopped (a bundle records it).
    [[nodiscard]] virtual Result<DumpReport> dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info) = 0;
};

// The symbols of a target: its mapped files through mappedFile(), [vdso] from its memory.
[[nodiscard]] SymbolIndex buildSymbolIndex(Target& target, const std::vector<Region>& regions);

class Host
{
public:
    virtual ~Host();
    [[nodiscard]] virtual HostInfo info() const = 0;
    // Every process (kernel threads too; ProcessInfo::kernelThread says which), each with its
    // accessProblem filled in: why this host's reader may not read it, and what would help.
    [[nodiscard]] virtual Result<std::vector<ProcessInfo>> processes() = 0;
    // Opens exactly this process; identity.startTime 0: whichever process has the pid now.
    [[nodiscard]] virtual Result<std::shared_ptr<Target>> open(const ProcessIdentity& identity) = 0;
    // A process's mappings and /proc files without opening its memory: the kernel shows them to
    // more readers than it lets read the memory (status to everyone; maps under Yama's
    // ptrace_scope 1 to the owner). `procglass-cli maps|status|explain` use these. By default,
    // open(identity) and ask the target.
    [[nodiscard]] virtual Result<ParsedMaps> readMaps(const ProcessIdentity& identity);
    [[nodiscard]] virtual Result<QByteArray> readProcFile(const ProcessIdentity& identity, ProcFile file);
    // For an agent: set once its connection is lost (every call fails with it from then on).
    [[nodiscard]] virtual Error connectionError() const { return {}; }
};

} // namespace procglass
