// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/parse/auxv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace procglass::cli {

int cmdAuxv(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args,
            Cli::tr("Print the auxiliary vector the kernel gave the process at start-up (/proc/PID/auxv): name, "
                    "value, where it points, meaning."),
            &c))
        return c.exitCode;
    auto h = host();
    if (!h)
        return fail(h.error());
    auto raw = (*h)->readProcFile(ProcessIdentity { c.pid, 0 }, ProcFile::Auxv);
    if (!raw)
        return fail(raw.error());
    // Its memory for what the entries point to (AT_EXECFN's name, AT_PLATFORM...).
    auto opened = openTarget(c.pid, Stop::No);
    if (!opened)
        return fail(opened.error());
    const std::vector<AuxvLine> lines = describeAuxv(parseAuxv(*raw), opened->regions, opened->target.get());
    if (c.json) {
        QJsonArray arr;
        for (const AuxvLine& l : lines) {
            arr.append(QJsonObject { { QStringLiteral("type"), qint64(l.entry.type) },
                { QStringLiteral("name"), l.name }, { QStringLiteral("value"), hex(l.entry.value) },
                { QStringLiteral("points_to"), l.pointsTo }, { QStringLiteral("meaning"), l.meaning } });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    QByteArray out;
    for (const AuxvLine& l : lines)
        out += QStringLiteral("%1\t%2\t%3\n").arg(l.name, l.value, l.pointsTo).toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
