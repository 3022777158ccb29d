// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QHash>
#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

namespace procglass::test {

// tests/fixtures/procglass-hostile-maps run as nobody (uid 65534) in a folder nobody owns: a
// process of another user whose mapped files attack whoever reads them. Needs root.
class HostileTarget
{
public:
    HostileTarget() = default;
    ~HostileTarget();
    HostileTarget(const HostileTarget&) = delete;
    HostileTarget& operator=(const HostileTarget&) = delete;

    [[nodiscard]] bool start(); // false with error() when it did not start
    void kill();

    [[nodiscard]] pid_t pid() const { return m_pid; }
    // zero (the /dev/zero mapping), weird (the `lib\012x.so` mapping), getpid (libc's getpid)
    [[nodiscard]] Address address(const QString& key) const { return m_values.value(key).toULongLong(nullptr, 16); }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString error() const { return m_error; }

private:
    QTemporaryDir m_dir;
    pid_t m_pid = 0;
    QHash<QString, QString> m_values;
    QString m_error;
};

[[nodiscard]] QString hostileMapsPath();
// Runs argv as nobody: "setpriv --reuid=65534 --regid=65534 --clear-groups" in front of it.
[[nodiscard]] QStringList asNobody(const QStringList& argv);

} // namespace procglass::test
