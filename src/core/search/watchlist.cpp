// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/watchlist.h"

#include "core/io/privatefile.h"
#include "core/io/safeopen.h"
#include "core/search/pattern.h"
#include "core/search/searchengine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QScopeGuard>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

// The mapping that holds address, or null.
const Region* regionAt(const std::vector<Region>& regions, Address address)
{
    auto it = std::upper_bound(
        regions.begin(), regions.end(), address, [](Address a, const Region& r) { return a < r.range.start; });
    if (it == regions.begin())
        return nullptr;
    --it;
    return it->range.contains(address) ? &*it : nullptr;
}

// The file a mapping belongs to: its own path, or -- for the anonymous .bss mapping the loader
// places right after an image's data -- the image's. Empty for anonymous memory, [heap], stacks.
QString moduleOf(const std::vector<Region>& regions, const Region& region)
{
    if (region.isFileBacked() && !region.deleted)
        return region.path;
    if (region.segment == ImageSegment::Bss && !region.isFileBacked()) {
        const auto index = size_t(&region - regions.data());
        if (index > 0 && regions[index - 1].isFileBacked() && !regions[index - 1].deleted
            && regions[index - 1].range.end == region.range.start)
            return regions[index - 1].path;
    }
    return {};
}

// Where the module's first mapping starts, or nothing when it is not mapped.
std::optional<Address> moduleBase(const std::vector<Region>& regions, const QString& module)
{
    for (const Region& r : regions) {
        if (r.isFileBacked() && !r.deleted && r.path == module)
            return r.range.start; // sorted by address: the first is the lowest
    }
    return std::nullopt;
}

constexpr qsizetype kMaxFileBytes = 4 * 1024 * 1024;
constexpr qsizetype kMaxEntries = 10000;
constexpr qsizetype kMaxDescription = 1000;
constexpr qsizetype kMaxModule = 4096;
constexpr int kFormatVersion = 1;
const char kFormatName[] = "procglass-watch-list";

QString kindName(const ScanValueType& t)
{
    switch (t.kind) {
    case ScanValueType::Kind::Float:
        return QStringLiteral("float");
    case ScanValueType::Kind::Double:
        return QStringLiteral("double");
    case ScanValueType::Kind::Integer:
        break;
    }
    return QStringLiteral("integer");
}

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

bool parseHexNumber(const QJsonValue& v, quint64* out)
{
    if (!v.isString())
        return false;
    const QString s = v.toString();
    if (s.size() > 18 || !s.startsWith(QLatin1String("0x")))
        return false;
    bool ok = false;
    *out = s.mid(2).toULongLong(&ok, 16);
    return ok;
}

} // namespace

WatchEntry WatchList::entryFor(Address address, ScanValueType type, const std::vector<Region>& regions)
{
    WatchEntry e;
    e.address = address;
    e.type = type;
    const Region* region = regionAt(regions, address);
    if (!region)
        return e;
    const QString module = moduleOf(regions, *region);
    if (module.isEmpty())
        return e;
    const std::optional<Address> base = moduleBase(regions, module);
    if (!base || *base > address)
        return e;
    e.module = module;
    e.moduleOffset = address - *base;
    return e;
}

std::optional<Address> WatchList::resolve(const WatchEntry& entry, const std::vector<Region>& regions)
{
    if (entry.module.isEmpty())
        return entry.address;
    const std::optional<Address> base = moduleBase(regions, entry.module);
    if (!base || entry.moduleOffset > ~quint64(0) - *base)
        return std::nullopt;
    const Address at = *base + entry.moduleOffset;
    // Only where that module (or its .bss) lies now: another build of the file may be shorter.
    const Region* region = regionAt(regions, at);
    if (!region || moduleOf(regions, *region) != entry.module)
        return std::nullopt;
    return at;
}

Error WatchList::save(const std::vector<WatchEntry>& entries, const QString& path, bool overwrite)
{
    QJsonArray list;
    for (const WatchEntry& e : entries) {
        QJsonObject o;
        o.insert(QStringLiteral("description"), e.description);
        o.insert(QStringLiteral("address"), hex(e.address));
        QJsonObject type;
        type.insert(QStringLiteral("kind"), kindName(e.type));
        type.insert(QStringLiteral("bytes"), e.type.size());
        type.insert(QStringLiteral("signed"), e.type.isSigned);
        type.insert(QStringLiteral("bigEndian"), e.type.bigEndian);
        o.insert(QStringLiteral("type"), type);
        if (!e.module.isEmpty()) {
            o.insert(QStringLiteral("module"), e.module);
            o.insert(QStringLiteral("offset"), hex(e.moduleOffset));
        }
        if (e.frozen) {
            o.insert(QStringLiteral("frozen"), true);
            o.insert(QStringLiteral("frozenValue"), QString::fromLatin1(e.frozenValue.toHex()));
        }
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormatName));
    root.insert(QStringLiteral("version"), kFormatVersion);
    root.insert(QStringLiteral("entries"), list);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return writePrivateFile(path, overwrite, [&](QIODevice& out) { return out.write(json) == json.size(); });
}

Result<std::vector<WatchEntry>> WatchList::load(const QString& path)
{
    struct stat st
    {
    };
    Error error;
    const int fd = openRegularFile(path, &st, &error);
    if (fd < 0)
        return error;
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    if (st.st_size > kMaxFileBytes)
        return makeError(ErrorKind::Parse,
            tr("%1 is not a watch list saved by Procglass: it is %2 bytes long, and a watch list is at most %3.")
                .arg(path)
                .arg(qint64(st.st_size))
                .arg(kMaxFileBytes));
    // Read at most one byte more than the limit: a file that grew after fstat is refused too.
    QByteArray bytes(kMaxFileBytes + 1, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::read(fd, bytes.data() + got, size_t(bytes.size() - got));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorKind::Io,
                tr("Could not read %1: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errno))), errno);
        if (n == 0)
            break;
        got += n;
    }
    if (got > kMaxFileBytes)
        return makeError(ErrorKind::Parse,
            tr("%1 is not a watch list saved by Procglass: it is longer than %2 bytes.").arg(path).arg(kMaxFileBytes));
    bytes.truncate(got);
    return fromJson(bytes, path);
}

Result<std::vector<WatchEntry>> WatchList::fromJson(QByteArrayView json, const QString& name)
{
    const QString what = name.isEmpty() ? tr("The data") : name;
    const auto bad = [&](const QString& why) {
        return makeError(
            ErrorKind::Parse, tr("%1 is not a watch list saved by Procglass (%2). Nothing was loaded.").arg(what, why));
    };
    if (json.size() > kMaxFileBytes)
        return bad(tr("it is longer than %1 bytes").arg(kMaxFileBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return bad(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return bad(tr("its format is not \"%1\"").arg(QLatin1String(kFormatName)));
    if (root.value(QStringLiteral("version")).toInt(-1) != kFormatVersion)
        return bad(tr("it is of version %1; this Procglass reads version %2")
                       .arg(root.value(QStringLiteral("version")).toInt(-1))
                       .arg(kFormatVersion));
    const QJsonValue listValue = root.value(QStringLiteral("entries"));
    if (!listValue.isArray())
        return bad(tr("it has no list of entries"));
    const QJsonArray list = listValue.toArray();
    if (list.size() > kMaxEntries)
        return bad(tr("it has %1 entries, more than the %2 a watch list may have").arg(list.size()).arg(kMaxEntries));
    std::vector<WatchEntry> out;
    out.reserve(size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const auto badEntry = [&](const QString& why) { return bad(tr("entry %1: %2").arg(i + 1).arg(why)); };
        WatchEntry e;
        const QJsonValue description = o.value(QStringLiteral("description"));
        if (!description.isUndefined() && !description.isString())
            return badEntry(tr("its description is not text"));
        e.description = description.toString();
        if (e.description.size() > kMaxDescription)
            return badEntry(tr("its description is longer than %1 characters").arg(kMaxDescription));
        if (!parseHexNumber(o.value(QStringLiteral("address")), &e.address))
            return badEntry(tr("its address is not a hexadecimal number like 0x7f00"));
        const QJsonObject type = o.value(QStringLiteral("type")).toObject();
        const QString kind = type.value(QStringLiteral("kind")).toString();
        const int bytes = type.value(QStringLiteral("bytes")).toInt(-1);
        const QJsonValue isSigned = type.value(QStringLiteral("signed"));
        const QJsonValue bigEndian = type.value(QStringLiteral("bigEndian"));
        if (!isSigned.isBool() || !bigEndian.isBool())
            return badEntry(tr("its type does not say whether it is signed and big endian"));
        e.type.isSigned = isSigned.toBool();
        e.type.bigEndian = bigEndian.toBool();
        if (kind == QLatin1String("integer") && (bytes == 1 || bytes == 2 || bytes == 4 || bytes == 8)) {
            e.type.kind = ScanValueType::Kind::Integer;
            e.type.bytes = bytes;
        } else if (kind == QLatin1String("float") && bytes == 4) {
            e.type.kind = ScanValueType::Kind::Float;
        } else if (kind == QLatin1String("double") && bytes == 8) {
            e.type.kind = ScanValueType::Kind::Double;
            e.type.bytes = 8;
        } else {
            return badEntry(tr("its type is not an integer of 1, 2, 4 or 8 bytes, a float or a double"));
        }
        if (e.address > ~quint64(0) - quint64(e.type.size()))
            return badEntry(tr("its value would end beyond the last address"));
        const QJsonValue module = o.value(QStringLiteral("module"));
        if (!module.isUndefined()) {
            if (!module.isString() || module.toString().isEmpty() || module.toString().size() > kMaxModule
                || !module.toString().startsWith(u'/'))
                return badEntry(tr("its module is not the path of a file"));
            e.module = module.toString();
            if (!parseHexNumber(o.value(QStringLiteral("offset")), &e.moduleOffset))
                return badEntry(tr("its module offset is not a hexadecimal number like 0x40"));
        }
        const QJsonValue frozen = o.value(QStringLiteral("frozen"));
        if (!frozen.isUndefined() && !frozen.isBool())
            return badEntry(tr("\"frozen\" is neither true nor false"));
        if (frozen.toBool()) {
            const QString value = o.value(QStringLiteral("frozenValue")).toString();
            if (value.size() != 2 * e.type.size())
                return badEntry(tr("its frozen value is not %1 bytes in hexadecimal").arg(e.type.size()));
            const QByteArray raw = QByteArray::fromHex(value.toLatin1());
            if (raw.size() != e.type.size() || raw.toHex() != value.toLower().toLatin1())
                return badEntry(tr("its frozen value is not %1 bytes in hexadecimal").arg(e.type.size()));
            e.frozen = true;
            e.frozenValue = raw;
        }
        out.push_back(std::move(e));
    }
    return out;
}

quint64 decodeValue(QByteArrayView bytes, const ScanValueType& type)
{
    // The scans' own decoding: one definition of byte order and width.
    if (bytes.size() < type.size())
        return 0;
    return ScanTest::decode(reinterpret_cast<const std::byte*>(bytes.data()), type);
}

QString formatRaw(quint64 raw, const ScanValueType& type)
{
    HitSet one(type);
    one.add(0, raw);
    return one.valueText(0);
}

QString formatValue(QByteArrayView bytes, const ScanValueType& type)
{
    if (bytes.size() < type.size())
        return {};
    return formatRaw(decodeValue(bytes, type), type);
}

Result<QByteArray> parseValue(QStringView text, const ScanValueType& type)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return makeError(
            ErrorKind::InvalidArgument, WatchList::tr("Write a value: a number like 42, -7, 0x2a or 3.5."));
    if (type.kind == ScanValueType::Kind::Integer) {
        if (t.contains(u".."))
            return makeError(
                ErrorKind::InvalidArgument, WatchList::tr("'%1' is a range; a value is one number.").arg(t.toString()));
        // The search's own parser: decimal, 0x hex, negative, the same range checks and words.
        auto pattern = SearchPattern::integer(t, type.bytes * 8, type.isSigned, type.bigEndian);
        if (!pattern)
            return pattern.error();
        // A single value's pattern is its bytes in the target's order (no mask).
        QByteArray out(type.bytes, '\0');
        bool negative = t.startsWith(u'-');
        QStringView digits = negative || t.startsWith(u'+') ? t.mid(1) : t;
        bool ok = false;
        const quint64 magnitude = digits.startsWith(u"0x", Qt::CaseInsensitive) ? digits.mid(2).toULongLong(&ok, 16)
                                                                                : digits.toULongLong(&ok, 10);
        if (!ok)
            return makeError(ErrorKind::InvalidArgument,
                WatchList::tr("'%1' is not an integer: write it in decimal (-42) or hexadecimal (0x2a).")
                    .arg(t.toString()));
        const quint64 bits = negative ? quint64(0) - magnitude : magnitude;
        for (int i = 0; i < type.bytes; ++i) {
            const int shift = type.bigEndian ? (type.bytes - 1 - i) * 8 : i * 8;
            out[i] = char((bits >> shift) & 0xff);
        }
        return out;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return makeError(ErrorKind::InvalidArgument,
            WatchList::tr("'%1' is not a number: write it like 3.14 or -2.5e3.").arg(t.toString()));
    if (type.kind == ScanValueType::Kind::Float) {
        if (std::fabs(v) > double(std::numeric_limits<float>::max()))
            return makeError(
                ErrorKind::InvalidArgument, WatchList::tr("%1 does not fit in a float.").arg(t.toString()));
        const float f = float(v);
        return QByteArray(reinterpret_cast<const char*>(&f), 4);
    }
    return QByteArray(reinterpret_cast<const char*>(&v), 8);
}

} // namespace procglass
