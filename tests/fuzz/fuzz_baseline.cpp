// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: the baseline of an unknown-value scan (procglass-cli search --unknown
// --save-hits, then rescan), parsed and stepped against a small address space as `rescan` does.
// Input: the file itself.

#include "core/search/unknownscan.h"
#include "fakememorysource.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    // Where a saved baseline usually points: one writable mapping of 64 KiB, its bytes 0..255 over again.
    static const std::shared_ptr<FakeMemorySource> memory = [] {
        Region region;
        region.range = { 0x555555560000, 0x555555570000 };
        region.perms.read = true;
        region.perms.write = true;
        region.path = QStringLiteral("[heap]");
        region.kind = RegionKind::Heap;
        QByteArray b(0x10000, '\0');
        for (qsizetype i = 0; i < b.size(); ++i)
            b[i] = char(i);
        auto m = std::make_shared<FakeMemorySource>();
        m->addSegment(region, b);
        return m;
    }();
    ProcessIdentity origin;
    const auto baseline
        = baselineFromBytes(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), memory, &origin);
    if (!baseline)
        return 0;
    ScanControl control;
    control.threads = 1;
    (void)(*baseline)->positions();
    // Bounded work only: a baseline may claim ranges far larger than the fake holds.
    quint64 claimed = 0;
    for (const AddressRange& r : (*baseline)->request().ranges)
        claimed += std::min<quint64>(r.size(), quint64(1) << 40);
    if (claimed <= (64u << 20)) {
        (void)(*baseline)->next(HitSet::Filter::Changed, {}, control);
        (void)(*baseline)->next(HitSet::Filter::IncreasedBy, u"1", control);
    }
    return 0;
}
