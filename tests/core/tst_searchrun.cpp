// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: the search use case both faces run (core/search/searchrun.h): the CLI's search and
// --save-hits, the panel's search and value scan.
#include "core/search/searchrun.h"
#include "fakememorysource.h"

#include <QTest>

#include <map>

using namespace procglass;

namespace {
constexpr Address kBase = 0x10000;

// 42 at offsets 0, 6 and 12 (the middle one unaligned), 7 at 16.
void fill(FakeMemorySource& fake)
{
    QByteArray data(64, '\0');
    const qint32 values[][2] = { { 0, 42 }, { 6, 42 }, { 12, 42 }, { 16, 7 } };
    for (const auto& [offset, value] : values)
        std::memcpy(data.data() + offset, &value, 4);
    Region r;
    r.range = { kBase, kBase + 64 };
    r.perms = { true, true, false, false };
    fake.addSegment(r, data);
}

SearchRequest request(const QString& value)
{
    SearchRequest r;
    r.pattern = *SearchPattern::integer(value, 32, true, false);
    r.ranges = { { kBase, kBase + 64 } };
    return r;
}

std::vector<Address> sorted(std::vector<SearchHit> hits)
{
    std::vector<Address> out;
    for (const SearchHit& h : hits)
        out.push_back(h.address);
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class TestSearchRun : public QObject
{
    Q_OBJECT

private slots:
    // A pattern search hands its hits out as they come; there is no hit set.
    void aPatternSearchStreamsItsHits()
    {
        FakeMemorySource fake;
        fill(fake);
        SearchRun run(request(QStringLiteral("42")));
        run.run(fake);
        QCOMPARE(sorted(run.takeHits()), (std::vector<Address> { kBase, kBase + 6, kBase + 12 }));
        QVERIFY(run.takeHits().empty()); // taken once
        QVERIFY(!run.takeHitSet());
        QCOMPARE(run.summary().hits, quint64(3));
        QCOMPARE(run.done(), run.total());
    }

    // A value search keeps its hits with their values, in address order, and aligned when asked;
    // streamed too only when asked (the CLI prints them and saves the set).
    void aValueSearchKeepsAHitSet()
    {
        FakeMemorySource fake;
        fill(fake);
        SearchRequest r = request(QStringLiteral("0..100"));
        r.valueType = ScanValueType { ScanValueType::Kind::Integer, 4, true, false };
        r.aligned = true;
        SearchRun run(r);
        run.run(fake);
        QVERIFY(run.takeHits().empty());
        auto hits = run.takeHitSet();
        QVERIFY(hits);
        std::map<Address, QString> values;
        for (size_t i = 0; i < hits->size(); ++i) {
            QVERIFY(i == 0 || hits->address(i) > hits->address(i - 1));
            values[hits->address(i)] = hits->valueText(i);
        }
        QCOMPARE(values[kBase], QStringLiteral("42"));
        QCOMPARE(values[kBase + 16], QStringLiteral("7"));
        QVERIFY(!values.contains(kBase + 4)); // 0x2a0000: out of the range
        for (const auto& [address, value] : values)
            QCOMPARE(address % 4, Address(0)); // aligned: not the 42 at +6

        r.pattern = *SearchPattern::integer(QStringLiteral("42"), 32, true, false);
        r.aligned = false;
        r.streamValueHits = true;
        SearchRun both(r);
        both.run(fake);
        QCOMPARE(sorted(both.takeHits()), (std::vector<Address> { kBase, kBase + 6, kBase + 12 }));
        QCOMPARE(both.takeHitSet()->size(), size_t(3));
    }

    // Cancelled (the panel's Cancel, the CLI's Ctrl+C): it says so.
    void cancelIsSeen()
    {
        FakeMemorySource fake;
        fill(fake);
        SearchRun run(request(QStringLiteral("42")));
        run.cancel = true;
        run.run(fake);
        QVERIFY(run.summary().cancelled);
    }
};

QTEST_MAIN(TestSearchRun)
#include "tst_searchrun.moc"
