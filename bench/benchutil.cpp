// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "benchutil.h"

#include "platform/linux/procfs.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace procglass::bench {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void printRow(const QString& what, const QString& core, const QString& raw, double ratio, const char* goal, bool met)
{
    std::printf("%-34s core %-14s raw %-34s ratio %5.2f  goal %s  %s\n", qPrintable(what), qPrintable(core),
        qPrintable(raw), ratio, goal, met ? "met" : "MISSED");
}

SleepingChildren::SleepingChildren(int total)
{
    int have = 0;
    if (auto list = listProcesses())
        have = int(list->size());
    for (int i = have; i < total; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            for (;;)
                pause();
        }
        if (child > 0)
            m_children.push_back(child);
    }
}

SleepingChildren::~SleepingChildren()
{
    for (pid_t c : m_children)
        kill(c, SIGKILL);
    for (pid_t c : m_children)
        waitpid(c, nullptr, 0);
}

} // namespace procglass::bench
