// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/snapshotlist.h"

#include "core/io/bundlesource.h"
#include "core/model/format.h"
#include "session/background.h"
#include "session/targetdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QtConcurrent>

#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace procglass {

namespace {

// mkdir that accepts an existing directory only if it is a real one (no link), ours, and closed
// to others: a cache folder may be shared with whoever else can write there.
Error ensurePrivateDirectory(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
        const int e = errno;
        return makeError(ErrorKind::Io,
            SnapshotList::tr(
                "The folder %1 for snapshots cannot be made: %2. Choose another folder with Snapshots ▸ Keep "
                "snapshots in a folder….")
                .arg(path, QString::fromLocal8Bit(std::strerror(e))),
            e);
    }
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid()
        || (st.st_mode & 0077) != 0)
        return makeError(ErrorKind::Permission,
            SnapshotList::tr(
                "%1 is not a private folder of yours (a link, another user's, or open to others): snapshots are "
                "not written there. Remove it, or choose another folder with Snapshots ▸ Keep snapshots in a "
                "folder….")
                .arg(path));
    return {};
}

// Removes everything in the folder dirFd, never following a link: entries are unlinked by name
// The names in the folder dirFd that keep(name) accepts (none when it cannot be read).
template <typename Keep> std::vector<std::string> entryNames(int dirFd, Keep keep)
{
    std::vector<std::string> names;
    const int self = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (self < 0)
        return names;
    DIR* d = ::fdopendir(self);
    if (!d) {
        ::close(self);
        return names;
    }
    while (const dirent* e = ::readdir(d)) {
        if (keep(e->d_name))
            names.emplace_back(e->d_name);
    }
    ::closedir(d);
    return names;
}

// relative to it, and folders inside opened with O_NOFOLLOW.
void removeContents(int dirFd, int depth = 0)
{
    const std::vector<std::string> names = entryNames(
        dirFd, [](const char* name) { return std::strcmp(name, ".") != 0 && std::strcmp(name, "..") != 0; });
    for (const std::string& name : names) {
        if (::unlinkat(dirFd, name.c_str(), 0) == 0 || errno != EISDIR || depth >= 16)
            continue;
        UniqueFd sub(::openat(dirFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        if (sub.valid())
            removeContents(sub.get(), depth + 1);
        (void)::unlinkat(dirFd, name.c_str(), AT_REMOVEDIR);
    }
}

// A window's folder: "PID-STARTTIME-XXXXXX".
bool isWindowFolderName(const char* name)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]+-[0-9]+-[A-Za-z0-9]{6}$"));
    return pattern.match(QString::fromLatin1(name)).hasMatch();
}

// Removes, in the background, the folders of snapshots/ (parentFd) that no window holds locked:
// left by a crash.
void removeAbandoned(int parentFd)
{
    struct Abandoned
    {
        UniqueFd parent;
        std::vector<std::pair<UniqueFd, std::string>> folders; // locked: ours to remove
    };
    auto abandoned = std::make_shared<Abandoned>();
    std::vector<std::string> names = entryNames(parentFd, isWindowFolderName);
    for (std::string& name : names) {
        UniqueFd dir(::openat(parentFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        if (!dir.valid() || ::flock(dir.get(), LOCK_EX | LOCK_NB) != 0)
            continue; // a window's still in use (or not a folder)
        abandoned->folders.emplace_back(std::move(dir), std::move(name));
    }
    if (abandoned->folders.empty())
        return;
    abandoned->parent.reset(::fcntl(parentFd, F_DUPFD_CLOEXEC, 0));
    if (!abandoned->parent.valid())
        return;
    // Gigabytes of a crashed window's snapshots: not on the UI thread.
    (void)QtConcurrent::run([abandoned] {
        for (const auto& [dir, name] : abandoned->folders) {
            removeContents(dir.get());
            (void)::unlinkat(abandoned->parent.get(), name.c_str(), AT_REMOVEDIR);
        }
    });
}

quint64 folderSize(const QString& directory)
{
    quint64 total = 0;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += quint64(it.fileInfo().size());
    }
    return total;
}

} // namespace

QString SnapshotEntry::label() const
{
    if (number > 0)
        return QCoreApplication::translate("procglass::SnapshotList", "snapshot %1 (%2)")
            .arg(number)
            .arg(QLocale().toString(time.time(), QStringLiteral("HH:mm:ss")));
    return QFileInfo(directory).fileName();
}

ComparisonPages::ComparisonPages(std::shared_ptr<MemorySource> source, QString label, QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_label(std::move(label))
{
    // A snapshot is files: read on the pool. A page it refuses shows as not comparable.
    connect(&m_pages, &PageStore::pagesNeeded, this, [this](quint64, const std::vector<Address>& bases) {
        runInBackground(
            this,
            [source = m_source, bases] {
                std::vector<PageCache::Page> out;
                for (Address base : bases) {
                    auto page = PageCache::readPage(*source, base);
                    out.push_back(page ? std::move(*page) : PageCache::unreadablePage(base, page.error().message));
                }
                return out;
            },
            [this](const std::vector<PageCache::Page>& pages) { m_pages.add(pages); });
    });
}

SnapshotList::SnapshotList(TargetDocument* document, QObject* parent)
    : QObject(parent)
    , m_document(document)
{
    qRegisterMetaType<std::shared_ptr<const DiffOutcome>>();
    connect(document, &TargetDocument::dumped, this, &SnapshotList::onDumped);
}

SnapshotList::~SnapshotList()
{
    if (m_comparing)
        m_comparing->cancel = true;
    if (m_taking)
        m_taking->cancel = true; // the session removes what it began
    if (!m_private)
        return;
    // Ours alone (0700, held open): removed in the background, a few GiB may take a moment.
    // A snapshot still being written there is cancelled above; its temporary folder goes with it.
    (void)QtConcurrent::run([folder = m_private] { folder->remove(); });
}

void PrivateSnapshotFolder::remove()
{
    if (!m_dir.valid())
        return;
    removeContents(m_dir.get());
    // The name in snapshots/ (ours, 0700) still the folder made: removed.
    struct stat held = {};
    struct stat named = {};
    if (::fstat(m_dir.get(), &held) == 0
        && ::fstatat(m_parent.get(), m_name.constData(), &named, AT_SYMLINK_NOFOLLOW) == 0
        && held.st_dev == named.st_dev && held.st_ino == named.st_ino)
        (void)::unlinkat(m_parent.get(), m_name.constData(), AT_REMOVEDIR);
    m_dir.reset();
    m_parent.reset();
}

bool SnapshotList::canTake() const
{
    return m_document && m_document->capabilities().dump && !m_taking
        && m_document->state() != TargetDocument::State::Exited
        && m_document->state() != TargetDocument::State::Offline;
}

Result<std::shared_ptr<PrivateSnapshotFolder>> SnapshotList::makePrivateFolder(
    const ProcessIdentity& identity, const QString& cacheRoot)
{
    QString root = cacheRoot;
    if (root.isEmpty()) {
        root = qEnvironmentVariable("XDG_CACHE_HOME");
        if (root.isEmpty() || !QDir::isAbsolutePath(root))
            root = QDir::homePath() + QStringLiteral("/.cache");
    }
    QDir().mkpath(root); // the cache folder itself may be missing; its mode is the user's
    QString path = root;
    for (const QString& part : { QStringLiteral("procglass"), QStringLiteral("snapshots") }) {
        path += u'/' + part;
        if (QFileInfo(path).isSymLink())
            return makeError(ErrorKind::Permission,
                SnapshotList::tr(
                    "%1 is a link: snapshots are not written there. Remove it, or choose another folder with "
                    "Snapshots ▸ Keep snapshots in a folder….")
                    .arg(path));
        if (Error e = ensurePrivateDirectory(path))
            return e;
    }
    const auto cannot = [&](int e) {
        return makeError(ErrorKind::Io,
            SnapshotList::tr("A folder for snapshots cannot be made in %1: %2.")
                .arg(path, QString::fromLocal8Bit(std::strerror(e))),
            e);
    };
    // snapshots/, held open from now on: checked again through what was opened.
    auto folder = std::make_shared<PrivateSnapshotFolder>();
    folder->m_parent.reset(
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!folder->m_parent.valid())
        return cannot(errno);
    struct stat st = {};
    if (::fstat(folder->m_parent.get(), &st) != 0 || st.st_uid != ::geteuid() || (st.st_mode & 0077) != 0)
        return makeError(ErrorKind::Permission,
            SnapshotList::tr(
                "%1 is not a private folder of yours (a link, another user's, or open to others): snapshots are "
                "not written there. Remove it, or choose another folder with Snapshots ▸ Keep snapshots in a "
                "folder….")
                .arg(path));
    removeAbandoned(folder->m_parent.get());
    // One folder per open target, unique even when two windows open the same process.
    static constexpr char kLetters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QByteArray name = QByteArray::number(identity.pid) + '-' + QByteArray::number(identity.startTime) + '-';
        for (int i = 0; i < 6; ++i)
            name += kLetters[QRandomGenerator::system()->bounded(int(sizeof kLetters) - 1)];
        if (::mkdirat(folder->m_parent.get(), name.constData(), 0700) != 0) {
            if (errno == EEXIST)
                continue;
            return cannot(errno);
        }
        UniqueFd dir(::openat(
            folder->m_parent.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
        if (!dir.valid() || ::flock(dir.get(), LOCK_EX | LOCK_NB) != 0)
            continue; // another window's clean-up took it meanwhile
        // Still there under its name (a clean-up may have removed it before the lock).
        struct stat held = {};
        struct stat named = {};
        if (::fstat(dir.get(), &held) != 0
            || ::fstatat(folder->m_parent.get(), name.constData(), &named, AT_SYMLINK_NOFOLLOW) != 0
            || held.st_dev != named.st_dev || held.st_ino != named.st_ino)
            continue;
        folder->m_dir = std::move(dir);
        folder->m_name = name;
        folder->m_path = path + u'/' + QFile::decodeName(name);
        return folder;
    }
    return cannot(EEXIST);
}

void SnapshotList::take()
{
    if (!canTake())
        return;
    QString folder = m_keepFolder;
    if (folder.isEmpty()) {
        if (m_privateFolder.isEmpty()) {
            auto made = makePrivateFolder(m_document->identity());
            if (!made) {
                emit failed(made.error().message);
                return;
            }
            m_private = *made;
            m_privateFolder = m_private->path();
        }
        folder = m_privateFolder;
    }
    DumpJob job;
    job.format = DumpJob::Format::Snapshot;
    // Every mapping, as a bundle export takes them: the unreadable ones (guard pages) are listed
    // as such, so that a comparison does not call them new.
    job.regions = *m_document->regions();
    // zstd level 1: cheap next to reading the memory, and the cache folder is the user's disk.
    job.snapshot.compress = true;
    // The previous snapshot of this target is the base: what did not change is not stored again.
    // (A base must lie in the same folder: after Keep snapshots in a folder, the first one there
    // starts afresh.)
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->number > 0) {
            if (QFileInfo(it->directory).path() == folder)
                job.snapshot.base = it->directory;
            break;
        }
    }
    m_takingTime = QDateTime::currentDateTime();
    // The process names itself (prctl PR_SET_NAME takes "../../x" as well): only a plain name's
    // letters go into the folder's name, so that the snapshot lands in the folder chosen.
    QString process;
    for (const QChar ch : m_document->name()) {
        const bool plain = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9')
            || ch == u'_' || ch == u'-' || (ch == u'.' && !process.isEmpty());
        process += plain ? ch : u'_';
    }
    const QString name = m_keepFolder.isEmpty() ? QStringLiteral("snapshot-%1").arg(m_nextNumber)
                                                : QStringLiteral("%1-%2-snapshot-%3-%4")
                                                      .arg(process.isEmpty() ? QStringLiteral("process") : process)
                                                      .arg(m_document->identity().pid)
                                                      .arg(m_nextNumber)
                                                      .arg(m_takingTime.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    job.path = folder + u'/' + name;
    m_takingPath = job.path;
    m_taking = job.progress;
    m_document->dump(std::move(job));
}

void SnapshotList::onDumped(const QString& path, const DumpReport& report, const Error& error)
{
    if (!m_taking || path != m_takingPath)
        return; // an export's
    m_taking.reset();
    m_takingPath.clear();
    if (error) {
        emit failed(error.message);
        return;
    }
    SnapshotEntry e;
    e.number = m_nextNumber++;
    e.directory = path;
    e.time = m_takingTime;
    e.bytes = report.bytes;
    e.owned = m_keepFolder.isEmpty();
    m_entries.push_back(e);
    const int index = int(m_entries.size()) - 1;
    // Its size on disk: the files' sizes, read off this thread.
    runInBackground(
        this, [path] { return folderSize(path); },
        [this, index, path](quint64 size) {
            if (index < int(m_entries.size()) && m_entries[size_t(index)].directory == path) {
                m_entries[size_t(index)].bytesOnDisk = size;
                emit entriesChanged();
            }
        });
    emit entriesChanged();
    emit taken(index);
}

int SnapshotList::addOpened(const QString& directory)
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].directory == directory)
            return int(i);
    }
    SnapshotEntry e;
    e.directory = directory;
    e.time = QFileInfo(directory).lastModified();
    m_entries.push_back(e);
    emit entriesChanged();
    return int(m_entries.size()) - 1;
}

std::pair<quint64, quint64> SnapshotList::compareProgress() const
{
    if (!m_comparing)
        return { 0, 0 };
    return { m_comparing->done.load(), m_comparing->total.load() };
}

void SnapshotList::cancelCompare()
{
    if (m_comparing)
        m_comparing->cancel = true;
}

void SnapshotList::compare(DiffSide before, DiffSide after)
{
    if (m_comparing)
        m_comparing->cancel = true; // the older one stops and answers nobody
    auto state = std::make_shared<CompareState>();
    m_comparing = state;
    struct Side
    {
        QString directory; // empty: the document's source
        QString label;
    };
    const auto side = [this](DiffSide s) {
        if (s.entry >= 0 && s.entry < int(m_entries.size()))
            return Side { m_entries[size_t(s.entry)].directory, m_entries[size_t(s.entry)].label() };
        return Side { QString(),
            m_document->capabilities().live ? SnapshotList::tr("now") : QFileInfo(m_document->name()).fileName() };
    };
    const Side b = side(before);
    const Side a = side(after);
    std::shared_ptr<MemorySource> documentSource = m_document->source();
    const auto work = [b, a, documentSource, state]() -> std::shared_ptr<const DiffOutcome> {
        auto outcome = std::make_shared<DiffOutcome>();
        outcome->beforeLabel = b.label;
        outcome->afterLabel = a.label;
        const auto open = [&](const Side& s) -> std::shared_ptr<MemorySource> {
            if (s.directory.isEmpty())
                return documentSource;
            auto bundle = BundleSource::open(s.directory);
            if (!bundle) {
                outcome->error = bundle.error();
                return nullptr;
            }
            return std::shared_ptr<MemorySource>(std::move(*bundle));
        };
        std::shared_ptr<MemorySource> beforeSource = open(b);
        std::shared_ptr<MemorySource> afterSource = beforeSource ? open(a) : nullptr;
        if (!beforeSource || !afterSource)
            return outcome;
        DiffOptions options;
        // What the window lists: the counts stay exact beyond it.
        options.maxRanges = 100'000;
        // The values as compared: a live side has moved on by the time the list shows them.
        options.previewBytes = DiffOutcome::kPreviewBytes;
        options.threads = 1;
        options.cancel = &state->cancel;
        options.progress = [state](quint64 done, quint64 total) {
            state->done = done;
            state->total = total;
        };
        auto report = diffSources(*beforeSource, *afterSource, options);
        if (!report) {
            outcome->error = report.error();
            return outcome;
        }
        outcome->report = std::move(*report);
        if (state->cancel || outcome->report.cancelled) {
            outcome->report.cancelled = true;
            return outcome;
        }
        outcome->before = beforeSource;
        return outcome;
    };
    m_compareJobs.run(
        [work] {
            // On a thread of its own at a lower priority (its helper threads inherit it): a diff
            // keeps every core busy for seconds, and the window must not wait for a core meanwhile
            // (measured: 70-90 ms stalls of the UI thread on a loaded 2-core machine without).
            std::shared_ptr<const DiffOutcome> result;
            std::thread worker([&] {
                (void)::setpriority(PRIO_PROCESS, 0, 10); // this thread only (Linux); best effort
                result = work();
            });
            worker.join();
            return result;
        },
        [this, state](std::shared_ptr<const DiffOutcome> outcome) {
            if (m_comparing == state)
                m_comparing.reset();
            emit compared(std::move(outcome));
        });
}

} // namespace procglass
