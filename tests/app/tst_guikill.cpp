// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// `procglass --hold` killed by SIGKILL: the held target runs again. The real window binary
// (offscreen) holds the fixture as soon as it is open, directly or through procglass-agent; once
// every thread of the fixture is in tracing stop, the window dies by SIGKILL, and within 2 s the
// fixture must run again (no thread stopped, its counter moving).

#include "fixture.h"
#include "platform/linux/localhost.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

// The fixture's first counter, read from here (its counter thread adds one every 2 ms).
quint64 counter(pid_t pid, Address counters)
{
    LocalHost host;
    auto target = host.open({ pid, 0 });
    if (!target)
        return 0;
    quint64 v = 0;
    const ReadResult r = (*target)->read(counters, { reinterpret_cast<std::byte*>(&v), sizeof v });
    return r.complete() ? v : 0;
}

bool allTraced(pid_t pid)
{
    const QString states = threadStates(pid);
    return !states.isEmpty() && states.count(QLatin1Char('t')) == states.size();
}

bool runsAgainWithin(pid_t pid, Address counters, int timeoutMs, QString* why)
{
    QElapsedTimer timer;
    timer.start();
    auto stopped = [pid] {
        const QString s = threadStates(pid);
        return s.isEmpty() || s.contains(QLatin1Char('t')) || s.contains(QLatin1Char('T'));
    };
    while (stopped()) {
        if (timer.elapsed() > timeoutMs) {
            *why = QStringLiteral("still stopped after %1 ms: thread states %2")
                       .arg(timer.elapsed())
                       .arg(threadStates(pid));
            return false;
        }
        QThread::msleep(5);
    }
    const quint64 before = counter(pid, counters);
    while (counter(pid, counters) == before) {
        if (timer.elapsed() > timeoutMs) {
            *why = QStringLiteral("not stopped, but its counter did not move in %1 ms").arg(timer.elapsed());
            return false;
        }
        QThread::msleep(5);
    }
    return true;
}

} // namespace

class TestGuiKill : public QObject
{
    Q_OBJECT
private slots:
    void killedWindowLetsGo_data()
    {
        QTest::addColumn<bool>("agent");
        QTest::newRow("the window holds") << false;
        QTest::newRow("through procglass-agent") << true;
    }

    void killedWindowLetsGo()
    {
        QFETCH(bool, agent);
        if (::geteuid() != 0)
            QSKIP("needs root: holding another process needs ptrace rights a CI container gives root only");
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--threads"), QStringLiteral("3") }), qPrintable(f.error()));
        const Address counters = f.address(QStringLiteral("counters"));
        QTRY_VERIFY_WITH_TIMEOUT(counter(f.pid(), counters) != 0, 5000); // its counter thread has begun

        QStringList args { QStringLiteral("--pid"), QString::number(f.pid()), QStringLiteral("--hold") };
        if (agent)
            args << QStringLiteral("--agent") << QStringLiteral(PROCGLASS_AGENT_PATH);
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(env);
        window.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        window.start(QStringLiteral(PROCGLASS_GUI_PATH), args);
        QVERIFY2(window.waitForStarted(10000), qPrintable(window.errorString()));

        // Held = every thread in tracing stop for 500 ms on end: the window may also stop the
        // fixture briefly for one operation while it opens (all threads 't' for a moment), which
        // is not the hold.
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer steady;
        bool held = false;
        while (!held && timer.elapsed() < 30000 && window.state() == QProcess::Running) {
            if (!allTraced(f.pid()))
                steady.invalidate();
            else if (!steady.isValid())
                steady.start();
            held = steady.isValid() && steady.elapsed() >= 500;
            QThread::msleep(10);
        }
        QVERIFY2(held,
            qPrintable(
                QStringLiteral("--hold did not keep every thread stopped for 500 ms within %1 ms (window %2): "
                               "thread states %3")
                    .arg(timer.elapsed())
                    .arg(window.state() == QProcess::Running ? QStringLiteral("running") : QStringLiteral("exited"))
                    .arg(threadStates(f.pid()))));

        QVERIFY(::kill(pid_t(window.processId()), SIGKILL) == 0);
        QVERIFY(window.waitForFinished(5000));
        QElapsedTimer after;
        after.start();
        QString why;
        QVERIFY2(runsAgainWithin(f.pid(), counters, 2000, &why), qPrintable(why));
        qInfo("runs again %lld ms after the SIGKILL was reaped", qint64(after.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestGuiKill)
#include "tst_guikill.moc"
