// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <QStringList>

#include <sys/types.h>

class QProcess;

namespace procglass {

// The bundled demo target (the test fixture): started on request, opened once it has printed its
// addresses, and ended without the window waiting for it: asked to terminate, killed after a grace
// period, reaped when the event loop hears of its end. A window that closes ends it the same way.
class DemoLauncher : public QObject
{
    Q_OBJECT
public:
    explicit DemoLauncher(QObject* parent = nullptr);
    ~DemoLauncher() override; // ends the demo, without waiting

    // Ends a demo that runs, then starts another.
    void start();
    // Ends the demo: returns at once; its end no longer reaches this launcher.
    void stop();
    // The demo's pid while it runs (0: none).
    [[nodiscard]] pid_t pid() const;
    // The program start() runs: next to the GUI in the build tree, else in the libexec folder.
    [[nodiscard]] static QString program();
    // Another command instead (tests); it must print a line starting "PROCGLASS_FIXTURE ".
    void setCommand(const QString& program, const QStringList& arguments);

    static constexpr int kGraceMs = 1000; // between the request to terminate and the kill

signals:
    void ready(pid_t pid); // it printed its addresses: open it
    void failed(const QString& program, const QString& reason);

private:
    QProcess* m_demo = nullptr;
    QString m_program;
    QStringList m_arguments;
};

} // namespace procglass
