// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "dumpfigures.h"

#include "benchutil.h"
#include "core/io/dump.h"
#include "fixture.h"
#include "platform/linux/hold.h"
#include "platform/linux/localhost.h"
#include "platform/linux/target.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <chrono>
#include <fcntl.h>
#include <sys/uio.h>
#include <unistd.h>

namespace procglass::bench {

namespace {
using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

QString gib(quint64 bytes, double s)
{
    return QStringLiteral("%1 GiB/s").arg(double(bytes) / double(1 << 30) / s, 0, 'f', 2);
}
} // namespace

int runDumpBenchmarks(quint64 size, int runs)
{
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(size), QStringLiteral("--threads"),
            QStringLiteral("3") })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    auto target = LinuxTarget::open(f.pid());
    if (!target) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(target.error().message));
        return 1;
    }
    LocalTarget local(LinuxTarget::open(f.pid()).value());
    // On tmpfs where there is one: on this kind of VM the disk's write-back is throttled to
    // 0.2-1 GiB/s and varies 3x between runs, which would measure the disk, not the dumper.
    const QString base = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/") : QString();
    QTemporaryDir dir(base + QStringLiteral("procglass-bench-XXXXXX"));
    const AddressRange random { f.address(QStringLiteral("random")), f.address(QStringLiteral("random")) + size };
    int rc = 0;

    // Raw: the random region to a file.
    std::vector<double> tRaw, tCore;
    std::vector<char> buffer(1 << 20, 1);
    // Both sides end with fsync: the disk, not the page cache, decides how fast a dump really is.
    // They take turns going first, so that neither always meets the other's write-back.
    auto plainLoop = [&](const QString& path) {
        const auto start = Clock::now();
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        for (Address a = random.start; a < random.end; a += buffer.size()) {
            iovec local { buffer.data(), buffer.size() };
            iovec remote { reinterpret_cast<void*>(a), buffer.size() };
            const ssize_t n = process_vm_readv(f.pid(), &local, 1, &remote, 1, 0);
            if (n <= 0 || ::write(fd, buffer.data(), size_t(n)) != n)
                rc = 1;
        }
        ::fsync(fd);
        ::close(fd);
        tRaw.push_back(seconds(start));
        QFile::remove(path);
    };
    auto ours = [&](const QString& path) {
        const auto start = Clock::now();
        DumpControl control;
        control.overwrite = true;
        if (!dumpRaw(**target, { random }, path, control)) // like every output: fsync, then rename
            rc = 1;
        tCore.push_back(seconds(start));
        QFile::remove(path);
    };
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            plainLoop(dir.filePath(QStringLiteral("plain.bin")));
            ours(dir.filePath(QStringLiteral("ours.bin")));
        } else {
            ours(dir.filePath(QStringLiteral("ours.bin")));
            plainLoop(dir.filePath(QStringLiteral("plain.bin")));
        }
    }
    const double rawRatio = median(tRaw) / median(tCore);
    printRow(QStringLiteral("raw export of %1 MiB to a file").arg(size >> 20), gib(size, median(tCore)),
        QStringLiteral("process_vm_readv + write, 1 MiB: %1").arg(gib(size, median(tRaw))), rawRatio, ">= 0.85",
        rawRatio >= 0.85);

    // ELF core: ours against gcore, the whole process.
    const QString gcore = QStandardPaths::findExecutable(QStringLiteral("gcore"));
    if (gcore.isEmpty()) {
        std::printf("ELF core: skipped, gcore is not installed\n");
        return rc;
    }
    std::vector<double> tGcore, tOurs;
    // Each file goes as soon as it is timed, and the two take turns going first: a writer that
    // gets the pages the other just freed does not pay for fresh ones (~10 us each here).
    auto theirs = [&] {
        const QString prefix = dir.filePath(QStringLiteral("gcore"));
        const auto start = Clock::now();
        QProcess p;
        p.start(gcore, { QStringLiteral("-o"), prefix, QString::number(f.pid()) });
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "procglass-bench: gcore failed: %s\n", p.readAllStandardError().constData());
            rc = 1;
        }
        tGcore.push_back(seconds(start));
        QFile::remove(prefix + u'.' + QString::number(f.pid()));
    };
    auto oursCore = [&] {
        const QString path = dir.filePath(QStringLiteral("core"));
        const auto start = Clock::now();
        {
            // As the window and the CLI write one: through the Target, held (LocalTarget::dump).
            auto hold = local.hold(Hold::kDefaultTimeout);
            auto regions = local.regions();
            DumpJob job;
            job.format = DumpJob::Format::Core;
            job.path = path;
            job.overwrite = true;
            if (regions)
                job.regions = *regions;
            if (!hold || !regions || !local.dump(job, hold->get(), BundleInfo()))
                rc = 1;
        }
        tOurs.push_back(seconds(start));
        QFile::remove(path);
    };
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            theirs();
            oursCore();
        } else {
            oursCore();
            theirs();
        }
    }
    const double coreRatio = median(tOurs) / median(tGcore);
    printRow(QStringLiteral("ELF core of a %1 MiB process").arg(size >> 20),
        QStringLiteral("%1 s").arg(median(tOurs), 0, 'f', 2),
        QStringLiteral("gcore: %1 s").arg(median(tGcore), 0, 'f', 2), coreRatio, "<= 0.65", coreRatio <= 0.65);
    return rc;
}

} // namespace procglass::bench
