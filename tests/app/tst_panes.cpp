// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: the process list and the bookmarks are panes of their own, usable without the window.
#include "bookmarkspane.h"
#include "core/model/format.h"
#include "core/teach/bookmarks.h"
#include "models/processmodel.h"
#include "processlistpane.h"

#include <QAction>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

using namespace procglass;

class TestPanes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTestsPanes"));
        QSettings().clear();
    }

    // Activating this process's row asks to open it, by its identity; the filter narrows the list.
    void theProcessListAsksToOpenWhatIsActivated()
    {
        QTreeView view;
        QLineEdit filter;
        QAction tree;
        tree.setCheckable(true);
        ProcessListPane pane(&view, &filter, &tree);
        QSignalSpy refreshed(&pane, &ProcessListPane::refreshed);
        pane.select(getpid()); // not listed yet: selected once it is
        QVERIFY(refreshed.wait(10000));
        const QModelIndex current = view.currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ProcessModel::PidRole).toInt(), int(getpid()));
        QSignalSpy open(&pane, &ProcessListPane::openRequested);
        emit view.activated(current);
        QCOMPARE(open.count(), 1);
        const auto identity = open.first().first().value<ProcessIdentity>();
        QCOMPARE(identity.pid, getpid());
        QVERIFY(identity.startTime > 0);

        filter.setText(QStringLiteral("no process is called like this"));
        QCOMPARE(view.model()->rowCount(), 0);
    }

    // The tree and the kernel threads toggles are remembered; the filter is not.
    void theProcessListKeepsItsSettings()
    {
        {
            QTreeView view;
            QLineEdit filter;
            QAction tree;
            tree.setCheckable(true);
            ProcessListPane pane(&view, &filter, &tree);
            tree.setChecked(true);
            pane.kernelThreadsAction()->setChecked(true);
            QSettings s;
            pane.saveSettings(s);
        }
        QTreeView view;
        QLineEdit filter;
        QAction tree;
        tree.setCheckable(true);
        ProcessListPane pane(&view, &filter, &tree);
        pane.restoreSettings(QSettings());
        QVERIFY(tree.isChecked());
        QVERIFY(pane.kernelThreadsAction()->isChecked());
        QVERIFY(pane.model()->treeMode());
        QSettings().clear();
    }

    // The bookmarks of the executable, placed in the mappings it has now; Delete removes one.
    void bookmarksArePlacedInTheMappings()
    {
        const QString exe = QStringLiteral("/opt/procglass-test/program");
        {
            QSettings settings;
            BookmarkStore store(settings, exe);
            store.add({ QStringLiteral("heap"), QStringLiteral("[heap]+0x10") });
            store.add({ QStringLiteral("gone"), QStringLiteral("libnothere.so+0x10") });
        }
        std::vector<Region> regions(1);
        regions[0].range = { 0x5000, 0x9000 };
        regions[0].path = QStringLiteral("[heap]");
        regions[0].kind = RegionKind::Heap;
        BookmarksPane pane([&]() -> const std::vector<Region>& { return regions; });
        pane.setExecutable(exe);
        QCOMPARE(pane.topLevelItemCount(), 2);
        QCOMPARE(pane.topLevelItem(0)->text(0), QStringLiteral("heap"));
        QCOMPARE(pane.topLevelItem(0)->text(2), formatAddress(0x5010));
        QCOMPARE(pane.topLevelItem(1)->text(2), QStringLiteral("not mapped in this run"));

        QSignalSpy go(&pane, &BookmarksPane::goToRequested);
        emit pane.itemActivated(pane.topLevelItem(0), 0);
        QCOMPARE(go.count(), 1);
        QCOMPARE(go.first().first().toString(), QStringLiteral("[heap]+0x10"));

        pane.setCurrentItem(pane.topLevelItem(1));
        pane.actions().first()->trigger(); // Remove bookmark
        QCOMPARE(pane.topLevelItemCount(), 1);
        {
            QSettings settings;
            QCOMPARE(BookmarkStore(settings, exe).bookmarks().size(), 1);
        }
        pane.clearTarget();
        QCOMPARE(pane.topLevelItemCount(), 0);
        QVERIFY(pane.executable().isEmpty());
        QSettings().clear();
    }
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
