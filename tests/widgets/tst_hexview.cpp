// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The hex view offscreen, fed from the fake memory source the way the session feeds it.
#include "fakememorysource.h"
#include "widgets/hexview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace procglass;

namespace {
Region region(Address start, quint64 size, const char* path = "")
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.path = QString::fromLatin1(path);
    return r;
}

// Answers the view's page requests from the fake, synchronously.
void serve(HexView& view, FakeMemorySource& fake)
{
    QObject::connect(&view, &HexView::pagesNeeded, &view, [&view, &fake](quint64, const std::vector<Address>& bases) {
        std::vector<PageCache::Page> pages;
        for (Address base : bases) {
            PageCache::Page p { base, QByteArray(qsizetype(PageCache::kPageBytes), 0), {} };
            ReadResult r = fake.read(base, std::as_writable_bytes(std::span(p.bytes.data(), size_t(p.bytes.size()))));
            p.unreadable = r.unreadable;
            pages.push_back(std::move(p));
        }
        view.addPages(pages);
    });
}
} // namespace

class TestHexView : public QObject
{
    Q_OBJECT
    FakeMemorySource m_fake;
    std::vector<Region> m_regions;
    const Address m_text = 0x7f0000000000;
    const Address m_second = 0x7f0000100000;

private slots:
    void initTestCase()
    {
        QByteArray text(0x20000, '\0');
        text.replace(0, 13, "Hello, world!");
        m_regions = { region(m_text, 0x20000, "[heap]"), region(m_second, 0x1000) };
        m_fake.addSegment(m_regions[0], text);
        m_fake.addSegment(m_regions[1], QByteArray(0x1000, char(0xab)));
        m_fake.addUnreadable({ m_text + 0x10000, m_text + 0x11000 }); // a page the kernel will not give us
    }

    void drawsKnownBytesAndUnreadableOnes()
    {
        HexView view;
        serve(view, m_fake);
        view.resize(900, 400);
        view.setRegions(m_regions);
        view.goTo(m_text);
        QCOMPARE(view.byteAt(m_text), int('H'));
        QCOMPARE(view.byteAt(m_text + 12), int('!'));
        QCOMPARE(view.byteAt(m_text + 13), 0);
        view.goTo(m_text + 0x10000 - 8);
        QCOMPARE(view.byteAt(m_text + 0x10000 - 1), 0);
        QCOMPARE(view.byteAt(m_text + 0x10000), -2); // unreadable: never shown as a value
        QCOMPARE(view.byteAt(m_text + 0x11000), 0);
        QCOMPARE(view.byteAt(m_text + 0x20000), -2); // the hole after the mapping
        // Rendering draws "??" in the unreadable cell: its pixels carry the warning colour.
        QImage image(view.viewport()->size(), QImage::Format_RGB32);
        view.viewport()->render(&image);
        const QRect cell = view.byteRect(m_text + 0x10000);
        QVERIFY(!cell.isEmpty());
        const QColor bg = image.pixelColor(cell.left() + 1, cell.top() + 1);
        QVERIFY2(bg.red() > bg.blue() + 20, qPrintable(bg.name()));
    }

    void selectionCopiesAsHexTextAndCArray()
    {
        HexView view;
        serve(view, m_fake);
        view.resize(900, 400);
        view.setRegions(m_regions);
        view.goTo(m_text, 5);
        QCOMPARE(view.selection(), (AddressRange { m_text, m_text + 5 }));
        QCOMPARE(view.selectionAsHex(), QStringLiteral("48 65 6c 6c 6f"));
        QCOMPARE(view.selectionAsText(), QStringLiteral("Hello"));
        QVERIFY(view.selectionAsCArray().contains(QStringLiteral("0x48, 0x65, 0x6c, 0x6c, 0x6f,")));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("48 65 6c 6c 6f"));
        view.goTo(m_text + 0x10000 - 2, 4);
        QCOMPARE(view.selectionAsHex(), QStringLiteral("00 00 ?? ??"));
        QVERIFY(view.selectionAsCArray().contains(QStringLiteral("unreadable bytes written as 0x00")));
    }

    void keyboardAndMouseMoveTheCursor()
    {
        HexView view;
        serve(view, m_fake);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setRegions(m_regions);
        view.goTo(m_text);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.cursor(), m_text + 1);
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.cursor(), m_text + 17);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.cursor(), m_text + 31);
        QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.selection(), (AddressRange { m_text + 31, m_text + 33 }));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.cursor(), m_text + 0x20000 - 1);
        // Down from the last row of a mapping steps over the gap into the next one.
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.cursor(), m_second + 15);
        // A click on a byte puts the cursor there.
        view.goTo(m_text);
        const QRect cell = view.byteRect(m_text + 3);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view.cursor(), m_text + 3);
    }

    void editModeTypesHexAndText()
    {
        HexView view;
        serve(view, m_fake);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setRegions(m_regions);
        view.goTo(m_text);
        QSignalSpy edits(&view, &HexView::editRequested);
        QTest::keyClicks(&view, QStringLiteral("4"));
        QCOMPARE(edits.count(), 0); // half a byte: nothing written yet
        QTest::keyClicks(&view, QStringLiteral("1"));
        QCOMPARE(edits.count(), 0); // not in edit mode
        view.setEditable(true);
        QTest::keyClicks(&view, QStringLiteral("4a"));
        QCOMPARE(edits.count(), 1);
        QCOMPARE(edits.last().at(1).toByteArray(), QByteArray("\x4a"));
        QCOMPARE(edits.last().at(2).toByteArray(), QByteArray("H")); // what it replaces
        // Digits of other scripts are not hex digits.
        for (int i = 0; i < 2; ++i) {
            QKeyEvent arabicSeven(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(QChar(0x0667)));
            QApplication::sendEvent(&view, &arabicSeven);
        }
        QCOMPARE(edits.count(), 1);
        // Tab moves typing to the text column and keeps the focus.
        QTest::keyClick(&view, Qt::Key_Tab);
        QVERIFY(view.hasFocus());
        QTest::keyClicks(&view, QStringLiteral("Z"));
        QCOMPARE(edits.count(), 2);
        QCOMPARE(edits.last().at(1).toByteArray(), QByteArray("Z"));
    }

    void copyNeverTurnsMissingBytesIntoData()
    {
        HexView view; // nobody answers its page requests: nothing is loaded
        view.resize(900, 400);
        view.setRegions(m_regions);
        view.goTo(m_text, 4);
        QCOMPARE(view.selectionAsText(), QStringLiteral("????"));
        QCOMPARE(view.selectionAsHex(), QStringLiteral("?? ?? ?? ??"));
    }

    void historyGoesBackAndForward()
    {
        HexView view;
        view.resize(900, 400);
        view.setRegions(m_regions);
        view.goTo(m_text + 0x100);
        view.goTo(m_second);
        QVERIFY(view.back());
        QCOMPARE(view.cursor(), m_text + 0x100);
        QVERIFY(view.forward());
        QCOMPARE(view.cursor(), m_second);
    }

    void scrollsThroughTheWholeUserSpace()
    {
        // One mapping at each end of 128 TiB: 2^43 rows, far beyond what a scroll bar counts.
        HexView view;
        view.resize(900, 400);
        const Address high = 0x7ffffffde000;
        view.setRegions({ region(0x1000, 0x7ff000000000), region(high, 0x21000, "[stack]") });
        QScrollBar* bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        view.goTo(high + 0x20ff0);
        QVERIFY(!view.byteRect(high + 0x20ff0).isEmpty());
        QCOMPARE(bar->value(), bar->maximum());
        view.goTo(0x1000);
        QCOMPARE(bar->value(), 0);
    }

    void textColumnEncodings()
    {
        FakeMemorySource fake;
        fake.addSegment(region(m_text, 0x1000), QByteArray("caf\xc3\xa9 \xe9!", 9) + QByteArray(0x1000 - 9, '\0'));
        HexView view;
        serve(view, fake);
        view.resize(900, 400);
        view.setRegions({ region(m_text, 0x1000) });
        view.goTo(m_text);
        QCOMPARE(view.textAt(m_text + 3), QStringLiteral("."));
        view.setTextEncoding(HexView::TextEncoding::Latin1);
        QCOMPARE(view.textAt(m_text + 3), QStringLiteral("Ã"));
        QCOMPARE(view.textAt(m_text + 6), QStringLiteral("é"));
        view.setTextEncoding(HexView::TextEncoding::Utf8);
        QCOMPARE(view.textAt(m_text + 3), QStringLiteral("é")); // the lead byte shows the character
        QCOMPARE(view.textAt(m_text + 4), QStringLiteral("·")); // its continuation byte
        QCOMPARE(view.textAt(m_text + 6), QStringLiteral(".")); // a lone Latin-1 byte is no UTF-8
        view.goTo(m_text, 5);
        QCOMPARE(view.selectionAsText(), QStringLiteral("café·"));
    }

    void refreshHighlightsChangedBytes()
    {
        FakeMemorySource fake;
        fake.addSegment(region(m_text, 0x1000), QByteArray(0x1000, 'x'));
        HexView view;
        serve(view, fake);
        view.resize(900, 400);
        view.setRegions({ region(m_text, 0x1000) });
        view.goTo(m_text);
        QCOMPARE(view.byteAt(m_text + 5), int('x'));
        fake.setBytes(m_text + 5, QByteArrayLiteral("yz")); // the process changes two bytes
        view.invalidate(); // F5 / auto-refresh
        QCOMPARE(view.byteAt(m_text + 5), int('y'));
        QVERIFY(view.recentlyChanged(m_text + 5));
        QVERIFY(view.recentlyChanged(m_text + 6));
        QVERIFY(!view.recentlyChanged(m_text + 4));
        QVERIFY(!view.recentlyChanged(m_text + 7));
        // The highlight is drawn: amber behind the changed byte, not behind its neighbour.
        QImage image(view.viewport()->size(), QImage::Format_RGB32);
        view.viewport()->render(&image);
        const QColor changed = image.pixelColor(view.byteRect(m_text + 5).topLeft() + QPoint(1, 1));
        const QColor same = image.pixelColor(view.byteRect(m_text + 4).topLeft() + QPoint(1, 1));
        QVERIFY2(changed != same, qPrintable(changed.name()));
        QTRY_VERIFY_WITH_TIMEOUT(!view.recentlyChanged(m_text + 5), 3000); // and it fades
    }

    void asksOnlyForMissingPages()
    {
        HexView view;
        QSignalSpy needed(&view, &HexView::pagesNeeded);
        serve(view, m_fake);
        view.resize(900, 400);
        view.setRegions(m_regions);
        QVERIFY(needed.count() >= 1);
        const int before = needed.count();
        view.viewport()->update();
        QTest::qWait(20);
        QCOMPARE(needed.count(), before); // everything visible is cached: no request
        view.invalidate(); // F5: the bytes may have changed
        QCOMPARE(needed.count(), before + 1);
        // Generations only grow, so the session can drop what the view no longer needs.
        QVERIFY(needed.last().at(0).toULongLong() > needed.first().at(0).toULongLong());
    }
};

QTEST_MAIN(TestHexView)
#include "tst_hexview.moc"
