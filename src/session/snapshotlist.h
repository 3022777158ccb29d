// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/io/dumpjob.h"
#include "core/io/uniquefd.h"
#include "core/model/error.h"
#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/snapshot/diff.h"
#include "session/jobtracker.h"
#include "session/pagestore.h"

#include <QDateTime>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace procglass {

class TargetDocument;

// One snapshot the window knows of: taken of the open target, or a snapshot/bundle the user
// opened to compare with.
struct SnapshotEntry
{
    int number = 0; // 1, 2, ... in the order taken (0: opened from disk)
    QString directory;
    QDateTime time; // when it was taken (opened ones: the bundle's own time, if it says)
    quint64 bytes = 0; // of memory
    quint64 bytesOnDisk = 0;
    bool owned = false; // in the window's private folder: removed with the list
    // "snapshot 2 (12:03:05)", or the folder's name for an opened one.
    [[nodiscard]] QString label() const;
};

// Where a comparison's two sides come from: a snapshot of the list, or the document itself
// (live: as it is now; a bundle: the bundle).
struct DiffSide
{
    int entry = -1; // index into SnapshotList::entries(); -1: the document
};

// What a comparison found (with the first bytes of every listed range on both sides, as compared:
// MappingDiff::previews) and what the window shows with it.
struct DiffOutcome
{
    DiffReport report;
    QString beforeLabel;
    QString afterLabel;
    std::shared_ptr<MemorySource> before; // the hex view compares with it
    Error error;
    static constexpr int kPreviewBytes = 8;
};

// The bytes of another moment for the hex view to compare with: a page store answered from a
// memory source (a snapshot's files) on the thread pool, never on the GUI thread.
class ComparisonPages : public QObject
{
    Q_OBJECT
public:
    ComparisonPages(std::shared_ptr<MemorySource> source, QString label, QObject* parent = nullptr);
    [[nodiscard]] PageStore& pages() { return m_pages; }
    [[nodiscard]] const QString& label() const { return m_label; }
    [[nodiscard]] const std::shared_ptr<MemorySource>& source() const { return m_source; }

private:
    std::shared_ptr<MemorySource> m_source;
    QString m_label;
    PageStore m_pages;
};

// The window's private folder for one target's snapshots, held open while it is in use: removed
// through the descriptors opened when it was made, never through its path again (whoever owns a
// folder above it -- a user's ~/.cache when root runs the window with sudo -E -- may swap a path
// for a link meanwhile), and locked (flock) so that a later window removes what a crashed one
// left behind, and nothing of a window still open.
class PrivateSnapshotFolder
{
public:
    [[nodiscard]] const QString& path() const { return m_path; }
    // Removes the folder with everything in it (it blocks: call it off the UI thread). Once.
    void remove();

private:
    friend class SnapshotList;
    UniqueFd m_parent; // .../procglass/snapshots
    UniqueFd m_dir; // the folder itself, flock'ed
    QByteArray m_name;
    QString m_path;
};

// The snapshots of one open target (a document), and the comparisons between them.
//
// Snapshots are taken through TargetDocument::dump (DumpJob::Format::Snapshot: on the target's
// session thread, every thread stopped while it is written; through an agent the bytes travel and
// the files are written here), each with the previous one as its base so that unchanged chunks are
// not stored twice. They live in a private folder (0700, made with mkdtemp) under
// $XDG_CACHE_HOME/procglass/snapshots/ (or ~/.cache/...), which goes with the list: when the target
// is closed or the window quits. A folder the user picks instead (setKeepFolder) is kept.
// Comparisons run on the thread pool with progress and cancel; only the newest one answers.
class SnapshotList : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotList(TargetDocument* document, QObject* parent = nullptr);
    // Removes the private folder (in the background) with the snapshots in it.
    ~SnapshotList() override;

    [[nodiscard]] const std::vector<SnapshotEntry>& entries() const { return m_entries; }
    [[nodiscard]] bool canTake() const;
    [[nodiscard]] bool isTaking() const { return bool(m_taking); }
    // The snapshot under way's progress (done/total bytes), or null.
    [[nodiscard]] std::shared_ptr<DumpJob::Progress> takeProgress() const { return m_taking; }
    // Starts a snapshot of every readable mapping; taken() or failed() answers.
    void take();
    // From now on, snapshots are written into folder (the user's: kept when the target closes).
    void setKeepFolder(const QString& folder) { m_keepFolder = folder; }
    [[nodiscard]] const QString& keepFolder() const { return m_keepFolder; }
    // The private folder, once made (empty before the first snapshot).
    [[nodiscard]] const QString& privateFolder() const { return m_privateFolder; }
    // A snapshot or bundle on disk, to compare with (opened on the pool when compared).
    int addOpened(const QString& directory);

    // Compares before with after on the thread pool; compared() answers (also with an error or a
    // cancel). A comparison under way is dropped.
    void compare(DiffSide before, DiffSide after);
    void cancelCompare();
    [[nodiscard]] bool isComparing() const { return m_comparing != nullptr; }
    // done/total bytes of the comparison under way.
    [[nodiscard]] std::pair<quint64, quint64> compareProgress() const;

    // The private folder for a process's snapshots: made (0700) under the cache folder, checked to
    // be a real directory of ours at every level, held open and locked. The folders of windows that
    // ended without removing theirs (a crash) are removed first. For tests: cacheRoot replaces the
    // cache folder.
    [[nodiscard]] static Result<std::shared_ptr<PrivateSnapshotFolder>> makePrivateFolder(
        const ProcessIdentity& identity, const QString& cacheRoot = QString());

signals:
    void taken(int index);
    void failed(const QString& message);
    void compared(std::shared_ptr<const procglass::DiffOutcome> outcome);
    void entriesChanged();

private:
    struct CompareState
    {
        std::atomic<bool> cancel = false;
        std::atomic<quint64> done = 0;
        std::atomic<quint64> total = 0;
    };
    void onDumped(const QString& path, const DumpReport& report, const Error& error);

    TargetDocument* m_document;
    std::vector<SnapshotEntry> m_entries;
    QString m_privateFolder;
    std::shared_ptr<PrivateSnapshotFolder> m_private;
    QString m_keepFolder;
    std::shared_ptr<DumpJob::Progress> m_taking;
    QString m_takingPath;
    QDateTime m_takingTime;
    int m_nextNumber = 1;
    JobTracker m_compareJobs { this };
    JobTracker m_sizeJobs { this };
    std::shared_ptr<CompareState> m_comparing;
};

} // namespace procglass

Q_DECLARE_METATYPE(std::shared_ptr<const procglass::DiffOutcome>)
