// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 15, item 6 in the window: a search hit's location, as the results table shows it, is
// accepted by Go to and lands on the hit; the status bar then says the same location.
#include "fixture.h"
#include "mainwindow.h"
#include "models/searchresultmodel.h"
#include "searchpanel.h"
#include "widgets/hexview.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace procglass;
using namespace procglass::test;

class TestGoLocations : public QObject
{
    Q_OBJECT
    Fixture m_fixture;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QSettings().clear();
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
    }

    void searchHitLocationsGoBack_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("key"); // the fixture's name for the address a hit must be at
        QTest::newRow("heap") << int(SearchPanel::Kind::Text) << QStringLiteral("PROCGLASS-HEAP-STRING")
                              << QStringLiteral("heap_string");
        // Anonymous memory: once "anonymous+0x..", which Go to refused.
        const std::vector<std::byte> random = randomBytes(0x5eed, 16);
        QByteArray bytes;
        for (std::byte b : random)
            bytes += char(b);
        QTest::newRow("anonymous") << int(SearchPanel::Kind::Hex) << QString::fromLatin1(bytes.toHex(' '))
                                   << QStringLiteral("random");
        // A C++ global: the symbol form, demangled.
        QTest::newRow("symbol") << int(SearchPanel::Kind::Hex) << QStringLiteral("fe ca ac 1b")
                                << QStringLiteral("int32");
    }

    void searchHitLocationsGoBack()
    {
        QFETCH(int, kind);
        QFETCH(QString, pattern);
        QFETCH(QString, key);
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        QSignalSpy symbols(&w, &MainWindow::symbolsLoaded);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        QVERIFY(symbols.count() > 0 || symbols.wait(20000));
        SearchPanel* panel = w.searchPanel();
        panel->setPattern(SearchPanel::Kind(kind), pattern);
        QSignalSpy finished(panel, &SearchPanel::finished);
        QCOMPARE(panel->startSearch(), QString());
        QVERIFY(finished.wait(20000));
        const Address expected = m_fixture.address(key);
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->address(r) == expected)
                row = r;
        }
        QVERIFY(row >= 0);
        const QString location = panel->model()->index(row, SearchResultModel::LocationColumn).data().toString();
        if (key == QLatin1StringView("int32"))
            QCOMPARE(location, QStringLiteral("procglass-demo!(anonymous namespace)::g_int32"));
        else if (key == QLatin1StringView("random"))
            QVERIFY2(location.startsWith(QStringLiteral("anon@")), qPrintable(location));
        // Go to takes it as printed.
        QCOMPARE(w.goTo(location), QString());
        auto* hex = w.findChild<HexView*>(QStringLiteral("hexView"));
        QCOMPARE(hex->cursor(), expected);
        // And the status bar names the cursor's place the same way.
        QVERIFY2(w.statusBar()->currentMessage().contains(location), qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestGoLocations)
#include "tst_golocations.moc"
