// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace procglass::test {

// Opens a bundle (off the UI thread, as the window does) and waits for the answer: the error
// message, or empty once it is open.
inline QString openBundleAndWait(MainWindow& w, const QString& directory)
{
    QSignalSpy opened(&w, &MainWindow::targetOpened);
    QSignalSpy failed(&w, &MainWindow::openFailed);
    w.openBundle(directory);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 20000))
        return QStringLiteral("the bundle did not open in time");
    return failed.isEmpty() ? QString() : failed.front().front().toString();
}

// Puts the window on host (an agent, a fake one) and opens pid through it, waiting for each: the
// error message, or empty once it is open.
inline QString openOnHost(MainWindow& w, std::shared_ptr<Host> host, pid_t pid)
{
    QSignalSpy changed(&w, &MainWindow::hostChanged);
    w.setHost(std::move(host));
    if (changed.count() == 0 && !changed.wait(10000))
        return QStringLiteral("the window did not change to the host");
    QSignalSpy opened(&w, &MainWindow::targetOpened);
    w.openProcess(pid);
    if (opened.count() == 0 && !opened.wait(10000))
        return QStringLiteral("the process did not open through the host");
    return {};
}

} // namespace procglass::test
