// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QString>

#include <vector>

namespace procglass {

enum class RegionKind : quint8 {
    Anonymous,
    Heap,
    MainStack,
    ThreadStack,
    Executable, // a mapping of the process's own executable file
    Library, // a mapping of another ELF image (shared library, loader)
    File, // a plain file mapping (data, fonts, locale archives...)
    Shared, // shared memory: /dev/shm, memfd, SYSV, MAP_SHARED anonymous
    Vdso,
    Vvar,
    Vsyscall,
    Guard, // no permissions at all: a trap for overruns, or reserved space
};

// For Executable and Library mappings: which part of the ELF image it holds.
enum class ImageSegment : quint8 {
    None,
    Text, // executable code
    ReadOnlyData, // headers, .rodata, relro after relocation
    Data, // initialised writable data
    Bss, // zero-initialised data: anonymous, right after the image's data
};

struct Permissions
{
    bool read = false;
    bool write = false;
    bool execute = false;
    bool shared = false;

    [[nodiscard]] QString toString() const; // "rwxp"
    [[nodiscard]] bool none() const { return !read && !write && !execute; }
    bool operator==(const Permissions&) const = default;
};

// What an image's program headers say about its .bss (the part of its last writable PT_LOAD beyond
// p_filesz, up to p_memsz), kept on the anonymous mapping right after the image's data: see placeBss.
// The loader maps .bss beyond the last file page as anonymous memory, and the kernel merges that with
// any anonymous mapping placed right after it, so such a mapping may be .bss only in part, or not at all.
struct BssFacts
{
    AddressRange range; // the image's .bss, exact (it may begin inside the data mapping's last page); empty: none
    bool checked = false; // the headers were read: range is a fact. Otherwise a Bss segment is a guess by position.
    // The image is the mapping right before (bssImageName): not kept here, as every Region carries
    // these facts and a process may have 65,000 of them.
};

struct Region
{
    AddressRange range;
    Permissions perms;
    quint64 offset = 0;
    quint32 devMajor = 0;
    quint32 devMinor = 0;
    quint64 inode = 0;
    QString path; // as the kernel prints it, without " (deleted)"
    bool deleted = false;
    RegionKind kind = RegionKind::Anonymous;
    ImageSegment segment = ImageSegment::None;
    BssFacts bss; // only on the anonymous mapping right after an image's data

    [[nodiscard]] bool isFileBacked() const { return inode != 0 && !path.isEmpty() && !path.startsWith(u'['); }
    [[nodiscard]] bool isPseudo() const { return path.startsWith(u'['); } // [heap], [stack], [anon:x]...
    // The file name of a file mapping or the text of a pseudo path ("[heap]"); empty for anonymous memory.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString fileName() const; // the last path component
    // For a Bss mapping: where its .bss part ends (the page-rounded end of the image's .bss);
    // anonymous memory lies from there to range.end. range.end when not known (or all .bss).
    [[nodiscard]] Address bssEnd() const;
    // A Bss mapping of which only the part below bssEnd() is .bss.
    [[nodiscard]] bool isPartlyBss() const { return bssEnd() < range.end; }
};

// Stable machine names for scripts and JSON ("heap", "thread-stack", "library"...).
[[nodiscard]] QString regionKindId(RegionKind kind);
[[nodiscard]] bool regionKindFromId(QStringView id, RegionKind* kind);
// Human, translated names.
[[nodiscard]] QString regionKindName(RegionKind kind);
[[nodiscard]] QString imageSegmentId(ImageSegment segment);
// The segment as a kind column shows it: the id, but "bss+anonymous" for a mapping that is .bss only
// in part and "bss?" where the image's program headers could not be read (a guess by position).
[[nodiscard]] QString imageSegmentText(const Region& region);
// The file name of the image whose data regions[index] follows (the .bss facts are about it);
// empty when no file mapping lies right before it.
[[nodiscard]] QString bssImageName(const std::vector<Region>& regions, size_t index);
[[nodiscard]] constexpr int regionKindCount()
{
    return int(RegionKind::Guard) + 1;
}

// A few sentences, in our own words, on what this kind of mapping is (for tooltips and teaching).
[[nodiscard]] QString regionKindExplanation(RegionKind kind);
// The explanation for one mapping: its kind, plus what is special about it (deleted file, shared, segment).
[[nodiscard]] QString regionExplanation(const Region& region);

// Index of the region containing address, or -1. Regions must be sorted by start (as the kernel lists them).
[[nodiscard]] qsizetype findRegion(const std::vector<Region>& regions, Address address);

// The mapping a process opens on, so that Explain has something to say from the start: the code of
// the program itself (its executable r-x mapping), else its [heap], else the first mapping; -1 for none.
[[nodiscard]] qsizetype openingRegion(const std::vector<Region>& regions);

} // namespace procglass
