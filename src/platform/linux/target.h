// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/io/uniquefd.h"
#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/parse/mapsparser.h"

#include <QCoreApplication>
#include <memory>
#include <mutex>

namespace procglass {

// A live process as a MemorySource. Reads use process_vm_readv in large chunks and fall back to
// pread on /proc/PID/mem for what that refuses (mappings without PROT_READ); pages neither can
// read are reported per page. Thread-safe: any thread may read while another holds the target.
class LinuxTarget final : public MemorySource
{
    Q_DECLARE_TR_FUNCTIONS(procglass::LinuxTarget)

public:
    static constexpr size_t kDefaultChunk = 1 << 20;

    // Opens the process that has this pid now.
    [[nodiscard]] static Result<std::unique_ptr<LinuxTarget>> open(pid_t pid);
    // Opens exactly this process; if its pid now names another process, the result is Exited.
    [[nodiscard]] static Result<std::unique_ptr<LinuxTarget>> open(const ProcessIdentity& identity);

    [[nodiscard]] const ProcessIdentity& identity() const { return m_identity; }
    [[nodiscard]] pid_t pid() const { return m_identity.pid; }
    [[nodiscard]] QString name() const { return m_name; }

    // Exited once the process has exited, an empty Error while it lives. One syscall (pidfd poll).
    [[nodiscard]] Error checkAlive() const;

    Result<std::vector<Region>> regions() override;
    // The maps with the lines the parser rejected.
    [[nodiscard]] Result<ParsedMaps> readMaps();
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;

    // Writes through /proc/PID/mem (which may write read-only mappings, as debuggers do).
    // Returns the number of bytes written; a short count means the next byte failed.
    [[nodiscard]] Result<quint64> write(Address address, std::span<const std::byte> data);

    void setChunkSize(size_t bytes) { m_chunk = bytes; }
    // Becomes readable when the process exits: watch it with a QSocketNotifier.
    [[nodiscard]] int pidfd() const { return m_pidfd.get(); }

private:
    LinuxTarget() = default;
    [[nodiscard]] Error exitedError() const;
    [[nodiscard]] Error failure(int errnum, const QString& what) const;
    [[nodiscard]] std::shared_ptr<const std::vector<Region>> mapsForRead() const;
    // Whether process_vm_readv may read the process (tried on its first readable mapping).
    [[nodiscard]] bool canReadWithoutMemFile() const;
    ssize_t readMem(Address address, std::byte* out, size_t size);

    // The thread process_vm_readv names: the pid, or a live thread once the main thread has
    // exited (see memoryTask()). A thread's id is free for reuse once it ends, so a thread other
    // than the main one comes with a pidfd of its own that tells whether it still lived after a
    // read -- and so whether what was read was its process's memory.
    struct ReadTask
    {
        pid_t tid = 0;
        UniqueFd threadPidfd; // only for a thread other than the main one
        [[nodiscard]] bool ended() const;
    };
    [[nodiscard]] std::shared_ptr<const ReadTask> readTask() const;
    // Picks a live thread again after `stale` failed or ended; null when none is left.
    [[nodiscard]] std::shared_ptr<const ReadTask> replaceReadTask(const std::shared_ptr<const ReadTask>& stale);
    [[nodiscard]] static std::shared_ptr<const ReadTask> makeReadTask(pid_t pid);

    ProcessIdentity m_identity;
    QString m_name;
    UniqueFd m_pidfd;
    UniqueFd m_mem;
    size_t m_chunk = kDefaultChunk;
    std::mutex m_mutex; // guards m_memWrite, and m_mem's file position (reads above 2^63)
    UniqueFd m_memWrite;
    mutable std::mutex m_taskMutex; // guards m_readTask
    std::shared_ptr<const ReadTask> m_readTask;
};

} // namespace procglass
