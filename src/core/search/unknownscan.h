// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/search/valuescan.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace procglass {

// An unknown-initial-value scan (GameConqueror's "?", Cheat Engine's "Unknown initial value"):
// the first step keeps the memory of the ranges -- a baseline -- instead of hits; the next step
// compares the memory then with it (changed, unchanged, increased, decreased, by N) and turns it
// into hits (a HitSet), which later steps narrow as any value scan's.
//
// Every position of the ranges (every multiple of the type's size when aligned) is a candidate:
// a 2 GiB process has 512 Mi aligned int32 positions, so the baseline is the bytes, never a list.
// It stays in memory up to a cap and beyond it is kept in a private unnamed file; zero chunks
// and the like cost nothing. Its next step runs on every core.
struct UnknownScanRequest
{
    std::vector<AddressRange> ranges;
    ScanValueType type;
    bool aligned = true;
};

struct ScanControl
{
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(quint64 done, quint64 total)> progress;
    int threads = 0; // 0: one per core
};

class ScanBaseline
{
    Q_DECLARE_TR_FUNCTIONS(procglass::ScanBaseline)

public:
    virtual ~ScanBaseline();
    [[nodiscard]] virtual const UnknownScanRequest& request() const = 0;
    // Bytes kept (readable when captured), and the candidate positions they hold.
    [[nodiscard]] virtual quint64 bytes() const = 0;
    [[nodiscard]] virtual quint64 positions() const = 0;
    // The memory now against the baseline: the positions whose value passes filter (any but
    // Equal; IncreasedBy/DecreasedBy take operand). The baseline stays as it was (undo).
    [[nodiscard]] virtual Result<HitSet> next(HitSet::Filter filter, QStringView operand, const ScanControl& control)
        = 0;
    // Where the kept bytes are: in this process's memory, in its private scratch file (beyond
    // baselineMemoryCap()), or elsewhere (an agent's baseline: both 0). Zero chunks are in neither.
    [[nodiscard]] virtual quint64 memoryBytes() const { return 0; }
    [[nodiscard]] virtual quint64 fileBytes() const { return 0; }
    // Keeps the baseline in a file (0600, writePrivateFile's rules) that loadBaseline() reads
    // again: `procglass-cli search --unknown --save-hits`. Only a baseline kept here can.
    [[nodiscard]] virtual Error save(const QString& path, const ProcessIdentity& origin, bool overwrite) const;
};

// How many bytes of baselines one process keeps in memory before the rest goes to a private
// unnamed scratch file: min(4 GiB, half the RAM free now (sysinfo: free + buffers)), at least
// 64 MiB. setBaselineMemoryCap (tests, the bench) overrides it; 0 restores the default.
[[nodiscard]] quint64 baselineMemoryCap();
void setBaselineMemoryCap(quint64 bytes);

// A baseline saved by ScanBaseline::save, whose next steps read source. The file is anyone's
// input (as a hit set's, HitSet::load): a regular file only, no link, no count it does not back
// with its bytes; its bytes are read from it when needed, not loaded.
[[nodiscard]] Result<std::unique_ptr<ScanBaseline>> loadBaseline(
    const QString& path, std::shared_ptr<MemorySource> source, ProcessIdentity* origin);
// The same parser over bytes in memory (tests, the fuzzer).
[[nodiscard]] Result<std::unique_ptr<ScanBaseline>> baselineFromBytes(
    QByteArrayView bytes, std::shared_ptr<MemorySource> source, ProcessIdentity* origin);
// Whether path starts as a saved baseline does (else it may be a hit set).
[[nodiscard]] bool isBaselineFile(const QString& path);

// The baseline of source's ranges now, kept in this process (Target::unknownScan's local way).
[[nodiscard]] Result<std::unique_ptr<ScanBaseline>> captureBaseline(
    std::shared_ptr<MemorySource> source, const UnknownScanRequest& request, const ScanControl& control);

} // namespace procglass
