// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/code/elfsymbols.h"
#include "core/code/hexdump.h"
#include "core/parse/addressspec.h"
#include "core/teach/location.h"

#include <unistd.h>

namespace procglass::cli {

int cmdRead(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Read memory of a process. ADDRESS is hexadecimal (0x7f...), a region name ([heap], [stack], [vdso]) "
        "or a file name (libc.so.6), optionally followed by +OFFSET; anonymous memory as anon@START+OFFSET; or a "
        "symbol (libc.so.6!malloc+0x10): every location the other commands print. Unreadable bytes print as ??."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), Cli::tr("Where to start."));
    parser.addPositionalArgument(QStringLiteral("LENGTH"), Cli::tr("How many bytes (decimal or 0x hex)."));
    const QCommandLineOption raw(QStringLiteral("raw"),
        Cli::tr("Write the bytes themselves to stdout; unreadable bytes as zeros, their ranges named on stderr."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"),
        Cli::tr("Do not stop the target while reading (the bytes may change as they are read)."));
    parser.addOption(raw);
    parser.addOption(noStop);
    if (!parseCommand(parser, args, 3, 3))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto pid = parsePid(pos[0]);
    auto spec = parseAddressSpec(pos[1]);
    if (!spec && pos[1].contains(u'!')) {
        // A symbol of a module whose name reads like an address (0x1.so!f): the symbols decide.
        AddressSpec symbol;
        symbol.absolute = false;
        symbol.name = symbol.text = pos[1];
        spec = symbol;
    }
    auto length = parseNumber(pos[2], Cli::tr("The length"));
    for (const Error* e :
        { pid ? nullptr : &pid.error(), spec ? nullptr : &spec.error(), length ? nullptr : &length.error() }) {
        if (e) {
            printError(e->message);
            return ExitUsage;
        }
    }

    auto opened = openTarget(*pid, parser.isSet(noStop) ? Stop::No : Stop::Yes, Preamble::Target);
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    Address address = spec->address;
    if (!spec->absolute) {
        if (Error e = opened->loadRegions())
            return fail(e);
        const std::vector<Region>& regions = opened->regions;
        auto resolved = resolveAddressSpec(*spec, regions);
        if (!resolved) {
            // A symbol as Procglass prints it (libc.so.6!malloc+0x10). Symbols come from files:
            // read them with the target running, then stop it again.
            opened->hold.reset();
            const SymbolIndex symbols = buildSymbolIndex(*target, regions);
            resolved = resolveAddress(pos[1], regions, &symbols);
            if (resolved && !parser.isSet(noStop)) {
                if (Error e = opened->stop())
                    return fail(e);
            }
        }
        if (!resolved)
            return fail(resolved.error()); // the target has no such mapping: not a usage error
        address = *resolved;
    }
    if (Error e = validateReadRange(address, *length)) {
        printError(e.message);
        return ExitUsage;
    }

    constexpr quint64 kChunk = 1 << 20;
    std::vector<std::byte> buffer(size_t(std::min<quint64>(kChunk, *length)));
    std::vector<AddressRange> unreadable;
    QByteArray text;
    for (quint64 done = 0; done < *length;) {
        const quint64 n = std::min<quint64>(kChunk, *length - done);
        const std::span<std::byte> chunk(buffer.data(), size_t(n));
        ReadResult r = target->read(address + done, chunk);
        if (r.error)
            return fail(r.error);
        for (const AddressRange& u : r.unreadable) {
            if (!unreadable.empty() && unreadable.back().end == u.start)
                unreadable.back().end = u.end;
            else
                unreadable.push_back(u);
        }
        bool written;
        if (parser.isSet(raw)) {
            written = writeAll(STDOUT_FILENO, reinterpret_cast<const char*>(chunk.data()), chunk.size());
        } else {
            text.clear();
            appendHexDump(text, address + done, chunk, r.unreadable);
            written = writeAll(text);
        }
        if (!written)
            return ExitError;
        done += n;
    }
    if (Error e = opened->release())
        return fail(e);
    for (const AddressRange& u : unreadable)
        printError(Cli::tr("unreadable: %1-%2 (%3 bytes)").arg(hex(u.start), hex(u.end)).arg(u.size()));
    return unreadable.empty() ? ExitOk : ExitPartial;
}

} // namespace procglass::cli
