// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/disassembler.h"
#include "core/code/elfsymbols.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace procglass {

// Instructions of a stretch of code, one row each: address, symbol+offset, bytes, instruction.
// Unreadable bytes are one row saying so, never decoded. More code can be appended as the view
// scrolls on (decoding goes on where the last stretch ended).
class DisassemblyModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, SymbolColumn, BytesColumn, InstructionColumn, ColumnCount };
    // SyntaxRole: true for the text of a decoded instruction (what a highlighter may colour).
    enum Role { AddressRole = Qt::UserRole + 1, TargetRole, SyntaxRole };

    explicit DisassemblyModel(QObject* parent = nullptr);

    void setDisassembler(std::shared_ptr<const Disassembler> disassembler);
    void setSymbols(std::shared_ptr<const SymbolIndex> symbols);
    // Replaces the rows with the code of bytes read at start (unreadable: ranges that could not be).
    void setCode(Address start, const QByteArray& bytes, const std::vector<AddressRange>& unreadable);
    // Appends code that continues where the rows end (bytes read at end()).
    void appendCode(const QByteArray& bytes, const std::vector<AddressRange>& unreadable);
    // Puts code that ends where the rows begin (bytes read at start) before them.
    void prependCode(Address start, const QByteArray& bytes, const std::vector<AddressRange>& unreadable);
    [[nodiscard]] Address start() const { return m_start; }
    [[nodiscard]] Address end() const { return m_end; }
    [[nodiscard]] int rowOf(Address address) const; // the row holding address, or -1
    // Where a call or jump of this row goes, if it names its target.
    [[nodiscard]] std::optional<Address> branchTarget(int row) const;
    [[nodiscard]] const Instruction& instruction(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // reached: where decoding stopped (an instruction cut by the end of bytes is left out).
    [[nodiscard]] std::vector<Instruction> decode(Address start, const QByteArray& bytes,
        const std::vector<AddressRange>& unreadable, Address* reached = nullptr) const;

    std::shared_ptr<const Disassembler> m_disassembler;
    std::shared_ptr<const SymbolIndex> m_symbols;
    std::vector<Instruction> m_rows; // unreadable stretches: mnemonic empty, bytes empty, operands say so
    Address m_start = 0;
    Address m_end = 0;
};

} // namespace procglass
