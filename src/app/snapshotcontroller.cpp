// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snapshotcontroller.h"

#include "core/model/format.h"
#include "diffpane.h"
#include "lastfolder.h"
#include "session/targetdocument.h"
#include "widgets/addressspaceview.h"
#include "widgets/hexview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

namespace procglass {

SnapshotController::SnapshotController(
    QMainWindow* window, QAction* before, HexView* hexView, AddressSpaceView* picture)
    : QObject(window)
    , m_window(window)
    , m_hexView(hexView)
    , m_picture(picture)
    , m_pane(new DiffPane(window))
    , m_dock(new QDockWidget(tr("Diff"), window))
    , m_menu(new QMenu(tr("Snapsh&ots"), window))
    , m_compareMenu(new QMenu(tr("&Compare"), window))
    , m_take(new QAction(tr("&Take snapshot"), this))
    , m_openToCompare(new QAction(tr("Compare with a snapshot or &bundle on disk…"), this))
    , m_keepFolder(new QAction(tr("&Keep snapshots in a folder…"), this))
    , m_poll(new QTimer(this))
{
    m_pane->setObjectName(QStringLiteral("diffPane"));
    m_dock->setObjectName(QStringLiteral("diffDock"));
    m_dock->setWidget(m_pane);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_menu->setObjectName(QStringLiteral("menuSnapshots"));
    m_compareMenu->setObjectName(QStringLiteral("menuCompare"));

    m_take->setObjectName(QStringLiteral("actionTakeSnapshot"));
    m_take->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_take->setStatusTip(tr("Save the target's readable memory as it is now (every thread stopped briefly), to "
                            "compare with later"));
    connect(m_take, &QAction::triggered, this, &SnapshotController::takeSnapshot);
    m_openToCompare->setObjectName(QStringLiteral("actionCompareWithFolder"));
    m_openToCompare->setStatusTip(tr("Compare the open target with a snapshot or bundle saved before"));
    connect(m_openToCompare, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            m_window, tr("Compare with a snapshot or bundle"), fileDialogStart(FileKind::Bundle));
        if (dir.isEmpty())
            return;
        rememberFileDialogChoice(FileKind::Bundle, dir);
        compareWithFolder(dir);
    });
    m_keepFolder->setObjectName(QStringLiteral("actionKeepSnapshots"));
    m_keepFolder->setStatusTip(tr("Write the next snapshots into a folder of your choice, where they stay after the "
                                  "target is closed"));
    connect(m_keepFolder, &QAction::triggered, this, [this] {
        if (!m_list)
            return;
        const QString dir = QFileDialog::getExistingDirectory(
            m_window, tr("Keep snapshots in a folder"), fileDialogStart(FileKind::Bundle));
        if (dir.isEmpty())
            return;
        rememberFileDialogChoice(FileKind::Bundle, dir);
        m_list->setKeepFolder(dir);
        emit statusMessage(tr("The next snapshots are written to %1 and kept there.").arg(dir), 10000);
    });
    QAction* cancel = new QAction(tr("C&ancel the comparison"), this);
    cancel->setObjectName(QStringLiteral("actionCancelComparison"));
    connect(cancel, &QAction::triggered, this, [this] {
        if (m_list)
            m_list->cancelCompare();
    });
    connect(m_pane, &DiffPane::cancelRequested, cancel, &QAction::trigger);
    connect(m_compareMenu, &QMenu::aboutToShow, this, &SnapshotController::fillCompareMenu);

    m_menu->addAction(m_take);
    m_menu->addMenu(m_compareMenu);
    m_menu->addAction(m_openToCompare);
    m_menu->addAction(cancel);
    m_menu->addSeparator();
    m_menu->addAction(m_pane->nextAction());
    m_menu->addAction(m_pane->previousAction());
    m_menu->addAction(m_picture->heatAction());
    QAction* showDock = m_dock->toggleViewAction();
    showDock->setText(tr("Show the &diff"));
    m_menu->addAction(showDock);
    m_menu->addSeparator();
    m_menu->addAction(m_keepFolder);
    window->menuBar()->insertMenu(before, m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, [this, cancel] { cancel->setEnabled(m_list && m_list->isComparing()); });

    m_pane->setCursorProvider([this] { return m_hexView->cursor(); });
    connect(m_pane, &DiffPane::showRequested, this, [this](Address a, quint64 length) {
        // The range's bytes end up selected; the window brings the memory view to the front.
        m_hexView->goTo(a, length);
        emit memoryShown(a, length);
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_list || !m_list->isComparing())
            return m_poll->stop();
        const auto [done, total] = m_list->compareProgress();
        m_pane->setProgress(done, total);
    });
    updateActions();
}

SnapshotController::~SnapshotController() = default;

void SnapshotController::setDocument(TargetDocument* document)
{
    if (document == m_document)
        return;
    m_hexView->setComparison(nullptr, {});
    delete m_comparison;
    m_comparison = nullptr;
    m_list.reset(); // removes the snapshots of the target that goes
    m_picture->setHeat({}, {});
    m_pane->clear();
    m_poll->stop();
    m_document = document;
    if (document) {
        m_list = std::make_unique<SnapshotList>(document);
        connect(m_list.get(), &SnapshotList::taken, this, [this](int index) {
            const SnapshotEntry& e = m_list->entries()[size_t(index)];
            emit statusMessage(tr("Took %1: %2 of memory. Let the target run, then compare with it (Snapshots ▸ "
                                  "Compare).")
                                   .arg(e.label(), formatBytes(e.bytes)),
                15000);
            updateActions();
            emit snapshotTaken(index);
        });
        connect(m_list.get(), &SnapshotList::failed, this, [this](const QString& message) {
            emit problem(tr("The snapshot was not taken: %1").arg(message));
            updateActions();
        });
        connect(m_list.get(), &SnapshotList::compared, this, &SnapshotController::onCompared);
        connect(document, &TargetDocument::stateChanged, this, &SnapshotController::updateActions);
    }
    updateActions();
}

void SnapshotController::updateActions()
{
    m_take->setEnabled(m_list && m_list->canTake());
    m_openToCompare->setEnabled(m_list != nullptr);
    m_keepFolder->setEnabled(m_list && m_document->capabilities().dump);
    m_compareMenu->setEnabled(m_list && !m_list->entries().empty());
}

void SnapshotController::takeSnapshot()
{
    if (!m_list || !m_list->canTake())
        return;
    m_list->take();
    if (m_list->isTaking())
        emit statusMessage(tr("Taking a snapshot…"), 0);
    updateActions();
}

void SnapshotController::fillCompareMenu()
{
    m_compareMenu->clear();
    if (!m_list)
        return;
    const std::vector<SnapshotEntry>& entries = m_list->entries();
    const QString now = m_document->capabilities().live ? tr("now") : tr("this bundle");
    // Newest first: the usual question is "what changed since the last snapshot".
    for (int i = int(entries.size()) - 1; i >= 0; --i) {
        QAction* a = m_compareMenu->addAction(tr("%1 → %2").arg(entries[size_t(i)].label(), now));
        connect(a, &QAction::triggered, this, [this, i] { compare({ i }, { -1 }); });
    }
    // Between snapshots: each with the one before it (a few; older pairs through the CLI).
    int pairs = 0;
    for (int j = int(entries.size()) - 1; j > 0 && pairs < 8; --j, ++pairs) {
        if (pairs == 0)
            m_compareMenu->addSeparator();
        QAction* a
            = m_compareMenu->addAction(tr("%1 → %2").arg(entries[size_t(j) - 1].label(), entries[size_t(j)].label()));
        connect(a, &QAction::triggered, this, [this, j] { compare({ j - 1 }, { j }); });
    }
}

void SnapshotController::compare(DiffSide before, DiffSide after)
{
    if (!m_list)
        return;
    const auto label = [this](DiffSide s) {
        if (s.entry >= 0 && s.entry < int(m_list->entries().size()))
            return m_list->entries()[size_t(s.entry)].label();
        return m_document->capabilities().live ? tr("now") : tr("this bundle");
    };
    m_pane->showComparing(label(before), label(after));
    m_dock->show();
    m_dock->raise();
    m_list->compare(before, after);
    m_poll->start();
}

void SnapshotController::compareWithFolder(const QString& directory)
{
    if (!m_list)
        return;
    const int index = m_list->addOpened(directory);
    updateActions();
    compare({ index }, { -1 });
}

void SnapshotController::onCompared(const std::shared_ptr<const DiffOutcome>& outcome)
{
    m_poll->stop();
    m_pane->setKnownRegions(*m_document->regions());
    m_pane->setOutcome(outcome);
    if (outcome->error) {
        emit problem(m_pane->summary());
        emit compared();
        return;
    }
    if (outcome->report.cancelled) {
        emit statusMessage(tr("The comparison was cancelled."), 5000);
        emit compared();
        return;
    }
    // What the memory view shows of a live target must be as new as the comparison: pages read
    // before it would be marked against the snapshot with bytes older than it.
    if (m_document->capabilities().live)
        m_document->pages().invalidate();
    // The memory view marks what differs from the "before" side, whatever it shows now.
    m_hexView->setComparison(nullptr, {});
    delete m_comparison;
    m_comparison = nullptr;
    if (outcome->before && outcome->before != m_document->source()) {
        m_comparison = new ComparisonPages(outcome->before, outcome->beforeLabel, this);
        m_hexView->setComparison(&m_comparison->pages(), outcome->beforeLabel);
    }
    const bool first = !m_picture->hasHeat();
    m_picture->setHeat(DiffPane::heatOf(outcome->report), tr("since %1").arg(outcome->beforeLabel));
    if (first)
        m_picture->setHeatMode(true);
    emit statusMessage(m_pane->summary(), 15000);
    emit compared();
}

} // namespace procglass
