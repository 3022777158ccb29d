// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"
#include "core/io/listingtext.h"
#include "core/parse/mapsparser.h"

#include <unistd.h>

namespace procglass::cli {

int cmdMaps(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args, Cli::tr("Print the memory mappings of a process, each with its kind."), &c))
        return c.exitCode;
    auto h = host();
    if (!h)
        return fail(h.error());
    auto maps = (*h)->readMaps(ProcessIdentity { c.pid, 0 }); // its memory need not be readable
    if (!maps)
        return fail(maps.error());
    for (const MapsLineError& e : maps->errors)
        printError(Cli::tr("skipped line %1 of the maps (%2): %3").arg(e.line).arg(e.reason, e.text));
    const auto out = [](std::string_view piece) { return writeAll(STDOUT_FILENO, piece.data(), piece.size()); };
    return (c.json ? writeMapsJson(maps->regions, out) : writeMapsText(maps->regions, out)) ? ExitOk : ExitError;
}

} // namespace procglass::cli
