// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/host/rundump.h"
#include "core/model/format.h"
#include "core/parse/addressspec.h"

#include <algorithm>
#include <atomic>
#include <csignal>

namespace procglass::cli {

namespace {
// Ctrl+C (or a kill) during a dump or a snapshot: stop between chunks, remove what was begun, release the target.
// The job's progress lives here, in static storage, so that a late signal never writes freed memory.
DumpJob::Progress g_progress;
extern "C" void onInterrupt(int)
{
    g_progress.cancel = true;
}
} // namespace

int cmdDump(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Save memory of a process to files: raw bytes, a bundle Procglass can open again, or an ELF core "
                "that gdb reads. Files are readable by you only (0600)."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    const QCommandLineOption region(QStringLiteral("region"),
        Cli::tr("A range (0xA-0xB) or the name of mappings ([heap], libc.so.6); repeat for more."),
        QStringLiteral("SPEC"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Every readable mapping."));
    const QCommandLineOption format(
        QStringLiteral("format"), Cli::tr("raw, bundle or core."), QStringLiteral("FORMAT"), QStringLiteral("raw"));
    const QCommandLineOption output(QStringLiteral("o"), Cli::tr("Where to write."), QStringLiteral("PATH"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace PATH if it exists."));
    const QCommandLineOption noStop(
        QStringLiteral("no-stop"), Cli::tr("Do not stop the target while saving (the bytes may change meanwhile)."));
    const QCommandLineOption onAgent(QStringLiteral("on-agent"),
        Cli::tr("With --agent: the agent writes PATH on its own machine (only the report travels), where the user "
                "it runs as may write. Without it, the bytes travel and PATH is written here."));
    parser.addOptions({ region, all, format, output, force, noStop, onAgent });
    const pid_t pid = parseWithPid(parser, args, 1, 1);
    if (pid == 0)
        return ExitUsage;
    const QString kind = parser.value(format);
    if (kind != QLatin1StringView("raw") && kind != QLatin1StringView("bundle") && kind != QLatin1StringView("core"))
        return printError(Cli::tr("'%1' is not a format; use raw, bundle or core").arg(kind)), ExitUsage;
    if (!parser.isSet(output))
        return printError(Cli::tr("say where to write with -o PATH")), ExitUsage;
    const bool core = kind == QLatin1StringView("core");
    if (core && parser.isSet(region))
        return printError(Cli::tr("a core holds the whole process: leave out --region")), ExitUsage;
    if (!core && parser.isSet(region) == parser.isSet(all))
        return printError(Cli::tr("give --region SPEC (one or more) or --all")), ExitUsage;
    const QString path = parser.value(output);
    if (parser.isSet(onAgent) && !usesAgent())
        return printError(Cli::tr("--on-agent writes on the agent's machine: give --agent 'COMMAND' before 'dump', or "
                                  "leave out --on-agent to write here")),
               ExitUsage;

    if (core && parser.isSet(noStop))
        return printError(Cli::tr("a core needs the threads stopped for their registers: leave out --no-stop")),
               ExitUsage;
    DumpJob job;
    job.format = core                         ? DumpJob::Format::Core
        : kind == QLatin1StringView("bundle") ? DumpJob::Format::Bundle
                                              : DumpJob::Format::Raw;
    job.path = path;
    job.overwrite = parser.isSet(force);
    job.onAgent = parser.isSet(onAgent);
    return runDumpCommand(pid, std::move(job), parser.values(region), parser.isSet(noStop));
}

int runDumpCommand(pid_t pid, DumpJob job, const QStringList& regionSpecs, bool noStop)
{
    const bool core = job.format == DumpJob::Format::Core;
    job.progress = std::shared_ptr<DumpJob::Progress>(&g_progress, [](DumpJob::Progress*) {});
    auto opened = openTarget(pid, Stop::No, Preamble::Target);
    if (!opened)
        return fail(opened.error());
    // A bundle's status is read before the target stops, so that it shows the process as it runs.
    const BundleInfo info = dumpInfoBeforeStop(*opened->target, job);
    if (!noStop) {
        if (Error e = opened->stop())
            return fail(e);
    }
    if (Error e = opened->loadRegions())
        return fail(e);
    const std::vector<Region>& regions = opened->regions;

    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);

    if (regionSpecs.isEmpty()) {
        job.regions = regions; // a core, a bundle and a snapshot list every mapping; they copy the readable ones
        for (const Region& r : regions) {
            if (!core && r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall)
                job.ranges.push_back(r.range);
        }
    } else {
        for (const QString& spec : regionSpecs) {
            auto picked = resolveRegionSpec(spec, regions);
            if (!picked)
                return fail(picked.error());
            for (const AddressRange& want : *picked) {
                job.ranges.push_back(want);
                for (const Region& r : regions) {
                    if (r.range.intersects(want)
                        && std::none_of(job.regions.begin(), job.regions.end(),
                            [&](const Region& c) { return c.range == r.range; }))
                        job.regions.push_back(r);
                }
            }
        }
        std::sort(job.regions.begin(), job.regions.end(),
            [](const Region& a, const Region& b) { return a.range.start < b.range.start; });
    }
    const Result<DumpReport> report = opened->target->dump(job, opened->hold.get(), info);
    opened->release();
    const bool interrupted = job.progress->cancel;
    if (!report) {
        if (opened->host->connectionError())
            return fail(report.error());
        printError(withForceHint(report.error()));
        return interrupted ? 130 : ExitError;
    }
    quint64 unreadable = 0;
    for (const AddressRange& u : report->unreadable)
        unreadable += u.size();
    QString message = job.onAgent
        ? Cli::tr("wrote %1 on the agent's machine (%2 bytes of memory)")
              .arg(report->files.join(QStringLiteral(", ")))
              .arg(report->bytes)
        : Cli::tr("wrote %1 (%2 bytes of memory)").arg(report->files.join(QStringLiteral(", "))).arg(report->bytes);
    if (job.format == DumpJob::Format::Snapshot) {
        const DumpReport::Chunks& c = report->chunks;
        message += u'\n'
            + Cli::tr("%1 chunks: %2 shared, %3 zero, %4 stored; %5 on disk")
                  .arg(c.total)
                  .arg(c.shared)
                  .arg(c.zero)
                  .arg(c.stored)
                  .arg(formatBytes(c.bytesOnDisk));
    }
    if (unreadable > 0 && core) {
        // A core has no place for them: name them here.
        message += u'\n'
            + Cli::tr("%1 bytes could not be read and are written as zeros in the core, which cannot mark them "
                      "(a debugger shows them as the process's zeros):")
                  .arg(unreadable);
        for (const AddressRange& u : report->unreadable)
            message += u'\n' + Cli::tr("unreadable: %1-%2 (%3 bytes)").arg(hex(u.start), hex(u.end)).arg(u.size());
    } else if (unreadable > 0) {
        message += u'\n'
            + (job.format == DumpJob::Format::Snapshot
                    ? Cli::tr("%1 bytes could not be read and are unreadable in the snapshot; %2 lists them")
                    : Cli::tr("%1 bytes could not be read and are zeros; %2 lists them"))
                  .arg(unreadable)
                  .arg(job.unreadableListPath());
    }
    printError(message);
    return ExitOk;
}

} // namespace procglass::cli
