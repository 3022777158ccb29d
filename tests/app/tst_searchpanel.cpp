// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The search panel on the real fixture: patterns, scopes, next scans, cancel and export.
#include "core/model/format.h"
#include "fixture.h"
#include "models/searchresultmodel.h"
#include "platform/linux/target.h"
#include "searchpanel.h"

#include <QComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>

using namespace procglass;
using namespace procglass::test;

namespace {
// A gigabyte of memory that takes its time: every read sleeps, so a search is still running
// when the test cancels it.
class SlowSource : public MemorySource
{
public:
    std::atomic<int> reads = 0;
    Result<std::vector<Region>> regions() override
    {
        Region r;
        r.range = { 0x10000000, 0x10000000 + (quint64(1) << 30) };
        r.perms = { true, true, false, false };
        return std::vector<Region> { r };
    }
    ReadResult read(Address, std::span<std::byte> out) override
    {
        ++reads;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        std::fill(out.begin(), out.end(), std::byte('x'));
        ReadResult r;
        r.bytesRead = out.size();
        return r;
    }
    QString description() const override { return QStringLiteral("slow"); }
};

std::vector<Address> addresses(const SearchResultModel& m)
{
    std::vector<Address> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.push_back(m.address(r));
    return out;
}
} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    std::shared_ptr<LinuxTarget> m_target;
    std::vector<Region> m_regions;

    bool run(SearchPanel& panel, const std::function<QString()>& start)
    {
        QSignalSpy finished(&panel, &SearchPanel::finished);
        const QString why = start();
        if (!why.isEmpty()) {
            qWarning("did not start: %s", qPrintable(why));
            return false;
        }
        return finished.wait(30000);
    }

    void open(SearchPanel& panel)
    {
        panel.setSource(m_target);
        panel.setRegions(m_regions);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QSettings().clear(); // the kind searched last is remembered
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20),
                     QStringLiteral("--threads"), QStringLiteral("3") }),
            qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        QVERIFY(target);
        m_target = std::move(*target);
        auto regions = m_target->regions();
        QVERIFY(regions);
        m_regions = *regions;
    }

    void findsTheHeapStringWhereItIs()
    {
        SearchPanel panel;
        open(panel);
        panel.setPattern(SearchPanel::Kind::Text, QStringLiteral("PROCGLASS-HEAP-STRING"));
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        const Address heapString = m_fixture.address(QStringLiteral("heap_string"));
        const auto found = addresses(*panel.model());
        QVERIFY2(std::find(found.begin(), found.end(), heapString) != found.end(), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("hit(s) for text")), qPrintable(panel.statusText()));
        const int row = int(std::find(found.begin(), found.end(), heapString) - found.begin());
        QVERIFY(
            panel.model()->index(row, SearchResultModel::LocationColumn).data().toString().startsWith(u"[heap]+0x"));
        QCOMPARE(panel.model()->length(row), quint64(21));
        // Double-clicking (or Enter on) a row asks to show it, with its length.
        QSignalSpy activated(&panel, &SearchPanel::hitActivated);
        emit panel.resultView()->activated(panel.model()->index(row, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).value<Address>(), heapString);
        QCOMPARE(activated.first().at(1).value<quint64>(), quint64(21));
    }

    void badInputSaysWhyAndStartsNothing()
    {
        SearchPanel panel;
        QVERIFY(panel.startSearch().contains(QStringLiteral("Open a process")));
        open(panel);
        panel.setPattern(SearchPanel::Kind::Hex, QStringLiteral("48 6g"));
        const QString why = panel.startSearch();
        QVERIFY2(why.contains(QStringLiteral("'g' at position 5 is not a hex digit")), qPrintable(why));
        QCOMPARE(panel.statusText(), why);
        QVERIFY(!panel.isBusy());
        panel.setPattern(SearchPanel::Kind::Hex, QStringLiteral("00"));
        panel.setScope(SearchPanel::Scope::Range);
        panel.setRange(QStringLiteral("0x2000-0x1000"));
        QVERIFY(panel.startSearch().contains(QStringLiteral("is empty")));
        panel.setScope(SearchPanel::Scope::SelectedRegions);
        QVERIFY(panel.startSearch().contains(QStringLiteral("Select mappings")));
        panel.setScope(SearchPanel::Scope::HexSelection);
        QVERIFY(panel.startSearch().contains(QStringLiteral("Select bytes")));
        QVERIFY(panel.startNextScan(HitSet::Filter::Changed).contains(QStringLiteral("search for a value first")));
        QVERIFY(!panel.isBusy());
    }

    void scopesLimitWhereItLooks()
    {
        SearchPanel panel;
        open(panel);
        const Address int32 = m_fixture.address(QStringLiteral("int32"));
        panel.setSelectionProviders([] { return std::vector<AddressRange>(); },
            [int32] {
                return AddressRange { int32 - 8, int32 + 12 };
            });
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("0x1baccafe"));
        panel.setScope(SearchPanel::Scope::HexSelection);
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QCOMPARE(addresses(*panel.model()), std::vector<Address> { int32 });
        // The same value, as a range, in an address range that leaves it out by one byte.
        panel.setScope(SearchPanel::Scope::Range);
        panel.setRange(QStringLiteral("%1-%2").arg(formatAddress(int32 + 1), formatAddress(int32 + 0x1000)));
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void nextScansFollowTheLiveCounters()
    {
        SearchPanel panel;
        open(panel);
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        panel.setScope(SearchPanel::Scope::Range);
        panel.setRange(QStringLiteral("%1-%2").arg(formatAddress(counters), formatAddress(counters + 16 * 8)));
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("0..0xffffffff"));
        panel.setIntegerType(64, false, false);
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QVERIFY(panel.model()->isValueScan());
        QVERIFY(panel.model()->rowCount() >= 3);
        QTest::qWait(300); // the counter threads tick every 2 ms
        QVERIFY(run(panel, [&] { return panel.startNextScan(HitSet::Filter::Increased); }));
        const auto kept = addresses(*panel.model());
        for (Address a : { counters, counters + 8, counters + 16 })
            QVERIFY2(std::find(kept.begin(), kept.end(), a) != kept.end(), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("kept")), qPrintable(panel.statusText()));
        // Running counters never stay unchanged: nothing is left of the three.
        QTest::qWait(100);
        QVERIFY(run(panel, [&] { return panel.startNextScan(HitSet::Filter::Unchanged); }));
        for (Address a : addresses(*panel.model()))
            QVERIFY(a < counters || a >= counters + 24);
        QVERIFY(panel.startNextScan(HitSet::Filter::Equal).contains(QStringLiteral("Give the value")));
    }

    // "At most" caps the rows the list shows, not the hits: a next scan narrows every hit the
    // first scan found (GameConqueror's way), and the status says how many there are.
    void nextScansNarrowEveryHitNotOnlyTheListedOnes()
    {
        SearchPanel panel;
        open(panel);
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        panel.setScope(SearchPanel::Scope::Range);
        panel.setRange(QStringLiteral("%1-%2").arg(formatAddress(counters), formatAddress(counters + 16 * 8)));
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("0..0xffffffff"));
        panel.setIntegerType(64, false, false);
        panel.setMaxResults(4);
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QCOMPARE(panel.model()->rowCount(), 4);
        QCOMPARE(panel.model()->hitSet()->size(), size_t(16));
        QVERIFY2(panel.statusText().contains(QStringLiteral("16 hits")) && panel.statusText().contains(u'4'),
            qPrintable(panel.statusText()));
        QTest::qWait(300); // the counter threads tick every 2 ms
        QVERIFY(run(panel, [&] { return panel.startNextScan(HitSet::Filter::Unchanged); }));
        // The 13 idle slots, though only 4 rows were listed.
        QCOMPARE(panel.model()->hitSet()->size(), size_t(13));
        QCOMPARE(panel.model()->rowCount(), 4);
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            QVERIFY(panel.model()->address(row) >= counters + 24);
        QVERIFY2(panel.statusText().contains(QStringLiteral("13 of")), qPrintable(panel.statusText()));
        QVERIFY(run(panel, [&] { return panel.startNextScan(HitSet::Filter::Changed); }));
        QCOMPARE(panel.model()->hitSet()->size(), size_t(0));
        panel.setMaxResults(100000);
    }

    void cancelStopsSoonAndKeepsWhatWasFound()
    {
        auto slow = std::make_shared<SlowSource>();
        SearchPanel panel;
        panel.setSource(slow);
        panel.setRegions(*slow->regions());
        panel.setPattern(SearchPanel::Kind::Hex, QStringLiteral("41 42")); // nowhere
        panel.setMaxResults(1000);
        QSignalSpy finished(&panel, &SearchPanel::finished);
        QCOMPARE(panel.startSearch(), QString());
        QVERIFY(panel.isBusy());
        QTest::qWait(50);
        QCOMPARE(finished.count(), 0);
        panel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(panel.statusText()));
        QVERIFY(slow->reads < 256 / 2); // far from the whole gigabyte
        // The cap: a fresh search stops at "at most" and says so.
        panel.setPattern(SearchPanel::Kind::Hex, QStringLiteral("78 78")); // everywhere
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QCOMPARE(panel.model()->rowCount(), 1000);
        QVERIFY2(panel.statusText().contains(QStringLiteral("first 1000 hit(s)")), qPrintable(panel.statusText()));
        // Closing the target in the middle of a search cancels it and clears the table.
        QCOMPARE(panel.startSearch(), QString());
        panel.setSource(nullptr);
        QVERIFY(!panel.isBusy());
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    // Issue 15, finding 11: the kind was Hex at every start, and typed text only made an error.
    void theKindIsRememberedAndTextIsOffered()
    {
        QSettings().remove(QStringLiteral("search/kind"));
        {
            SearchPanel panel;
            QCOMPARE(panel.kind(), SearchPanel::Kind::Hex); // nothing searched yet
            open(panel);
            panel.setPattern(SearchPanel::Kind::Text, QStringLiteral("PROCGLASS-HEAP-STRING"));
            QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        }
        SearchPanel panel;
        QCOMPARE(panel.kind(), SearchPanel::Kind::Text);
        QCOMPARE(panel.findChild<QComboBox*>(QStringLiteral("searchKindCombo"))->currentIndex(),
            int(SearchPanel::Kind::Text));
        open(panel);
        auto* offer = panel.findChild<QPushButton*>(QStringLiteral("searchAsTextButton"));
        QVERIFY(offer);
        // Text typed while the kind says hex: the error, and the offer.
        panel.setPattern(SearchPanel::Kind::Hex, QStringLiteral("PROCGLASS-HEAP-STRING"));
        QVERIFY(panel.startSearch().contains(QStringLiteral("not a hex digit")));
        QVERIFY(offer->isVisibleTo(&panel));
        QSignalSpy finished(&panel, &SearchPanel::finished);
        offer->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(panel.kind(), SearchPanel::Kind::Text);
        const auto found = addresses(*panel.model());
        QVERIFY2(std::find(found.begin(), found.end(), m_fixture.address(QStringLiteral("heap_string"))) != found.end(),
            qPrintable(panel.statusText()));
        QVERIFY(!offer->isVisibleTo(&panel));
        // Offered for a number that is not one; not when there is nothing to search for.
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("forty-two"));
        QVERIFY(!panel.startSearch().isEmpty());
        QVERIFY(offer->isVisibleTo(&panel));
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral(" "));
        QVERIFY(!panel.startSearch().isEmpty());
        QVERIFY(!offer->isVisibleTo(&panel));
        panel.setPattern(SearchPanel::Kind::Text, QString());
        QVERIFY(!panel.startSearch().isEmpty());
        QVERIFY(!offer->isVisibleTo(&panel));
        QSettings().remove(QStringLiteral("search/kind"));
    }

    // Issue 15, finding 12: over everything, a value search finds every library's copy too (79 hits
    // where GameConqueror's "Normal" found 1). Program data is where the program keeps its own,
    // and a value search starts there.
    void programDataFindsTheProgramsValueNotALibrarysCopy()
    {
        SearchPanel panel;
        open(panel);
        panel.setPattern(SearchPanel::Kind::Text, QStringLiteral("x"));
        QCOMPARE(panel.scope(), SearchPanel::Scope::All);
        // The address of argv[0] is kept in argv (on the stack) and by libc (program_invocation_name).
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_fixture.pid()));
        QVERIFY(stat.open(QIODevice::ReadOnly));
        const QByteArray fields = stat.readAll();
        const QList<QByteArray> after = fields.mid(fields.lastIndexOf(')') + 2).split(' ');
        const quint64 argStart = after.value(45).toULongLong(); // field 48, arg_start
        QVERIFY(argStart != 0);
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("0x%1").arg(argStart, 0, 16));
        panel.setIntegerType(64, false, false);
        QCOMPARE(panel.scope(), SearchPanel::Scope::ProgramData); // a value search starts there
        auto kindsFound = [&] {
            std::vector<RegionKind> kinds;
            for (Address a : addresses(*panel.model()))
                kinds.push_back(m_regions[size_t(findRegion(m_regions, a))].kind);
            return kinds;
        };
        auto has = [](const std::vector<RegionKind>& kinds, RegionKind k) {
            return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
        };
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QVERIFY2(has(kindsFound(), RegionKind::MainStack), qPrintable(panel.statusText()));
        QVERIFY(!has(kindsFound(), RegionKind::Library));
        panel.setScope(SearchPanel::Scope::All);
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QVERIFY(has(kindsFound(), RegionKind::Library)); // libc's copy: what program data leaves out
        // Chosen once, the scope stays whatever the kind.
        panel.setPattern(SearchPanel::Kind::Double, QStringLiteral("1"));
        QCOMPARE(panel.scope(), SearchPanel::Scope::All);
        // The program's own variable, in the executable's data.
        panel.setScope(SearchPanel::Scope::ProgramData);
        panel.setPattern(SearchPanel::Kind::Integer, QStringLiteral("0x1baccafe"));
        panel.setIntegerType(32, true, false);
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        const auto found = addresses(*panel.model());
        QVERIFY(std::find(found.begin(), found.end(), m_fixture.address(QStringLiteral("int32"))) != found.end());
        for (Address a : found) // (printf left copies on the stack)
            QVERIFY(isProgramData(m_regions[size_t(findRegion(m_regions, a))]));
        // It says what it covers.
        auto* combo = panel.findChild<QComboBox*>(QStringLiteral("searchScopeCombo"));
        QVERIFY(combo->toolTip().contains(QStringLiteral("heap")));
        QVERIFY(combo->toolTip().contains(QStringLiteral("Not libraries")));
    }

    void exportWritesCsvOnlyTheUserCanRead()
    {
        SearchPanel panel;
        open(panel);
        panel.setPattern(SearchPanel::Kind::Text, QStringLiteral("PROCGLASS-HEAP-STRING"));
        QVERIFY(run(panel, [&] { return panel.startSearch(); }));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits.csv"));
        QCOMPARE(panel.exportCsv(path), QString());
        struct stat st
        {
        };
        QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("address,location,kind,length,bytes\n"));
        QVERIFY(
            csv.contains(formatAddress(m_fixture.address(QStringLiteral("heap_string"))).toLatin1() + ",[heap]+0x"));
        // Where it cannot be written: a message, and no file.
        const QString bad = dir.filePath(QStringLiteral("missing/hits.csv"));
        const QString why = panel.exportCsv(bad);
        QVERIFY2(why.contains(QStringLiteral("Cannot create")), qPrintable(why));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
