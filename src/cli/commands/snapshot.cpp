// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

namespace procglass::cli {

int cmdSnapshot(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Save a process's memory as it is at this instant (the target stopped briefly) into a snapshot: a "
                "bundle folder Procglass opens again (the window, read --bundle, diff) that stores memory in chunks of "
                "64 KiB. Chunks of zeros are not stored; with --base, chunks equal to the base snapshot's are not "
                "stored again (the base must stay next to the new snapshot: deleting it breaks the snapshots built on "
                "it); with --compress, chunks are compressed (zstd). Files are readable by you only (0600)."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    const QCommandLineOption output(QStringLiteral("o"), Cli::tr("The snapshot's folder."), QStringLiteral("DIR"));
    const QCommandLineOption base(QStringLiteral("base"),
        Cli::tr("An earlier snapshot in the same folder as DIR: chunks equal to its are shared, not written twice."),
        QStringLiteral("BASE"));
    const QCommandLineOption compress(QStringLiteral("compress"), Cli::tr("Compress chunks (zstd) where that helps."));
    const QCommandLineOption region(QStringLiteral("region"),
        Cli::tr(
            "A range (0xA-0xB) or the name of mappings ([heap], libc.so.6); repeat for more. Default: every readable "
            "mapping."),
        QStringLiteral("SPEC"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("Replace DIR if it is a bundle or snapshot."));
    const QCommandLineOption noStop(
        QStringLiteral("no-stop"), Cli::tr("Do not stop the target while saving (the bytes may change meanwhile)."));
    const QCommandLineOption onAgent(QStringLiteral("on-agent"),
        Cli::tr("With --agent: the agent writes DIR on its own machine (BASE is then a path there too; only the report "
                "travels). Without it, the bytes travel and DIR is written here."));
    parser.addOptions({ output, base, compress, region, force, noStop, onAgent });
    const pid_t pid = parseWithPid(parser, args, 1, 1);
    if (pid == 0)
        return ExitUsage;
    if (!parser.isSet(output))
        return printError(Cli::tr("say where to write with -o DIR")), ExitUsage;
    if (parser.isSet(onAgent) && !usesAgent())
        return printError(
                   Cli::tr("--on-agent writes on the agent's machine: give --agent 'COMMAND' before 'snapshot', or "
                           "leave out --on-agent to write here")),
               ExitUsage;

    DumpJob job;
    job.format = DumpJob::Format::Snapshot;
    job.path = parser.value(output);
    job.snapshot.base = parser.value(base);
    job.snapshot.compress = parser.isSet(compress);
    job.overwrite = parser.isSet(force);
    job.onAgent = parser.isSet(onAgent);
    return runDumpCommand(pid, std::move(job), parser.values(region), parser.isSet(noStop));
}

} // namespace procglass::cli
