// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>

#include <functional>
#include <span>

#include <sys/stat.h>
#include <sys/types.h>

namespace procglass {

// Every file Procglass writes goes through here, because Procglass often runs as root and writes
// into folders such as /tmp where another user may have planted something. The rules:
//  - the last component of an output path is never followed if it is a symbolic link, and only a
//    regular file is ever replaced (never a device, a FIFO, a socket or a folder);
//  - an existing file is replaced only when the caller says so (overwrite: the CLI's --force, the
//    GUI's overwrite question);
//  - in a sticky folder others can write to (/tmp), a file owned by someone else is never
//    replaced -- the kernel's protected_regular rule, applied by Procglass, also for root;
//  - a new file is created 0600 under a temporary name next to it (".NAME.partial-XXXXXX",
//    O_CREAT|O_EXCL|O_NOFOLLOW relative to the folder's fd, flock()ed while it is written),
//    fsync'd, and put in place by renameat2(RENAME_NOREPLACE), or RENAME_EXCHANGE when it
//    replaces a file (linkat + renameat where the file system has no renameat2 flags); the file
//    swapped out is checked to be the one that was checked, and put back if not;
//  - temporaries of writers that are gone (their lock free) are removed by the next writer into
//    the folder, through the folder's fd.

// The folder an output goes into, opened once: every name in it is then looked up relative to
// its fd, never through a path again. Directories above it may be links; the last component
// never is.
class OutputFolder
{
public:
    OutputFolder() = default;
    OutputFolder(OutputFolder&& o) noexcept;
    OutputFolder& operator=(OutputFolder&& o) noexcept;
    OutputFolder(const OutputFolder&) = delete;
    OutputFolder& operator=(const OutputFolder&) = delete;
    ~OutputFolder();

    // Opens the folder path lies in. Errors: the folder does not exist or cannot be opened, path
    // names no file (ends in '/', '.' or '..').
    [[nodiscard]] static Result<OutputFolder> open(const QString& path);

    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] const QString& path() const { return m_path; } // the output's path, for messages
    [[nodiscard]] const QByteArray& name() const { return m_name; } // its last component
    [[nodiscard]] QString folderPath() const;
    // Sticky and writable by others: where the kernel's protected_regular rule applies.
    [[nodiscard]] bool isShared() const { return m_shared; }
    // May a file or folder owned by uid be replaced or removed here: yes, unless the folder is
    // shared and uid is neither ours nor the folder owner's.
    [[nodiscard]] bool mayReplace(uid_t uid) const;
    // The error for what lies at name() (st from fstatat(AT_SYMLINK_NOFOLLOW)) when a regular file
    // is to go there; no error when it may be replaced (with overwrite) or nothing is there
    // (exists false).
    [[nodiscard]] Error checkTarget(bool exists, const struct stat& st, bool overwrite) const;
    // Removes ".NAME.partial-XXXXXX" files and folders of ours whose writer is gone: the lock free
    // and unchanged for a few seconds. Folders only when they hold regular files only.
    void removeStalePartials() const;
    // A fresh name for a temporary next to name(): ".NAME.partial-XXXXXX".
    [[nodiscard]] QByteArray partialName() const;

private:
    int m_fd = -1;
    QString m_path;
    QByteArray m_name;
    bool m_shared = false;
    uid_t m_owner = 0;
};

// A QIODevice over a file descriptor it owns: every write goes straight to write(2), and a
// failure keeps its errno (errnum()), so that a full disk reads "No space left on device" and a
// file size limit "File too large".
class FdWriter : public QIODevice
{
public:
    explicit FdWriter(int fd);
    ~FdWriter() override;
    [[nodiscard]] int fd() const { return m_fd; }
    [[nodiscard]] int errnum() const { return m_errnum; }
    bool isSequential() const override { return true; }
    // Every byte on the disk (fsync); false with errnum() set if not.
    [[nodiscard]] bool sync();
    void close() override;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    int m_fd = -1;
    int m_errnum = 0;
};

// One output file, written under a temporary name and put in place by commitPrivateFiles().
// Until then, nothing at path has changed; destroying it before removes the temporary.
class PrivateFile
{
    // The context lupdate files its messages under (core/model/tr.h says why).
    Q_DECLARE_TR_FUNCTIONS(procglass::PrivateFile)

public:
    enum class Action {
        Write, // write a new file at path
        Remove, // remove what is at path (an older export's sidecar), with the same checks
    };
    PrivateFile(QString path, bool overwrite, Action action = Action::Write);
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    // Checks what is at path now (the rules above) and creates the temporary file.
    [[nodiscard]] Error open();
    // The temporary file, after open() succeeded.
    [[nodiscard]] QIODevice& device();
    // Every byte written: they are made durable (fsync). A failure is a writeError().
    [[nodiscard]] Error finish();
    [[nodiscard]] const QString& path() const { return m_path; }

    // The error open() would give for path, creating and changing nothing: for a command that
    // wants to refuse before a long search rather than after.
    [[nodiscard]] static Error check(const QString& path, bool overwrite);

private:
    friend Error commitPrivateFiles(std::span<PrivateFile* const> files);
    enum class State { Closed, Written, New, Exchanged, Aside, Removed, Gone };
    [[nodiscard]] Error place();
    void undo();
    void settle();
    [[nodiscard]] bool nameHolds(const QByteArray& name, dev_t dev, ino_t ino) const;

    QString m_path;
    bool m_overwrite = false;
    Action m_action = Action::Write;
    OutputFolder m_folder;
    FdWriter* m_file = nullptr;
    QByteArray m_temp; // our temporary; after an exchange, it holds the old file
    QByteArray m_aside; // where the old file lies meanwhile, when it was linked or moved aside
    dev_t m_dev = 0; // our file's identity
    ino_t m_ino = 0;
    dev_t m_oldDev = 0; // the old file's, as checked
    ino_t m_oldIno = 0;
    State m_state = State::Closed;
};

// Puts finished files in place together: either each replaces what was at its path (and the old
// ones are then removed), or, on any error, everything at those paths is as it was.
[[nodiscard]] Error commitPrivateFiles(std::span<PrivateFile* const> files);

// Writes one file by the rules above: write() fills it; nothing at path changes unless write()
// succeeded and every byte reached the disk. On any failure -- write()'s error (a cancel, the
// source failing), an I/O error, a full disk -- nothing is left behind and the error says what
// went wrong. A write() that only returns false for a failed write gets the device's error.
[[nodiscard]] Error writePrivateFile(
    const QString& path, bool overwrite, const std::function<Error(QIODevice& out)>& write);
[[nodiscard]] Error writePrivateFile(
    const QString& path, bool overwrite, const std::function<bool(QIODevice& out)>& write);

// The error for a failed write to out, in the words of writePrivateFile: "Could not write PATH:
// No space left on device. Nothing was saved."
[[nodiscard]] Error writeError(const QString& path, const QIODevice& out);

// The error for an output that is a symbolic link, that exists, that is not a regular file...
// for writers of folders (bundles) that check by themselves.
[[nodiscard]] Error symlinkError(const QString& path);
[[nodiscard]] Error existsError(const QString& path);

// Calls visit(name, st) for every entry of the folder dirfd (st from fstatat(AT_SYMLINK_NOFOLLOW)),
// "." and ".." and names wanted() refuses left out, until visit returns false; false if the folder
// could not be read or visit said stop.
bool forEachEntry(int dirfd, const std::function<bool(const char* name, const struct stat& st)>& visit,
    const std::function<bool(const char* name)>& wanted = {});
// Removes the regular files in the folder dirfd through its fd, never recursing and never through
// a path. True when the folder is then empty.
bool removeFilesIn(int dirfd);

} // namespace procglass
