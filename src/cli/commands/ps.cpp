// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"
#include "core/io/listingtext.h"

namespace procglass::cli {

int cmdPs(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the processes of this machine."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    const QCommandLineOption kernel(QStringLiteral("kernel"),
        Cli::tr("Also list kernel threads (they have no user memory to inspect; hidden by default, as in htop)."));
    parser.addOption(kernel);
    if (!parseCommand(parser, args, 0, 0))
        return ExitUsage;
    auto h = host();
    if (!h)
        return fail(h.error());
    auto list = (*h)->processes();
    if (!list)
        return fail(list.error());
    if (!parser.isSet(kernel))
        std::erase_if(*list, [](const ProcessInfo& p) { return p.isKernelThread(); });
    return writeAll(parser.isSet(json) ? processesJson(*list) : processesText(*list)) ? ExitOk : ExitError;
}

} // namespace procglass::cli
