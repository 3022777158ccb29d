// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snapshotfigures.h"

#include "benchutil.h"
#include "core/io/bundlesource.h"
#include "core/model/format.h"
#include "core/snapshot/diff.h"
#include "core/snapshot/snapshot.h"
#include "fixture.h"
#include "platform/linux/target.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <chrono>
#include <cstring>
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

quint64 folderBytes(const QString& path)
{
    quint64 n = 0;
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files | QDir::Hidden))
        n += quint64(f.size());
    return n;
}

Region regionOf(AddressRange range)
{
    Region r;
    r.range = range;
    r.perms = { true, true, false, false };
    r.kind = RegionKind::Anonymous;
    return r;
}
} // namespace

int runSnapshotBenchmarks(quint64 size, int runs)
{
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(size) })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    auto target = LinuxTarget::open(f.pid());
    if (!target) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(target.error().message));
        return 1;
    }
    // On tmpfs, as the dump rows: the disk's throttled write-back would be measured, not the writer.
    const QString where = QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm/") : QString();
    QTemporaryDir dir(where + QStringLiteral("procglass-bench-XXXXXX"));
    const AddressRange random { f.address(QStringLiteral("random")), f.address(QStringLiteral("random")) + size };
    const std::vector<Region> regions { regionOf(random) };
    int rc = 0;
    DumpControl control;
    control.overwrite = true;

    // 1. A snapshot of the random bytes (incompressible, nothing shared) against process_vm_readv +
    //    write of the same bytes, both ending with fsync, taking turns going first.
    std::vector<double> tPlain, tOurs;
    std::vector<char> buffer(1 << 20, 1);
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
        tPlain.push_back(seconds(start));
        QFile::remove(path);
    };
    auto ours = [&](const QString& path) {
        const auto start = Clock::now();
        if (!writeSnapshot(**target, regions, BundleInfo(), path, {}, control))
            rc = 1;
        tOurs.push_back(seconds(start));
        QDir(path).removeRecursively();
    };
    for (int i = 0; i < runs; ++i) {
        if (i % 2 == 0) {
            plainLoop(dir.filePath(QStringLiteral("plain.bin")));
            ours(dir.filePath(QStringLiteral("snap")));
        } else {
            ours(dir.filePath(QStringLiteral("snap")));
            plainLoop(dir.filePath(QStringLiteral("plain.bin")));
        }
    }
    const double ratio = median(tPlain) / median(tOurs);
    printRow(QStringLiteral("snapshot of %1 MiB (random bytes)").arg(size >> 20), gib(size, median(tOurs)),
        QStringLiteral("process_vm_readv + write, 1 MiB: %1").arg(gib(size, median(tPlain))), ratio, ">= 0.85",
        ratio >= 0.85);

    // 2. A second snapshot of the unchanged bytes on the first: every chunk read, hashed, compared
    //    byte for byte with the base's, and shared.
    const QString first = dir.filePath(QStringLiteral("first"));
    const QString second = dir.filePath(QStringLiteral("second"));
    if (!writeSnapshot(**target, regions, BundleInfo(), first, {}, control))
        rc = 1;
    std::vector<double> tSecond;
    quint64 secondBytes = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        auto r = writeSnapshot(**target, regions, BundleInfo(), second, { first, false }, control);
        tSecond.push_back(seconds(start));
        if (!r)
            rc = 1;
        else
            secondBytes = r->bytesOnDisk;
    }
    const quint64 firstBytes = folderBytes(first);
    printRow(QStringLiteral("second snapshot of %1 MiB, unchanged, --base").arg(size >> 20),
        QStringLiteral("%1 s, %2 on disk").arg(median(tSecond), 0, 'f', 2).arg(formatBytes(secondBytes)),
        QStringLiteral("first: %1 s, %2").arg(median(tOurs), 0, 'f', 2).arg(formatBytes(firstBytes)),
        double(secondBytes) / double(std::max<quint64>(firstBytes, 1)), "(report)", true);

    // 3. Two snapshots of the same size that share nothing (the second written without a base),
    //    compared: diffSources (reading both, every chunk checked) against memcmp of the same
    //    bytes already in memory. And the same pair when the second shares the first's chunks.
    const QString other = dir.filePath(QStringLiteral("other"));
    if (!writeSnapshot(**target, regions, BundleInfo(), other, {}, control))
        rc = 1;
    {
        auto a = BundleSource::open(first);
        auto b = BundleSource::open(other);
        auto c = BundleSource::open(second);
        if (!a || !b || !c)
            return 1;
        std::vector<double> tDiff, tShared;
        for (int i = 0; i < runs; ++i) {
            auto start = Clock::now();
            if (!diffSources(**a, **b))
                rc = 1;
            tDiff.push_back(seconds(start));
            start = Clock::now();
            if (!diffSources(**a, **c))
                rc = 1;
            tShared.push_back(seconds(start));
        }
        // The same bytes in memory: read from the snapshots once, then compared.
        std::vector<std::byte> x(size);
        std::vector<std::byte> y(size);
        if ((*a)->read(random.start, x).error || (*b)->read(random.start, y).error)
            rc = 1;
        std::vector<double> tMemcmp;
        volatile int sink = 0;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            sink = sink + std::memcmp(x.data(), y.data(), size);
            tMemcmp.push_back(seconds(start));
        }
        printRow(QStringLiteral("diff of two %1 MiB snapshots (nothing shared)").arg(size >> 20),
            QStringLiteral("%1 s (%2)").arg(median(tDiff), 0, 'f', 2).arg(gib(size, median(tDiff))),
            QStringLiteral("memcmp in memory: %1 s (%2)")
                .arg(median(tMemcmp), 0, 'f', 3)
                .arg(gib(size, median(tMemcmp))),
            median(tMemcmp) / median(tDiff), "(report)", true);
        printRow(QStringLiteral("diff of two %1 MiB snapshots (the second on the first)").arg(size >> 20),
            QStringLiteral("%1 s").arg(median(tShared), 0, 'f', 3),
            QStringLiteral("memcmp in memory: %1 s").arg(median(tMemcmp), 0, 'f', 3), median(tMemcmp) / median(tShared),
            "(report)", true);
    }
    QDir(first).removeRecursively();
    QDir(second).removeRecursively();
    QDir(other).removeRecursively();
    f.kill();

    // 4. zstd on and off, on realistic content: a Python process holding a million small records
    //    (dicts, strings, floats, lists: an object heap), its whole memory.
    QProcess python;
    python.start(QStringLiteral("python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import sys\n"
                           "d = [{'id': i, 'name': 'user%d' % i, 'mail': 'user%d@example.org' % i, 'score': i * 0.5,"
                           " 'tags': ['alpha', 'beta', str(i % 97)]} for i in range(1000000)]\n"
                           "print('ready', flush=True)\nsys.stdin.read()\n") });
    if (!python.waitForReadyRead(120000)) {
        std::printf("zstd rows: skipped, python3 did not start\n");
        return rc;
    }
    auto py = LinuxTarget::open(pid_t(python.processId()));
    auto pyRegions = py ? (*py)->regions() : Result<std::vector<Region>>(Error());
    if (!py || !pyRegions) {
        std::printf("zstd rows: skipped, python3 cannot be read\n");
        python.kill();
        python.waitForFinished();
        return rc;
    }
    quint64 pyBytes = 0;
    for (const Region& r : *pyRegions) {
        if (r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall)
            pyBytes += r.range.size();
    }
    std::vector<double> tPlainPy, tZstd;
    quint64 plainSize = 0;
    quint64 zstdSize = 0;
    for (int i = 0; i < runs; ++i) {
        for (bool compress : { false, true }) {
            const QString path = dir.filePath(compress ? QStringLiteral("py-zstd") : QStringLiteral("py-plain"));
            const auto start = Clock::now();
            auto r = writeSnapshot(**py, *pyRegions, BundleInfo(), path, { QString(), compress }, control);
            (compress ? tZstd : tPlainPy).push_back(seconds(start));
            if (!r)
                rc = 1;
            else
                (compress ? zstdSize : plainSize) = r->bytesOnDisk;
            QDir(path).removeRecursively();
        }
    }
    python.kill();
    python.waitForFinished();
    printRow(QStringLiteral("snapshot of a Python heap (%1 readable), zstd").arg(formatBytes(pyBytes)),
        QStringLiteral("%1 s, %2 on disk").arg(median(tZstd), 0, 'f', 2).arg(formatBytes(zstdSize)),
        QStringLiteral("uncompressed: %1 s, %2").arg(median(tPlainPy), 0, 'f', 2).arg(formatBytes(plainSize)),
        double(zstdSize) / double(std::max<quint64>(plainSize, 1)), "(report)", true);
    return rc;
}

} // namespace procglass::bench
