// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "transports.h"

#include "core/model/tr.h"

#include <QDir>

namespace procglass {

namespace {

// A name typed into the dialog, checked before it becomes a word of a command.
Error checkName(const QString& value, const QString& what, bool spacesAllowed)
{
    if (value.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("Enter the %1.").arg(what));
    if (value.startsWith(u'-'))
        return makeError(ErrorKind::InvalidArgument,
            tr("The %1 \"%2\" starts with '-', which the command would read as an option: no %1 is named so.")
                .arg(what, value));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == u'\u2028' || c == u'\u2029')
            return makeError(ErrorKind::InvalidArgument, tr("The %1 holds a control character.").arg(what));
        if (!spacesAllowed && c.isSpace())
            return makeError(
                ErrorKind::InvalidArgument, tr("The %1 \"%2\" holds a space: no %1 is named so.").arg(what, value));
    }
    return {};
}

bool needsQuotes(const QString& word)
{
    if (word.isEmpty())
        return true;
    for (const QChar c : word) {
        if (c.isSpace() || c == u'"')
            return true;
    }
    return false;
}

} // namespace

QString installedAgentPath()
{
#ifdef PROCGLASS_AGENT_INSTALL_PATH
    return QStringLiteral(PROCGLASS_AGENT_INSTALL_PATH);
#else
    return QStringLiteral("/usr/bin/procglass-agent");
#endif
}

QString remoteAgentName()
{
    return QStringLiteral("procglass-agent");
}

QString quoteCommandWord(const QString& word)
{
    if (!needsQuotes(word))
        return word;
    // splitCommand: a double quote opens and closes a quoted part; three in a row are one literal
    // quote, inside or outside one.
    QString out;
    out.reserve(word.size() + 2);
    out += u'"';
    for (const QChar c : word) {
        if (c == u'"')
            out += QStringLiteral("\"\"\"");
        else
            out += c;
    }
    out += u'"';
    return out;
}

QString joinCommand(const QStringList& words)
{
    QStringList quoted;
    quoted.reserve(words.size());
    for (const QString& w : words)
        quoted += quoteCommandWord(w);
    return quoted.join(u' ');
}

Result<QString> buildAgentCommand(const TransportSpec& spec)
{
    QStringList words;
    switch (spec.kind) {
    case TransportKind::ThisComputer:
        return QString();
    case TransportKind::Administrator: {
        const QString agent = spec.agentPath.isEmpty() ? installedAgentPath() : spec.agentPath;
        if (!QDir::isAbsolutePath(agent))
            return makeError(ErrorKind::InvalidArgument, tr("pkexec needs the agent's full path, not %1.").arg(agent));
        if (Error e = checkName(agent, tr("agent's path"), true))
            return e;
        words = { QStringLiteral("pkexec"), agent };
        break;
    }
    case TransportKind::Ssh:
        if (Error e = checkName(spec.host, tr("machine"), false))
            return e;
        if (spec.port < 0 || spec.port > 65535)
            return makeError(
                ErrorKind::InvalidArgument, tr("The port %1 is not one: ports go from 1 to 65535.").arg(spec.port));
        words = { QStringLiteral("ssh") };
        if (spec.port > 0)
            words += { QStringLiteral("-p"), QString::number(spec.port) };
        words += { spec.host, remoteAgentName() };
        break;
    case TransportKind::Docker:
    case TransportKind::Podman:
        if (Error e = checkName(spec.container, tr("container"), true))
            return e;
        words = { spec.kind == TransportKind::Docker ? QStringLiteral("docker") : QStringLiteral("podman"),
            QStringLiteral("exec"), QStringLiteral("-i"), spec.container, remoteAgentName() };
        break;
    case TransportKind::Kubectl:
        if (Error e = checkName(spec.container, tr("pod"), true))
            return e;
        words = { QStringLiteral("kubectl"), QStringLiteral("exec"), QStringLiteral("-i"), spec.container };
        if (!spec.kubeNamespace.isEmpty()) {
            if (Error e = checkName(spec.kubeNamespace, tr("namespace"), true))
                return e;
            words += { QStringLiteral("-n"), spec.kubeNamespace };
        }
        words += { QStringLiteral("--"), remoteAgentName() };
        break;
    case TransportKind::Nsenter:
        if (spec.pid <= 0)
            return makeError(ErrorKind::InvalidArgument, tr("Enter the PID of a process in the namespaces to read."));
        words = { QStringLiteral("nsenter"), QStringLiteral("-t"), QString::number(spec.pid), QStringLiteral("-a"),
            remoteAgentName() };
        break;
    case TransportKind::Command: {
        const QString command = spec.command.trimmed();
        if (command.isEmpty())
            return makeError(ErrorKind::InvalidArgument, tr("Enter the command that starts procglass-agent."));
        return command; // the user's own words, as typed
    }
    }
    return joinCommand(words);
}

QStringList addRecentCommand(QStringList recent, const QString& command, int max)
{
    const QString c = command.trimmed();
    if (c.isEmpty())
        return recent;
    recent.removeAll(c);
    recent.prepend(c);
    while (recent.size() > max)
        recent.removeLast();
    return recent;
}

} // namespace procglass
