// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/parse/procstatus.h"
#include "platform/linux/procfs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace procglass::cli {

int cmdStatus(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args, Cli::tr("Summarise /proc/PID/status: state, tracer, threads, memory use."), &c))
        return c.exitCode;
    auto h = host();
    if (!h)
        return fail(h.error());
    // Everyone may read a process's status, whoever may read its memory.
    auto raw = (*h)->readProcFile(ProcessIdentity { c.pid, 0 }, ProcFile::Status);
    if (!raw)
        return fail(raw.error());
    const ProcStatus status = parseProcStatus(*raw);
    const pid_t tracerPid = pid_t(status.value(u"TracerPid").toInt());
    TracerIdentity tracer;
    if (!usesAgent()) {
        tracer = identifyTracer(tracerPid);
    } else if (tracerPid > 0) {
        // The tracer's pid is the agent's (its machine, its pid namespace): only its list names it.
        if (auto list = (*h)->processes()) {
            for (const ProcessInfo& p : *list) {
                if (p.pid() == tracerPid)
                    tracer.name = p.name;
            }
        }
    }
    const std::vector<StatusFact> facts = summarizeProcStatus(status, tracer);
    if (c.json) {
        QJsonArray arr;
        for (const StatusFact& f : facts) {
            arr.append(QJsonObject { { QStringLiteral("key"), f.key }, { QStringLiteral("label"), f.label },
                { QStringLiteral("value"), f.value }, { QStringLiteral("meaning"), f.meaning } });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    QByteArray out;
    for (const StatusFact& f : facts)
        out += QStringLiteral("%1\t%2\n").arg(f.label, f.value).toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
