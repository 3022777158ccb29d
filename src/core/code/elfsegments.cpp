// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/elfsegments.h"

#include "core/model/memorysource.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>

namespace procglass {

namespace {

constexpr quint32 kPtLoad = 1;
constexpr quint32 kPfW = 2;
constexpr quint64 kPhdrBytes = 56; // Elf64_Phdr
constexpr quint16 kPnXnum = 0xffff; // the real count is elsewhere (section 0): not supported

template <typename T> T readLe(QByteArrayView bytes, quint64 at)
{
    T v = 0;
    for (size_t i = 0; i < sizeof(T); ++i)
        v |= T(quint8(bytes[qsizetype(at + i)])) << (8 * i);
    return v;
}

Error badHeader(const QString& why)
{
    return makeError(ErrorKind::InvalidArgument, why);
}

// The end of the program header table the ELF header in bytes (at least 64 of them) names.
Result<quint64> programHeaderEnd(QByteArrayView bytes)
{
    if (quint64(bytes.size()) < ElfProgramHeaders::kElfHeaderBytes || bytes[0] != '\x7f' || bytes[1] != 'E'
        || bytes[2] != 'L' || bytes[3] != 'F')
        return badHeader(QCoreApplication::translate("procglass::ElfSegments", "no ELF header"));
    if (bytes[4] != 2 || bytes[5] != 1)
        return badHeader(QCoreApplication::translate("procglass::ElfSegments", "not a 64-bit little-endian ELF image"));
    const quint64 phoff = readLe<quint64>(bytes, 0x20);
    const quint16 phentsize = readLe<quint16>(bytes, 0x36);
    const quint16 phnum = readLe<quint16>(bytes, 0x38);
    if (phnum == kPnXnum || phentsize < kPhdrBytes || phoff > ElfProgramHeaders::kMaxHeaderBytes
        || quint64(phnum) * phentsize > ElfProgramHeaders::kMaxHeaderBytes - phoff)
        return badHeader(QCoreApplication::translate(
            "procglass::ElfSegments", "the program header table is not within the image's first 64 KiB"));
    return phoff + quint64(phnum) * phentsize;
}

std::optional<quint64> checkedAdd(quint64 a, quint64 b)
{
    if (a > ~quint64(0) - b)
        return std::nullopt;
    return a + b;
}

} // namespace

Result<ElfProgramHeaders> parseProgramHeaders(QByteArrayView bytes)
{
    auto end = programHeaderEnd(bytes);
    if (!end)
        return end.error();
    if (*end > quint64(bytes.size()))
        return badHeader(QCoreApplication::translate("procglass::ElfSegments", "the program header table is cut off"));
    const quint64 phoff = readLe<quint64>(bytes, 0x20);
    const quint16 phentsize = readLe<quint16>(bytes, 0x36);
    const quint16 phnum = readLe<quint16>(bytes, 0x38);
    ElfProgramHeaders headers;
    for (quint64 i = 0; i < phnum; ++i) {
        const quint64 at = phoff + i * phentsize;
        if (readLe<quint32>(bytes, at) != kPtLoad)
            continue;
        ElfLoadSegment load;
        load.writable = readLe<quint32>(bytes, at + 4) & kPfW;
        load.offset = readLe<quint64>(bytes, at + 8);
        load.vaddr = readLe<quint64>(bytes, at + 16);
        load.fileSize = readLe<quint64>(bytes, at + 32);
        load.memorySize = readLe<quint64>(bytes, at + 40);
        if (!checkedAdd(load.vaddr, std::max(load.fileSize, load.memorySize)))
            return badHeader(QCoreApplication::translate("procglass::ElfSegments", "a PT_LOAD ends past 2^64"));
        headers.loads.push_back(load);
    }
    return headers;
}

bool ElfProgramHeaders::biasFor(Address mappingStart, quint64* bias) const
{
    for (const ElfLoadSegment& load : loads) {
        if (pageFloor(load.offset) == 0) {
            *bias = mappingStart - pageFloor(load.vaddr); // wraps for a prelinked image moved down: fine
            return true;
        }
    }
    return false;
}

AddressRange ElfProgramHeaders::bss(quint64 bias) const
{
    const ElfLoadSegment* last = nullptr;
    for (const ElfLoadSegment& load : loads) {
        if (load.writable && (!last || load.vaddr > last->vaddr))
            last = &load;
    }
    if (!last || last->memorySize <= last->fileSize)
        return {};
    const Address start = last->vaddr + last->fileSize + bias;
    const Address end = last->vaddr + last->memorySize + bias;
    if (end < start)
        return {}; // wrapped around the address space: not a layout the loader could make
    return { start, end };
}

void placeBss(std::vector<Region>& regions, const MemoryReader& read)
{
    // The regions come from the target: a hostile one may list tens of thousands of "images" and
    // data mappings. One pass finds each image's mapping at file offset 0, each image's headers are
    // read once, and all of them together at most kHeaderBudget bytes.
    constexpr quint64 kHeaderBudget = quint64(8) << 20;
    constexpr size_t kMaxImages = 4096;
    quint64 budget = kHeaderBudget;
    using ImageKey = std::tuple<quint32, quint32, quint64, QString>;
    std::map<ImageKey, size_t> offsetZero; // the latest mapping at file offset 0 of each file
    std::map<size_t, std::optional<ElfProgramHeaders>> headersOf; // by the index of that mapping
    const auto keyOf = [](const Region& r) { return ImageKey { r.devMajor, r.devMinor, r.inode, r.path }; };
    const auto headersAt = [&](size_t index) -> const std::optional<ElfProgramHeaders>& {
        const auto known = headersOf.find(index);
        if (known != headersOf.end())
            return known->second;
        std::optional<ElfProgramHeaders>& out = headersOf[index];
        if (headersOf.size() > kMaxImages)
            return out; // each read may wait on the file behind the mapping: a few thousand at most
        const Region& first = regions[index];
        QByteArray bytes(qsizetype(ElfProgramHeaders::kElfHeaderBytes), '\0');
        if (!first.perms.read || first.range.size() < quint64(bytes.size()) || budget < quint64(bytes.size()))
            return out;
        budget -= quint64(bytes.size());
        if (!read(first.range.start, std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size())))))
            return out;
        const auto end = programHeaderEnd(bytes);
        if (!end || *end > first.range.size() || *end > budget)
            return out;
        budget -= *end;
        bytes.resize(qsizetype(*end));
        if (!read(first.range.start, std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size())))))
            return out;
        if (auto headers = parseProgramHeaders(bytes))
            out = std::move(*headers);
        return out;
    };
    for (size_t i = 0; i < regions.size(); ++i) {
        Region& r = regions[i];
        if (r.offset == 0 && r.isFileBacked())
            offsetZero[keyOf(r)] = i;
        if (i == 0 || r.segment != ImageSegment::Bss)
            continue;
        const Region& data = regions[i - 1];
        r.bss = {};
        // The image's mapping at file offset 0: its ELF header and (for every image the loader
        // maps) its program headers.
        const auto first = offsetZero.find(keyOf(data));
        if (first == offsetZero.end())
            continue;
        const std::optional<ElfProgramHeaders>& headers = headersAt(first->second);
        quint64 bias = 0;
        if (!headers || !headers->biasFor(regions[first->second].range.start, &bias))
            continue;
        r.bss.checked = true;
        const AddressRange bss = headers->bss(bias);
        // The .bss must continue this data mapping: begin inside it or at its end.
        if (!bss.isEmpty() && bss.start >= data.range.start && bss.start <= data.range.end)
            r.bss.range = bss;
        if (r.bss.range.isEmpty() || pageCeil(r.bss.range.end) <= r.range.start) {
            // All of the image's .bss fits in the data mapping's last page (or it has none): this
            // is anonymous memory that merely lies next to it.
            r.kind = RegionKind::Anonymous;
            r.segment = ImageSegment::None;
        }
    }
}

void placeBss(std::vector<Region>& regions, MemorySource& source)
{
    placeBss(regions, [&source](Address address, std::span<std::byte> out) {
        const ReadResult result = source.read(address, out);
        return result.complete() && result.bytesRead == out.size();
    });
}

} // namespace procglass
