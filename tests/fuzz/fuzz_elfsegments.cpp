// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: an image's ELF header and program headers as placeBss reads them from the
// image's first mapping in a process (issue 15). Input: the first bytes of the image; they become
// the first mapping of a library whose data mapping is followed by anonymous memory.

#include "core/code/elfsegments.h"
#include "fakememorysource.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const QByteArrayView bytes(data, qsizetype(size));
    (void)parseProgramHeaders(bytes);
    if (size == 0 || size > (1 << 20))
        return 0;
    constexpr Address base = 0x7f0000000000;
    const quint64 headerSize = (size + 0xfff) & ~quint64(0xfff);
    auto image = [](Address start, Address end, quint64 offset, bool write) {
        Region r;
        r.range = { start, end };
        r.perms.read = true;
        r.perms.write = write;
        r.offset = offset;
        r.devMajor = 8;
        r.inode = 100;
        r.path = QStringLiteral("/usr/lib/libfuzz.so");
        r.kind = RegionKind::Library;
        r.segment = write ? ImageSegment::Data : ImageSegment::ReadOnlyData;
        return r;
    };
    std::vector<Region> regions { image(base, base + headerSize, 0, false),
        image(base + headerSize, base + headerSize + 0x1000, headerSize, true) };
    Region anon;
    anon.range = { base + headerSize + 0x1000, base + headerSize + 0x400000 };
    anon.perms.read = anon.perms.write = true;
    anon.kind = RegionKind::Library;
    anon.segment = ImageSegment::Bss;
    regions.push_back(anon);
    QByteArray first = bytes.toByteArray();
    first.resize(qsizetype(headerSize), '\0');
    FakeMemorySource memory;
    memory.addSegment(regions[0], first);
    placeBss(regions, memory);
    (void)regions[2].bssEnd();
    (void)imageSegmentText(regions[2]);
    return 0;
}
