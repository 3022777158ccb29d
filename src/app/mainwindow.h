#pragma once

#include "core/processinfo.h"

#include <QMainWindow>

#include <memory>

class QProcess;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace procglass {

class LinuxTarget;
class ProcessModel;
class RegionModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the process: its mappings appear, or the reason it cannot be read.
    void openProcess(pid_t pid);
    // Starts the bundled demo target and opens it once it has told us its addresses.
    void startDemo();

    [[nodiscard]] ProcessModel* processModel() const { return m_processModel; }
    [[nodiscard]] RegionModel* regionModel() const { return m_regionModel; }

public slots:
    void refresh();

signals:
    // A process was opened and its mappings are shown.
    void targetOpened(pid_t pid);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void refreshProcesses();
    void refreshRegions();
    void showDiagnostics(const QString& text);
    void stopDemo();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProcessModel* m_processModel;
    RegionModel* m_regionModel;
    QSortFilterProxyModel* m_processProxy;
    QSortFilterProxyModel* m_regionProxy;
    std::unique_ptr<LinuxTarget> m_target;
    QProcess* m_demo = nullptr;
};

} // namespace procglass
