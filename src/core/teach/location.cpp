// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/teach/location.h"

#include "core/code/elfsymbols.h"
#include "core/parse/addressspec.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace procglass {

namespace {

QString hexAddress(Address a)
{
    return QStringLiteral("0x%1").arg(a, 0, 16);
}

bool allHexDigits(QStringView s)
{
    return std::all_of(
        s.begin(), s.end(), [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); });
}

// A name that the parser reads as a name and nothing else: not an address (0x..., bare hex
// digits), not the anonymous form, not a symbol (a '!'), not cut by the parser's trimming.
bool readsAsName(QStringView name)
{
    return !name.isEmpty() && name.trimmed().size() == name.size() && !name.startsWith(u"0x", Qt::CaseInsensitive)
        && !name.startsWith(kAnonymousPrefix, Qt::CaseInsensitive) && !name.contains(u'!') && name.front() != u'+'
        && !allHexDigits(name);
}

std::u16string_view u16(QStringView s)
{
    return { s.utf16(), size_t(s.size()) };
}

// Region::fileName() without allocating: the last path component.
QStringView fileNameOf(const Region& r)
{
    const QStringView path(r.path);
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.sliced(slash + 1);
}

} // namespace

// Every name the parser takes for a mapping (its path; a file's last component), indexed once, so
// that working out a mapping's base costs lookups, not passes over all the mappings. Views into
// the regions' paths: the regions outlive it unchanged (as LocationFormatter requires).
class LocationNames
{
public:
    explicit LocationNames(const std::vector<Region>& regions)
        : m_regions(regions)
    {
        const size_t n = regions.size();
        m_byPath.reserve(n);
        m_byFileName.reserve(n);
        m_sorted.reserve(2 * n);
        for (size_t i = 0; i < n; ++i) {
            const Region& r = regions[i];
            if (r.path.isEmpty())
                continue;
            m_byPath.try_emplace(u16(r.path), i);
            m_sorted.push_back(u16(r.path));
            if (r.isFileBacked()) {
                m_byFileName.try_emplace(u16(fileNameOf(r)), i);
                m_sorted.push_back(u16(fileNameOf(r)));
            }
        }
        std::sort(m_sorted.begin(), m_sorted.end());
        m_sorted.erase(std::unique(m_sorted.begin(), m_sorted.end()), m_sorted.end());
        // Where each run of mappings of one path without a gap between them ends.
        m_runEnd.resize(n);
        for (size_t i = n; i-- > 0;)
            m_runEnd[i] = continues(i, regions[i].path) ? m_runEnd[i + 1] : i;
    }

    // The first mapping the parser takes name for (path, or a file's last component), or -1.
    [[nodiscard]] qsizetype firstNamed(QStringView name) const
    {
        const auto byPath = m_byPath.find(u16(name));
        const auto byFileName = m_byFileName.find(u16(name));
        size_t first = byPath == m_byPath.end() ? m_regions.size() : byPath->second;
        if (byFileName != m_byFileName.end())
            first = std::min(first, byFileName->second);
        return first < m_regions.size() ? qsizetype(first) : -1;
    }

    // Whether "NAME+0x..." could read as a longer mapped name ("libc.so.6+0x10" is a file's name
    // too). Only a name that is exactly the printed text can: the parser tries the whole text as a
    // name first, then the '+' before the offset (no '+' inside NAME leaves a number after it).
    [[nodiscard]] bool longerNameExists(QStringView name) const
    {
        const QString prefix = name.toString() + QStringLiteral("+0x");
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), u16(prefix));
        return it != m_sorted.end() && it->starts_with(u16(prefix));
    }

    // The last mapping of path that follows regions[first] without a gap, each after the one before.
    [[nodiscard]] size_t runEnd(size_t first, const QString& path) const
    {
        return continues(first, path) ? m_runEnd[first + 1] : first;
    }

private:
    // Whether the mapping after regions[i] is of path and starts where regions[i] ends.
    [[nodiscard]] bool continues(size_t i, const QString& path) const
    {
        return i + 1 < m_regions.size() && m_regions[i + 1].path == path
            && m_regions[i + 1].range.start == m_regions[i].range.end;
    }

    const std::vector<Region>& m_regions;
    std::unordered_map<std::u16string_view, size_t> m_byPath; // to the first mapping of each path
    std::unordered_map<std::u16string_view, size_t> m_byFileName; // of file mappings only
    std::vector<std::u16string_view> m_sorted; // every path and file name, in code unit order
    std::vector<size_t> m_runEnd;
};

namespace {

LocationBase baseOf(const std::vector<Region>& regions, size_t index, const LocationNames& names)
{
    const Region& r = regions[index];
    const LocationBase anonymous { QString(), r.range.start, false };
    if (r.path.isEmpty())
        return anonymous;
    if (r.isFileBacked()) {
        // Counted from the file's first mapping (its load base, as gdb and perf count), by its
        // file name where that names this file alone, else by its path, else not at all.
        for (const QStringView name : { fileNameOf(r), QStringView(r.path) }) {
            if (!readsAsName(name) || names.longerNameExists(name))
                continue;
            const qsizetype first = names.firstNamed(name);
            if (first >= 0 && regions[size_t(first)].path == r.path
                && regions[size_t(first)].range.start <= r.range.start)
                return { name.toString(), regions[size_t(first)].range.start, false };
        }
        return { QString(), 0, true };
    }
    // [heap], [stack], [vdso], [anon:name]: only within the first mapping of the name (and those
    // that continue it without a gap); a second [anon:name] elsewhere is anonymous memory.
    const qsizetype first = names.firstNamed(r.path);
    if (first < 0 || !readsAsName(r.path) || names.longerNameExists(r.path))
        return anonymous;
    const size_t last = names.runEnd(size_t(first), r.path);
    if (index < size_t(first) || index > last)
        return anonymous;
    return { r.path, regions[size_t(first)].range.start, false };
}

} // namespace

LocationBase locationBase(const std::vector<Region>& regions, size_t index)
{
    return baseOf(regions, index, LocationNames(regions));
}

QString formatLocation(Address address, const LocationBase& base)
{
    if (base.absolute || address < base.base)
        return hexAddress(address);
    // Concatenated, never arg() after arg(): a name holding "%1" would take the next argument.
    const QString offset = QStringLiteral("+0x") + QString::number(address - base.base, 16);
    if (base.name.isEmpty())
        return kAnonymousPrefix.toString() + QString::number(base.base, 16) + offset;
    return base.name + offset;
}

QString formatLocation(Address address, const std::vector<Region>& regions)
{
    const qsizetype i = findRegion(regions, address);
    return i < 0 ? hexAddress(address) : formatLocation(address, locationBase(regions, size_t(i)));
}

QString formatLocation(Address address, const std::vector<Region>& regions, const SymbolIndex* symbols)
{
    LocationFormatter formatter(&regions);
    return formatter.format(address, symbols ? symbols->describe(address) : QString());
}

void LocationFormatter::reset(const std::vector<Region>* regions)
{
    m_regions = regions;
    m_known.clear();
    m_bases.clear();
    m_names.reset();
    m_bangChecked = false;
}

QString LocationFormatter::format(Address address) const
{
    if (!m_regions)
        return hexAddress(address);
    const qsizetype i = findRegion(*m_regions, address);
    if (i < 0)
        return hexAddress(address);
    if (m_known.size() != m_regions->size()) {
        m_known.assign(m_regions->size(), 0);
        m_bases.assign(m_regions->size(), {});
        m_names.reset();
    }
    if (!m_known[size_t(i)]) {
        if (!m_names)
            m_names = std::make_shared<const LocationNames>(*m_regions);
        m_bases[size_t(i)] = baseOf(*m_regions, size_t(i), *m_names);
        m_known[size_t(i)] = 1;
    }
    return formatLocation(address, m_bases[size_t(i)]);
}

QString LocationFormatter::format(Address address, const QString& symbolText) const
{
    if (symbolText.contains(u'!') && m_regions) {
        // Every reading of "module!symbol+0x10" as a mapping's name holds the '!': without one in
        // any name, the text can only be read as the symbol.
        if (!m_bangChecked) {
            m_bangInNames = std::any_of(
                m_regions->begin(), m_regions->end(), [](const Region& r) { return r.path.contains(u'!'); });
            m_bangChecked = true;
        }
        if (!m_bangInNames)
            return symbolText;
    }
    return format(address);
}

} // namespace procglass
