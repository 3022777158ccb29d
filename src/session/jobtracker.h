// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "session/background.h"

#include <QObject>

#include <utility>

namespace procglass {

// Background jobs of one kind whose result matters only while it is the newest one asked for
// (hotspot's JobTracker): a newer job, cancel() or the context's end drops what an older one
// returns. The work runs on the thread pool and must hold what it reads (shared pointers,
// copies), never the context.
class JobTracker
{
public:
    explicit JobTracker(QObject* context)
        : m_context(context)
    { }
    JobTracker(const JobTracker&) = delete;
    JobTracker& operator=(const JobTracker&) = delete;

    // A ticket for a job about to start: every earlier one goes stale.
    [[nodiscard]] quint64 start() { return ++m_generation; }
    [[nodiscard]] bool isCurrent(quint64 ticket) const { return ticket == m_generation; }
    // Results of the jobs under way are dropped when they arrive.
    void cancel() { ++m_generation; }
    [[nodiscard]] quint64 generation() const { return m_generation; }

    // Runs work off the context's thread; done(result) runs on it if this job is still current.
    template <typename Work, typename Done> quint64 run(Work work, Done done)
    {
        const quint64 ticket = start();
        runInBackground(m_context, std::move(work), [this, ticket, done = std::move(done)](auto&& result) mutable {
            if (isCurrent(ticket))
                done(std::forward<decltype(result)>(result));
        });
        return ticket;
    }

private:
    QObject* m_context;
    quint64 m_generation = 0;
};

} // namespace procglass
