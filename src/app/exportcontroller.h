// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "session/targetsession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

class QProgressDialog;
class QTimer;
class QWidget;

namespace procglass {

class TargetDocument;

// Exports of the open target: the dialog asks where (and before replacing anything), then the
// document writes the file with the target stopped while a progress dialog can cancel it.
class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class ExportWhat { SelectedMappings, Bundle, Core, Vdso, HexSelection };
    using SavePathAsker = std::function<QString(const QString& title, const QString& start)>;
    // Through an agent: where the export is written. Here: the bytes travel and the file is
    // written on this computer; Agent: the agent writes it on its machine (DumpJob::onAgent).
    enum class Where { Cancel, Here, Agent };
    using WhereAsker = std::function<Where(const QString& title, const QString& agentMachine)>;

    // window: the parent of the dialogs.
    explicit ExportController(QWidget* window);

    // The target exported (nullptr: none). Closing it cancels an export under way.
    void setDocument(TargetDocument* document);
    // What "the selected mappings" and "the memory view's selection" are.
    void setSelections(std::function<std::vector<AddressRange>()> mappings, std::function<AddressRange()> memory);
    // Asks where to save; a QFileDialog unless replaced (tests).
    void setSavePathAsker(SavePathAsker asker) { m_askSavePath = std::move(asker); }
    // Through an agent: asks where (a message box unless replaced), then for a path on the agent's
    // machine (typed as text: a file dialog cannot browse it; a QInputDialog unless replaced).
    void setWhereAsker(WhereAsker asker) { m_askWhere = std::move(asker); }
    void setAgentPathAsker(SavePathAsker asker) { m_askAgentPath = std::move(asker); }

    void exportWithDialog(ExportWhat what);
    // Without asking: starts the job; finished() says how it ended.
    void startExport(DumpJob job);
    [[nodiscard]] bool isExporting() const { return m_progress != nullptr; }

signals:
    void finished(const QString& path, const QString& error); // error empty: written
    void problem(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void onDumped(const QString& path, const DumpReport& report, const Error& error);
    [[nodiscard]] Where askWhere(const QString& title, const QString& machine) const;
    [[nodiscard]] QString unreadableNote(const DumpReport& report, quint64 unreadable) const;

    QWidget* m_window;
    QPointer<TargetDocument> m_document;
    std::function<std::vector<AddressRange>()> m_selectedMappings;
    std::function<AddressRange()> m_memorySelection;
    SavePathAsker m_askSavePath;
    WhereAsker m_askWhere;
    SavePathAsker m_askAgentPath;
    std::shared_ptr<DumpJob::Progress> m_progress; // the export under way
    QProgressDialog* m_dialog = nullptr;
    QTimer* m_poll = nullptr;
};

} // namespace procglass
