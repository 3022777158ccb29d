// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "scanfigures.h"

#include "benchutil.h"
#include "core/search/searchrun.h"
#include "core/search/unknownscan.h"
#include "fixture.h"
#include "platform/linux/target.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <cstdio>
#include <sys/resource.h>

namespace procglass::bench {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

QString secondsText(double s)
{
    return QStringLiteral("%1 s").arg(s, 0, 'f', 2);
}

// scanmem driven through its stdin: `snapshot` then `!=`, timed by `shell date` between them.
// Returns {snapshot, !=} seconds, or negative values when scanmem is missing or failed.
std::pair<double, double> scanmem(pid_t pid, QString* matches)
{
    if (QStandardPaths::findExecutable(QStringLiteral("scanmem")).isEmpty())
        return { -1, -1 };
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("scanmem"), { QStringLiteral("-p"), QString::number(pid) });
    if (!p.waitForStarted())
        return { -1, -1 };
    p.write("option scan_data_type int32\n"
            "shell date +STAMP%s.%N\n"
            "snapshot\n"
            "shell date +STAMP%s.%N\n"
            "!=\n"
            "shell date +STAMP%s.%N\n"
            "exit\n");
    p.closeWriteChannel();
    if (!p.waitForFinished(3600000))
        return { -1, -1 };
    const QString out = QString::fromLocal8Bit(p.readAll());
    std::vector<double> stamps;
    for (const QString& line : out.split(u'\n')) {
        // Not the echoed command ("> shell date +STAMP%s.%N"): date's output, "STAMP<seconds>".
        if (line.startsWith(QLatin1StringView("STAMP")))
            stamps.push_back(line.mid(5).trimmed().toDouble());
        if (line.contains(QLatin1StringView("matches")))
            *matches = line.trimmed();
    }
    if (stamps.size() != 3) {
        std::fprintf(stderr, "procglass-bench: scanmem said: %s\n", qPrintable(out.right(2000)));
        return { -1, -1 };
    }
    return { stamps[1] - stamps[0], stamps[2] - stamps[1] };
}

qint64 maxRssMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// procglass-cli ARGS under /usr/bin/time -v: wall seconds and maximum resident set (MiB), its
// stderr in *err; negative seconds when it failed.
std::pair<double, qint64> timedCli(const QStringList& args, QString* err)
{
    const auto start = Clock::now();
    const test::ProgramRun r = test::runProgram(
        QStringLiteral("/usr/bin/time"), QStringList { QStringLiteral("-v"), test::cliPath() } + args, 3600000);
    const double s = seconds(start);
    *err = r.errText();
    const auto m = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)")).match(*err);
    if (r.exitCode != 0 || !m.hasMatch()) {
        std::fprintf(stderr, "procglass-bench: procglass-cli %s said: %s\n", qPrintable(args.join(u' ')),
            qPrintable(err->right(2000)));
        return { -1, 0 };
    }
    return { s, m.captured(1).toLongLong() / 1024 };
}

// The first value scan of "0" (aligned int32) in a process of `size` zeros, where every aligned
// int32 is a hit (512 Mi hits, 8 GiB of them, in 2 GiB): the hits beyond the memory cap go to the
// scratch file. Against the unknown first scan of the same memory (which keeps the memory, zeros
// costing nothing). In process as the window runs it, and procglass-cli search --save-hits under
// /usr/bin/time -v for the peak memory.
int firstScanOfZero(quint64 size, int runs)
{
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--zeros"),
            QString::number(size) })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    auto opened = LinuxTarget::open(f.pid());
    if (!opened) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::shared_ptr<MemorySource> target(std::move(*opened));
    const Address zeros = f.address(QStringLiteral("zeros"));
    const AddressRange range { zeros, zeros + size };
    const ScanValueType int32 { ScanValueType::Kind::Integer, 4, true, false };
    auto zero = SearchPattern::integer(u"0", 32, true, false);
    std::vector<double> tUnknown, tValue;
    quint64 hits = 0, inMemory = 0;
    const int n = std::min(runs, 3); // a scratch file of 8 GiB a run
    for (int i = 0; i < n; ++i) {
        UnknownScanRequest unknown;
        unknown.ranges = { range };
        unknown.type = int32;
        unknown.aligned = true;
        auto start = Clock::now();
        auto baseline = captureBaseline(target, unknown, {});
        tUnknown.push_back(seconds(start));
        if (!baseline) {
            std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(baseline.error().message));
            return 1;
        }
        baseline->reset();
        SearchRequest request; // as the search panel asks for it
        request.pattern = *zero;
        request.ranges = { range };
        request.valueType = int32;
        request.aligned = true;
        request.keepAllValueHits = true;
        SearchRun run(std::move(request));
        start = Clock::now();
        run.run(*target);
        auto kept = run.takeHitSet();
        tValue.push_back(seconds(start));
        if (run.summary().error || !kept || kept->error()) {
            std::fprintf(stderr, "procglass-bench: the first scan of 0 failed: %s\n",
                qPrintable(run.summary().error ? run.summary().error.message
                        : kept                 ? kept->error().message
                                               : QStringLiteral("no hits")));
            return 1;
        }
        hits = kept->size();
        inMemory = kept->inMemory();
    }
    const double ratio = median(tValue) / median(tUnknown);
    printRow(QStringLiteral("first value scan of 0, aligned int32, %1 MiB of zeros, in process (%2 hits, %3 in memory, "
                            "the rest in the scratch file)")
                 .arg(size >> 20)
                 .arg(hits)
                 .arg(inMemory),
        secondsText(median(tValue)),
        QStringLiteral("unknown first scan of the same: %1").arg(secondsText(median(tUnknown))), ratio, "<= 60 s",
        median(tValue) <= 60);

    // The CLI, which also saves every hit (16 bytes each) to its --save-hits file.
    QTemporaryDir dir;
    const QString pid = QString::number(f.pid());
    const QString where = QStringLiteral("%1-%2").arg(range.start, 0, 16).arg(range.end, 0, 16);
    QString err;
    const auto [cliUnknown, rssUnknown]
        = timedCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"), QStringLiteral("--type"),
                       QStringLiteral("int32"), QStringLiteral("--aligned"), QStringLiteral("--range"), where,
                       QStringLiteral("--save-hits"), dir.filePath(QStringLiteral("u")) },
            &err);
    QFile::remove(dir.filePath(QStringLiteral("u")));
    const auto [cliValue, rssValue]
        = timedCli({ QStringLiteral("search"), pid, QStringLiteral("--int"), QStringLiteral("0"),
                       QStringLiteral("--width"), QStringLiteral("32"), QStringLiteral("--aligned"),
                       QStringLiteral("--range"), where, QStringLiteral("--save-hits"),
                       dir.filePath(QStringLiteral("v")), QStringLiteral("--max"), QStringLiteral("3") },
            &err);
    const quint64 saved = quint64(QFileInfo(dir.filePath(QStringLiteral("v"))).size());
    QFile::remove(dir.filePath(QStringLiteral("v")));
    if (cliUnknown < 0 || cliValue < 0)
        return 1;
    const QString count = QRegularExpression(QStringLiteral("of (\\d+) hits")).match(err).captured(1);
    printRow(QStringLiteral("procglass-cli search --int 0 --aligned --save-hits, %1 MiB of zeros (%2 hits, a %3 MiB "
                            "file; max RSS %4 MiB, unknown: %5 MiB)")
                 .arg(size >> 20)
                 .arg(count)
                 .arg(saved >> 20)
                 .arg(rssValue)
                 .arg(rssUnknown),
        secondsText(cliValue),
        QStringLiteral("search --unknown --type int32 of the same: %1").arg(secondsText(cliUnknown)),
        cliValue / cliUnknown, "report", true);
    return 0;
}

} // namespace

int runScanBenchmarks(quint64 size, quint64 scanmemSize, int runs)
{
    // size 0: only the rows against scanmem (which needs minutes a GiB here).
    if (size > 0 && firstScanOfZero(size, runs) != 0)
        return 1;
    // The rows against scanmem on a process of scanmemSize random bytes: both measured on it.
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(scanmemSize), QStringLiteral("--threads"),
            QStringLiteral("3") })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    auto opened = LinuxTarget::open(f.pid());
    if (!opened) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::shared_ptr<MemorySource> target(std::move(*opened));
    auto regions = target->regions();
    if (!regions) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(regions.error().message));
        return 1;
    }
    // The writable mappings, as scanmem's default region_scan_level 2 takes them.
    std::vector<AddressRange> ranges;
    quint64 total = 0;
    for (const Region& r : *regions) {
        if (r.perms.read && r.perms.write && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall) {
            ranges.push_back(r.range);
            total += r.range.size();
        }
    }
    int rc = 0;
    const QString what = QStringLiteral("unknown int32, %1 MiB rw").arg(total >> 20);
    QString scanmemMatches;
    const int scanmemRuns = std::min(runs, scanmemSize > (256ull << 20) ? 1 : 3); // minutes a GiB on a busy machine
    std::vector<double> sSnap, sNext;
    for (int i = 0; i < scanmemRuns; ++i) {
        const auto [snap, next] = scanmem(f.pid(), &scanmemMatches);
        if (snap < 0)
            break;
        sSnap.push_back(snap);
        sNext.push_back(next);
    }
    for (const bool aligned : { false, true }) {
        UnknownScanRequest request;
        request.ranges = ranges;
        request.aligned = aligned;
        std::vector<double> tFirst, tNext;
        quint64 hits = 0, positions = 0, inMemory = 0;
        for (int i = 0; i < runs; ++i) {
            auto start = Clock::now();
            auto baseline = captureBaseline(target, request, {});
            tFirst.push_back(seconds(start));
            if (!baseline) {
                std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(baseline.error().message));
                return 1;
            }
            start = Clock::now();
            auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
            tNext.push_back(seconds(start));
            if (!changed) {
                std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(changed.error().message));
                return 1;
            }
            hits = changed->size();
            positions = (*baseline)->positions();
            inMemory = (*baseline)->memoryBytes();
        }
        const double core = median(tFirst) + median(tNext);
        const QString row = QStringLiteral("%1%2: first + changed (%3 of %4 positions; %5 MiB kept in memory)")
                                .arg(what, aligned ? QStringLiteral(" aligned") : QString())
                                .arg(hits)
                                .arg(positions)
                                .arg(inMemory >> 20);
        const QString coreText = QStringLiteral("%1 + %2").arg(secondsText(median(tFirst)), secondsText(median(tNext)));
        if (sSnap.empty()) {
            printRow(row, coreText, QStringLiteral("scanmem: not installed or failed"), 0, ">= 20x", false);
            rc = 1;
        } else {
            const double raw = median(sSnap) + median(sNext);
            const double ratio = raw / core;
            printRow(row, coreText,
                QStringLiteral("scanmem snapshot + != (%1 runs): %2 + %3; %4")
                    .arg(sSnap.size())
                    .arg(secondsText(median(sSnap)), secondsText(median(sNext)), scanmemMatches),
                ratio, ">= 20x", ratio >= 20);
            if (!aligned && ratio < 20)
                rc = 1;
        }
    }

    // Next steps and rescans on one thread against every core: 256 MiB of the random data.
    const Address random = f.address(QStringLiteral("random"));
    const quint64 part = std::min<quint64>(scanmemSize, 256ull << 20);
    UnknownScanRequest request;
    request.ranges = { { random, random + part } };
    request.aligned = true;
    auto baseline = captureBaseline(target, request, {});
    if (!baseline) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(baseline.error().message));
        return 1;
    }
    std::vector<double> one, all, rOne, rAll;
    std::optional<HitSet> unchanged;
    // The hits in memory, so that the threads are measured rather than the disk's write-back (the
    // scratch file's cost is the first scan of "0" in tests/cli/tst_cli_unknownscan).
    const quint64 cap = HitSet::memoryCap();
    HitSet::setMemoryCap(std::max<quint64>(cap, part / 4 + 1));
    for (int i = 0; i < runs; ++i) {
        ScanControl single;
        single.threads = 1;
        // Alternating which goes first, so that neither always runs on a warmer (or busier) machine.
        Clock::time_point start;
        Result<HitSet> a = makeError(ErrorKind::Io, QString()), b = a;
        for (int k = 0; k < 2; ++k) {
            const bool first = (k == 0) == (i % 2 == 0);
            start = Clock::now();
            if (first) {
                a = (*baseline)->next(HitSet::Filter::Unchanged, {}, single);
                one.push_back(seconds(start));
            } else {
                b = (*baseline)->next(HitSet::Filter::Unchanged, {}, {});
                all.push_back(seconds(start));
            }
        }
        if (!a || !b || a->size() != b->size()) {
            std::fprintf(stderr, "procglass-bench: next steps differ or failed\n");
            return 1;
        }
        unchanged = std::move(*b);
    }
    printRow(QStringLiteral("unknown next 'unchanged', %1 MiB aligned (%2 hits, %3 in memory), 1 thread vs all")
                 .arg(part >> 20)
                 .arg(unchanged->size())
                 .arg(unchanged->inMemory()),
        secondsText(median(all)), QStringLiteral("1 thread: %1").arg(secondsText(median(one))),
        median(one) / median(all), "report", true);
    for (int i = 0; i < runs; ++i) {
        Result<HitSet> a = makeError(ErrorKind::Io, QString()), b = a;
        for (int k = 0; k < 2; ++k) {
            const bool first = (k == 0) == (i % 2 == 0);
            const auto start = Clock::now();
            if (first) {
                a = unchanged->rescan(*target, HitSet::Filter::Unchanged, {}, nullptr, 1);
                rOne.push_back(seconds(start));
            } else {
                b = unchanged->rescan(*target, HitSet::Filter::Unchanged, {}, nullptr, 0);
                rAll.push_back(seconds(start));
            }
        }
        if (!a || !b || a->size() != b->size()) {
            std::fprintf(stderr, "procglass-bench: rescans differ or failed\n");
            return 1;
        }
    }
    printRow(QStringLiteral("rescan 'unchanged' of %1 hits, 1 thread vs all").arg(unchanged->size()),
        secondsText(median(rAll)), QStringLiteral("1 thread: %1").arg(secondsText(median(rOne))),
        median(rOne) / median(rAll), "report", true);
    HitSet::setMemoryCap(cap);
    std::printf("scan group: peak memory of the benchmark %lld MiB (the hit sets' memory cap: %llu hits)\n",
        static_cast<long long>(maxRssMiB()), static_cast<unsigned long long>(HitSet::memoryCap()));
    return rc;
}

} // namespace procglass::bench
