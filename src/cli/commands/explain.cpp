// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/parse/addressspec.h"

#include "core/teach/explain.h"
#include "core/teach/location.h"

namespace procglass::cli {

int cmdExplain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Explain the mapping that holds an address: what it is, its permissions, "
                                             "where its bytes come from."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    parser.addPositionalArgument(
        QStringLiteral("ADDRESS"), Cli::tr("The address (0x7f..., [heap], libc.so.6+0x1000)."));
    const pid_t pid = parseWithPid(parser, args, 2, 2);
    if (pid == 0)
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto h = host();
    if (!h)
        return fail(h.error());
    auto maps = (*h)->readMaps(ProcessIdentity { pid, 0 }); // its memory need not be readable
    if (!maps)
        return fail(maps.error());
    const std::vector<Region>& regions = maps->regions;
    auto address = resolveAddress(pos[1], regions);
    if (!address)
        return printError(address.error().message), ExitUsage;
    const qsizetype i = findRegion(regions, *address);
    if (i < 0)
        return fail(makeError(ErrorKind::InvalidArgument, Cli::tr("%1 lies in no mapping").arg(hex(*address))));
    return writeAll(explanationText(explainRegion(regions, size_t(i))).toUtf8()) ? ExitOk : ExitError;
}

} // namespace procglass::cli
