// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-agent reached through the programs the issue names as transports (issue 17), end to
// end through connectAgent(), Host and Target: ssh to a throwaway sshd, nsenter into a pid
// namespace, setpriv as another user; and what is left when a transport, the agent or the client
// is killed mid-hold (the target must run again: the kernel detaches when the agent dies).
#include "agent/connect.h"
#include "fixture.h"
#include "platform/linux/localhost.h"
#include "sshd.h"
#include "wrappedfixture.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;
using namespace std::chrono_literals;

namespace {

QString agentPath()
{
#ifdef PROCGLASS_AGENT_PATH
    return QStringLiteral(PROCGLASS_AGENT_PATH);
#else
    return {};
#endif
}

QString holderPath()
{
#ifdef PROCGLASS_AGENT_HOLDER_PATH
    return QStringLiteral(PROCGLASS_AGENT_HOLDER_PATH);
#else
    return {};
#endif
}

// QVERIFY2 builds its message even when the check holds: only a failed result has an error.
template <typename T> QString errorOf(const Result<T>& result)
{
    return result ? QString() : result.error().message;
}

QString hostName()
{
    utsname u {};
    return uname(&u) == 0 ? QString::fromLocal8Bit(u.nodename) : QString();
}

// The bytes [address, address + size) as this process reads the pid (no agent involved).
QByteArray readLocally(pid_t pid, Address address, quint64 size)
{
    LocalHost host;
    auto target = host.open({ pid, 0 });
    if (!target)
        return {};
    QByteArray bytes(qsizetype(size), '\0');
    const ReadResult r = (*target)->read(address, { reinterpret_cast<std::byte*>(bytes.data()), size_t(size) });
    return r.complete() ? bytes : QByteArray();
}

QByteArray readThrough(Target& target, Address address, quint64 size, QString* error)
{
    QByteArray bytes(qsizetype(size), '\0');
    const ReadResult r = target.read(address, { reinterpret_cast<std::byte*>(bytes.data()), size_t(size) });
    if (r.error)
        *error = r.error.message;
    else if (!r.unreadable.empty())
        *error = QStringLiteral("%1 unreadable ranges").arg(r.unreadable.size());
    return r.complete() ? bytes : QByteArray();
}

// The fixture's first counter, read from here (the counter thread adds one every 2 ms).
quint64 counter(pid_t pid, Address counters)
{
    const QByteArray b = readLocally(pid, counters, 8);
    quint64 v = 0;
    if (b.size() == 8)
        std::memcpy(&v, b.constData(), 8);
    return v;
}

// Within timeoutMs the process runs again: no thread stopped and its counter moving.
bool runsAgainWithin(pid_t pid, Address counters, int timeoutMs, QString* why)
{
    QElapsedTimer timer;
    timer.start();
    while (!runsFreely(pid)) {
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

const ProcessInfo* findPid(const std::vector<ProcessInfo>& list, pid_t pid)
{
    for (const ProcessInfo& p : list) {
        if (p.pid() == pid)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestTransports : public QObject
{
    Q_OBJECT

    // Skips the test when there is no agent in this tree to reach.
    static bool agentBuilt() { return !agentPath().isEmpty() && QFileInfo(agentPath()).isExecutable(); }

private slots:
    // QTest's crash handler stays SIGPIPE's handler here (no SIG_IGN workaround): connectAgent() must
    // not raise SIGPIPE when it writes to a transport that has just exited (ssh refused).

    // A program with a SIGPIPE handler of its own (a crash reporter) that connects to a command
    // which exits at once: the client's write of its greeting meets a pipe nobody reads. It must
    // fail with the command's words, never run the handler, and leave the handler in place.
    void aProgramsOwnSigpipeHandlerSurvivesATransportThatExits()
    {
        struct sigaction mine
        {
        }, old {}, now {};
        mine.sa_handler = [](int) { ::abort(); };
        sigemptyset(&mine.sa_mask);
        QCOMPARE(::sigaction(SIGPIPE, &mine, &old), 0);
        const auto restore = qScopeGuard([&] { ::sigaction(SIGPIPE, &old, nullptr); });
        // The race (our write before or after it exits) is lost often enough in 60 tries.
        for (int i = 0; i < 60; ++i) {
            auto r = connectAgent(i % 2 ? QStringLiteral("true") : QStringLiteral("sh -c 'exit 3'"), 5s);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(i % 2 ? QStringLiteral("true") : QStringLiteral("exit 3")),
                qPrintable(r.error().message));
        }
        QCOMPARE(::sigaction(SIGPIPE, nullptr, &now), 0);
        QVERIFY(now.sa_handler == mine.sa_handler);
    }

    // The helper itself, with or without an agent: a command runs over it as this user.
    void sshdRunsACommand()
    {
        Sshd sshd;
        if (!sshd.start())
            QSKIP(qPrintable(sshd.error()));
        const QStringList cmd = sshd.sshCommand(QStringLiteral("id -un; uname -n"));
        const ProgramRun r = runProgram(cmd.first(), cmd.mid(1), 30000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText() + sshd.log()));
        QCOMPARE(r.outText(), sshd.user() + QLatin1Char('\n') + hostName() + QLatin1Char('\n'));
        // One string, split as connectAgent splits it, is the same command.
        QCOMPARE(QProcess::splitCommand(sshd.sshCommandLine(QStringLiteral("id -un; uname -n"))), cmd);
    }

    // The other helpers: the fixture as pid 1 of a namespace of its own, and as nobody.
    void wrappedFixtures()
    {
        if (geteuid() != 0)
            QSKIP("not root: unshare --pid and setpriv need root");
        WrappedFixture asNobody;
        QVERIFY2(asNobody.start(nobodyWrapper()), qPrintable(asNobody.error()));
        QCOMPARE(asNobody.pid(), asNobody.wrapperPid());
        QVERIFY(fileBytes(QStringLiteral("/proc/%1/status").arg(asNobody.pid())).contains("Uid:\t65534\t65534"));
        if (const QString why = pidNamespaceProblem(); !why.isEmpty())
            QSKIP(qPrintable(why));
        WrappedFixture inNamespace;
        QVERIFY2(inNamespace.start(pidNamespaceWrapper()), qPrintable(inNamespace.error()));
        QCOMPARE(inNamespace.innerPid(), pid_t(1));
        const std::vector<pid_t> ns = namespacePids(inNamespace.pid());
        QCOMPARE(ns, (std::vector<pid_t> { inNamespace.pid(), 1 }));
        QVERIFY(runsFreely(inNamespace.pid()));
        const pid_t outer = inNamespace.pid();
        inNamespace.kill();
        QTRY_VERIFY_WITH_TIMEOUT(threadStates(outer).isEmpty(), 2000);
    }

    void sshLocalhost()
    {
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        Sshd sshd;
        if (!sshd.start())
            QSKIP(qPrintable(sshd.error()));
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        auto host = connectAgent(sshd.sshCommandLine(agentPath()), 30s);
        QVERIFY2(host, qPrintable(errorOf(host)));
        const HostInfo info = (*host)->info();
        QVERIFY(info.agent);
        QCOMPARE(info.uid, geteuid());
        QCOMPARE(info.user, sshd.user());
        QCOMPARE(info.hostName, hostName());
        QVERIFY2(info.where.contains(QStringLiteral("ssh")), qPrintable(info.where));

        auto list = (*host)->processes();
        QVERIFY2(list, qPrintable(errorOf(list)));
        const ProcessInfo* p = findPid(*list, f.pid());
        QVERIFY(p);
        QCOMPARE(p->name, QStringLiteral("procglass-demo"));
        QVERIFY2(p->accessProblem.isEmpty(), qPrintable(p->accessProblem));

        auto target = (*host)->open(p->identity);
        QVERIFY2(target, qPrintable(errorOf(target)));
        QString error;
        const quint64 size = 4 << 20;
        const QByteArray remote = readThrough(**target, f.address(QStringLiteral("random")), size, &error);
        QVERIFY2(!remote.isEmpty(), qPrintable(error));
        QVERIFY(remote == readLocally(f.pid(), f.address(QStringLiteral("random")), size));
        // A page that is not mapped comes back as unreadable, not as data or as a failed read.
        std::vector<std::byte> hole(3 * 4096);
        const ReadResult r = (*target)->read(f.address(QStringLiteral("hole")), hole);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.unreadable.size(), size_t(1));
        QCOMPARE(r.unreadable.front().start, f.address(QStringLiteral("hole")) + 4096);
        QCOMPARE(r.unreadable.front().size(), quint64(4096));
        QCOMPARE(quint8(hole[0]), quint8(0xb0));
        QCOMPARE(quint8(hole[2 * 4096]), quint8(0xb2));
    }

    // As in a container: the fixture is pid 1 of its own pid namespace, and the agent is put
    // into that namespace (and its /proc) by nsenter.
    void pidNamespace()
    {
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        if (geteuid() != 0)
            QSKIP("not root: unshare --pid and nsenter need CAP_SYS_ADMIN");
        const QString nsenter = QStandardPaths::findExecutable(QStringLiteral("nsenter"));
        if (nsenter.isEmpty())
            QSKIP("nsenter is not installed (util-linux)");
        if (const QString why = pidNamespaceProblem(); !why.isEmpty())
            QSKIP(qPrintable(why));
        WrappedFixture f;
        QVERIFY2(f.start(pidNamespaceWrapper()), qPrintable(f.error()));
        QCOMPARE(f.innerPid(), pid_t(1));
        QVERIFY(f.pid() != f.innerPid());

        auto host = connectAgent(
            joinCommand({ nsenter, QStringLiteral("-t"), QString::number(f.pid()), QStringLiteral("-a"), agentPath() }),
            30s);
        QVERIFY2(host, qPrintable(errorOf(host)));
        auto list = (*host)->processes();
        QVERIFY2(list, qPrintable(errorOf(list)));
        // Only the namespace's processes, by their pids there: the fixture and the agent.
        const ProcessInfo* p = findPid(*list, f.innerPid());
        QVERIFY2(p, "the fixture is not pid 1 in the agent's list");
        QCOMPARE(p->name, QStringLiteral("procglass-demo"));
        QVERIFY2(!findPid(*list, f.pid()) || f.pid() < 10, "the agent lists the fixture's outer pid");
        QVERIFY2(list->size() < 10, qPrintable(QStringLiteral("%1 processes listed").arg(list->size())));

        auto target = (*host)->open(p->identity);
        QVERIFY2(target, qPrintable(errorOf(target)));
        QCOMPARE((*target)->identity().pid, f.innerPid());
        QString error;
        const quint64 size = 1 << 20;
        const QByteArray remote = readThrough(**target, f.address(QStringLiteral("random")), size, &error);
        QVERIFY2(!remote.isEmpty(), qPrintable(error));
        QVERIFY(remote == readLocally(f.pid(), f.address(QStringLiteral("random")), size));
    }

    // The agent as nobody: it reads what nobody may read, and says why it may not read the rest.
    void anotherUser()
    {
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        if (geteuid() != 0)
            QSKIP("not root: cannot start processes as nobody");
        if (!QFileInfo(agentPath()).permission(QFileDevice::ExeOther))
            QSKIP("nobody may not run the agent in this build tree");
        Fixture rootFixture;
        QVERIFY2(rootFixture.start(), qPrintable(rootFixture.error()));
        WrappedFixture nobodyFixture;
        QVERIFY2(nobodyFixture.start(nobodyWrapper()), qPrintable(nobodyFixture.error()));

        auto host = connectAgent(joinCommand(nobodyWrapper() + QStringList { agentPath() }), 30s);
        QVERIFY2(host, qPrintable(errorOf(host)));
        QCOMPARE((*host)->info().uid, uid_t(65534));

        auto list = (*host)->processes();
        QVERIFY2(list, qPrintable(errorOf(list)));
        const ProcessInfo* mine = findPid(*list, nobodyFixture.pid());
        const ProcessInfo* roots = findPid(*list, rootFixture.pid());
        QVERIFY(mine && roots);
        QVERIFY2(mine->accessProblem.isEmpty(), qPrintable(mine->accessProblem));
        // The same sentence the window shows locally: whose process, as whom the agent runs, what helps.
        QVERIFY2(roots->accessProblem.contains(QStringLiteral("belongs to user")), qPrintable(roots->accessProblem));

        // Root's fixture: refused, with the explanation (at open, or at the first read).
        QString refusal;
        auto rootTarget = (*host)->open(roots->identity);
        if (!rootTarget) {
            QCOMPARE(rootTarget.error().kind, ErrorKind::Permission);
            refusal = rootTarget.error().message;
        } else {
            std::vector<std::byte> buf(4096);
            const ReadResult r = (*rootTarget)->read(rootFixture.address(QStringLiteral("random")), buf);
            QCOMPARE(r.error.kind, ErrorKind::Permission);
            refusal = r.error.message;
        }
        QVERIFY2(refusal.contains(QStringLiteral("belongs to user")), qPrintable(refusal));

        // nobody's own fixture: read, the same bytes as from here.
        auto target = (*host)->open(mine->identity);
        QVERIFY2(target, qPrintable(errorOf(target)));
        QString error;
        const QByteArray remote
            = readThrough(**target, nobodyFixture.address(QStringLiteral("random")), 1 << 20, &error);
        QVERIFY2(!remote.isEmpty(), qPrintable(error));
        QVERIFY(remote == readLocally(nobodyFixture.pid(), nobodyFixture.address(QStringLiteral("random")), 1 << 20));
    }

    void sigkillMidHold_data()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::addColumn<QString>("victim");
        QTest::newRow("ssh client killed") << true << QStringLiteral("ssh");
        QTest::newRow("agent killed (over ssh)") << true << QStringLiteral("procglass-agent");
        QTest::newRow("agent killed (over a pipe)") << false << QStringLiteral("procglass-agent");
    }

    // The target is held through the agent; the transport or the agent dies by SIGKILL: within
    // 2 s the target runs again, and the client says the connection is lost without hanging.
    void sigkillMidHold()
    {
        QFETCH(bool, overSsh);
        QFETCH(QString, victim);
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        Sshd sshd;
        if (overSsh && !sshd.start())
            QSKIP(qPrintable(sshd.error()));
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        const Address counters = f.address(QStringLiteral("counters"));

        auto host = connectAgent(overSsh ? sshd.sshCommandLine(agentPath()) : joinCommand({ agentPath() }), 30s);
        QVERIFY2(host, qPrintable(errorOf(host)));
        auto target = (*host)->open({ f.pid(), 0 });
        QVERIFY2(target, qPrintable(errorOf(target)));
        auto hold = (*target)->hold(5s);
        QVERIFY2(hold, qPrintable(errorOf(hold)));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("t"), 2000), qPrintable(threadStates(f.pid())));

        // Whom to kill: our ssh client, or the agent (under the test sshd, or our own child).
        const std::vector<pid_t> victims
            = descendantsNamed(overSsh && victim != QStringLiteral("ssh") ? sshd.pid() : getpid(),
                victim == QStringLiteral("ssh") ? QStringLiteral("ssh") : QStringLiteral("procglass-agent"));
        QCOMPARE(victims.size(), size_t(1));
        QVERIFY(::kill(victims.front(), SIGKILL) == 0);

        QString why;
        QVERIFY2(runsAgainWithin(f.pid(), counters, 2000, &why), qPrintable(why));

        // The client notices, and letting go of the hold does not wait for a dead peer.
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY_WITH_TIMEOUT((*target)->checkAlive().isError(), 5000);
        QVERIFY((*host)->connectionError().isError());
        (*hold).reset();
        target = Error {};
        host = Error {};
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        QVERIFY(runsFreely(f.pid()));
    }

    void sigkillClient_data()
    {
        QTest::addColumn<bool>("overSsh");
        QTest::newRow("over a pipe") << false;
        QTest::newRow("over ssh") << true;
    }

    // The client (the window, the CLI: here a small program that connects, holds and sleeps) is
    // killed with SIGKILL mid-hold: its agent sees its input close and ends, and the target runs.
    void sigkillClient()
    {
        QFETCH(bool, overSsh);
        if (!agentBuilt() || holderPath().isEmpty())
            QSKIP("procglass-agent is not built in this tree");
        Sshd sshd;
        if (overSsh && !sshd.start())
            QSKIP(qPrintable(sshd.error()));
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        int readEnd = -1;
        const QString command = overSsh ? sshd.sshCommandLine(agentPath()) : joinCommand({ agentPath() });
        const pid_t holder = spawnWithPipe(holderPath(), { command, QString::number(f.pid()) }, &readEnd);
        QVERIFY(holder > 0);
        auto reap = qScopeGuard([&] {
            ::kill(holder, SIGKILL);
            waitpid(holder, nullptr, 0);
        });
        QHash<QString, QString> values;
        QString error;
        QVERIFY2(readReadyLine(readEnd, "HOLDING", &values, &error, 30000), qPrintable(error));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("t"), 2000), qPrintable(threadStates(f.pid())));
        const std::vector<pid_t> agents
            = descendantsNamed(overSsh ? sshd.pid() : holder, QStringLiteral("procglass-agent"));
        QCOMPARE(agents.size(), size_t(1));

        QVERIFY(::kill(holder, SIGKILL) == 0);
        QVERIFY(waitpid(holder, nullptr, 0) == holder);
        reap.dismiss();

        QString why;
        QVERIFY2(runsAgainWithin(f.pid(), f.address(QStringLiteral("counters")), 2000, &why), qPrintable(why));
        // And the agent does not linger.
        QTRY_VERIFY_WITH_TIMEOUT(
            ::kill(agents.front(), 0) != 0 || threadStates(agents.front()) == QStringLiteral("Z"), 5000);
    }

    // "As administrator": pkexec runs the agent with its environment cleared and its own working
    // folder; root is authorised without a password, nobody without a terminal is refused in
    // pkexec's words. Needs a polkitd that answers (a system bus).
    void pkexec()
    {
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        if (geteuid() != 0)
            QSKIP("not root: pkexec would ask for a password");
        const QString pkexec = QStandardPaths::findExecutable(QStringLiteral("pkexec"));
        const QString pkaction = QStandardPaths::findExecutable(QStringLiteral("pkaction"));
        if (pkexec.isEmpty() || pkaction.isEmpty())
            QSKIP("pkexec is not installed (Debian: pkexec, scripts/setup installs it)");
        const ProgramRun probe
            = runProgram(pkaction, { QStringLiteral("--action-id"), QStringLiteral("org.freedesktop.policykit.exec") });
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("polkitd does not answer (%1)").arg(probe.errText().trimmed())));
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));

        auto host = connectAgent(joinCommand({ pkexec, agentPath() }), 30s);
        QVERIFY2(host, qPrintable(errorOf(host)));
        QCOMPARE((*host)->info().uid, uid_t(0));
        auto target = (*host)->open({ f.pid(), 0 });
        QVERIFY2(target, qPrintable(errorOf(target)));
        QString error;
        const QByteArray remote = readThrough(**target, f.address(QStringLiteral("random")), 1 << 20, &error);
        QVERIFY2(!remote.isEmpty(), qPrintable(error));
        QVERIFY(remote == readLocally(f.pid(), f.address(QStringLiteral("random")), 1 << 20));

        // setsid: without a controlling terminal, as from the window (else pkexec would prompt on it).
        auto refused = connectAgent(joinCommand(QStringList { QStandardPaths::findExecutable(QStringLiteral("setsid")) }
                                        + nobodyWrapper() + QStringList { pkexec, agentPath() }),
            30s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("authentication agent"))
                || refused.error().message.contains(QStringLiteral("Not authorized")),
            qPrintable(refused.error().message));
    }

    void failingTransport_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addColumn<QString>("sshSays");
        QTest::newRow("nothing listens") << QStringLiteral("port") << QStringLiteral("Connection refused");
        QTest::newRow("key not accepted") << QStringLiteral("key") << QStringLiteral("Permission denied (publickey)");
    }

    // The error carries ssh's own words, which say what to fix.
    void failingTransport()
    {
        QFETCH(QString, failure);
        QFETCH(QString, sshSays);
        if (!agentBuilt())
            QSKIP("procglass-agent is not built in this tree");
        Sshd sshd;
        if (!sshd.start())
            QSKIP(qPrintable(sshd.error()));
        QStringList cmd = sshd.sshCommand(agentPath());
        if (failure == QStringLiteral("port")) {
            cmd[cmd.indexOf(QStringLiteral("-p")) + 1] = QString::number(freeLocalPort());
        } else {
            const QString stranger = sshd.makeUnauthorisedKey();
            QVERIFY(!stranger.isEmpty());
            cmd[cmd.indexOf(QStringLiteral("-i")) + 1] = stranger;
        }
        QElapsedTimer timer;
        timer.start();
        auto host = connectAgent(joinCommand(cmd), 30s);
        QVERIFY(!host);
        QVERIFY2(host.error().message.contains(sshSays), qPrintable(host.error().message));
        QVERIFY2(timer.elapsed() < 15000, "the failure took as long as the timeout");
    }
};

QTEST_GUILESS_MAIN(TestTransports)
#include "tst_transports.moc"
