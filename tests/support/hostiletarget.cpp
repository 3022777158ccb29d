// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "hostiletarget.h"
#include "fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <poll.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace procglass::test {

QString hostileMapsPath()
{
    return QStringLiteral(PROCGLASS_HOSTILE_MAPS_PATH);
}

QStringList asNobody(const QStringList& argv)
{
    return QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
        QStringLiteral("--clear-groups") }
    + argv;
}

HostileTarget::~HostileTarget()
{
    kill();
}

bool HostileTarget::start()
{
    if (!m_dir.isValid() || chown(QFile::encodeName(m_dir.path()).constData(), 65534, 65534) != 0
        || chmod(QFile::encodeName(m_dir.path()).constData(), 0755) != 0) {
        m_error = QStringLiteral("cannot make a folder for nobody: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    int readEnd = -1;
    const pid_t child = spawnWithPipe(QStandardPaths::findExecutable(QStringLiteral("setpriv")),
        asNobody({ hostileMapsPath(), m_dir.path() }), &readEnd);
    if (child < 0) {
        m_error = QStringLiteral("cannot start setpriv: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    m_pid = child; // setpriv execs the fixture: the same process
    if (!readReadyLine(readEnd, "PROCGLASS_HOSTILE", &m_values, &m_error, 30000))
        return false;
    return m_values.value(QStringLiteral("pid")).toInt() == m_pid;
}

void HostileTarget::kill()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGKILL);
    while (waitpid(m_pid, nullptr, __WALL) < 0 && errno == EINTR) { }
    m_pid = 0;
}

} // namespace procglass::test
