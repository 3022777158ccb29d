// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/addressspec.h"
#include "core/parse/mapsparser.h"
#include "core/teach/bookmarks.h"

#include <QTest>

using namespace procglass;

class TestAddressSpec : public QObject
{
    Q_OBJECT
private slots:
    void resolves_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("address");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("hex") << QStringLiteral("0x7f00deadbeef") << true << quint64(0x7f00deadbeef) << QString();
        QTest::newRow("hex upper") << QStringLiteral("0X7F00DEADBEEF") << true << quint64(0x7f00deadbeef) << QString();
        QTest::newRow("heap") << QStringLiteral("[heap]") << true << quint64(0x55d0c1000000) << QString();
        QTest::newRow("heap+hex") << QStringLiteral("[heap]+0x10") << true << quint64(0x55d0c1000010) << QString();
        QTest::newRow("stack+dec") << QStringLiteral("[stack]+16") << true << quint64(0x7ffc00000010) << QString();
        QTest::newRow("vdso") << QStringLiteral("[vdso]") << true << quint64(0x7ffc00104000) << QString();
        QTest::newRow("library base") << QStringLiteral("libc.so.6") << true << quint64(0x7f2000000000) << QString();
        QTest::newRow("library+offset") << QStringLiteral("libc.so.6+0x1234") << true << quint64(0x7f2000001234)
                                        << QString();
        QTest::newRow("full path") << QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6") << true
                                   << quint64(0x7f2000000000) << QString();
        QTest::newRow("spaces around") << QStringLiteral("  [heap] + 0x10 ") << true << quint64(0x55d0c1000010)
                                       << QString();
        QTest::newRow("plus in file name")
            << QStringLiteral("libstdc++.so.6+0x10") << true << quint64(0x7f5000000010) << QString();
        QTest::newRow("empty") << QString() << false << quint64(0) << QStringLiteral("empty");
        QTest::newRow("bad hex") << QStringLiteral("0x7g") << false << quint64(0) << QStringLiteral("hexadecimal");
        QTest::newRow("hex too long") << QStringLiteral("0x11112222333344445") << false << quint64(0)
                                      << QStringLiteral("hexadecimal");
        QTest::newRow("unknown name") << QStringLiteral("libnothere.so") << false << quint64(0)
                                      << QStringLiteral("No mapping is named");
        QTest::newRow("bad offset") << QStringLiteral("[heap]+zz") << false << quint64(0) << QStringLiteral("offset");
        QTest::newRow("no name") << QStringLiteral("+0x10") << false << quint64(0) << QStringLiteral("No mapping");
        QTest::newRow("negative offset") << QStringLiteral("[heap]+-5") << false << quint64(0)
                                         << QStringLiteral("offset");
    }

    void resolves()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const ParsedMaps maps
            = parseMaps("55d0c1000000-55d0c1021000 rw-p 00000000 00:00 0 [heap]\n"
                        "7f2000000000-7f2000028000 r--p 00000000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                        "7f2000028000-7f20001bd000 r-xp 00028000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                        "7f5000000000-7f5000028000 r--p 00000000 fe:01 301 /usr/lib/x86_64-linux-gnu/libstdc++.so.6\n"
                        "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0 [stack]\n"
                        "7ffc00104000-7ffc00106000 r-xp 00000000 00:00 0 [vdso]\n");
        auto r = resolveAddress(text, maps.regions);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QTEST(*r, "address");
        } else {
            QFETCH(QString, errorContains);
            QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
            QVERIFY2(r.error().message.contains(errorContains), qPrintable(r.error().message));
        }
    }

    // A '+' in a file name (issue 14, finding 10): the name as printed is accepted, with or
    // without an offset; the longest name that is mapped wins.
    void plusSignsInFileNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<quint64>("address");
        QTest::newRow("c++.so") << QStringLiteral("c++.so") << true << quint64(0x7f1000000000);
        QTest::newRow("c++.so+0x10") << QStringLiteral("c++.so+0x10") << true << quint64(0x7f1000000010);
        QTest::newRow("c++.so+16") << QStringLiteral("c++.so+16") << true << quint64(0x7f1000000010);
        QTest::newRow("libfoo+bar.so") << QStringLiteral("libfoo+bar.so") << true << quint64(0x7f3000000000);
        QTest::newRow("libfoo+bar.so+0x10") << QStringLiteral("libfoo+bar.so+0x10") << true << quint64(0x7f3000000010);
        QTest::newRow("path with +") << QStringLiteral("/opt/x+y/libfoo+bar.so+0x1") << true << quint64(0x7f3000000001);
        // Both "lib" and "lib+10" are mapped: the longer name is meant, as describeAddress prints it.
        QTest::newRow("lib+10 is a name") << QStringLiteral("lib+10") << true << quint64(0x7f4000000000);
        QTest::newRow("lib+10+0x0") << QStringLiteral("lib+10+0x0") << true << quint64(0x7f4000000000);
        QTest::newRow("lib+0x10") << QStringLiteral("lib+0x10") << true << quint64(0x7f2000000010);
        QTest::newRow("lib + 4") << QStringLiteral("lib + 4") << true << quint64(0x7f2000000004);
        QTest::newRow("lib+10+4") << QStringLiteral("lib+10+4") << true << quint64(0x7f4000000004);
        QTest::newRow("escaped newline") << QStringLiteral("a\\012b.so+0x8") << true << quint64(0x7f5000000008);
        QTest::newRow("c++.so+zz") << QStringLiteral("c++.so+zz") << false << quint64(0);
        QTest::newRow("c+") << QStringLiteral("c+") << false << quint64(0);
    }

    void plusSignsInFileNames()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const ParsedMaps maps = parseMaps("7f1000000000-7f1000001000 r-xp 00000000 fe:01 1 /usr/lib/c++.so\n"
                                          "7f2000000000-7f2000001000 r-xp 00000000 fe:01 2 /usr/lib/lib\n"
                                          "7f3000000000-7f3000001000 r-xp 00000000 fe:01 3 /opt/x+y/libfoo+bar.so\n"
                                          "7f4000000000-7f4000001000 r-xp 00000000 fe:01 4 /usr/lib/lib+10\n"
                                          "7f5000000000-7f5000001000 r--p 00000000 fe:01 5 /tmp/a\\012b.so\n");
        QCOMPARE(maps.regions.size(), size_t(5));
        auto r = resolveAddress(text, maps.regions);
        QVERIFY2(r.ok() == ok, r.ok() ? "resolved" : qPrintable(r.error().message));
        if (ok) {
            QTEST(*r, "address");
            // The name describeAddress prints for it reads back to the same address.
            QCOMPARE(*resolveAddress(describeAddress(*r, maps.regions), maps.regions), *r);
        } else {
            QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        }
    }

    void parsesNumbers()
    {
        QCOMPARE(*parseNumber(u"4096", QStringLiteral("n")), quint64(4096));
        QCOMPARE(*parseNumber(u"0x1000", QStringLiteral("n")), quint64(4096));
        QVERIFY(!parseNumber(u"-1", QStringLiteral("n")).ok());
        QVERIFY(!parseNumber(u"12k", QStringLiteral("The length")).ok());
        QVERIFY(parseNumber(u"12k", QStringLiteral("The length"))
                    .error()
                    .message.contains(QStringLiteral("The length '12k'")));
    }
};

QTEST_GUILESS_MAIN(TestAddressSpec)
#include "tst_addressspec.moc"
