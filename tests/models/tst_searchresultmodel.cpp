// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/addressspec.h"
#include "fakememorysource.h"
#include "models/searchresultmodel.h"

#include <QBuffer>
#include <QItemSelectionModel>
#include <QTest>

using namespace procglass;

namespace {
Region region(Address start, quint64 size, RegionKind kind, const QString& path)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.kind = kind;
    r.path = path;
    r.inode = path.startsWith(u'/') ? 42 : 0;
    return r;
}

SearchHit hit(Address a, const QByteArray& bytes)
{
    SearchHit h;
    h.address = a;
    h.length = quint32(bytes.size());
    h.previewSize = quint8(std::min<qsizetype>(bytes.size(), SearchHit::kPreviewBytes));
    std::memcpy(h.preview.data(), bytes.constData(), h.previewSize);
    return h;
}

QStringList column(const SearchResultModel& m, int c)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data().toString();
    return out;
}
} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT
    const std::vector<Region> m_regions { region(
                                              0x1000, 0x1000, RegionKind::Executable, QStringLiteral("/usr/bin/app")),
        region(0x10000, 0x10000, RegionKind::Heap, QStringLiteral("[heap]")),
        region(0x7f0000, 0x1000, RegionKind::Anonymous, QString()),
        region(0x7f1000, 0x2000, RegionKind::Library, QStringLiteral("/lib/libc.so.6")) };

    void fill(SearchResultModel& m)
    {
        m.setRegions(m_regions);
        // In the order a multi-threaded search delivers them: none.
        m.appendHits({ hit(0x7f1010, "bbb"), hit(0x10020, "ccc") });
        m.appendHits({ hit(0x1004, "aaa"), hit(0x7f0008, QByteArray("a,\"b\"\0long match of 20", 22)) });
    }

private slots:
    void rowsShowWhereAndWhat()
    {
        SearchResultModel m;
        fill(m);
        QCOMPARE(m.rowCount(), 4);
        m.sort(SearchResultModel::AddressColumn, Qt::AscendingOrder);
        QCOMPARE(column(m, SearchResultModel::AddressColumn).first(), QStringLiteral("0x000000001004"));
        QCOMPARE(column(m, SearchResultModel::LocationColumn),
            (QStringList { QStringLiteral("app+0x4"), QStringLiteral("[heap]+0x20"), QStringLiteral("anon@7f0000+0x8"),
                QStringLiteral("libc.so.6+0x10") }));
        QCOMPARE(column(m, SearchResultModel::KindColumn).at(1), regionKindName(RegionKind::Heap));
        QCOMPARE(m.index(0, SearchResultModel::MatchColumn).data().toString(), QStringLiteral("61 61 61  aaa"));
        // A long match shows its first 16 bytes, then how long it is; bytes that are not text as dots.
        const QString longOne = m.index(2, SearchResultModel::MatchColumn).data().toString();
        QVERIFY2(longOne.startsWith(QStringLiteral("61 2c 22 62 22 00 6c")), qPrintable(longOne));
        QVERIFY2(longOne.contains(QStringLiteral("a,\"b\".long match")), qPrintable(longOne));
        QVERIFY2(longOne.endsWith(QStringLiteral("(22 bytes)")), qPrintable(longOne));
        QCOMPARE(m.address(1), Address(0x10020));
        QCOMPARE(m.length(2), quint64(22));
    }

    void sortsByEveryColumnAndKeepsTheSelection()
    {
        SearchResultModel m;
        fill(m);
        QItemSelectionModel selection(&m);
        m.sort(SearchResultModel::AddressColumn, Qt::AscendingOrder);
        selection.select(m.index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows); // the heap hit
        m.sort(SearchResultModel::AddressColumn, Qt::DescendingOrder);
        QCOMPARE(m.address(0), Address(0x7f1010));
        QCOMPARE(m.address(3), Address(0x1004));
        m.sort(SearchResultModel::MatchColumn, Qt::AscendingOrder);
        QCOMPARE(column(m, SearchResultModel::AddressColumn).join(u' '),
            QStringLiteral("0x0000007f0008 0x000000001004 0x0000007f1010 0x000000010020"));
        m.sort(SearchResultModel::LocationColumn, Qt::AscendingOrder);
        // By the names shown: [heap], anon@, app, libc.so.6.
        QCOMPARE(column(m, SearchResultModel::LocationColumn),
            (QStringList { QStringLiteral("[heap]+0x20"), QStringLiteral("anon@7f0000+0x8"), QStringLiteral("app+0x4"),
                QStringLiteral("libc.so.6+0x10") }));
        const QModelIndexList selected = selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(m.address(selected.first().row()), Address(0x10020));
    }

    void csvQuotesWhatNeedsIt()
    {
        SearchResultModel m;
        fill(m);
        m.sort(SearchResultModel::AddressColumn, Qt::AscendingOrder);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(m.writeCsv(&out));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines.at(0), QByteArray("address,location,kind,length,bytes"));
        QCOMPARE(lines.at(1), QByteArray("0x000000001004,app+0x4,executable,3,616161"));
        QCOMPARE(lines.at(3),
            QByteArray("0x0000007f0008,anon@7f0000+0x8,anonymous,22,612c22622200"
                       "6c6f6e67206d61746368"));
        QCOMPARE(lines.size(), 6); // a header, four rows, and the final newline
    }

    // Issue 15, item 6: the location column reads back (Go to, the CLI) to the address column --
    // anonymous memory used to be "anonymous+0x8", which nothing accepted.
    void csvLocationsReadBack()
    {
        SearchResultModel m;
        fill(m);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY(m.writeCsv(&out));
        const QList<QByteArray> lines = out.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            const auto back = resolveAddress(QString::fromUtf8(fields[1]), m_regions);
            QVERIFY2(back.ok(), lines[i].constData());
            QCOMPARE(*back, fields[0].toULongLong(nullptr, 16));
        }
        // The symbol form where a namer names the address, and it reads back through the symbols.
        m.setAddressNamer([](Address a) { return a == 0x7f1010 ? QStringLiteral("libc.so.6!malloc+0x4") : QString(); });
        m.sort(SearchResultModel::AddressColumn, Qt::AscendingOrder);
        QCOMPARE(
            m.index(3, SearchResultModel::LocationColumn).data().toString(), QStringLiteral("libc.so.6!malloc+0x4"));
    }

    void aValueScanShowsValues()
    {
        SearchResultModel m;
        m.setRegions(m_regions);
        ScanValueType type;
        type.bytes = 4;
        auto hits = std::make_shared<HitSet>(type);
        hits->add(0x10000, quint64(quint32(-7)));
        hits->add(0x10010, 42);
        m.setHitSet(hits);
        QVERIFY(m.isValueScan());
        QCOMPARE(m.headerData(SearchResultModel::MatchColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
            QStringLiteral("Value"));
        QCOMPARE(
            column(m, SearchResultModel::MatchColumn), (QStringList { QStringLiteral("-7"), QStringLiteral("42") }));
        m.sort(SearchResultModel::MatchColumn, Qt::DescendingOrder);
        QCOMPARE(m.address(0), Address(0x10010));
        QCOMPARE(m.length(0), quint64(4));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QVERIFY(!m.isValueScan());
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
