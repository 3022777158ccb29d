// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: ELF images (every mapped file a target names, and its [vdso]) as the symbol
// index reads them: parseElf, then the image as a [vdso] of a small address space, every symbol
// looked up by address and by name. Input: the image itself.

#include "core/code/elfsymbols.h"
#include "fakememorysource.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const QByteArrayView image(data, qsizetype(size));
    const auto parsed = parseElf(image);
    if (!parsed || size == 0)
        return 0;
    Region vdso;
    vdso.range = { 0x7fff0000'0000, 0x7fff0000'0000 + ((size + 0xfff) & ~size_t(0xfff)) };
    vdso.perms.read = true;
    vdso.perms.execute = true;
    vdso.path = QStringLiteral("[vdso]");
    vdso.kind = RegionKind::Vdso;
    QByteArray bytes = image.toByteArray();
    bytes.resize(qsizetype(vdso.range.size()), '\0');
    FakeMemorySource memory;
    memory.addSegment(vdso, bytes);
    const SymbolIndex index = SymbolIndex::build(memory, { vdso });
    int looked = 0;
    for (const ElfSymbol& s : parsed->symbols) {
        if (++looked > 64)
            break;
        if (const auto at = index.find(s.name))
            (void)index.describe(*at);
        (void)index.describe(vdso.range.start + s.value);
    }
    (void)index.describe(vdso.range.end - 1);
    return 0;
}
