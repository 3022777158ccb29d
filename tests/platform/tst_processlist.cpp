// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fixture.h"
#include "platform/linux/procfs.h"

#include <QTest>

#include <atomic>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

class TestProcessList : public QObject
{
    Q_OBJECT
private slots:
    void listsTheFixtureWithAllFields()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--random-size"),
                     QStringLiteral("4194304") }),
            qPrintable(f.error()));
        auto list = listProcesses();
        QVERIFY(list.ok());
        auto it = std::find_if(list->begin(), list->end(), [&](const ProcessInfo& p) { return p.pid() == f.pid(); });
        QVERIFY(it != list->end());
        QCOMPARE(it->ppid, getpid());
        QCOMPARE(it->uid, getuid());
        QVERIFY(!it->user.isEmpty());
        // The demo's whole name: comm holds 15 characters, and "procglass-fixture" read "procglass-fixtu".
        QCOMPARE(it->name, QStringLiteral("procglass-demo"));
        QCOMPARE(it->commandLine.value(0), fixturePath());
        QCOMPARE(it->commandLine.value(1), QStringLiteral("--threads"));
        QCOMPARE(it->executable, fixturePath());
        QCOMPARE(it->threads, 3);
        QVERIFY(it->rssBytes >= 4u << 20); // the random region is written, so resident
        QVERIFY(QStringLiteral("RSD").contains(it->state));
        QCOMPARE(it->identity, *readIdentity(f.pid()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(it->startedAtMsecs <= now + 1000 && it->startedAtMsecs > now - 120000, "start time is not recent");
    }

    void skipsProcessesThatExitWhileListing()
    {
        // Processes are born and die continuously while we list, again and again.
        std::atomic<bool> stop = false;
        std::thread spawner([&] {
            while (!stop) {
                const pid_t child = fork();
                if (child == 0)
                    _exit(0);
                if (child > 0)
                    waitpid(child, nullptr, 0);
            }
        });
        int listings = 0;
        bool allGood = true;
        QString problem;
        for (; listings < 200 && allGood; ++listings) {
            auto list = listProcesses();
            if (!list.ok()) {
                allGood = false;
                problem = list.error().message;
                break;
            }
            bool sawSelf = false;
            for (const ProcessInfo& p : *list) {
                sawSelf |= p.pid() == getpid();
                if (p.pid() <= 0 || p.name.isEmpty() || p.threads < 0) {
                    allGood = false;
                    problem = QStringLiteral("bad entry for pid %1").arg(p.pid());
                }
            }
            if (!sawSelf) {
                allGood = false;
                problem = QStringLiteral("our own process is missing");
            }
        }
        stop = true;
        spawner.join();
        QVERIFY2(allGood, qPrintable(problem));
    }

    void readProcessOfMissingPid()
    {
        auto p = readProcess(0x3fffffff);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ErrorKind::NoSuchProcess);
    }
};

QTEST_GUILESS_MAIN(TestProcessList)
#include "tst_processlist.moc"
