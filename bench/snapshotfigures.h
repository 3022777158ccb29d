// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

namespace procglass::bench {

// Snapshots (issue 18) of a target holding `size` bytes of random data, written to /dev/shm when
// it is there: against a process_vm_readv + write loop; a second, unchanged one on the first (time
// and size); diffs of two against memcmp of the same bytes in memory; zstd on and off on a Python
// process's heap (realistic content).
int runSnapshotBenchmarks(quint64 size, int runs);

} // namespace procglass::bench
