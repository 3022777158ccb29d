// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Value scans and rescans, on the fake (values changed on purpose) and on the fixture's live counters.
#include "core/search/valuescan.h"
#include "fakememorysource.h"
#include "fixture.h"
#include "platform/linux/target.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {
Region region(Address start, quint64 size)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    return r;
}

QByteArray int32s(std::initializer_list<qint32> values)
{
    QByteArray out;
    for (qint32 v : values)
        out.append(reinterpret_cast<const char*>(&v), 4);
    return out;
}

std::vector<Address> addresses(const HitSet& hits)
{
    std::vector<Address> out;
    for (size_t i = 0; i < hits.size(); ++i)
        out.push_back(hits.address(i));
    return out;
}
} // namespace

class TestValueScan : public QObject
{
    Q_OBJECT
    static constexpr Address kBase = 0x7f0000000000;

private slots:
    void rescansNarrowTheHits()
    {
        // Five int32 "health" values of 100 spread over 256 KiB (several read windows), and noise.
        FakeMemorySource fake;
        QByteArray data(256 * 1024, '\0');
        const std::vector<quint64> offsets { 0x10, 0x100, 0x10000, 0x20004, 0x3fffc };
        for (quint64 off : offsets)
            data.replace(qsizetype(off), 4, int32s({ 100 }));
        fake.addSegment(region(kBase, quint64(data.size())), data);
        ScanValueType type; // int32, signed, little endian
        auto pattern = SearchPattern::integer(u"100", 32, true, false);
        auto first = HitSet::firstScan(fake, { { kBase, kBase + quint64(data.size()) } }, *pattern, type);
        QVERIFY(first.ok());
        QCOMPARE(first->size(), size_t(5));
        QCOMPARE(first->valueText(0), QStringLiteral("100"));

        // The program changes some of them.
        fake.setBytes(kBase + 0x10, int32s({ 105 })); // +5
        fake.setBytes(kBase + 0x100, int32s({ 90 })); // -10
        fake.setBytes(kBase + 0x10000, int32s({ 107 })); // +7
        auto changed = first->rescan(fake, HitSet::Filter::Changed);
        QCOMPARE(addresses(*changed), (std::vector<Address> { kBase + 0x10, kBase + 0x100, kBase + 0x10000 }));
        auto unchanged = first->rescan(fake, HitSet::Filter::Unchanged);
        QCOMPARE(addresses(*unchanged), (std::vector<Address> { kBase + 0x20004, kBase + 0x3fffc }));
        auto increased = first->rescan(fake, HitSet::Filter::Increased);
        QCOMPARE(addresses(*increased), (std::vector<Address> { kBase + 0x10, kBase + 0x10000 }));
        auto decreased = first->rescan(fake, HitSet::Filter::Decreased);
        QCOMPARE(addresses(*decreased), (std::vector<Address> { kBase + 0x100 }));
        auto byFive = first->rescan(fake, HitSet::Filter::IncreasedBy, u"5");
        QCOMPARE(addresses(*byFive), (std::vector<Address> { kBase + 0x10 }));
        auto downTen = first->rescan(fake, HitSet::Filter::DecreasedBy, u"10");
        QCOMPARE(addresses(*downTen), (std::vector<Address> { kBase + 0x100 }));
        auto equal = first->rescan(fake, HitSet::Filter::Equal, u"107");
        QCOMPARE(addresses(*equal), (std::vector<Address> { kBase + 0x10000 }));
        QCOMPARE(equal->valueText(0), QStringLiteral("107"));
        // Rescans chain: from the increased ones, which went up again?
        fake.setBytes(kBase + 0x10, int32s({ 106 }));
        auto again = increased->rescan(fake, HitSet::Filter::Increased);
        QCOMPARE(addresses(*again), (std::vector<Address> { kBase + 0x10 }));
        QVERIFY(!first->rescan(fake, HitSet::Filter::Equal, u"lots").ok());
    }

    void hitsThatBecomeUnreadableAreDropped()
    {
        FakeMemorySource fake;
        fake.addSegment(region(kBase, 0x2000),
            int32s({ 7 }) + QByteArray(0x1000 - 4, '\0') + int32s({ 7 }) + QByteArray(0x1000 - 4, '\0'));
        auto first = HitSet::firstScan(
            fake, { { kBase, kBase + 0x2000 } }, *SearchPattern::integer(u"7", 32, true, false), {});
        QCOMPARE(first->size(), size_t(2));
        fake.addUnreadable({ kBase + 0x1000, kBase + 0x2000 });
        auto kept = first->rescan(fake, HitSet::Filter::Unchanged);
        QCOMPARE(addresses(*kept), (std::vector<Address> { kBase }));
    }

    void savedHitSetsComeBackAsTheyWere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits"));
        ScanValueType type;
        type.kind = ScanValueType::Kind::Double;
        HitSet hits(type);
        hits.add(0x1000, 0x4005bf0a8b145769);
        hits.add(0x2008, 0);
        QVERIFY(!hits.save(path, { 1234, 99 }));
        ProcessIdentity origin;
        auto back = HitSet::load(path, &origin);
        QVERIFY(back);
        QCOMPARE(origin, (ProcessIdentity { 1234, 99 }));
        QCOMPARE(back->size(), size_t(2));
        QCOMPARE(back->address(1), Address(0x2008));
        QCOMPARE(back->valueText(0), hits.valueText(0));
        QCOMPARE(back->type().kind, ScanValueType::Kind::Double);
        // A file cut short is refused, not half read.
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() - 8));
        f.close();
        auto cut = HitSet::load(path, &origin);
        QVERIFY(!cut);
        QCOMPARE(cut.error().kind, ErrorKind::Parse);
    }

    // Hit-set files are anyone's input (issue 14, finding 6): a count that wraps the size check
    // (2^60 + 1 hits "in" 16 bytes) used to abort rescan with a failed allocation.
    void craftedHitSetsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        auto header = [](quint64 count, quint8 kind = 0, quint8 bytes = 4, quint8 isSigned = 0) {
            QByteArray h("PGHITS1\n");
            const qint64 pid = 20185;
            const quint64 startTime = 0;
            h.append(reinterpret_cast<const char*>(&pid), 8).append(reinterpret_cast<const char*>(&startTime), 8);
            h.append(char(kind)).append(char(bytes)).append(char(isSigned)).append(char(0));
            return h.append(reinterpret_cast<const char*>(&count), 8);
        };
        auto words = [](std::initializer_list<quint64> values) {
            QByteArray out;
            for (quint64 v : values)
                out.append(reinterpret_cast<const char*>(&v), 8);
            return out;
        };
        QTest::newRow("the reported file: 2^60+1 hits")
            << QByteArray::fromBase64("UEdISVRTMQrZTgAAAAAAAAAAAAAAAAAAAAQAAAEAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAA==");
        QTest::newRow("2^63 hits") << header(quint64(1) << 63) + QByteArray(16, 0);
        QTest::newRow("all ones") << header(~quint64(0)) + QByteArray(16, 0);
        QTest::newRow("count past the data") << header(3) + words({ 1, 2, 7, 8 });
        QTest::newRow("count short of the data") << header(1) + words({ 1, 2, 7, 8 });
        QTest::newRow("half a hit") << header(1) + words({ 1 });
        QTest::newRow("header cut") << header(0).left(30);
        QTest::newRow("magic only") << QByteArray("PGHITS1\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("bad width") << header(0, 0, 3);
        QTest::newRow("bad kind") << header(0, 9);
        QTest::newRow("bad flag") << header(0, 0, 4, 2);
        QTest::newRow("unsorted") << header(2) + words({ 0x2000, 0x1000, 1, 2 });
        QTest::newRow("hit past 2^64") << header(1) + words({ ~quint64(0) - 2, 1 });
    }

    void craftedHitSetsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        ProcessIdentity origin { 1, 2 };
        auto parsed = HitSet::fromBytes(bytes, &origin);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, ErrorKind::Parse);
        QCOMPARE(origin, (ProcessIdentity { 1, 2 })); // untouched

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();
        auto loaded = HitSet::load(path, &origin);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().kind, ErrorKind::Parse);
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
    }

    // A sparse file's size is free: a valid header, then truncate -s 64G, claims 4 Gi hits that
    // are nothing but holes. Loading it must be refused at once, not allocate 64 GiB.
    void aSparseHitSetIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sparse"));
        const quint64 body = quint64(64) << 30;
        QByteArray header("PGHITS1\n");
        auto le = [&](quint64 v, int bytes) {
            for (int i = 0; i < bytes; ++i)
                header.append(char((v >> (8 * i)) & 0xff));
        };
        le(4242, 8); // pid
        le(1, 8); // start time
        header.append(char(0)).append(char(4)).append(char(0)).append(char(0)); // int32, unsigned, little
        le(body / 16, 8);
        QCOMPARE(header.size(), 36);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(header), qint64(36));
        QVERIFY(f.resize(qint64(36 + body)));
        f.close();
        ProcessIdentity origin;
        QElapsedTimer timer;
        timer.start();
        auto loaded = HitSet::load(path, &origin);
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("holes")), qPrintable(loaded.error().message));
        QVERIFY(timer.elapsed() < 30000); // a watchdog: before, this allocated 64 GiB
    }

    void hitSetsSurviveTheStrictParser()
    {
        // The last possible address for a 4-byte value, and fromBytes over what save wrote.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits"));
        HitSet hits;
        hits.add(0x1000, 7);
        hits.add(~quint64(0) - 3, 9);
        QVERIFY(!hits.save(path, { 42, 43 }));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ProcessIdentity origin;
        auto back = HitSet::fromBytes(f.readAll(), &origin);
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->size(), size_t(2));
        QCOMPARE(back->address(1), ~quint64(0) - 3);
        QCOMPARE(back->raw(1), quint64(9));
        QCOMPARE(origin, (ProcessIdentity { 42, 43 }));
        HitSet empty;
        QVERIFY(!empty.save(path, { 42, 43 }, /*overwrite=*/true));
        auto none = HitSet::load(path, &origin);
        QVERIFY(none);
        QCOMPARE(none->size(), size_t(0));
    }

    // What is no regular file is refused at once: a FIFO (which would block the open until
    // someone writes), a device that never ends, a symbolic link someone planted in a shared folder.
    void hitSetPathsThatAreNoFilesAreRefused()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther));
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0666), 0);
        if (geteuid() == 0) // another user's FIFO, as in a shared /tmp
            QCOMPARE(chown(QFile::encodeName(fifo).constData(), 65534, 65534), 0);
        const QString real = dir.filePath(QStringLiteral("real"));
        HitSet hits;
        hits.add(0x1000, 1);
        QVERIFY(!hits.save(real, { 42, 43 }));
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(real, link));

        ProcessIdentity origin;
        QElapsedTimer timer;
        timer.start();
        for (const QString& path : { fifo, QStringLiteral("/dev/zero"), dir.path() }) {
            auto r = HitSet::load(path, &origin);
            QVERIFY(!r);
            QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
            QVERIFY2(r.error().message.contains(QStringLiteral("not a regular file")), qPrintable(r.error().message));
        }
        auto viaLink = HitSet::load(link, &origin);
        QVERIFY(!viaLink);
        QVERIFY2(
            viaLink.error().message.contains(QStringLiteral("symbolic link")), qPrintable(viaLink.error().message));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(HitSet::load(real, &origin)); // the file itself is fine
        auto missing = HitSet::load(dir.filePath(QStringLiteral("missing")), &origin);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("missing")));
    }

    void followsTheFixturesLiveCounters()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
                     QStringLiteral("3") }),
            qPrintable(f.error()));
        auto target = LinuxTarget::open(f.pid());
        QVERIFY(target.ok());
        const Address counters = f.address(QStringLiteral("counters"));
        QTest::qWait(50);
        ScanValueType type;
        type.bytes = 8;
        type.isSigned = false;
        // Any value at all in the counters' array (16 slots), then: which ones keep going up?
        auto first = HitSet::firstScan(**target, { { counters, counters + 16 * 8 } },
            *SearchPattern::integer(u"0..0xffffffff", 64, false, false), type);
        QVERIFY(first.ok());
        QVERIFY(first->size() >= 3);
        QTest::qWait(300); // each counter thread ticks every 2 ms; plenty, even on a loaded machine
        auto increased = first->rescan(**target, HitSet::Filter::Increased);
        QVERIFY(increased.ok());
        std::vector<Address> running;
        for (Address a : addresses(*increased)) {
            if ((a - counters) % 8 == 0)
                running.push_back(a);
        }
        QCOMPARE(
            running, (std::vector<Address> { counters, counters + 8, counters + 16 })); // the three threads' counters
        QVERIFY(
            std::all_of(running.begin(), running.end(), [&](Address a) { return a >= counters && a < counters + 24; }));
    }
};

QTEST_GUILESS_MAIN(TestValueScan)
#include "tst_valuescan.moc"
