// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helptext.h"

namespace procglass::test {

QStringList cliCommands()
{
    QStringList commands;
    bool on = false;
    const ProgramRun r = runProgram(cliPath(), { QStringLiteral("--help") });
    for (const QString& line : r.outText().split(u'\n')) {
        if (line == QLatin1StringView("Commands:")) {
            on = true;
            continue;
        }
        if (on && line.trimmed().isEmpty())
            break;
        // "  ps [--kernel] ..." names a command; deeper indents continue a description.
        if (on && line.startsWith(QLatin1StringView("  ")) && !line.startsWith(QLatin1StringView("   "))) {
            const QString name = line.mid(2).section(u' ', 0, 0);
            if (!commands.contains(name))
                commands << name;
        }
    }
    return commands;
}

QSet<QString> helpOptions(const QString& help, const QString& heading)
{
    QSet<QString> found;
    bool on = heading.isEmpty();
    for (const QString& line : help.split(u'\n')) {
        if (!on) {
            on = line == heading;
            continue;
        }
        if (!heading.isEmpty() && line.trimmed().isEmpty())
            break;
        if (!line.startsWith(QLatin1StringView("  -")))
            continue;
        for (const QString& name : line.mid(2).section(QStringLiteral("  "), 0, 0).split(QStringLiteral(", ")))
            found.insert(name.section(u' ', 0, 0));
    }
    return found;
}

} // namespace procglass::test
