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
        = tr("Usage: procglass-cli [--agent 'COMMAND'] COMMAND [ARGS]\n\n"
             "Commands:\n"
             "  ps [--kernel] [--json]                       list processes (--kernel: with kernel threads)\n"
             "  maps PID [--json]                            list the mappings of a process\n"
             "  read PID ADDRESS LENGTH [--raw] [--no-stop]  read memory\n"
             "  search PID --hex H|--text S|--int N|--float X|--regex R [options]  search memory\n"
             "  rescan PID FILE --changed|--increased|--equal N|...  narrow saved value hits\n"
             "  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force] [--on-agent]\n"
             "                                               save memory\n"
             "  disasm PID ADDRESS|SYMBOL [COUNT] [--att]   disassemble\n"
             "  symbol PID ADDRESS                          name the symbol at an address\n"
             "  explain PID ADDRESS                         explain the mapping that holds an address\n"
             "  auxv PID [--json]                           the auxiliary vector (AT_ENTRY, AT_SYSINFO_EHDR...)\n"
             "  status PID [--json]                         state, tracer, threads, memory use\n\n"
             "Options:\n"
             "  --agent 'COMMAND'  read through the procglass-agent that COMMAND starts (its standard input\n"
             "                     and output carry the agent's protocol), as the user it runs as, where it runs\n"
             "  -h, --help         this help; COMMAND --help for a command's\n"
             "  -v, --version      the version\n\n"
             "Other users', remote and containerised processes, through an agent:\n"
             "  procglass-cli --agent 'pkexec procglass-agent' maps 1234      as administrator (asks for a password)\n"
             "  procglass-cli --agent 'ssh HOST procglass-agent' ps           another machine\n"
             "  procglass-cli --agent 'docker exec -i C procglass-agent' ps   a container (podman exec -i alike)\n"
             "  procglass-cli --agent 'kubectl exec -i POD -- procglass-agent' ps\n"
             "  procglass-cli --agent 'nsenter -t PID -a procglass-agent' ps  another process's namespaces\n"
             "  dump ... -o PATH writes here; dump ... -o PATH --on-agent writes on the agent's machine.\n\n"
             "Exit status: 0 success, 1 error, 2 usage, 3 some bytes were unreadable.\n");
    // Global options come before the command: --agent 'COMMAND' or --agent=COMMAND.
    while (args.size() >= 2 && args.at(1).startsWith(QLatin1StringView("--agent"))) {
        const QString option = args.at(1);
        QString agent;
        if (option == QLatin1StringView("--agent") && args.size() >= 3) {
            agent = args.at(2);
            args.remove(1, 2);
        } else if (option.startsWith(QLatin1StringView("--agent="))) {
            agent = option.mid(8);
            args.removeAt(1);
        } else {
            printError(option == QLatin1StringView("--agent")
                    ? tr("--agent needs the command that starts the agent: --agent 'ssh HOST procglass-agent'")
                    : tr("unknown option '%1'; see 'procglass-cli --help'").arg(option));
            return ExitUsage;
        }
        if (agent.trimmed().isEmpty()) {
            printError(tr("--agent needs the command that starts the agent: --agent 'ssh HOST procglass-agent'"));
            return ExitUsage;
        }
        setAgentCommand(agent);
    }
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
        if (command == QLatin1StringView(c.name)) {
            const int status = c.run(args);
            closeHost();
            return status;
        }
    }
    printError(tr("unknown command '%1'; see 'procglass-cli --help'").arg(command));
    return ExitUsage;
}
