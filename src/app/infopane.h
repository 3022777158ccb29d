// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "core/model/region.h"
#include "core/parse/auxv.h"
#include "core/parse/procstatus.h"

#include <QTabWidget>

#include <vector>

class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace procglass {

// The pane under the mappings that teaches: Explain (the selected mapping in plain words),
// Process (/proc/PID/status summarised) and Start-up vector (/proc/PID/auxv, its addresses
// linked to the mappings they point into).
class InfoPane : public QTabWidget
{
    Q_OBJECT
public:
    enum Tab { ExplainTab, ProcessTab, AuxvTab };

    explicit InfoPane(QWidget* parent = nullptr);

    // Explains regions[index]; the neighbours tell a guard page from a gap in a library.
    void explain(const std::vector<Region>& regions, int index);
    // The facts, or why there are none. limitation, when given, heads the facts: what else is not
    // shown and why (a process whose memory cannot be read still has a status anyone may read).
    void setStatus(
        const std::vector<StatusFact>& facts, const QString& unavailable = {}, const QString& limitation = {});
    void setAuxv(const std::vector<AuxvLine>& lines, const QString& unavailable = {});
    void clear(); // no target

    [[nodiscard]] QTextBrowser* explainView() const { return m_explain; }
    [[nodiscard]] QTreeView* statusView() const { return m_statusView; }
    [[nodiscard]] QTreeView* auxvView() const { return m_auxvView; }
    // The plain text of the explanation shown (for the clipboard and tests).
    [[nodiscard]] QString explanationText() const { return m_explanationText; }

    enum Column { NameColumn, ValueColumn, DetailColumn, MeaningColumn };
    enum Role { AddressRole = Qt::UserRole + 1, TypeRole };

signals:
    void showMemoryRequested(Address address);
    void showCodeRequested(Address address);
    // The mapping that holds address should be selected (resolved against the current mappings:
    // the vector is read once, the mappings change).
    void mappingRequested(Address address);

private:
    void activateAuxv(const QModelIndex& index);
    void onAnchor(const QUrl& url);

    QTextBrowser* m_explain;
    QTreeView* m_statusView;
    QTreeView* m_auxvView;
    QStandardItemModel* m_status;
    QStandardItemModel* m_auxv;
    QString m_explanationText;
};

} // namespace procglass
