// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/dump.h"
#include "core/model/tr.h"

#include "core/io/privatefile.h"
#include "core/model/region.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

constexpr quint64 kChunk = 1 << 20; // as fast as the kernel hands bytes over, and cancels soon

QString hex(quint64 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
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
    // Both names are checked before the first byte: the sidecar is written or an older one removed.
    PrivateFile file(path, control.overwrite);
    if (Error e = file.open())
        return e;
    if (Error e = PrivateFile::check(sidecar, control.overwrite))
        return e;
    quint64 total = 0;
    for (const AddressRange& r : ranges)
        total += r.size();
    DumpCopier copier(control, total);
    DumpReport report;
    QJsonArray layout;
    quint64 offset = 0;
    for (const AddressRange& r : ranges) {
        std::vector<AddressRange> unreadable;
        if (Error e = copier.copy(source, r, file.device(), path, unreadable))
            return e;
        layout.append(QJsonObject { { QStringLiteral("start"), hex(r.start) }, { QStringLiteral("end"), hex(r.end) },
            { QStringLiteral("file_offset"), qint64(offset) },
            { QStringLiteral("unreadable"), bundleRangesJson(unreadable) } });
        report.unreadable.insert(report.unreadable.end(), unreadable.begin(), unreadable.end());
        offset += r.size();
    }
    if (Error e = file.finish())
        return e;
    report.bytes = total;
    report.files << path;
    // Never silently: where each range lies, and which zeros are not the process's bytes. Without
    // one, an older export's sidecar goes: it would describe bytes that are no longer there.
    const bool needSidecar = ranges.size() > 1 || !report.unreadable.empty();
    PrivateFile side(
        sidecar, control.overwrite, needSidecar ? PrivateFile::Action::Write : PrivateFile::Action::Remove);
    if (Error e = side.open())
        return e;
    if (needSidecar) {
        const QByteArray json = QJsonDocument(
            QJsonObject { { QStringLiteral("format"), QStringLiteral("procglass-raw") },
                { QStringLiteral("version"), 1 }, { QStringLiteral("file"), QFileInfo(path).fileName() },
                { QStringLiteral("ranges"),
                    layout } }).toJson(QJsonDocument::Indented);
        if (side.device().write(json) != json.size())
            return writeError(sidecar, side.device());
        if (Error e = side.finish())
            return e;
        report.files << sidecar;
    }
    // Both in place, or (a failure) both as they were.
    PrivateFile* const both[] = { &file, &side };
    if (Error e = commitPrivateFiles(both))
        return e;
    return report;
}

namespace {

constexpr qint64 kMaxManifest = 256 << 20; // a manifest of 65,000 mappings is ~30 MB

Error notABundle(const QString& path, const QString& why)
{
    return makeError(ErrorKind::InvalidArgument,
        tr("%1 exists and is not a Procglass bundle: %2 It is not replaced; choose another name.").arg(path, why));
}

// The error when the folder dirfd is not a bundle Procglass wrote: its manifest.json says
// "procglass-bundle" and the folder holds nothing but the regular files that manifest names.
Error checkOurBundle(int dirfd, const QString& path)
{
    const int fd = ::openat(dirfd, "manifest.json", O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    struct stat st
    {
    };
    QByteArray bytes;
    if (fd >= 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= kMaxManifest) {
        QFile manifest;
        if (manifest.open(fd, QIODevice::ReadOnly))
            bytes = manifest.read(st.st_size);
    }
    if (fd >= 0)
        ::close(fd);
    const QJsonObject manifest = QJsonDocument::fromJson(bytes).object();
    if (manifest.value(QStringLiteral("format")).toString() != QLatin1StringView("procglass-bundle"))
        return notABundle(path, tr("it has no manifest.json written by Procglass."));
    QSet<QString> names { QStringLiteral("manifest.json") };
    for (const char* key : { "maps", "auxv", "status", "index", "pack" }) {
        const QJsonValue v = manifest.value(QLatin1StringView(key));
        if (v.isString())
            names.insert(v.toString());
    }
    for (const QJsonValue& r : manifest.value(QStringLiteral("regions")).toArray()) {
        const QJsonValue file = r.toObject().value(QStringLiteral("file"));
        if (file.isString())
            names.insert(file.toString());
    }
    QString stranger;
    const bool read = forEachEntry(dirfd, [&](const char* name, const struct stat& entry) {
        if (S_ISREG(entry.st_mode) && names.contains(QFile::decodeName(name)))
            return true;
        stranger = QFile::decodeName(name);
        return false;
    });
    if (!stranger.isEmpty())
        return notABundle(path, tr("it holds %1, which Procglass did not write there.").arg(stranger));
    if (!read)
        return makeError(ErrorKind::Io,
            tr("Cannot read the folder %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno))), errno);
    return {};
}

// What lies at the bundle's name: nothing, or an older bundle of ours (old then holds its fd,
// opened O_NOFOLLOW|O_DIRECTORY, and st its identity). Anything else is an error.
Error checkBundleTarget(const OutputFolder& folder, bool overwrite, int* old, struct stat* st)
{
    *old = -1;
    if (::fstatat(folder.fd(), folder.name().constData(), st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return {};
        return makeError(ErrorKind::Io,
            tr("Cannot create %1: %2").arg(folder.path(), QString::fromLocal8Bit(strerror(errno))), errno);
    }
    if (S_ISLNK(st->st_mode))
        return symlinkError(folder.path());
    if (!overwrite)
        return existsError(folder.path());
    if (!S_ISDIR(st->st_mode))
        return notABundle(folder.path(), tr("it is not a folder."));
    if (!folder.mayReplace(st->st_uid))
        return makeError(ErrorKind::Permission,
            tr("%1 belongs to another user and lies in %2, a folder others can write to; Procglass never replaces "
               "another user's folder there. Choose another name or folder.")
                .arg(folder.path(), folder.folderPath()),
            EACCES);
    const int fd = ::openat(folder.fd(), folder.name().constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat opened
    {
    };
    if (fd < 0 || ::fstat(fd, &opened) != 0 || opened.st_dev != st->st_dev || opened.st_ino != st->st_ino) {
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorKind::Io, tr("Cannot open %1 to replace it; it was left as it is.").arg(folder.path()));
    }
    if (Error e = checkOurBundle(fd, folder.path())) {
        ::close(fd);
        return e;
    }
    *old = fd;
    return {};
}

bool sameFile(int dirfd, const QByteArray& name, const struct stat& st)
{
    struct stat now
    {
    };
    return ::fstatat(dirfd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) == 0 && now.st_dev == st.st_dev
        && now.st_ino == st.st_ino;
}

// A bundle being written: ".NAME.partial-XXXXXX" next to where it goes (the same file system, so
// that it is renamed into place), 0700, flock()ed while it lives so that the next writer into the
// folder knows it is not stale. Removed -- its files, through its fd -- unless it was put in place.
class WorkFolder
{
public:
    explicit WorkFolder(const OutputFolder& parent)
        : m_parent(parent)
    { }
    ~WorkFolder()
    {
        if (m_fd < 0)
            return;
        if (!m_placed && sameFile(m_parent.fd(), m_name, m_st) && removeFilesIn(m_fd))
            ::unlinkat(m_parent.fd(), m_name.constData(), AT_REMOVEDIR);
        ::close(m_fd);
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;

    [[nodiscard]] Error create()
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            m_name = m_parent.partialName();
            if (::mkdirat(m_parent.fd(), m_name.constData(), S_IRWXU) == 0)
                break;
            if (errno != EEXIST)
                return ioError(tr("Cannot create a folder in %1: %2").arg(m_parent.folderPath()));
            m_name.clear();
        }
        if (m_name.isEmpty())
            return ioError(tr("Cannot create a folder in %1: %2").arg(m_parent.folderPath()));
        m_fd = ::openat(m_parent.fd(), m_name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (m_fd < 0 || ::fstat(m_fd, &m_st) != 0 || ::flock(m_fd, LOCK_EX | LOCK_NB) != 0
            || ::fchmod(m_fd, S_IRWXU) != 0)
            return ioError(tr("Cannot create a folder in %1: %2").arg(m_parent.folderPath()));
        return {};
    }

    [[nodiscard]] QString filePath(const QString& name) const
    {
        return m_parent.folderPath() + u'/' + QFile::decodeName(m_name) + u'/' + name;
    }

    // A new file in it, 0600, written by write and made durable.
    [[nodiscard]] Error writeFile(const QString& name, const std::function<Error(QIODevice&)>& write)
    {
        const int fd = ::openat(m_fd, QFile::encodeName(name).constData(),
            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            return ioError(tr("Cannot create %1: %2").arg(filePath(name)));
        FdWriter out(fd);
        if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
            return ioError(tr("Cannot create %1: %2").arg(filePath(name)));
        if (Error e = write(out))
            return e;
        if (out.errnum() != 0 || !out.sync())
            return writeError(filePath(name), out);
        return {};
    }

    // Puts the finished bundle at the parent's name: where there was nothing, or in exchange for
    // the older bundle checked by checkBundleTarget, which is then emptied through its fd.
    [[nodiscard]] Error place(bool overwrite)
    {
        const int dir = m_parent.fd();
        const char* name = m_parent.name().constData();
        const QString path = m_parent.path();
        ::fsync(m_fd);
        int oldFd = -1;
        struct stat old
        {
        };
        // Again, now: it may have changed while the bundle was written.
        if (Error e = checkBundleTarget(m_parent, overwrite, &oldFd, &old))
            return e;
        if (oldFd < 0) {
            if (::renameat2(dir, m_name.constData(), dir, name, RENAME_NOREPLACE) != 0) {
                if (errno == EEXIST)
                    return existsError(path);
                if ((errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
                    || ::renameat(dir, m_name.constData(), dir, name) != 0)
                    return ioError(tr("Cannot create %1: the finished bundle could not be moved there: %2").arg(path));
            }
            m_placed = true;
            ::fsync(dir);
            return {};
        }
        // Swapped atomically; the older bundle then lies under our partial name until it is emptied.
        QByteArray aside;
        if (::renameat2(dir, m_name.constData(), dir, name, RENAME_EXCHANGE) == 0) {
            aside = m_name;
            if (!sameFile(dir, aside, old)) {
                ::renameat2(dir, m_name.constData(), dir, name, RENAME_EXCHANGE);
                ::close(oldFd);
                return changedError(path);
            }
        } else if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP) {
            aside = m_parent.partialName();
            if (::renameat(dir, name, dir, aside.constData()) != 0 || !sameFile(dir, aside, old)) {
                const int errnum = errno;
                ::close(oldFd);
                return makeError(ErrorKind::Io,
                    tr("Cannot replace %1: it could not be moved aside: %2")
                        .arg(path, QString::fromLocal8Bit(strerror(errnum))),
                    errnum);
            }
            if (::renameat(dir, m_name.constData(), dir, name) != 0) {
                const int errnum = errno;
                ::renameat(dir, aside.constData(), dir, name);
                ::close(oldFd);
                return makeError(ErrorKind::Io,
                    tr("Cannot create %1: the finished bundle could not be moved there: %2")
                        .arg(path, QString::fromLocal8Bit(strerror(errnum))),
                    errnum);
            }
        } else {
            const int errnum = errno;
            ::close(oldFd);
            return makeError(
                ErrorKind::Io, tr("Cannot replace %1: %2").arg(path, QString::fromLocal8Bit(strerror(errnum))), errnum);
        }
        m_placed = true;
        ::flock(oldFd, LOCK_EX | LOCK_NB); // not stale to another writer while it is emptied
        if (removeFilesIn(oldFd) && sameFile(dir, aside, old))
            ::unlinkat(dir, aside.constData(), AT_REMOVEDIR);
        ::close(oldFd);
        ::fsync(dir);
        return {};
    }

private:
    static Error ioError(const QString& what)
    {
        const int errnum = errno;
        return makeError(ErrorKind::Io, what.arg(QString::fromLocal8Bit(strerror(errnum))), errnum);
    }
    static Error changedError(const QString& path)
    {
        return makeError(ErrorKind::InvalidArgument,
            tr("%1 was replaced by someone else while Procglass was writing; it was left as it is and nothing was "
               "saved. Choose another name.")
                .arg(path));
    }

    const OutputFolder& m_parent;
    QByteArray m_name;
    int m_fd = -1;
    struct stat m_st
    {
    };
    bool m_placed = false;
};

} // namespace

bool bundleCopies(const Region& r)
{
    return r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall;
}

QJsonObject bundleRegionEntry(const Region& r)
{
    return QJsonObject { { QStringLiteral("start"), hex(r.range.start) }, { QStringLiteral("end"), hex(r.range.end) },
        { QStringLiteral("perms"), r.perms.toString() }, { QStringLiteral("offset"), hex(r.offset) },
        { QStringLiteral("device"),
            QStringLiteral("%1:%2").arg(r.devMajor, 2, 16, QLatin1Char('0')).arg(r.devMinor, 2, 16, QLatin1Char('0')) },
        { QStringLiteral("inode"), qint64(r.inode) }, { QStringLiteral("path"), r.path },
        { QStringLiteral("deleted"), r.deleted }, { QStringLiteral("kind"), regionKindId(r.kind) } };
}

QJsonArray bundleRangesJson(const std::vector<AddressRange>& ranges)
{
    QJsonArray a;
    for (const AddressRange& r : ranges)
        a.append(QJsonArray { hex(r.start), hex(r.end) });
    return a;
}

QJsonObject bundleManifest(const BundleInfo& info, int version, const QJsonArray& regions)
{
    QJsonArray args;
    for (const QString& a : info.commandLine)
        args.append(a);
    // "writer" names the program: a folder is replaced (--force) only if it is a bundle Procglass wrote.
    QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("procglass-bundle") },
        { QStringLiteral("version"), version },
        { QStringLiteral("writer"), QStringLiteral("procglass " PROCGLASS_VERSION) },
        { QStringLiteral("pid"), info.pid }, { QStringLiteral("exe"), info.executable },
        { QStringLiteral("command_line"), args },
        { QStringLiteral("time"), info.time.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("maps"), QStringLiteral("maps") }, { QStringLiteral("regions"), regions } };
    // The start-up vector and the status, for the auxv and status views offline.
    if (!info.auxv.isEmpty())
        manifest.insert(QStringLiteral("auxv"), QStringLiteral("auxv"));
    if (!info.status.isEmpty())
        manifest.insert(QStringLiteral("status"), QStringLiteral("status"));
    return manifest;
}

Error writeBundleProcFiles(const BundleInfo& info, const std::function<Error(const QString&, const QByteArray&)>& write)
{
    if (Error e = write(QStringLiteral("maps"), info.maps))
        return e;
    for (const auto& [name, bytes] :
        { std::pair { QStringLiteral("auxv"), &info.auxv }, std::pair { QStringLiteral("status"), &info.status } }) {
        if (bytes->isEmpty())
            continue;
        if (Error e = write(name, *bytes))
            return e;
    }
    return {};
}

Result<DumpReport> dumpBundle(MemorySource& source, const std::vector<Region>& regions, const BundleInfo& info,
    const QString& directory, const DumpControl& control)
{
    QString where = directory;
    while (where.size() > 1 && where.endsWith(u'/'))
        where.chop(1); // "-o out/" names the folder out
    auto folder = OutputFolder::open(where);
    if (!folder)
        return folder.error();
    {
        int old = -1;
        struct stat st
        {
        };
        if (Error e = checkBundleTarget(*folder, control.overwrite, &old, &st))
            return e;
        if (old >= 0)
            ::close(old);
    }
    folder->removeStalePartials(); // of writers killed before they finished
    WorkFolder work(*folder);
    if (Error e = work.create())
        return e;

    quint64 total = 0;
    for (const Region& r : regions) {
        if (bundleCopies(r))
            total += r.range.size();
    }
    DumpCopier copier(control, total);
    DumpReport report;
    QJsonArray parts;
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        QJsonObject part = bundleRegionEntry(r);
        if (bundleCopies(r)) {
            const QString name = QStringLiteral("%1-%2-%3.bin")
                                     .arg(i, 4, 10, QLatin1Char('0'))
                                     .arg(r.range.start, 0, 16)
                                     .arg(safeName(r));
            std::vector<AddressRange> unreadable;
            QCryptographicHash sha(QCryptographicHash::Sha256);
            if (Error e = work.writeFile(name, [&](QIODevice& out) {
                    return copier.copy(source, r.range, out, work.filePath(name), unreadable, &sha);
                }))
                return e;
            part.insert(QStringLiteral("file"), name);
            part.insert(QStringLiteral("sha256"), QString::fromLatin1(sha.result().toHex()));
            part.insert(QStringLiteral("unreadable"), bundleRangesJson(unreadable));
            report.unreadable.insert(report.unreadable.end(), unreadable.begin(), unreadable.end());
        }
        parts.append(part);
    }
    const QByteArray manifest = QJsonDocument(bundleManifest(info, 1, parts)).toJson(QJsonDocument::Indented);
    auto writeBytes = [&](const QString& name, const QByteArray& bytes) {
        return work.writeFile(name, [&](QIODevice& out) {
            return out.write(bytes) == bytes.size() ? Error() : writeError(work.filePath(name), out);
        });
    };
    if (Error e = writeBundleProcFiles(info, writeBytes))
        return e;
    if (Error e = writeBytes(QStringLiteral("manifest.json"), manifest))
        return e;
    if (copier.cancelled())
        return DumpCopier::cancelledError();
    if (Error e = work.place(control.overwrite))
        return e;
    report.bytes = total;
    report.files << directory;
    return report;
}

struct BundleFolderWriter::Impl
{
    explicit Impl(OutputFolder f, const DumpControl& c)
        : folder(std::move(f))
        , control(c)
        , work(folder)
    { }
    OutputFolder folder;
    const DumpControl& control;
    WorkFolder work;
};

BundleFolderWriter::BundleFolderWriter(std::unique_ptr<Impl> impl)
    : m(std::move(impl))
{ }

BundleFolderWriter::~BundleFolderWriter() = default;

Result<std::unique_ptr<BundleFolderWriter>> BundleFolderWriter::create(
    const QString& directory, const DumpControl& control)
{
    QString where = directory;
    while (where.size() > 1 && where.endsWith(u'/'))
        where.chop(1);
    auto folder = OutputFolder::open(where);
    if (!folder)
        return folder.error();
    {
        int old = -1;
        struct stat st
        {
        };
        if (Error e = checkBundleTarget(*folder, control.overwrite, &old, &st))
            return e;
        if (old >= 0)
            ::close(old);
    }
    folder->removeStalePartials();
    auto impl = std::make_unique<Impl>(std::move(*folder), control);
    if (Error e = impl->work.create())
        return e;
    return std::unique_ptr<BundleFolderWriter>(new BundleFolderWriter(std::move(impl)));
}

Error BundleFolderWriter::writeFile(const QString& name, const std::function<Error(QIODevice&)>& write)
{
    return m->work.writeFile(name, write);
}

QString BundleFolderWriter::filePath(const QString& name) const
{
    return m->work.filePath(name);
}

int BundleFolderWriter::parentFd() const
{
    return m->folder.fd();
}

QByteArray BundleFolderWriter::name() const
{
    return m->folder.name();
}

QString BundleFolderWriter::parentPath() const
{
    return m->folder.folderPath();
}

Error BundleFolderWriter::place()
{
    return m->work.place(m->control.overwrite);
}

} // namespace procglass
