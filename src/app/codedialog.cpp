// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "codedialog.h"

#include "widgets/syntaxhighlighting.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace procglass {

CodeDialog::CodeDialog(QByteArray bytes, Address base, bool unreadable, QWidget* parent)
    : QDialog(parent)
    , m_bytes(std::move(bytes))
    , m_base(base)
    , m_unreadable(unreadable)
    , m_formatCombo(new QComboBox(this))
    , m_preview(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Copy as code"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("&Format:"), this));
    for (int f = 0; f < kCodeFormatCount; ++f)
        m_formatCombo->addItem(codeFormatName(CodeFormat(f)), f);
    qobject_cast<QLabel*>(row->itemAt(0)->widget())->setBuddy(m_formatCombo);
    row->addWidget(m_formatCombo, 1);
    layout->addLayout(row);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setObjectName(QStringLiteral("codePreview"));
    layout->addWidget(m_preview, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::AcceptRole);
    copyButton->setDefault(true);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        copy();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &CodeDialog::update);
    m_formatCombo->setCurrentIndex(
        qBound(0, QSettings().value(QStringLiteral("copyAsCode/format")).toInt(), kCodeFormatCount - 1));
    update();
    resize(640, 420);
}

void CodeDialog::setFormat(CodeFormat format)
{
    m_formatCombo->setCurrentIndex(int(format));
}

CodeFormat CodeDialog::format() const
{
    return CodeFormat(m_formatCombo->currentIndex());
}

QString CodeDialog::text() const
{
    return m_preview->toPlainText();
}

void CodeDialog::copy()
{
    QApplication::clipboard()->setText(formatAsCode(m_bytes, format(), m_base, m_unreadable));
    QSettings().setValue(QStringLiteral("copyAsCode/format"), int(format()));
}

void CodeDialog::update()
{
    // The preview shows the first 4 KiB; the clipboard gets everything.
    constexpr qsizetype kPreview = 4096;
    QString text = formatAsCode(
        QByteArrayView(m_bytes).first(std::min(m_bytes.size(), kPreview)), format(), m_base, m_unreadable);
    if (m_bytes.size() > kPreview)
        text += tr("\n… %1 more bytes are copied but not shown here.").arg(m_bytes.size() - kPreview);
    m_preview->setPlainText(text);
    highlight();
}

void CodeDialog::highlight()
{
    // Coloured as the language it is (KSyntaxHighlighting, where Procglass has it), with a theme
    // that suits the palette.
    m_highlighter = syntax::highlightDocument(m_preview->document(), codeFormatSyntax(format()), palette());
}

QSyntaxHighlighter* CodeDialog::highlighter() const
{
    return m_highlighter;
}

void CodeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        highlight();
    QDialog::changeEvent(event);
}

} // namespace procglass
