// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "watchpane.h"

#include "core/host/host.h"
#include "core/model/format.h"
#include "core/parse/addressspec.h"
#include "editcontroller.h"
#include "lastfolder.h"
#include "session/livedocument.h"
#include "session/targetdocument.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPalette>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <set>

#include <poll.h>

namespace procglass {

namespace {
// The colour a frozen row's value is drawn on: ice.
const QColor kFrozenBackground(0xcf, 0xe8, 0xfc);
const QColor kFrozenText(0x0b, 0x3d, 0x91);

const ScanValueType kTypes[] = {
    { ScanValueType::Kind::Integer, 4, true, false },
    { ScanValueType::Kind::Integer, 4, false, false },
    { ScanValueType::Kind::Integer, 8, true, false },
    { ScanValueType::Kind::Integer, 8, false, false },
    { ScanValueType::Kind::Integer, 2, true, false },
    { ScanValueType::Kind::Integer, 2, false, false },
    { ScanValueType::Kind::Integer, 1, true, false },
    { ScanValueType::Kind::Integer, 1, false, false },
    { ScanValueType::Kind::Float, 4, true, false },
    { ScanValueType::Kind::Double, 8, true, false },
};
} // namespace

// ---------------------------------------------------------------------------------------------

WatchModel::WatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

QString WatchModel::typeName(const ScanValueType& type)
{
    switch (type.kind) {
    case ScanValueType::Kind::Float:
        return QStringLiteral("float");
    case ScanValueType::Kind::Double:
        return QStringLiteral("double");
    case ScanValueType::Kind::Integer:
        break;
    }
    QString name = (type.isSigned ? QStringLiteral("int") : QStringLiteral("uint")) + QString::number(type.bytes * 8);
    if (type.bigEndian)
        name += QStringLiteral(" BE");
    return name;
}

std::vector<WatchEntry> WatchModel::entries() const
{
    std::vector<WatchEntry> out;
    for (const Row& r : m_rows)
        out.push_back(r.entry);
    return out;
}

void WatchModel::append(std::vector<WatchEntry> entries, const std::vector<Region>& regions)
{
    if (entries.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + entries.size() - 1));
    for (WatchEntry& e : entries) {
        Row r;
        r.entry = std::move(e);
        if (!regions.empty()) {
            const auto at = WatchList::resolve(r.entry, regions);
            r.resolved = at.has_value();
            if (at)
                r.entry.address = *at;
        }
        m_rows.push_back(std::move(r));
    }
    endInsertRows();
}

void WatchModel::removeRows(std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : rows) {
        if (row < 0 || row >= int(m_rows.size()))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
}

void WatchModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void WatchModel::resolve(const std::vector<Region>& regions)
{
    for (Row& r : m_rows) {
        const auto at = WatchList::resolve(r.entry, regions);
        r.resolved = at.has_value();
        if (at && *at != r.entry.address) {
            r.entry.address = *at;
            r.read = false;
        }
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void WatchModel::setValues(const std::vector<std::pair<int, QByteArray>>& values)
{
    for (const auto& [row, bytes] : values) {
        if (row < 0 || row >= int(m_rows.size()))
            continue;
        Row& r = m_rows[size_t(row)];
        r.read = true;
        r.unreadable = bytes.size() != r.entry.type.size();
        if (!r.unreadable)
            r.value = bytes;
        emit dataChanged(index(row, ValueColumn), index(row, ValueColumn));
    }
}

void WatchModel::forgetValues()
{
    for (Row& r : m_rows)
        r.read = false;
    if (!m_rows.empty())
        emit dataChanged(index(0, ValueColumn), index(int(m_rows.size()) - 1, ValueColumn));
}

void WatchModel::setFrozen(int row, bool frozen, const QByteArray& value)
{
    if (row < 0 || row >= int(m_rows.size()))
        return;
    WatchEntry& e = m_rows[size_t(row)].entry;
    e.frozen = frozen;
    if (frozen)
        e.frozenValue = value;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int WatchModel::frozenCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row& r) { return r.entry.frozen; }));
}

int WatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WatchModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& r = m_rows[size_t(index.row())];
    const WatchEntry& e = r.entry;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case FrozenColumn:
            // The value it is frozen at: what is read between two writes may differ for a moment.
            return e.frozen ? QStringLiteral("❄ ") + formatValue(e.frozenValue, e.type) : QString();
        case DescriptionColumn:
            return e.description;
        case AddressColumn:
            return r.resolved ? formatAddress(e.address) : tr("not mapped");
        case ModuleColumn:
            return e.module.isEmpty()
                ? tr("(by address)")
                : QStringLiteral("%1+0x%2").arg(QFileInfo(e.module).fileName()).arg(e.moduleOffset, 0, 16);
        case TypeColumn:
            return typeName(e.type);
        case ValueColumn:
            if (role == Qt::EditRole)
                return r.read && !r.unreadable ? formatValue(r.value, e.type) : QString();
            if (!r.resolved)
                return tr("not mapped");
            if (!r.read)
                return QStringLiteral("…");
            if (r.unreadable)
                return tr("unreadable");
            return formatValue(r.value, e.type);
        }
        break;
    case Qt::CheckStateRole:
        if (index.column() == FrozenColumn)
            return e.frozen ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::BackgroundRole:
        if (e.frozen && (index.column() == FrozenColumn || index.column() == ValueColumn))
            return kFrozenBackground;
        break;
    case Qt::ForegroundRole:
        if (e.frozen && (index.column() == FrozenColumn || index.column() == ValueColumn))
            return kFrozenText;
        if (index.column() == ValueColumn && (r.unreadable || !r.resolved))
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (index.column() == AddressColumn || index.column() == ModuleColumn || index.column() == ValueColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FrozenColumn:
            return e.frozen ? tr("Frozen at %1: written again ten times a second while the process is open.")
                                  .arg(formatValue(e.frozenValue, e.type))
                            : tr("Tick to freeze the value: Procglass writes it again ten times a second.");
        case ModuleColumn:
            return e.module.isEmpty() ? tr("Anonymous memory (heap, stack): found again by its address only.")
                                      : tr("%1 bytes after the start of %2: found there again after a restart.")
                                            .arg(e.moduleOffset)
                                            .arg(e.module);
        case ValueColumn:
            return tr("Double-click to set the value (Edit ▸ Undo takes it back).");
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant WatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FrozenColumn:
        return tr("Freeze");
    case DescriptionColumn:
        return tr("Description");
    case AddressColumn:
        return tr("Address");
    case ModuleColumn:
        return tr("Module + offset");
    case TypeColumn:
        return tr("Type");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

Qt::ItemFlags WatchModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == FrozenColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == DescriptionColumn || index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool WatchModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return false;
    Row& r = m_rows[size_t(index.row())];
    if (index.column() == FrozenColumn && role == Qt::CheckStateRole) {
        const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
        return frozenToggled && frozenToggled(index.row(), on).isEmpty();
    }
    if (role != Qt::EditRole)
        return false;
    if (index.column() == DescriptionColumn) {
        r.entry.description = value.toString().left(1000);
        emit dataChanged(index, index);
        return true;
    }
    if (index.column() == ValueColumn)
        return valueEdited && valueEdited(index.row(), value.toString()).isEmpty();
    return false;
}

// ---------------------------------------------------------------------------------------------

namespace {
// An editor keeps what the user types: QAbstractItemView hands every dataChanged to the open
// editors, and the live values (read every 500 ms) would put the value read back into it, so that
// only the keys typed since the last read remained. It is filled once, as it opens.
class KeepTypedTextDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (editor->property("procglassFilled").toBool())
            return;
        editor->setProperty("procglassFilled", true);
        QStyledItemDelegate::setEditorData(editor, index);
    }
};
} // namespace

// Reads on the pool: the rows' addresses then, their bytes once read.
struct WatchPane::ReadJob
{
    quint64 generation = 0;
    std::vector<std::tuple<int, Address, int>> wanted; // row, address, size
    std::vector<std::pair<int, QByteArray>> values;
};

// Writes of the frozen values on the pool.
struct WatchPane::FreezeJob
{
    quint64 generation = 0;
    std::vector<std::pair<Address, QByteArray>> writes;
    Error error; // the first write that failed
    Address failedAt = 0;
    bool gone = false; // the process exited (or the link was lost) as it failed
};

WatchPane::WatchPane(EditController* edits, QWidget* parent)
    : QWidget(parent)
    , m_edits(edits)
    , m_model(new WatchModel(this))
    , m_view(new QTableView(this))
    , m_typeCombo(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("watchPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add address…"), this);
    add->setObjectName(QStringLiteral("watchAddButton"));
    add->setToolTip(tr("Watch a value at an address you type (0x7ffd1234, libgame.so+0x40, [heap]+0x10)"));
    for (const ScanValueType& t : kTypes)
        m_typeCombo->addItem(WatchModel::typeName(t));
    m_typeCombo->setToolTip(tr("The type of values added by address"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("watchRemoveButton"));
    auto* save = new QPushButton(tr("Save…"), this);
    save->setObjectName(QStringLiteral("watchSaveButton"));
    auto* load = new QPushButton(tr("Load…"), this);
    load->setObjectName(QStringLiteral("watchLoadButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_typeCombo);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(load);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("watchStatus"));
    layout->addWidget(m_status);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new KeepTypedTextDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(WatchModel::FrozenColumn, digit * 14);
    m_view->setColumnWidth(WatchModel::DescriptionColumn, digit * 18);
    m_view->setColumnWidth(WatchModel::AddressColumn, digit * 16);
    m_view->setColumnWidth(WatchModel::ModuleColumn, digit * 26);
    m_view->setColumnWidth(WatchModel::TypeColumn, digit * 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        const int row = index.row();
        const bool frozen = m_model->rows()[size_t(row)].entry.frozen;
        menu.addAction(frozen ? tr("Unfreeze") : tr("Freeze"), this, [this, row, frozen] {
            const QString why = setFrozen(row, !frozen);
            if (!why.isEmpty())
                showStatus(why, true);
        });
        menu.addAction(tr("Set value…"), this,
            [this, index] { m_view->edit(index.sibling(index.row(), WatchModel::ValueColumn)); });
        menu.addAction(tr("Show in memory view"), this, [this, row] {
            const auto& r = m_model->rows()[size_t(row)];
            emit addressActivated(r.entry.address, quint64(r.entry.type.size()));
        });
        menu.addAction(tr("Remove"), this, [this, row] { m_model->removeRows({ row }); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() == WatchModel::AddressColumn || index.column() == WatchModel::ModuleColumn) {
            const auto& r = m_model->rows()[size_t(index.row())];
            emit addressActivated(r.entry.address, quint64(r.entry.type.size()));
        }
    });
    connect(add, &QPushButton::clicked, this, &WatchPane::addAddressWithDialog);
    connect(remove, &QPushButton::clicked, this, [this] {
        std::vector<int> rows;
        for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
            rows.push_back(i.row());
        m_model->removeRows(rows);
        updateFrozen();
    });
    connect(save, &QPushButton::clicked, this, &WatchPane::saveWithDialog);
    connect(load, &QPushButton::clicked, this, &WatchPane::loadWithDialog);

    m_model->valueEdited = [this](int row, const QString& text) {
        const QString why = setValue(row, text);
        if (!why.isEmpty())
            showStatus(why, true);
        return why;
    };
    m_model->frozenToggled = [this](int row, bool frozen) {
        const QString why = setFrozen(row, frozen);
        if (!why.isEmpty())
            showStatus(why, true);
        return why;
    };
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WatchPane::updateFrozen);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WatchPane::updateFrozen);

    m_liveTimer.setInterval(500);
    m_freezeTimer.setInterval(100);
    connect(&m_liveTimer, &QTimer::timeout, this, &WatchPane::readValues);
    connect(&m_freezeTimer, &QTimer::timeout, this, &WatchPane::writeFrozen);
    connect(&m_readWatcher, &QFutureWatcher<void>::finished, this, &WatchPane::onValuesRead);
    connect(&m_freezeWatcher, &QFutureWatcher<void>::finished, this, &WatchPane::onFrozenWritten);
    showStatus(tr("Add values from the hits of a value scan (right-click them) or by address."));
}

WatchPane::~WatchPane()
{
    // A read or a write takes milliseconds: they hold what they use, never this pane.
    m_readWatcher.waitForFinished();
    m_freezeWatcher.waitForFinished();
}

void WatchPane::setIntervals(int liveMs, int freezeMs)
{
    m_liveTimer.setInterval(liveMs);
    m_freezeTimer.setInterval(freezeMs);
}

QString WatchPane::statusText() const
{
    return m_status->text();
}

void WatchPane::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
}

void WatchPane::setDocument(TargetDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_model->frozenCount() > 0 && m_document != document)
        stopFreezing(tr("Freezing stopped: the process was closed."));
    m_document = document;
    ++m_generation;
    m_source = document ? document->source() : nullptr;
    auto* live = qobject_cast<LiveDocument*>(document);
    m_target = live && document->capabilities().write ? live->target() : nullptr;
    m_regions.clear();
    m_model->forgetValues();
    if (!document) {
        m_liveTimer.stop();
        return;
    }
    connect(document, &TargetDocument::regionsChanged, this, [this] {
        m_regions = *m_document->regions();
        m_model->resolve(m_regions);
        readValues();
    });
    connect(document, &TargetDocument::stateChanged, this, &WatchPane::onStateChanged);
    m_regions = *document->regions();
    if (!m_regions.empty())
        m_model->resolve(m_regions);
    m_liveTimer.start();
    readValues();
}

void WatchPane::onStateChanged()
{
    if (!m_document)
        return;
    const TargetDocument::State s = m_document->state();
    if (s == TargetDocument::State::Exited)
        stopFreezing(tr("Freezing stopped: the process exited."));
    else if (s == TargetDocument::State::Offline)
        stopFreezing(tr("Freezing stopped: the connection to the agent was lost."));
    if (s == TargetDocument::State::Exited || s == TargetDocument::State::Offline)
        m_liveTimer.stop();
}

void WatchPane::stopFreezing(const QString& why)
{
    const int frozen = m_model->frozenCount();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows()[size_t(row)].entry.frozen)
            m_model->setFrozen(row, false, {});
    }
    updateFrozen();
    if (frozen > 0) {
        showStatus(why);
        emit statusMessage(why, 8000);
    }
}

void WatchPane::updateFrozen()
{
    const int count = m_model->frozenCount();
    if (count > 0 && m_target && !m_freezeTimer.isActive())
        m_freezeTimer.start();
    else if (count == 0)
        m_freezeTimer.stop();
    if (count != m_lastFrozenCount) {
        m_lastFrozenCount = count;
        emit frozenCountChanged(count);
    }
}

void WatchPane::addAddresses(const std::vector<Address>& addresses, const ScanValueType& type)
{
    std::vector<WatchEntry> entries;
    for (Address a : addresses)
        entries.push_back(WatchList::entryFor(a, type, m_regions));
    m_model->append(std::move(entries), m_regions);
    showStatus(tr("%n value(s) added to the watch list.", nullptr, int(addresses.size())));
    readValues();
}

QString WatchPane::addAddress(const QString& text, const ScanValueType& type)
{
    const auto address = resolveAddress(text, m_regions, m_document ? m_document->symbols().get() : nullptr);
    if (!address) {
        showStatus(address.error().message, true);
        return address.error().message;
    }
    addAddresses({ *address }, type);
    return {};
}

void WatchPane::addAddressWithDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Watch an address"),
        tr("Address (0x7ffd1234, libgame.so+0x40, [heap]+0x10) of a %1:").arg(m_typeCombo->currentText()),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        addAddress(text, kTypes[std::clamp(m_typeCombo->currentIndex(), 0, int(std::size(kTypes)) - 1)]);
}

QString WatchPane::setValue(int row, const QString& text)
{
    if (row < 0 || row >= m_model->rowCount())
        return tr("There is no such row.");
    const WatchModel::Row& r = m_model->rows()[size_t(row)];
    const auto bytes = parseValue(text, r.entry.type);
    if (!bytes)
        return bytes.error().message;
    if (!m_document || !m_target)
        return tr("No running process is open: nothing was written.");
    if (!r.resolved)
        return tr("%1 is not mapped in this process: nothing was written.").arg(r.entry.module);
    if (r.entry.frozen)
        m_model->setFrozen(row, true, *bytes); // frozen at the new value from now on
    // Through the window's undo stack: Edit ▸ Undo writes the old value back.
    m_edits->writeBytes(r.entry.address, *bytes, r.read && !r.unreadable ? r.value : QByteArray(),
        EditController::WriteKind::Edit, true);
    showStatus(tr("%1 written at %2.").arg(formatValue(*bytes, r.entry.type), formatAddress(r.entry.address)));
    return {};
}

QString WatchPane::setFrozen(int row, bool frozen, const QByteArray& value)
{
    if (row < 0 || row >= m_model->rowCount())
        return tr("There is no such row.");
    const WatchModel::Row& r = m_model->rows()[size_t(row)];
    if (!frozen) {
        m_model->setFrozen(row, false, {});
        updateFrozen();
        return {};
    }
    QString why;
    if (!m_document || !m_target)
        why = tr("Open a running process to freeze a value in it.");
    else if (m_document->state() == TargetDocument::State::Exited
        || m_document->state() == TargetDocument::State::Offline)
        why = tr("The process can no longer be written to.");
    else if (!r.resolved)
        why = tr("%1 is not mapped in this process.").arg(r.entry.module);
    else if (value.isEmpty() && (!r.read || r.unreadable))
        why = tr("The value has not been read yet: wait for it to show, then freeze it.");
    if (!why.isEmpty())
        return why;
    m_model->setFrozen(row, true, value.size() == r.entry.type.size() ? value : r.value);
    updateFrozen();
    writeFrozen();
    return {};
}

void WatchPane::readValues()
{
    if (!m_source || m_readWatcher.isRunning() || m_model->rowCount() == 0)
        return;
    if (m_document
        && (m_document->state() == TargetDocument::State::Exited
            || m_document->state() == TargetDocument::State::Offline))
        return;
    // Only the rows on screen (all of them while the pane is not shown yet).
    int first = 0, last = m_model->rowCount() - 1;
    if (m_view->isVisible()) {
        first = std::max(0, m_view->rowAt(0));
        const int end = m_view->rowAt(m_view->viewport()->height() - 1);
        if (end >= 0)
            last = end;
    }
    auto job = std::make_shared<ReadJob>();
    job->generation = m_generation;
    for (int row = first; row <= last; ++row) {
        const WatchModel::Row& r = m_model->rows()[size_t(row)];
        if (r.resolved)
            job->wanted.emplace_back(row, r.entry.address, r.entry.type.size());
    }
    if (job->wanted.empty())
        return;
    m_read = job;
    m_readWatcher.setFuture(QtConcurrent::run([job, source = m_source] {
        for (const auto& [row, address, size] : job->wanted) {
            QByteArray bytes(size, '\0');
            const ReadResult r = source->read(address, std::as_writable_bytes(std::span(bytes.data(), size_t(size))));
            job->values.emplace_back(row, r.complete() ? bytes : QByteArray());
        }
    }));
}

void WatchPane::onValuesRead()
{
    const std::shared_ptr<ReadJob> job = std::exchange(m_read, nullptr);
    if (!job || job->generation != m_generation)
        return;
    m_model->setValues(job->values);
}

void WatchPane::writeFrozen()
{
    if (!m_target || m_freezeWatcher.isRunning())
        return; // the last round is still writing: never pile rounds up
    auto job = std::make_shared<FreezeJob>();
    job->generation = m_generation;
    for (const WatchModel::Row& r : m_model->rows()) {
        if (r.entry.frozen && r.resolved)
            job->writes.emplace_back(r.entry.address, r.entry.frozenValue);
    }
    if (job->writes.empty())
        return;
    m_freeze = job;
    m_freezeWatcher.setFuture(QtConcurrent::run([job, target = m_target] {
        for (const auto& [address, bytes] : job->writes) {
            auto written = target->write(address, std::as_bytes(std::span(bytes.constData(), size_t(bytes.size()))));
            if (!written && !job->error) {
                job->error = written.error();
                job->failedAt = address;
            }
        }
        // A process that is dying fails writes (EIO: its memory is gone) a moment before its exit
        // shows (the pidfd; through an agent, its message): wait that moment, so that the user
        // reads "the process exited" rather than the write's error.
        if (job->error && job->error.kind != ErrorKind::Exited) {
            pollfd exit { target->exitFd(), POLLIN, 0 };
            job->gone = exit.fd >= 0 && ::poll(&exit, 1, 300) > 0;
        }
    }));
}

void WatchPane::onFrozenWritten()
{
    const std::shared_ptr<FreezeJob> job = std::exchange(m_freeze, nullptr);
    if (!job || job->generation != m_generation || !job->error)
        return;
    // The process or the link gone: every value stops, said once -- whether the window noticed it
    // before this round ended (onStateChanged said it then) or only now.
    auto* live = qobject_cast<LiveDocument*>(m_document.data());
    if (live && live->host()->connectionError())
        return stopFreezing(tr("Freezing stopped: the connection to the agent was lost."));
    if (job->gone || job->error.kind == ErrorKind::Exited || job->error.kind == ErrorKind::NoSuchProcess)
        return stopFreezing(tr("Freezing stopped: the process exited."));
    // A value that cannot be written (unmapped meanwhile) is not written again; one unfrozen
    // meanwhile has nothing to say.
    bool stopped = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const WatchEntry& e = m_model->rows()[size_t(row)].entry;
        if (e.frozen && e.address == job->failedAt) {
            m_model->setFrozen(row, false, {});
            stopped = true;
        }
    }
    updateFrozen();
    if (!stopped)
        return;
    const QString message
        = tr("Freezing the value at %1 stopped: %2").arg(formatAddress(job->failedAt), job->error.message);
    showStatus(message, true);
    emit problem(message);
}

QString WatchPane::save(const QString& path, bool overwrite)
{
    const Error e = WatchList::save(m_model->entries(), path, overwrite);
    if (e) {
        showStatus(e.message, true);
        return e.message;
    }
    showStatus(tr("%n value(s) saved to %1 (readable by you only).", nullptr, m_model->rowCount()).arg(path));
    return {};
}

QString WatchPane::load(const QString& path)
{
    auto entries = WatchList::load(path);
    if (!entries) {
        showStatus(entries.error().message, true);
        return entries.error().message;
    }
    const int count = int(entries->size());
    // A list is frozen again only by the user: the process it was saved from may be another.
    for (WatchEntry& e : *entries)
        e.frozen = false;
    m_model->clear();
    m_model->append(std::move(*entries), m_regions);
    int unresolved = 0;
    for (const auto& r : m_model->rows())
        unresolved += r.resolved ? 0 : 1;
    showStatus(unresolved == 0
            ? tr("%n value(s) loaded from %1.", nullptr, count).arg(path)
            : tr("%n value(s) loaded from %1; %2 lie in files this process does not map.", nullptr, count)
                  .arg(path)
                  .arg(unresolved));
    readValues();
    return {};
}

void WatchPane::saveWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the watch list"),
        fileDialogStart(FileKind::WatchList, QStringLiteral("procglass-watch.json")), tr("Watch lists (*.json)"));
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(FileKind::WatchList, path);
    save(path, true); // the dialog asked before replacing a file
}

void WatchPane::loadWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a watch list"),
        fileDialogStart(FileKind::WatchList, QString()), tr("Watch lists (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(FileKind::WatchList, path);
    load(path);
}

} // namespace procglass
