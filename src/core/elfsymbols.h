#pragma once

#include "error.h"
#include "region.h"

#include <QByteArrayView>
#include <QString>

#include <optional>
#include <vector>

namespace procglass {

class MemorySource;

// A symbol of an ELF image (.dynsym and .symtab), its value as the file says it.
struct ElfSymbol
{
    QString name;
    quint64 value = 0;
    quint64 size = 0;
    bool function = false;
    bool dynamic = false; // from .dynsym
    bool absolute = false; // SHN_ABS: a number (such as a version name), not an address
};

struct ElfImage
{
    std::vector<ElfSymbol> symbols; // sorted by value, functions and objects only
    quint64 loadVaddr = 0; // p_vaddr of the PT_LOAD at file offset 0: where the image thinks it starts
    int machine = 0; // e_machine
    bool is64 = true;
};

// Parses a 64-bit little-endian ELF image (a whole file, or the [vdso] as it is in memory).
[[nodiscard]] Result<ElfImage> parseElf(QByteArrayView image);

// Symbols of every mapped ELF file and of [vdso], placed at their addresses in the process.
class SymbolIndex
{
public:
    // Reads each mapped file once (from its path) and [vdso] from source.
    [[nodiscard]] static SymbolIndex build(MemorySource& source, const std::vector<Region>& regions);

    struct Hit
    {
        QString module; // file name, or "[vdso]"
        const ElfSymbol* symbol = nullptr; // null: inside the module, but no symbol covers it
        quint64 offset = 0; // from the symbol (or from the module's base without one)
        int machine = 0; // the module's e_machine (0: unknown)
    };
    [[nodiscard]] std::optional<Hit> lookup(Address address) const;
    // "libc.so.6!memcpy+0x12", or "libc.so.6+0x1234" without a symbol, or empty when unmapped.
    [[nodiscard]] QString describe(Address address) const;
    // The address of "name" or "module!name" (the first module that has it), if any.
    [[nodiscard]] std::optional<Address> find(QStringView name) const;

private:
    struct Module
    {
        QString name;
        AddressRange range; // from its first to its last mapping
        quint64 bias = 0; // runtime address = value + bias
        ElfImage image;
    };
    std::vector<Module> m_modules; // sorted by range
};

} // namespace procglass
