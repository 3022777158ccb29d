#pragma once

#include "address.h"

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

    [[nodiscard]] bool isFileBacked() const { return inode != 0 && !path.isEmpty() && !path.startsWith(u'['); }
    [[nodiscard]] bool isPseudo() const { return path.startsWith(u'['); } // [heap], [stack], [anon:x]...
    // The file name of a file mapping or the text of a pseudo path ("[heap]"); empty for anonymous memory.
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString fileName() const; // the last path component
};

// Stable machine names for scripts and JSON ("heap", "thread-stack", "library"...).
[[nodiscard]] QString regionKindId(RegionKind kind);
[[nodiscard]] bool regionKindFromId(QStringView id, RegionKind* kind);
// Human, translated names.
[[nodiscard]] QString regionKindName(RegionKind kind);
[[nodiscard]] QString imageSegmentId(ImageSegment segment);
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

} // namespace procglass
