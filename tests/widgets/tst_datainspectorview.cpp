// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: what the data inspector shows a user for known bytes at the cursor: every width in
// both byte orders, a pointer to follow, and bytes that cannot be read shown as such.
#include "widgets/datainspectorview.h"

#include <QSignalSpy>
#include <QTest>

#include <array>

using namespace procglass;

namespace {

// The value shown for the type named in the first column, or a null string without that row.
QString shown(const DataInspectorView& view, const QString& type)
{
    for (int row = 0; row < view.rowCount(); ++row) {
        if (view.item(row, 0) && view.item(row, 0)->text() == type)
            return view.item(row, 1)->text();
    }
    return {};
}

int rowOf(const DataInspectorView& view, const QString& type)
{
    for (int row = 0; row < view.rowCount(); ++row) {
        if (view.item(row, 0) && view.item(row, 0)->text() == type)
            return row;
    }
    return -1;
}

template <size_t N> std::span<const std::byte> bytesOf(const std::array<unsigned char, N>& a)
{
    return std::as_bytes(std::span(a));
}

} // namespace

class TestDataInspectorView : public QObject
{
    Q_OBJECT

    const std::vector<Region> m_regions = [] {
        Region heap;
        heap.range = { 0x5555'0000'0000, 0x5555'0001'0000 };
        heap.perms = { true, true, false, false };
        heap.kind = RegionKind::Heap;
        heap.path = QStringLiteral("[heap]");
        return std::vector<Region> { heap };
    }();

private slots:
    void everyWidthInBothByteOrders()
    {
        DataInspectorView view;
        view.show();
        // 0x0102030405060708 little endian in memory: 08 07 06 05 04 03 02 01.
        const std::array<unsigned char, 8> bytes { 0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01 };
        view.setBytes(bytesOf(bytes), m_regions);
        QCOMPARE(shown(view, QStringLiteral("uint8")), QStringLiteral("8"));
        QCOMPARE(shown(view, QStringLiteral("binary")), QStringLiteral("00001000"));
        QCOMPARE(shown(view, QStringLiteral("uint16 (little endian)")), QString::number(0x0708));
        QCOMPARE(shown(view, QStringLiteral("uint16 (big endian)")), QString::number(0x0807));
        QCOMPARE(shown(view, QStringLiteral("uint32 (little endian)")), QString::number(0x05060708));
        QCOMPARE(shown(view, QStringLiteral("uint32 (big endian)")), QString::number(0x08070605));
        QCOMPARE(shown(view, QStringLiteral("uint64 (little endian)")), QString::number(0x0102030405060708ull));
        QCOMPARE(shown(view, QStringLiteral("uint64 (big endian)")), QString::number(0x0807060504030201ull));
        // The signed readings of a negative number.
        const std::array<unsigned char, 8> minusTwo { 0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff };
        view.setBytes(bytesOf(minusTwo), m_regions);
        QCOMPARE(shown(view, QStringLiteral("int8")), QStringLiteral("-2"));
        QCOMPARE(shown(view, QStringLiteral("int16 (little endian)")), QStringLiteral("-2"));
        QCOMPARE(shown(view, QStringLiteral("int32 (little endian)")), QStringLiteral("-2"));
        QCOMPARE(shown(view, QStringLiteral("int64 (little endian)")), QStringLiteral("-2"));
        QCOMPARE(shown(view, QStringLiteral("uint32 (little endian)")), QStringLiteral("4294967294"));
        QCOMPARE(shown(view, QStringLiteral("int16 (big endian)")), QStringLiteral("-257"));
        // 1.5 as a double, little endian.
        const std::array<unsigned char, 8> onePointFive { 0, 0, 0, 0, 0, 0, 0xf8, 0x3f };
        view.setBytes(bytesOf(onePointFive), m_regions);
        QCOMPARE(shown(view, QStringLiteral("double (little endian)")), QStringLiteral("1.5"));
        // Every row fits its type's name: nothing is cut off in the first column.
        for (int row = 0; row < view.rowCount(); ++row) {
            const QString type = view.item(row, 0)->text();
            QVERIFY2(view.columnWidth(0) >= view.fontMetrics().horizontalAdvance(type), qPrintable(type));
        }
    }

    void aPointerIntoAMappingCanBeFollowed()
    {
        DataInspectorView view;
        view.show();
        const Address target = 0x5555'0000'1234;
        std::array<unsigned char, 8> bytes {};
        for (size_t i = 0; i < 8; ++i)
            bytes[i] = static_cast<unsigned char>(target >> (8 * i));
        view.setBytes(bytesOf(bytes), m_regions);
        const QString pointer = shown(view, QStringLiteral("pointer"));
        QVERIFY2(pointer.startsWith(QStringLiteral("0x555500001234 → ")), qPrintable(pointer));
        QVERIFY2(pointer.contains(QStringLiteral("[heap]")), qPrintable(pointer));
        QSignalSpy follow(&view, &DataInspectorView::followRequested);
        const int row = rowOf(view, QStringLiteral("pointer"));
        QVERIFY(row >= 0);
        QVERIFY(view.item(row, 1)->font().underline()); // looks like something to click
        emit view.itemActivated(view.item(row, 1));
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follow.first().first().value<Address>(), target);
        // A pointer into no mapping: said, and not offered.
        bytes.fill(0x11);
        view.setBytes(bytesOf(bytes), m_regions);
        QVERIFY2(shown(view, QStringLiteral("pointer")).endsWith(QStringLiteral("points into no mapping")),
            qPrintable(shown(view, QStringLiteral("pointer"))));
        emit view.itemActivated(view.item(rowOf(view, QStringLiteral("pointer")), 1));
        QCOMPARE(follow.count(), 1);
    }

    void unreadableBytesAreShownAsSuch()
    {
        DataInspectorView view;
        view.show();
        // Nothing readable at the cursor.
        view.setBytes({}, m_regions);
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(shown(view, QStringLiteral("byte")), QStringLiteral("unreadable"));
        // Two readable bytes before the end of readable memory: wider types say what they need.
        const std::array<unsigned char, 2> two { 0x34, 0x12 };
        view.setBytes(bytesOf(two), m_regions);
        QCOMPARE(shown(view, QStringLiteral("uint16 (little endian)")), QString::number(0x1234));
        QCOMPARE(shown(view, QStringLiteral("uint32 (little endian)")), QStringLiteral("needs 4 readable bytes"));
        QCOMPARE(shown(view, QStringLiteral("int64 (big endian)")), QStringLiteral("needs 8 readable bytes"));
        QCOMPARE(shown(view, QStringLiteral("pointer")), QStringLiteral("needs 8 readable bytes"));
        QCOMPARE(shown(view, QStringLiteral("float (little endian)")), QStringLiteral("needs 4 readable bytes"));
        // Still on their way: said so, no stale values from before.
        view.setBytes({}, m_regions, true);
        QCOMPARE(view.rowCount(), 1);
        QCOMPARE(shown(view, QStringLiteral("bytes")), QStringLiteral("loading…"));
    }
};

QTEST_MAIN(TestDataInspectorView)
#include "tst_datainspectorview.moc"
