// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace procglass {

// Go to address: the address as the user types it. A mistake is said in the dialog, which stays
// open with what was typed, to be corrected rather than typed again.
class GoToDialog : public QDialog
{
    Q_OBJECT
public:
    // go shows the address; it returns why it cannot, or nothing.
    GoToDialog(std::function<QString(const QString&)> go, const QString& text, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* edit() const { return m_edit; }
    [[nodiscard]] QString errorText() const;

    void accept() override;

private:
    void fitHeight(int width);

    std::function<QString(const QString&)> m_go;
    QLineEdit* m_edit;
    QLabel* m_error;
};

} // namespace procglass
