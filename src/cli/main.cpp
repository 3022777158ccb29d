// procglass-cli: the headless face of Procglass, for scripts and tests. QtCore only. One file per
// command under commands/; what they share (output, errors, opening a target) is in cli.h.
#include "cli/cli.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace procglass::cli;

namespace {

struct Command
{
    const char* name;
    int (*run)(const QStringList& args);
};

const Command kCommands[] = {
    { "ps", cmdPs },
    { "maps", cmdMaps },
    { "read", cmdRead },
    { "search", cmdSearch },
    { "rescan", cmdRescan },
    { "dump", cmdDump },
    { "disasm", cmdDisasm },
    { "symbol", cmdSymbol },
    { "explain", cmdExplain },
    { "auxv", cmdAuxv },
    { "status", cmdStatus },
};

} // namespace

int main(int argc, char** argv)
{
    // A file size limit (ulimit -f) then fails the write with EFBIG, "File too large", instead of
    // killing the program with a half-written temporary left behind.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("procglass-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString usage
        = tr("Usage: procglass-cli COMMAND [ARGS]\n\n"
             "Commands:\n"
             "  ps [--kernel] [--json]                       list processes (--kernel: with kernel threads)\n"
             "  maps PID [--json]                            list the mappings of a process\n"
             "  read PID ADDRESS LENGTH [--raw] [--no-stop]  read memory\n"
             "  search PID --hex H|--text S|--int N|--float X|--regex R [options]  search memory\n"
             "  rescan PID FILE --changed|--increased|--equal N|...  narrow saved value hits\n"
             "  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force]  save memory\n"
             "  disasm PID ADDRESS|SYMBOL [COUNT] [--att]   disassemble\n"
             "  symbol PID ADDRESS                          name the symbol at an address\n"
             "  explain PID ADDRESS                         explain the mapping that holds an address\n"
             "  auxv PID [--json]                           the auxiliary vector (AT_ENTRY, AT_SYSINFO_EHDR...)\n"
             "  status PID [--json]                         state, tracer, threads, memory use\n\n"
             "Options:\n"
             "  -h, --help     this help; COMMAND --help for a command's\n"
             "  -v, --version  the version\n\n"
             "Exit status: 0 success, 1 error, 2 usage, 3 some bytes were unreadable.\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(usage), stderr);
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h")) {
        std::fputs(qPrintable(usage), stdout);
        return ExitOk;
    }
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        std::printf("procglass-cli %s\n", PROCGLASS_VERSION);
        return ExitOk;
    }
    // The command's own parser sees "procglass-cli COMMAND" as its program name.
    args.removeAt(1);
    args[0] = QStringLiteral("procglass-cli ") + command;
    for (const Command& c : kCommands) {
        if (command == QLatin1StringView(c.name))
            return c.run(args);
    }
    printError(tr("unknown command '%1'; see 'procglass-cli --help'").arg(command));
    return ExitUsage;
}
