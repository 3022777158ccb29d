// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <sys/types.h>
#include <vector>

namespace procglass::test {

// tests/fixtures/procglass-demo started through a wrapper that execs or forks it: `setpriv
// --reuid=65534 ...` (another user's process), `unshare --pid --fork --mount-proc` (a process in a
// pid namespace of its own, as in a container). Killed, with its wrapper, when this goes out of
// scope. Needs root for either wrapper.
class WrappedFixture
{
public:
    WrappedFixture() = default;
    ~WrappedFixture();
    WrappedFixture(const WrappedFixture&) = delete;
    WrappedFixture& operator=(const WrappedFixture&) = delete;

    // wrapper: the program and its arguments in front of the fixture's path. False with error().
    [[nodiscard]] bool start(const QStringList& wrapper, const QStringList& fixtureArgs = {});
    void kill();

    // The fixture's pid as this process sees it (the one to nsenter -t), and as it sees itself
    // (its pid in its own namespace: 1 under unshare --pid --fork).
    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] pid_t innerPid() const { return m_values.value(QStringLiteral("pid")).toInt(); }
    [[nodiscard]] pid_t wrapperPid() const { return m_wrapper; }
    [[nodiscard]] Address address(const QString& key) const { return m_values.value(key).toULongLong(nullptr, 16); }
    [[nodiscard]] quint64 number(const QString& key) const { return m_values.value(key).toULongLong(nullptr, 0); }
    [[nodiscard]] QString error() const { return m_error; }

private:
    pid_t m_wrapper = 0;
    pid_t m_pid = 0;
    QHash<QString, QString> m_values;
    QString m_error;
};

// The wrapper that starts a process in a new pid namespace with its own /proc, as pid 1.
[[nodiscard]] QStringList pidNamespaceWrapper();
// Why pidNamespaceWrapper() cannot work here (unshare's own words: in a chroot, "cannot change
// root filesystem propagation"), or empty when it can.
[[nodiscard]] QString pidNamespaceProblem();
// setpriv ... as nobody (uid and gid 65534, no supplementary groups).
[[nodiscard]] QStringList nobodyWrapper();

// Processes of this machine (as /proc shows them) for which match(pid, ppid, comm) holds.
[[nodiscard]] std::vector<pid_t> findProcesses(
    const std::function<bool(pid_t pid, pid_t ppid, const QString& comm)>& match);
// The descendants of pid whose comm is comm (children first).
[[nodiscard]] std::vector<pid_t> descendantsNamed(pid_t pid, const QString& comm);
// /proc/PID/status's NSpid: the pid in each namespace, outermost first (empty if gone).
[[nodiscard]] std::vector<pid_t> namespacePids(pid_t pid);
// True when the process exists and no thread of it is stopped (state t or T).
[[nodiscard]] bool runsFreely(pid_t pid);

} // namespace procglass::test
