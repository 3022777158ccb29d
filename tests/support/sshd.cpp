// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sshd.h"

#include "fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace procglass::test {

namespace {

QString findTool(const QString& name)
{
    // sshd lives in sbin, which a test's PATH may lack.
    const QString onPath = QStandardPaths::findExecutable(name);
    return onPath.isEmpty()
        ? QStandardPaths::findExecutable(name, { QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin") })
        : onPath;
}

// Runs a program to its end, its output into *output; true when it exited 0.
bool runQuiet(const QString& program, const QStringList& args, QString* output)
{
    const ProgramRun r = runProgram(program, args, 30000);
    *output = r.errText() + r.outText();
    return r.exitCode == 0;
}

bool connectsTo(quint16 port)
{
    const int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return false;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(s);
    return ok;
}

} // namespace

quint16 freeLocalPort()
{
    const int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (s < 0)
        return 0;
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    quint16 port = 0;
    if (bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0
        && getsockname(s, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    close(s);
    return port;
}

QString joinCommand(const QStringList& words)
{
    QStringList quoted;
    for (const QString& w : words) {
        const bool plain = !w.isEmpty() && std::none_of(w.begin(), w.end(), [](QChar c) {
            return c.isSpace() || c == u'"' || c == u'\'' || c == u'\\';
        });
        if (plain) {
            quoted << w;
        } else {
            QString q = w;
            q.replace(QLatin1Char('"'), QStringLiteral("\"\"\"")); // splitCommand: """ inside quotes is one "
            quoted << QLatin1Char('"') + q + QLatin1Char('"');
        }
    }
    return quoted.join(QLatin1Char(' '));
}

Sshd::~Sshd()
{
    stop();
}

void Sshd::stop()
{
    if (m_pid <= 0)
        return;
    // The listener only: each connection's own sshd ends when its client (the test's ssh) does.
    ::kill(m_pid, SIGKILL);
    while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
    m_pid = 0;
}

QString Sshd::clientKey() const
{
    return m_dir.filePath(QStringLiteral("client_key"));
}

QString Sshd::log() const
{
    return QString::fromUtf8(fileBytes(m_dir.filePath(QStringLiteral("sshd.log"))));
}

bool Sshd::start()
{
    if (geteuid() != 0) {
        m_error = QStringLiteral("not root: the test sshd logs in as root by key and needs root to start");
        return false;
    }
    const QString sshd = findTool(QStringLiteral("sshd"));
    const QString keygen = findTool(QStringLiteral("ssh-keygen"));
    const QString ssh = findTool(QStringLiteral("ssh"));
    if (sshd.isEmpty() || keygen.isEmpty() || ssh.isEmpty()) {
        m_error = QStringLiteral("no sshd, ssh-keygen or ssh here (Debian: openssh-server, scripts/setup installs it)");
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (const passwd* pw = getpwuid(geteuid()))
        m_user = QString::fromLocal8Bit(pw->pw_name);
    QString out;
    for (const char* key : { "host_key", "client_key" }) {
        if (!runQuiet(keygen,
                { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-C"), QStringLiteral("procglass-test"), QStringLiteral("-f"),
                    m_dir.filePath(QLatin1StringView(key)) },
                &out)) {
            m_error = QStringLiteral("ssh-keygen failed: %1").arg(out);
            return false;
        }
    }
    if (!writeFile(m_dir.filePath(QStringLiteral("authorized_keys")),
            fileBytes(m_dir.filePath(QStringLiteral("client_key.pub"))))) {
        m_error = QStringLiteral("cannot write authorized_keys");
        return false;
    }
    // The privilege separation directory, which Debian's init script otherwise makes.
    if (mkdir("/run/sshd", 0755) != 0 && errno != EEXIST) {
        m_error = QStringLiteral("cannot make /run/sshd: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }

    // The kernel's free port may be taken between its choice and sshd's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLocalPort();
        const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
        const QString text
            = QStringLiteral("Port %1\n"
                             "ListenAddress 127.0.0.1\n"
                             "HostKey %2\n"
                             "AuthorizedKeysFile %3\n"
                             "PidFile none\n"
                             "UsePAM no\n"
                             "StrictModes no\n"
                             "PermitRootLogin prohibit-password\n"
                             "PubkeyAuthentication yes\n"
                             "PasswordAuthentication no\n"
                             "KbdInteractiveAuthentication no\n"
                             "AllowTcpForwarding no\n"
                             "X11Forwarding no\n"
                             "PrintMotd no\n"
                             "LogLevel VERBOSE\n")
                  .arg(m_port)
                  .arg(m_dir.filePath(QStringLiteral("host_key")), m_dir.filePath(QStringLiteral("authorized_keys")));
        if (!writeFile(config, text.toUtf8())) {
            m_error = QStringLiteral("cannot write %1").arg(config);
            return false;
        }
        // -D: stays in the foreground as our child; -E: its log in the folder. sshd must be started
        // by its absolute path (it re-executes itself for each connection).
        const QByteArray logPath = QFile::encodeName(m_dir.filePath(QStringLiteral("sshd.log")));
        QFile::remove(QString::fromLocal8Bit(logPath));
        std::vector<QByteArray> storage { QFile::encodeName(sshd), "-D", "-f", QFile::encodeName(config), "-E",
            logPath };
        std::vector<char*> argv;
        for (auto& s : storage)
            argv.push_back(s.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
        pid_t pid = -1;
        const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0) {
            m_error = QStringLiteral("cannot start %1: %2").arg(sshd, QString::fromLocal8Bit(strerror(rc)));
            return false;
        }
        m_pid = pid;
        QElapsedTimer timer;
        timer.start();
        bool exited = false;
        while (timer.elapsed() < 10000) {
            if (connectsTo(m_port))
                return true;
            int status = 0;
            if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
                exited = true;
                m_pid = 0;
                break;
            }
            QThread::msleep(20);
        }
        if (!exited)
            stop();
        m_error = QStringLiteral("sshd did not come up on port %1: %2").arg(m_port).arg(log().trimmed());
        if (!log().contains(QStringLiteral("Address already in use")))
            return false;
    }
    return false;
}

QStringList Sshd::sshCommand(const QString& remoteCommand, const QStringList& extraOptions) const
{
    return QStringList { findTool(QStringLiteral("ssh")), QStringLiteral("-F"), QStringLiteral("/dev/null"),
        QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-i"), clientKey(), QStringLiteral("-o"),
        QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=no"), QStringLiteral("-o"),
        QStringLiteral("UserKnownHostsFile=/dev/null"), QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR") }
    + extraOptions + QStringList { m_user + QStringLiteral("@127.0.0.1"), remoteCommand };
}

QString Sshd::sshCommandLine(const QString& remoteCommand, const QStringList& extraOptions) const
{
    return joinCommand(sshCommand(remoteCommand, extraOptions));
}

QString Sshd::makeUnauthorisedKey()
{
    const QString key = m_dir.filePath(QStringLiteral("stranger_key"));
    QString out;
    QFile::remove(key);
    QFile::remove(key + QStringLiteral(".pub"));
    if (!runQuiet(findTool(QStringLiteral("ssh-keygen")),
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-f"), key },
            &out))
        return {};
    return key;
}

} // namespace procglass::test
