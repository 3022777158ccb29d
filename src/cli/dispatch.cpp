// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli's command line: global options, then a command from the table, which gets its
// arguments with "procglass-cli COMMAND" as the program name. In a library with the commands, so that
// tests run it in-process (tst_cli_translation records every message it translates).
#include "cli/cli.h"

#include <QCoreApplication>

#include <cstdio>

namespace procglass::cli {

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
    { "snapshot", cmdSnapshot },
    { "diff", cmdDiff },
};

} // namespace

int run(QStringList args)
{
    const QString usage = Cli::tr(
        "Usage: procglass-cli [--agent 'COMMAND'] COMMAND [ARGS]\n\n"
        "Commands:\n"
        "  ps [--kernel] [--json]                       list processes (--kernel: with kernel threads)\n"
        "  maps PID [--json]                            list the mappings of a process\n"
        "  read PID ADDRESS LENGTH [--raw] [--no-stop]  read memory\n"
        "  search PID --hex H|--text S|--int N|--float X|--regex R [options]  search memory\n"
        "  search PID --unknown --type T --save-hits FILE  keep memory for an unknown-value scan\n"
        "  rescan PID FILE --changed|--increased|--equal N|...  narrow saved value hits\n"
        "  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force] [--on-agent]\n"
        "                                               save memory\n"
        "  disasm PID ADDRESS|SYMBOL [COUNT] [--att]   disassemble\n"
        "  symbol PID ADDRESS                          name the symbol at an address\n"
        "  explain PID ADDRESS                         explain the mapping that holds an address\n"
        "  auxv PID [--json]                           the auxiliary vector (AT_ENTRY, AT_SYSINFO_EHDR...)\n"
        "  status PID [--json]                         state, tracer, threads, memory use\n"
        "  snapshot PID -o DIR [--base DIR] [--compress] [--region SPEC...]  memory at an instant, in chunks\n"
        "  diff A B [--json]                           what changed: snapshots, bundles or a live PID\n"
        "                                              (exit 0 same, 1 different, 2 trouble)\n\n"
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
                    ? Cli::tr("--agent needs the command that starts the agent: --agent 'ssh HOST procglass-agent'")
                    : Cli::tr("unknown option '%1'; see 'procglass-cli --help'").arg(option));
            return ExitUsage;
        }
        if (agent.trimmed().isEmpty()) {
            printError(Cli::tr("--agent needs the command that starts the agent: --agent 'ssh HOST procglass-agent'"));
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
    printError(Cli::tr("unknown command '%1'; see 'procglass-cli --help'").arg(command));
    return ExitUsage;
}

} // namespace procglass::cli
