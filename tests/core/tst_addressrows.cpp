// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/addressrows.h"
#include "core/parse/mapsparser.h"

#include <QTest>

using namespace procglass;

class TestAddressRows : public QObject
{
    Q_OBJECT
private slots:
    void runsAndGapRows()
    {
        // Two touching mappings (one run), a hole, a mapping that does not start on a row boundary.
        const auto regions = parseMaps("1000-2000 r--p 0 00:00 0\n2000-3000 rw-p 0 00:00 0\n"
                                       "7f0000000008-7f0000000020 r--p 0 00:00 0\n")
                                 .regions;
        const AddressRows rows(regions, 16);
        QCOMPARE(rows.rowCount(), quint64(0x2000 / 16 + 1 + 2));
        QCOMPARE(rows.row(0).address, Address(0x1000));
        QCOMPARE(rows.row(0x100).address, Address(0x2000)); // straight on into the touching mapping
        const auto gap = rows.row(0x200);
        QVERIFY(gap.gap);
        QCOMPARE(gap.address, Address(0x3000));
        QCOMPARE(gap.gapEnd, Address(0x7f0000000000));
        QCOMPARE(rows.row(0x201).address, Address(0x7f0000000000)); // aligned down to the row
        QCOMPARE(rows.row(0x202).address, Address(0x7f0000000010));
        QVERIFY(!rows.row(0x203).gap && rows.row(0x203).address == 0); // past the end
    }

    void rowOfAddress()
    {
        const auto regions = parseMaps("1000-2000 r--p 0 00:00 0\n5000-6000 rw-p 0 00:00 0\n").regions;
        const AddressRows rows(regions, 16);
        QCOMPARE(rows.rowOf(0x1000), quint64(0));
        QCOMPARE(rows.rowOf(0x1fff), quint64(0xff));
        QCOMPARE(rows.rowOf(0x3000), quint64(0x100)); // in the hole: its gap row
        QCOMPARE(rows.rowOf(0x5010), quint64(0x102));
        QCOMPARE(rows.rowOf(0x10), quint64(0));
        QVERIFY(rows.isMapped(0x1000));
        QVERIFY(!rows.isMapped(0x2000));
        QVERIFY(rows.isMapped(0x5fff));
        QVERIFY(!rows.isMapped(0x6000));
    }

    void wholeUserSpaceFitsIn64BitRows()
    {
        const auto regions = parseMaps(
            "1000-7ffffffff000 rw-p 0 00:00 0\nffffffffff600000-ffffffffff601000 --xp 0 00:00 0 [vsyscall]\n")
                                 .regions;
        const AddressRows rows(regions, 8);
        QCOMPARE(rows.rowCount(), quint64((0x7ffffffff000 - 0x1000) / 8 + 1 + 0x1000 / 8));
        QCOMPARE(rows.row(rows.rowCount() - 1).address, Address(0xffffffffff600ff8));
    }
};

QTEST_GUILESS_MAIN(TestAddressRows)
#include "tst_addressrows.moc"
