// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"
#include "core/search/watchlist.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace procglass {

class EditController;
class MemorySource;
class Target;
class TargetDocument;

// The rows of the watch list: each entry, where it lies in the open target and its value now.
class WatchModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FrozenColumn, DescriptionColumn, AddressColumn, ModuleColumn, TypeColumn, ValueColumn, ColumnCount };

    struct Row
    {
        WatchEntry entry;
        bool resolved = true; // its module is mapped (or it has none)
        bool read = false; // value holds what was read last
        bool unreadable = false;
        QByteArray value;
    };

    explicit WatchModel(QObject* parent = nullptr);

    [[nodiscard]] const std::vector<Row>& rows() const { return m_rows; }
    [[nodiscard]] std::vector<WatchEntry> entries() const;
    void append(std::vector<WatchEntry> entries, const std::vector<Region>& regions);
    void removeRows(std::vector<int> rows);
    void clear();
    // The target's mappings changed (or another target is open): entries placed by module + offset.
    void resolve(const std::vector<Region>& regions);
    // Values read: row -> bytes (empty: unreadable).
    void setValues(const std::vector<std::pair<int, QByteArray>>& values);
    void forgetValues();
    void setFrozen(int row, bool frozen, const QByteArray& value);
    [[nodiscard]] int frozenCount() const;

    // Asked when the user edits a value or ticks the freeze box; the answer is why not, or nothing.
    std::function<QString(int row, const QString& text)> valueEdited;
    std::function<QString(int row, bool frozen)> frozenToggled;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    [[nodiscard]] static QString typeName(const ScanValueType& type);

private:
    std::vector<Row> m_rows;
};

// The watch list (Cheat Engine's address list): values the user keeps an eye on, added from the
// hits of a value scan or by address, each with a description, where it lies (module + offset, so
// that it survives a restart), its type and its value now, read again at an interval. A value can
// be set (through the window's undo stack) and frozen: written again at an interval while the
// target is open. Reads and writes run on the thread pool; the UI thread never waits for them.
class WatchPane : public QWidget
{
    Q_OBJECT
public:
    WatchPane(EditController* edits, QWidget* parent = nullptr);
    ~WatchPane() override;

    // The open target (nullptr: none). Freezing stops with the target that is gone.
    void setDocument(TargetDocument* document);
    void setIntervals(int liveMs, int freezeMs);

    // Adds these addresses as values of type (the hits of a scan).
    void addAddresses(const std::vector<Address>& addresses, const ScanValueType& type);
    // Adds an address typed by the user ("0x7ffd1234", "libgame.so+0x40", "[heap]+0x10"); returns why not.
    QString addAddress(const QString& text, const ScanValueType& type);
    // Writes text as the value of row (through the edit controller's undo stack); returns why not.
    QString setValue(int row, const QString& text);
    // Freezes row at the value it has now (or value, when given); returns why not.
    QString setFrozen(int row, bool frozen, const QByteArray& value = {});
    [[nodiscard]] int frozenCount() const { return m_model->frozenCount(); }
    // The file, by writePrivateFile's rules (0600); returns the error message, or nothing.
    QString save(const QString& path, bool overwrite);
    QString load(const QString& path);
    void saveWithDialog();
    void loadWithDialog();
    void addAddressWithDialog();

    [[nodiscard]] WatchModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QString statusText() const;

signals:
    void frozenCountChanged(int count);
    void statusMessage(const QString& message, int timeoutMs);
    void problem(const QString& message);
    void addressActivated(procglass::Address address, quint64 length);

private:
    struct ReadJob;
    struct FreezeJob;
    void showStatus(const QString& text, bool error = false);
    void readValues();
    void onValuesRead();
    void writeFrozen();
    void onFrozenWritten();
    void stopFreezing(const QString& why);
    void onStateChanged();
    void updateFrozen();

    EditController* m_edits;
    QPointer<TargetDocument> m_document;
    std::shared_ptr<MemorySource> m_source;
    std::shared_ptr<Target> m_target; // null: nothing to write to
    std::vector<Region> m_regions;
    WatchModel* m_model;
    QTableView* m_view;
    QComboBox* m_typeCombo;
    QLabel* m_status;
    QTimer m_liveTimer;
    QTimer m_freezeTimer;
    quint64 m_generation = 0; // another document: results of the last one are dropped
    std::shared_ptr<ReadJob> m_read;
    QFutureWatcher<void> m_readWatcher;
    std::shared_ptr<FreezeJob> m_freeze;
    QFutureWatcher<void> m_freezeWatcher;
    int m_lastFrozenCount = 0;
};

} // namespace procglass
