// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "gotodialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace procglass {

GoToDialog::GoToDialog(std::function<QString(const QString&)> go, const QString& text, QWidget* parent)
    : QDialog(parent)
    , m_go(std::move(go))
    , m_edit(new QLineEdit(text, this))
    , m_error(new QLabel(this))
{
    // The words the window's Go to always had (and their translations).
    setWindowTitle(QCoreApplication::translate("procglass::MainWindow", "Go to address"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(QCoreApplication::translate("procglass::MainWindow",
                                 "Address: hexadecimal (0x7ffd1234), a region ([heap], [stack]+0x10) or a file "
                                 "(libc.so.6+0x1234)"),
        this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("goToEdit"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->selectAll();
    m_error->setObjectName(QStringLiteral("goToError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToDialog::reject);
    // A new attempt: the old message no longer applies.
    connect(m_edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitHeight(560);
}

void GoToDialog::fitHeight(int width)
{
    // Wrapped text needs the height of its lines at this width, not at the size hint's.
    const int height = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width) : sizeHint().height();
    resize(width, std::max(height, sizeHint().height()));
}

QString GoToDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GoToDialog::accept()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return;
    if (const QString error = m_go(text); !error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        fitHeight(width());
        m_edit->setFocus();
        m_edit->selectAll();
        return;
    }
    QDialog::accept();
}

} // namespace procglass
