// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 18's value scans in procglass-cli through the real procglass-agent, compared byte for byte
// with the same commands in process: an unknown initial value (search --unknown) then rescans
// (changed, unchanged, increased by), and a value search with more hits than --max whose
// --save-hits file keeps them all (keepAllValueHits) -- through the agent as here.
#include "fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace procglass;
using namespace procglass::test;

namespace {

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// bin/procglass-agent next to the CLI under test (PROCGLASS_TEST_AGENT names another).
QString agentPath()
{
    if (qEnvironmentVariableIsSet("PROCGLASS_TEST_AGENT"))
        return qEnvironmentVariable("PROCGLASS_TEST_AGENT");
    return QFileInfo(QStringLiteral(PROCGLASS_CLI_PATH)).dir().filePath(QStringLiteral("procglass-agent"));
}

QStringList viaAgent(const QStringList& args)
{
    return QStringList { QStringLiteral("--agent"), agentPath() } + args;
}

QString describe(const ProgramRun& r)
{
    return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText().left(1000));
}

} // namespace

class TestCliAgentScan : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo(agentPath()).isExecutable())
            QSKIP(qPrintable(QStringLiteral("%1 is not built").arg(agentPath())));
    }

    // The ticks page (values that change only on SIGUSR1), no counting threads: local and agent
    // runs see the same memory.
    void unknownScanAndRescansEqualInProcess()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
                     QStringLiteral("0"), QStringLiteral("--ticks") }),
            qPrintable(f.error()));
        const QString pid = QString::number(f.pid());
        const Address ticks = f.address(QStringLiteral("ticks"));
        QTemporaryDir dir;
        const QString here = dir.filePath(QStringLiteral("here.base"));
        const QString there = dir.filePath(QStringLiteral("there.base"));
        for (const QString& type : { QStringLiteral("int32"), QStringLiteral("double") }) {
            const QStringList first { QStringLiteral("search"), pid, QStringLiteral("--unknown"),
                QStringLiteral("--type"), type, QStringLiteral("--range"), hex(ticks) + u'-' + hex(ticks + 4096),
                QStringLiteral("--force"), QStringLiteral("--save-hits") };
            const ProgramRun local = runCli(first + QStringList { here });
            QVERIFY2(local.exitCode == 0, qPrintable(describe(local)));
            const ProgramRun agent = runCli(viaAgent(first + QStringList { there }));
            QVERIFY2(agent.exitCode == 0, qPrintable(describe(agent)));
            QCOMPARE(agent.out, local.out);
            QCOMPARE(agent.err, QByteArray(local.err).replace(here.toUtf8(), there.toUtf8()));
            QCOMPARE(fileBytes(there), fileBytes(here)); // the baseline itself

            ::kill(f.pid(), SIGUSR1);
            QTest::qWait(100);
            struct Step
            {
                QStringList args;
                int minLines;
            };
            const std::vector<Step> steps {
                { { QStringLiteral("--changed") }, 2 },
                { { QStringLiteral("--unchanged"), QStringLiteral("--max"), QStringLiteral("100000") }, 1000 },
                { { QStringLiteral("--increased-by"), QStringLiteral("5") }, type == QStringLiteral("int32") ? 1 : 0 },
                { { QStringLiteral("--decreased") }, 1 },
            };
            int n = 0;
            for (const Step& step : steps) {
                // Each step from the baseline into a file of its own (the baseline stays).
                const QString saved = dir.filePath(QStringLiteral("here-%1").arg(++n));
                const QStringList head { QStringLiteral("rescan"), pid };
                const QStringList tail
                    = step.args + QStringList { QStringLiteral("--force"), QStringLiteral("--save-hits") };
                const ProgramRun l = runCli(head + QStringList { here } + tail + QStringList { saved });
                QVERIFY2(l.exitCode == 0, qPrintable(describe(l)));
                QVERIFY2(l.outText().count(u'\n') >= step.minLines, qPrintable(step.args.join(u' ') + l.outText()));
                // The agent's own baseline, and the one found here: both step on the agent.
                for (const QString& base : { there, here }) {
                    const QString theirs = dir.filePath(QStringLiteral("there-%1-%2").arg(n).arg(base == here));
                    const ProgramRun a = runCli(viaAgent(head + QStringList { base } + tail + QStringList { theirs }));
                    QVERIFY2(a.exitCode == 0, qPrintable(describe(a)));
                    QCOMPARE(a.out, l.out);
                    QCOMPARE(a.errText(), l.errText().replace(saved, theirs).replace(here, base));
                    QCOMPARE(fileBytes(theirs), fileBytes(saved));
                }
            }
        }
    }

    // A first scan of 0 in 4 MiB of zeros, at most 3 shown: the --save-hits file has all 512 Ki
    // hits through the agent too, the same bytes as here, and stderr says so the same way.
    void valueSearchKeepsAllItsHitsThroughTheAgent()
    {
        Fixture f;
        const quint64 size = 4 << 20;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--zeros"),
                     QString::number(size) }),
            qPrintable(f.error()));
        const QString pid = QString::number(f.pid());
        const Address zeros = f.address(QStringLiteral("zeros"));
        QTemporaryDir dir;
        const QString here = dir.filePath(QStringLiteral("here.hits"));
        const QString there = dir.filePath(QStringLiteral("there.hits"));
        const QStringList args { QStringLiteral("search"), pid, QStringLiteral("--int"), QStringLiteral("0"),
            QStringLiteral("--width"), QStringLiteral("64"), QStringLiteral("--aligned"), QStringLiteral("--range"),
            hex(zeros) + u'-' + hex(zeros + size), QStringLiteral("--max"), QStringLiteral("3"),
            QStringLiteral("--save-hits") };
        const ProgramRun local = runCli(args + QStringList { here });
        QVERIFY2(local.exitCode == 0, qPrintable(describe(local)));
        QVERIFY2(local.errText().contains(QStringLiteral("of %1 hits").arg(size / 8)), qPrintable(local.errText()));
        const ProgramRun agent = runCli(viaAgent(args + QStringList { there }));
        QVERIFY2(agent.exitCode == 0, qPrintable(describe(agent)));
        QCOMPARE(agent.out, local.out);
        QCOMPARE(agent.errText(), local.errText().replace(here, there));
        QCOMPARE(QFileInfo(there).size(), qint64(36 + size / 8 * 16));
        QCOMPARE(fileBytes(there), fileBytes(here));
        // And they narrow through the agent as here (more than one message holds: the agent reads).
        const QStringList rescan { QStringLiteral("rescan"), pid, QString(), QStringLiteral("--equal"),
            QStringLiteral("0"), QStringLiteral("--max"), QStringLiteral("3") };
        QStringList l = rescan, a = rescan;
        l[2] = here;
        a[2] = there;
        const ProgramRun lr = runCli(l);
        const ProgramRun ar = runCli(viaAgent(a));
        QVERIFY2(ar.exitCode == 0, qPrintable(describe(ar)));
        QCOMPARE(ar.out, lr.out);
        QCOMPARE(ar.errText(), lr.errText().replace(here, there));
    }
};

QTEST_GUILESS_MAIN(TestCliAgentScan)
#include "tst_cli_agentscan.moc"
