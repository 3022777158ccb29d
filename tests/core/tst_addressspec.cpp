#include "core/addressspec.h"
#include "core/mapsparser.h"

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
