// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/hexdump.h"

#include <QTest>

using namespace procglass;

class TestHexDump : public QObject
{
    Q_OBJECT
private slots:
    void formatsLikeHexdumpC()
    {
        QByteArray data("ABCDEFGHIJKLMNOP\x01\xff", 18);
        QByteArray out;
        appendHexDump(out, 0x7f0000001000, std::as_bytes(std::span(data.constData(), size_t(data.size()))), {});
        QCOMPARE(out,
            QByteArray("00007f0000001000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  |ABCDEFGHIJKLMNOP|\n"
                       "00007f0000001010  01 ff                                             |..|\n"));
    }

    void unreadableBytesAreQuestionMarksNotData()
    {
        QByteArray data(16, '\0');
        QByteArray out;
        appendHexDump(out, 0x1000, std::as_bytes(std::span(data.constData(), 16)), { { 0x1004, 0x100c } });
        QCOMPARE(out,
            QByteArray("0000000000001000  00 00 00 00 ?? ?? ?? ??  ?? ?? ?? ?? 00 00 00 00  |....????????....|\n"));
    }
};

QTEST_GUILESS_MAIN(TestHexDump)
#include "tst_hexdump.moc"
