// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// What value scans and unknown-value scans share: a private scratch file for what does not fit
// in memory, and work spread over every core whose results are taken in order.
namespace procglass {

// A private unnamed file (O_TMPFILE, mode 0600) in $TMPDIR, else /tmp: no name anyone could open,
// gone when the last descriptor closes (also when Procglass is killed).
class ScratchFile
{
    Q_DECLARE_TR_FUNCTIONS(procglass::ScratchFile)

public:
    ~ScratchFile();
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    [[nodiscard]] static Result<std::shared_ptr<ScratchFile>> create();
    // Takes over fd (an opened file whose bytes are read back the same way; closed with it).
    [[nodiscard]] static std::shared_ptr<ScratchFile> adopt(int fd)
    {
        return std::shared_ptr<ScratchFile>(new ScratchFile(fd));
    }

    // Whole writes and reads at an offset (safe from any thread); an Error says why not.
    [[nodiscard]] Error write(quint64 offset, const void* data, size_t size);
    [[nodiscard]] Error read(quint64 offset, void* out, size_t size) const;
    // Copies size bytes at offset of this file into to at toOffset (copy_file_range).
    [[nodiscard]] Error copyTo(ScratchFile& to, quint64 offset, quint64 toOffset, quint64 size) const;
    [[nodiscard]] int fd() const { return m_fd; }

private:
    explicit ScratchFile(int fd)
        : m_fd(fd)
    { }
    int m_fd = -1;
};

// The threads a scan uses: requested, or one per core for 0.
[[nodiscard]] int scanThreads(int requested);

// Runs work(k) for every k in [0, count) on threads (the calling thread among them) and hands
// each result to commit in the order of k, one at a time: the results of a parallel scan appended
// in address order. At most a few results per thread wait for their turn (memory stays bounded).
// The first error of work or commit, or cancel, stops it; that error is the result.
template <typename R>
[[nodiscard]] Error orderedParallel(quint64 count, int threads, const std::atomic<bool>* cancel,
    const std::function<Result<R>(quint64 k)>& work, const std::function<Error(quint64 k, R&& result)>& commit,
    const Error& cancelled)
{
    std::mutex mutex;
    std::condition_variable turn;
    std::map<quint64, R> waiting;
    quint64 next = 0; // the next k to commit
    std::atomic<quint64> taken = 0;
    Error failed;
    bool stop = false;
    const quint64 window = quint64(std::max(2, threads)) * 2;
    auto run = [&] {
        for (;;) {
            const quint64 k = taken.fetch_add(1);
            if (k >= count)
                return;
            {
                std::unique_lock lock(mutex);
                turn.wait(lock, [&] { return stop || k < next + window; });
                if (stop)
                    return;
            }
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                std::lock_guard lock(mutex);
                if (!failed)
                    failed = cancelled;
                stop = true;
                turn.notify_all();
                return;
            }
            Result<R> r = work(k);
            std::lock_guard lock(mutex);
            if (stop)
                return;
            if (!r) {
                failed = r.error();
                stop = true;
                turn.notify_all();
                return;
            }
            waiting.emplace(k, std::move(*r));
            // Whoever completes the next result commits every result that is then in order.
            while (!waiting.empty() && waiting.begin()->first == next) {
                auto node = waiting.extract(waiting.begin());
                if (Error e = commit(next, std::move(node.mapped()))) {
                    failed = e;
                    stop = true;
                    break;
                }
                ++next;
            }
            turn.notify_all();
            if (stop)
                return;
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads && quint64(t) < count; ++t)
        pool.emplace_back(run);
    run();
    for (auto& t : pool)
        t.join();
    return failed;
}

} // namespace procglass
