// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/parse/addressspec.h"

#include "core/code/elfsymbols.h"
#include "core/teach/location.h"

namespace procglass::cli {

int cmdSymbol(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Name the symbol at an address: module!symbol+offset, C++ names demangled."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"),
        Cli::tr("The address (0x7f..., [vdso]+0x10, libc.so.6+0x1234, or a symbol: libc.so.6!malloc+0x10)."));
    const QCommandLineOption mangled(QStringLiteral("mangled"),
        Cli::tr("Name C++ symbols as the files hold them "
                "(mangled) instead of demangled."));
    parser.addOption(mangled);
    const pid_t pid = parseWithPid(parser, args, 2, 2);
    if (pid == 0)
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto opened = openTarget(pid, Stop::No);
    if (!opened)
        return fail(opened.error());
    const SymbolIndex symbols = buildSymbolIndex(*opened->target, opened->regions);
    auto address = resolveAddress(pos[1], opened->regions, &symbols);
    if (!address)
        return printError(address.error().message), ExitUsage;
    const QString name = symbols.describe(*address, parser.isSet(mangled));
    if (name.isEmpty())
        return fail(makeError(
            ErrorKind::InvalidArgument, Cli::tr("%1 lies in no mapped file and not in [vdso]").arg(hex(*address))));
    return writeAll((name + u'\n').toUtf8()) ? ExitOk : ExitError;
}

} // namespace procglass::cli
