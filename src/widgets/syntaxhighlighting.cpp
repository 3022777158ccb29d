// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "syntaxhighlighting.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextDocument>

#include <optional>

#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>
#endif

namespace procglass {

#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
namespace {

namespace ksh = KSyntaxHighlighting;

// One repository for the process: loading the definitions and themes takes tens of milliseconds.
ksh::Repository& repository()
{
    static ksh::Repository* repo = new ksh::Repository; // lives as long as the process
    return *repo;
}

// The format of a stretch as Qt draws it; nothing for the theme's default text.
std::optional<QTextCharFormat> charFormat(const ksh::Format& format, const ksh::Theme& theme)
{
    if (format.isDefaultTextStyle(theme))
        return std::nullopt;
    QTextCharFormat f;
    if (format.hasTextColor(theme))
        f.setForeground(format.textColor(theme));
    if (format.hasBackgroundColor(theme))
        f.setBackground(format.backgroundColor(theme));
    if (format.isBold(theme))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme))
        f.setFontItalic(true);
    if (format.isUnderline(theme))
        f.setFontUnderline(true);
    return f;
}

class Collector : public ksh::AbstractHighlighter
{
public:
    QList<QTextLayout::FormatRange> run(const QString& line)
    {
        m_out.clear();
        highlightLine(line, ksh::State());
        return std::move(m_out);
    }

protected:
    void applyFormat(int offset, int length, const ksh::Format& format) override
    {
        if (length <= 0)
            return;
        if (auto f = charFormat(format, theme()))
            m_out.append({ offset, length, *f });
    }

private:
    QList<QTextLayout::FormatRange> m_out;
};

} // namespace
#endif

namespace syntax {

bool available()
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QString unavailableReason()
{
    if (available())
        return {};
    return QStringLiteral("built without KF6 SyntaxHighlighting (Debian 12 has no KF6 for Qt 6; "
                          "Debian 13 and newer have it), so code is shown as plain text");
}

QString describe()
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting " KSYNTAXHIGHLIGHTING_VERSION_STRING);
#else
    return QStringLiteral("none");
#endif
}

QString asmDefinition(bool attSyntax)
{
    return attSyntax ? QStringLiteral("GNU Assembler") : QStringLiteral("Intel x86 (NASM)");
}

QString themeNameFor(const QPalette& palette)
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    return repository().themeForPalette(palette).name();
#else
    Q_UNUSED(palette)
    return {};
#endif
}

QSyntaxHighlighter* highlightDocument(QTextDocument* document, const QString& definition, const QPalette& palette)
{
    for (auto* old : document->findChildren<QSyntaxHighlighter*>(Qt::FindDirectChildrenOnly))
        delete old;
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    const ksh::Definition def = repository().definitionForName(definition);
    if (definition.isEmpty() || !def.isValid())
        return nullptr;
    auto* highlighter = new ksh::SyntaxHighlighter(document);
    highlighter->setTheme(repository().themeForPalette(palette));
    highlighter->setDefinition(def);
    highlighter->rehighlight();
    return highlighter;
#else
    Q_UNUSED(definition)
    Q_UNUSED(palette)
    return nullptr;
#endif
}

} // namespace syntax

struct LineHighlighter::Impl
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    Collector collector;
#endif
    bool active = false;
    mutable QHash<QString, QList<QTextLayout::FormatRange>> cache;
};

LineHighlighter::LineHighlighter()
    : d(std::make_unique<Impl>())
{ }

LineHighlighter::~LineHighlighter() = default;

bool LineHighlighter::setDefinition(const QString& name)
{
    d->cache.clear();
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    const ksh::Definition def = repository().definitionForName(name);
    d->active = def.isValid();
    if (d->active) {
        d->collector.setDefinition(def);
        if (!d->collector.theme().isValid())
            d->collector.setTheme(repository().themeForPalette(QGuiApplication::palette()));
    }
#else
    Q_UNUSED(name)
#endif
    return d->active;
}

void LineHighlighter::setPalette(const QPalette& palette)
{
    d->cache.clear();
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    d->collector.setTheme(repository().themeForPalette(palette));
#else
    Q_UNUSED(palette)
#endif
}

QString LineHighlighter::themeName() const
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    return d->collector.theme().name();
#else
    return {};
#endif
}

QList<QTextLayout::FormatRange> LineHighlighter::formats(const QString& line) const
{
#ifdef PROCGLASS_HAVE_KSYNTAXHIGHLIGHTING
    if (!d->active || line.isEmpty())
        return {};
    if (auto it = d->cache.constFind(line); it != d->cache.cend())
        return *it;
    if (d->cache.size() > 8192) // a view shows a few dozen rows; keep scrolling back and forth cheap
        d->cache.clear();
    auto result = d->collector.run(line);
    d->cache.insert(line, result);
    return result;
#else
    Q_UNUSED(line)
    return {};
#endif
}

SyntaxDelegate::SyntaxDelegate(int syntaxRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(syntaxRole)
{ }

void SyntaxDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!index.data(m_role).toBool())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const bool selected = opt.state & QStyle::State_Selected;
    const QList<QTextLayout::FormatRange> formats
        = selected ? QList<QTextLayout::FormatRange>() : m_highlighter.formats(text);
    if (formats.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);

    // The cell without its text (background, focus), then the text with its colours.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    textRect.adjust(margin, 0, -margin, 0);

    QTextLayout layout(text, opt.font, painter->device());
    layout.setFormats(formats);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const QVariant brush = index.data(Qt::ForegroundRole); // links and data rows have their own
    const QBrush foreground = brush.canConvert<QBrush>()
        ? brush.value<QBrush>()
        : opt.palette.brush(opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled, QPalette::Text);
    painter->setPen(foreground.color());
    const qreal y = textRect.top() + (textRect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace procglass
