// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "agent/transports.h"
#include "core/host/host.h"
#include "session/jobtracker.h"

#include <QDialog>

#include <atomic>
#include <functional>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace procglass {

// How the window reaches an agent: connectAgent() unless replaced (tests give a host of their own).
// Runs on the thread pool; cancel is set from the GUI thread.
using AgentConnect
    = std::function<Result<std::shared_ptr<Host>>(const QString& command, const std::atomic<bool>* cancel)>;
[[nodiscard]] AgentConnect defaultAgentConnect();

// Starts an agent off the GUI thread and answers once: connected() or failed(). cancel() gives up
// (the command is ended by connectAgent; its answer is dropped).
class AgentConnector : public QObject
{
    Q_OBJECT
public:
    explicit AgentConnector(AgentConnect connect, QObject* parent = nullptr);
    ~AgentConnector() override;
    void start(const QString& command);
    void cancel();
    [[nodiscard]] bool isConnecting() const { return m_connecting; }

signals:
    void connected(const std::shared_ptr<procglass::Host>& host, const QString& command);
    void failed(const QString& message, const QString& command);

private:
    AgentConnect m_connect;
    JobTracker m_jobs { this };
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_connecting = false;
};

// File > Connect...: where to read processes from -- this computer, as administrator (pkexec),
// another machine (ssh), a container (docker, podman, kubectl), a process's namespaces (nsenter)
// or any command. The command it builds is shown and may be edited; recent ones are offered.
// Connecting runs off the GUI thread with Cancel; on success the dialog is accepted with host().
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectDialog(AgentConnect connect, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // Null after accept() when "This computer" was chosen.
    [[nodiscard]] std::shared_ptr<Host> host() const { return m_host; }
    [[nodiscard]] QString command() const;
    [[nodiscard]] bool isConnecting() const;

    // For tests and the dialog's own fields.
    void setKind(TransportKind kind);
    [[nodiscard]] TransportKind kind() const;
    [[nodiscard]] QLineEdit* hostEdit() const { return m_hostEdit; }
    [[nodiscard]] QSpinBox* portSpin() const { return m_portSpin; }
    [[nodiscard]] QLineEdit* containerEdit() const { return m_containerEdit; }
    [[nodiscard]] QLineEdit* namespaceEdit() const { return m_namespaceEdit; }
    [[nodiscard]] QSpinBox* pidSpin() const { return m_pidSpin; }
    [[nodiscard]] QComboBox* commandBox() const { return m_command; }
    [[nodiscard]] QString problemText() const;

    // The recent commands (QSettings "connect/recent", newest first, at most 10).
    [[nodiscard]] static QStringList recentCommands();
    static void rememberCommand(const QString& command);

    void accept() override;
    void reject() override;

private:
    void onKindChanged();
    void rebuildCommand();
    void showProblem(const QString& text);
    void setConnecting(bool connecting);

    AgentConnector* m_connector;
    QComboBox* m_kind;
    QStackedWidget* m_fields;
    QLineEdit* m_hostEdit;
    QSpinBox* m_portSpin;
    QLineEdit* m_containerEdit;
    QLabel* m_containerLabel;
    QLineEdit* m_namespaceEdit;
    QSpinBox* m_pidSpin;
    QComboBox* m_command;
    QLabel* m_password;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_connectButton;
    std::shared_ptr<Host> m_host;
    bool m_commandEdited = false; // the user typed into the command: the fields no longer overwrite it
};

} // namespace procglass
