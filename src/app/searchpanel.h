#pragma once

#include "core/model/memorysource.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;

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
    ~SearchPanel() override; // cancels a running search and waits for it (it stops within 100 ms)

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
    void cancel();
    [[nodiscard]] bool isBusy() const;
    // Writes the results as CSV (0600); returns the error message, or nothing.
    QString exportCsv(const QString& path);

    [[nodiscard]] SearchResultModel* model() const { return m_model; }
    [[nodiscard]] QTableView* resultView() const { return m_view; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] Kind kind() const;
    [[nodiscard]] Scope scope() const;
    void focusPattern();

signals:
    // The user double-clicked a hit.
    void hitActivated(procglass::Address address, quint64 length);
    // A search or next scan ended: done, capped, cancelled or failed (statusText() says which).
    void finished();

private:
    struct Job;
    void buildUi();
    void updateOptions();
    void updateButtons();
    void poll();
    void onFinished();
    void showStatus(const QString& text, bool error = false);
    void exportWithDialog();
    [[nodiscard]] Result<SearchPattern> pattern() const;
    [[nodiscard]] Result<std::vector<AddressRange>> ranges() const;

    std::shared_ptr<MemorySource> m_source;
    std::vector<Region> m_regions;
    std::function<std::vector<AddressRange>()> m_selectedRegions;
    std::function<AddressRange()> m_hexSelection;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<void> m_watcher;
    QTimer m_poll;

    SearchResultModel* m_model;
    QComboBox* m_kindCombo;
    QLineEdit* m_patternEdit;
    QPushButton* m_searchButton;
    QPushButton* m_cancelButton;
    QStackedWidget* m_options;
    QComboBox* m_encodingCombo;
    QCheckBox* m_textIgnoreCase;
    QComboBox* m_widthCombo;
    QCheckBox* m_signedCheck;
    QCheckBox* m_bigEndianCheck;
    QCheckBox* m_alignedCheck;
    QLineEdit* m_toleranceEdit;
    QCheckBox* m_regexIgnoreCase;
    QComboBox* m_scopeCombo;
    bool m_scopeChosen = false; // by the user (or setScope()): the kind no longer picks it
    QToolButton* m_kindsButton;
    QLineEdit* m_rangeEdit;
    QCheckBox* m_unreadableCheck;
    QSpinBox* m_maxSpin;
    QWidget* m_nextScanRow;
    QComboBox* m_filterCombo;
    QLineEdit* m_operandEdit;
    QPushButton* m_nextScanButton;
    QPushButton* m_exportButton;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_asTextButton; // offered when the pattern is not what its kind says but is text
    QTableView* m_view;
};

} // namespace procglass
