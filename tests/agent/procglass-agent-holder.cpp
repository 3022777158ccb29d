// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-agent-holder COMMAND PID: a client of the agent that does nothing but hold (for
// tests/agent/tst_transports.cpp): connects through COMMAND, opens PID, holds it, prints
// "HOLDING pid=PID", then sleeps until it is killed -- as a window or a CLI killed mid-hold would.
#include "agent/connect.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace procglass;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: procglass-agent-holder COMMAND PID\n");
        return 2;
    }
    auto host = connectAgent(args[1], std::chrono::seconds(30));
    if (!host) {
        std::fprintf(stderr, "procglass-agent-holder: %s\n", qPrintable(host.error().message));
        return 1;
    }
    auto target = (*host)->open({ pid_t(args[2].toInt()), 0 });
    if (!target) {
        std::fprintf(stderr, "procglass-agent-holder: %s\n", qPrintable(target.error().message));
        return 1;
    }
    auto hold = (*target)->hold(std::chrono::seconds(5));
    if (!hold) {
        std::fprintf(stderr, "procglass-agent-holder: %s\n", qPrintable(hold.error().message));
        return 1;
    }
    std::printf("HOLDING pid=%d\n", (*target)->identity().pid);
    std::fflush(stdout);
    for (;;)
        pause();
}
