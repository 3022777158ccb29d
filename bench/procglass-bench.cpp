// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-bench: Procglass's core against the raw kernel interfaces, measured in one run, on one
// machine, so each figure is a ratio that survives a noisy, shared machine.
#include "agentfigures.h"
#include "benchutil.h"
#include "dumpfigures.h"
#include "fixture.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "scanfigures.h"
#include "searchfigures.h"
#include "snapshotfigures.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef PROCGLASS_BENCH_GUI
#include "guibench.h"

#include <QApplication>
#endif

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <functional>
#include <string>
#include <sys/prctl.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace procglass;
using procglass::bench::median;
using procglass::bench::printRow;
using procglass::test::Fixture;
using Clock = std::chrono::steady_clock;

namespace {

// Seconds of one call of f, median of `runs`.
double timeIt(int runs, const std::function<void()>& f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        f();
        t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
    return median(t);
}

int fail(const QString& why)
{
    std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(why));
    return 1;
}

int benchRead(quint64 size, int runs)
{
    Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(size), QStringLiteral("--threads"),
            QStringLiteral("1") }))
        return fail(f.error());
    const Address base = f.address(QStringLiteral("random"));
    auto target = LinuxTarget::open(f.pid());
    if (!target) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(target.error().message));
        return 1;
    }
    constexpr size_t kChunk = 1 << 20;
    std::vector<std::byte> buffer(kChunk, std::byte(1)); // touched: fresh pages would dominate both sides
    bool ok = true;
    auto raw = [&] {
        for (quint64 off = 0; off < size; off += kChunk) {
            iovec local { buffer.data(), kChunk };
            iovec remote { reinterpret_cast<void*>(base + off), kChunk };
            ok &= process_vm_readv(f.pid(), &local, 1, &remote, 1, 0) == ssize_t(kChunk);
        }
    };
    auto core = [&] {
        for (quint64 off = 0; off < size; off += kChunk)
            ok &= (*target)->read(base + off, buffer).complete();
    };
    // Interleave the two so that drift on a shared machine hits both alike.
    std::vector<double> tRaw, tCore;
    for (int i = 0; i < runs; ++i) {
        tRaw.push_back(timeIt(1, raw));
        tCore.push_back(timeIt(1, core));
    }
    if (!ok) {
        std::fprintf(stderr, "procglass-bench: a read failed\n");
        return 1;
    }
    const double gib = double(size) / double(1 << 30);
    const double rawRate = gib / median(tRaw), coreRate = gib / median(tCore);
    printRow(QStringLiteral("read %1 MiB in 1 MiB calls").arg(size >> 20),
        QStringLiteral("%1 GiB/s").arg(coreRate, 0, 'f', 1),
        QStringLiteral("process_vm_readv %1 GiB/s").arg(rawRate, 0, 'f', 1), coreRate / rawRate, ">= 0.90",
        coreRate / rawRate >= 0.90);
    return 0;
}

// Seconds of one whole program run (fork, exec, its work, exit), its output thrown away; -1 when it
// could not be run or failed.
double runWhole(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        const int null = open("/dev/null", O_WRONLY | O_CLOEXEC);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// procglass-cli maps and maps --json against pmap, each a whole process on the same target, taking
// turns so that drift on a shared machine hits all three alike.
int benchWholeMaps(pid_t pid, int runs)
{
    const std::string p = std::to_string(pid);
    std::vector<double> pmap, text, json;
    for (int i = 0; i < runs; ++i) {
        pmap.push_back(runWhole({ "pmap", p }));
        text.push_back(runWhole({ PROCGLASS_CLI_PATH, "maps", p }));
        json.push_back(runWhole({ PROCGLASS_CLI_PATH, "maps", p, "--json" }));
    }
    for (const auto* t : { &pmap, &text, &json }) {
        if (std::any_of(t->begin(), t->end(), [](double s) { return s < 0; }))
            return fail(t == &pmap ? QStringLiteral("pmap did not run (procps installed?)")
                                   : QStringLiteral("procglass-cli maps failed"));
    }
    const double raw = median(pmap);
    for (const auto& [what, t] : { std::pair { "procglass-cli maps, whole process", &text },
             std::pair { "procglass-cli maps --json", &json } }) {
        const double core = median(*t);
        printRow(QString::fromLatin1(what), QStringLiteral("%1 ms").arg(core * 1e3, 0, 'f', 1),
            QStringLiteral("pmap %1 ms").arg(raw * 1e3, 0, 'f', 1), core / raw, "<= 1.00", core <= raw);
    }
    return 0;
}

int benchMaps(quint64 mappings, int runs)
{
    Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
            QStringLiteral("1"), QStringLiteral("--maps"), QString::number(mappings) }))
        return fail(f.error());
    const std::string path = "/proc/" + std::to_string(f.pid()) + "/maps";
    std::string text;
    text.reserve(16 << 20);
    size_t lines = 0;
    const double kernel = timeIt(runs, [&] {
        // The kernel producing the file: read() into a big reused buffer, nothing else.
        const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
        size_t size = 0;
        text.resize(text.capacity());
        for (ssize_t n; (n = read(fd, text.data() + size, text.size() - size)) > 0;)
            size += size_t(n);
        close(fd);
        text.resize(size);
    });
    const double core = timeIt(runs, [&] {
        auto maps = readRegions(f.pid());
        lines = maps ? maps->regions.size() : 0;
    });
    printRow(QStringLiteral("maps of %1 mappings").arg(lines), QStringLiteral("%1 ms").arg(core * 1e3, 0, 'f', 1),
        QStringLiteral("kernel producing it %1 ms").arg(kernel * 1e3, 0, 'f', 1), core / kernel, "<= 2.00",
        core / kernel <= 2.0);
    const int whole = benchWholeMaps(f.pid(), runs);
    return lines >= mappings ? whole : 1;
}

int benchProcesses(int wanted, int runs)
{
    const bench::SleepingChildren children(wanted);
    size_t count = 0;
    const double raw = timeIt(runs, [&] {
        // The bare minimum a process list needs: readdir, then stat and cmdline of each.
        DIR* dir = opendir("/proc");
        char buf[4096];
        while (dirent* e = readdir(dir)) {
            if (e->d_name[0] < '0' || e->d_name[0] > '9')
                continue;
            for (const char* file : { "stat", "cmdline" }) {
                const std::string p = std::string("/proc/") + e->d_name + "/" + file;
                const int fd = open(p.c_str(), O_RDONLY | O_CLOEXEC);
                if (fd >= 0) {
                    (void)!read(fd, buf, sizeof buf);
                    close(fd);
                }
            }
        }
        closedir(dir);
    });
    const double core = timeIt(runs, [&] {
        auto list = listProcesses();
        count = list ? list->size() : 0;
    });
    printRow(QStringLiteral("list %1 processes").arg(count), QStringLiteral("%1 ms").arg(core * 1e3, 0, 'f', 1),
        QStringLiteral("readdir+stat+cmdline %1 ms").arg(raw * 1e3, 0, 'f', 1), core / raw, "<= 60 ms",
        core * 1e3 <= 60);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
#ifdef PROCGLASS_BENCH_GUI
    // The GUI figures need widgets; without a display they render offscreen, which measures the same work.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("procglass-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Procglass's core against the raw kernel interfaces."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption readSize(QStringLiteral("read-mib"), QStringLiteral("Size of the region to read (MiB)."),
        QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption maps(QStringLiteral("maps"), QStringLiteral("Mappings of the maps target."),
        QStringLiteral("N"), QStringLiteral("65000"));
    const QCommandLineOption procs(
        QStringLiteral("processes"), QStringLiteral("Processes to list."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption runs(QStringLiteral("runs"),
        QStringLiteral("Runs of each measurement (the median counts)."), QStringLiteral("N"), QStringLiteral("9"));
    const QCommandLineOption searchSize(QStringLiteral("search-mib"),
        QStringLiteral("Random data in the searched and dumped process (MiB)."), QStringLiteral("N"),
        QStringLiteral("2048"));
    const QCommandLineOption scanmemSize(QStringLiteral("scanmem-mib"),
        QStringLiteral("Random data in the process the scan group compares with scanmem (MiB; scanmem needs minutes "
                       "a GiB). --search-mib sizes the scan group's first scan of 0 (0: left out)."),
        QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption only(QStringLiteral("only"),
        QStringLiteral("Run only these groups (read,maps,processes,search,dump,agent,snapshot,scan,gui; regions: the "
                       "GUI's regions table alone)."),
        QStringLiteral("GROUPS"));
    const QCommandLineOption sshSize(QStringLiteral("ssh-mib"),
        QStringLiteral("Bytes read through the agent over ssh localhost (MiB)."), QStringLiteral("N"),
        QStringLiteral("256"));
    parser.addOptions({ readSize, maps, procs, runs, searchSize, scanmemSize, only, sshSize });
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());

    std::printf("procglass-bench %s: medians of %d runs; each ratio is core / raw baseline, measured in this run\n",
        PROCGLASS_VERSION, n);
    int rc = 0;
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    auto wanted = [&](const char* group) { return groups.isEmpty() || groups.contains(QLatin1StringView(group)); };
    if (wanted("read"))
        rc |= benchRead(parser.value(readSize).toULongLong() << 20, n);
    if (wanted("maps"))
        rc |= benchMaps(parser.value(maps).toULongLong(), n);
    if (wanted("processes"))
        rc |= benchProcesses(parser.value(procs).toInt(), n);
    if (wanted("search"))
        rc |= procglass::bench::runSearchBenchmarks(parser.value(searchSize).toULongLong() << 20, n);
    if (wanted("dump"))
        rc |= procglass::bench::runDumpBenchmarks(parser.value(searchSize).toULongLong() << 20, n);
    if (wanted("scan"))
        rc |= procglass::bench::runScanBenchmarks(
            parser.value(searchSize).toULongLong() << 20, parser.value(scanmemSize).toULongLong() << 20, n);
    if (wanted("agent"))
        rc |= procglass::bench::runAgentBenchmarks(
            parser.value(readSize).toULongLong() << 20, parser.value(sshSize).toULongLong() << 20, n);
    if (wanted("snapshot"))
        rc |= procglass::bench::runSnapshotBenchmarks(parser.value(searchSize).toULongLong() << 20, n);
#ifdef PROCGLASS_BENCH_GUI
    if (wanted("gui"))
        rc |= procglass::bench::runGuiBenchmarks(int(parser.value(maps).toULongLong()), parser.value(procs).toInt(), n);
    else if (wanted("regions"))
        rc |= procglass::bench::runRegionsTableBenchmark(int(parser.value(maps).toULongLong()), n);
#endif
    return rc;
}
