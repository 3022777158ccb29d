// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace procglass {

// Runs work on the thread pool and hands its result to done on receiver's thread -- or drops it
// if receiver is gone by then. (Qt 6.4's QFuture::then(context, ...) asserts when the context
// dies first; a watcher owned by the receiver simply goes with it.)
template <typename Work, typename Done> void runInBackground(QObject* receiver, Work work, Done done)
{
    using Result = decltype(work());
    auto* watcher = new QFutureWatcher<Result>(receiver);
    QObject::connect(watcher, &QFutureWatcherBase::finished, receiver, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace procglass
