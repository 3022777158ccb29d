// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Every file Procglass writes, pointed at what another user controls (issue 14, findings 1, 2, 7
// and 10): a link, a FIFO or a device where the output goes, another user's file in a sticky
// folder, a linked folder as a bundle, a sidecar that cannot be written, a full disk, a writer
// killed half way. Nothing outside what was asked is created, changed or deleted, and the error
// says why.
#include "core/io/dump.h"
#include "core/io/privatefile.h"
#include "core/search/valuescan.h"
#include "fakememorysource.h"
#include "fixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <utility>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {
constexpr Address kA = 0x7f0000000000;
constexpr Address kB = 0x7f0000100000;

Region region(Address start, quint64 size, RegionKind kind)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.kind = kind;
    return r;
}

struct stat lstatOf(const QString& path)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        st.st_mode = 0;
    return st;
}

QStringList entries(const QString& dir)
{
    QStringList list = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    list.sort();
    return list;
}

// Runs a command as nobody, the other user of these attacks.
bool asNobody(const QStringList& command)
{
    QProcess p;
    p.start(QStringLiteral("setpriv"),
        QStringList {
            QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") }
            + command);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A source that lets a test act while the dump is being written (the attacker's race).
class RacingSource : public MemorySource
{
public:
    RacingSource(MemorySource& inner, std::function<void()> during)
        : m_inner(inner)
        , m_during(std::move(during))
    { }
    Result<std::vector<Region>> regions() override { return m_inner.regions(); }
    ReadResult read(Address address, std::span<std::byte> out) override
    {
        if (m_during)
            std::exchange(m_during, {})();
        return m_inner.read(address, out);
    }
    QString description() const override { return m_inner.description(); }

private:
    MemorySource& m_inner;
    std::function<void()> m_during;
};

bool canAttackAsNobody()
{
    return geteuid() == 0 && !QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty();
}
} // namespace

class TestOutputFiles : public QObject
{
    Q_OBJECT
    FakeMemorySource m_fake;
    QByteArray m_a = QByteArray(0x3000, 'a'), m_b = QByteArray(0x2000, 'b');
    DumpControl m_force;

    // A folder like /tmp: sticky, everyone may write.
    static QString sharedFolder(QTemporaryDir& dir)
    {
        return ::chmod(QFile::encodeName(dir.path()).constData(), 01777) == 0 ? dir.path() : QString();
    }

private slots:
    void initTestCase()
    {
        m_fake.addSegment(region(kA, 0x3000, RegionKind::Heap), m_a);
        m_fake.addSegment(region(kB, 0x2000, RegionKind::Anonymous), m_b);
        m_force.overwrite = true;
    }

    void aLinkAsTheOutputIsNeverFollowed()
    {
        QTemporaryDir dir, outside;
        const QString victim = outside.filePath(QStringLiteral("pg-pwned"));
        const QString link = dir.filePath(QStringLiteral("heap.bin"));
        QVERIFY(QFile::link(victim, link));
        for (const DumpControl& control : { DumpControl(), m_force }) {
            auto raw = dumpRaw(m_fake, { { kA, kA + 0x100 } }, link, control);
            QVERIFY(!raw);
            QVERIFY2(
                raw.error().message.contains(QStringLiteral("is a symbolic link")), qPrintable(raw.error().message));
            QVERIFY2(
                raw.error().message.contains(QStringLiteral("Choose another name")), qPrintable(raw.error().message));
            auto bundle = dumpBundle(m_fake, *m_fake.regions(), {}, link, control);
            QVERIFY(!bundle);
            QVERIFY(bundle.error().message.contains(QStringLiteral("is a symbolic link")));
        }
        QVERIFY(!writePrivateFile(link, true, [](QIODevice& out) { return out.write("x", 1) == 1; }).message.isEmpty());
        const HitSet hits { ScanValueType {} };
        QVERIFY(hits.save(link, { 1, 2 }, true));
        QVERIFY(!QFile::exists(victim)); // nothing created through the link
        QCOMPARE(entries(outside.path()), QStringList());
        QVERIFY(S_ISLNK(lstatOf(link).st_mode)); // and the link itself left as it is
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("heap.bin") });

        // A link to an existing file: the file keeps its bytes.
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(!dumpRaw(m_fake, { { kA, kA + 0x100 } }, link, m_force));
        QCOMPARE(fileBytes(victim), QByteArray("precious"));
    }

    void whatIsPlantedWhileWritingIsNotFollowedEither()
    {
        // Nothing there when the dump starts; a link, or another user's file, by the time it ends.
        QTemporaryDir dir, outside;
        const QString path = dir.filePath(QStringLiteral("heap.bin"));
        const QString victim = outside.filePath(QStringLiteral("pg-pwned"));
        RacingSource linking(m_fake, [&] { QVERIFY(QFile::link(victim, path)); });
        auto raw = dumpRaw(linking, { { kA, kA + 0x100 } }, path, m_force);
        QVERIFY(!raw);
        QVERIFY2(raw.error().message.contains(QStringLiteral("symbolic link")), qPrintable(raw.error().message));
        QVERIFY(!QFile::exists(victim));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("heap.bin") });
        QVERIFY(QFile::remove(path));
        // The sidecar's name taken meanwhile: the old raw file stays as it was.
        QVERIFY(writeFile(path, "old export"));
        RacingSource blocking(m_fake, [&] { QVERIFY(QDir().mkdir(path + QStringLiteral(".json"))); });
        QVERIFY(!dumpRaw(blocking, { { kA, kA + 0x100 }, { kB, kB + 0x100 } }, path, m_force));
        QCOMPARE(fileBytes(path), QByteArray("old export"));
        QCOMPARE(entries(dir.path()), (QStringList { QStringLiteral("heap.bin"), QStringLiteral("heap.bin.json") }));
        // A bundle's name taken by a link meanwhile.
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QDir().mkdir(outside.filePath(QStringLiteral("photos"))));
        RacingSource linkingFolder(
            m_fake, [&] { QVERIFY(QFile::link(outside.filePath(QStringLiteral("photos")), bundle)); });
        auto b = dumpBundle(linkingFolder, *m_fake.regions(), {}, bundle, m_force);
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(QStringLiteral("symbolic link")), qPrintable(b.error().message));
        QCOMPARE(entries(outside.filePath(QStringLiteral("photos"))), QStringList());
        QCOMPARE(entries(dir.path()),
            (QStringList { QStringLiteral("bundle"), QStringLiteral("heap.bin"), QStringLiteral("heap.bin.json") }));
    }

    void onlyARegularFileIsReplaced()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto raw = dumpRaw(m_fake, { { kA, kA + 0x100 } }, fifo, m_force);
        QVERIFY(!raw);
        QVERIFY2(raw.error().message.contains(QStringLiteral("not a regular file")), qPrintable(raw.error().message));
        QVERIFY(S_ISFIFO(lstatOf(fifo).st_mode));
        const QString folder = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkdir(folder));
        QVERIFY(!dumpRaw(m_fake, { { kA, kA + 0x100 } }, folder, m_force));
        QVERIFY(S_ISDIR(lstatOf(folder).st_mode));
        if (geteuid() == 0) {
            // A device node like /dev/null, given as the output: refused, not replaced by a file.
            const QString device = dir.filePath(QStringLiteral("null"));
            QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
            auto dev = dumpRaw(m_fake, { { kA, kA + 0x100 } }, device, m_force);
            QVERIFY(!dev);
            QVERIFY2(dev.error().message.contains(QStringLiteral("device")), qPrintable(dev.error().message));
            const struct stat st = lstatOf(device);
            QVERIFY(S_ISCHR(st.st_mode));
            QCOMPARE(st.st_rdev, makedev(1, 3));
        }
        QCOMPARE(entries(dir.path()),
            geteuid() == 0 ? (QStringList { QStringLiteral("fifo"), QStringLiteral("folder"), QStringLiteral("null") })
                           : (QStringList { QStringLiteral("fifo"), QStringLiteral("folder") }));
    }

    void anotherUsersFileInAStickyFolderIsNeverReplaced()
    {
        if (!canAttackAsNobody())
            QSKIP("needs root and setpriv, to plant files as nobody");
        QTemporaryDir dir;
        const QString shared = sharedFolder(dir);
        QVERIFY(!shared.isEmpty());
        const QString planted = shared + QStringLiteral("/heap.bin");
        QVERIFY(asNobody({ QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo nobody > ") + planted }));
        QCOMPARE(lstatOf(planted).st_uid, uid_t(65534));
        auto raw = dumpRaw(m_fake, { { kA, kA + 0x100 } }, planted, m_force); // root, with --force
        QVERIFY(!raw);
        QCOMPARE(raw.error().kind, ErrorKind::Permission);
        QVERIFY2(raw.error().message.contains(QStringLiteral("belongs to nobody")), qPrintable(raw.error().message));
        QCOMPARE(fileBytes(planted), QByteArray("nobody\n"));
        QCOMPARE(lstatOf(planted).st_uid, uid_t(65534));
        QVERIFY(writePrivateFile(planted, true, [](QIODevice& out) { return out.write("x", 1) == 1; }));
        QCOMPARE(fileBytes(planted), QByteArray("nobody\n"));
        // Our own file there is ours to replace.
        const QString mine = shared + QStringLiteral("/mine.bin");
        QVERIFY(dumpRaw(m_fake, { { kA, kA + 0x100 } }, mine, {}));
        QVERIFY(dumpRaw(m_fake, { { kB, kB + 0x100 } }, mine, m_force));
        QCOMPARE(fileBytes(mine), m_b.left(0x100));
        QCOMPARE(lstatOf(mine).st_mode & 07777, mode_t(0600));
        // A folder of nobody's, even with a bundle's manifest, is not replaced either.
        const QString bundle = shared + QStringLiteral("/bundle");
        QVERIFY(asNobody({ QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("mkdir %1 && echo '{\"format\":\"procglass-bundle\"}' > %1/manifest.json").arg(bundle) }));
        auto refused = dumpBundle(m_fake, *m_fake.regions(), {}, bundle, m_force);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("another user")), qPrintable(refused.error().message));
        QCOMPARE(entries(bundle), QStringList { QStringLiteral("manifest.json") });
        QCOMPARE(entries(shared),
            (QStringList { QStringLiteral("bundle"), QStringLiteral("heap.bin"), QStringLiteral("mine.bin") }));
    }

    void bundleForceNeverEmptiesALinkedOrForeignFolder()
    {
        QTemporaryDir dir;
        const QString precious = dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkdir(precious));
        QVERIFY(writeFile(precious + QStringLiteral("/a.jpg"), "a"));
        QVERIFY(writeFile(precious + QStringLiteral("/manifest.json"), R"({"format":"procglass-bundle"})"));
        const QString link = dir.filePath(QStringLiteral("bundle"));
        QVERIFY(QFile::link(precious, link));
        auto linked = dumpBundle(m_fake, *m_fake.regions(), {}, link, m_force);
        QVERIFY(!linked);
        QVERIFY2(linked.error().message.contains(QStringLiteral("symbolic link")), qPrintable(linked.error().message));
        QCOMPARE(entries(precious), (QStringList { QStringLiteral("a.jpg"), QStringLiteral("manifest.json") }));
        // A real folder with a manifest.json is not enough: everything in it must be what the
        // manifest names.
        auto foreign = dumpBundle(m_fake, *m_fake.regions(), {}, precious, m_force);
        QVERIFY(!foreign);
        QVERIFY2(foreign.error().message.contains(QStringLiteral("not a Procglass bundle"))
                && foreign.error().message.contains(QStringLiteral("a.jpg")),
            qPrintable(foreign.error().message));
        QCOMPARE(entries(precious), (QStringList { QStringLiteral("a.jpg"), QStringLiteral("manifest.json") }));
        // A bundle of ours with a folder inside is not recursed into.
        const QString ours = dir.filePath(QStringLiteral("ours"));
        QVERIFY(dumpBundle(m_fake, *m_fake.regions(), {}, ours, {}));
        QVERIFY(QDir().mkdir(ours + QStringLiteral("/keep")));
        QVERIFY(writeFile(ours + QStringLiteral("/keep/notes.txt"), "notes"));
        QVERIFY(!dumpBundle(m_fake, *m_fake.regions(), {}, ours, m_force));
        QCOMPARE(fileBytes(ours + QStringLiteral("/keep/notes.txt")), QByteArray("notes"));
        QVERIFY(QDir(ours + QStringLiteral("/keep")).removeRecursively());
        // Then it is ours again, and replaced.
        auto replaced = dumpBundle(m_fake, *m_fake.regions(), {}, ours, m_force);
        QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.error().message));
        QCOMPARE(entries(dir.path()),
            (QStringList { QStringLiteral("bundle"), QStringLiteral("ours"), QStringLiteral("photos") }));
    }

    void aFailedSidecarKeepsTheOldFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY(writeFile(path, "old export"));
        QVERIFY(QDir().mkdir(path + QStringLiteral(".json")));
        // Two ranges need a sidecar, which cannot go where a folder is.
        auto report = dumpRaw(m_fake, { { kA, kA + 0x100 }, { kB, kB + 0x100 } }, path, m_force);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("out.bin.json")), qPrintable(report.error().message));
        QCOMPARE(fileBytes(path), QByteArray("old export"));
        QCOMPARE(entries(dir.path()), (QStringList { QStringLiteral("out.bin"), QStringLiteral("out.bin.json") }));
        // With both old files in place: a new pair replaces both...
        QVERIFY(QDir().rmdir(path + QStringLiteral(".json")));
        QVERIFY(writeFile(path + QStringLiteral(".json"), "old sidecar"));
        QVERIFY(dumpRaw(m_fake, { { kA, kA + 0x100 }, { kB, kB + 0x100 } }, path, m_force));
        QCOMPARE(fileBytes(path), m_a.left(0x100) + m_b.left(0x100));
        QVERIFY(fileBytes(path + QStringLiteral(".json")).contains("procglass-raw"));
        // ...and one range without a sidecar removes the old one, which would describe other bytes.
        QVERIFY(dumpRaw(m_fake, { { kB, kB + 0x80 } }, path, m_force));
        QCOMPARE(fileBytes(path), m_b.left(0x80));
        QCOMPARE(entries(dir.path()), QStringList { QStringLiteral("out.bin") });
        // Without --force an old sidecar alone is not removed either.
        QVERIFY(writeFile(path + QStringLiteral(".json"), "orphan"));
        QVERIFY(QFile::remove(path));
        auto orphan = dumpRaw(m_fake, { { kB, kB + 0x80 } }, path, {});
        QVERIFY(!orphan);
        QVERIFY2(orphan.error().message.contains(QStringLiteral("out.bin.json already exists")),
            qPrintable(orphan.error().message));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(fileBytes(path + QStringLiteral(".json")), QByteArray("orphan"));
    }

    void aFullDiskSaysWhy()
    {
        // RLIMIT_FSIZE makes write() fail with EFBIG at 64 KiB, as a full disk fails with ENOSPC;
        // SIGXFSZ ignored, as the CLI and the GUI do.
        QTemporaryDir dir;
        FakeMemorySource big;
        big.addSegment(region(kA, 1 << 20, RegionKind::Anonymous), QByteArray(1 << 20, 'x'));
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 << 10;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto raw = dumpRaw(big, { { kA, kA + (1 << 20) } }, dir.filePath(QStringLiteral("full.bin")), {});
        auto bundle = dumpBundle(big, *big.regions(), {}, dir.filePath(QStringLiteral("full")), {});
        const Error csv = writePrivateFile(dir.filePath(QStringLiteral("full.csv")), false,
            [](QIODevice& out) { return out.write(QByteArray(1 << 20, ',')) == 1 << 20; });
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        for (const Error& e : { raw ? Error() : raw.error(), bundle ? Error() : bundle.error(), csv }) {
            QCOMPARE(e.kind, ErrorKind::Io);
            QCOMPARE(e.errnum, EFBIG);
            QVERIFY2(e.message.contains(QStringLiteral("File too large"))
                    && e.message.contains(QStringLiteral("Nothing was saved")),
                qPrintable(e.message));
        }
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void partialsOfKilledWritersAreRemoved()
    {
        QTemporaryDir dir;
        // What a writer killed by SIGKILL leaves: a partial bundle and a partial file. A third one
        // is still locked by a live writer (a child holding the lock).
        const QString staleDir = dir.filePath(QStringLiteral(".b.partial-Ab12Cd"));
        QVERIFY(QDir().mkdir(staleDir));
        QVERIFY(writeFile(staleDir + QStringLiteral("/0000-7f00-heap.bin"), "half"));
        const QString staleFile = dir.filePath(QStringLiteral(".heap.bin.partial-xY9876"));
        QVERIFY(writeFile(staleFile, "half"));
        const QString live = dir.filePath(QStringLiteral(".c.partial-L1veL1"));
        QVERIFY(writeFile(live, "busy"));
        const QString unrelated = dir.filePath(QStringLiteral(".notes.partial"));
        QVERIFY(writeFile(unrelated, "mine"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t holder = ::fork();
        if (holder == 0) {
            const int fd = ::open(QFile::encodeName(live).constData(), O_RDONLY);
            ::flock(fd, LOCK_EX);
            (void)!::write(ready[1], "x", 1);
            ::pause();
            ::_exit(0);
        }
        char c;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        QTest::qWait(2100); // partials younger than 2 s may be writers that have not locked yet
        QVERIFY(dumpBundle(m_fake, *m_fake.regions(), {}, dir.filePath(QStringLiteral("b")), {}));
        ::kill(holder, SIGKILL);
        ::waitpid(holder, nullptr, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        QCOMPARE(entries(dir.path()),
            (QStringList {
                QStringLiteral(".c.partial-L1veL1"), QStringLiteral(".notes.partial"), QStringLiteral("b") }));
        // A file writer cleans up too; now that the holder is gone, the last one goes.
        QTest::qWait(100);
        QVERIFY(!writePrivateFile(dir.filePath(QStringLiteral("x.csv")), false, [](QIODevice&) { return true; }));
        QCOMPARE(entries(dir.path()),
            (QStringList { QStringLiteral(".notes.partial"), QStringLiteral("b"), QStringLiteral("x.csv") }));
    }
};

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "tst_outputfiles.moc"
