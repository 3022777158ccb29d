#include "core/search/watchlist.h"

namespace procglass {

// Placeholders until the watch list lands (issue 18).
WatchEntry WatchList::entryFor(Address address, ScanValueType type, const std::vector<Region>&)
{
    WatchEntry e;
    e.address = address;
    e.type = type;
    return e;
}

std::optional<Address> WatchList::resolve(const WatchEntry& entry, const std::vector<Region>&)
{
    return entry.address;
}

Error WatchList::save(const std::vector<WatchEntry>&, const QString&, bool)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Watch lists are not saved yet."));
}

Result<std::vector<WatchEntry>> WatchList::load(const QString&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Watch lists are not read yet."));
}

Result<std::vector<WatchEntry>> WatchList::fromJson(QByteArrayView, const QString&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Watch lists are not read yet."));
}

QString formatValue(QByteArrayView, const ScanValueType&)
{
    return {};
}

Result<QByteArray> parseValue(QStringView, const ScanValueType&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Values are not parsed yet."));
}

} // namespace procglass
