// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

namespace procglass::bench {

// procglass-agent against this process reading the same target (issue 17), each ratio measured
// in the same run: reading `readSize` bytes through the agent over a pipe and in process; a
// whole-process search (a 16-byte literal with no hits) through the agent, which searches on its
// side, and in process; and reading `sshSize` bytes over `ssh localhost` to a throwaway sshd
// (tests/support/sshd.h), with the cipher it negotiated. Skipped, with the reason, when the agent
// is not built; the ssh rows when the sshd cannot start.
int runAgentBenchmarks(quint64 readSize, quint64 sshSize, int runs);

} // namespace procglass::bench
