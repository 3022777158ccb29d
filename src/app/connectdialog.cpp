// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "connectdialog.h"

#include "agent/connect.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace procglass {

namespace {
const QString kRecentKey = QStringLiteral("connect/recent");
constexpr int kRecentCount = 10;

enum Page { NoFields, SshFields, ContainerFields, PidFields };
} // namespace

AgentConnect defaultAgentConnect()
{
    return [](const QString& command, const std::atomic<bool>* cancel) {
        return connectAgent(command, std::chrono::minutes(2), cancel);
    };
}

AgentConnector::AgentConnector(AgentConnect agentConnect, QObject* parent)
    : QObject(parent)
    , m_connect(agentConnect ? std::move(agentConnect) : defaultAgentConnect())
{ }

AgentConnector::~AgentConnector()
{
    cancel();
}

void AgentConnector::start(const QString& command)
{
    cancel();
    m_connecting = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // The job holds the flag it watches: it may end after this object.
    m_jobs.run([connect = m_connect, command, flag = m_cancel] { return connect(command, flag.get()); },
        [this, command](Result<std::shared_ptr<Host>> host) {
            m_connecting = false;
            if (host)
                emit connected(host.value(), command);
            else
                emit failed(host.error().message, command);
        });
}

void AgentConnector::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_jobs.cancel();
    m_connecting = false;
}

ConnectDialog::ConnectDialog(AgentConnect agentConnect, QWidget* parent)
    : QDialog(parent)
    , m_connector(new AgentConnector(std::move(agentConnect), this))
    , m_kind(new QComboBox(this))
    , m_fields(new QStackedWidget(this))
    , m_hostEdit(new QLineEdit(this))
    , m_portSpin(new QSpinBox(this))
    , m_containerEdit(new QLineEdit(this))
    , m_containerLabel(new QLabel(this))
    , m_namespaceEdit(new QLineEdit(this))
    , m_pidSpin(new QSpinBox(this))
    , m_command(new QComboBox(this))
    , m_password(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect"));
    setObjectName(QStringLiteral("connectDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Read the processes of another user, machine or container through "
                                "procglass-agent, started by a program you already trust. The window itself "
                                "keeps running as you."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* kindForm = new QFormLayout;
    const std::pair<TransportKind, QString> kinds[] = {
        { TransportKind::ThisComputer, tr("This computer, as you") },
        { TransportKind::Administrator, tr("This computer, as administrator (pkexec)") },
        { TransportKind::Ssh, tr("Another machine (ssh)") },
        { TransportKind::Docker, tr("A Docker container") },
        { TransportKind::Podman, tr("A Podman container") },
        { TransportKind::Kubectl, tr("A Kubernetes pod (kubectl)") },
        { TransportKind::Nsenter, tr("A process's namespaces (nsenter)") },
        { TransportKind::Command, tr("Any command") },
    };
    for (const auto& [kind, text] : kinds)
        m_kind->addItem(text, int(kind));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    kindForm->addRow(tr("&Read from:"), m_kind);
    layout->addLayout(kindForm);

    // The fields of each kind, one page each.
    m_fields->addWidget(new QWidget(this)); // NoFields
    auto* ssh = new QWidget(this);
    auto* sshForm = new QFormLayout(ssh);
    sshForm->setContentsMargins({});
    m_hostEdit->setObjectName(QStringLiteral("hostEdit"));
    m_hostEdit->setPlaceholderText(tr("build1 or user@build1.example.org"));
    sshForm->addRow(tr("&Machine:"), m_hostEdit);
    m_portSpin->setObjectName(QStringLiteral("portSpin"));
    m_portSpin->setRange(0, 65535);
    m_portSpin->setSpecialValueText(tr("ssh's default"));
    sshForm->addRow(tr("&Port:"), m_portSpin);
    m_fields->addWidget(ssh);
    auto* container = new QWidget(this);
    auto* containerForm = new QFormLayout(container);
    containerForm->setContentsMargins({});
    m_containerEdit->setObjectName(QStringLiteral("containerEdit"));
    m_containerLabel->setBuddy(m_containerEdit);
    containerForm->addRow(m_containerLabel, m_containerEdit);
    m_namespaceEdit->setObjectName(QStringLiteral("namespaceEdit"));
    m_namespaceEdit->setPlaceholderText(tr("the current one"));
    containerForm->addRow(tr("&Namespace:"), m_namespaceEdit);
    m_fields->addWidget(container);
    auto* pid = new QWidget(this);
    auto* pidForm = new QFormLayout(pid);
    pidForm->setContentsMargins({});
    m_pidSpin->setObjectName(QStringLiteral("pidSpin"));
    m_pidSpin->setRange(0, 1 << 22);
    m_pidSpin->setSpecialValueText(tr("enter a PID"));
    pidForm->addRow(tr("P&ID of a process inside:"), m_pidSpin);
    m_fields->addWidget(pid);
    layout->addWidget(m_fields);

    auto* commandForm = new QFormLayout;
    m_command->setObjectName(QStringLiteral("commandBox"));
    m_command->setEditable(true);
    m_command->setInsertPolicy(QComboBox::NoInsert);
    m_command->addItems(recentCommands());
    m_command->setToolTip(tr("The command that starts procglass-agent; its standard input and output carry "
                             "the connection. Edit it, or pick one used before."));
    m_command->setMinimumContentsLength(40);
    m_command->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    commandForm->addRow(tr("&Command:"), m_command);
    layout->addLayout(commandForm);

    m_password->setObjectName(QStringLiteral("passwordNote"));
    m_password->setWordWrap(true);
    layout->addWidget(m_password);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_connectButton = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectDialog::onKindChanged);
    for (QLineEdit* e : { m_hostEdit, m_containerEdit, m_namespaceEdit })
        connect(e, &QLineEdit::textEdited, this, &ConnectDialog::rebuildCommand);
    for (QSpinBox* s : { m_portSpin, m_pidSpin })
        connect(s, &QSpinBox::valueChanged, this, &ConnectDialog::rebuildCommand);
    connect(m_command, &QComboBox::editTextChanged, this, [this] { m_problem->hide(); });
    // Typed or picked by the user: the fields no longer overwrite it (until they are changed).
    connect(m_command->lineEdit(), &QLineEdit::textEdited, this, [this] { m_commandEdited = true; });
    connect(m_command, &QComboBox::activated, this, [this] { m_commandEdited = true; });

    connect(m_connector, &AgentConnector::connected, this,
        [this](const std::shared_ptr<Host>& host, const QString& command) {
            setConnecting(false);
            m_host = host;
            rememberCommand(command);
            QDialog::accept();
        });
    connect(m_connector, &AgentConnector::failed, this, [this](const QString& message, const QString& command) {
        setConnecting(false);
        showProblem(tr("Could not connect with %1: %2").arg(command, message));
    });
    m_kind->setCurrentIndex(m_command->count() > 0 ? m_kind->findData(int(TransportKind::Command)) : 0);
    onKindChanged();
    if (m_command->count() > 0)
        m_command->setCurrentIndex(0); // the newest recent command
    // Room for the wrapped words (and German's longer ones).
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setKind(TransportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

TransportKind ConnectDialog::kind() const
{
    return TransportKind(m_kind->currentData().toInt());
}

QString ConnectDialog::command() const
{
    return m_command->currentText().trimmed();
}

bool ConnectDialog::isConnecting() const
{
    return m_connector->isConnecting();
}

QString ConnectDialog::problemText() const
{
    return m_problem->isVisible() || !m_problem->isHidden() ? m_problem->text() : QString();
}

void ConnectDialog::onKindChanged()
{
    const TransportKind k = kind();
    m_fields->setCurrentIndex(k == TransportKind::Ssh                                                 ? SshFields
            : k == TransportKind::Docker || k == TransportKind::Podman || k == TransportKind::Kubectl ? ContainerFields
            : k == TransportKind::Nsenter                                                             ? PidFields
                                                                                                      : NoFields);
    m_containerLabel->setText(k == TransportKind::Kubectl ? tr("P&od:") : tr("C&ontainer:"));
    m_namespaceEdit->setVisible(k == TransportKind::Kubectl);
    if (auto* form = qobject_cast<QFormLayout*>(m_namespaceEdit->parentWidget()->layout()))
        form->setRowVisible(m_namespaceEdit, k == TransportKind::Kubectl);
    // nsenter -a runs the procglass-agent of the namespaces' own file system, with our rights and
    // none of the container's limits (seccomp, capabilities, cgroups): say so where it is chosen.
    m_password->setText(k == TransportKind::Nsenter
            ? tr("nsenter runs the procglass-agent found inside those namespaces, with your rights (as root: every "
                 "capability, outside a container's limits). Use it only for namespaces you trust; for a container, "
                 "docker, podman or kubectl exec keep its limits.")
            : tr("A password may be asked: pkexec asks in a window of its own, ssh through your askpass program (or "
                 "it uses your keys)."));
    m_command->setEnabled(k != TransportKind::ThisComputer);
    if (k == TransportKind::Command)
        m_command->setFocus();
    rebuildCommand();
}

void ConnectDialog::rebuildCommand()
{
    const TransportKind k = kind();
    if (k == TransportKind::Command)
        return; // the user's own words: nothing to build
    m_commandEdited = false;
    TransportSpec spec;
    spec.kind = k;
    spec.host = m_hostEdit->text().trimmed();
    spec.port = m_portSpin->value();
    spec.container = m_containerEdit->text().trimmed();
    spec.kubeNamespace = m_namespaceEdit->text().trimmed();
    spec.pid = pid_t(m_pidSpin->value());
    auto built = buildAgentCommand(spec);
    m_command->setEditText(built ? *built : QString());
    if (built || (k == TransportKind::Ssh && spec.host.isEmpty())
        || ((k == TransportKind::Docker || k == TransportKind::Podman || k == TransportKind::Kubectl)
            && spec.container.isEmpty())
        || (k == TransportKind::Nsenter && spec.pid == 0))
        m_problem->hide(); // nothing typed yet is no mistake
    else
        showProblem(built.error().message);
}

void ConnectDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void ConnectDialog::setConnecting(bool connecting)
{
    m_connectButton->setEnabled(!connecting);
    m_kind->setEnabled(!connecting);
    m_fields->setEnabled(!connecting);
    m_command->setEnabled(!connecting && kind() != TransportKind::ThisComputer);
    if (connecting)
        showProblem(tr("Connecting with %1…").arg(command()));
}

void ConnectDialog::accept()
{
    if (isConnecting())
        return;
    if (kind() == TransportKind::ThisComputer) {
        m_host.reset();
        QDialog::accept();
        return;
    }
    // Refused names are said, never run: the command would be built from what was refused.
    if (kind() != TransportKind::Command && !m_commandEdited) {
        rebuildCommand();
        if (!m_problem->isHidden())
            return;
    }
    if (command().isEmpty()) {
        showProblem(tr("Enter the command that starts procglass-agent."));
        return;
    }
    setConnecting(true);
    m_connector->start(command());
}

void ConnectDialog::reject()
{
    if (isConnecting()) {
        // Cancel gives up on the connection under way; the dialog stays for another try.
        m_connector->cancel();
        setConnecting(false);
        showProblem(tr("Cancelled."));
        return;
    }
    QDialog::reject();
}

QStringList ConnectDialog::recentCommands()
{
    return QSettings().value(kRecentKey).toStringList().mid(0, kRecentCount);
}

void ConnectDialog::rememberCommand(const QString& command)
{
    QSettings s;
    s.setValue(kRecentKey, addRecentCommand(s.value(kRecentKey).toStringList(), command, kRecentCount));
}

} // namespace procglass
