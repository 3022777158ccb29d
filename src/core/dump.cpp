#include "dump.h"
#include "tr.h"

#include "privatefile.h"
#include "region.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace procglass {

namespace {

constexpr quint64 kChunk = 1 << 20; // as fast as the kernel hands bytes over, and cancels soon

QString hex(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

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

Error exists(const QString& path)
{
    return makeError(ErrorKind::InvalidArgument, tr("%1 already exists; it was left as it is.").arg(path));
}

QJsonArray rangesJson(const std::vector<AddressRange>& ranges)
{
    QJsonArray a;
    for (const AddressRange& r : ranges)
        a.append(QJsonArray { hex(r.start), hex(r.end) });
    return a;
}

QString safeName(const Region& r)
{
    QString name = r.isFileBacked() ? r.fileName() : r.path.isEmpty() ? regionKindId(r.kind) : r.path;
    for (QChar& c : name) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    }
    return name.left(60);
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

DumpCopier::DumpCopier(const DumpControl& control, quint64 total)
    : m_control(control)
    , m_total(total)
{ }

bool DumpCopier::cancelled() const
{
    return m_control.cancel && m_control.cancel->load(std::memory_order_relaxed);
}

Error DumpCopier::cancelledError()
{
    return makeError(ErrorKind::Cancelled, tr("The export was cancelled; nothing was saved."));
}

Error DumpCopier::copy(MemorySource& source, AddressRange range, QIODevice& out, const QString& path,
    std::vector<AddressRange>& unreadable, QCryptographicHash* hash)
{
    m_buffer.resize(kChunk);
    for (Address a = range.start; a < range.end;) {
        if (cancelled())
            return cancelledError();
        const quint64 n = std::min(kChunk, range.end - a);
        const ReadResult r = source.read(a, std::span(m_buffer).first(size_t(n)));
        if (r.error)
            return r.error;
        for (const AddressRange& u : r.unreadable) {
            if (!unreadable.empty() && unreadable.back().end == u.start)
                unreadable.back().end = u.end;
            else
                unreadable.push_back(u);
        }
        const auto* bytes = reinterpret_cast<const char*>(m_buffer.data());
        if (out.write(bytes, qint64(n)) != qint64(n))
            return writeError(path, out);
        if (hash)
            hash->addData(QByteArrayView(bytes, qsizetype(n)));
        m_done += n;
        if (m_control.progress)
            m_control.progress(m_done, m_total);
        a += n;
    }
    return {};
}

Result<DumpReport> dumpRaw(
    MemorySource& source, std::vector<AddressRange> ranges, const QString& path, const DumpControl& control)
{
    std::sort(
        ranges.begin(), ranges.end(), [](const AddressRange& a, const AddressRange& b) { return a.start < b.start; });
    ranges.erase(
        std::remove_if(ranges.begin(), ranges.end(), [](const AddressRange& r) { return r.isEmpty(); }), ranges.end());
    if (ranges.empty())
        return makeError(ErrorKind::InvalidArgument, tr("There is nothing to export: the selection is empty."));
    const QString sidecar = path + QStringLiteral(".json");
    if (!control.overwrite && QFileInfo::exists(path))
        return exists(path);
    quint64 total = 0;
    for (const AddressRange& r : ranges)
        total += r.size();
    DumpCopier copier(control, total);
    DumpReport report;
    QJsonArray layout;
    const Error e = writePrivateFile(path, [&](QIODevice& out) -> Error {
        quint64 offset = 0;
        for (const AddressRange& r : ranges) {
            std::vector<AddressRange> unreadable;
            if (Error e = copier.copy(source, r, out, path, unreadable))
                return e;
            layout.append(QJsonObject { { QStringLiteral("start"), hex(r.start) },
                { QStringLiteral("end"), hex(r.end) }, { QStringLiteral("file_offset"), qint64(offset) },
                { QStringLiteral("unreadable"), rangesJson(unreadable) } });
            report.unreadable.insert(report.unreadable.end(), unreadable.begin(), unreadable.end());
            offset += r.size();
        }
        return {};
    });
    if (e)
        return e;
    report.bytes = total;
    report.files << path;
    if (ranges.size() > 1 || !report.unreadable.empty()) {
        // Never silently: where each range lies, and which zeros are not the process's bytes.
        const QByteArray json = QJsonDocument(
            QJsonObject { { QStringLiteral("format"), QStringLiteral("procglass-raw") },
                { QStringLiteral("version"), 1 }, { QStringLiteral("file"), QFileInfo(path).fileName() },
                { QStringLiteral("ranges"),
                    layout } }).toJson(QJsonDocument::Indented);
        if (Error e = writePrivateFile(sidecar, [&](QIODevice& out) { return out.write(json) == json.size(); })) {
            QFile::remove(path);
            return e;
        }
        report.files << sidecar;
    } else if (QFileInfo::exists(sidecar)) {
        QFile::remove(sidecar); // an older export's: it would describe bytes that are no longer there
    }
    return report;
}

Result<DumpReport> dumpBundle(MemorySource& source, const std::vector<Region>& regions, const BundleInfo& info,
    const QString& directory, const DumpControl& control)
{
    const QFileInfo target(directory);
    if (target.exists()) {
        if (!control.overwrite)
            return exists(directory);
        if (!target.isDir() || !QFileInfo::exists(directory + QStringLiteral("/manifest.json")))
            return makeError(ErrorKind::InvalidArgument,
                tr("%1 exists and is not a Procglass bundle: it is not replaced.").arg(directory));
    }
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorKind::Io, tr("Cannot create %1: the folder %2 does not exist.").arg(directory, parent));
    // Built next to where it goes (same file system, so the final rename is atomic); 0700.
    QTemporaryDir work(parent + u'/' + u'.' + target.fileName() + QStringLiteral(".partial-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorKind::Io, tr("Cannot create a folder in %1: %2").arg(parent, work.errorString()));

    quint64 total = 0;
    for (const Region& r : regions) {
        if (r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall)
            total += r.range.size();
    }
    DumpCopier copier(control, total);
    DumpReport report;
    QJsonArray parts;
    auto writeFile = [&](const QString& name, const std::function<Error(QIODevice&)>& write) -> Error {
        const QString path = work.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
        if (Error e = write(file))
            return e;
        if (!file.flush() || file.error() != QFileDevice::NoError)
            return writeError(path, file);
        return {};
    };
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        QJsonObject part { { QStringLiteral("start"), hex(r.range.start) }, { QStringLiteral("end"), hex(r.range.end) },
            { QStringLiteral("perms"), r.perms.toString() }, { QStringLiteral("offset"), hex(r.offset) },
            { QStringLiteral("device"),
                QStringLiteral("%1:%2")
                    .arg(r.devMajor, 2, 16, QLatin1Char('0'))
                    .arg(r.devMinor, 2, 16, QLatin1Char('0')) },
            { QStringLiteral("inode"), qint64(r.inode) }, { QStringLiteral("path"), r.path },
            { QStringLiteral("deleted"), r.deleted }, { QStringLiteral("kind"), regionKindId(r.kind) } };
        // Mappings the process cannot read, [vvar] and [vsyscall] are listed, not copied.
        if (r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall) {
            const QString name = QStringLiteral("%1-%2-%3.bin")
                                     .arg(i, 4, 10, QLatin1Char('0'))
                                     .arg(r.range.start, 0, 16)
                                     .arg(safeName(r));
            std::vector<AddressRange> unreadable;
            QCryptographicHash sha(QCryptographicHash::Sha256);
            if (Error e = writeFile(name, [&](QIODevice& out) {
                    return copier.copy(source, r.range, out, work.filePath(name), unreadable, &sha);
                }))
                return e;
            part.insert(QStringLiteral("file"), name);
            part.insert(QStringLiteral("sha256"), QString::fromLatin1(sha.result().toHex()));
            part.insert(QStringLiteral("unreadable"), rangesJson(unreadable));
            report.unreadable.insert(report.unreadable.end(), unreadable.begin(), unreadable.end());
        }
        parts.append(part);
    }
    QJsonArray args;
    for (const QString& a : info.commandLine)
        args.append(a);
    QJsonObject manifestObject { { QStringLiteral("format"), QStringLiteral("procglass-bundle") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("pid"), info.pid },
        { QStringLiteral("exe"), info.executable }, { QStringLiteral("command_line"), args },
        { QStringLiteral("time"), info.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("maps"), QStringLiteral("maps") }, { QStringLiteral("regions"), parts } };
    // The start-up vector and the status, for the auxv and status views offline.
    if (!info.auxv.isEmpty())
        manifestObject.insert(QStringLiteral("auxv"), QStringLiteral("auxv"));
    if (!info.status.isEmpty())
        manifestObject.insert(QStringLiteral("status"), QStringLiteral("status"));
    const QByteArray manifest = QJsonDocument(manifestObject).toJson(QJsonDocument::Indented);
    if (Error e = writeFile(QStringLiteral("maps"), [&](QIODevice& out) {
            return out.write(info.maps) == info.maps.size() ? Error() : writeError(directory, out);
        }))
        return e;
    for (const auto& [name, bytes] :
        { std::pair { QStringLiteral("auxv"), &info.auxv }, std::pair { QStringLiteral("status"), &info.status } }) {
        if (bytes->isEmpty())
            continue;
        if (Error e = writeFile(name, [&](QIODevice& out) {
                return out.write(*bytes) == bytes->size() ? Error() : writeError(directory, out);
            }))
            return e;
    }
    if (Error e = writeFile(QStringLiteral("manifest.json"), [&](QIODevice& out) {
            return out.write(manifest) == manifest.size() ? Error() : writeError(directory, out);
        }))
        return e;
    if (copier.cancelled())
        return DumpCopier::cancelledError();

    // In place: an old bundle moves aside first and goes only once the new one is there.
    QString aside;
    if (QFileInfo::exists(directory)) {
        aside = parent + u'/' + u'.' + target.fileName() + QStringLiteral(".old-") + QString::number(getpid());
        if (!QDir().rename(directory, aside))
            return makeError(ErrorKind::Io, tr("Cannot replace %1: it could not be moved aside.").arg(directory));
    }
    if (!QDir().rename(work.path(), directory)) {
        if (!aside.isEmpty())
            QDir().rename(aside, directory);
        return makeError(
            ErrorKind::Io, tr("Cannot create %1: the finished bundle could not be moved there.").arg(directory));
    }
    work.setAutoRemove(false);
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    report.bytes = total;
    report.files << directory;
    return report;
}

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
