// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: SearchResultModel and DisassemblyModel under QAbstractItemModelTester, driven through
// the updates the window makes: hits streaming in, sorted, a hit set shown, cleared; code loaded,
// extended as the view scrolls on, and back.
#include "core/code/disassembler.h"
#include "core/search/valuescan.h"
#include "models/disassemblymodel.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cstring>

using namespace procglass;

namespace {

Region region(Address start, quint64 size, RegionKind kind, const QString& path)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.kind = kind;
    r.path = path;
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

// x86-64: push rbp; mov rbp,rsp; nop; xor eax,eax; pop rbp; ret -- 9 bytes, 6 instructions.
QByteArray someCode()
{
    return QByteArray::fromHex("554889e59031c05dc3");
}

} // namespace

class TestModelTester : public QObject
{
    Q_OBJECT

private slots:
    void searchResultModel()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Sorted through a proxy too, as the results table does.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRegions({ region(0x1000, 0x1000, RegionKind::Executable, QStringLiteral("/usr/bin/app")),
            region(0x10000, 0x10000, RegionKind::Heap, QStringLiteral("[heap]")) });
        model.setAddressNamer([](Address a) { return a == 0x1004 ? QStringLiteral("app!main+0x4") : QString(); });
        // Batches in the order a multi-threaded search delivers them.
        model.appendHits({ hit(0x10020, "ccc"), hit(0x1004, "aaa") });
        model.appendHits({});
        model.appendHits({ hit(0x10008, QByteArray("a,\"b\"\0long match of 20", 22)), hit(0x20000, "zz") });
        QCOMPARE(model.rowCount(), 4);
        for (int column = 0; column < SearchResultModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        model.sort(SearchResultModel::AddressColumn, Qt::AscendingOrder);
        QCOMPARE(model.address(0), Address(0x1004));
        QCOMPARE(model.index(0, SearchResultModel::LocationColumn).data().toString(), QStringLiteral("app!main+0x4"));
        proxy.sort(SearchResultModel::MatchColumn, Qt::DescendingOrder);
        model.appendHits({ hit(0x1008, "new") }); // more arrive after a sort
        QCOMPARE(model.rowCount(), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.clear(); // twice: nothing to remove
        // A value scan's hit set replaces the rows, and is replaced by the next one.
        auto set = std::make_shared<HitSet>();
        set->add(0x10000, 1);
        set->add(0x10004, 2);
        set->add(0x10008, 300);
        model.setHitSet(set);
        QCOMPARE(model.rowCount(), 3);
        for (int column = 0; column < SearchResultModel::ColumnCount; ++column)
            model.sort(column, Qt::DescendingOrder);
        auto fewer = std::make_shared<HitSet>();
        fewer->add(0x10004, 2);
        model.setHitSet(fewer);
        QCOMPARE(model.rowCount(), 1);
        // A pattern search after a scan: the search panel clears the rows first.
        model.clear();
        model.appendHits({ hit(0x1004, "aaa") });
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void disassemblyModel()
    {
        auto disassembler = Disassembler::create(Disassembler::Arch::X86_64);
        QVERIFY2(disassembler.ok(), qPrintable(disassembler.ok() ? QString() : disassembler.error().message));
        DisassemblyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDisassembler(std::make_shared<const Disassembler>(std::move(*disassembler)));
        constexpr Address kStart = 0x401000;
        const QByteArray code = someCode();
        model.setCode(kStart, code, {});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.end(), kStart + Address(code.size()));
        // Scrolled on: code after it, with an unreadable stretch in the middle.
        const QByteArray more = code + QByteArray(16, '\0') + code;
        model.appendCode(more, { { model.end() + Address(code.size()), model.end() + Address(code.size() + 16) } });
        QVERIFY(model.rowCount() > 12);
        const int unreadableRow = model.rowOf(kStart + Address(2 * code.size()));
        QVERIFY(unreadableRow >= 0);
        QVERIFY(model.instruction(unreadableRow).mnemonic.isEmpty()); // said so, never decoded
        // Scrolled back: code before it.
        model.prependCode(kStart - Address(code.size()), code, {});
        QCOMPARE(model.start(), kStart - Address(code.size()));
        QCOMPARE(model.rowOf(kStart), 6);
        model.appendCode({}, {}); // nothing more to read
        // Loaded elsewhere: the rows are replaced, then emptied.
        model.setCode(0x7f0000001000, code.left(4), {});
        QVERIFY(model.rowCount() >= 2);
        model.setCode(0x1000, {}, {});
        QCOMPARE(model.rowCount(), 0);
        model.setCode(0x2000, code, { { 0x2000, 0x2000 + Address(code.size()) } }); // all unreadable
        QVERIFY(model.rowCount() >= 1);
    }
};

// A GUI application: the disassembly model colours its rows from the palette.
QTEST_MAIN(TestModelTester)
#include "tst_modeltester.moc"
