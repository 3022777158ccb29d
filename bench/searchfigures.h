// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

namespace procglass::bench {

// Whole-process searches of a target holding `size` bytes of random data, against a raw
// two-thread process_vm_readv + memmem pipeline over the same ranges; and cancel latency.
int runSearchBenchmarks(quint64 size, int runs);

} // namespace procglass::bench
