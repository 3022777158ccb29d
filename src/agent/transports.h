// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace procglass {

// Where File > Connect... reads from: the programs that carry the agent's protocol on their
// standard input and output (issue 17). The agent is started by an existing program -- pkexec,
// ssh, docker, podman, kubectl, nsenter -- never by network code of ours.
enum class TransportKind : quint8 {
    ThisComputer, // no agent: read in this process, as this user
    Administrator, // pkexec AGENT (AGENT: the installed agent's full path)
    Ssh, // ssh [-p PORT] HOST procglass-agent
    Docker, // docker exec -i CONTAINER procglass-agent
    Podman, // podman exec -i CONTAINER procglass-agent
    Kubectl, // kubectl exec -i POD [-n NAMESPACE] -- procglass-agent
    Nsenter, // nsenter -t PID -a procglass-agent
    Command, // any command, as typed
};

struct TransportSpec
{
    TransportKind kind = TransportKind::ThisComputer;
    QString host; // Ssh: the destination (HOST or USER@HOST)
    int port = 0; // Ssh: 0 for ssh's own default
    QString container; // Docker, Podman: the container; Kubectl: the pod
    QString kubeNamespace; // Kubectl: empty for the current namespace
    pid_t pid = 0; // Nsenter: a process whose namespaces the agent enters
    QString command; // Command: the command itself
    QString agentPath; // Administrator: empty for installedAgentPath()
};

// The installed agent, from the install prefix (/usr/bin/procglass-agent for the .deb).
[[nodiscard]] QString installedAgentPath();
// The agent's name where it runs on another machine or in a container (found through its PATH).
[[nodiscard]] QString remoteAgentName();

// One word of a command, quoted so that QProcess::splitCommand (which connectAgent uses) gives
// it back exactly, spaces and quotes included. An empty word cannot be written: it is refused by
// buildAgentCommand before it gets here.
[[nodiscard]] QString quoteCommandWord(const QString& word);
// The words joined, each quoted only when it needs it.
[[nodiscard]] QString joinCommand(const QStringList& words);

// The command that starts the agent for spec (what the dialog shows, editable), or why there is
// none: a name that is empty, starts with '-' (it would be read as an option), holds a control
// character or, for ssh, a space; a port or pid out of range. ThisComputer has no command (an
// empty string).
[[nodiscard]] Result<QString> buildAgentCommand(const TransportSpec& spec);

// The recent commands with command put first (once), at most max of them.
[[nodiscard]] QStringList addRecentCommand(QStringList recent, const QString& command, int max = 10);

} // namespace procglass
