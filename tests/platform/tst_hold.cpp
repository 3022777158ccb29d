// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fixture.h"
#include "platform/linux/hold.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QTest>

#include <csignal>
#include <thread>

using namespace procglass;
using namespace procglass::test;

class TestHold : public QObject
{
    Q_OBJECT

    static quint64 counter(LinuxTarget& t, Address counters, int i)
    {
        quint64 v = 0;
        (void)t.read(counters + 8 * Address(i), { reinterpret_cast<std::byte*>(&v), 8 });
        return v;
    }

private slots:
    void stopsEveryThreadAndReleasesThem()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--random-size"),
                     QStringLiteral("4096") }),
            qPrintable(f.error()));
        auto target = LinuxTarget::open(f.pid());
        QVERIFY(target.ok());
        const Address counters = f.address(QStringLiteral("counters"));
        {
            auto hold = Hold::acquire((*target)->identity());
            QVERIFY2(hold.ok(), qPrintable(hold.ok() ? QString() : hold.error().message));
            QCOMPARE((*hold)->threads().size(), size_t(5));
            QVERIFY(!(*hold)->wasStopped());
            const QString states = threadStates(f.pid());
            QCOMPARE(states, QStringLiteral("ttttt"));
            // Stopped means stopped: the counters do not move while held.
            const quint64 before = counter(**target, counters, 0);
            QThread::msleep(30);
            QCOMPARE(counter(**target, counters, 0), before);
        }
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
        const quint64 before = counter(**target, counters, 1);
        QThread::msleep(50);
        QVERIFY(counter(**target, counters, 1) > before);
    }

    void catchesThreadsBornMeanwhile()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--churn"), QStringLiteral("--random-size"), QStringLiteral("4096") }),
            qPrintable(f.error()));
        auto identity = readIdentity(f.pid());
        QVERIFY(identity.ok());
        for (int i = 0; i < 50; ++i) {
            auto hold = Hold::acquire(*identity);
            QVERIFY2(hold.ok(), qPrintable(hold.ok() ? QString() : hold.error().message));
            // Every thread that exists now was stopped, including any born while we seized the others.
            const QString states = threadStates(f.pid());
            QVERIFY2(!states.isEmpty() && states.count(u't') == states.size(), qPrintable(states));
            QCOMPARE(size_t(states.size()), (*hold)->threads().size());
        }
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("RS")));
    }

    void stoppedTargetStaysStopped()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        ::kill(f.pid(), SIGSTOP);
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("T")));
        {
            auto hold = Hold::acquire(*readIdentity(f.pid()));
            QVERIFY(hold.ok());
            QVERIFY((*hold)->wasStopped());
            QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("t")));
        }
        QThread::msleep(50);
        QCOMPARE(threadStates(f.pid()), QStringLiteral("TTTT"));
        ::kill(f.pid(), SIGCONT);
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("RS")));
    }

    void signalArrivingDuringHoldIsDeliveredAfter()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        {
            auto hold = Hold::acquire(*readIdentity(f.pid()));
            QVERIFY(hold.ok());
            ::kill(f.pid(), SIGTERM);
            QThread::msleep(20);
            QVERIFY(threadState(f.pid(), f.pid()) == 't'); // held: the signal waits
        }
        // Released: SIGTERM is delivered and ends the fixture.
        QTRY_VERIFY_WITH_TIMEOUT(threadState(f.pid(), f.pid()) == 0 || threadState(f.pid(), f.pid()) == 'Z', 5000);
    }

    void exitedTargetCannotBeHeld()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        const ProcessIdentity id = *readIdentity(f.pid());
        f.kill();
        auto hold = Hold::acquire(id);
        QVERIFY(!hold.ok());
        QVERIFY(hold.error().kind == ErrorKind::NoSuchProcess || hold.error().kind == ErrorKind::Exited);
    }

    void threadThatCannotStopIsNotLeftStopped()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--vfork-sleep"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("DS"))); // the main thread waits for its vfork child
        QCOMPARE(threadState(f.pid(), f.pid()), 'D');
        auto hold = Hold::acquire(*readIdentity(f.pid()), std::chrono::milliseconds(200));
        QVERIFY(!hold.ok());
        QCOMPARE(hold.error().kind, ErrorKind::Timeout);
        QVERIFY2(hold.error().message.contains(QStringLiteral("state D")), qPrintable(hold.error().message));
        // When the vfork child is done, the main thread must run on, not sit in a tracing stop.
        QTest::qWait(1500);
        QVERIFY2(!threadStates(f.pid()).contains(u't'), qPrintable(threadStates(f.pid())));
    }

    void secondTracerIsExplained()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        const ProcessIdentity id = *readIdentity(f.pid());
        auto first = Hold::acquire(id);
        QVERIFY(first.ok());
        // Another thread is another tracer as far as the kernel is concerned.
        Error second;
        std::thread([&] {
            auto h = Hold::acquire(id);
            if (!h.ok())
                second = h.error();
        }).join();
        QCOMPARE(second.kind, ErrorKind::Permission);
        QVERIFY2(second.message.contains(QStringLiteral("already traced by process %1").arg(getpid())),
            qPrintable(second.message));
    }
};

QTEST_GUILESS_MAIN(TestHold)
#include "tst_hold.moc"
