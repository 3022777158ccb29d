// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/bundlesource.h"
#include "core/model/tr.h"

#include "core/model/region.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtEndian>

#include <xxhash.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <tuple>
#include <unistd.h>

namespace procglass {

namespace {

// Every file of a bundle: relative to its folder, never through a link, never waiting for a
// writer (a FIFO), never becoming our terminal, never inherited by a child.
constexpr int kOpenFlags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;

QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

QString fileTypeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISLNK(mode))
        return tr("a symbolic link");
    if (S_ISFIFO(mode))
        return tr("a named pipe");
    if (S_ISSOCK(mode))
        return tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    return tr("not a regular file");
}

Error notRegular(const QString& path, mode_t mode)
{
    return makeError(ErrorKind::Parse,
        tr("The bundle's file %1 is %2, not a regular file: a bundle holds only regular files, so it is not read. "
           "Someone may have changed the bundle; ask for a fresh copy.")
            .arg(path, fileTypeName(mode)));
}

Error openFailed(const QString& path, int errnum)
{
    if (errnum == ELOOP)
        return notRegular(path, S_IFLNK);
    return makeError(errnum == EACCES || errnum == EPERM ? ErrorKind::Permission : ErrorKind::Io,
        tr("The bundle's file %1 cannot be opened: %2.").arg(path, errnoText(errnum)), errnum);
}

// Opens name in the bundle's folder: a regular file, or an error that says what it is instead.
Result<UniqueFd> openInBundle(int dirFd, const QString& name, const QString& path, struct stat* st)
{
    UniqueFd fd(::openat(dirFd, QFile::encodeName(name).constData(), kOpenFlags));
    if (!fd.valid())
        return openFailed(path, errno);
    if (::fstat(fd.get(), st) != 0)
        return openFailed(path, errno);
    if (!S_ISREG(st->st_mode))
        return notRegular(path, st->st_mode);
    return fd;
}

// Reads one of the bundle's small files whole, refusing more than cap bytes. A missing file is
// empty when optional (bundles of older versions lack auxv and status).
Result<QByteArray> readSmallFile(int dirFd, const QString& name, const QString& path, qint64 cap, bool optional)
{
    struct stat st
    {
    };
    auto fd = openInBundle(dirFd, name, path, &st);
    if (!fd) {
        if (optional && fd.error().errnum == ENOENT)
            return QByteArray();
        return fd.error();
    }
    auto tooLarge = [&] {
        return makeError(ErrorKind::Parse,
            tr("The bundle's file %1 is larger than any Procglass writes (%2 bytes at most): it is not read.")
                .arg(path)
                .arg(cap));
    };
    if (st.st_size > cap)
        return tooLarge();
    // The size is a hint only: the file may grow while it is read. One byte more than the cap says so.
    QByteArray bytes(qsizetype(std::min<qint64>(st.st_size, cap) + 1), Qt::Uninitialized);
    qsizetype have = 0;
    for (;;) {
        if (have == bytes.size()) {
            if (have > cap)
                break;
            bytes.resize(std::min<qsizetype>(qsizetype(cap) + 1, have * 2 + 4096));
        }
        const ssize_t n = ::read(fd->get(), bytes.data() + have, size_t(bytes.size() - have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int errnum = errno;
            return makeError(
                ErrorKind::Io, tr("The bundle's file %1 cannot be read: %2.").arg(path, errnoText(errnum)), errnum);
        }
        if (n == 0)
            break;
        have += n;
    }
    if (have > cap)
        return tooLarge();
    bytes.truncate(have);
    return bytes;
}

// "0x" and 1 to 16 hex digits: manifests write addresses and offsets so.
bool parseHex(const QJsonValue& v, quint64* out)
{
    const QString s = v.toString();
    if (s.size() < 3 || s.size() > 18 || !s.startsWith(QLatin1StringView("0x")))
        return false;
    quint64 n = 0;
    for (qsizetype i = 2; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        int d = -1;
        if (c >= u'0' && c <= u'9')
            d = c - u'0';
        else if (c >= u'a' && c <= u'f')
            d = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            d = c - u'A' + 10;
        if (d < 0)
            return false;
        n = n << 4 | quint64(d);
    }
    *out = n;
    return true;
}

bool parsePerms(const QString& s, Permissions* p)
{
    if (s.size() != 4 || (s[0] != u'r' && s[0] != u'-') || (s[1] != u'w' && s[1] != u'-')
        || (s[2] != u'x' && s[2] != u'-') || (s[3] != u's' && s[3] != u'p'))
        return false;
    p->read = s[0] == u'r';
    p->write = s[1] == u'w';
    p->execute = s[2] == u'x';
    p->shared = s[3] == u's';
    return true;
}

bool parseDevice(const QString& s, Region* r)
{
    const qsizetype colon = s.indexOf(u':');
    if (colon < 1 || s.size() > 24)
        return false;
    bool okMajor = false;
    bool okMinor = false;
    r->devMajor = s.left(colon).toUInt(&okMajor, 16);
    r->devMinor = s.mid(colon + 1).toUInt(&okMinor, 16);
    return okMajor && okMinor;
}

// A plain name inside the folder, as the writer makes them: never a path, never hidden, never
// one of the bundle's own files.
bool isPartFileName(const QString& name)
{
    return !name.isEmpty() && QFile::encodeName(name).size() <= 255 && !name.contains(u'/') && !name.contains(QChar(0))
        && !name.startsWith(u'.') && name.endsWith(QLatin1StringView(".bin"));
}

// Never copied by the writer: the process reads them through the kernel, not as memory.
bool isNeverCopied(RegionKind kind)
{
    return kind == RegionKind::Vvar || kind == RegionKind::Vsyscall;
}

bool isKernelPages(RegionKind kind)
{
    return kind == RegionKind::Vdso || kind == RegionKind::Vvar || kind == RegionKind::Vsyscall;
}

QString rangeText(const AddressRange& r)
{
    return QStringLiteral("0x%1-0x%2").arg(r.start, 0, 16).arg(r.end, 0, 16);
}

} // namespace

Result<BundleManifest> parseBundleManifest(QByteArrayView json, const QString& name)
{
    auto damaged = [&](const QString& why) {
        return makeError(
            ErrorKind::Parse, tr("%1 is damaged: %2. The bundle is not opened; ask for a fresh copy.").arg(name, why));
    };
    if (json.size() > bundlelimits::kManifestBytes)
        return damaged(tr("it is larger than any Procglass writes"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    const QJsonObject m = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || m.value(QStringLiteral("format")).toString() != QLatin1StringView("procglass-bundle"))
        return makeError(ErrorKind::Parse, tr("%1 is not a Procglass bundle manifest.").arg(name));

    BundleManifest out;
    out.info.pid = m.value(QStringLiteral("pid")).toInteger();
    out.info.executable = m.value(QStringLiteral("exe")).toString();
    for (const QJsonValue& a : m.value(QStringLiteral("command_line")).toArray())
        out.info.commandLine << a.toString();
    out.info.time = QDateTime::fromString(m.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);

    const QJsonValue versionValue = m.value(QStringLiteral("version"));
    out.version = versionValue.isUndefined() ? 1 : versionValue.toInt(0);
    if (out.version != 1 && out.version != 2)
        return makeError(ErrorKind::Parse,
            tr("%1 is of a bundle format this Procglass does not know (version %2): open it with a newer Procglass.")
                .arg(name)
                .arg(versionValue.toVariant().toString()));
    const bool chunked = out.version == 2;
    if (chunked) {
        if (m.value(QStringLiteral("chunk_size")).toInteger() != qint64(kSnapshotChunk)
            || m.value(QStringLiteral("index")).toString() != QLatin1StringView("index")
            || m.value(QStringLiteral("pack")).toString() != QLatin1StringView("pack"))
            return damaged(tr("its chunk size, index or pack is not the one snapshots have"));
        const QJsonValue packs = m.value(QStringLiteral("packs"));
        const QJsonArray list = packs.toArray();
        if (!packs.isArray() || list.isEmpty() || qsizetype(snapshotformat::kMaxPacks) < list.size()
            || !list.at(0).isString() || !list.at(0).toString().isEmpty())
            return damaged(tr("its list of packs is malformed"));
        out.packs << QString();
        for (qsizetype i = 1; i < list.size(); ++i) {
            const QString sibling = list.at(i).toString();
            if (!list.at(i).isString() || sibling.isEmpty() || QFile::encodeName(sibling).size() > 255
                || sibling.contains(u'/') || sibling.contains(QChar(0)) || sibling.startsWith(u'.')
                || out.packs.contains(sibling))
                return damaged(tr("its list of packs names \"%1\", which is not a plain folder name next to the "
                                  "snapshot (or names one twice)")
                                   .arg(sibling.left(80)));
            out.packs << sibling;
        }
    }

    const QJsonValue regionsValue = m.value(QStringLiteral("regions"));
    if (!regionsValue.isArray())
        return damaged(tr("it has no list of mappings"));
    const QJsonArray regions = regionsValue.toArray();
    out.parts.reserve(size_t(regions.size())); // bounded by the manifest's size
    QSet<QString> names;
    for (qsizetype i = 0; i < regions.size(); ++i) {
        const QJsonObject o = regions.at(i).toObject();
        BundlePart p;
        Region& r = p.region;
        auto bad = [&](const QString& why) {
            return damaged(tr("mapping %1 (%2) %3").arg(i + 1).arg(rangeText(r.range), why));
        };
        if (!parseHex(o.value(QStringLiteral("start")), &r.range.start)
            || !parseHex(o.value(QStringLiteral("end")), &r.range.end)
            || !parseHex(o.value(QStringLiteral("offset")), &r.offset)
            || !parsePerms(o.value(QStringLiteral("perms")).toString(), &r.perms)
            || !regionKindFromId(o.value(QStringLiteral("kind")).toString(), &r.kind))
            return bad(tr("has a malformed range, offset, permission or kind"));
        // Older bundles may lack the device; a malformed one is damage.
        const QJsonValue device = o.value(QStringLiteral("device"));
        if (!device.isUndefined() && !parseDevice(device.toString(), &r))
            return bad(tr("has a malformed device"));
        const qint64 inode = o.value(QStringLiteral("inode")).toInteger(-1);
        if (inode < 0 && !o.value(QStringLiteral("inode")).isUndefined())
            return bad(tr("has a malformed inode"));
        r.inode = quint64(std::max<qint64>(inode, 0));
        r.path = o.value(QStringLiteral("path")).toString();
        r.deleted = o.value(QStringLiteral("deleted")).toBool();

        if (r.range.isEmpty())
            return bad(tr("is empty or ends before it starts"));
        if (!out.parts.empty() && r.range.start < out.parts.back().region.range.end)
            return bad(tr("overlaps or precedes the mapping before it"));
        if (r.kind != RegionKind::Vsyscall && r.range.end > bundlelimits::kUserSpaceEnd)
            return bad(tr("lies beyond the end of user space"));
        if (isKernelPages(r.kind) && r.range.size() > bundlelimits::kKernelPagesBytes)
            return bad(tr("is far larger than the kernel's [vdso], [vvar] and [vsyscall] pages ever are"));

        const QJsonValue fileValue = o.value(QStringLiteral("file"));
        const bool copied = r.perms.read && !isNeverCopied(r.kind);
        if (chunked) {
            if (!fileValue.isUndefined() || !o.value(QStringLiteral("sha256")).isUndefined())
                return bad(tr("has a file of its own, but a snapshot keeps its bytes in chunks"));
            if (copied) {
                p.chunked = true;
                p.firstChunk = out.chunks;
                out.chunks += (r.range.size() + kSnapshotChunk - 1) / kSnapshotChunk;
            } else {
                if (!o.value(QStringLiteral("unreadable")).toArray().isEmpty())
                    return bad(tr("has unreadable bytes but no bytes"));
                out.parts.push_back(std::move(p));
                continue;
            }
        } else if (fileValue.isUndefined() || fileValue.toString().isEmpty()) {
            if (copied)
                return bad(tr("is readable but its bytes are missing"));
            if (!o.value(QStringLiteral("unreadable")).toArray().isEmpty()
                || !o.value(QStringLiteral("sha256")).isUndefined())
                return bad(tr("has a checksum or unreadable bytes but no file"));
            out.parts.push_back(std::move(p));
            continue;
        }
        if (!copied)
            return bad(tr("has a file, but Procglass never copies such a mapping"));
        if (!chunked) {
            p.file = fileValue.toString();
            if (!isPartFileName(p.file))
                return bad(tr("names a file that is not a plain .bin file inside the bundle"));
            if (names.contains(p.file))
                return bad(tr("names the file of another mapping"));
            names.insert(p.file);
            const QString sha = o.value(QStringLiteral("sha256")).toString();
            p.sha256 = QByteArray::fromHex(sha.toLatin1());
            if (sha.size() != 64 || p.sha256.size() != 32 || !std::all_of(sha.begin(), sha.end(), [](QChar c) {
                    return c.unicode() < 128 && std::isxdigit(c.unicode());
                }))
                return bad(tr("has no valid SHA-256 checksum"));
        }
        const QJsonValue unreadable = o.value(QStringLiteral("unreadable"));
        if (!unreadable.isUndefined() && !unreadable.isArray())
            return bad(tr("has a malformed list of unreadable bytes"));
        const QJsonArray list = unreadable.toArray();
        p.unreadable.reserve(size_t(list.size()));
        for (const QJsonValue& u : list) {
            const QJsonArray pair = u.toArray();
            AddressRange cut;
            if (pair.size() != 2 || !parseHex(pair.at(0), &cut.start) || !parseHex(pair.at(1), &cut.end)
                || cut.isEmpty() || cut.start < r.range.start || cut.end > r.range.end
                || (!p.unreadable.empty() && cut.start < p.unreadable.back().end))
                return bad(tr("has unreadable bytes that are malformed, unsorted or outside it"));
            p.unreadable.push_back(cut);
        }
        out.parts.push_back(std::move(p));
    }
    return out;
}

struct BundleSource::File
{
    UniqueFd fd;
};

BundleSource::~BundleSource()
{
    m_files.clear();
}

Result<std::unique_ptr<BundleSource>> BundleSource::open(const QString& directory)
{
    // The folder the user named, a link to it included; held open so that every file is found in
    // this folder even if its name is later given to another.
    UniqueFd dir(::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC));
    if (!dir.valid()) {
        const int errnum = errno;
        return makeError(errnum == EACCES ? ErrorKind::Permission : ErrorKind::Io,
            errnum == ENOTDIR ? tr("%1 is not a Procglass bundle: it is not a folder.").arg(directory)
                              : tr("The bundle %1 cannot be opened: %2.").arg(directory, errnoText(errnum)),
            errnum);
    }
    return openFd(std::move(dir), directory);
}

Result<std::unique_ptr<BundleSource>> BundleSource::openAt(int parentFd, const QString& name, const QString& path)
{
    UniqueFd dir(::openat(
        parentFd, QFile::encodeName(name).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!dir.valid()) {
        const int errnum = errno;
        return makeError(errnum == EACCES ? ErrorKind::Permission : ErrorKind::Io,
            errnum == ENOTDIR || errnum == ELOOP
                ? tr("%1 is not a Procglass bundle: it is not a folder (or is a symbolic link).").arg(path)
                : tr("The bundle %1 cannot be opened: %2.").arg(path, errnoText(errnum)),
            errnum);
    }
    return openFd(std::move(dir), path);
}

Result<std::unique_ptr<BundleSource>> BundleSource::openFd(UniqueFd dir, const QString& directory)
{
    std::unique_ptr<BundleSource> b(new BundleSource);
    b->m_dirFd = std::move(dir);
    const int dirFd = b->m_dirFd.get();
    b->m_directory = directory;
    const QString manifestPath = directory + QStringLiteral("/manifest.json");
    auto manifestBytes = readSmallFile(
        dirFd, QStringLiteral("manifest.json"), manifestPath, bundlelimits::kManifestBytes, /*optional=*/false);
    if (!manifestBytes) {
        if (manifestBytes.error().errnum == ENOENT)
            return makeError(
                ErrorKind::Io, tr("%1 is not a Procglass bundle: it has no manifest.json.").arg(directory), ENOENT);
        return manifestBytes.error();
    }
    auto manifest = parseBundleManifest(*manifestBytes, manifestPath);
    manifestBytes = QByteArray(); // its memory back before the next ones
    if (!manifest)
        return manifest.error();
    b->m_info = std::move(manifest->info);
    // The process's texts as they were; bundles older than auxv and status simply lack them.
    for (const auto& [name, bytes, cap] :
        { std::tuple { QStringLiteral("maps"), &b->m_info.maps, bundlelimits::kMapsBytes },
            std::tuple { QStringLiteral("auxv"), &b->m_info.auxv, bundlelimits::kAuxvBytes },
            std::tuple { QStringLiteral("status"), &b->m_info.status, bundlelimits::kStatusBytes } }) {
        auto text = readSmallFile(dirFd, name, directory + u'/' + name, cap, /*optional=*/true);
        if (!text)
            return text.error();
        *bytes = std::move(*text);
    }

    // Every part's file is there, a regular file of its mapping's size -- checked without opening
    // it. Together they fit on the file system that holds them: sparse files claiming terabytes
    // that are not there would make every check of them take hours.
    if (manifest->version == 2) {
        if (Error e = b->openSnapshot(*manifest))
            return e;
    }

    b->m_parts.reserve(manifest->parts.size());
    quint64 claimed = 0;
    for (BundlePart& p : manifest->parts) {
        Part part;
        if (!p.file.isEmpty()) {
            const QString path = directory + u'/' + p.file;
            struct stat st
            {
            };
            if (::fstatat(dirFd, QFile::encodeName(p.file).constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
                return openFailed(path, errno);
            if (!S_ISREG(st.st_mode))
                return notRegular(path, st.st_mode);
            if (quint64(st.st_size) != p.region.range.size())
                return makeError(ErrorKind::Parse,
                    tr("The bundle's file %1 holds %2 bytes, but its mapping %3 has %4: the bundle is damaged; ask "
                       "for a fresh copy.")
                        .arg(path)
                        .arg(qint64(st.st_size))
                        .arg(rangeText(p.region.range))
                        .arg(p.region.range.size()));
            part.device = quint64(st.st_dev);
            part.inode = quint64(st.st_ino);
            claimed = quint64(st.st_size) > ~quint64(0) - claimed ? ~quint64(0) : claimed + quint64(st.st_size);
        }
        part.manifest = std::move(p);
        b->m_parts.push_back(std::move(part));
    }
    struct statfs fs
    {
    };
    if (claimed > 0 && ::fstatfs(dirFd, &fs) == 0 && fs.f_blocks > 0
        && claimed / quint64(fs.f_frsize ? fs.f_frsize : fs.f_bsize) > quint64(fs.f_blocks))
        return makeError(ErrorKind::Parse,
            tr("The bundle %1 claims %2 bytes of memory, more than the file system holding it can store: its files "
               "are sparse or damaged, and it is not opened.")
                .arg(directory)
                .arg(claimed));

    const size_t n = b->m_parts.size();
    b->m_check.reset(new std::atomic<Check>[n]);
    for (size_t i = 0; i < n; ++i)
        b->m_check[i].store(b->m_parts[i].manifest.file.isEmpty() ? Check::Good : Check::Unchecked);
    b->m_checking.reset(new std::mutex[n]);
    b->m_damage.reset(new Error[n]);
    return b;
}

QString BundleSource::partPath(size_t index) const
{
    return m_directory + u'/' + m_parts[index].manifest.file;
}

Result<std::shared_ptr<BundleSource::File>> BundleSource::file(size_t index)
{
    {
        std::lock_guard lock(m_filesMutex);
        for (auto it = m_files.begin(); it != m_files.end(); ++it) {
            if (it->first == index) {
                m_files.splice(m_files.begin(), m_files, it);
                return it->second;
            }
        }
    }
    // Opened outside the lock: other reads go on meanwhile.
    const Part& p = m_parts[index];
    struct stat st
    {
    };
    auto fd = openInBundle(m_dirFd.get(), p.manifest.file, partPath(index), &st);
    if (!fd)
        return fd.error();
    auto f = std::make_shared<File>(File { std::move(*fd) });
    if (quint64(st.st_dev) != p.device || quint64(st.st_ino) != p.inode)
        return makeError(ErrorKind::Parse,
            tr("The bundle's file %1 was replaced by another file after the bundle was opened: it is not read. Open "
               "the bundle again.")
                .arg(partPath(index)));
    std::lock_guard lock(m_filesMutex);
    m_files.emplace_front(index, f);
    // A file still in use by a read stays open until that read ends.
    while (m_files.size() > kOpenFiles)
        m_files.pop_back();
    return f;
}

Error BundleSource::verify(size_t index)
{
    if (m_check[index].load(std::memory_order_acquire) == Check::Good)
        return {};
    std::lock_guard lock(m_checking[index]);
    switch (m_check[index].load(std::memory_order_acquire)) {
    case Check::Good:
        return {};
    case Check::Damaged:
        return m_damage[index];
    case Check::Unchecked:
        break;
    }
    auto f = file(index);
    if (!f)
        return f.error(); // perhaps passing (a file table full): checked again on the next read
    const Part& p = m_parts[index];
    // A sparse file claims bytes it does not hold, and hashing its holes would cost what the size
    // claims, not what is there. Procglass writes every byte of a part.
    const off_t hole = ::lseek((*f)->fd.get(), 0, SEEK_HOLE);
    if (hole >= 0 && quint64(hole) < p.manifest.region.range.size()) {
        m_damage[index] = makeError(ErrorKind::Parse,
            tr("The bundle's file %1 has holes (a sparse file), which Procglass never writes, so none of its bytes "
               "are shown. If you copied the bundle, copy it again without making files sparse "
               "(cp --sparse=never).")
                .arg(partPath(index)));
        m_check[index].store(Check::Damaged, std::memory_order_release);
        return m_damage[index];
    }
    QCryptographicHash sha(QCryptographicHash::Sha256);
    constexpr size_t kChunk = 1 << 20;
    std::unique_ptr<char[]> buffer(new char[kChunk]);
    const quint64 size = p.manifest.region.range.size();
    quint64 done = 0;
    while (done < size) {
        const ssize_t n
            = ::pread((*f)->fd.get(), buffer.get(), size_t(std::min<quint64>(kChunk, size - done)), off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int errnum = errno;
            return makeError(ErrorKind::Io,
                tr("The bundle's file %1 cannot be read: %2.").arg(partPath(index), errnoText(errnum)), errnum);
        }
        if (n == 0)
            break; // shortened since the bundle was opened: the checksum says so
        sha.addData(QByteArrayView(buffer.get(), qsizetype(n)));
        done += quint64(n);
    }
    if (done != size || sha.result() != p.manifest.sha256) {
        m_damage[index] = makeError(ErrorKind::Parse,
            tr("The bundle's file %1 is damaged: its bytes do not match the SHA-256 checksum in the manifest, so "
               "none of them are shown. Ask for a fresh copy of the bundle.")
                .arg(partPath(index)));
        m_check[index].store(Check::Damaged, std::memory_order_release);
        return m_damage[index];
    }
    m_check[index].store(Check::Good, std::memory_order_release);
    return {};
}

Result<std::vector<Region>> BundleSource::regions()
{
    std::vector<Region> out;
    out.reserve(m_parts.size());
    for (const Part& p : m_parts)
        out.push_back(p.manifest.region);
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
    // Parts are sorted: check every part the read touches before showing any byte.
    auto first = std::upper_bound(m_parts.begin(), m_parts.end(), address,
        [](Address x, const Part& p) { return x < p.manifest.region.range.end; });
    for (auto it = first; it != m_parts.end() && it->manifest.region.range.start < want.end; ++it) {
        if (Error e = verify(size_t(it - m_parts.begin()))) {
            result.error = std::move(e);
            result.bytesRead = 0;
            result.unreadable.clear();
            std::memset(out.data(), 0, out.size());
            return result;
        }
    }
    Address a = address;
    for (auto it = first; a < want.end && it != m_parts.end() && it->manifest.region.range.start < want.end; ++it) {
        const AddressRange region = it->manifest.region.range;
        const AddressRange piece = region.intersected(want);
        result.addUnreadable({ a, piece.start });
        if (it->manifest.chunked) {
            ReadResult part = readChunked(*it, piece, address, out);
            if (part.error) {
                result.error = std::move(part.error);
                result.bytesRead = 0;
                result.unreadable.clear();
                std::memset(out.data(), 0, out.size());
                return result;
            }
            result.bytesRead += part.bytesRead;
            for (const AddressRange& u : part.unreadable)
                result.addUnreadable(u);
            a = piece.end;
            continue;
        }
        if (it->manifest.file.isEmpty()) {
            result.addUnreadable(piece);
            a = piece.end;
            continue;
        }
        auto f = file(size_t(it - m_parts.begin()));
        if (!f) {
            result.error = f.error();
            result.bytesRead = 0;
            result.unreadable.clear();
            std::memset(out.data(), 0, out.size());
            return result;
        }
        Address b = piece.start;
        auto readTo = [&](Address end) {
            while (b < end) {
                const ssize_t n
                    = ::pread((*f)->fd.get(), out.data() + (b - address), size_t(end - b), off_t(b - region.start));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0) {
                    // Shortened since it was checked: what is not there is unreadable, never stale.
                    std::memset(out.data() + (b - address), 0, size_t(end - b));
                    result.addUnreadable({ b, end });
                    b = end;
                    return;
                }
                result.bytesRead += quint64(n);
                b += quint64(n);
            }
        };
        const std::vector<AddressRange>& holes = it->manifest.unreadable;
        auto hole = std::upper_bound(
            holes.begin(), holes.end(), piece.start, [](Address x, const AddressRange& u) { return x < u.end; });
        for (; hole != holes.end() && hole->start < piece.end; ++hole) {
            const AddressRange cut = hole->intersected(piece);
            readTo(cut.start);
            std::memset(out.data() + (cut.start - address), 0, size_t(cut.size()));
            result.addUnreadable(cut);
            b = cut.end;
        }
        readTo(piece.end);
        a = piece.end;
    }
    result.addUnreadable({ a, want.end });
    return result;
}

QString BundleSource::description() const
{
    return tr("bundle %1 (pid %2, %3)").arg(m_directory).arg(m_info.pid).arg(QFileInfo(m_info.executable).fileName());
}

quint32 snapshotChunkLength(const BundleManifest& manifest, quint64 chunk)
{
    auto it = std::upper_bound(manifest.parts.begin(), manifest.parts.end(), chunk,
        [](quint64 c, const BundlePart& p) { return p.chunked && c < p.firstChunk; });
    // The last chunked part at or before chunk.
    while (it != manifest.parts.begin()) {
        --it;
        if (it->chunked && it->firstChunk <= chunk) {
            const quint64 at = (chunk - it->firstChunk) * kSnapshotChunk;
            if (at >= it->region.range.size())
                return 0;
            return quint32(std::min<quint64>(kSnapshotChunk, it->region.range.size() - at));
        }
    }
    return 0;
}

Result<std::vector<SnapshotChunk>> parseSnapshotIndex(
    QByteArrayView bytes, const BundleManifest& manifest, std::span<const quint64> packSizes, const QString& name)
{
    using namespace snapshotformat;
    auto damaged = [&](const QString& why) {
        return makeError(ErrorKind::Parse,
            tr("The snapshot's index %1 is damaged: %2. The snapshot is not read; ask for a fresh copy.")
                .arg(name, why));
    };
    if (bytes.size() < kHeaderBytes || std::memcmp(bytes.data(), kIndexMagic, 8) != 0)
        return damaged(tr("it does not start as a snapshot's index does"));
    const auto* d = reinterpret_cast<const uchar*>(bytes.data());
    if (qFromLittleEndian<quint32>(d + 8) != kIndexVersion || qFromLittleEndian<quint32>(d + 12) != kSnapshotChunk
        || qFromLittleEndian<quint64>(d + 24) != 0)
        return damaged(tr("its version or chunk size is not one Procglass writes"));
    const quint64 count = qFromLittleEndian<quint64>(d + 16);
    if (count != manifest.chunks || count > quint64(kIndexBytes - kHeaderBytes) / kEntryBytes)
        return damaged(tr("it lists %1 chunks where the manifest's mappings have %2").arg(count).arg(manifest.chunks));
    if (quint64(bytes.size()) != quint64(kHeaderBytes) + count * quint64(kEntryBytes))
        return damaged(tr("its size does not match the %1 chunks it lists").arg(count));
    if (packSizes.size() != size_t(manifest.packs.size()))
        return damaged(tr("the manifest's packs and the packs opened differ"));
    std::vector<SnapshotChunk> out;
    out.reserve(size_t(count));
    for (const BundlePart& p : manifest.parts) {
        if (!p.chunked)
            continue;
        const quint64 size = p.region.range.size();
        for (quint64 at = 0; at < size; at += kSnapshotChunk) {
            const quint64 i = out.size();
            const quint32 length = quint32(std::min<quint64>(kSnapshotChunk, size - at));
            const uchar* e = d + kHeaderBytes + i * quint64(kEntryBytes);
            SnapshotChunk c;
            c.hash = qFromLittleEndian<quint64>(e);
            c.offset = qFromLittleEndian<quint64>(e + 8);
            c.length = qFromLittleEndian<quint32>(e + 16);
            c.pack = qFromLittleEndian<quint32>(e + 20);
            const quint8 kind = e[24];
            const bool reservedZero = std::all_of(e + 25, e + 32, [](uchar x) { return x == 0; });
            auto bad = [&](const QString& why) {
                return damaged(tr("chunk %1 (at 0x%2) %3").arg(i).arg(p.region.range.start + at, 0, 16).arg(why));
            };
            if (kind > quint8(ChunkKind::Zstd) || !reservedZero)
                return bad(tr("is of an unknown kind"));
            c.kind = ChunkKind(kind);
            switch (c.kind) {
            case ChunkKind::Zero:
                if (c.hash != 0 || c.offset != 0 || c.length != 0 || c.pack != 0)
                    return bad(tr("is zeros but says where it lies"));
                break;
            case ChunkKind::Raw:
            case ChunkKind::Zstd:
                if (c.kind == ChunkKind::Raw ? c.length != length : (c.length == 0 || c.length >= length))
                    return bad(tr("has a stored length that does not fit its size"));
                if (c.pack >= packSizes.size())
                    return bad(tr("lies in a pack the manifest does not name"));
                if (c.offset > packSizes[c.pack] || c.length > packSizes[c.pack] - c.offset)
                    return bad(tr("lies beyond the end of its pack"));
                break;
            }
            out.push_back(c);
        }
    }
    if (out.size() != count)
        return damaged(tr("it lists more chunks than the mappings hold"));
    return out;
}

Error BundleSource::openSnapshot(const BundleManifest& manifest)
{
    using namespace snapshotformat;
    m_version = 2;
    m_packNames = manifest.packs;
    m_indexPath = m_directory + QStringLiteral("/index");
    auto damaged = [&](const QString& path, const QString& why) {
        return makeError(
            ErrorKind::Parse, tr("The snapshot's file %1 is damaged: %2. Ask for a fresh copy.").arg(path, why));
    };
    struct stat st
    {
    };
    auto index = openInBundle(m_dirFd.get(), QStringLiteral("index"), m_indexPath, &st);
    if (!index)
        return index.error();
    if (manifest.chunks > quint64(kIndexBytes - kHeaderBytes) / kEntryBytes
        || quint64(st.st_size) != quint64(kHeaderBytes) + manifest.chunks * quint64(kEntryBytes))
        return damaged(m_indexPath, tr("its size does not match the mappings of the manifest"));
    // The whole index is read: it must really be there (a sparse file claims what it does not hold).
    if (quint64(st.st_blocks) * 512 + 4096 < quint64(st.st_size))
        return damaged(m_indexPath, tr("it has holes (a sparse file), which Procglass never writes"));
    QByteArray bytes(qsizetype(st.st_size), Qt::Uninitialized);
    qsizetype have = 0;
    while (have < bytes.size()) {
        const ssize_t n = ::pread(index->get(), bytes.data() + have, size_t(bytes.size() - have), off_t(have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int errnum = errno;
            return makeError(ErrorKind::Io,
                tr("The snapshot's file %1 cannot be read: %2.").arg(m_indexPath, errnoText(errnum)), errnum);
        }
        if (n == 0)
            return damaged(m_indexPath, tr("it is shorter than it was a moment ago"));
        have += n;
    }

    // The packs: this folder's, and its bases' -- sibling folders, opened relative to the parent,
    // never through a link.
    UniqueFd parent;
    std::vector<quint64> sizes;
    for (const QString& name : manifest.packs) {
        Pack pack;
        int in = m_dirFd.get();
        UniqueFd sibling;
        if (name.isEmpty()) {
            pack.path = m_directory + QStringLiteral("/pack");
        } else {
            const QString folder = QDir::cleanPath(m_directory + QStringLiteral("/../") + name);
            pack.path = folder + QStringLiteral("/pack");
            if (!parent.valid()) {
                parent.reset(::openat(m_dirFd.get(), "..", O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC));
                if (!parent.valid())
                    return openFailed(folder, errno);
            }
            sibling.reset(::openat(parent.get(), QFile::encodeName(name).constData(),
                O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
            if (!sibling.valid()) {
                const int errnum = errno;
                if (errnum == ENOENT)
                    return makeError(ErrorKind::Io,
                        tr("The snapshot %1 shares chunks with the snapshot %2, which is missing: without it this "
                           "snapshot cannot be read. Put %2 back next to it (a base must not be deleted or moved "
                           "alone).")
                            .arg(m_directory, folder),
                        errnum);
                if (errnum == ELOOP || errnum == ENOTDIR)
                    return makeError(ErrorKind::Parse,
                        tr("The snapshot %1 shares chunks with %2, which is not a folder (or is a symbolic link): it "
                           "is not followed.")
                            .arg(m_directory, folder));
                return openFailed(folder, errnum);
            }
            in = sibling.get();
        }
        struct stat ps
        {
        };
        auto fd = openInBundle(in, QStringLiteral("pack"), pack.path, &ps);
        if (!fd)
            return fd.error();
        pack.fd = std::move(*fd);
        pack.size = quint64(ps.st_size);
        pack.device = quint64(ps.st_dev);
        pack.inode = quint64(ps.st_ino);
        sizes.push_back(pack.size);
        m_packs.push_back(std::move(pack));
    }
    auto chunks = parseSnapshotIndex(bytes, manifest, sizes, m_indexPath);
    if (!chunks)
        return chunks.error();
    m_chunks = std::move(*chunks);
    return {};
}

namespace {

struct DctxDeleter
{
    void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
};

ZSTD_DCtx* threadDctx()
{
    thread_local std::unique_ptr<ZSTD_DCtx, DctxDeleter> ctx(ZSTD_createDCtx());
    return ctx.get();
}

} // namespace

Error BundleSource::readChunk(quint64 index, std::span<std::byte> out) const
{
    if (index >= m_chunks.size())
        return makeError(ErrorKind::InvalidArgument, QStringLiteral("No such chunk."));
    const SnapshotChunk& c = m_chunks[size_t(index)];
    if (c.kind == ChunkKind::Zero) {
        std::memset(out.data(), 0, out.size());
        return {};
    }
    const Pack& pack = m_packs[c.pack];
    auto damaged = [&](const QString& why) {
        return makeError(ErrorKind::Parse,
            tr("The snapshot's file %1 is damaged: %2, so none of its bytes are shown. If it is a base of this "
               "snapshot, it was changed or replaced after this snapshot was made; ask for a fresh copy.")
                .arg(pack.path, why));
    };
    std::byte stored[kSnapshotChunk];
    std::byte* into = c.kind == ChunkKind::Raw ? out.data() : stored;
    if (c.kind == ChunkKind::Raw && out.size() != c.length)
        return makeError(ErrorKind::InvalidArgument, QStringLiteral("A chunk read of the wrong size."));
    quint64 have = 0;
    while (have < c.length) {
        const ssize_t n = ::pread(pack.fd.get(), into + have, size_t(c.length - have), off_t(c.offset + have));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int errnum = errno;
            return makeError(ErrorKind::Io,
                tr("The snapshot's file %1 cannot be read: %2.").arg(pack.path, errnoText(errnum)), errnum);
        }
        if (n == 0)
            return damaged(tr("it is shorter than its index says"));
        have += quint64(n);
    }
    if (c.kind == ChunkKind::Zstd) {
        const size_t n = ZSTD_decompressDCtx(threadDctx(), out.data(), out.size(), stored, c.length);
        if (ZSTD_isError(n) || n != out.size())
            return damaged(tr("the compressed chunk at offset %1 does not decompress").arg(c.offset));
    }
    if (XXH3_64bits(out.data(), out.size()) != c.hash)
        return damaged(tr("the chunk at offset %1 does not match its checksum in the index").arg(c.offset));
    return {};
}

std::optional<quint64> BundleSource::chunkAt(Address address, quint32* length) const
{
    auto it = std::upper_bound(m_parts.begin(), m_parts.end(), address,
        [](Address x, const Part& p) { return x < p.manifest.region.range.end; });
    if (it == m_parts.end() || !it->manifest.chunked || address < it->manifest.region.range.start)
        return std::nullopt;
    const quint64 at = address - it->manifest.region.range.start;
    if (at % kSnapshotChunk != 0)
        return std::nullopt;
    if (length)
        *length = quint32(std::min<quint64>(kSnapshotChunk, it->manifest.region.range.end - address));
    return it->manifest.firstChunk + at / kSnapshotChunk;
}

std::optional<ChunkIdentity> BundleSource::chunkIdentity(Address address, quint64 length) const
{
    quint32 chunkLength = 0;
    const auto index = chunkAt(address, &chunkLength);
    if (!index || chunkLength != length)
        return std::nullopt;
    auto it = std::upper_bound(m_parts.begin(), m_parts.end(), address,
        [](Address x, const Part& p) { return x < p.manifest.region.range.end; });
    const AddressRange chunk { address, address + length };
    for (const AddressRange& u : it->manifest.unreadable) {
        if (u.intersects(chunk))
            return std::nullopt;
    }
    const SnapshotChunk& c = m_chunks[size_t(*index)];
    ChunkIdentity id;
    id.kind = c.kind;
    if (c.kind != ChunkKind::Zero) {
        id.hash = c.hash;
        id.device = m_packs[c.pack].device;
        id.inode = m_packs[c.pack].inode;
        id.offset = c.offset;
        id.length = c.length;
    }
    return id;
}

ReadResult BundleSource::readChunked(const Part& part, AddressRange piece, Address address, std::span<std::byte> out)
{
    ReadResult result;
    const AddressRange region = part.manifest.region.range;
    std::vector<std::byte> buffer;
    for (Address a = piece.start; a < piece.end;) {
        const quint64 at = a - region.start;
        const Address chunkStart = region.start + at / kSnapshotChunk * kSnapshotChunk;
        const quint64 chunkLength = std::min<quint64>(kSnapshotChunk, region.end - chunkStart);
        const quint64 index = part.manifest.firstChunk + at / kSnapshotChunk;
        const Address end = std::min<Address>(piece.end, chunkStart + chunkLength);
        std::byte* dest = out.data() + (a - address);
        if (a == chunkStart && end == chunkStart + chunkLength) {
            result.error = readChunk(index, std::span(dest, size_t(chunkLength)));
        } else {
            buffer.resize(size_t(chunkLength));
            result.error = readChunk(index, buffer);
            if (!result.error)
                std::memcpy(dest, buffer.data() + (a - chunkStart), size_t(end - a));
        }
        if (result.error)
            return result;
        a = end;
    }
    quint64 holes = 0;
    const std::vector<AddressRange>& list = part.manifest.unreadable;
    auto hole = std::upper_bound(
        list.begin(), list.end(), piece.start, [](Address x, const AddressRange& u) { return x < u.end; });
    for (; hole != list.end() && hole->start < piece.end; ++hole) {
        const AddressRange cut = hole->intersected(piece);
        std::memset(out.data() + (cut.start - address), 0, size_t(cut.size()));
        result.addUnreadable(cut);
        holes += cut.size();
    }
    result.bytesRead = piece.size() - holes;
    return result;
}

} // namespace procglass
