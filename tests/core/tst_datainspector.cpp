// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/datainspector.h"
#include "core/parse/mapsparser.h"

#include <QTest>

using namespace procglass;

namespace {
QString valueOf(const std::vector<InspectedValue>& rows, const QString& type)
{
    for (const auto& r : rows) {
        if (r.type == type)
            return r.value;
    }
    return QStringLiteral("<missing %1>").arg(type);
}
std::vector<InspectedValue> inspect(const QByteArray& bytes, const std::vector<Region>& regions = {})
{
    return inspectBytes(std::as_bytes(std::span(bytes.constData(), size_t(bytes.size()))), regions);
}
} // namespace

class TestDataInspector : public QObject
{
    Q_OBJECT
private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        const QByteArray minusTwo = QByteArray::fromHex("feffffffffffffff");
        QTest::newRow("int8") << minusTwo << QStringLiteral("int8") << QStringLiteral("-2");
        QTest::newRow("uint8") << minusTwo << QStringLiteral("uint8") << QStringLiteral("254");
        QTest::newRow("binary") << QByteArray::fromHex("a5") << QStringLiteral("binary") << QStringLiteral("10100101");
        QTest::newRow("int16 le") << minusTwo << QStringLiteral("int16 (little endian)") << QStringLiteral("-2");
        QTest::newRow("uint16 be") << minusTwo << QStringLiteral("uint16 (big endian)") << QStringLiteral("65279");
        QTest::newRow("int32 le") << QByteArray::fromHex("feffffff") << QStringLiteral("int32 (little endian)")
                                  << QStringLiteral("-2");
        QTest::newRow("uint32 be") << QByteArray::fromHex("12345678") << QStringLiteral("uint32 (big endian)")
                                   << QStringLiteral("305419896");
        QTest::newRow("fixture int32") << QByteArray::fromHex("fecaac1b") << QStringLiteral("int32 (little endian)")
                                       << QStringLiteral("464308990");
        QTest::newRow("int64 le") << minusTwo << QStringLiteral("int64 (little endian)") << QStringLiteral("-2");
        QTest::newRow("uint64 le") << minusTwo << QStringLiteral("uint64 (little endian)")
                                   << QStringLiteral("18446744073709551614");
        QTest::newRow("float le") << QByteArray::fromHex("0000c03f") << QStringLiteral("float (little endian)")
                                  << QStringLiteral("1.5");
        QTest::newRow("double le") << QByteArray::fromHex("000000000040a540")
                                   << QStringLiteral("double (little endian)") << QStringLiteral("2720");
        QTest::newRow("fixture double") << QByteArray::fromHex("00000000903ca540")
                                        << QStringLiteral("double (little endian)") << QStringLiteral("2718.28125");
        QTest::newRow("double be") << QByteArray::fromHex("3ff8000000000000") << QStringLiteral("double (big endian)")
                                   << QStringLiteral("1.5");
        QTest::newRow("utf-8 ascii") << QByteArray("A") << QStringLiteral("UTF-8") << QStringLiteral("'A' U+0041");
        QTest::newRow("utf-8 euro") << QByteArray("\xe2\x82\xac") << QStringLiteral("UTF-8")
                                    << QStringLiteral("'€' U+20AC");
        QTest::newRow("utf-8 broken") << QByteArray("\xe2\x41") << QStringLiteral("UTF-8")
                                      << QStringLiteral("not the start of a UTF-8 character");
        QTest::newRow("utf-16") << QByteArray("P\0R", 3) << QStringLiteral("UTF-16 (little endian)")
                                << QStringLiteral("'P' U+0050");
        QTest::newRow("utf-8 text") << QByteArray("caf\xc3\xa9\0junk", 10) << QStringLiteral("UTF-8 text")
                                    << QStringLiteral("\"café\"");
        QTest::newRow("utf-8 text unterminated")
            << QByteArray("abc") << QStringLiteral("UTF-8 text") << QStringLiteral("\"abc\"…");
        QTest::newRow("utf-16 text") << QByteArray("P\0R\0O\0\0\0", 8) << QStringLiteral("UTF-16 text (little endian)")
                                     << QStringLiteral("\"PRO\"");
        QTest::newRow("too short") << QByteArray("ab") << QStringLiteral("int32 (little endian)")
                                   << QStringLiteral("needs 4 readable bytes");
        QTest::newRow("no double from 4")
            << QByteArray("abcd") << QStringLiteral("double (big endian)") << QStringLiteral("needs 8 readable bytes");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QTEST(valueOf(inspect(bytes), type), "value");
    }

    void pointerNamesItsMapping()
    {
        const auto regions
            = parseMaps("55d0c1000000-55d0c1021000 rw-p 00000000 00:00 0 [heap]\n"
                        "7f2000000000-7f2000028000 r--p 00000000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                        "7f2000028000-7f20001bd000 r-xp 00028000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n")
                  .regions;
        auto rows = inspect(QByteArray::fromHex("1000c0c0d0550000"), regions);
        auto it = std::find_if(
            rows.begin(), rows.end(), [](const InspectedValue& v) { return v.type == QStringLiteral("pointer"); });
        QVERIFY(it != rows.end());
        QCOMPARE(it->value, QStringLiteral("0x55d0c0c00010 points into no mapping"));
        QVERIFY(!it->pointer);
        rows = inspect(QByteArray::fromHex("100000c1d0550000"), regions);
        it = std::find_if(
            rows.begin(), rows.end(), [](const InspectedValue& v) { return v.type == QStringLiteral("pointer"); });
        QCOMPARE(it->value, QStringLiteral("0x55d0c1000010 → [heap]+0x10 (heap)"));
        QCOMPARE(*it->pointer, Address(0x55d0c1000010));
        rows = inspect(QByteArray::fromHex("34120000207f0000"), regions);
        it = std::find_if(
            rows.begin(), rows.end(), [](const InspectedValue& v) { return v.type == QStringLiteral("pointer"); });
        QCOMPARE(it->value, QStringLiteral("0x7f2000001234 → libc.so.6+0x1234 (library)"));
    }

    void unreadableCursorSaysSo()
    {
        const auto rows = inspect(QByteArray());
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].value, QStringLiteral("unreadable"));
    }
};

QTEST_GUILESS_MAIN(TestDataInspector)
#include "tst_datainspector.moc"
