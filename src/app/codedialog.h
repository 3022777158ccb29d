// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/codeformat.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QSyntaxHighlighter;

namespace procglass {

// "Copy as code": the selected bytes as a C/C++ array, Python bytes, Rust, Go, Java, JavaScript,
// base64 or an xxd dump, previewed before they go to the clipboard.
class CodeDialog : public QDialog
{
    Q_OBJECT
public:
    CodeDialog(QByteArray bytes, Address base, bool unreadable, QWidget* parent = nullptr);

    void setFormat(CodeFormat format);
    [[nodiscard]] CodeFormat format() const;
    [[nodiscard]] QString text() const;
    void copy(); // to the clipboard; the format is remembered for next time
    // The preview's highlighter; nullptr for plain text (base64, xxd, or no KSyntaxHighlighting).
    [[nodiscard]] QSyntaxHighlighter* highlighter() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void update();
    void highlight();

    QByteArray m_bytes;
    Address m_base;
    bool m_unreadable;
    QComboBox* m_formatCombo;
    QPlainTextEdit* m_preview;
    QSyntaxHighlighter* m_highlighter = nullptr;
};

} // namespace procglass
