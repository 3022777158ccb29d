// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: a hit-set file (procglass-cli search --save-hits, then rescan), loaded, shown
// and rescanned against a small address space as `rescan` does. Input: the file itself.

#include "core/search/valuescan.h"
#include "fakememorysource.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    static QTemporaryDir base;
    const QString path = base.path() + QStringLiteral("/hits");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            __builtin_trap(); // the temporary folder is gone: nothing can be tested
    }
    ProcessIdentity origin;
    const auto hits = HitSet::load(path, &origin);
    if (!hits)
        return 0;
    for (size_t i = 0; i < hits->size() && i < 64; ++i) {
        (void)hits->valueText(i);
        (void)hits->numericValue(i);
    }
    // Where a saved set usually points: one writable mapping of 64 KiB, its bytes 0..255 over again.
    Region region;
    region.range = { 0x555555560000, 0x555555570000 };
    region.perms.read = true;
    region.perms.write = true;
    region.path = QStringLiteral("[heap]");
    region.kind = RegionKind::Heap;
    static const QByteArray bytes = [] {
        QByteArray b(0x10000, '\0');
        for (qsizetype i = 0; i < b.size(); ++i)
            b[i] = char(i);
        return b;
    }();
    FakeMemorySource memory;
    memory.addSegment(region, bytes);
    (void)hits->rescan(memory, HitSet::Filter::Changed);
    (void)hits->rescan(memory, HitSet::Filter::IncreasedBy, u"1");
    return 0;
}
