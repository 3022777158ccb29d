// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/bundlesource.h"
#include "fakememorysource.h"
#include "fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace procglass;
using namespace procglass::test;

namespace {
constexpr Address kA = 0x7f0000000000;
constexpr Address kB = 0x7f0000100000;

Region region(Address start, quint64 size, RegionKind kind, const QString& path = {})
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.kind = kind;
    r.path = path;
    return r;
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray b(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 31 + seed) & 0xff);
    return b;
}

mode_t modeOf(const QString& path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 0777 : 0;
}

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}
} // namespace

class TestDump : public QObject
{
    Q_OBJECT
    FakeMemorySource m_fake;
    QByteArray m_a = pattern(0x3000, 1), m_b = pattern(0x2000, 7);

private slots:
    void initTestCase()
    {
        m_fake.addSegment(region(kA, 0x3000, RegionKind::Heap, QStringLiteral("[heap]")), m_a);
        m_fake.addSegment(region(kB, 0x2000, RegionKind::Anonymous), m_b);
        m_fake.addUnreadable({ kA + 0x1000, kA + 0x2000 });
    }

    void rawRoundTripRecordsUnreadableBytes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mem.bin"));
        auto report = dumpRaw(m_fake, { { kB, kB + 0x2000 }, { kA + 0x800, kA + 0x3000 } }, path, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->bytes, quint64(0x2800 + 0x2000));
        QByteArray expected = m_a.mid(0x800);
        expected.replace(0x800, 0x1000, QByteArray(0x1000, '\0')); // the unreadable page: zeros
        expected += m_b;
        QCOMPARE(fileBytes(path), expected);
        QCOMPARE(modeOf(path), mode_t(0600));
        // Never silently: the sidecar says where each range is and which bytes are not the process's.
        const QJsonObject side = QJsonDocument::fromJson(fileBytes(path + QStringLiteral(".json"))).object();
        QCOMPARE(modeOf(path + QStringLiteral(".json")), mode_t(0600));
        const QJsonArray ranges = side.value(QStringLiteral("ranges")).toArray();
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges[0].toObject().value(QStringLiteral("start")).toString(), QStringLiteral("0x7f0000000800"));
        QCOMPARE(ranges[1].toObject().value(QStringLiteral("file_offset")).toInteger(), qint64(0x2800));
        QCOMPARE(ranges[0].toObject().value(QStringLiteral("unreadable")).toArray(),
            (QJsonArray { QJsonArray { QStringLiteral("0x7f0000001000"), QStringLiteral("0x7f0000002000") } }));
        QCOMPARE(report->unreadable, (std::vector<AddressRange> { { kA + 0x1000, kA + 0x2000 } }));
        // One fully readable range: just the bytes.
        const QString one = dir.filePath(QStringLiteral("one.bin"));
        QVERIFY(dumpRaw(m_fake, { { kB, kB + 0x2000 } }, one, {}));
        QCOMPARE(fileBytes(one), m_b);
        QVERIFY(!QFile::exists(one + QStringLiteral(".json")));
    }

    void existingFilesNeedOverwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mem.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto refused = dumpRaw(m_fake, { { kB, kB + 0x100 } }, path, {});
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(QStringLiteral("already exists")), qPrintable(refused.error().message));
        QCOMPARE(fileBytes(path), QByteArray("precious"));
        DumpControl force;
        force.overwrite = true;
        QVERIFY(dumpRaw(m_fake, { { kB, kB + 0x100 } }, path, force));
        QCOMPARE(fileBytes(path), m_b.left(0x100));
        QCOMPARE(modeOf(path), mode_t(0600));
    }

    void cancelAndErrorsLeaveNothingBehind()
    {
        QTemporaryDir dir;
        std::atomic<bool> cancel = true;
        DumpControl control;
        control.cancel = &cancel;
        auto cancelled = dumpRaw(m_fake, { { kA, kA + 0x3000 } }, dir.filePath(QStringLiteral("c.bin")), control);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        auto bundle = dumpBundle(m_fake, *m_fake.regions(), {}, dir.filePath(QStringLiteral("b")), control);
        QCOMPARE(bundle.error().kind, ErrorKind::Cancelled);
        QCOMPARE(entries(dir.path()), QStringList());
        // The source failing half way (the process exited).
        FakeMemorySource gone;
        gone.addSegment(region(kA, 0x1000, RegionKind::Heap), m_a.left(0x1000));
        gone.injectError(makeError(ErrorKind::Exited, QStringLiteral("Process 1 has exited.")));
        QCOMPARE(dumpRaw(gone, { { kA, kA + 0x1000 } }, dir.filePath(QStringLiteral("g.bin")), {}).error().kind,
            ErrorKind::Exited);
        QCOMPARE(entries(dir.path()), QStringList());
        // A folder that does not exist.
        auto nowhere = dumpRaw(m_fake, { { kA, kA + 0x100 } }, dir.filePath(QStringLiteral("no/such/x.bin")), {});
        QVERIFY(!nowhere);
        QVERIFY2(
            nowhere.error().message.contains(QStringLiteral("Cannot create")), qPrintable(nowhere.error().message));
    }

    void aFullDiskLeavesNoFile()
    {
        // RLIMIT_FSIZE makes write() fail with EFBIG at 64 KiB, as a full disk fails with ENOSPC.
        QTemporaryDir dir;
        FakeMemorySource big;
        big.addSegment(region(kA, 1 << 20, RegionKind::Anonymous), pattern(1 << 20, 3));
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 64 << 10;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto raw = dumpRaw(big, { { kA, kA + (1 << 20) } }, dir.filePath(QStringLiteral("full.bin")), {});
        auto bundle = dumpBundle(big, *big.regions(), {}, dir.filePath(QStringLiteral("full")), {});
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!raw);
        QCOMPARE(raw.error().kind, ErrorKind::Io);
        QVERIFY2(raw.error().message.contains(QStringLiteral("Nothing was saved")), qPrintable(raw.error().message));
        QVERIFY(!bundle);
        QCOMPARE(entries(dir.path()), QStringList());
    }

    void bundleOpensAgainAsTheSameMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle"));
        BundleInfo info;
        info.pid = 4242;
        info.executable = QStringLiteral("/usr/bin/demo");
        info.commandLine = { QStringLiteral("demo"), QStringLiteral("--flag") };
        info.time = QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate);
        info.maps = "7f0000000000-7f0000003000 rw-p 00000000 00:00 0 [heap]\n";
        auto report = dumpBundle(m_fake, *m_fake.regions(), info, path, {});
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(modeOf(path), mode_t(0700));
        const QJsonObject manifest
            = QJsonDocument::fromJson(fileBytes(path + QStringLiteral("/manifest.json"))).object();
        QCOMPARE(manifest.value(QStringLiteral("pid")).toInteger(), qint64(4242));
        QCOMPARE(fileBytes(path + QStringLiteral("/maps")), info.maps);
        const QJsonArray regions = manifest.value(QStringLiteral("regions")).toArray();
        QCOMPARE(regions.size(), 2);
        for (const QJsonValue& v : regions) {
            const QString file = path + u'/' + v.toObject().value(QStringLiteral("file")).toString();
            QCOMPARE(modeOf(file), mode_t(0600));
            QCOMPARE(v.toObject().value(QStringLiteral("sha256")).toString(),
                QString::fromLatin1(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex()));
        }
        QCOMPARE(regions[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("heap"));

        auto opened = BundleSource::open(path);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        BundleSource& b = **opened;
        QCOMPARE(b.info().executable, info.executable);
        QCOMPARE(b.info().commandLine, info.commandLine);
        auto back = b.regions();
        QCOMPARE(back->size(), size_t(2));
        QCOMPARE((*back)[0].range, (AddressRange { kA, kA + 0x3000 }));
        QCOMPARE((*back)[0].kind, RegionKind::Heap);
        QCOMPARE((*back)[0].path, QStringLiteral("[heap]"));
        // Every read answers as the live source did: bytes, the unreadable page, the hole.
        for (const auto& [at, size] : std::vector<std::pair<Address, quint64>> { { kA, 0x3000 }, { kA + 0xff0, 0x20 },
                 { kA + 0x2ff0, 0x100 }, { kB - 0x10, 0x2020 }, { kB + 0x1fff, 1 } }) {
            std::vector<std::byte> live(size), saved(size);
            const ReadResult l = m_fake.read(at, live);
            const ReadResult s = b.read(at, saved);
            QCOMPARE(s.unreadable, l.unreadable);
            QCOMPARE(s.bytesRead, l.bytesRead);
            QVERIFY(live == saved);
        }
        // Replacing: another bundle yes, anything else no.
        DumpControl force;
        force.overwrite = true;
        QVERIFY(dumpBundle(m_fake, *m_fake.regions(), info, path, force));
        QVERIFY(!dumpBundle(m_fake, *m_fake.regions(), info, path, {}));
        const QString other = dir.filePath(QStringLiteral("photos"));
        QVERIFY(QDir().mkdir(other));
        auto refused = dumpBundle(m_fake, *m_fake.regions(), info, other, force);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("not a Procglass bundle")));
        QCOMPARE(entries(dir.path()), (QStringList { QStringLiteral("bundle"), QStringLiteral("photos") }));
    }

    void damagedBundlesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(!BundleSource::open(dir.path()));
        QFile m(dir.filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(
            R"({"format":"procglass-bundle","regions":[{"start":"0x1000","end":"0x2000","kind":"heap","file":"../x"}]})");
        m.close();
        auto b = BundleSource::open(dir.path());
        QVERIFY(!b);
        QCOMPARE(b.error().kind, ErrorKind::Parse);
    }
};

QTEST_GUILESS_MAIN(TestDump)
#include "tst_dump.moc"
