// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace procglass {

class MainWindow;

// A walk through a process's memory layout, one stop at a time, on the demo target: each step
// selects a mapping (or a tab) in the window and says what the user is looking at. Steps whose
// mapping this process does not have are passed over.
class GuidedTour : public QWidget
{
    Q_OBJECT
public:
    explicit GuidedTour(MainWindow* window, QWidget* parent = nullptr);

    struct Step
    {
        QString title;
        QString text;
        // Shows the step in the window; false when the process lacks what the step is about.
        std::function<bool(MainWindow&)> show;
    };

    // Begins again at the first step the open process has.
    void restart();
    void next();
    void back();

    [[nodiscard]] int stepCount() const { return int(m_steps.size()); }
    [[nodiscard]] int currentStep() const { return m_current; }
    [[nodiscard]] const Step& step(int i) const { return m_steps.at(size_t(i)); }
    [[nodiscard]] bool isAtEnd() const;

signals:
    void finished(); // closed, or walked past the last step

private:
    bool showStep(int i);
    void move(int direction);

    MainWindow* m_window;
    std::vector<Step> m_steps;
    int m_current = -1;
    QLabel* m_counter;
    QTextBrowser* m_text;
    QPushButton* m_back;
    QPushButton* m_next;
};

// The first mapping (in address order) that matches, or -1.
[[nodiscard]] int findMapping(const std::vector<Region>& regions, const std::function<bool(const Region&)>& match);

} // namespace procglass
