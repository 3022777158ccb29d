// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/codeformat.h"

#include <QTest>

using namespace procglass;

class TestCodeFormat : public QObject
{
    Q_OBJECT
    const QByteArray m_bytes = QByteArray("Hi\0\xff", 4);

private slots:
    void everyLanguageWritesTheBytesItsWay_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("C") << int(CodeFormat::C)
                           << QStringLiteral("/* 4 bytes at 0x000000001000 */\nconst unsigned char data[4] = {\n"
                                             "    0x48, 0x69, 0x00, 0xff,\n};\n");
        QTest::newRow("Python") << int(CodeFormat::Python)
                                << QStringLiteral(
                                       "# 4 bytes at 0x000000001000\ndata = (\n    b\"\\x48\\x69\\x00\\xff\"\n)\n");
        QTest::newRow("Rust") << int(CodeFormat::Rust)
                              << QStringLiteral("// 4 bytes at 0x000000001000\nconst DATA: [u8; 4] = [\n"
                                                "    0x48, 0x69, 0x00, 0xff,\n];\n");
        QTest::newRow("Go") << int(CodeFormat::Go)
                            << QStringLiteral(
                                   "// 4 bytes at 0x000000001000\nvar data = []byte{\n\t0x48, 0x69, 0x00, 0xff,\n}\n");
        QTest::newRow("Java (signed bytes)")
            << int(CodeFormat::Java)
            << QStringLiteral(
                   "// 4 bytes at 0x000000001000\nbyte[] data = {\n    0x48, 0x69, 0x00, (byte) 0xff,\n};\n");
        QTest::newRow("JavaScript") << int(CodeFormat::JavaScript)
                                    << QStringLiteral("// 4 bytes at 0x000000001000\nconst data = new Uint8Array([\n"
                                                      "  0x48, 0x69, 0x00, 0xff,\n]);\n");
        QTest::newRow("base64") << int(CodeFormat::Base64) << QStringLiteral("SGkA/w==\n");
        QTest::newRow("xxd") << int(CodeFormat::Xxd)
                             << QStringLiteral("00001000: 4869 00ff                                Hi..\n");
    }

    void everyLanguageWritesTheBytesItsWay()
    {
        QFETCH(int, format);
        QFETCH(QString, expected);
        QCOMPARE(formatAsCode(m_bytes, CodeFormat(format), 0x1000), expected);
    }

    void longDataWrapsAndSaysWhatIsMissing()
    {
        const QByteArray data(40, 'A');
        const QString c = formatAsCode(data, CodeFormat::C, 0x7f0000001000, true);
        QVERIFY(c.contains(QStringLiteral("unreadable bytes written as 0x00")));
        QCOMPARE(c.count(u'\n'), 2 + 4 + 1); // comment, declaration, 12+12+12+4, closing
        const QString xxd = formatAsCode(data, CodeFormat::Xxd, 0x10);
        QCOMPARE(xxd.split(u'\n', Qt::SkipEmptyParts).size(), 3);
        QVERIFY(xxd.startsWith(QStringLiteral("00000010: 4141 4141")));
        QVERIFY(xxd.contains(QStringLiteral("\n00000030: 4141 4141 4141 4141")));
        const QString b64 = formatAsCode(QByteArray(100, 'x'), CodeFormat::Base64, 0);
        QCOMPARE(QByteArray::fromBase64(b64.toLatin1()), QByteArray(100, 'x'));
        QVERIFY(b64.split(u'\n').first().size() == 76);
        for (int f = 0; f < kCodeFormatCount; ++f)
            QVERIFY(!codeFormatName(CodeFormat(f)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCodeFormat)
#include "tst_codeformat.moc"
