// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The Code tab's model and view on an address space made up in the test: decoding backwards as the
// view scrolls up, without losing the user's place, and never past the start of the mapping.
#include "codeview.h"

#include "fakememorysource.h"
#include "models/disassemblymodel.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace procglass;

namespace {
constexpr Address kBase = 0x400000;

std::shared_ptr<const Disassembler> x86()
{
    return std::make_shared<const Disassembler>(Disassembler::create(Disassembler::Arch::X86_64).value());
}

Address topAddress(CodeView& view)
{
    const QModelIndex top = view.view()->indexAt(QPoint(0, 0));
    return top.isValid() ? view.model()->instruction(top.row()).address : 0;
}
} // namespace

class TestCodeView : public QObject
{
    Q_OBJECT

private slots:
    void prependedCodeMeetsTheRows()
    {
        DisassemblyModel m;
        m.setDisassembler(x86());
        // movabs rax, imm64 (10 bytes) over and over; the rows start at an instruction.
        QByteArray code;
        for (int i = 0; i < 20; ++i)
            code += QByteArray::fromHex("48b81122334455667788");
        m.setCode(kBase + 100, code.mid(100), {});
        QCOMPARE(m.instruction(0).text(), QStringLiteral("movabs rax, 0x8877665544332211"));
        // Decoding from 3 bytes in does not line up: what is cut where the rows begin is data.
        m.prependCode(kBase + 3, code.mid(3, 97), {});
        QCOMPARE(m.start(), kBase + 3);
        QCOMPARE(m.instruction(0).address, kBase + 3);
        const int first = m.rowOf(kBase + 100);
        QVERIFY(first > 0);
        QCOMPARE(m.instruction(first).address, kBase + 100);
        QCOMPARE(m.instruction(first).text(), QStringLiteral("movabs rax, 0x8877665544332211"));
        // Every byte before it is in exactly one row, in order.
        Address at = kBase + 3;
        for (int r = 0; r < first; ++r) {
            QCOMPARE(m.instruction(r).address, at);
            QVERIFY(!m.instruction(r).bytes.isEmpty());
            at += quint64(m.instruction(r).bytes.size());
        }
        QCOMPARE(at, kBase + 100);
        // Two nops and the first bytes of a movabs that the rows' first instruction cuts short:
        // those bytes are data, one row each, not dropped and not decoded past the rows' start.
        m.prependCode(kBase - 1, QByteArray::fromHex("909048b8"), {});
        QCOMPARE(m.start(), kBase - 1);
        QCOMPARE(m.instruction(0).text(), QStringLiteral("nop"));
        QCOMPARE(m.instruction(1).text(), QStringLiteral("nop"));
        QVERIFY(m.instruction(2).isData());
        QCOMPARE(m.instruction(2).address, kBase + 1);
        QVERIFY(m.instruction(3).isData());
        QCOMPARE(m.instruction(4).address, kBase + 3);
        // Code that does not end where the rows begin is refused.
        const int rows = m.rowCount();
        m.prependCode(kBase - 10, code.left(2), {});
        QCOMPARE(m.rowCount(), rows);
    }

    void scrollingUpDecodesBackwards()
    {
        auto fake = std::make_shared<FakeMemorySource>();
        Region r;
        r.range = { kBase, kBase + 0x3000 };
        r.perms = { true, false, true, false };
        fake->addSegment(r, QByteArray(0x3000, char(0x90))); // nop
        CodeView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSource(fake, { r });
        QSignalSpy loaded(&view, &CodeView::loaded);
        QSignalSpy extended(&view, &CodeView::extended);
        view.goTo(kBase + 0x2800);
        QTRY_COMPARE(loaded.count(), 1);
        // The page before is decoded ahead; the address asked for stays at the top.
        QTRY_COMPARE(extended.count(), 1);
        DisassemblyModel* m = view.model();
        QCOMPARE(m->start(), kBase + 0x1000);
        QVERIFY(m->rowOf(kBase + 0x27ff) >= 0);
        QCOMPARE(topAddress(view), kBase + 0x2800);
        QCOMPARE(view.current(), kBase + 0x2800);
        // Scrolling to the top decodes further back, down to where the mapping starts.
        QScrollBar* bar = view.view()->verticalScrollBar();
        bar->setValue(bar->minimum());
        QTRY_COMPARE(extended.count(), 2);
        QCOMPARE(m->start(), kBase);
        QVERIFY(topAddress(view) > kBase); // the user's place, not the new top
        bar->setValue(bar->minimum() + 1);
        bar->setValue(bar->minimum());
        QTest::qWait(200);
        QCOMPARE(extended.count(), 2); // nothing before the mapping
        QCOMPARE(m->start(), kBase);
    }
};

QTEST_MAIN(TestCodeView)
#include "tst_codeview.moc"
