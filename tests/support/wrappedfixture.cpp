// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "wrappedfixture.h"

#include "fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <sys/wait.h>
#include <unistd.h>

namespace procglass::test {

namespace {

// pid's parent and comm from /proc/PID/stat (comm may hold spaces and parentheses).
bool readStat(pid_t pid, pid_t* ppid, QString* comm)
{
    const QByteArray stat = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid));
    const auto open = stat.indexOf('('), close = stat.lastIndexOf(')');
    if (open < 0 || close < open)
        return false;
    *comm = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    const QList<QByteArray> rest = stat.mid(close + 2).split(' ');
    if (rest.size() < 2)
        return false;
    *ppid = pid_t(rest[1].toInt());
    return true;
}

} // namespace

QStringList pidNamespaceWrapper()
{
    return { QStandardPaths::findExecutable(QStringLiteral("unshare")), QStringLiteral("--pid"),
        QStringLiteral("--fork"), QStringLiteral("--mount-proc") };
}

QString pidNamespaceProblem()
{
    QStringList words = pidNamespaceWrapper();
    if (words.first().isEmpty())
        return QStringLiteral("unshare is not installed (util-linux)");
    QProcess probe;
    probe.start(words.takeFirst(), words << QStringLiteral("true"));
    if (!probe.waitForFinished(10000))
        return QStringLiteral("unshare --pid --fork --mount-proc true did not end");
    if (probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return QStringLiteral("unshare --pid --fork --mount-proc cannot run here: ")
            + QString::fromLocal8Bit(probe.readAllStandardError()).trimmed();
    return {};
}

QStringList nobodyWrapper()
{
    return { QStandardPaths::findExecutable(QStringLiteral("setpriv")), QStringLiteral("--reuid=65534"),
        QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") };
}

std::vector<pid_t> findProcesses(const std::function<bool(pid_t, pid_t, const QString&)>& match)
{
    std::vector<pid_t> out;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const pid_t pid = pid_t(entry.toInt(&number));
        pid_t ppid = 0;
        QString comm;
        if (number && readStat(pid, &ppid, &comm) && match(pid, ppid, comm))
            out.push_back(pid);
    }
    return out;
}

std::vector<pid_t> descendantsNamed(pid_t pid, const QString& comm)
{
    std::vector<pid_t> out, frontier { pid };
    for (int depth = 0; depth < 16 && !frontier.empty(); ++depth) {
        std::vector<pid_t> next;
        for (pid_t parent : frontier) {
            for (pid_t child : findProcesses([&](pid_t, pid_t ppid, const QString&) { return ppid == parent; }))
                next.push_back(child);
        }
        for (pid_t p : next) {
            pid_t ppid = 0;
            QString c;
            if (readStat(p, &ppid, &c) && c == comm)
                out.push_back(p);
        }
        frontier = std::move(next);
    }
    return out;
}

std::vector<pid_t> namespacePids(pid_t pid)
{
    std::vector<pid_t> out;
    for (const QByteArray& line : fileBytes(QStringLiteral("/proc/%1/status").arg(pid)).split('\n')) {
        if (!line.startsWith("NSpid:"))
            continue;
        for (const QByteArray& field : line.mid(6).simplified().split(' '))
            out.push_back(pid_t(field.toInt()));
    }
    return out;
}

bool runsFreely(pid_t pid)
{
    const QString states = threadStates(pid);
    return !states.isEmpty() && !states.contains(QLatin1Char('t')) && !states.contains(QLatin1Char('T'));
}

WrappedFixture::~WrappedFixture()
{
    kill();
}

bool WrappedFixture::start(const QStringList& wrapper, const QStringList& fixtureArgs)
{
    if (wrapper.isEmpty() || wrapper.first().isEmpty()) {
        m_error = QStringLiteral("the wrapper program is not installed (util-linux)");
        return false;
    }
    int readEnd = -1;
    const pid_t child
        = spawnWithPipe(wrapper.first(), wrapper.mid(1) + QStringList { fixturePath() } + fixtureArgs, &readEnd);
    if (child < 0) {
        m_error = QStringLiteral("cannot start %1: %2").arg(wrapper.first(), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_wrapper = child;
    if (!readReadyLine(readEnd, "PROCGLASS_FIXTURE", &m_values, &m_error, 30000))
        return false;
    // An exec'ing wrapper is the fixture; a forking one is its parent.
    const pid_t said = innerPid();
    if (said == child) {
        m_pid = child;
        return true;
    }
    const std::vector<pid_t> found = descendantsNamed(child, QStringLiteral("procglass-demo"));
    for (pid_t p : found) {
        const std::vector<pid_t> ns = namespacePids(p);
        if (!ns.empty() && ns.back() == said) {
            m_pid = p;
            return true;
        }
    }
    m_error = QStringLiteral("the fixture says it is pid %1, and no child of %2 is").arg(said).arg(child);
    return false;
}

void WrappedFixture::kill()
{
    if (m_wrapper <= 0)
        return;
    // A forking wrapper (unshare --fork) reaps the fixture and ends by itself once the fixture is
    // killed; killed first, it would leave the fixture's zombie to whatever adopts it.
    bool reaped = false;
    if (m_pid > 0 && m_pid != m_wrapper) {
        ::kill(m_pid, SIGKILL);
        QElapsedTimer timer;
        timer.start();
        while (!reaped && timer.elapsed() < 2000) {
            const pid_t r = waitpid(m_wrapper, nullptr, __WALL | WNOHANG);
            reaped = r == m_wrapper || (r < 0 && errno != EINTR);
            if (!reaped)
                QThread::msleep(2);
        }
    }
    m_pid = 0;
    if (!reaped) {
        ::kill(m_wrapper, SIGKILL);
        while (waitpid(m_wrapper, nullptr, __WALL) < 0 && errno == EINTR) { }
    }
    m_wrapper = 0;
}

} // namespace procglass::test
