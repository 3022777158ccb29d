// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

namespace procglass::bench {

// Exports of a target holding `size` bytes of random data: an ELF core against gdb's gcore, a
// raw dump of the data against a plain process_vm_readv + write loop. Files go to /dev/shm
// (tmpfs) when it is there, else to the working directory.
int runDumpBenchmarks(quint64 size, int runs);

} // namespace procglass::bench
