#include "location.h"

#include "addressspec.h"
#include "elfsymbols.h"

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

// The first mapping the parser takes name for (path, or a file's last component), or -1.
qsizetype firstNamed(const std::vector<Region>& regions, QStringView name)
{
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        if (r.path == name || (r.isFileBacked() && r.fileName() == name))
            return qsizetype(i);
    }
    return -1;
}

// Whether "NAME+0x..." could read as a longer mapped name ("libc.so.6+0x10" is a file's name too).
// Only a name that is exactly the printed text can: the parser tries the whole text as a name
// first, then the '+' before the offset (no '+' inside NAME leaves a number after it).
bool longerNameExists(const std::vector<Region>& regions, const QString& name)
{
    const QString prefix = name + QStringLiteral("+0x");
    for (const Region& r : regions) {
        if (r.path.startsWith(prefix) || (r.isFileBacked() && r.fileName().startsWith(prefix)))
            return true;
    }
    return false;
}

} // namespace

LocationBase locationBase(const std::vector<Region>& regions, size_t index)
{
    const Region& r = regions[index];
    const LocationBase anonymous { QString(), r.range.start, false };
    if (r.path.isEmpty())
        return anonymous;
    if (r.isFileBacked()) {
        // Counted from the file's first mapping (its load base, as gdb and perf count), by its
        // file name where that names this file alone, else by its path, else not at all.
        for (const QString& name : { r.fileName(), r.path }) {
            if (!readsAsName(name) || longerNameExists(regions, name))
                continue;
            const qsizetype first = firstNamed(regions, name);
            if (first >= 0 && regions[size_t(first)].path == r.path
                && regions[size_t(first)].range.start <= r.range.start)
                return { name, regions[size_t(first)].range.start, false };
        }
        return { QString(), 0, true };
    }
    // [heap], [stack], [vdso], [anon:name]: only within the first mapping of the name (and those
    // that continue it without a gap); a second [anon:name] elsewhere is anonymous memory.
    const qsizetype first = firstNamed(regions, r.path);
    if (first < 0 || !readsAsName(r.path) || longerNameExists(regions, r.path))
        return anonymous;
    size_t last = size_t(first);
    while (last + 1 < regions.size() && regions[last + 1].path == r.path
        && regions[last + 1].range.start == regions[last].range.end)
        ++last;
    if (index < size_t(first) || index > last)
        return anonymous;
    return { r.path, regions[size_t(first)].range.start, false };
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
    }
    if (!m_known[size_t(i)]) {
        m_bases[size_t(i)] = locationBase(*m_regions, size_t(i));
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
