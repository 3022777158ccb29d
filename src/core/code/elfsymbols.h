// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/region.h"

#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace procglass {

class MemorySource;

// A symbol of an ELF image (.dynsym and .symtab), its value as the file says it.
struct ElfSymbol
{
    QString name; // control characters escaped as the kernel does in maps ("\012"): printed, it stays one line
    QString demangled; // a C++ name demangled ("(anonymous namespace)::g_int32"), escaped the same; else empty
    quint64 value = 0;
    quint64 size = 0;
    bool function = false;
    bool dynamic = false; // from .dynsym
    bool absolute = false; // SHN_ABS: a number (such as a version name), not an address
    bool ambiguous = false; // another symbol of the image shows the same name (static functions of two files)

    // What to show: the demangled name where there is one.
    [[nodiscard]] const QString& displayName() const { return demangled.isEmpty() ? name : demangled; }
};

struct ElfImage
{
    std::vector<ElfSymbol> symbols; // sorted by value, functions and objects only
    quint64 loadVaddr = 0; // p_vaddr of the PT_LOAD at file offset 0: where the image thinks it starts
    int machine = 0; // e_machine
    bool is64 = true;
};

// The bytes of an ELF image, read piece by piece: the parser reads the headers and the symbol
// tables they name, never the whole file. Files are read with pread, not mmap: a file its owner
// truncates meanwhile would raise SIGBUS in us; pread just comes back short.
class ImageBytes
{
public:
    virtual ~ImageBytes();
    [[nodiscard]] virtual quint64 size() const = 0;
    // Exactly out.size() bytes from offset, or false when they are not all there.
    [[nodiscard]] virtual bool read(quint64 offset, std::span<std::byte> out) const = 0;
};

// What parsing may spend. The image is hostile: its headers may claim anything, so every table is
// checked against the bytes really there and against these limits before anything is allocated.
// SymbolIndex::build shares one budget between all the images of a process.
struct ElfBudget
{
    quint64 maxTableBytes = 64 << 20; // one header, symbol or string table; bigger ones are left out
    quint64 readBytes = 256 << 20; // everything read, all tables together
    quint64 symbols = 2'000'000; // symbols kept
    quint64 nameBytes = 128 << 20; // their names' bytes
    static constexpr quint64 kMaxNameBytes = 4096; // one name; longer ones are cut
    // C++ names are demangled only up to this length and this many back-references: a crafted
    // name of 265 bytes with 48 of them demangles to 218 MB (2.9 s). What is left stays mangled.
    static constexpr quint64 kMaxDemangleInput = 1024;
    static constexpr int kMaxDemangleReferences = 16;
    // What demangling may build, all names together: each name is charged before it is tried,
    // failed or not, by an estimate (its length, doubled for every two back-references) or its
    // demangled length where that is more.
    quint64 demangledBytes = 64 << 20;
    quint64 demangleCalls = 0; // names given to the demangler (what was spent, counted)
    static constexpr quint64 kMaxSections = 1 << 16;
};

// Parses a 64-bit little-endian ELF image (a whole file, or the [vdso] as it is in memory). The
// entry point for fuzzing: every offset, size and count of the image is checked.
[[nodiscard]] Result<ElfImage> parseElf(QByteArrayView image);
// The same, reading the image piece by piece and spending from budget.
[[nodiscard]] Result<ElfImage> parseElf(const ImageBytes& image, ElfBudget& budget);

// Symbols of every mapped ELF file and of [vdso], placed at their addresses in the process.
class SymbolIndex
{
    struct Module;

public:
    // The bytes of the file a region maps, or null when they cannot be had safely (not that very
    // file, not a regular file...). Opening paths is the caller's business: a live process's files
    // come through /proc (platform/linux/mappedfiles.h), a bundle's through ImageFile::openLocal.
    using FileOpener = std::function<std::unique_ptr<ImageBytes>(const Region& region)>;
    // At most this much of [vdso] is read (a real one is two pages; a bundle may claim a TiB).
    static constexpr quint64 kMaxVdsoBytes = 1 << 20;

    // Reads each mapped ELF file once (its first mapping, through openFile) and [vdso] from
    // source. Without openFile only [vdso] has symbols. Never call it while the target is held:
    // it reads files, which may be slow.
    [[nodiscard]] static SymbolIndex build(
        MemorySource& source, const std::vector<Region>& regions, const FileOpener& openFile = {});

    struct Hit
    {
        QString module; // file name, or "[vdso]"
        const ElfSymbol* symbol = nullptr; // null: inside the module, but no symbol covers it
        quint64 offset = 0; // from the symbol (or from the module's base without one)
        int machine = 0; // the module's e_machine (0: unknown)
        // The module this is in. Modules' ranges (first to last mapping) may overlap: what is
        // said about the hit (its name's ambiguity, its range) is said about this one.
        const Module* owner = nullptr;
    };
    [[nodiscard]] std::optional<Hit> lookup(Address address) const;
    // "libc.so.6!memcpy+0x12" (C++ names demangled), or "libc.so.6+0x1234" without a symbol, or
    // empty when unmapped. The symbol form only where resolve() reads it back to this address:
    // not for a symbol whose name its module holds twice, nor for a module whose file name two
    // mapped files share.
    // mangled: the symbol's name as the file holds it.
    [[nodiscard]] QString describe(Address address, bool mangled = false) const;
    // The mangled name of the symbol at address, where it differs from what describe() shows.
    [[nodiscard]] QString mangledName(Address address) const;
    // The address of "name" or "module!name" (the first module that has it), if any. The name may
    // be mangled (_ZN12_GLOBAL__N_17g_int32E), demangled ((anonymous namespace)::g_int32) or, for a
    // function, demangled without its parameter list (QObject::connect).
    [[nodiscard]] std::optional<Address> find(QStringView name) const;
    // find(), or "name+OFFSET" (0x hex or decimal): what describe() writes.
    [[nodiscard]] std::optional<Address> resolve(QStringView text) const;

private:
    struct Module
    {
        QString name;
        AddressRange range; // from its first to its last mapping
        quint64 bias = 0; // runtime address = value + bias
        std::shared_ptr<const ElfImage> image; // shared by the names of one file (hard links)
        bool ambiguous = false; // another module has this name, or it holds a '!'
    };
    [[nodiscard]] std::optional<Address> findIn(QStringView module, QStringView name, bool exact) const;
    std::vector<Module> m_modules; // sorted by range
};

} // namespace procglass
