// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace procglass {

// Colours from KSyntaxHighlighting (KDE Frameworks 6), where Procglass was built with it: Debian 13
// and newer have it, Debian 12 has no KF6 at all. Without it nothing here colours anything and all
// text stays plain; nothing else changes.
namespace syntax {

[[nodiscard]] bool available();
// Why there are no colours, for tests and --version ("" when there are).
[[nodiscard]] QString unavailableReason();
// "KSyntaxHighlighting 6.13.0" or "none".
[[nodiscard]] QString describe();
// The definition for disassembly: "GNU Assembler" (AT&T) or "Intel x86 (NASM)".
[[nodiscard]] QString asmDefinition(bool attSyntax);
// The theme that suits a palette: a dark one on a dark palette, a light one on a light palette.
[[nodiscard]] QString themeNameFor(const QPalette& palette);

// Highlights a document (a code preview) with a definition and the theme of a palette; the
// highlighter is a child of the document. nullptr when there is no KSyntaxHighlighting or no such
// definition (the text stays plain). An earlier highlighter of this document is replaced.
QSyntaxHighlighter* highlightDocument(QTextDocument* document, const QString& definition, const QPalette& palette);

} // namespace syntax

// Highlights single lines (one instruction per row), remembering recent lines.
class LineHighlighter
{
public:
    LineHighlighter();
    ~LineHighlighter();
    LineHighlighter(const LineHighlighter&) = delete;
    LineHighlighter& operator=(const LineHighlighter&) = delete;

    // false (and no colours) when the definition is unknown or there is no KSyntaxHighlighting.
    bool setDefinition(const QString& name);
    void setPalette(const QPalette& palette);
    [[nodiscard]] QString themeName() const;
    // The coloured stretches of line; empty for plain text.
    [[nodiscard]] QList<QTextLayout::FormatRange> formats(const QString& line) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// Paints the cells whose syntaxRole data is true with the highlighter's colours (selected cells in
// the palette's highlighted-text colour); every other cell as QStyledItemDelegate does.
class SyntaxDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    SyntaxDelegate(int syntaxRole, QObject* parent = nullptr);
    [[nodiscard]] LineHighlighter& highlighter() { return m_highlighter; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    LineHighlighter m_highlighter;
};

} // namespace procglass
