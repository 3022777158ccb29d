// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

namespace procglass::bench {

// Value and unknown-initial-value scans (issue 18). The first value scan of "0" (aligned int32)
// in `size` bytes of zeros (every position a hit, beyond the memory cap in the scratch file)
// against the unknown first scan of the same, in process and through procglass-cli with its peak
// memory (size 0: left out). The first step (the baseline) and one "changed" step of a target
// holding `scanmemSize` bytes of random data, int32, against scanmem's `snapshot` + `!=` on the
// same target (driven through its stdin); next steps and rescans on one thread against all.
int runScanBenchmarks(quint64 size, quint64 scanmemSize, int runs);

} // namespace procglass::bench
