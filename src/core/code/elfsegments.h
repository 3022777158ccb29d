// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/region.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <functional>
#include <span>
#include <vector>

namespace procglass {

class MemorySource;

// One PT_LOAD of an ELF image, as its program header says.
struct ElfLoadSegment
{
    quint64 offset = 0; // p_offset
    quint64 vaddr = 0; // p_vaddr
    quint64 fileSize = 0; // p_filesz
    quint64 memorySize = 0; // p_memsz
    bool writable = false; // PF_W
};

// The ELF header and program headers as the loader left them at the start of an image's first
// mapping. Never more than kMaxHeaderBytes is read, whatever the header claims.
struct ElfProgramHeaders
{
    static constexpr quint64 kMaxHeaderBytes = 64 << 10;
    static constexpr quint64 kElfHeaderBytes = 64;
    std::vector<ElfLoadSegment> loads; // in the order of the table

    // The .bss of the image loaded at bias (runtime address = p_vaddr + bias): the part of the
    // last writable PT_LOAD beyond p_filesz up to p_memsz. Empty when it has none.
    [[nodiscard]] AddressRange bss(quint64 bias) const;
    // The bias of an image whose mapping at file offset 0 starts at mappingStart, if the headers
    // place that mapping (a PT_LOAD at offset 0).
    [[nodiscard]] bool biasFor(Address mappingStart, quint64* bias) const;
};

// Parses a 64-bit little-endian ELF header followed, anywhere in bytes, by its program header
// table (bytes = the first bytes of the image's file, or of its first mapping). Every offset and
// count is checked against bytes; hostile input gives an error, never a read out of it.
[[nodiscard]] Result<ElfProgramHeaders> parseProgramHeaders(QByteArrayView bytes);

// Reads exactly out.size() bytes of the target at address, or returns false.
using MemoryReader = std::function<bool(Address address, std::span<std::byte> out)>;

// Replaces classifyRegions' guess about .bss (anonymous memory right after an image's data) by
// what the image's program headers say, read from the image's mapping at file offset 0 in the
// target's memory: the mapping is .bss up to the page-rounded end of .bss and anonymous memory
// beyond; one that starts past it is anonymous memory. Fills Region::bss. Where the headers
// cannot be read, the guess stays, marked as one (bss.checked false).
void placeBss(std::vector<Region>& regions, const MemoryReader& read);
void placeBss(std::vector<Region>& regions, MemorySource& source);

} // namespace procglass
