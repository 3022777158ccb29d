// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The watch list's core: module + offset (through a restart and ASLR), its file (0600, hostile
// on load) and the one value parser/formatter the watch list, the hit list and the CLI share.
#include "core/search/watchlist.h"
#include "fixture.h"
#include "platform/linux/target.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {
Region mapping(Address start, Address end, const QString& path, quint64 inode = 7)
{
    Region r;
    r.range = { start, end };
    r.perms = { true, true, false, false };
    r.path = path;
    r.inode = path.startsWith(u'/') ? inode : 0;
    return r;
}

ScanValueType int32Type()
{
    return ScanValueType { ScanValueType::Kind::Integer, 4, true, false };
}

std::vector<Region> liveRegions(pid_t pid)
{
    auto target = LinuxTarget::open(pid);
    if (!target)
        return {};
    auto regions = (*target)->regions();
    return regions ? *regions : std::vector<Region>();
}
} // namespace

class TestWatchList : public QObject
{
    Q_OBJECT
private slots:
    void moduleAndOffsetFollowTheModule()
    {
        // The game's executable, its .bss, a heap; then the same after a restart elsewhere.
        std::vector<Region> before { mapping(0x555555554000, 0x555555556000, QStringLiteral("/usr/bin/game")),
            mapping(0x555555556000, 0x555555558000, QStringLiteral("/usr/bin/game")),
            mapping(0x555555558000, 0x555555559000, QString()),
            mapping(0x555555600000, 0x555555700000, QStringLiteral("[heap]")) };
        before[2].segment = ImageSegment::Bss;
        const WatchEntry data = WatchList::entryFor(0x555555556010, int32Type(), before);
        QCOMPARE(data.module, QStringLiteral("/usr/bin/game"));
        QCOMPARE(data.moduleOffset, quint64(0x2010));
        const WatchEntry bss = WatchList::entryFor(0x555555558020, int32Type(), before);
        QCOMPARE(bss.module, QStringLiteral("/usr/bin/game"));
        QCOMPARE(bss.moduleOffset, quint64(0x4020));
        const WatchEntry heap = WatchList::entryFor(0x555555600040, int32Type(), before);
        QVERIFY(heap.module.isEmpty());

        std::vector<Region> after = before;
        for (Region& r : after)
            r.range = { r.range.start + 0x1000000000, r.range.end + 0x1000000000 };
        QCOMPARE(WatchList::resolve(data, after).value_or(0), Address(0x556555556010));
        QCOMPARE(WatchList::resolve(bss, after).value_or(0), Address(0x556555558020));
        QCOMPARE(WatchList::resolve(heap, after).value_or(0), Address(0x555555600040)); // by address only
        // A module that is not mapped, or a shorter build of it: not resolved (no guess).
        after.erase(after.begin() + 1, after.begin() + 3);
        QVERIFY(!WatchList::resolve(data, after));
        QVERIFY(!WatchList::resolve(bss, after));
    }

    void survivesARestartOfTheFixture()
    {
        Fixture first;
        QVERIFY2(first.start(), qPrintable(first.error()));
        const Address int32At = first.address(QStringLiteral("int32"));
        const Address countersAt = first.address(QStringLiteral("counters"));
        const WatchEntry value = WatchList::entryFor(int32At, int32Type(), liveRegions(first.pid()));
        const WatchEntry counter = WatchList::entryFor(
            countersAt, ScanValueType { ScanValueType::Kind::Integer, 8, false, false }, liveRegions(first.pid()));
        QVERIFY(value.module.endsWith(QStringLiteral("procglass-demo")));
        QVERIFY(counter.module.endsWith(QStringLiteral("procglass-demo")));
        first.kill();

        Fixture second;
        QVERIFY2(second.start(), qPrintable(second.error()));
        QVERIFY2(second.address(QStringLiteral("int32")) != int32At, "ASLR put it at the same place: nothing tested");
        const std::vector<Region> regions = liveRegions(second.pid());
        QCOMPARE(WatchList::resolve(value, regions).value_or(0), second.address(QStringLiteral("int32")));
        QCOMPARE(WatchList::resolve(counter, regions).value_or(0), second.address(QStringLiteral("counters")));
    }

    void savesAndLoadsPrivately()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watch.json"));
        std::vector<WatchEntry> entries(2);
        entries[0] = WatchList::entryFor(0x1000, int32Type(), {});
        entries[0].description = QStringLiteral("lives ✓ \"quoted\"");
        entries[1].address = 0x7ffc0010;
        entries[1].type = ScanValueType { ScanValueType::Kind::Double, 8, true, false };
        entries[1].module = QStringLiteral("/usr/lib/libgame.so");
        entries[1].moduleOffset = 0x4242;
        entries[1].frozen = true;
        entries[1].frozenValue = *parseValue(u"2.5", entries[1].type);
        QVERIFY(!WatchList::save(entries, path, false));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QVERIFY(WatchList::save(entries, path, false)); // not replaced without overwrite
        auto loaded = WatchList::load(path);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
        QCOMPARE(loaded->size(), size_t(2));
        QCOMPARE(loaded->at(0).description, entries[0].description);
        QCOMPARE(loaded->at(0).address, Address(0x1000));
        QCOMPARE(loaded->at(1).module, entries[1].module);
        QCOMPARE(loaded->at(1).moduleOffset, quint64(0x4242));
        QVERIFY(loaded->at(1).frozen);
        QCOMPARE(formatValue(loaded->at(1).frozenValue, loaded->at(1).type), QStringLiteral("2.5"));
    }

    void loadRefusesWhatIsNotAWatchList()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.json"));
        QVERIFY(!WatchList::save({ WatchList::entryFor(0x1000, int32Type(), {}) }, good, false));
        // A symbolic link to it, a FIFO, a folder, a huge file: refused, and never waited on.
        const QString link = dir.filePath(QStringLiteral("link.json"));
        QVERIFY(QFile::link(good, link));
        QVERIFY(!WatchList::load(link));
        const QString fifo = dir.filePath(QStringLiteral("fifo.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!WatchList::load(fifo));
        QVERIFY(!WatchList::load(dir.path()));
        const QString big = dir.filePath(QStringLiteral("big.json"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(qint64(64) << 20)); // sparse: nothing is read
        }
        const auto refused = WatchList::load(big);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("bytes")), qPrintable(refused.error().message));
    }

    void fromJsonBelievesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray head = R"({"format":"procglass-watch-list","version":1,"entries":[)";
        const QByteArray type = R"("type":{"kind":"integer","bytes":4,"signed":true,"bigEndian":false})";
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"entries":[]})");
        QTest::newRow("version 2") << QByteArray(R"({"format":"procglass-watch-list","version":2,"entries":[]})");
        QTest::newRow("bytes 3") << head
                + R"({"address":"0x10","type":{"kind":"integer","bytes":3,"signed":true,"bigEndian":false}}]})";
        QTest::newRow("float of 8") << head
                + R"({"address":"0x10","type":{"kind":"float","bytes":8,"signed":true,"bigEndian":false}}]})";
        QTest::newRow("decimal address") << head + R"({"address":"16",)" + type + "}]}";
        QTest::newRow("address at the end") << head + R"({"address":"0xfffffffffffffffe",)" + type + "}]}";
        QTest::newRow("relative module") << head + R"({"address":"0x10","module":"lib.so","offset":"0x1",)" + type
                + "}]}";
        QTest::newRow("short frozen value")
            << head + R"({"address":"0x10","frozen":true,"frozenValue":"0102",)" + type + "}]}";
        QTest::newRow("odd frozen value")
            << head + R"({"address":"0x10","frozen":true,"frozenValue":"zz010203",)" + type + "}]}";
        QByteArray many = head;
        for (int i = 0; i < 10001; ++i)
            many += R"({"address":"0x10",)" + type + "},";
        many.chop(1);
        QTest::newRow("10001 entries") << many + "]}";
    }
    void fromJsonBelievesNothing()
    {
        QFETCH(QByteArray, json);
        const auto entries = WatchList::fromJson(json, QStringLiteral("evil.json"));
        QVERIFY(!entries);
        QVERIFY2(entries.error().message.startsWith(QStringLiteral("evil.json is not a watch list")),
            qPrintable(entries.error().message));
    }

    void parsesAndFormatsValues_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("bytes");
        QTest::addColumn<bool>("isSigned");
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<QString>("shown");
        QTest::newRow("int32") << 0 << 4 << true << false << "-5" << QByteArray::fromHex("fbffffff") << "-5";
        QTest::newRow("hex") << 0 << 2 << false << false << "0x10" << QByteArray::fromHex("1000") << "16";
        QTest::newRow("big endian") << 0 << 4 << false << true << "0x1baccafe" << QByteArray::fromHex("1baccafe")
                                    << "464308990";
        QTest::newRow("uint64 max") << 0 << 8 << false << false << "18446744073709551615"
                                    << QByteArray::fromHex("ffffffffffffffff") << "18446744073709551615";
        QTest::newRow("float") << 1 << 4 << true << false << "3.25" << QByteArray::fromHex("00005040") << "3.25";
        QTest::newRow("double") << 2 << 8 << true << false << "-2.5" << QByteArray::fromHex("00000000000004c0")
                                << "-2.5";
    }
    void parsesAndFormatsValues()
    {
        QFETCH(int, kind);
        QFETCH(int, bytes);
        QFETCH(bool, isSigned);
        QFETCH(bool, bigEndian);
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QFETCH(QString, shown);
        const ScanValueType type { ScanValueType::Kind(kind), bytes, isSigned, bigEndian };
        const auto parsed = parseValue(text, type);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->toHex(), expected.toHex());
        QCOMPARE(formatValue(*parsed, type), shown);
    }

    void refusesValuesThatDoNotFit()
    {
        QVERIFY(!parseValue(u"256", ScanValueType { ScanValueType::Kind::Integer, 1, false, false }));
        QVERIFY(!parseValue(u"-1", ScanValueType { ScanValueType::Kind::Integer, 4, false, false }));
        QVERIFY(!parseValue(u"1..5", int32Type()));
        QVERIFY(!parseValue(u"abc", int32Type()));
        QVERIFY(!parseValue(u"", int32Type()));
        QVERIFY(!parseValue(u"1e300", ScanValueType { ScanValueType::Kind::Float, 4, true, false }));
        QVERIFY(!parseValue(u"nan", ScanValueType { ScanValueType::Kind::Double, 8, true, false }));
    }
};

QTEST_GUILESS_MAIN(TestWatchList)
#include "tst_watchlist.moc"
