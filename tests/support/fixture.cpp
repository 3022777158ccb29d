// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fixture.h"

#include "platform/linux/procfs.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace procglass::test {

Fixture::~Fixture()
{
    kill();
}

bool Fixture::start(const QStringList& args)
{
    // posix_spawn rather than QProcess: tests stop, hold and kill this child behind the back of
    // any event loop, and need waitpid semantics they fully control.
    int readEnd = -1;
    const pid_t child = spawnWithPipe(fixturePath(), args, &readEnd);
    if (child < 0) {
        m_error = QStringLiteral("cannot start %1: %2").arg(fixturePath(), QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_child = child;
    if (!readReadyLine(readEnd, "PROCGLASS_FIXTURE", &m_values, &m_error))
        return false;
    m_pid = pid_t(m_values.value(QStringLiteral("pid")).toInt());
    return m_pid == m_child;
}

void Fixture::kill()
{
    if (m_child <= 0)
        return;
    ::kill(m_child, SIGKILL);
    while (waitpid(m_child, nullptr, __WALL) < 0 && errno == EINTR) { }
    m_child = 0;
}

pid_t spawnWithPipe(const QString& program, const QStringList& args, int* readEnd)
{
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0)
        return -1;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    std::vector<QByteArray> storage { program.toLocal8Bit() };
    for (const QString& a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (auto& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        errno = rc;
        return -1;
    }
    *readEnd = fds[0];
    return pid;
}

std::vector<std::byte> randomBytes(quint64 seed, quint64 size)
{
    std::vector<std::byte> out(size_t((size + 7) & ~quint64(7)));
    quint64 s = seed;
    for (size_t i = 0; i < out.size(); i += 8) {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        std::memcpy(out.data() + i, &s, 8); // x86-64 and AArch64 are little endian, as is the fixture's host
    }
    out.resize(size_t(size));
    return out;
}

QString fixturePath()
{
    return QStringLiteral(PROCGLASS_FIXTURE_PATH);
}

QString cliPath()
{
    return qEnvironmentVariableIsSet("PROCGLASS_TEST_CLI") ? qEnvironmentVariable("PROCGLASS_TEST_CLI")
                                                           : QStringLiteral(PROCGLASS_CLI_PATH);
}

ProgramRun runProgram(const QString& program, const QStringList& args, int timeoutMs, const QStringList& extraEnv)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString& e : extraEnv)
        env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return { -1, p.readAllStandardOutput(), p.readAllStandardError() };
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

ProgramRun runCli(const QStringList& args, const QStringList& wrapper)
{
    if (wrapper.isEmpty())
        return runProgram(cliPath(), args);
    return runProgram(wrapper.first(), wrapper.mid(1) + QStringList { cliPath() } + args);
}

QString threadStates(pid_t pid)
{
    QString states;
    for (pid_t tid : listThreads(pid)) {
        if (const char c = threadState(pid, tid))
            states += QLatin1Char(c);
    }
    return states;
}

bool waitForThreadStates(pid_t pid, const QString& allowed, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const QString states = threadStates(pid);
        const bool all = !states.isEmpty()
            && std::all_of(states.begin(), states.end(), [&](QChar c) { return allowed.contains(c); });
        if (all)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
}

bool readReadyLine(int readEnd, const QByteArray& tag, QHash<QString, QString>* values, QString* error, int timeoutMs)
{
    QByteArray line;
    char buf[4096];
    QElapsedTimer timer;
    timer.start();
    while (!line.contains('\n') && timer.elapsed() < timeoutMs) {
        pollfd p { readEnd, POLLIN, 0 };
        if (poll(&p, 1, 1000) <= 0)
            continue;
        const ssize_t n = read(readEnd, buf, sizeof buf);
        if (n <= 0)
            break;
        line.append(buf, n);
    }
    close(readEnd); // the helper prints nothing more
    if (!line.startsWith(tag + ' ')) {
        *error = QStringLiteral("%1 printed no ready line: %2").arg(QString::fromUtf8(tag), QString::fromUtf8(line));
        return false;
    }
    for (const QByteArray& field : line.trimmed().split(' ')) {
        const auto eq = field.indexOf('=');
        if (eq > 0)
            values->insert(QString::fromUtf8(field.left(eq)), QString::fromUtf8(field.mid(eq + 1)));
    }
    return true;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace procglass::test
