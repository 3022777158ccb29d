// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "disassemblymodel.h"

#include "core/model/format.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

namespace procglass {

DisassemblyModel::DisassemblyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DisassemblyModel::setDisassembler(std::shared_ptr<const Disassembler> disassembler)
{
    m_disassembler = std::move(disassembler);
}

void DisassemblyModel::setSymbols(std::shared_ptr<const SymbolIndex> symbols)
{
    m_symbols = std::move(symbols);
    if (!m_rows.empty())
        emit dataChanged(index(0, SymbolColumn), index(rowCount() - 1, SymbolColumn));
}

std::vector<Instruction> DisassemblyModel::decode(
    Address start, const QByteArray& bytes, const std::vector<AddressRange>& unreadable, Address* reached) const
{
    std::vector<Instruction> out;
    Address at = start;
    const Address end = start + quint64(bytes.size());
    auto decodeTo = [&](Address to) {
        if (to <= at || !m_disassembler)
            return;
        const auto code = std::as_bytes(std::span(bytes.constData() + (at - start), size_t(to - at)));
        std::vector<Instruction> part = m_disassembler->disassemble(code, at);
        // An instruction cut by the end (or by unreadable bytes) is not shown half.
        if (!part.empty() && !part.back().isData() && part.back().address + quint64(part.back().bytes.size()) > to)
            part.pop_back();
        if (!part.empty())
            at = part.back().address + quint64(part.back().bytes.size());
        out.insert(out.end(), part.begin(), part.end());
    };
    for (const AddressRange& u : unreadable) {
        const AddressRange cut = u.intersected({ start, end });
        if (cut.isEmpty())
            continue;
        decodeTo(cut.start);
        if (at < cut.start)
            at = cut.start; // a tail too short for an instruction: shown with the unreadable row
        Instruction gap;
        gap.address = at;
        gap.operands = tr("%1 bytes cannot be read").arg(cut.end - at);
        out.push_back(gap);
        at = cut.end;
    }
    decodeTo(end);
    if (reached)
        *reached = at;
    return out;
}

void DisassemblyModel::setCode(Address start, const QByteArray& bytes, const std::vector<AddressRange>& unreadable)
{
    beginResetModel();
    m_rows = decode(start, bytes, unreadable);
    m_start = start;
    m_end = m_rows.empty()
        ? start
        : (m_rows.back().mnemonic.isEmpty() ? start + quint64(bytes.size())
                                            : m_rows.back().address + quint64(m_rows.back().bytes.size()));
    endResetModel();
}

void DisassemblyModel::appendCode(const QByteArray& bytes, const std::vector<AddressRange>& unreadable)
{
    std::vector<Instruction> more = decode(m_end, bytes, unreadable);
    if (more.empty())
        return;
    beginInsertRows({}, rowCount(), rowCount() + int(more.size()) - 1);
    const Address before = m_end;
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    m_end = m_rows.back().mnemonic.isEmpty() ? before + quint64(bytes.size())
                                             : m_rows.back().address + quint64(m_rows.back().bytes.size());
    endInsertRows();
}

void DisassemblyModel::prependCode(Address start, const QByteArray& bytes, const std::vector<AddressRange>& unreadable)
{
    if (m_rows.empty() || start >= m_start || start + quint64(bytes.size()) != m_start)
        return;
    Address reached = start;
    std::vector<Instruction> more = decode(start, bytes, unreadable, &reached);
    // An instruction cut where the rows begin (decoding from here does not line up with them):
    // its bytes are shown as data rather than dropped.
    for (Address a = reached; a < m_start; ++a)
        more.push_back({ a, QByteArray(1, bytes[qsizetype(a - start)]), QStringLiteral(".byte"),
            QStringLiteral("0x%1").arg(quint8(bytes[qsizetype(a - start)]), 2, 16, QLatin1Char('0')) });
    if (more.empty())
        return;
    beginInsertRows({}, 0, int(more.size()) - 1);
    m_rows.insert(m_rows.begin(), more.begin(), more.end());
    m_start = start;
    endInsertRows();
}

int DisassemblyModel::rowOf(Address address) const
{
    auto it = std::upper_bound(
        m_rows.begin(), m_rows.end(), address, [](Address a, const Instruction& i) { return a < i.address; });
    if (it == m_rows.begin())
        return -1;
    --it;
    const Address end = it + 1 == m_rows.end() ? m_end : (it + 1)->address;
    return address < end ? int(it - m_rows.begin()) : -1;
}

std::optional<Address> DisassemblyModel::branchTarget(int row) const
{
    const Instruction& i = m_rows[size_t(row)];
    const QString& m = i.mnemonic;
    const bool branch = m.startsWith(u'j') || m.startsWith(QLatin1StringView("call")) || m == QLatin1StringView("b")
        || m == QLatin1StringView("bl") || m.startsWith(QLatin1StringView("b."));
    if (!branch)
        return std::nullopt;
    // Intel "0x7f..", AT&T "0x7f.." too, AArch64 "#0x7f..": only direct targets.
    QString op = i.operands.trimmed();
    if (op.startsWith(u'#'))
        op = op.mid(1);
    if (!op.startsWith(QLatin1StringView("0x")))
        return std::nullopt;
    bool ok = false;
    const Address target = op.mid(2).toULongLong(&ok, 16);
    return ok ? std::optional<Address>(target) : std::nullopt;
}

int DisassemblyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisassemblyModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisassemblyModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Instruction& i = m_rows[size_t(index.row())];
    const bool gap = i.mnemonic.isEmpty();
    switch (role) {
    case AddressRole:
        return QVariant::fromValue(quint64(i.address));
    case SyntaxRole:
        return index.column() == InstructionColumn && !gap && !i.isData();
    case TargetRole: {
        const auto t = branchTarget(index.row());
        return t ? QVariant::fromValue(quint64(*t)) : QVariant();
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            return formatAddress(i.address);
        case SymbolColumn: {
            if (!m_symbols)
                return {};
            const auto hit = m_symbols->lookup(i.address);
            if (!hit || !hit->symbol)
                return {};
            // The label where a symbol starts; the offset inside it otherwise.
            return hit->offset == 0 ? QStringLiteral("%1!%2").arg(hit->module, hit->symbol->displayName())
                                    : QStringLiteral("+0x%1").arg(hit->offset, 0, 16);
        }
        case BytesColumn:
            return gap ? QString() : QString::fromLatin1(i.bytes.toHex(' '));
        case InstructionColumn: {
            if (gap)
                return i.operands;
            QString text = i.text();
            if (const auto t = branchTarget(index.row()); t && m_symbols) {
                if (const QString name = m_symbols->describe(*t); name.contains(u'!'))
                    text += QStringLiteral("  <%1>").arg(name);
            }
            return text;
        }
        }
        break;
    case Qt::ForegroundRole:
        if (gap || i.isData())
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        if (index.column() == InstructionColumn && branchTarget(index.row()))
            return QGuiApplication::palette().color(QPalette::Link);
        if (index.column() == SymbolColumn)
            return QGuiApplication::palette().color(QPalette::Link);
        break;
    case Qt::FontRole:
        if (index.column() == SymbolColumn && m_symbols) {
            const auto hit = m_symbols->lookup(i.address);
            if (hit && hit->symbol && hit->offset == 0) {
                QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
                f.setBold(true);
                return f;
            }
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SymbolColumn && m_symbols) {
            // The name as the file holds it, where the column shows it demangled.
            const auto hit = m_symbols->lookup(i.address);
            if (hit && hit->symbol && !hit->symbol->demangled.isEmpty())
                return tr("%1\nMangled: %2").arg(hit->symbol->demangled, hit->symbol->name);
        }
        if (index.column() == InstructionColumn && m_symbols) {
            if (const auto t = branchTarget(index.row())) {
                if (const QString mangled = m_symbols->mangledName(*t); !mangled.isEmpty())
                    return tr("Mangled: %1\nDouble-click (or Enter) to follow; Alt+Left goes back").arg(mangled);
            }
        }
        if (branchTarget(index.row()))
            return tr("Double-click (or Enter) to follow; Alt+Left goes back");
        if (gap)
            return tr("These bytes cannot be read: not mapped, or the kernel refuses them");
        break;
    }
    return {};
}

QVariant DisassemblyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case SymbolColumn:
        return tr("Symbol");
    case BytesColumn:
        return tr("Bytes");
    case InstructionColumn:
        return tr("Instruction");
    }
    return {};
}

} // namespace procglass
