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
        // bytes = bytes: clang 14 (the fuzz build) cannot capture a structured binding itself.
        if (Error e = writeFile(name, [&, bytes = bytes](QIODevice& out) {
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

} // namespace procglass
