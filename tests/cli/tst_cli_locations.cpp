// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 15, items 5 and 6 end to end: every location `search` prints is accepted by `read`, and
// C++ symbols are printed demangled (mangled with --mangled) and accepted both ways.
#include "fixture.h"

#include <QProcess>
#include <QTest>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// One line of `search`: ADDRESS LOCATION KIND BYTES; a location may hold spaces, the others not.
struct Hit
{
    QString address;
    QString location;
    QString kind;
};

QList<Hit> hits(const QByteArray& out)
{
    QList<Hit> list;
    for (const QByteArray& line : out.split('\n')) {
        const QStringList words = QString::fromUtf8(line).split(u' ');
        if (words.size() < 4)
            continue;
        list.append({ words.first(), words.mid(1, words.size() - 3).join(u' '), words.at(words.size() - 2) });
    }
    return list;
}

} // namespace

class TestCliLocations : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
    }

    // What `search` prints in the location column, `read` takes, and reads the same bytes.
    void searchLocationsReadBack_data()
    {
        QTest::addColumn<QStringList>("search");
        QTest::addColumn<QString>("kind");
        QTest::newRow("executable data") << QStringList { QStringLiteral("--int"), QStringLiteral("464308990"),
            QStringLiteral("--scope"), QStringLiteral("executable") }
                                         << QStringLiteral("executable");
        QTest::newRow("heap") << QStringList { QStringLiteral("--text"), QStringLiteral("procglass-heap-string"),
            QStringLiteral("--ignore-case"), QStringLiteral("--scope"), QStringLiteral("heap") }
                              << QStringLiteral("heap");
        QTest::newRow("stack") << QStringList { QStringLiteral("--text"), QStringLiteral("PROCGLASS-UTF16-STACK"),
            QStringLiteral("--utf16"), QStringLiteral("--scope"), QStringLiteral("stack") }
                               << QStringLiteral("stack");
        // The random region is anonymous memory: once "anonymous+0x..", which `read` refused.
        const std::vector<std::byte> random = randomBytes(0x5eed, 16); // the fixture's default seed
        QByteArray pattern;
        for (std::byte b : random)
            pattern += char(b);
        QTest::newRow("anonymous") << QStringList { QStringLiteral("--hex"), QString::fromLatin1(pattern.toHex(' ')),
            QStringLiteral("--scope"), QStringLiteral("anonymous") }
                                   << QStringLiteral("anonymous");
    }

    void searchLocationsReadBack()
    {
        QFETCH(QStringList, search);
        QFETCH(QString, kind);
        const Run r = runCli(QStringList { QStringLiteral("search"), m_pid } + search);
        QCOMPARE(r.exitCode, 0);
        const QList<Hit> found = hits(r.out);
        QVERIFY2(!found.isEmpty(), r.out + r.err);
        for (const Hit& h : found) {
            QCOMPARE(h.kind, kind);
            const Run byLocation = runCli({ QStringLiteral("read"), m_pid, h.location, QStringLiteral("16") });
            QVERIFY2(byLocation.exitCode == 0, qPrintable(h.location + u' ' + QString::fromUtf8(byLocation.err)));
            const Run byAddress = runCli({ QStringLiteral("read"), m_pid, h.address, QStringLiteral("16") });
            QCOMPARE(byLocation.out, byAddress.out); // the hex dump names the address on each line
        }
    }

    void symbolsDemangledAndAcceptedBothWays()
    {
        const QString int32 = hex(m_fixture.address(QStringLiteral("int32")));
        const Run plain = runCli({ QStringLiteral("symbol"), m_pid, int32 });
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.trimmed(), QByteArray("procglass-demo!(anonymous namespace)::g_int32"));
        const Run mangled = runCli({ QStringLiteral("symbol"), m_pid, int32, QStringLiteral("--mangled") });
        QCOMPARE(mangled.out.trimmed(), QByteArray("procglass-demo!_ZN12_GLOBAL__N_17g_int32E"));
        // Both read back, with an offset too, in `symbol` and in `read`.
        for (const QString& name : { QStringLiteral("procglass-demo!(anonymous namespace)::g_int32+0x2"),
                 QStringLiteral("procglass-demo!_ZN12_GLOBAL__N_17g_int32E+2"),
                 QStringLiteral("(anonymous namespace)::g_int32+0x2") }) {
            const Run back = runCli({ QStringLiteral("symbol"), m_pid, name });
            QCOMPARE(back.exitCode, 0);
            QCOMPARE(back.out.trimmed(), QByteArray("procglass-demo!(anonymous namespace)::g_int32+0x2"));
            const Run read = runCli({ QStringLiteral("read"), m_pid, name, QStringLiteral("2") });
            QVERIFY2(read.exitCode == 0, read.err);
            QVERIFY2(read.out.contains("ac 1b"), read.out); // 0x1baccafe, its upper half
        }
        // A function by its name without the parameter list; the column shows it demangled.
        const Run d = runCli(
            { QStringLiteral("disasm"), m_pid, QStringLiteral("(anonymous namespace)::hasFlag"), QStringLiteral("2") });
        QCOMPARE(d.exitCode, 0);
        QVERIFY2(d.out.split('\n').first().split('\t').value(1)
                == "procglass-demo!(anonymous namespace)::hasFlag(int, char**, char const*)",
            d.out);
        const Run dm = runCli({ QStringLiteral("disasm"), m_pid, QStringLiteral("(anonymous namespace)::hasFlag"),
            QStringLiteral("1"), QStringLiteral("--mangled") });
        QVERIFY2(dm.out.split('\t').value(1).startsWith("procglass-demo!_ZN12_GLOBAL__N_1"), dm.out);
    }
};

QTEST_GUILESS_MAIN(TestCliLocations)
#include "tst_cli_locations.moc"
