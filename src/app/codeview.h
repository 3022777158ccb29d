// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/disassembler.h"
#include "core/code/elfsymbols.h"
#include "core/model/memorysource.h"
#include "session/jobtracker.h"

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace procglass {

class DisassemblyModel;
class SyntaxDelegate;

// The code at an address: Capstone's decoding of 16 KiB from the start of the function around it,
// more as the view scrolls on, and the code before it (from the start of the function before). Calls and jumps are
// links (double-click or Enter follows, Alt+Left goes back). Bytes are read on the thread pool, never on the UI thread.
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr);

    void setSource(std::shared_ptr<MemorySource> source, std::vector<Region> regions);
    void setSymbols(std::shared_ptr<const SymbolIndex> symbols);
    // Shows the code at address (remembering where we were); the rows arrive with loaded().
    void goTo(Address address, bool remember = true);
    // An address as the user types it ("0x7f…", "[vdso]+0x10") or a symbol ("libc.so.6!memcpy");
    // returns the error message, or empty.
    QString goTo(const QString& addressOrSymbol);
    bool back();
    void setAttSyntax(bool att);
    [[nodiscard]] DisassemblyModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] Address current() const { return m_current; }

signals:
    void loaded(); // the rows for the last goTo() are in the model
    void extended(); // more rows, after or before them, are in the model
    // The user went somewhere in the code: goTo(), a call or jump followed, Back, a row clicked.
    void locationChanged(procglass::Address address);

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Load { Replace, Append, Prepend };
    void load(Address start, quint64 size, Load mode);
    void loadBefore(); // the code before the first row
    void rebuildDisassembler();
    void follow(const QModelIndex& index);

    std::shared_ptr<MemorySource> m_source;
    std::vector<Region> m_regions;
    std::shared_ptr<const SymbolIndex> m_symbols;
    DisassemblyModel* m_model;
    QTableView* m_view;
    QLineEdit* m_addressEdit;
    QToolButton* m_backButton;
    QCheckBox* m_attCheck;
    QLabel* m_status;
    SyntaxDelegate* m_delegate;
    std::vector<Address> m_history;
    Address m_current = 0;
    JobTracker m_loads { this }; // loads for an older goTo() are dropped
    bool m_loading = false;
    bool m_adjusting = false; // keeping the user's place while rows are put above it
};

} // namespace procglass
