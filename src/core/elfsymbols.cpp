#include "elfsymbols.h"
#include "tr.h"

#include "memorysource.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <elf.h>
#include <map>

namespace procglass {

namespace {

template <typename T> bool readAt(QByteArrayView image, quint64 offset, T* out)
{
    if (offset > quint64(image.size()) || quint64(image.size()) - offset < sizeof(T))
        return false;
    std::memcpy(out, image.data() + offset, sizeof(T));
    return true;
}

} // namespace

Result<ElfImage> parseElf(QByteArrayView image)
{
    Elf64_Ehdr eh;
    if (!readAt(image, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0)
        return makeError(ErrorKind::Parse, tr("Not an ELF image."));
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return makeError(ErrorKind::Parse, tr("Only 64-bit little-endian ELF images are read."));
    ElfImage out;
    out.machine = eh.e_machine;
    for (int i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph;
        if (!readAt(image, eh.e_phoff + quint64(i) * eh.e_phentsize, &ph))
            break;
        if (ph.p_type == PT_LOAD && ph.p_offset == 0) {
            out.loadVaddr = ph.p_vaddr;
            break;
        }
    }
    std::vector<Elf64_Shdr> sections(eh.e_shnum);
    for (int i = 0; i < eh.e_shnum; ++i) {
        if (!readAt(image, eh.e_shoff + quint64(i) * eh.e_shentsize, &sections[size_t(i)]))
            return out; // stripped of section headers: no symbols, but still an image
    }
    for (const Elf64_Shdr& sh : sections) {
        if ((sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) || sh.sh_link >= sections.size()
            || sh.sh_entsize != sizeof(Elf64_Sym))
            continue;
        const Elf64_Shdr& strings = sections[sh.sh_link];
        for (quint64 off = 0; off + sizeof(Elf64_Sym) <= sh.sh_size; off += sizeof(Elf64_Sym)) {
            Elf64_Sym sym;
            if (!readAt(image, sh.sh_offset + off, &sym))
                break;
            const int type = ELF64_ST_TYPE(sym.st_info);
            if ((type != STT_FUNC && type != STT_OBJECT && type != STT_GNU_IFUNC) || sym.st_shndx == SHN_UNDEF
                || sym.st_name >= strings.sh_size)
                continue;
            const quint64 at = strings.sh_offset + sym.st_name;
            if (at >= quint64(image.size()))
                continue;
            const char* name = image.data() + at;
            const size_t maxLength
                = size_t(std::min<quint64>(quint64(image.size()) - at, strings.sh_size - sym.st_name));
            out.symbols.push_back({ QString::fromUtf8(name, qsizetype(strnlen(name, maxLength))), sym.st_value,
                sym.st_size, type != STT_OBJECT, sh.sh_type == SHT_DYNSYM, sym.st_shndx == SHN_ABS });
        }
    }
    std::sort(out.symbols.begin(), out.symbols.end(), [](const ElfSymbol& a, const ElfSymbol& b) {
        return a.value != b.value ? a.value < b.value : a.dynamic > b.dynamic; // prefer the exported name
    });
    // The same symbol in .dynsym and .symtab: keep one.
    out.symbols.erase(
        std::unique(out.symbols.begin(), out.symbols.end(),
            [](const ElfSymbol& a, const ElfSymbol& b) { return a.value == b.value && a.name == b.name; }),
        out.symbols.end());
    return out;
}

SymbolIndex SymbolIndex::build(MemorySource& source, const std::vector<Region>& regions)
{
    SymbolIndex index;
    std::map<QString, Module> byPath;
    for (const Region& r : regions) {
        const bool vdso = r.kind == RegionKind::Vdso;
        if (!vdso && !r.isFileBacked())
            continue;
        const QString key = vdso ? QStringLiteral("[vdso]") : r.path;
        auto [it, fresh] = byPath.try_emplace(key);
        Module& m = it->second;
        if (fresh) {
            m.name = vdso ? key : r.fileName();
            m.range = r.range;
        } else {
            m.range.start = std::min(m.range.start, r.range.start);
            m.range.end = std::max(m.range.end, r.range.end);
        }
        if (!fresh || (!vdso && r.offset != 0))
            continue; // parsed once, from the mapping of its first page
        QByteArray bytes;
        if (vdso) {
            bytes.resize(qsizetype(r.range.size()));
            if (!source.read(r.range.start, std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size()))))
                     .complete())
                continue;
        } else {
            QFile file(r.path);
            if (r.deleted || !file.open(QIODevice::ReadOnly))
                continue;
            bytes = file.readAll(); // mmap would do too; libraries are a few MiB
        }
        auto image = parseElf(bytes);
        if (!image)
            continue;
        m.image = std::move(*image);
        m.bias = r.range.start - (m.image.loadVaddr & ~quint64(0xfff));
    }
    for (auto& [path, m] : byPath)
        index.m_modules.push_back(std::move(m));
    std::sort(index.m_modules.begin(), index.m_modules.end(),
        [](const Module& a, const Module& b) { return a.range.start < b.range.start; });
    return index;
}

std::optional<SymbolIndex::Hit> SymbolIndex::lookup(Address address) const
{
    auto it = std::upper_bound(
        m_modules.begin(), m_modules.end(), address, [](Address a, const Module& m) { return a < m.range.start; });
    if (it == m_modules.begin())
        return std::nullopt;
    const Module& m = *--it;
    if (!m.range.contains(address))
        return std::nullopt;
    Hit hit { m.name, nullptr, address - m.range.start, m.image.machine };
    const quint64 value = address - m.bias;
    const auto& syms = m.image.symbols;
    auto s = std::upper_bound(
        syms.begin(), syms.end(), value, [](quint64 v, const ElfSymbol& sym) { return v < sym.value; });
    // The nearest symbol at or below, if the address lies inside it (or it has no size).
    while (s != syms.begin()) {
        --s;
        if (s->absolute)
            continue;
        if (value < s->value + std::max<quint64>(s->size, 1) || (s->size == 0 && s->function)) {
            hit.symbol = &*s;
            hit.offset = value - s->value;
            break;
        }
        if (s->size > 0)
            break;
    }
    return hit;
}

QString SymbolIndex::describe(Address address) const
{
    const auto hit = lookup(address);
    if (!hit)
        return {};
    if (!hit->symbol)
        return QStringLiteral("%1+0x%2").arg(hit->module).arg(hit->offset, 0, 16);
    return hit->offset == 0 ? QStringLiteral("%1!%2").arg(hit->module, hit->symbol->name)
                            : QStringLiteral("%1!%2+0x%3").arg(hit->module, hit->symbol->name).arg(hit->offset, 0, 16);
}

std::optional<Address> SymbolIndex::find(QStringView name) const
{
    const qsizetype bang = name.indexOf(u'!');
    const QStringView module = bang >= 0 ? name.first(bang) : QStringView();
    const QStringView symbol = bang >= 0 ? name.mid(bang + 1) : name;
    for (const Module& m : m_modules) {
        if (!module.isEmpty() && m.name != module)
            continue;
        for (const ElfSymbol& s : m.image.symbols) {
            if (s.name == symbol && !s.absolute)
                return s.value + m.bias;
        }
    }
    return std::nullopt;
}

} // namespace procglass
