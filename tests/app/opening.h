#pragma once

#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

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

} // namespace procglass::test
