// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/addressspec.h"
#include "core/code/elfsymbols.h"
#include "core/model/tr.h"
#include "core/teach/location.h"

#include <QCoreApplication>

namespace procglass {

namespace {

bool parseUnsigned(QStringView text, quint64* value)
{
    bool ok = false;
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        *value = text.mid(2).toULongLong(&ok, 16);
    else
        *value = text.toULongLong(&ok, 10);
    return ok && !text.isEmpty() && text.front() != u'+' && text.front() != u'-';
}
} // namespace

Result<quint64> parseNumber(QStringView text, const QString& what)
{
    quint64 v = 0;
    if (!parseUnsigned(text.trimmed(), &v))
        return makeError(ErrorKind::InvalidArgument,
            tr("%1 '%2' is not a number; write it in decimal (4096) or hexadecimal (0x1000).")
                .arg(what, text.toString()));
    return v;
}

Result<AddressRange> parseAddressRange(QStringView input)
{
    const QStringView text = input.trimmed();
    const qsizetype dash = text.indexOf(u'-');
    const QString why = tr("'%1' is not an address range; write it like 0x7f0000000000-0x7f0000100000.");
    if (dash < 0)
        return makeError(ErrorKind::InvalidArgument, why.arg(text.toString()));
    // Hexadecimal, as /proc/PID/maps writes ranges: the 0x is optional.
    auto end = [](QStringView part, quint64* value) {
        part = part.trimmed();
        if (part.startsWith(u"0x", Qt::CaseInsensitive))
            part = part.mid(2);
        bool ok = false;
        *value = part.toULongLong(&ok, 16);
        return ok && !part.isEmpty();
    };
    AddressRange range;
    if (!end(text.first(dash), &range.start) || !end(text.mid(dash + 1), &range.end))
        return makeError(ErrorKind::InvalidArgument, why.arg(text.toString()));
    if (range.end <= range.start)
        return makeError(ErrorKind::InvalidArgument,
            tr("The range %1 is empty: its end must lie after its start.").arg(text.toString()));
    return range;
}

Result<AddressSpec> parseAddressSpec(QStringView input)
{
    const QStringView text = input.trimmed();
    AddressSpec spec;
    if (text.isEmpty())
        return makeError(ErrorKind::InvalidArgument, tr("The address is empty."));
    if (text.startsWith(u"0x", Qt::CaseInsensitive)) {
        if (!parseUnsigned(text, &spec.address))
            return makeError(ErrorKind::InvalidArgument,
                tr("'%1' is not a hexadecimal address: after 0x only the digits 0-9 and a-f may follow, at most 16 "
                   "of them.")
                    .arg(text.toString()));
        return spec;
    }
    if (text.startsWith(kAnonymousPrefix, Qt::CaseInsensitive)) {
        // anon@START+OFFSET: arithmetic, whatever is mapped now.
        const QStringView rest = text.mid(kAnonymousPrefix.size());
        const qsizetype plus = rest.indexOf(u'+');
        QStringView baseText = (plus < 0 ? rest : rest.first(plus)).trimmed();
        if (baseText.startsWith(u"0x", Qt::CaseInsensitive))
            baseText = baseText.mid(2);
        bool ok = !baseText.isEmpty() && baseText.front() != u'+' && baseText.front() != u'-';
        const quint64 base = ok ? baseText.toULongLong(&ok, 16) : 0;
        quint64 offset = 0;
        if (ok && plus >= 0)
            ok = parseUnsigned(rest.mid(plus + 1).trimmed(), &offset);
        if (!ok)
            return makeError(ErrorKind::InvalidArgument,
                tr("'%1' is not a location in anonymous memory; write it like anon@7f0000000000+0x10 (the start "
                   "of the mapping in hexadecimal, then the offset).")
                    .arg(text.toString()));
        if (offset > ~quint64(0) - base)
            return makeError(ErrorKind::InvalidArgument, tr("The offset runs past the end of the address space."));
        spec.address = base + offset;
        return spec;
    }
    // NAME or NAME+OFFSET. The last '+' is the likeliest start of the offset; resolveAddressSpec
    // tries the longer names too, since a file name may contain '+' signs of its own.
    spec.absolute = false;
    spec.text = text.toString();
    QStringView name = text;
    const qsizetype plus = text.lastIndexOf(u'+');
    if (plus > 0) {
        const QStringView offsetText = text.mid(plus + 1).trimmed();
        if (parseUnsigned(offsetText, &spec.offset)) // else c++.so, or a typo: the mappings will tell
            name = text.first(plus).trimmed();
    }
    spec.name = name.toString();
    return spec;
}

namespace {

const Region* findNamed(QStringView name, const std::vector<Region>& regions)
{
    if (name.isEmpty())
        return nullptr;
    for (const Region& r : regions) {
        if (r.path == name || (r.isFileBacked() && r.fileName() == name))
            return &r;
    }
    return nullptr;
}

} // namespace

Result<Address> resolveAddressSpec(const AddressSpec& spec, const std::vector<Region>& regions)
{
    if (spec.absolute)
        return spec.address;
    const Region* found = nullptr;
    quint64 offset = 0;
    if (spec.text.isEmpty()) {
        found = findNamed(spec.name, regions);
        offset = spec.offset;
    } else {
        // The whole text as a name first, then split at each '+' from the right: longest name first.
        const QStringView text(spec.text);
        found = findNamed(text, regions);
        for (qsizetype plus = text.lastIndexOf(u'+'); !found && plus > 0; plus = text.lastIndexOf(u'+', plus - 1)) {
            if (parseUnsigned(text.mid(plus + 1).trimmed(), &offset))
                found = findNamed(text.first(plus).trimmed(), regions);
        }
        if (!found)
            offset = 0;
    }
    const qsizetype lastPlus = spec.text.lastIndexOf(u'+');
    quint64 unused = 0;
    if (!found && lastPlus > 0 && !parseUnsigned(QStringView(spec.text).mid(lastPlus + 1).trimmed(), &unused))
        return makeError(ErrorKind::InvalidArgument,
            tr("The offset '%1' in '%2' is not a number, and no mapping is named '%2'; write the offset like +0x10 "
               "or +16.")
                .arg(QStringView(spec.text).mid(lastPlus + 1).trimmed().toString(), spec.text));
    if (!found)
        return makeError(ErrorKind::InvalidArgument,
            tr("No mapping is named '%1'. Use a hexadecimal address (0x7f...), a region such as [heap], [stack] or "
               "[vdso], or the file name of a mapped file such as libc.so.6.")
                .arg(spec.name));
    if (offset > ~quint64(0) - found->range.start)
        return makeError(ErrorKind::InvalidArgument, tr("The offset runs past the end of the address space."));
    return found->range.start + offset;
}

Result<std::vector<AddressRange>> resolveRegionSpec(QStringView text, const std::vector<Region>& regions)
{
    const QStringView spec = text.trimmed();
    if (spec.startsWith(u"0x", Qt::CaseInsensitive) || (!spec.isEmpty() && spec[0].isDigit())) {
        auto range = parseAddressRange(spec);
        if (!range)
            return range.error();
        return std::vector<AddressRange> { *range };
    }
    if (spec.startsWith(kAnonymousPrefix, Qt::CaseInsensitive)) {
        // anon@START, as locations name anonymous memory: the mapping that holds START.
        auto start = parseAddressSpec(spec);
        if (!start)
            return start.error();
        const qsizetype i = findRegion(regions, start->address);
        if (i < 0)
            return makeError(ErrorKind::InvalidArgument,
                tr("No mapping holds %1 now; the anon@ names last only as long as the process's mappings do.")
                    .arg(spec.toString()));
        return std::vector<AddressRange> { regions[size_t(i)].range };
    }
    std::vector<AddressRange> out;
    for (const Region& r : regions) {
        if (r.path == spec || (r.isFileBacked() && r.fileName() == spec))
            out.push_back(r.range);
    }
    if (out.empty())
        return makeError(ErrorKind::InvalidArgument,
            tr("No mapping is named '%1'. Use a range (0x7f0000000000-0x7f0000100000), a region such as [heap] or "
               "[stack], the file name of a mapped file such as libc.so.6, or anonymous memory as anon@7f0000000000.")
                .arg(spec.toString()));
    return out;
}

Result<Address> resolveAddress(QStringView text, const std::vector<Region>& regions, const SymbolIndex* symbols)
{
    auto spec = parseAddressSpec(text);
    if (!spec) {
        // A module named 0x1.so or anon@x.so: "0x1.so!helper+0x4" is no address, but a symbol.
        if (symbols && text.contains(u'!')) {
            if (const auto symbol = symbols->resolve(text.trimmed()))
                return *symbol;
        }
        return spec.error();
    }
    auto address = resolveAddressSpec(*spec, regions);
    if (address || !symbols)
        return address;
    if (const auto symbol = symbols->resolve(text.trimmed()))
        return *symbol;
    return makeError(
        address.error().kind, address.error().message + u' ' + tr("Nor is it a symbol of a mapped file or of [vdso]."));
}

} // namespace procglass
