// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-agent: serves this computer's processes, as whoever started it, to a Procglass window
// or procglass-cli over its standard input and output (see agent/protocol.h). Started by a
// transport: pkexec, ssh, docker exec -i, nsenter...; stderr is its own log.

#include "agent/server.h"
#include "core/model/tr.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char** argv)
{
    using namespace procglass;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("procglass-agent %s (protocol %d.%d)\n", PROCGLASS_VERSION, agent::kProtocolMajor,
                agent::kProtocolMinor);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("%s\n",
                qPrintable(tr("Usage: procglass-agent\n\n"
                              "Serves this computer's processes to Procglass (the window or procglass-cli) over its "
                              "standard input and output, as the user it runs as. It is started by Procglass "
                              "through a command, not by hand:\n"
                              "  procglass --agent 'pkexec procglass-agent'       (another user's processes)\n"
                              "  procglass --agent 'ssh HOST procglass-agent'     (another machine)\n"
                              "  procglass --agent 'docker exec -i C procglass-agent'  (a container)\n\n"
                              "When its standard input closes it lets every process it stopped run again and exits.\n"
                              "  --version  prints the version\n"
                              "  --help     prints this text")));
            return 0;
        }
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("procglass-agent: unknown option %1 (see --help)").arg(QString::fromLocal8Bit(argv[i]))));
        return 2;
    }
    if (::isatty(STDIN_FILENO)) {
        std::fprintf(stderr, "%s\n",
            qPrintable(tr("procglass-agent speaks a binary protocol on its standard input and output for Procglass: "
                          "start it through Procglass (procglass --agent 'COMMAND' or procglass-cli --agent "
                          "'COMMAND'), not on a terminal. See procglass-agent --help.")));
        return 2;
    }
    // A peer that goes away makes writes fail with EPIPE; the read of stdin then sees the end.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("procglass-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));
    // The protocol owns stdout: nothing else may write there.
    const int out = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    (void)!::dup2(STDERR_FILENO, STDOUT_FILENO);
    // Never destroyed: run() has released every hold when it returns, and workers still blocked on
    // a target or on the pipe end with the process.
    auto* server = new agent::Server(STDIN_FILENO, out);
    const int code = server->run();
    std::fflush(stderr);
    ::_exit(code);
}
