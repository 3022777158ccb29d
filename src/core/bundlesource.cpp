#include "bundlesource.h"
#include "tr.h"

#include "region.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace procglass {

namespace {

quint64 fromHex(const QJsonValue& v, bool* ok)
{
    QString s = v.toString();
    if (!s.startsWith(QLatin1StringView("0x"))) {
        *ok = false;
        return 0;
    }
    bool good = false;
    const quint64 n = s.mid(2).toULongLong(&good, 16);
    *ok = *ok && good;
    return n;
}

Permissions parsePerms(const QString& s)
{
    Permissions p;
    if (s.size() == 4) {
        p.read = s[0] == u'r';
        p.write = s[1] == u'w';
        p.execute = s[2] == u'x';
        p.shared = s[3] == u's';
    }
    return p;
}

} // namespace

BundleSource::~BundleSource()
{
    for (const Part& p : m_parts) {
        if (p.fd >= 0)
            ::close(p.fd);
    }
}

Result<std::unique_ptr<BundleSource>> BundleSource::open(const QString& directory)
{
    const QString manifestPath = directory + QStringLiteral("/manifest.json");
    QFile file(manifestPath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io,
            tr("%1 is not a Procglass bundle: %2 cannot be opened (%3).")
                .arg(directory, manifestPath, file.errorString()));
    QJsonParseError parseError;
    const QJsonObject m = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || m.value(QStringLiteral("format")).toString() != QLatin1StringView("procglass-bundle"))
        return makeError(ErrorKind::Parse, tr("%1 is not a Procglass bundle manifest.").arg(manifestPath));
    std::unique_ptr<BundleSource> b(new BundleSource);
    b->m_directory = directory;
    b->m_info.pid = m.value(QStringLiteral("pid")).toInteger();
    b->m_info.executable = m.value(QStringLiteral("exe")).toString();
    for (const QJsonValue& a : m.value(QStringLiteral("command_line")).toArray())
        b->m_info.commandLine << a.toString();
    b->m_info.time = QDateTime::fromString(m.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    // The process's texts as they were; bundles older than auxv and status simply lack them.
    for (const auto& [name, bytes] : { std::pair { QStringLiteral("/maps"), &b->m_info.maps },
             std::pair { QStringLiteral("/auxv"), &b->m_info.auxv },
             std::pair { QStringLiteral("/status"), &b->m_info.status } }) {
        QFile text(directory + name);
        if (text.open(QIODevice::ReadOnly))
            *bytes = text.readAll();
    }
    const QJsonArray regions = m.value(QStringLiteral("regions")).toArray();
    for (const QJsonValue& v : regions) {
        const QJsonObject o = v.toObject();
        bool ok = true;
        Part p;
        p.region.range
            = { fromHex(o.value(QStringLiteral("start")), &ok), fromHex(o.value(QStringLiteral("end")), &ok) };
        p.region.offset = fromHex(o.value(QStringLiteral("offset")), &ok);
        p.region.perms = parsePerms(o.value(QStringLiteral("perms")).toString());
        const QStringList dev = o.value(QStringLiteral("device")).toString().split(u':');
        if (dev.size() == 2) {
            p.region.devMajor = dev[0].toUInt(nullptr, 16);
            p.region.devMinor = dev[1].toUInt(nullptr, 16);
        }
        p.region.inode = quint64(o.value(QStringLiteral("inode")).toInteger());
        p.region.path = o.value(QStringLiteral("path")).toString();
        p.region.deleted = o.value(QStringLiteral("deleted")).toBool();
        RegionKind kind = RegionKind::Anonymous;
        ok = ok && regionKindFromId(o.value(QStringLiteral("kind")).toString(), &kind);
        p.region.kind = kind;
        for (const QJsonValue& u : o.value(QStringLiteral("unreadable")).toArray()) {
            const QJsonArray pair = u.toArray();
            p.unreadable.push_back({ fromHex(pair.at(0), &ok), fromHex(pair.at(1), &ok) });
        }
        if (!ok || p.region.range.isEmpty()
            || (!b->m_parts.empty() && p.region.range.start < b->m_parts.back().region.range.end))
            return makeError(ErrorKind::Parse, tr("%1: a region's entry is damaged.").arg(manifestPath));
        const QString name = o.value(QStringLiteral("file")).toString();
        if (!name.isEmpty()) {
            if (name.contains(u'/'))
                return makeError(ErrorKind::Parse, tr("%1: a region's file name is damaged.").arg(manifestPath));
            const QString path = directory + u'/' + name;
            p.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
            if (p.fd < 0)
                return makeError(ErrorKind::Io,
                    tr("The bundle's file %1 cannot be opened: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
            if (QFileInfo(path).size() != qint64(p.region.range.size())) {
                ::close(p.fd);
                return makeError(
                    ErrorKind::Parse, tr("The bundle's file %1 does not have the size of its region.").arg(path));
            }
        }
        b->m_parts.push_back(std::move(p));
    }
    return b;
}

Result<std::vector<Region>> BundleSource::regions()
{
    std::vector<Region> out;
    out.reserve(m_parts.size());
    for (const Part& p : m_parts)
        out.push_back(p.region);
    return out;
}

ReadResult BundleSource::read(Address address, std::span<std::byte> out)
{
    ReadResult result;
    if ((result.error = validateReadRange(address, out.size())))
        return result;
    if (out.empty())
        return result;
    std::memset(out.data(), 0, out.size());
    const AddressRange want { address, address + out.size() };
    Address a = address;
    // Parts are sorted: walk the ones that intersect, marking gaps and holes unreadable.
    auto it = std::upper_bound(
        m_parts.begin(), m_parts.end(), address, [](Address x, const Part& p) { return x < p.region.range.end; });
    for (; a < want.end && it != m_parts.end() && it->region.range.start < want.end; ++it) {
        const AddressRange piece = it->region.range.intersected(want);
        result.addUnreadable({ a, piece.start });
        if (it->fd < 0) {
            result.addUnreadable(piece);
        } else {
            Address b = piece.start;
            auto readTo = [&](Address end) {
                while (b < end) {
                    const ssize_t n = ::pread(
                        it->fd, out.data() + (b - address), size_t(end - b), off_t(b - it->region.range.start));
                    if (n <= 0) {
                        result.addUnreadable({ b, end });
                        b = end;
                        return;
                    }
                    result.bytesRead += quint64(n);
                    b += quint64(n);
                }
            };
            for (const AddressRange& u : it->unreadable) {
                const AddressRange cut = u.intersected(piece);
                if (cut.isEmpty())
                    continue;
                readTo(cut.start);
                std::memset(out.data() + (cut.start - address), 0, cut.size());
                result.addUnreadable(cut);
                b = cut.end;
            }
            readTo(piece.end);
        }
        a = piece.end;
    }
    result.addUnreadable({ a, want.end });
    return result;
}

QString BundleSource::description() const
{
    return tr("bundle %1 (pid %2, %3)").arg(m_directory).arg(m_info.pid).arg(QFileInfo(m_info.executable).fileName());
}

} // namespace procglass
