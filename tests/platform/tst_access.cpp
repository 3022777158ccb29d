// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: what diagnoseAccess and readAccessProblem tell a user who cannot inspect a process.
// As another user, the test runs itself as nobody (PROCGLASS_DIAGNOSE=PID prints the diagnosis).
#include "fixture.h"
#include "platform/linux/access.h"
#include "platform/linux/procfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

// The diagnosis for pid as another user sees it: this program run as nobody.
ProgramRun diagnoseAsNobody(pid_t pid, bool attaching)
{
    qputenv("PROCGLASS_DIAGNOSE", QByteArray::number(pid) + (attaching ? ",attach" : ""));
    ProgramRun run = runProgram(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QCoreApplication::applicationFilePath() });
    qunsetenv("PROCGLASS_DIAGNOSE");
    return run;
}

// A pid that no process has: a child that has exited and been reaped.
pid_t vanishedPid()
{
    const pid_t child = fork();
    if (child == 0)
        _exit(0);
    int status = 0;
    waitpid(child, &status, 0);
    return child;
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    void aVanishedProcess()
    {
        const pid_t pid = vanishedPid();
        QCOMPARE(diagnoseAccess(pid, false), QStringLiteral("Process %1 does not exist (any more).").arg(pid));
        QCOMPARE(diagnoseAccess(pid, true), QStringLiteral("Process %1 does not exist (any more).").arg(pid));
        ProcessInfo gone;
        gone.identity.pid = pid;
        QCOMPARE(readAccessProblem(gone), QStringLiteral("Process %1 has exited.").arg(pid));
        const Error e = permissionError(pid, EPERM, QStringLiteral("Cannot stop process %1").arg(pid));
        QCOMPARE(e.kind, ErrorKind::Permission);
        QVERIFY2(e.message.startsWith(QStringLiteral("Cannot stop process %1: permission denied. Process %1 does not "
                                                     "exist")
                                          .arg(pid)),
            qPrintable(e.message));
    }

    void aKernelThread()
    {
        // kthreadd, the parent of every kernel thread (pid 2 where the pid namespace shows it).
        auto info = readProcess(2);
        if (!info || !info->isKernelThread())
            QSKIP("no kernel thread is visible here (a container's own pid namespace)");
        QCOMPARE(readAccessProblem(*info),
            QStringLiteral("PID 2 (%1) is a kernel thread: it has no user address space to show.").arg(info->name));
    }

    void anotherUsersProcessAsNobody()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the test runs itself as nobody against a process of root's");
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        const ProgramRun run = diagnoseAsNobody(f.pid(), true);
        QCOMPARE(run.exitCode, 0);
        const QString said = run.outText();
        QVERIFY2(said.contains(QStringLiteral("Process %1 belongs to user root (uid 0), and Procglass runs as user "
                                              "nobody (uid 65534): without CAP_SYS_PTRACE the kernel lets you "
                                              "inspect only your own processes.")
                                   .arg(f.pid())),
            qPrintable(said + run.errText()));
        // How to fix it, in the same breath.
        QVERIFY2(said.contains(QStringLiteral("Run Procglass as that user")), qPrintable(said));
        // A process of nobody's own is no problem for nobody.
        const ProgramRun self = runProgram(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("sleep 5 & PROCGLASS_DIAGNOSE=$! '%1'; kill $!")
                    .arg(QCoreApplication::applicationFilePath()) });
        QCOMPARE(self.exitCode, 0);
        const int scope = ptraceScope();
        if (scope <= 0)
            QCOMPARE(self.outText(), QStringLiteral("\n"));
    }

    void yamaScope()
    {
        const int scope = ptraceScope();
        if (scope < 0)
            QSKIP("Yama is not active on this kernel (/proc/sys/kernel/yama/ptrace_scope is absent)");
        if (geteuid() != 0)
            QSKIP("needs root: the test runs itself as nobody");
        if (scope == 0)
            QSKIP("Yama ptrace_scope is 0: it stands in no one's way");
        // A process of nobody's that is not nobody's child: started by root as nobody.
        const ProgramRun run = runProgram(QStringLiteral("setpriv"),
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                QStringLiteral("sh"), QStringLiteral("-c"),
                QStringLiteral("sleep 5 & PROCGLASS_DIAGNOSE=$! '%1'; kill $!")
                    .arg(QCoreApplication::applicationFilePath()) });
        // The sleep is the shell's child, not the diagnosing program's: scope 1 refuses it.
        QVERIFY2(
            run.outText().contains(QStringLiteral("Yama ptrace_scope is %1").arg(scope)), qPrintable(run.outText()));
    }
};

int main(int argc, char** argv)
{
    // Run as nobody by the test above: print the diagnosis and stop.
    if (const QByteArray spec = qgetenv("PROCGLASS_DIAGNOSE"); !spec.isEmpty()) {
        const QList<QByteArray> parts = spec.split(',');
        const QString said = diagnoseAccess(pid_t(parts.first().toInt()), parts.size() > 1);
        std::printf("%s\n", said.toUtf8().constData());
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestAccess test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_access.moc"
