// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/privatefile.h"
#include "core/model/tr.h"

#include <QFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

// A partial younger than this may be one whose writer has created it but not locked it yet.
constexpr time_t kStaleAfter = 2;

QString errnoText(int errnum)
{
    return QString::fromLocal8Bit(strerror(errnum));
}

QString userName(uid_t uid)
{
    passwd pw {};
    passwd* found = nullptr;
    char buffer[1024];
    if (getpwuid_r(uid, &pw, buffer, sizeof buffer, &found) == 0 && found)
        return QString::fromLocal8Bit(found->pw_name);
    return QString::number(uid);
}

bool statName(int dirfd, const char* name, struct stat* st, int* errnum)
{
    if (::fstatat(dirfd, name, st, AT_SYMLINK_NOFOLLOW) == 0)
        return true;
    *errnum = errno;
    return false;
}

bool isPartialName(const char* name)
{
    const size_t n = std::strlen(name);
    constexpr size_t kSuffix = 9 + 6; // ".partial-XXXXXX"
    if (name[0] != '.' || n < kSuffix + 2 || std::memcmp(name + n - kSuffix, ".partial-", 9) != 0)
        return false;
    for (size_t i = n - 6; i < n; ++i) {
        const char c = name[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

bool renameNoReplace(int dirfd, const char* from, const char* to)
{
    if (::renameat2(dirfd, from, dirfd, to, RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return false;
    // No renameat2 flags here (some network and FUSE file systems): a link cannot replace either.
    if (::linkat(dirfd, from, dirfd, to, 0) != 0)
        return false;
    ::unlinkat(dirfd, from, 0);
    return true;
}

Error placeError(const QString& path, int errnum)
{
    return makeError(ErrorKind::Io,
        tr("Cannot put %1 in place: %2. Nothing was saved; what was there is as it was.").arg(path, errnoText(errnum)),
        errnum);
}

Error appearedError(const QString& path)
{
    return makeError(ErrorKind::InvalidArgument,
        tr("%1 was created by someone else while Procglass was writing; it was left as it is and nothing was "
           "saved. Choose another name.")
            .arg(path));
}

Error changedError(const QString& path)
{
    return makeError(ErrorKind::InvalidArgument,
        tr("%1 was replaced by someone else while Procglass was writing; it was left as it is and nothing was "
           "saved. Choose another name.")
            .arg(path));
}

} // namespace

Error symlinkError(const QString& path)
{
    return makeError(ErrorKind::InvalidArgument,
        tr("%1 is a symbolic link; Procglass never writes through a link in an output path. Choose another name.")
            .arg(path),
        ELOOP);
}

Error existsError(const QString& path)
{
    return makeError(ErrorKind::InvalidArgument, tr("%1 already exists; it was left as it is.").arg(path), EEXIST);
}

bool forEachEntry(int dirfd, const std::function<bool(const char* name, const struct stat& st)>& visit,
    const std::function<bool(const char* name)>& wanted)
{
    // A descriptor of its own: readdir moves the offset, which a dup() would share.
    const int fd = ::openat(dirfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    DIR* dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return false;
    }
    bool ok = true;
    while (dirent* e = ::readdir(dir)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0 || (wanted && !wanted(e->d_name)))
            continue;
        struct stat st
        {
        };
        if (::fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue; // gone meanwhile
        if (!visit(e->d_name, st)) {
            ok = false;
            break;
        }
    }
    ::closedir(dir);
    return ok;
}

bool removeFilesIn(int dirfd)
{
    bool empty = true;
    forEachEntry(dirfd, [&](const char* name, const struct stat& st) {
        if (!S_ISREG(st.st_mode) || ::unlinkat(dirfd, name, 0) != 0)
            empty = false;
        return true;
    });
    return empty;
}

// --- OutputFolder ---

OutputFolder::OutputFolder(OutputFolder&& o) noexcept
    : m_fd(std::exchange(o.m_fd, -1))
    , m_path(std::move(o.m_path))
    , m_name(std::move(o.m_name))
    , m_shared(o.m_shared)
    , m_owner(o.m_owner)
{ }

OutputFolder& OutputFolder::operator=(OutputFolder&& o) noexcept
{
    if (this != &o) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(o.m_fd, -1);
        m_path = std::move(o.m_path);
        m_name = std::move(o.m_name);
        m_shared = o.m_shared;
        m_owner = o.m_owner;
    }
    return *this;
}

OutputFolder::~OutputFolder()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<OutputFolder> OutputFolder::open(const QString& path)
{
    const QByteArray encoded = QFile::encodeName(path);
    const qsizetype slash = encoded.lastIndexOf('/');
    const QByteArray name = encoded.mid(slash + 1);
    if (name.isEmpty() || name == "." || name == "..")
        return makeError(ErrorKind::InvalidArgument,
            tr("%1 names a folder, not a file: give the name of the file to write.").arg(path), EISDIR);
    if (name.contains('\0'))
        return makeError(ErrorKind::InvalidArgument, tr("%1 is not a valid file name.").arg(path));
    const QByteArray folder = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : encoded.left(slash);
    OutputFolder f;
    f.m_path = path;
    f.m_name = name;
    f.m_fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (f.m_fd < 0) {
        const int errnum = errno;
        if (errnum == ENOENT)
            return makeError(ErrorKind::Io,
                tr("Cannot create %1: the folder %2 does not exist.").arg(path, QFile::decodeName(folder)), errnum);
        return makeError(ErrorKind::Io,
            tr("Cannot create %1: the folder %2 cannot be opened: %3.")
                .arg(path, QFile::decodeName(folder), errnoText(errnum)),
            errnum);
    }
    struct stat st
    {
    };
    if (::fstat(f.m_fd, &st) != 0)
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, errnoText(errno)), errno);
    f.m_shared = (st.st_mode & S_ISVTX) && (st.st_mode & (S_IWOTH | S_IWGRP));
    f.m_owner = st.st_uid;
    return f;
}

QString OutputFolder::folderPath() const
{
    const qsizetype slash = m_path.lastIndexOf(u'/');
    return slash < 0 ? QStringLiteral(".") : slash == 0 ? QStringLiteral("/") : m_path.left(slash);
}

bool OutputFolder::mayReplace(uid_t uid) const
{
    return !m_shared || uid == ::geteuid() || uid == m_owner;
}

Error OutputFolder::checkTarget(bool exists, const struct stat& st, bool overwrite) const
{
    if (!exists)
        return {};
    if (S_ISLNK(st.st_mode))
        return symlinkError(m_path);
    if (S_ISDIR(st.st_mode))
        return makeError(ErrorKind::InvalidArgument,
            tr("%1 is a folder; Procglass writes a file only where there is none or a regular file. Choose another "
               "name.")
                .arg(m_path),
            EISDIR);
    if (!S_ISREG(st.st_mode))
        return makeError(ErrorKind::InvalidArgument,
            tr("%1 is a device, a named pipe or a socket, not a regular file; Procglass never writes into one or "
               "replaces it. Choose another name.")
                .arg(m_path));
    if (!mayReplace(st.st_uid))
        return makeError(ErrorKind::Permission,
            tr("%1 belongs to %2 and lies in %3, a folder others can write to; Procglass never replaces another "
               "user's file there (as the kernel's protected_regular rule). Choose another name or folder.")
                .arg(m_path, userName(st.st_uid), folderPath()),
            EACCES);
    if (!overwrite)
        return existsError(m_path);
    return {};
}

QByteArray OutputFolder::partialName() const
{
    static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QByteArray name = '.' + m_name.left(200) + ".partial-";
    for (int i = 0; i < 6; ++i)
        name += kChars[QRandomGenerator::system()->bounded(int(sizeof kChars - 1))];
    return name;
}

void OutputFolder::removeStalePartials() const
{
    const uid_t me = ::geteuid();
    const time_t now = ::time(nullptr);
    const auto visit = [&](const char* name, const struct stat& st) {
        if (st.st_uid != me || std::max(st.st_mtime, st.st_ctime) > now - kStaleAfter)
            return true;
        if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
            return true;
        const int flags = S_ISDIR(st.st_mode) ? O_RDONLY | O_DIRECTORY : O_RDONLY | O_NONBLOCK | O_NOCTTY;
        const int fd = ::openat(m_fd, name, flags | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return true;
        struct stat opened
        {
        };
        // Its writer holds the lock as long as it lives.
        if (::fstat(fd, &opened) == 0 && opened.st_dev == st.st_dev && opened.st_ino == st.st_ino
            && ::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            struct stat again
            {
            };
            const bool same = ::fstatat(m_fd, name, &again, AT_SYMLINK_NOFOLLOW) == 0 && again.st_dev == st.st_dev
                && again.st_ino == st.st_ino;
            if (same && S_ISDIR(st.st_mode)) {
                if (removeFilesIn(fd))
                    ::unlinkat(m_fd, name, AT_REMOVEDIR);
            } else if (same) {
                ::unlinkat(m_fd, name, 0);
            }
        }
        ::close(fd);
        return true;
    };
    forEachEntry(m_fd, visit, isPartialName); // /tmp may hold many names: only ours are looked at
}

// --- FdWriter ---

FdWriter::FdWriter(int fd)
    : m_fd(fd)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

FdWriter::~FdWriter()
{
    FdWriter::close();
}

void FdWriter::close()
{
    if (isOpen())
        QIODevice::close();
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

qint64 FdWriter::writeData(const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size_t(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_errnum = n < 0 ? errno : ENOSPC;
            setErrorString(errnoText(m_errnum));
            return -1;
        }
        done += n;
    }
    return done;
}

bool FdWriter::sync()
{
    if (::fsync(m_fd) == 0)
        return true;
    m_errnum = errno;
    setErrorString(errnoText(m_errnum));
    return false;
}

// --- PrivateFile ---

PrivateFile::PrivateFile(QString path, bool overwrite, Action action)
    : m_path(std::move(path))
    , m_overwrite(overwrite)
    , m_action(action)
{ }

PrivateFile::~PrivateFile()
{
    if (m_state != State::Closed && m_state != State::Written && m_state != State::Gone)
        settle(); // placed but not settled: cannot happen through commitPrivateFiles
    if (m_state == State::Written && nameHolds(m_temp, m_dev, m_ino))
        ::unlinkat(m_folder.fd(), m_temp.constData(), 0);
    delete m_file; // and the lock goes with the descriptor
}

namespace {
Error checkIn(const OutputFolder& folder, bool overwrite)
{
    struct stat st
    {
    };
    int errnum = 0;
    const bool exists = statName(folder.fd(), folder.name().constData(), &st, &errnum);
    if (!exists && errnum != ENOENT)
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(folder.path(), errnoText(errnum)), errnum);
    return folder.checkTarget(exists, st, overwrite);
}
} // namespace

Error PrivateFile::check(const QString& path, bool overwrite)
{
    auto folder = OutputFolder::open(path);
    if (!folder)
        return folder.error();
    return checkIn(*folder, overwrite);
}

Error PrivateFile::open()
{
    auto folder = OutputFolder::open(m_path);
    if (!folder)
        return folder.error();
    m_folder = std::move(*folder);
    if (Error e = checkIn(m_folder, m_overwrite))
        return e;
    if (m_action == Action::Remove)
        return {};
    m_folder.removeStalePartials();
    int fd = -1;
    for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
        m_temp = m_folder.partialName();
        fd = ::openat(m_folder.fd(), m_temp.constData(),
            O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0)
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(m_path, errnoText(errno)), errno);
    m_file = new FdWriter(fd);
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0)
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(m_path, errnoText(errno)), errno);
    m_dev = st.st_dev;
    m_ino = st.st_ino;
    m_state = State::Written; // from here on, the destructor removes it
    // Locked while it is written: the next writer into this folder leaves it alone. Exactly 0600,
    // whatever the umask, before the first byte: the data may be secret.
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fchmod(fd, S_IRUSR | S_IWUSR) != 0)
        return makeError(
            ErrorKind::Io, tr("Cannot make %1 private (mode 0600): %2").arg(m_path, errnoText(errno)), errno);
    return {};
}

QIODevice& PrivateFile::device()
{
    Q_ASSERT(m_file);
    return *m_file;
}

Error PrivateFile::finish()
{
    if (m_action == Action::Remove)
        return {};
    if (!m_file || m_state != State::Written)
        return makeError(ErrorKind::Io, tr("Could not write %1. Nothing was saved.").arg(m_path));
    if (m_file->errnum() != 0 || !m_file->sync())
        return writeError(m_path, *m_file);
    return {};
}

bool PrivateFile::nameHolds(const QByteArray& name, dev_t dev, ino_t ino) const
{
    struct stat st
    {
    };
    return !name.isEmpty() && m_folder.fd() >= 0
        && ::fstatat(m_folder.fd(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && st.st_dev == dev
        && st.st_ino == ino;
}

Error PrivateFile::place()
{
    const int dir = m_folder.fd();
    const char* name = m_folder.name().constData();
    if (m_action == Action::Write && m_state != State::Written)
        return makeError(ErrorKind::Io, tr("Could not write %1. Nothing was saved.").arg(m_path));
    // Again, now: it may have changed while the file was written.
    struct stat st
    {
    };
    int errnum = 0;
    const bool exists = statName(dir, name, &st, &errnum);
    if (!exists && errnum != ENOENT)
        return placeError(m_path, errnum);
    if (Error e = m_folder.checkTarget(exists, st, m_overwrite))
        return e;
    m_oldDev = st.st_dev;
    m_oldIno = st.st_ino;

    if (m_action == Action::Remove) {
        if (!exists) {
            m_state = State::Gone;
            return {};
        }
        QByteArray aside;
        for (int attempt = 0; attempt < 100; ++attempt) {
            aside = m_folder.partialName();
            if (renameNoReplace(dir, name, aside.constData()))
                break;
            if (errno != EEXIST)
                return placeError(m_path, errno);
            aside.clear();
        }
        if (aside.isEmpty())
            return placeError(m_path, EEXIST);
        m_aside = aside;
        if (!nameHolds(m_aside, m_oldDev, m_oldIno)) {
            renameNoReplace(dir, m_aside.constData(), name);
            m_aside.clear();
            return changedError(m_path);
        }
        m_state = State::Removed;
        return {};
    }

    if (!exists) {
        if (renameNoReplace(dir, m_temp.constData(), name)) {
            m_state = State::New;
            return {};
        }
        return errno == EEXIST ? appearedError(m_path) : placeError(m_path, errno);
    }
    // Replacing a regular file we may replace: swapped atomically, the old one kept under our
    // temporary name until every file of the export is in place.
    if (::renameat2(dir, m_temp.constData(), dir, name, RENAME_EXCHANGE) == 0) {
        if (!nameHolds(m_temp, m_oldDev, m_oldIno)) {
            ::renameat2(dir, m_temp.constData(), dir, name, RENAME_EXCHANGE); // not what was checked: back
            return changedError(m_path);
        }
        m_state = State::Exchanged;
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return placeError(m_path, errno);
    // No RENAME_EXCHANGE: a second name keeps the old file, then ours is renamed over it.
    for (int attempt = 0; attempt < 100 && m_aside.isEmpty(); ++attempt) {
        const QByteArray aside = m_folder.partialName();
        if (::linkat(dir, name, dir, aside.constData(), 0) == 0)
            m_aside = aside;
        else if (errno != EEXIST)
            return placeError(m_path, errno);
    }
    if (m_aside.isEmpty())
        return placeError(m_path, EEXIST);
    if (!nameHolds(m_aside, m_oldDev, m_oldIno)) {
        ::unlinkat(dir, m_aside.constData(), 0);
        m_aside.clear();
        return changedError(m_path);
    }
    if (::renameat(dir, m_temp.constData(), dir, name) != 0) {
        const int e = errno;
        ::unlinkat(dir, m_aside.constData(), 0);
        m_aside.clear();
        return placeError(m_path, e);
    }
    m_state = State::Aside;
    return {};
}

void PrivateFile::undo()
{
    const int dir = m_folder.fd();
    const char* name = m_folder.name().constData();
    switch (m_state) {
    case State::New:
        if (nameHolds(m_folder.name(), m_dev, m_ino) && renameNoReplace(dir, name, m_temp.constData()))
            m_state = State::Written;
        break;
    case State::Exchanged:
        if (::renameat2(dir, m_temp.constData(), dir, name, RENAME_EXCHANGE) == 0)
            m_state = State::Written;
        break;
    case State::Aside:
        // The old file back over ours; ours lives on only in our descriptor.
        if (::renameat(dir, m_aside.constData(), dir, name) == 0)
            m_state = State::Gone;
        break;
    case State::Removed:
        if (renameNoReplace(dir, m_aside.constData(), name))
            m_state = State::Gone;
        break;
    default:
        break;
    }
}

void PrivateFile::settle()
{
    const int dir = m_folder.fd();
    switch (m_state) {
    case State::Exchanged:
        if (nameHolds(m_temp, m_oldDev, m_oldIno))
            ::unlinkat(dir, m_temp.constData(), 0);
        break;
    case State::Aside:
    case State::Removed:
        if (nameHolds(m_aside, m_oldDev, m_oldIno))
            ::unlinkat(dir, m_aside.constData(), 0);
        break;
    default:
        break;
    }
    m_state = State::Gone;
    ::fsync(dir); // the new name on the disk too
}

Error commitPrivateFiles(std::span<PrivateFile* const> files)
{
    for (size_t i = 0; i < files.size(); ++i) {
        if (Error e = files[i]->place()) {
            for (size_t j = i; j-- > 0;)
                files[j]->undo();
            return e;
        }
    }
    for (PrivateFile* f : files)
        f->settle();
    return {};
}

Error writeError(const QString& path, const QIODevice& out)
{
    const auto* writer = dynamic_cast<const FdWriter*>(&out);
    const int errnum = writer ? writer->errnum() : 0;
    const QString why = errnum ? errnoText(errnum) : out.errorString();
    return makeError(ErrorKind::Io, tr("Could not write %1: %2. Nothing was saved.").arg(path, why), errnum);
}

Error writePrivateFile(const QString& path, bool overwrite, const std::function<Error(QIODevice& out)>& write)
{
    PrivateFile file(path, overwrite);
    if (Error e = file.open())
        return e;
    if (Error e = write(file.device()))
        return e; // and the temporary file is removed
    if (Error e = file.finish())
        return e;
    PrivateFile* const one[] = { &file };
    return commitPrivateFiles(one);
}

Error writePrivateFile(const QString& path, bool overwrite, const std::function<bool(QIODevice& out)>& write)
{
    return writePrivateFile(
        path, overwrite, [&](QIODevice& out) -> Error { return write(out) ? Error() : writeError(path, out); });
}

} // namespace procglass
