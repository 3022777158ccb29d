// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "processlistpane.h"

#include "columnchoice.h"
#include "models/processmodel.h"
#include "platform/linux/localhost.h"

#include <QAction>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

namespace procglass {

ProcessListPane::ProcessListPane(QTreeView* view, QLineEdit* filter, QAction* treeAction, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_treeAction(treeAction)
    , m_model(new ProcessModel(this))
    , m_proxy(new ProcessFilterModel(this))
    , m_kernelThreadsAction(new QAction(this))
    , m_timer(new QTimer(this))
    , m_host(std::make_shared<LocalHost>())
{
    setUpView();
    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_watcher, &QFutureWatcher<ProcessListing>::finished, this, &ProcessListPane::onListed);
    // The list follows processes that start and end by itself, as top does: listing /proc stops
    // nobody. (The window's Auto-refresh is about the open process.)
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_view->isVisible())
            refresh(false);
    });
    m_timer->start();
}

void ProcessListPane::setUpView()
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProcessModel::SortRole);
    m_proxy->setFilterRole(ProcessModel::FilterRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // tree mode: keep the parents of a match
    QTreeView* view = m_view;
    view->setModel(m_proxy);
    view->sortByColumn(ProcessModel::PidColumn, Qt::AscendingOrder);
    // The name first (with the dot that says whether the memory is readable), so that a narrow
    // list still says which process is which; the command line last, taking the rest, elided.
    // Threads and the Readable column (the dot says it) are a right-click away.
    QHeaderView* header = view->header();
    header->moveSection(header->visualIndex(ProcessModel::NameColumn), 0);
    view->setTreePosition(-1); // the tree's branches follow the first column shown: the names
    header->moveSection(
        header->visualIndex(ProcessModel::RssColumn), header->visualIndex(ProcessModel::UserColumn) + 1);
    header->setSectionHidden(ProcessModel::ThreadsColumn, true);
    header->setSectionHidden(ProcessModel::ReadableColumn, true);
    header->setStretchLastSection(false); // a stretched last section keeps 100 px at least
    header->setSectionResizeMode(ProcessModel::CommandLineColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(24);
    offerColumnChoice(header);
    // Kernel threads have no user memory: hidden unless asked for (as htop does), remembered. Its
    // words keep the window's context: the translations have them there.
    m_kernelThreadsAction->setText(QCoreApplication::translate("procglass::MainWindow", "Show &Kernel Threads"));
    m_kernelThreadsAction->setObjectName(QStringLiteral("actionKernelThreads"));
    m_kernelThreadsAction->setCheckable(true);
    m_kernelThreadsAction->setToolTip(QCoreApplication::translate("procglass::MainWindow",
        "List kernel threads too. They run inside the kernel and have no user address space to show."));
    view->addAction(m_kernelThreadsAction);
    view->addAction(m_treeAction);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_kernelThreadsAction, &QAction::toggled, m_proxy, &ProcessFilterModel::setShowKernelThreads);
    connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const ProcessInfo* p = m_model->process(m_proxy->mapToSource(index)))
            emit openRequested(p->identity);
    });
    connect(m_treeAction, &QAction::toggled, this, [this](bool tree) {
        const QModelIndex current = m_view->currentIndex();
        const pid_t pid = current.isValid() ? pid_t(current.data(ProcessModel::PidRole).toInt()) : 0;
        m_model->setTreeMode(tree);
        m_view->setRootIsDecorated(tree);
        if (tree)
            m_view->expandAll();
        if (pid)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOf(pid)));
    });
}

void ProcessListPane::setHost(std::shared_ptr<Host> host)
{
    m_host = host ? std::move(host) : std::make_shared<LocalHost>();
    m_model->setProcesses({}); // another host's processes are not these
    m_pendingPid = 0;
    if (m_watcher.isRunning())
        m_refreshAgain = true; // what it lists is the old host's: dropped, then listed again
    else
        refresh();
}

void ProcessListPane::refresh(bool recheckAccess)
{
    if (m_watcher.isRunning())
        return;
    m_listing = m_host.get();
    // The host keeps each process's readability and checks only new ones (LocalHost); F5 asks again.
    m_watcher.setFuture(QtConcurrent::run([host = m_host, recheckAccess]() -> ProcessListing {
        if (recheckAccess) {
            if (auto* local = dynamic_cast<LocalHost*>(host.get()))
                local->forgetAccess();
        }
        auto list = host->processes();
        if (!list)
            return { {}, list.error().message, host->connectionError().message };
        return { std::move(list.value()), {}, {} };
    }));
}

void ProcessListPane::select(pid_t pid)
{
    // The name's cell: scrolling to it keeps the names in view in a narrow list.
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(pid, ProcessModel::NameColumn));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    } else {
        m_pendingPid = pid; // a new process: select it when the list has it
        refresh();
    }
}

void ProcessListPane::onListed()
{
    QTreeView* view = m_view;
    const QModelIndex current = view->currentIndex();
    const pid_t pid = current.isValid() ? pid_t(current.data(ProcessModel::PidRole).toInt()) : 0;
    ProcessListing listing = m_watcher.result();
    if (m_refreshAgain || m_listing != m_host.get()) {
        m_refreshAgain = false;
        refresh(); // the listing was of the host the window no longer reads
        return;
    }
    if (!listing.error.isEmpty()) {
        emit listingFailed(listing.error); // keep the last list rather than show none
        if (!listing.lost.isEmpty())
            emit connectionLost(listing.lost);
        emit refreshed();
        return;
    }
    m_model->setProcesses(std::move(listing.processes));
    if (!m_columnsSized && m_model->processCount() > 0) {
        m_columnsSized = true;
        for (int c = 0; c < ProcessModel::CommandLineColumn; ++c)
            view->resizeColumnToContents(c);
        // A kernel thread's long name or a long user name must not push the rest away.
        const int chars = view->fontMetrics().averageCharWidth();
        view->header()->resizeSection(
            ProcessModel::NameColumn, std::min(view->header()->sectionSize(ProcessModel::NameColumn), chars * 16 + 30));
        view->header()->resizeSection(
            ProcessModel::UserColumn, std::min(view->header()->sectionSize(ProcessModel::UserColumn), chars * 10 + 12));
    }
    if (m_model->treeMode()) {
        // The tree is rebuilt: put back what a flat merge keeps by itself.
        view->expandAll();
        if (pid)
            view->setCurrentIndex(m_proxy->mapFromSource(m_model->indexOf(pid)));
    }
    if (m_pendingPid && m_model->indexOf(m_pendingPid).isValid()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(m_pendingPid, ProcessModel::NameColumn));
        view->setCurrentIndex(index);
        view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        m_pendingPid = 0;
    }
    emit refreshed();
}

int ProcessListPane::namesWidth() const
{
    const QHeaderView* header = m_view->header();
    return header->sectionSize(ProcessModel::NameColumn) + header->sectionSize(ProcessModel::PidColumn) / 2
        + m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() + 4;
}

void ProcessListPane::restoreSettings(const QSettings& s)
{
    // Without saved widths, the columns fit their contents once the first list is in.
    // "processes/columns": the name column moved first since "processes/header" was saved.
    m_columnsSized = m_view->header()->restoreState(s.value(QStringLiteral("processes/columns")).toByteArray());
    // The filter is not restored: a list that starts filtered by a word typed days ago looks
    // empty or incomplete, with nothing to say why.
    m_treeAction->setChecked(s.value(QStringLiteral("processes/tree"), false).toBool());
    m_kernelThreadsAction->setChecked(s.value(QStringLiteral("processes/kernelThreads"), false).toBool());
}

void ProcessListPane::saveSettings(QSettings& s) const
{
    s.setValue(QStringLiteral("processes/columns"), m_view->header()->saveState());
    s.remove(QStringLiteral("processes/filter")); // no longer kept (older versions restored it)
    s.setValue(QStringLiteral("processes/tree"), m_treeAction->isChecked());
    s.setValue(QStringLiteral("processes/kernelThreads"), m_kernelThreadsAction->isChecked());
}

} // namespace procglass
