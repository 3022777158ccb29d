// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/io/bundlesource.h"
#include "core/model/format.h"
#include "core/snapshot/diff.h"

#include <atomic>
#include <csignal>

namespace procglass::cli {

namespace {

std::atomic<bool> g_cancel = false;
extern "C" void onDiffInterrupt(int)
{
    g_cancel = true;
}

// diff(1)'s exit statuses.
enum DiffExit { DiffSame = 0, DiffDiffers = 1, DiffTrouble = 2 };

// One side: a snapshot's or bundle's folder, or a live process (kept open, and stopped while it is
// compared unless --no-stop).
struct Side
{
    std::unique_ptr<BundleSource> bundle;
    std::optional<Opened> live;
    MemorySource* source = nullptr;
};

Result<Side> openSide(const QString& arg, bool stop)
{
    Side side;
    bool number = false;
    arg.toLongLong(&number);
    if (number) {
        auto pid = parsePid(arg);
        if (!pid)
            return pid.error();
        auto opened = openTarget(*pid, stop ? Stop::Yes : Stop::No, Preamble::Target);
        if (!opened)
            return opened.error();
        side.live = std::move(*opened);
        side.source = side.live->target.get();
        return side;
    }
    auto bundle = BundleSource::open(arg);
    if (!bundle)
        return bundle.error();
    side.bundle = std::move(*bundle);
    side.source = side.bundle.get();
    return side;
}

QString bytesText(quint64 n)
{
    return n == 1 ? Cli::tr("1 byte") : Cli::tr("%1 bytes").arg(n);
}

QString rangesText(quint64 n)
{
    return n == 1 ? Cli::tr("1 range") : Cli::tr("%1 ranges").arg(n);
}

QString regionName(const Region& r)
{
    return r.path.isEmpty() ? regionKindId(r.kind) : r.path;
}

} // namespace

int cmdDiff(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "What changed between two moments of a process: A and B are each a snapshot's or bundle's folder or the "
        "PID of a live process (live vs snapshot). Mappings are paired by their start address and listed as "
        "added, removed, grown, shrunk or changed, with the byte ranges that differ.\n\n"
        "Exit status, as diff(1): 0 no difference, 1 differences, 2 trouble (an error, a usage error, "
        "interrupted)."));
    parser.addPositionalArgument(QStringLiteral("A"), Cli::tr("Before: a snapshot or bundle folder, or a PID."));
    parser.addPositionalArgument(QStringLiteral("B"), Cli::tr("After: a snapshot or bundle folder, or a PID."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("The whole report as JSON."));
    const QCommandLineOption ranges(QStringLiteral("ranges"),
        Cli::tr("Changed ranges listed per mapping (default 10); the counts are always exact."), QStringLiteral("N"),
        QStringLiteral("10"));
    const QCommandLineOption maxRanges(QStringLiteral("max-ranges"),
        Cli::tr("Changed ranges kept in all (default 1000000); the counts are always exact."), QStringLiteral("N"),
        QStringLiteral("1000000"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("List unchanged mappings too."));
    const QCommandLineOption noStop(
        QStringLiteral("no-stop"), Cli::tr("Do not stop a live process while it is compared (its bytes may change)."));
    parser.addOptions({ json, ranges, maxRanges, all, noStop });
    if (!parseCommand(parser, args, 2, 2))
        return DiffTrouble;
    bool ok = false;
    const qint64 perMapping = parser.value(ranges).toLongLong(&ok);
    if (!ok || perMapping < 0)
        return printError(Cli::tr("--ranges takes a count: %1").arg(parser.value(ranges))), DiffTrouble;
    const qint64 kept = parser.value(maxRanges).toLongLong(&ok);
    if (!ok || kept < 0)
        return printError(Cli::tr("--max-ranges takes a count: %1").arg(parser.value(maxRanges))), DiffTrouble;

    const QStringList sides = parser.positionalArguments();
    auto before = openSide(sides.at(0), !parser.isSet(noStop));
    if (!before)
        return fail(before.error()), DiffTrouble;
    auto after = openSide(sides.at(1), !parser.isSet(noStop));
    if (!after)
        return fail(after.error()), DiffTrouble;

    struct sigaction action
    {
    };
    action.sa_handler = onDiffInterrupt;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);

    DiffOptions options;
    options.maxRanges = quint64(kept);
    options.cancel = &g_cancel;
    auto report = diffSources(*before->source, *after->source, options);
    for (Side* s : { &*before, &*after }) {
        if (s->live)
            s->live->release();
    }
    if (!report)
        return fail(report.error()), DiffTrouble;
    if (report->cancelled)
        return printError(Cli::tr("interrupted: the comparison was not finished")), DiffTrouble;

    // As diff(1): any difference, bytes readable on one side only included, is exit status 1.
    bool differs = report->changedBytes > 0;
    for (const MappingDiff& m : report->mappings)
        differs = differs || m.change != MappingDiff::Change::Same || m.unreadableBytes > 0;
    if (parser.isSet(json)) {
        if (writeOut(diffToJson(*report)) != ExitOk)
            return DiffTrouble;
        return differs ? DiffDiffers : DiffSame;
    }

    QString out;
    quint64 counts[6] = {};
    for (const MappingDiff& m : report->mappings) {
        ++counts[int(m.change)];
        if (m.change == MappingDiff::Change::Same && !parser.isSet(all))
            continue;
        const Region& r = m.after ? *m.after : *m.before;
        QString line = QStringLiteral("%1-%2 %3 %4")
                           .arg(hex(r.range.start), hex(r.range.end), changeId(m.change), regionName(r));
        if (m.before && m.after && m.before->range != m.after->range)
            line += u' '
                + Cli::tr("(was %1-%2, %3; now %4)")
                      .arg(hex(m.before->range.start), hex(m.before->range.end), formatBytes(m.before->range.size()),
                          formatBytes(m.after->range.size()));
        if (m.comparedBytes > 0)
            line += u' '
                + Cli::tr("%1 of %2 bytes differ in %3")
                      .arg(m.changedBytes)
                      .arg(m.comparedBytes)
                      .arg(rangesText(m.changedRanges));
        if (m.unreadableBytes > 0)
            line += u' ' + Cli::tr("(%1 bytes readable on one side only)").arg(m.unreadableBytes);
        out += line + u'\n';
        qint64 shown = 0;
        for (const AddressRange& c : m.changed) {
            if (shown == perMapping)
                break;
            out += QStringLiteral("  %1-%2 ").arg(hex(c.start), hex(c.end)) + bytesText(c.size()) + u'\n';
            ++shown;
        }
        if (quint64(shown) < m.changedRanges)
            out += QStringLiteral("  ") + Cli::tr("... and %1 more").arg(m.changedRanges - quint64(shown)) + u'\n';
    }
    out += Cli::tr("%1 of %2 bytes differ in %3; mappings: %4 changed, %5 grown, %6 shrunk, %7 added, %8 removed, "
                   "%9 same")
               .arg(report->changedBytes)
               .arg(report->comparedBytes)
               .arg(rangesText(report->changedRanges))
               .arg(counts[int(MappingDiff::Change::Changed)])
               .arg(counts[int(MappingDiff::Change::Grown)])
               .arg(counts[int(MappingDiff::Change::Shrunk)])
               .arg(counts[int(MappingDiff::Change::Added)])
               .arg(counts[int(MappingDiff::Change::Removed)])
               .arg(counts[int(MappingDiff::Change::Same)])
        + u'\n';
    if (writeOut(out.toUtf8()) != ExitOk)
        return DiffTrouble;
    return differs ? DiffDiffers : DiffSame;
}

} // namespace procglass::cli
