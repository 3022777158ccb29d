// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Highlighting of code with KSyntaxHighlighting: instructions in the Code tab and the copy-as-code
// preview, with a theme that follows the palette. Where Procglass is built without KF6 (Debian 12)
// the tests that need colours are skipped, saying why, and the others check that text stays plain.
#include "codedialog.h"
#include "codeview.h"

#include "fakememorysource.h"
#include "models/disassemblymodel.h"
#include "widgets/syntaxhighlighting.h"

#include <QApplication>
#include <QImage>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSyntaxHighlighter>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <set>

using namespace procglass;

namespace {

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    p.setColor(QPalette::WindowText, Qt::black);
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    return p;
}

std::set<QRgb> foregrounds(const QList<QTextLayout::FormatRange>& formats)
{
    std::set<QRgb> colours;
    for (const auto& f : formats) {
        if (f.format.hasProperty(QTextFormat::ForegroundBrush))
            colours.insert(f.format.foreground().color().rgb());
    }
    return colours;
}

// The format that covers character at of line, if any.
const QTextCharFormat* formatAt(const QList<QTextLayout::FormatRange>& formats, int at)
{
    for (const auto& f : formats) {
        if (at >= f.start && at < f.start + f.length)
            return &f.format;
    }
    return nullptr;
}

// Pixels that are clearly coloured (not black, white or grey text and antialiasing).
int colouredPixels(const QImage& image, const QRect& area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 100 && c.value() > 60)
                ++n;
        }
    }
    return n;
}

// x86-64: mov rax, rcx; mov rax, qword ptr [rip + 0x10]; add eax, 0x2a; xor edx, edx; nop; ret
const QByteArray kCode = QByteArray::fromHex("4889c8488b0510000000"
                                             "83c02a"
                                             "31d2"
                                             "90"
                                             "c3");
constexpr Address kBase = 0x400000;

} // namespace

class TestSyntaxHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void intelAndAttInstructionsAreColoured()
    {
        if (!syntax::available())
            QSKIP(qPrintable(syntax::unavailableReason()));
        LineHighlighter h;
        h.setPalette(lightPalette());
        QVERIFY(h.setDefinition(syntax::asmDefinition(false)));
        const QString intel = QStringLiteral("mov rax, qword ptr [rip + 0x10]");
        const auto fi = h.formats(intel);
        QVERIFY(!fi.isEmpty());
        // The register and the number are coloured, and not alike.
        const QTextCharFormat* reg = formatAt(fi, intel.indexOf(u"rax"));
        const QTextCharFormat* num = formatAt(fi, intel.indexOf(u"0x10"));
        QVERIFY(reg && num);
        QVERIFY(*reg != *num);
        QVERIFY(foregrounds(fi).size() >= 2);

        QVERIFY(h.setDefinition(syntax::asmDefinition(true)));
        const QString att = QStringLiteral("movq 0x10(%rip), %rax");
        const auto fa = h.formats(att);
        QVERIFY(!fa.isEmpty());
        QVERIFY(formatAt(fa, att.indexOf(u"%rax")));
        QVERIFY(foregrounds(fa).size() >= 2);
        // Unknown definitions colour nothing.
        QVERIFY(!h.setDefinition(QStringLiteral("No Such Language")));
        QVERIFY(h.formats(intel).isEmpty());
    }

    void themeFollowsThePalette()
    {
        if (!syntax::available())
            QSKIP(qPrintable(syntax::unavailableReason()));
        const QString line = QStringLiteral("mov rax, qword ptr [rip + 0x10]");
        LineHighlighter h;
        QVERIFY(h.setDefinition(syntax::asmDefinition(false)));
        for (const QPalette& palette : { lightPalette(), darkPalette() }) {
            h.setPalette(palette);
            QCOMPARE(h.themeName(), syntax::themeNameFor(palette));
            const auto colours = foregrounds(h.formats(line));
            QVERIFY(!colours.empty());
            // Every colour stands out from the background it is drawn on.
            const int base = QColor(palette.color(QPalette::Base)).lightness();
            for (QRgb c : colours)
                QVERIFY2(std::abs(QColor(c).lightness() - base) > 50,
                    qPrintable(QStringLiteral("%1 on %2 in theme %3")
                                   .arg(QColor(c).name(), palette.color(QPalette::Base).name(), h.themeName())));
        }
        QVERIFY(syntax::themeNameFor(lightPalette()) != syntax::themeNameFor(darkPalette()));
    }

    // What a user sees: colours in the instruction column of the Code tab (or none at all, where
    // Procglass has no KSyntaxHighlighting), and still the same text.
    void codeViewShowsColouredInstructions()
    {
        auto fake = std::make_shared<FakeMemorySource>();
        Region r;
        r.range = { kBase, kBase + 0x1000 };
        r.perms = { true, false, true, false };
        QByteArray page = kCode;
        page.append(QByteArray(0x1000 - kCode.size(), char(0xcc)));
        fake->addSegment(r, page);
        CodeView view;
        view.resize(900, 300);
        view.setSource(fake, { r });
        QSignalSpy loaded(&view, &CodeView::loaded);
        view.goTo(kBase);
        QTRY_COMPARE(loaded.count(), 1);
        DisassemblyModel* m = view.model();
        QCOMPARE(m->index(1, DisassemblyModel::InstructionColumn).data().toString(),
            QStringLiteral("mov rax, qword ptr [rip + 0x10]"));
        QVERIFY(m->index(1, DisassemblyModel::InstructionColumn).data(DisassemblyModel::SyntaxRole).toBool());
        QVERIFY(!m->index(1, DisassemblyModel::BytesColumn).data(DisassemblyModel::SyntaxRole).toBool());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.view()->clearSelection();
        view.view()->setCurrentIndex({});

        auto instructionArea = [&] {
            QTableView* table = view.view();
            const QRect first = table->visualRect(m->index(0, DisassemblyModel::InstructionColumn));
            const QRect last = table->visualRect(m->index(5, DisassemblyModel::InstructionColumn));
            return first.united(last);
        };
        for (const QPalette& palette : { lightPalette(), darkPalette() }) {
            view.setPalette(palette);
            QApplication::processEvents();
            const QImage shot = view.view()->viewport()->grab().toImage();
            const int coloured = colouredPixels(shot, instructionArea());
            if (syntax::available()) {
                QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
            } else {
                QCOMPARE(coloured, 0); // plain text: nothing else changes
            }
        }
    }

    void copyAsCodePreviewIsHighlighted()
    {
        CodeDialog dialog(QByteArray::fromHex("7f454c4602010100"), kBase, false);
        dialog.setFormat(CodeFormat::Xxd);
        QVERIFY(!dialog.highlighter()); // xxd is not a language
        dialog.setFormat(CodeFormat::C);
        if (!syntax::available()) {
            QVERIFY(!dialog.highlighter());
            QSKIP(qPrintable(syntax::unavailableReason()));
        }
        QVERIFY(dialog.highlighter());
        auto* preview = dialog.findChild<QPlainTextEdit*>(QStringLiteral("codePreview"));
        QVERIFY(preview);
        // Some line of the C array (the type, the numbers) carries colours.
        std::set<QRgb> colours;
        for (QTextBlock b = preview->document()->begin(); b.isValid(); b = b.next())
            for (const auto& f : b.layout()->formats())
                if (f.format.hasProperty(QTextFormat::ForegroundBrush))
                    colours.insert(f.format.foreground().color().rgb());
        QVERIFY(colours.size() >= 2);
        // Python gets Python's highlighting, and the text is the same text as without colours.
        dialog.setFormat(CodeFormat::Python);
        QVERIFY(dialog.highlighter());
        QCOMPARE(dialog.text(), formatAsCode(QByteArray::fromHex("7f454c4602010100"), CodeFormat::Python, kBase));
    }
};

QTEST_MAIN(TestSyntaxHighlighting)
#include "tst_syntaxhighlighting.moc"
