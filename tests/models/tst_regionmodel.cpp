// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/mapsparser.h"
#include "models/regionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace procglass;

namespace {
std::vector<Region> sample()
{
    return parseMaps("55d0c0a00000-55d0c0a02000 r--p 00000000 fe:01 100 /usr/bin/demo\n"
                     "55d0c0a02000-55d0c0a05000 r-xp 00002000 fe:01 100 /usr/bin/demo\n"
                     "55d0c1000000-55d0c1021000 rw-p 00000000 00:00 0 [heap]\n"
                     "7f0000000000-7f0000001000 ---p 00000000 00:00 0 \n"
                     "7f1000000000-7f1000100000 r--p 00000000 fe:01 200 /usr/lib/locale/locale-archive (deleted)\n"
                     "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0 [stack]\n"
                     "7ffc00104000-7ffc00106000 r-xp 00000000 00:00 0 [vdso]\n")
        .regions;
}
} // namespace

class TestRegionModel : public QObject
{
    Q_OBJECT
private slots:
    void showsEveryFieldHumanly()
    {
        RegionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions(sample());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(2, RegionModel::StartColumn).data().toString(), QStringLiteral("0x55d0c1000000"));
        QCOMPARE(model.index(2, RegionModel::SizeColumn).data().toString(), QStringLiteral("132 KiB"));
        QCOMPARE(model.index(2, RegionModel::SizeColumn).data(RegionModel::SortRole).toULongLong(), 0x21000ull);
        // The kind names the file and the segment; the path comes first.
        QCOMPARE(model.index(1, RegionModel::KindColumn).data().toString(), QStringLiteral("demo text"));
        QCOMPARE(model.index(2, RegionModel::KindColumn).data().toString(), QStringLiteral("heap"));
        QCOMPARE(model.index(3, RegionModel::KindColumn).data().toString(), QStringLiteral("guard"));
        QCOMPARE(int(RegionModel::PathColumn), 0);
        QCOMPARE(model.index(2, RegionModel::PathColumn).data().toString(), QStringLiteral("[heap]"));
        QVERIFY(model.index(4, RegionModel::PathColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(QStringLiteral("/usr/lib/locale/locale-archive (deleted)\n")));
        QCOMPARE(model.index(4, RegionModel::PathColumn).data().toString(),
            QStringLiteral("/usr/lib/locale/locale-archive (deleted)"));
        QCOMPARE(model.index(4, RegionModel::DeviceColumn).data().toString(), QStringLiteral("fe:01"));
        // Every special region and every column explains itself.
        QVERIFY(model.index(6, RegionModel::KindColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("clock_gettime")));
        QVERIFY(model.index(3, RegionModel::KindColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("guard page")));
        QVERIFY(model.index(4, RegionModel::PathColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("deleted")));
        for (int c = 0; c < RegionModel::ColumnCount; ++c)
            QVERIFY2(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                qPrintable(QString::number(c)));
    }

    void refreshWithSameMappingsUpdatesInPlace()
    {
        RegionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions(sample());
        SmapsEntry heap;
        heap.range = { 0x55d0c1000000, 0x55d0c1021000 };
        heap.rss = 8192;
        model.setSmaps({ heap });
        const QPersistentModelIndex kept = model.index(2, RegionModel::RssColumn);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto again = sample();
        again[2].perms.execute = true; // same ranges, changed permissions
        model.setRegions(again);
        QCOMPARE(resets.count(), 0);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("8 KiB")); // smaps stay until new ones arrive
        QCOMPARE(model.index(2, RegionModel::PermsColumn).data().toString(), QStringLiteral("rwxp"));
        auto fewer = sample();
        fewer.pop_back();
        model.setRegions(fewer); // a mapping went away: a new picture
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 6);
    }

    void smapsJoinByRange()
    {
        RegionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions(sample());
        QVERIFY(model.index(2, RegionModel::RssColumn).data().isNull());
        SmapsEntry heap;
        heap.range = { 0x55d0c1000000, 0x55d0c1021000 };
        heap.rss = 8192;
        heap.pss = 4096;
        heap.swap = 0;
        SmapsEntry stale; // a mapping that no longer exists joins nothing
        stale.range = { 0x1000, 0x2000 };
        model.setSmaps({ stale, heap });
        QCOMPARE(model.index(2, RegionModel::RssColumn).data().toString(), QStringLiteral("8 KiB"));
        QCOMPARE(model.index(2, RegionModel::PssColumn).data().toString(), QStringLiteral("4 KiB"));
        QCOMPARE(model.index(2, RegionModel::SwapColumn).data().toString(), QStringLiteral("0 B"));
        QVERIFY(model.index(0, RegionModel::RssColumn).data().isNull());
    }

    void filtersByTextKindPermsAndAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("perms");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << -1 << QString() << 7;
        QTest::newRow("path") << QStringLiteral("locale") << -1 << QString() << 1;
        QTest::newRow("kind name as text") << QStringLiteral("heap") << -1 << QString() << 1;
        QTest::newRow("segment") << QStringLiteral("text") << -1 << QString() << 1;
        QTest::newRow("address inside") << QStringLiteral("0x7ffc00000100") << -1 << QString() << 1;
        QTest::newRow("kind") << QString() << int(RegionKind::Guard) << QString() << 1;
        QTest::newRow("executable") << QString() << -1 << QStringLiteral("x") << 2;
        QTest::newRow("writable") << QString() << -1 << QStringLiteral("rw") << 2;
        QTest::newRow("combined") << QStringLiteral("demo") << int(RegionKind::Library) << QStringLiteral("x") << 1;
    }

    void filtersByTextKindPermsAndAddress()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, perms);
        RegionModel model;
        model.setRegions(sample());
        RegionFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(text);
        proxy.setKind(kind < 0 ? std::nullopt : std::optional<RegionKind>(RegionKind(kind)));
        proxy.setRequiredPerms(perms);
        QTEST(proxy.rowCount(), "rows");
    }
};

QTEST_MAIN(TestRegionModel)
#include "tst_regionmodel.moc"
