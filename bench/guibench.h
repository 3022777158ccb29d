// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

namespace procglass::bench {

// The GUI's figures: the regions table of a 65,000-mapping process shown, and the UI thread's
// longest stall while 2,000 processes are refreshed. Returns non-zero if something failed to run.
int runGuiBenchmarks(int mappings, int processes, int runs);
// Only the first of them (group "regions"): the regions table of a process with `mappings` mappings shown.
int runRegionsTableBenchmark(int mappings, int runs);

} // namespace procglass::bench
