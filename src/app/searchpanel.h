// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"
#include "core/search/scanhistory.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QPushButton;
class QTableView;

namespace procglass {

class SearchResultModel;

// Search a process's memory: a pattern of any kind over a chosen scope, results streaming into a
// sortable table; for numbers, next scans that narrow the hits. The search runs on worker
// threads; this widget only polls their progress, so the UI never waits for the target.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Hex, Text, Integer, Float, Double, Regex };
    // ProgramData: isProgramData() mappings, the natural scope of a value scan (the default for one
    // until the user chooses a scope).
    enum class Scope { All, Kinds, SelectedRegions, Range, HexSelection, ProgramData };

    explicit SearchPanel(QWidget* parent = nullptr);
    // Cancels a running search or export and waits for it (each stops within 100 ms).
    ~SearchPanel() override;

    // The process to search (nullptr: none; a running search is cancelled) and its mappings.
    void setSource(std::shared_ptr<MemorySource> source);
    void setRegions(const std::vector<Region>& regions);
    // Where the "selected mappings" and "memory view selection" scopes come from.
    void setSelectionProviders(
        std::function<std::vector<AddressRange>()> selectedRegions, std::function<AddressRange()> hexSelection);

    // The form, for the window's actions and for tests.
    void setPattern(Kind kind, const QString& text);
    void setIntegerType(int bits, bool isSigned, bool bigEndian);
    void setAligned(bool aligned); // numbers only at multiples of their size (the default)
    void setScope(Scope scope);
    void setRange(const QString& range);
    void setMaxResults(int max);
    // Starts a search with the form's settings; returns why it cannot start, or nothing.
    QString startSearch();
    // Narrows the hits of the last value scan; returns why it cannot start, or nothing.
    QString startNextScan(HitSet::Filter filter, const QString& operand = {});
    // Issue 18. "Unknown initial value": the first scan of a number keeps the memory of the scope
    // (a baseline) instead of hits; next scans (changed, increased...) turn it into hits.
    void setUnknownInitialValue(bool unknown);
    [[nodiscard]] bool unknownInitialValue() const;
    // Every scan step is kept: undo goes back to the previous one. Returns why not, or nothing.
    QString undoScan();
    [[nodiscard]] const ScanHistory& history() const { return m_history; }
    // Live values: the hits on screen are read again at this interval (0: never).
    void setLiveInterval(int ms);
    // The addresses of the selected hits of a value scan (for the watch list).
    [[nodiscard]] std::vector<Address> selectedHitAddresses() const;
    // Stops the running search, next scan or CSV export (the button, Esc).
    void cancel();
    [[nodiscard]] bool isBusy() const;
    // Writes the results as CSV (0600) and returns the error message, or nothing -- in line, for
    // tests and scripts; the window's Export button uses startCsvExport().
    QString exportCsv(const QString& path);
    // Writes the results as they are now as CSV (0600) on a worker thread and returns at once;
    // csvExportFinished() says how it ended. The progress bar shows it; Cancel stops it and leaves
    // no file. False (the status line says why) when it cannot start.
    bool startCsvExport(const QString& path);
    [[nodiscard]] bool isExporting() const;

    [[nodiscard]] SearchResultModel* model() const { return m_model; }
    [[nodiscard]] QTableView* resultView() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] Kind kind() const;
    [[nodiscard]] Scope scope() const;
    void focusPattern();

signals:
    // The user double-clicked a hit.
    void hitActivated(procglass::Address address, quint64 length);
    // A search or next scan ended: done, capped, cancelled or failed (statusText() says which).
    void finished();
    // A CSV export ended: error is empty when every row was written.
    void csvExportFinished(const QString& path, const QString& error);
    // The user asked to watch these hits (a button or the hits' context menu).
    void watchRequested(const std::vector<procglass::Address>& addresses, const procglass::ScanValueType& type);

private:
    // The rows a value scan's list shows ("At most"); its hit set keeps every hit.
    [[nodiscard]] quint64 shownCap() const;
    // " The list shows the first N; next scans narrow all M." when the list shows fewer than there are.
    [[nodiscard]] QString shownNote() const;
    struct Job;
    struct Export;
    struct Form; // the widgets of ui/searchpanel.ui
    void buildUi();
    void updateOptions();
    void updateButtons();
    void poll();
    void onFinished();
    void showStatus(const QString& text, bool error = false);
    void exportWithDialog();
    void onExportFinished();
    void cancelSearch();
    [[nodiscard]] Result<SearchPattern> pattern() const;
    [[nodiscard]] ScanValueType valueType() const;
    QString startUnknownScan();
    void showStep(const QString& note);
    void readLiveValues();
    void requestWatch();
    [[nodiscard]] Result<std::vector<AddressRange>> ranges() const;

    std::shared_ptr<MemorySource> m_source;
    std::vector<Region> m_regions;
    std::function<std::vector<AddressRange>()> m_selectedRegions;
    std::function<AddressRange()> m_hexSelection;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<void> m_watcher;
    QTimer m_poll;

    std::shared_ptr<Export> m_export;
    QFutureWatcher<void> m_exportWatcher;

    std::unique_ptr<Form> m_ui;
    SearchResultModel* m_model;
    bool m_scopeChosen = false; // by the user (or setScope()): the kind no longer picks it

    // Issue 18: unknown-value scans, the scan history, live values.
    struct LiveRead;
    ScanHistory m_history;
    QCheckBox* m_unknownCheck = nullptr;
    QWidget* m_quickRow = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_watchButton = nullptr;
    std::vector<QPushButton*> m_quickButtons;
    QTimer m_liveTimer;
    std::shared_ptr<LiveRead> m_liveRead;
    QFutureWatcher<void> m_liveWatcher;
};

} // namespace procglass
