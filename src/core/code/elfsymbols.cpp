// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/elfsymbols.h"
#include "core/model/tr.h"
#include "core/teach/location.h"

#include "core/model/memorysource.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <elf.h>
#include <map>
#include <set>

namespace procglass {

namespace {

class ViewBytes final : public ImageBytes
{
public:
    explicit ViewBytes(QByteArrayView view)
        : m_view(view)
    { }
    quint64 size() const override { return quint64(m_view.size()); }
    bool read(quint64 offset, std::span<std::byte> out) const override
    {
        if (offset > size() || size() - offset < out.size())
            return false;
        if (!out.empty())
            std::memcpy(out.data(), m_view.data() + offset, out.size());
        return true;
    }

private:
    QByteArrayView m_view;
};

template <typename T> bool readStruct(const ImageBytes& image, quint64 offset, T* out)
{
    return image.read(offset, std::as_writable_bytes(std::span(out, 1)));
}

// bytes at offset, if they are all in the image and the budget allows: checked before anything is
// allocated, so a header that lies about a size costs nothing.
bool readTable(const ImageBytes& image, ElfBudget& budget, quint64 offset, quint64 bytes, QByteArray* out)
{
    if (bytes > budget.maxTableBytes || bytes > budget.readBytes || offset > image.size()
        || image.size() - offset < bytes)
        return false;
    budget.readBytes -= bytes;
    out->resize(qsizetype(bytes));
    return image.read(offset, std::as_writable_bytes(std::span(out->data(), size_t(bytes))));
}

// Control characters as the kernel writes them in maps ("\012"): a name from a hostile file must
// not forge a line (or a tab-separated column) in what Procglass prints. Real names have none.
QString printableName(const char* name, size_t length)
{
    const auto control = [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; };
    if (std::none_of(name, name + length, control))
        return QString::fromUtf8(name, qsizetype(length));
    QByteArray escaped;
    for (size_t i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (control(name[i]))
            escaped += '\\' + QByteArray::number(c, 8).rightJustified(3, '0');
        else
            escaped += char(c);
    }
    return QString::fromUtf8(escaped);
}

// Back-references of a mangled name (S_, S0_, T_, T1_, Dp): each may repeat a part printed
// before, so the demangled text can grow exponentially with their number. Counted generously.
int backReferences(const char* name, size_t length)
{
    int count = 0;
    for (size_t i = 0; i + 1 < length; ++i) {
        if (name[i] == 'D' && name[i + 1] == 'p') {
            ++count;
        } else if (name[i] == 'S' || name[i] == 'T') {
            size_t j = i + 1;
            while (j < length && ((name[j] >= '0' && name[j] <= '9') || (name[j] >= 'A' && name[j] <= 'Z')))
                ++j;
            if (j < length && name[j] == '_')
                ++count;
        }
    }
    return count;
}

// A C++ name demangled for display, or empty: not mangled, too long or too intricate to demangle
// at bounded cost, out of budget, or not valid. The name comes from a hostile file.
QString demangledName(const char* name, size_t length, ElfBudget& budget)
{
    if (length < 3 || name[0] != '_' || name[1] != 'Z' || length > ElfBudget::kMaxDemangleInput)
        return {};
    const int references = backReferences(name, length);
    if (references > ElfBudget::kMaxDemangleReferences)
        return {};
    // What the demangler may build, charged before it runs, whatever comes of it: a name that
    // fails builds its text first (964 bytes with 15 back-references build 230 KB, then fail).
    // Each pair of back-references may double the text; real names cost about their output.
    const quint64 estimate = quint64(length) << ((references + 1) / 2);
    if (estimate > budget.demangledBytes)
        return {};
    budget.demangledBytes -= estimate;
    ++budget.demangleCalls;
    char input[ElfBudget::kMaxDemangleInput + 1];
    std::memcpy(input, name, length);
    input[length] = '\0';
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> out(
        abi::__cxa_demangle(input, nullptr, nullptr, &status), &std::free);
    if (status != 0 || !out)
        return {};
    const size_t n = std::strlen(out.get());
    if (n > estimate) // more than estimated: that too
        budget.demangledBytes -= std::min<quint64>(n - estimate, budget.demangledBytes);
    if (n > ElfBudget::kMaxNameBytes)
        return {};
    return printableName(out.get(), n);
}

// Whether "NAME!symbol" reads back with NAME as the module, as the mapping form's names do
// (location.cpp): parseAddressSpec takes a text starting with 0x or anon@ for an address, the
// text is trimmed, and find() splits at the first '!' that follows a module's name.
bool readsAsModule(QStringView name)
{
    return !name.isEmpty() && name.trimmed().size() == name.size() && !name.startsWith(u"0x", Qt::CaseInsensitive)
        && !name.startsWith(kAnonymousPrefix, Qt::CaseInsensitive) && !name.contains(u'!') && name.front() != u'+';
}

// The index's budget: every image of one process together.
ElfBudget indexBudget()
{
    ElfBudget b;
    b.readBytes = quint64(1) << 30;
    b.symbols = 4'000'000;
    b.nameBytes = 256 << 20;
    return b;
}

} // namespace

ImageBytes::~ImageBytes() = default;

Result<ElfImage> parseElf(QByteArrayView image)
{
    ElfBudget budget;
    return parseElf(ViewBytes(image), budget);
}

Result<ElfImage> parseElf(const ImageBytes& image, ElfBudget& budget)
{
    Elf64_Ehdr eh;
    if (!readStruct(image, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0)
        return makeError(ErrorKind::Parse, tr("Not an ELF image."));
    if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB)
        return makeError(ErrorKind::Parse, tr("Only 64-bit little-endian ELF images are read."));
    ElfImage out;
    out.machine = eh.e_machine;
    // PN_XNUM (more program headers than fit in e_phnum) is left out: no real image needs it.
    QByteArray table;
    if (eh.e_phnum > 0 && eh.e_phnum < PN_XNUM && eh.e_phentsize >= sizeof(Elf64_Phdr)
        && readTable(image, budget, eh.e_phoff, quint64(eh.e_phnum) * eh.e_phentsize, &table)) {
        for (quint64 i = 0; i < eh.e_phnum; ++i) {
            Elf64_Phdr ph;
            std::memcpy(&ph, table.constData() + i * eh.e_phentsize, sizeof ph);
            if (ph.p_type == PT_LOAD && ph.p_offset == 0) {
                out.loadVaddr = ph.p_vaddr;
                break;
            }
        }
    }
    // Without (readable) section headers there are no symbols, but it is still an image.
    if (eh.e_shoff == 0 || eh.e_shentsize < sizeof(Elf64_Shdr))
        return out;
    quint64 count = eh.e_shnum;
    if (count == 0) { // SHN_LORESERVE or more sections: the count is in section 0's sh_size
        Elf64_Shdr first;
        if (!readStruct(image, eh.e_shoff, &first))
            return out;
        count = first.sh_size;
    }
    if (count == 0 || count > ElfBudget::kMaxSections
        || !readTable(image, budget, eh.e_shoff, count * eh.e_shentsize, &table))
        return out;
    std::vector<Elf64_Shdr> sections(static_cast<size_t>(count));
    for (size_t i = 0; i < sections.size(); ++i)
        std::memcpy(&sections[i], table.constData() + i * eh.e_shentsize, sizeof(Elf64_Shdr));
    QByteArray symbols;
    QByteArray names;
    std::set<std::pair<quint64, quint64>> seen; // tables read already (a hostile image repeats one)
    for (const Elf64_Shdr& sh : sections) {
        if (budget.symbols == 0)
            break;
        if ((sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) || sh.sh_link >= count
            || sh.sh_entsize != sizeof(Elf64_Sym) || sections[sh.sh_link].sh_type != SHT_STRTAB
            || !seen.insert({ sh.sh_offset, sh.sh_size }).second)
            continue;
        const Elf64_Shdr& strings = sections[sh.sh_link];
        const quint64 symbolBytes = sh.sh_size - sh.sh_size % sizeof(Elf64_Sym);
        if (!readTable(image, budget, sh.sh_offset, symbolBytes, &symbols)
            || !readTable(image, budget, strings.sh_offset, strings.sh_size, &names))
            continue;
        for (quint64 off = 0; off < symbolBytes && budget.symbols > 0; off += sizeof(Elf64_Sym)) {
            Elf64_Sym sym;
            std::memcpy(&sym, symbols.constData() + off, sizeof sym);
            const int type = ELF64_ST_TYPE(sym.st_info);
            if ((type != STT_FUNC && type != STT_OBJECT && type != STT_GNU_IFUNC) || sym.st_shndx == SHN_UNDEF
                || sym.st_name >= quint64(names.size()))
                continue;
            const char* name = names.constData() + sym.st_name;
            const size_t length = strnlen(
                name, size_t(std::min<quint64>(quint64(names.size()) - sym.st_name, ElfBudget::kMaxNameBytes)));
            if (length > budget.nameBytes) {
                budget.symbols = 0; // out of room for names: no more symbols anywhere
                break;
            }
            budget.nameBytes -= length;
            --budget.symbols;
            out.symbols.push_back({ printableName(name, length), demangledName(name, length, budget), sym.st_value,
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
    // find() matches a symbol by its name as the file holds it and by its demangled name, and
    // describe() prints either (--mangled). A name two symbols answer to (static functions of two
    // source files, memcpy in two versions, a crafted _Z9_ZN1A1fEv demangling to another's raw
    // name): find() takes the first (the lowest value), so describe() names only that one.
    std::vector<std::pair<QStringView, quint64>> keys;
    keys.reserve(out.symbols.size() * 2);
    for (const ElfSymbol& symbol : out.symbols) {
        if (symbol.absolute)
            continue; // never found
        keys.emplace_back(symbol.name, symbol.value);
        if (!symbol.demangled.isEmpty() && symbol.demangled != symbol.name)
            keys.emplace_back(symbol.demangled, symbol.value);
    }
    std::sort(keys.begin(), keys.end(), [](const auto& x, const auto& y) {
        const int c = x.first.compare(y.first);
        return c != 0 ? c < 0 : x.second < y.second;
    });
    const auto firstNotBelow = [&](QStringView name) {
        return std::lower_bound(
            keys.begin(), keys.end(), name, [](const auto& key, QStringView n) { return key.first.compare(n) < 0; });
    };
    const auto readsBack = [&](const QString& name, quint64 value) {
        const auto it = firstNotBelow(name);
        if (it == keys.end() || it->first != name || it->second != value)
            return false;
        // "f+0x10" would read back as a symbol named so (a hostile file may hold one): f is not named.
        const QString longer = name + QStringLiteral("+0x");
        const auto l = firstNotBelow(longer);
        return l == keys.end() || !l->first.startsWith(longer);
    };
    for (ElfSymbol& symbol : out.symbols) {
        symbol.ambiguous = !symbol.absolute
            && (!readsBack(symbol.name, symbol.value)
                || (!symbol.demangled.isEmpty() && !readsBack(symbol.demangled, symbol.value)));
    }
    return out;
}

SymbolIndex SymbolIndex::build(MemorySource& source, const std::vector<Region>& regions, const FileOpener& openFile)
{
    SymbolIndex index;
    ElfBudget budget = indexBudget();
    std::map<QString, Module> byPath;
    // One parse per file, whatever names it is mapped under; failures are remembered too.
    std::map<std::pair<quint64, quint64>, std::shared_ptr<const ElfImage>> byFile; // (device, inode)
    for (const Region& r : regions) {
        const bool vdso = r.kind == RegionKind::Vdso;
        if (!vdso && !r.isFileBacked())
            continue;
        const QString key = vdso ? QStringLiteral("[vdso]") : r.path;
        auto [it, fresh] = byPath.try_emplace(key);
        Module& m = it->second;
        if (fresh) {
            m.name = vdso ? key : QString(r.fileName()).replace(u'\n', QStringLiteral("\\012")); // as the maps print it
            m.range = r.range;
        } else {
            m.range.start = std::min(m.range.start, r.range.start);
            m.range.end = std::max(m.range.end, r.range.end);
        }
        if (!fresh || (!vdso && r.offset != 0))
            continue; // parsed once, from the mapping of its first page
        std::shared_ptr<const ElfImage> image;
        if (vdso) {
            QByteArray bytes(qsizetype(std::min(r.range.size(), kMaxVdsoBytes)), Qt::Uninitialized);
            if (!source.read(r.range.start, std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size()))))
                     .complete())
                continue;
            if (auto parsed = parseElf(ViewBytes(bytes), budget))
                image = std::make_shared<const ElfImage>(std::move(*parsed));
        } else {
            const auto file = std::make_pair((quint64(r.devMajor) << 32) | r.devMinor, r.inode);
            if (auto cached = byFile.find(file); cached != byFile.end()) {
                image = cached->second;
            } else if (openFile) {
                if (const std::unique_ptr<ImageBytes> bytes = openFile(r)) {
                    if (auto parsed = parseElf(*bytes, budget))
                        image = std::make_shared<const ElfImage>(std::move(*parsed));
                }
                byFile.emplace(file, image);
            }
        }
        if (!image)
            continue;
        m.image = std::move(image);
        m.bias = r.range.start - (m.image->loadVaddr & ~quint64(0xfff));
    }
    std::map<QString, int> names;
    for (const auto& [path, m] : byPath)
        ++names[m.name];
    for (auto& [path, m] : byPath) {
        m.ambiguous = names[m.name] > 1 || !readsAsModule(m.name);
        index.m_modules.push_back(std::move(m));
    }
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
    Hit hit { m.name, nullptr, address - m.range.start, m.image ? m.image->machine : 0, &m };
    if (!m.image)
        return hit;
    const quint64 value = address - m.bias;
    const auto& syms = m.image->symbols;
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

QString SymbolIndex::describe(Address address, bool mangled) const
{
    const auto hit = lookup(address);
    if (!hit)
        return {};
    // Concatenated, never arg() after arg(): a name holding "%1" would take the next argument.
    if (!hit->symbol || hit->symbol->ambiguous || hit->owner->ambiguous)
        return hit->module + QStringLiteral("+0x") + QString::number(address - hit->owner->range.start, 16);
    const QString& name = mangled ? hit->symbol->name : hit->symbol->displayName();
    const QString symbol = hit->module + u'!' + name;
    return hit->offset == 0 ? symbol : symbol + QStringLiteral("+0x") + QString::number(hit->offset, 16);
}

QString SymbolIndex::mangledName(Address address) const
{
    const auto hit = lookup(address);
    return hit && hit->symbol && !hit->symbol->demangled.isEmpty() ? hit->symbol->name : QString();
}

std::optional<Address> SymbolIndex::findIn(QStringView module, QStringView name, bool exact) const
{
    if (name.isEmpty())
        return std::nullopt;
    for (const Module& m : m_modules) {
        if (!m.image || (!module.isEmpty() && m.name != module))
            continue;
        for (const ElfSymbol& s : m.image->symbols) {
            if (s.absolute)
                continue;
            // Without the parameter list: "ns::f" for "ns::f(int)" -- not for the compiler's parts
            // of it ("ns::f(int) [clone .cold]"), which only their full name finds.
            const bool match = exact
                ? (s.name == name || s.demangled == name)
                : (s.function && s.demangled.size() > name.size() && s.demangled.startsWith(name)
                    && s.demangled[name.size()] == u'(' && !s.demangled.contains(QLatin1StringView(" [clone ")));
            if (match)
                return s.value + m.bias;
        }
    }
    return std::nullopt;
}

std::optional<Address> SymbolIndex::find(QStringView text) const
{
    // "module!name" at the first '!' whose prefix names a mapped module (an operator! holds one
    // too); the name alone only where none does: a target's file may hold a symbol named
    // "liby.so!helper+0x4", which must not stand for liby.so's helper+0x4. An exact name before
    // one without its parameter list.
    for (qsizetype bang = text.indexOf(u'!'); bang > 0; bang = text.indexOf(u'!', bang + 1)) {
        const QStringView module = text.first(bang);
        if (std::none_of(m_modules.begin(), m_modules.end(), [&](const Module& m) { return m.name == module; }))
            continue;
        if (auto a = findIn(module, text.mid(bang + 1), true))
            return a;
        return findIn(module, text.mid(bang + 1), false);
    }
    if (auto a = findIn({}, text, true))
        return a;
    return findIn({}, text, false);
}

std::optional<Address> SymbolIndex::resolve(QStringView text) const
{
    text = text.trimmed();
    if (auto a = find(text))
        return a;
    // NAME+OFFSET, the offset after the last '+' first ("operator+" holds one of its own).
    for (qsizetype plus = text.lastIndexOf(u'+'); plus > 0; plus = text.lastIndexOf(u'+', plus - 1)) {
        const QStringView offsetText = text.mid(plus + 1).trimmed();
        bool ok = false;
        const quint64 offset = offsetText.startsWith(u"0x", Qt::CaseInsensitive)
            ? offsetText.mid(2).toULongLong(&ok, 16)
            : offsetText.toULongLong(&ok, 10);
        if (!ok || offsetText.isEmpty() || offsetText.front() == u'+' || offsetText.front() == u'-')
            continue;
        if (const auto a = find(text.first(plus).trimmed()); a && offset <= ~quint64(0) - *a)
            return *a + offset;
    }
    return std::nullopt;
}

} // namespace procglass
