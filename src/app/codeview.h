#pragma once

#include "core/disassembler.h"
#include "core/elfsymbols.h"
#include "core/memorysource.h"

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

// The code at an address: Capstone's decoding of 16 KiB from the start of the function around it,
// more as the view scrolls on. Calls and jumps are links (double-click or Enter follows, Alt+Left
// goes back). Bytes are read on the thread pool, never on the UI thread.
class CodeView : public QWidget
{
    Q_OBJECT
public:
    explicit CodeView(QWidget* parent = nullptr);

    void setSource(std::shared_ptr<MemorySource> source, std::vector<Region> regions);
    void setSymbols(std::shared_ptr<const SymbolIndex> symbols);
    // Shows the code at address (remembering where we were); the rows arrive with loaded().
    void goTo(Address address, bool remember = true);
    bool back();
    void setAttSyntax(bool att);
    [[nodiscard]] DisassemblyModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] Address current() const { return m_current; }

signals:
    void loaded(); // rows for the last goTo() (or more of them) are in the model

private:
    void load(Address start, bool append);
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
    std::vector<Address> m_history;
    Address m_current = 0;
    quint64 m_generation = 0; // loads for an older goTo() are dropped
    bool m_loading = false;
};

} // namespace procglass
