// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

#include <sys/types.h>
#include <vector>

namespace procglass::bench {

[[nodiscard]] double median(std::vector<double> values);

// One line of the report: what, Procglass's figure, the raw baseline's, their ratio, the goal.
void printRow(const QString& what, const QString& core, const QString& raw, double ratio, const char* goal, bool met);

// Sleeping child processes that bring the machine up to `total` processes; killed and reaped
// when this goes out of scope (and by the kernel if the benchmark dies first).
class SleepingChildren
{
public:
    explicit SleepingChildren(int total);
    ~SleepingChildren();
    SleepingChildren(const SleepingChildren&) = delete;
    SleepingChildren& operator=(const SleepingChildren&) = delete;

private:
    std::vector<pid_t> m_children;
};

} // namespace procglass::bench
