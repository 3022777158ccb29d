// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 17: File > Connect..., the window over any Host. The transports' commands and their
// quoting; the dialog's commands per kind and its recent ones; the window on an agent (a fake one
// over this computer: tests/support/fakeagenthost.h) -- its process list, open, hold and release,
// the title and status bar saying where and as whom; a lost link said as lost (never as an exit)
// without the window waiting; Disconnect; and another user's view through the real agent.
#include "agent/connect.h"
#include "agent/transports.h"
#include "children.h"
#include "connectdialog.h"
#include "exportcontroller.h"
#include "fakeagenthost.h"
#include "fixture.h"
#include "i18n/translations.h"
#include "infopane.h"
#include "mainwindow.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "platform/linux/localhost.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

constexpr double kMaxStallMs = kUiStallBoundMs; // fixture.h says why

// tst_uistall's probe: the longest gap between the ticks of a 1 ms timer while action runs and
// until done() holds.
double longestStall(
    const std::function<void()>& action, const std::function<bool()>& done, int timeoutMs, bool* finished)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, maxGap = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
    });
    QEventLoop loop;
    QTimer check;
    qint64 doneAt = -1;
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (doneAt < 0 && done())
            doneAt = clock.elapsed();
        if ((doneAt >= 0 && clock.elapsed() >= doneAt + 100) || clock.elapsed() > 100 + timeoutMs)
            loop.quit();
    });
    QTimer::singleShot(100, &loop, [&] {
        action();
        check.start(5);
    });
    last = clock.nsecsElapsed();
    probe.start(1);
    loop.exec();
    *finished = doneAt >= 0;
    return double(maxGap) / 1e6;
}

// PROCGLASS_SCREENSHOTS=DIR: the tests save what they show there (the dialog, the window connected).
void shoot(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PROCGLASS_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// A connect that answers with this host for any command, remembering what it was asked.
struct FakeConnect
{
    std::shared_ptr<Host> host;
    std::shared_ptr<QStringList> asked = std::make_shared<QStringList>();
    QString failWith; // non-empty: fail with it
    int waitMs = 0; // until cancelled, at most
    AgentConnect function() const
    {
        return [host = host, asked = asked, failWith = failWith, waitMs = waitMs](
                   const QString& command, const std::atomic<bool>* cancel) -> Result<std::shared_ptr<Host>> {
            asked->append(command); // read only after the job ended
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < waitMs) {
                if (cancel && cancel->load())
                    return makeError(ErrorKind::Cancelled, QStringLiteral("cancelled"));
                QThread::msleep(5);
            }
            if (!failWith.isEmpty())
                return makeError(ErrorKind::Io, failWith);
            return host;
        };
    }
};

// An agent as the contract describes one reading as an ordinary user: it lists this computer's
// processes and shows their /proc/PID/status (anyone may read it), but refuses to open their memory.
class RefusingAgentHost final : public Host
{
public:
    [[nodiscard]] HostInfo info() const override
    {
        HostInfo i = m_local.info();
        i.agent = true;
        i.hostName = QStringLiteral("build1");
        i.user = QStringLiteral("nobody");
        i.uid = 65534;
        i.where = QStringLiteral("ssh build1 procglass-agent");
        return i;
    }
    [[nodiscard]] Result<std::vector<ProcessInfo>> processes() override { return m_local.processes(); }
    [[nodiscard]] Result<std::shared_ptr<Target>> open(const ProcessIdentity& identity) override
    {
        return makeError(ErrorKind::Permission,
            QStringLiteral("The agent, running as nobody, may not read process %1's memory.").arg(identity.pid), EPERM);
    }
    [[nodiscard]] Result<QByteArray> readProcFile(const ProcessIdentity& identity, ProcFile file) override
    {
        ++statusReads;
        return m_local.readProcFile(identity, file);
    }
    std::atomic<int> statusReads = 0;

private:
    LocalHost m_local;
};

} // namespace

class TestConnect : public QObject
{
    Q_OBJECT
    Fixture m_fixture;

    static QString stateText(MainWindow& w) { return child<QLabel>(w, "stateLabel")->text(); }
    static QString diagnostics(MainWindow& w) { return child<QLabel>(w, "diagnosticsLabel")->text(); }

    static bool listed(MainWindow& w, pid_t pid) { return w.processModel()->indexOf(pid).isValid(); }

    static bool open(MainWindow& w, pid_t pid)
    {
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(pid);
        return opened.count() > 0 || opened.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connect"));
        QSettings().clear();
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
    }

    // A name with spaces or quotes stays one word of the command; a name that would be an option
    // is refused; each kind gives its program's command.
    void transportCommands()
    {
        const QStringList nasty
            = { QStringLiteral("a b"), QStringLiteral("x\"y"), QStringLiteral("\" -e id \""), QStringLiteral("\"\"\""),
                  QStringLiteral("  lead"), QStringLiteral("é ü"), QStringLiteral("--privileged\"") };
        for (const QString& name : nasty) {
            TransportSpec docker;
            docker.kind = TransportKind::Docker;
            docker.container = name;
            auto command = buildAgentCommand(docker);
            if (name.trimmed().startsWith(u'-') || name.startsWith(u'-')) {
                QVERIFY(!command);
                continue;
            }
            QVERIFY2(command.ok(), qPrintable(name));
            QCOMPARE(QProcess::splitCommand(*command),
                QStringList({ QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-i"), name,
                    QStringLiteral("procglass-agent") }));
            // And as a word of any command: the same word back.
            QCOMPARE(QProcess::splitCommand(joinCommand({ name, name })), QStringList({ name, name }));
        }
        TransportSpec control;
        control.kind = TransportKind::Podman;
        control.container = QStringLiteral("tab\there");
        QVERIFY(!buildAgentCommand(control)); // a control character: no container is named so
        TransportSpec spec;
        spec.kind = TransportKind::Ssh;
        spec.host = QStringLiteral("-oProxyCommand=touch /tmp/pwned");
        QVERIFY(!buildAgentCommand(spec)); // an option, not a machine
        QVERIFY(buildAgentCommand(spec).error().message.contains(QStringLiteral("'-'")));
        spec.host = QStringLiteral("build1 -oProxyCommand=x");
        QVERIFY(!buildAgentCommand(spec)); // a space in a machine's name
        spec.host = QString();
        QVERIFY(!buildAgentCommand(spec));
        spec.host = QStringLiteral("me@build1");
        QCOMPARE(*buildAgentCommand(spec), QStringLiteral("ssh me@build1 procglass-agent"));
        spec.port = 2222;
        QCOMPARE(*buildAgentCommand(spec), QStringLiteral("ssh -p 2222 me@build1 procglass-agent"));
        spec.port = 70000;
        QVERIFY(!buildAgentCommand(spec));

        TransportSpec pod;
        pod.kind = TransportKind::Kubectl;
        pod.container = QStringLiteral("web-0");
        QCOMPARE(*buildAgentCommand(pod), QStringLiteral("kubectl exec -i web-0 -- procglass-agent"));
        pod.kubeNamespace = QStringLiteral("shop");
        QCOMPARE(*buildAgentCommand(pod), QStringLiteral("kubectl exec -i web-0 -n shop -- procglass-agent"));
        pod.kubeNamespace = QStringLiteral("-A");
        QVERIFY(!buildAgentCommand(pod));
        TransportSpec podman;
        podman.kind = TransportKind::Podman;
        podman.container = QStringLiteral("db");
        QCOMPARE(*buildAgentCommand(podman), QStringLiteral("podman exec -i db procglass-agent"));
        TransportSpec ns;
        ns.kind = TransportKind::Nsenter;
        QVERIFY(!buildAgentCommand(ns));
        ns.pid = 4321;
        QCOMPARE(*buildAgentCommand(ns), QStringLiteral("nsenter -t 4321 -a procglass-agent"));
        TransportSpec admin;
        admin.kind = TransportKind::Administrator;
        QCOMPARE(QProcess::splitCommand(*buildAgentCommand(admin)),
            QStringList({ QStringLiteral("pkexec"), installedAgentPath() }));
        QVERIFY(installedAgentPath().endsWith(QStringLiteral("/bin/procglass-agent")));
        admin.agentPath = QStringLiteral("procglass-agent");
        QVERIFY(!buildAgentCommand(admin)); // pkexec wants a full path
        TransportSpec any;
        any.kind = TransportKind::Command;
        any.command = QStringLiteral("  setpriv --reuid=65534 procglass-agent ");
        QCOMPARE(*buildAgentCommand(any), QStringLiteral("setpriv --reuid=65534 procglass-agent"));
        QCOMPARE(*buildAgentCommand(TransportSpec()), QString()); // this computer: no command

        QStringList recent;
        for (int i = 0; i < 12; ++i)
            recent = addRecentCommand(recent, QStringLiteral("ssh h%1 procglass-agent").arg(i));
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("ssh h11 procglass-agent"));
        recent = addRecentCommand(recent, QStringLiteral("ssh h5 procglass-agent"));
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("ssh h5 procglass-agent"));
        QCOMPARE(recent.count(QStringLiteral("ssh h5 procglass-agent")), 1);
    }

    // The dialog builds each kind's command from its fields, connects off the GUI thread, and
    // remembers what connected (newest first) to offer it next time.
    void dialogBuildsAndRemembers()
    {
        QSettings().remove(QStringLiteral("connect/recent"));
        FakeConnect fake;
        fake.host = std::make_shared<FakeAgentHost>();
        ConnectDialog d(fake.function());
        d.show();
        QCOMPARE(d.kind(), TransportKind::ThisComputer); // nothing recent yet
        d.setKind(TransportKind::Ssh);
        QTest::keyClicks(d.hostEdit(), QStringLiteral("build1"));
        QCOMPARE(d.command(), QStringLiteral("ssh build1 procglass-agent"));
        d.portSpin()->setValue(2222);
        QCOMPARE(d.command(), QStringLiteral("ssh -p 2222 build1 procglass-agent"));
        d.setKind(TransportKind::Docker);
        QTest::keyClicks(d.containerEdit(), QStringLiteral("my app"));
        QCOMPARE(QProcess::splitCommand(d.command()),
            QStringList({ QStringLiteral("docker"), QStringLiteral("exec"), QStringLiteral("-i"),
                QStringLiteral("my app"), QStringLiteral("procglass-agent") }));
        d.setKind(TransportKind::Kubectl);
        QVERIFY(d.namespaceEdit()->isVisible());
        QTest::keyClicks(d.namespaceEdit(), QStringLiteral("shop"));
        QCOMPARE(d.command(), QStringLiteral("kubectl exec -i \"my app\" -n shop -- procglass-agent"));
        d.setKind(TransportKind::Nsenter);
        d.pidSpin()->setValue(77);
        QCOMPARE(d.command(), QStringLiteral("nsenter -t 77 -a procglass-agent"));
        d.setKind(TransportKind::Administrator);
        QCOMPARE(d.command(), QStringLiteral("pkexec ") + installedAgentPath());
        // A refused name is said, and nothing is run.
        d.setKind(TransportKind::Ssh);
        d.hostEdit()->clear();
        QTest::keyClicks(d.hostEdit(), QStringLiteral("-oProxyCommand=x"));
        QVERIFY(d.problemText().contains(QStringLiteral("option")));
        d.accept();
        QVERIFY(d.isVisible());
        QVERIFY(!d.isConnecting());
        shoot(d, QStringLiteral("connect-dialog-refused"));
        d.hostEdit()->clear();
        QTest::keyClicks(d.hostEdit(), QStringLiteral("build1"));
        QVERIFY(d.problemText().isEmpty());
        shoot(d, QStringLiteral("connect-dialog-ssh"));
        // The command may be edited before connecting.
        d.commandBox()->lineEdit()->selectAll();
        QTest::keyClicks(
            d.commandBox()->lineEdit(), QStringLiteral("ssh -p 2222 build1 /opt/procglass/bin/procglass-agent"));
        QSignalSpy accepted(&d, &QDialog::accepted);
        d.accept();
        QVERIFY(accepted.wait(5000));
        QCOMPARE(fake.asked->value(0), QStringLiteral("ssh -p 2222 build1 /opt/procglass/bin/procglass-agent"));
        QCOMPARE(d.host(), fake.host);
        QCOMPARE(ConnectDialog::recentCommands(),
            QStringList({ QStringLiteral("ssh -p 2222 build1 /opt/procglass/bin/procglass-agent") }));

        // Next time: offered first, in the command's list, ready to connect again.
        ConnectDialog::rememberCommand(QStringLiteral("docker exec -i db procglass-agent"));
        ConnectDialog again(fake.function());
        QCOMPARE(again.kind(), TransportKind::Command);
        QCOMPARE(again.command(), QStringLiteral("docker exec -i db procglass-agent"));
        QCOMPARE(again.commandBox()->count(), 2);
        QCOMPARE(
            again.commandBox()->itemText(1), QStringLiteral("ssh -p 2222 build1 /opt/procglass/bin/procglass-agent"));
        for (int i = 0; i < 12; ++i)
            ConnectDialog::rememberCommand(QStringLiteral("ssh h%1 procglass-agent").arg(i));
        QCOMPARE(ConnectDialog::recentCommands().size(), 10);
        QCOMPARE(ConnectDialog::recentCommands().first(), QStringLiteral("ssh h11 procglass-agent"));
    }

    // What the command said is shown; Cancel gives up on a connection that takes long, at once.
    void dialogFailsAndCancels()
    {
        FakeConnect failing;
        failing.failWith = QStringLiteral("ssh: Could not resolve hostname nowhere: Name or service not known");
        ConnectDialog d(failing.function());
        d.show();
        d.setKind(TransportKind::Ssh);
        QTest::keyClicks(d.hostEdit(), QStringLiteral("nowhere"));
        d.accept();
        QTRY_VERIFY(!d.isConnecting());
        QVERIFY(d.isVisible());
        QVERIFY2(d.problemText().contains(QStringLiteral("Could not resolve hostname nowhere")),
            qPrintable(d.problemText()));
        QVERIFY(child<QLabel>(d, "passwordNote")->text().contains(QStringLiteral("password")));

        FakeConnect slow;
        slow.host = std::make_shared<FakeAgentHost>();
        slow.waitMs = 20000; // a password prompt nobody answers
        ConnectDialog s(slow.function());
        s.show();
        s.setKind(TransportKind::Administrator);
        QVERIFY(QTest::qWaitForWindowExposed(&s));
        QTest::qWait(200); // its first layout and paint are not what is measured
        bool finished = false;
        const double stall = longestStall([&] { s.accept(); }, [&] { return s.isConnecting(); }, 2000, &finished);
        qInfo("connecting with a command that waits for a password: longest stall %.1f ms", stall);
        QVERIFY(finished);
        QVERIFY2(stall < kMaxStallMs, qPrintable(QString::number(stall)));
        QVERIFY(child<QPushButton>(s, "connectButton")->isEnabled() == false);
        shoot(s, QStringLiteral("connect-dialog-connecting"));
        s.reject(); // Cancel
        QVERIFY(!s.isConnecting());
        QVERIFY(s.isVisible()); // for another try
        QVERIFY(s.host() == nullptr);
        s.reject();
        QVERIFY(!s.isVisible());
    }

    // The window on an agent: its list, open, hold and release, and the words saying where and as whom.
    void windowOnAnAgent()
    {
        auto agent = std::make_shared<FakeAgentHost>();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionDisconnect"))->isEnabled());
        QSignalSpy changed(&w, &MainWindow::hostChanged);
        const int callsBefore = agent->calls();
        w.setHost(agent);
        QVERIFY(changed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
        QVERIFY(agent->calls() > callsBefore); // listed through the agent
        QVERIFY(w.findChild<QAction*>(QStringLiteral("actionDisconnect"))->isEnabled());
        const QString hostLabel = child<QLabel>(w, "hostLabel")->text();
        QVERIFY2(hostLabel.contains(QStringLiteral("build1")) && hostLabel.contains(QStringLiteral("root"))
                && hostLabel.contains(QStringLiteral("ssh build1 procglass-agent")),
            qPrintable(hostLabel));
        QVERIFY(open(w, m_fixture.pid()));
        const QString name = w.document()->name();
        QCOMPARE(
            w.windowTitle(), QStringLiteral("%1 (%2) on build1 as root — Procglass").arg(name).arg(m_fixture.pid()));
        QCOMPARE(stateText(w),
            QStringLiteral("%1 (%2) on build1 (ssh build1 procglass-agent, as root): running")
                .arg(name)
                .arg(m_fixture.pid()));
        QVERIFY(child<QLabel>(w, "targetLabel")->text().contains(QStringLiteral("on build1, read as root")));
        QTRY_VERIFY(w.infoPane() != nullptr);
        auto* hold = w.findChild<QAction*>(QStringLiteral("actionHold"));
        hold->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateText(w).endsWith(QStringLiteral(": held — every thread stopped")), 5000);
        QVERIFY(stateText(w).contains(QStringLiteral("on build1 (ssh build1 procglass-agent, as root)")));
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        shoot(w, QStringLiteral("window-agent-held"));
        hold->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateText(w).endsWith(QStringLiteral(": running")), 5000);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
        // The memory reads through it too -- and never from the GUI thread (each a wait for the link).
        QVERIFY(w.regionModel()->rowCount() > 5);
        QCOMPARE(agent->guiThreadCalls(), 0);
    }

    // The link breaks while a target is held: said as lost, never as an exit; the target runs on
    // (the agent let go of it) and the window never waits, even on a link that answers slowly.
    void lostConnectionIsSaidAsLost()
    {
        auto agent = std::make_shared<FakeAgentHost>();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.setHost(agent);
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
        QSignalSpy symbols(&w, &MainWindow::symbolsLoaded);
        QVERIFY(open(w, m_fixture.pid()));
        // What follows an open (its symbols, the list's refresh) is done: the probe measures the loss.
        QVERIFY(symbols.count() > 0 || symbols.wait(10000));
        QTRY_VERIFY(!w.isRefreshingProcesses());
        QTest::qWait(300);
        w.findChild<QAction*>(QStringLiteral("actionHold"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(stateText(w).contains(QStringLiteral("held")), 5000);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        agent->setCallDelay(1500); // what is still asked of it takes long
        QSignalSpy lost(&w, &MainWindow::connectionLost);
        bool finished = false;
        const double stall = longestStall(
            [&] {
                agent->loseConnection();
                w.refresh(); // the list and the mappings ask the lost link again
            },
            [&] { return lost.count() > 0 && w.document()->state() == TargetDocument::State::Offline; }, 15000,
            &finished);
        qInfo("connection lost while held, link answering in 1500 ms: longest stall %.1f ms", stall);
        QVERIFY(finished);
        QVERIFY2(stall < kMaxStallMs, qPrintable(QString::number(stall)));
        QVERIFY2(stateText(w).endsWith(QStringLiteral(": connection lost")), qPrintable(stateText(w)));
        QVERIFY(!stateText(w).contains(QStringLiteral("exited")));
        QVERIFY2(diagnostics(w).contains(QStringLiteral("was lost")), qPrintable(diagnostics(w)));
        QVERIFY(!diagnostics(w).contains(QStringLiteral("exited")));
        QVERIFY2(!diagnostics(w).contains(QStringLiteral("..")), qPrintable(diagnostics(w)));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("The connection to build1 was lost"));
        QVERIFY(child<QLabel>(w, "hostLabel")->text().startsWith(QStringLiteral("Connection lost")));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionHold"))->isChecked());
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionHold"))->isEnabled()); // nothing to hold through
        // The process lives on, running: the link was lost, not the process, and nothing holds it.
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
        QCOMPARE(::kill(m_fixture.pid(), 0), 0);
        QCOMPARE(agent->guiThreadCalls(), 0);
        shoot(w, QStringLiteral("window-agent-lost"));

        // Disconnect: back to this computer, its own list.
        w.findChild<QAction*>(QStringLiteral("actionDisconnect"))->trigger();
        QVERIFY(dynamic_cast<LocalHost*>(w.host().get()) != nullptr);
        QVERIFY(w.document() == nullptr);
        QCOMPARE(w.windowTitle(), QStringLiteral("Procglass"));
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
        QVERIFY(child<QLabel>(w, "hostLabel")->text().startsWith(QStringLiteral("Procglass runs as")));
        QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionDisconnect"))->isEnabled());
    }

    // With nothing open, a lost link is noticed by the process list and said the same way.
    void lostConnectionWithNothingOpen()
    {
        auto agent = std::make_shared<FakeAgentHost>();
        MainWindow w;
        w.setHost(agent);
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
        QSignalSpy lost(&w, &MainWindow::connectionLost);
        agent->loseConnection();
        w.refreshProcesses();
        QVERIFY(lost.count() > 0 || lost.wait(5000));
        QVERIFY(diagnostics(w).contains(QStringLiteral("was lost")));
        QVERIFY(listed(w, m_fixture.pid())); // the last list stays
    }

    // The window connects through the command at start-up (procglass --agent), or says why not.
    void connectAgentCommand()
    {
        FakeConnect fake;
        fake.host = std::make_shared<FakeAgentHost>();
        MainWindow w;
        w.setAgentConnect(fake.function());
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.connectAgent(QStringLiteral("ssh build1 procglass-agent"), m_fixture.pid());
        QVERIFY(opened.wait(10000));
        QCOMPARE(w.host(), fake.host);
        QVERIFY(w.windowTitle().contains(QStringLiteral("on build1 as root")));
        QCOMPARE(ConnectDialog::recentCommands().first(), QStringLiteral("ssh build1 procglass-agent"));

        FakeConnect failing;
        failing.failWith = QStringLiteral("pkexec: Not authorized.");
        MainWindow f;
        f.setAgentConnect(failing.function());
        QSignalSpy failed(&f, &MainWindow::connectFailed);
        f.connectAgent(QStringLiteral("pkexec /usr/bin/procglass-agent"));
        QVERIFY(failed.wait(5000));
        QVERIFY(diagnostics(f).contains(QStringLiteral("pkexec: Not authorized.")));
        QVERIFY(dynamic_cast<LocalHost*>(f.host().get()) != nullptr); // still this computer
    }

    // The screenshots the lead looks at: the dialog and the connected window, English and German.
    void screenshots()
    {
        if (qEnvironmentVariableIsEmpty("PROCGLASS_SCREENSHOTS"))
            QSKIP("PROCGLASS_SCREENSHOTS=DIR saves them");
        for (const bool german : { false, true }) {
            const QLocale locale(german ? QLocale::German : QLocale::English);
            QLocale::setDefault(locale);
            installTranslations(locale);
            const QString suffix = german ? QStringLiteral("-de") : QString();
            {
                ConnectDialog d(FakeConnect().function());
                d.setKind(TransportKind::Kubectl);
                QTest::keyClicks(d.containerEdit(), QStringLiteral("web-0"));
                QTest::keyClicks(d.namespaceEdit(), QStringLiteral("shop"));
                d.show();
                shoot(d, QStringLiteral("connect-dialog") + suffix);
            }
            auto agent = std::make_shared<FakeAgentHost>();
            MainWindow w;
            w.resize(1280, 800);
            w.show();
            w.setHost(agent);
            QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
            QVERIFY(open(w, m_fixture.pid()));
            shoot(w, QStringLiteral("window-agent") + suffix);
            agent->loseConnection();
            QTRY_VERIFY_WITH_TIMEOUT(w.document()->state() == TargetDocument::State::Offline, 5000);
            shoot(w, QStringLiteral("window-agent-lost") + suffix);
        }
    }

    // Another user's view through the real agent: the window run with
    // --agent 'setpriv --reuid=65534 --regid=65534 --clear-groups build/ci/bin/procglass-agent'.
    // The Process tab of a process the agent cannot read: its /proc/PID/status comes from the
    // agent's machine (Host::readProcFile), as it does from this computer; it was left empty.
    void theProcessTabOfAnUnreadableProcessThroughAnAgent()
    {
        auto agent = std::make_shared<RefusingAgentHost>();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy changed(&w, &MainWindow::hostChanged);
        w.setHost(agent);
        QVERIFY(changed.count() > 0 || changed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 5000);
        w.openProcess(m_fixture.pid());
        QTRY_VERIFY_WITH_TIMEOUT(!w.isOpening(), 10000);
        QCOMPARE(
            child<QLabel>(w, "targetLabel")->text(), QStringLiteral("Process %1 cannot be read").arg(m_fixture.pid()));
        QTreeView* status = w.infoPane()->statusView();
        auto cell = [status](const QString& first, int column) {
            for (int row = 0; row < status->model()->rowCount(); ++row) {
                if (status->model()->index(row, 0).data().toString() == first)
                    return status->model()->index(row, column).data().toString();
            }
            return QString();
        };
        const QString comm
            = QString::fromUtf8(fileBytes(QStringLiteral("/proc/%1/comm").arg(m_fixture.pid())).trimmed());
        QTRY_COMPARE_WITH_TIMEOUT(cell(QStringLiteral("Name"), 1), comm, 5000);
        QVERIFY(agent->statusReads > 0);
        QCOMPARE(w.infoPane()->currentIndex(), int(InfoPane::ProcessTab));
        QVERIFY(!cell(QStringLiteral("Threads"), 1).isEmpty());
        const QString why = cell(QStringLiteral("Not shown"), 2);
        QVERIFY2(why.contains(QStringLiteral("may not read process")), qPrintable(why));
        shoot(w, QStringLiteral("window-agent-unreadable-status"));
    }

    // Exports through the real agent, written on its machine (DumpJob::onAgent): the file appears
    // where asked, readable by its owner only; the next one starts in that folder; a path the agent
    // refuses shows the agent's reason, and a relative one is refused before anything is sent.
    void exportsOnTheAgentsMachine()
    {
        const QString agentPath
            = QFileInfo(QStringLiteral(PROCGLASS_FIXTURE_PATH)).dir().filePath(QStringLiteral("procglass-agent"));
        if (!QFileInfo::exists(agentPath))
            QSKIP(qPrintable(QStringLiteral("%1 is not built").arg(agentPath)));
        auto host = procglass::connectAgent(quoteCommandWord(agentPath), std::chrono::seconds(20));
        QVERIFY2(host.ok(), qPrintable(host ? QString() : host.error().message));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy changed(&w, &MainWindow::hostChanged);
        w.setHost(*host);
        QVERIFY(changed.count() > 0 || changed.wait(10000));
        QVERIFY(w.hostInfo().agent);
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 10000);
        QVERIFY(open(w, m_fixture.pid()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportController* exports = w.exportController();
        QStringList machines, starts;
        QString typed = dir.filePath(QStringLiteral("vdso-on-agent.so"));
        exports->setAgentPathAsker([&starts, &typed](const QString&, const QString& start) {
            starts << start;
            return typed;
        });
        exports->setSavePathAsker([](const QString&, const QString&) {
            [] { QFAIL("asked for a file of this computer"); }();
            return QString();
        });
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        // The first time through the real question: it names the agent's machine.
        QString asked;
        QTimer::singleShot(300, &w, [&w, &asked] {
            auto* box = w.findChild<QMessageBox*>(QStringLiteral("exportWhereBox"));
            if (!box)
                return;
            asked = box->informativeText();
            if (const QString dir = qEnvironmentVariable("PROCGLASS_SCREENSHOTS"); !dir.isEmpty()) {
                // The window with the question over it, as the user sees them.
                QPixmap shot = w.grab();
                const QPixmap question = box->grab();
                QPainter p(&shot);
                p.drawPixmap((shot.width() - question.width()) / 2, (shot.height() - question.height()) / 2, question);
                p.end();
                shot.save(QDir(dir).filePath(QStringLiteral("export-where.png")));
            }
            for (QAbstractButton* b : box->buttons()) {
                if (b->text().startsWith(QStringLiteral("On %1").arg(w.hostInfo().hostName)))
                    b->click();
            }
        });
        w.exportWithDialog(MainWindow::ExportWhat::Vdso);
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY2(asked.contains(w.hostInfo().hostName), qPrintable(asked));
        exports->setWhereAsker([&machines](const QString&, const QString& machine) {
            machines << machine;
            return ExportController::Where::Agent;
        });
        QCOMPARE(finished.last().at(1).toString(), QString());
        QVERIFY2(QFileInfo::exists(typed), qPrintable(typed));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(typed).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        QVERIFY(st.st_size >= 4096); // the [vdso] mapping, whole
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("on the agent's machine")),
            qPrintable(w.statusBar()->currentMessage()));

        // A folder the agent cannot write into: its reason is shown. It started where the last went.
        typed = QStringLiteral("/nonexistent-procglass-folder/vdso.so");
        finished.clear();
        w.exportWithDialog(MainWindow::ExportWhat::Vdso);
        QVERIFY(finished.wait(30000));
        QCOMPARE(starts.last(), dir.filePath(QStringLiteral("vdso.so")));
        QCOMPARE(machines, QStringList { w.hostInfo().hostName });
        qInfo("the agent refused: %s", qPrintable(finished.last().at(1).toString()));
        const QString refused = finished.last().at(1).toString();
        QVERIFY2(refused.contains(QStringLiteral("/nonexistent-procglass-folder")), qPrintable(refused));
        QCOMPARE(diagnostics(w), refused);
        QVERIFY(!QFileInfo::exists(typed));

        // A relative path cannot name a place on another machine: refused here, nothing sent.
        typed = QStringLiteral("vdso.so");
        finished.clear();
        w.exportWithDialog(MainWindow::ExportWhat::Vdso);
        QVERIFY(!w.isExporting());
        QVERIFY2(diagnostics(w).contains(QStringLiteral("not an absolute path")), qPrintable(diagnostics(w)));
        w.closeTarget();
    }

    void anotherUsersViewThroughTheAgent()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the agent is started as nobody with setpriv");
        const QString agentPath
            = QFileInfo(QStringLiteral(PROCGLASS_FIXTURE_PATH)).dir().filePath(QStringLiteral("procglass-agent"));
        if (!QFileInfo::exists(agentPath))
            QSKIP(qPrintable(QStringLiteral("%1 is not built yet (the wire helper's agent)").arg(agentPath)));
        const QString command
            = QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups %1").arg(quoteCommandWord(agentPath));
        auto probe = procglass::connectAgent(command, std::chrono::seconds(20));
        if (!probe && probe.error().message.contains(QStringLiteral("not built yet")))
            QSKIP(qPrintable(probe.error().message));
        QVERIFY2(probe.ok(), qPrintable(probe.ok() ? QString() : probe.error().message));
        probe = makeError(ErrorKind::Cancelled, QString()); // that connection ends here

        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QSignalSpy changed(&w, &MainWindow::hostChanged);
        w.connectAgent(command);
        QVERIFY(changed.wait(30000));
        QCOMPARE(w.hostInfo().uid, uid_t(65534));
        QVERIFY(w.hostInfo().agent);
        // The list says which processes nobody cannot read: the fixture (root's) among them.
        QTRY_VERIFY_WITH_TIMEOUT(listed(w, m_fixture.pid()), 10000);
        const QModelIndex row = w.processModel()->indexOf(m_fixture.pid());
        const ProcessInfo* p = w.processModel()->process(row);
        QVERIFY(p);
        QVERIFY2(!p->accessProblem.isEmpty(), "root's fixture must be unreadable to nobody");
        shoot(w, QStringLiteral("window-agent-nobody"));
        // A process of its own (nobody's) opens, and the title says as whom.
        QProcess sleeper;
        sleeper.start(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                QStringLiteral("sleep"), QStringLiteral("60") });
        QVERIFY(sleeper.waitForStarted());
        QTest::qWait(200); // setpriv has become sleep
        QVERIFY(open(w, pid_t(sleeper.processId())));
        QVERIFY2(w.windowTitle().contains(QStringLiteral(" as %1 — Procglass").arg(w.hostInfo().user)),
            qPrintable(w.windowTitle()));
        w.closeTarget();
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
