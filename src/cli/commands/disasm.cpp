// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/code/disassembler.h"
#include "core/code/elfsymbols.h"
#include "core/parse/addressspec.h"
#include "core/teach/location.h"

namespace procglass::cli {

int cmdDisasm(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Disassemble code of a process. One instruction per line, tab-separated: address, symbol+offset, "
                "bytes in hex, instruction."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    parser.addPositionalArgument(QStringLiteral("WHERE"),
        Cli::tr("An address (0x7f..., [vdso]+0x10, libc.so.6+0x1234) or a symbol (__vdso_clock_gettime, "
                "libc.so.6!memcpy)."));
    parser.addPositionalArgument(
        QStringLiteral("COUNT"), Cli::tr("How many instructions (default 20)."), QStringLiteral("[COUNT]"));
    const QCommandLineOption att(QStringLiteral("att"), Cli::tr("AT&T syntax instead of Intel."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), Cli::tr("Do not stop the target while reading."));
    const QCommandLineOption mangled(QStringLiteral("mangled"),
        Cli::tr("Name C++ symbols as the files hold them "
                "(mangled) instead of demangled."));
    parser.addOptions({ att, noStop, mangled });
    const pid_t pid = parseWithPid(parser, args, 2, 3);
    if (pid == 0)
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    quint64 count = 20;
    if (pos.size() > 2) {
        auto n = parseNumber(pos[2], Cli::tr("The count"));
        if (!n || *n == 0 || *n > 100000)
            return printError(n ? Cli::tr("the count must be between 1 and 100000") : n.error().message), ExitUsage;
        count = *n;
    }
    auto opened = openTarget(pid, Stop::No);
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    // Symbols first, with the target running: they come from files, and files may be slow.
    const SymbolIndex symbols = buildSymbolIndex(*target, opened->regions);
    if (!parser.isSet(noStop)) {
        if (Error e = opened->stop())
            return fail(e);
    }
    Address address = 0;
    if (auto a = resolveAddress(pos[1], opened->regions, &symbols)) {
        address = *a;
    } else {
        return fail(makeError(ErrorKind::InvalidArgument,
            Cli::tr("'%1' is neither an address nor a symbol of a mapped file or of [vdso]").arg(pos[1])));
    }
    const auto where = symbols.lookup(address);
    auto disassembler = Disassembler::create(
        where && where->machine ? Disassembler::archForMachine(where->machine) : Disassembler::nativeArch(),
        parser.isSet(att) ? Disassembler::Syntax::Att : Disassembler::Syntax::Intel);
    if (!disassembler)
        return fail(disassembler.error());
    // At most 15 bytes an instruction; only the readable start is decoded.
    std::vector<std::byte> code(size_t(std::min<quint64>(count * 15, 1 << 20)));
    const ReadResult r = target->read(address, code);
    if (r.error)
        return fail(r.error);
    size_t readable = code.size();
    if (!r.unreadable.empty())
        readable = size_t(r.unreadable.front().start - address);
    if (readable == 0)
        return fail(makeError(
            ErrorKind::Unreadable, Cli::tr("%1 cannot be read: it is not mapped, or not readable").arg(hex(address))));
    QByteArray out;
    for (const Instruction& i : disassembler->disassemble(std::span(code).first(readable), address, count))
        out += (hex(i.address) + u'\t' + symbols.describe(i.address, parser.isSet(mangled)) + u'\t'
            + QString::fromLatin1(i.bytes.toHex()) + u'\t' + i.text() + u'\n')
                   .toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
