// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: the raw bytes of /proc/PID/auxv (a bundle's auxv is any file), parsed with
// each word size and described as the auxv view does, against a small address space whose one
// mapping (at 0x10000, 4 KiB) holds the input again, so strings and random bytes can be found.
// Input: the raw vector itself.

#include "core/parse/auxv.h"
#include "fakememorysource.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const QByteArrayView raw(data, qsizetype(size));
    (void)parseAuxv(raw, 4);
    (void)parseAuxv(raw, 8);
    const std::vector<AuxvEntry> entries = parseAuxv(raw);
    for (const AuxvEntry& e : entries) {
        (void)auxvName(e.type);
        (void)auxvValueKind(e.type);
        (void)auxvMeaning(e.type);
        (void)formatAuxvValue(e);
    }
    Region region;
    region.range = { 0x10000, 0x11000 };
    region.perms.read = true;
    region.perms.write = true;
    region.path = QStringLiteral("[stack]");
    region.kind = RegionKind::MainStack;
    QByteArray bytes = raw.first(std::min<qsizetype>(raw.size(), 0x1000)).toByteArray();
    bytes.resize(0x1000, '\0');
    FakeMemorySource memory;
    memory.addSegment(region, bytes);
    (void)describeAuxv(entries, { region }, &memory);
    (void)describeAuxv(entries, { region }, nullptr);
    return 0;
}
