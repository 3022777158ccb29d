#include "mainwindow.h"

#include "core/format.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHeaderView>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>

#include <unistd.h>

namespace procglass {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_processModel(new ProcessModel(this))
    , m_regionModel(new RegionModel(this))
    , m_processProxy(new QSortFilterProxyModel(this))
    , m_regionProxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFilter->setShortcut(QKeySequence::Find);
    m_ui->actionRefresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });

    m_processProxy->setSourceModel(m_processModel);
    m_processProxy->setSortRole(ProcessModel::SortRole);
    m_processProxy->setFilterKeyColumn(-1);
    m_processProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->processView->setModel(m_processProxy);
    m_ui->processView->sortByColumn(ProcessModel::PidColumn, Qt::AscendingOrder);
    m_ui->processView->verticalHeader()->hide();
    m_ui->processView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_processProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->processView, &QAbstractItemView::activated, this,
        [this](const QModelIndex& index) { openProcess(pid_t(index.data(ProcessModel::PidRole).toInt())); });

    m_regionProxy->setSourceModel(m_regionModel);
    m_regionProxy->setSortRole(RegionModel::SortRole);
    m_ui->regionView->setModel(m_regionProxy);
    m_ui->regionView->verticalHeader()->hide();
    m_ui->regionView->horizontalHeader()->setStretchLastSection(true);
    m_ui->regionView->sortByColumn(RegionModel::StartColumn, Qt::AscendingOrder);

    for (QTableView* view : { m_ui->processView, m_ui->regionView }) {
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    }
    statusBar()->showMessage(tr("Procglass runs as user %1 (uid %2)").arg(userName(geteuid())).arg(geteuid()));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/splitter")))
        m_ui->splitter->setSizes({ 450, 830 });
    refreshProcesses();
    m_ui->processView->resizeColumnsToContents();
}

MainWindow::~MainWindow()
{
    stopDemo();
}

void MainWindow::stopDemo()
{
    if (!m_demo)
        return;
    m_demo->disconnect(this); // its death must not reach a half-destroyed window
    m_demo->kill();
    m_demo->waitForFinished(1000);
    delete m_demo;
    m_demo = nullptr;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_ui->splitter->saveState());
    stopDemo();
    event->accept();
}

void MainWindow::refresh()
{
    refreshProcesses();
    refreshRegions();
}

void MainWindow::refreshProcesses()
{
    auto list = listProcesses();
    if (!list) {
        statusBar()->showMessage(list.error().message);
        return;
    }
    m_processModel->setProcesses(std::move(list.value()));
}

void MainWindow::openProcess(pid_t pid)
{
    m_target.reset();
    m_regionModel->setRegions({});
    auto target = LinuxTarget::open(pid);
    if (!target) {
        m_ui->targetLabel->setText(tr("Process %1 cannot be opened").arg(pid));
        showDiagnostics(target.error().message);
        return;
    }
    m_target = std::move(target.value());
    const int row = m_processModel->rowOf(pid);
    if (row >= 0) {
        const QModelIndex index = m_processProxy->mapFromSource(m_processModel->index(row, 0));
        m_ui->processView->selectRow(index.row());
        m_ui->processView->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
    refreshRegions();
    emit targetOpened(pid);
}

void MainWindow::refreshRegions()
{
    if (!m_target)
        return;
    auto maps = readRegions(m_target->pid());
    if (Error e = m_target->checkAlive(); e || !maps) {
        m_ui->targetLabel->setText(tr("Process %1 (%2): exited").arg(m_target->pid()).arg(m_target->name()));
        showDiagnostics(e ? e.message : maps.error().message);
        return; // the last mappings stay visible
    }
    quint64 mapped = 0;
    for (const Region& r : maps->regions)
        mapped += r.range.size();
    m_ui->targetLabel->setText(tr("Process %1 (%2): %3 mappings, %4 mapped")
                                   .arg(m_target->pid())
                                   .arg(m_target->name())
                                   .arg(maps->regions.size())
                                   .arg(formatBytes(mapped)));
    showDiagnostics(maps->errors.empty()
            ? QString()
            : tr("%n line(s) of the maps could not be read.", nullptr, int(maps->errors.size())));
    m_regionModel->setRegions(std::move(maps->regions));
    m_ui->regionView->resizeColumnsToContents();
    setWindowTitle(tr("%1 (%2) — Procglass").arg(m_target->name()).arg(m_target->pid()));
}

void MainWindow::showDiagnostics(const QString& text)
{
    m_ui->diagnosticsLabel->setText(text);
    m_ui->diagnosticsLabel->setVisible(!text.isEmpty());
}

void MainWindow::startDemo()
{
    const QString program = QCoreApplication::applicationDirPath() + QStringLiteral("/procglass-fixture");
    m_demo = new QProcess(this);
    connect(m_demo, &QProcess::readyReadStandardOutput, this, [this] {
        if (!m_demo->canReadLine())
            return;
        const QByteArray line = m_demo->readLine();
        if (line.startsWith("PROCGLASS_FIXTURE ")) {
            refreshProcesses();
            openProcess(pid_t(m_demo->processId()));
        }
    });
    connect(m_demo, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError) {
        showDiagnostics(tr("The demo target %1 could not be started: %2").arg(program, m_demo->errorString()));
    });
    m_demo->start(program, { QStringLiteral("--random-size"), QString::number(64 << 20) });
}

} // namespace procglass
