// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/types.h>

namespace procglass::test {

// A throwaway OpenSSH server for `ssh localhost procglass-agent` (issue 17): Debian's sshd on a
// free port of 127.0.0.1, with its own configuration, host key and one authorised client key in a
// temporary directory (no PAM, no passwords, root by key only), started by start() and killed
// with everything it started when this goes out of scope. The system's sshd and its keys are
// never touched.
class Sshd
{
public:
    Sshd() = default;
    ~Sshd();
    Sshd(const Sshd&) = delete;
    Sshd& operator=(const Sshd&) = delete;

    // False, with the reason in error(), when it cannot run here: not root, no sshd or ssh-keygen
    // (Debian: openssh-server), or the server did not come up (its log is in the reason).
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString clientKey() const; // the private key authorised for this server
    [[nodiscard]] QString user() const { return m_user; } // whom the key logs in as: this process's user
    [[nodiscard]] pid_t pid() const { return m_pid; } // the listening sshd
    [[nodiscard]] QString log() const; // what sshd said (-E log file)

    // The ssh command line that runs remoteCommand as user() on this server, without asking
    // anything: -p PORT -i KEY -o BatchMode=yes -o StrictHostKeyChecking=no
    // -o UserKnownHostsFile=/dev/null. extraOptions go before the host (-c CIPHER, -v...).
    [[nodiscard]] QStringList sshCommand(const QString& remoteCommand, const QStringList& extraOptions = {}) const;
    // The same as one string, as connectAgent() splits it (QProcess::splitCommand).
    [[nodiscard]] QString sshCommandLine(const QString& remoteCommand, const QStringList& extraOptions = {}) const;

    // A second key pair that this server does not accept (for "Permission denied" tests).
    [[nodiscard]] QString makeUnauthorisedKey();

private:
    QTemporaryDir m_dir;
    pid_t m_pid = 0;
    quint16 m_port = 0;
    QString m_user;
    QString m_error;
};

// A port of 127.0.0.1 on which nothing listens right now (the kernel's choice, then closed).
[[nodiscard]] quint16 freeLocalPort();

// Joins words into one command line that QProcess::splitCommand splits back into them.
[[nodiscard]] QString joinCommand(const QStringList& words);

} // namespace procglass::test
