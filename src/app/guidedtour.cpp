// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "guidedtour.h"

#include "core/parse/auxv.h"
#include "infopane.h"
#include "mainwindow.h"
#include "models/regionmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace procglass {

int findMapping(const std::vector<Region>& regions, const std::function<bool(const Region&)>& match)
{
    for (size_t i = 0; i < regions.size(); ++i) {
        if (match(regions[i]))
            return int(i);
    }
    return -1;
}

namespace {

// Selects the first mapping that matches in the Mappings tab and opens the pane's tab.
bool selectMapping(
    MainWindow& w, const std::function<bool(const Region&)>& match, InfoPane::Tab tab = InfoPane::ExplainTab)
{
    const int i = findMapping(w.regionModel()->regions(), match);
    if (i < 0)
        return false;
    w.showMappings();
    w.selectRegion(i);
    w.infoPane()->setCurrentIndex(tab);
    return true;
}

// Selects the row of an auxv entry in the Start-up vector tab.
void selectAuxv(MainWindow& w, quint64 type)
{
    QTreeView* view = w.infoPane()->auxvView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, InfoPane::NameColumn);
        if (index.data(InfoPane::TypeRole).toULongLong() == type) {
            view->setCurrentIndex(index);
            view->scrollTo(index);
            return;
        }
    }
}

bool isKind(const Region& r, RegionKind kind, ImageSegment segment = ImageSegment::None)
{
    return r.kind == kind && (segment == ImageSegment::None || r.segment == segment);
}

std::vector<GuidedTour::Step> makeSteps()
{
    using Step = GuidedTour::Step;
    std::vector<Step> steps;
    steps.push_back({ GuidedTour::tr("A process's address space"),
        GuidedTour::tr("<p>Every process sees its own range of addresses, from 0 up to 128 TiB on x86-64. Only "
                       "parts of it are <i>mapped</i>: backed by memory or by a file. The kernel lists them in "
                       "<tt>/proc/PID/maps</tt>, one line per mapping, and that is the table in the middle.</p>"
                       "<p>The picture on the right draws the same list from the top of the address space down; "
                       "the hatched bars are the unmapped gaps, shortened. Click a block there or a row here, "
                       "and the Explain tab below says what it is.</p>"),
        [](MainWindow& w) {
            w.showMappings();
            w.selectRegion(-1);
            w.infoPane()->setCurrentIndex(InfoPane::ExplainTab);
            return !w.regionModel()->regions().empty();
        } });
    steps.push_back({ GuidedTour::tr("The program's code"),
        GuidedTour::tr("<p>The kernel mapped the program's file, <tt>procglass-demo</tt>, in several pieces. "
                       "This one is its machine code, the <i>text</i> segment: <b>r-x</b>, readable and "
                       "executable but never writable, so that a bug cannot overwrite the code.</p>"
                       "<p>Explain below gives its offset: the mapping shows the file from that offset on. The "
                       "device and inode there name the file itself (right-click the column titles to show "
                       "them in the table too).</p>"),
        [](MainWindow& w) {
            return selectMapping(
                w, [](const Region& r) { return isKind(r, RegionKind::Executable, ImageSegment::Text); });
        } });
    steps.push_back({ GuidedTour::tr("The program's data"),
        GuidedTour::tr("<p>Global variables with a starting value live in the <i>data</i> segment: <b>rw-p</b>. "
                       "The <b>p</b> means private: the first write to a page gives the process its own copy, "
                       "and the file on disk never changes.</p><p>Just before it, <b>r--p</b> pieces hold "
                       "constants and the tables the loader fixed up and then made read-only.</p>"),
        [](MainWindow& w) {
            return selectMapping(
                w, [](const Region& r) { return isKind(r, RegionKind::Executable, ImageSegment::Data); });
        } });
    steps.push_back({ GuidedTour::tr("The heap"),
        GuidedTour::tr("<p>Above the program sits <tt>[heap]</tt>. <tt>malloc()</tt> carves small blocks out "
                       "of it and moves its end with <tt>brk()</tt> when it needs more. The gap below it is "
                       "random: address space layout randomisation moves it on every start.</p><p>The demo "
                       "keeps a string here; Target ▸ Search memory (Ctrl+Alt+F) for <tt>PROCGLASS</tt> finds it.</p>"),
        [](MainWindow& w) { return selectMapping(w, [](const Region& r) { return r.kind == RegionKind::Heap; }); } });
    steps.push_back({ GuidedTour::tr("Big anonymous blocks"),
        GuidedTour::tr("<p>Large allocations do not come from the heap: <tt>malloc()</tt> asks the kernel for "
                       "a mapping of their own with <tt>mmap()</tt>. This 64 MiB block of random bytes is one. "
                       "No file is behind it (device 00:00 and inode 0, as Explain says); its pages are zeros "
                       "until written.</p>"),
        [](MainWindow& w) {
            return selectMapping(w, [](const Region& r) {
                return r.kind == RegionKind::Anonymous && r.perms.write && r.range.size() >= (quint64(32) << 20);
            });
        } });
    steps.push_back({ GuidedTour::tr("Shared libraries"),
        GuidedTour::tr("<p>High up are the shared libraries the loader mapped before <tt>main()</tt> ran: the C "
                       "library, the C++ library, the loader itself (<tt>ld-linux</tt>). Each is mapped like the "
                       "program: code, read-only data, data, and a <i>.bss</i> part for zero-filled variables "
                       "that the file does not store.</p><p>All processes that use libc share the same pages of "
                       "its code in RAM.</p>"),
        [](MainWindow& w) {
            return selectMapping(w, [](const Region& r) {
                return isKind(r, RegionKind::Library, ImageSegment::Text) && r.fileName().startsWith(u"libc.so");
            });
        } });
    steps.push_back({ GuidedTour::tr("Thread stacks and guard pages"),
        GuidedTour::tr("<p>The demo runs three extra threads. Each got an 8 MiB stack from the thread library, "
                       "and below each stack a page with no permissions at all: <b>---p</b>, a <i>guard "
                       "page</i>. Stacks grow downwards; a thread that runs off its stack hits the guard page "
                       "and crashes at once instead of silently overwriting its neighbour.</p>"),
        [](MainWindow& w) {
            const std::vector<Region>& regions = w.regionModel()->regions();
            for (size_t i = 0; i + 1 < regions.size(); ++i) {
                if (regions[i].kind == RegionKind::Guard && regions[i + 1].kind == RegionKind::ThreadStack
                    && regions[i + 1].range.start == regions[i].range.end) {
                    w.showMappings();
                    w.selectRegion(int(i));
                    w.infoPane()->setCurrentIndex(InfoPane::ExplainTab);
                    return true;
                }
            }
            return false;
        } });
    steps.push_back({ GuidedTour::tr("The main stack"),
        GuidedTour::tr("<p><tt>[stack]</tt> near the top is the main thread's stack. Before the program ran, "
                       "the kernel wrote its arguments, its environment and the <i>auxiliary vector</i> at the "
                       "top of it.</p><p>The Start-up vector tab shows that vector: AT_EXECFN points to the "
                       "program's file name on this stack, AT_RANDOM to 16 random bytes the C library seeds its "
                       "stack protector with.</p>"),
        [](MainWindow& w) {
            if (!selectMapping(
                    w, [](const Region& r) { return r.kind == RegionKind::MainStack; }, InfoPane::AuxvTab))
                return false;
            selectAuxv(w, AuxvExecFn);
            return true;
        } });
    steps.push_back({ GuidedTour::tr("[vdso]: the kernel's library"),
        GuidedTour::tr("<p>The kernel maps a tiny shared library into every process, the <tt>[vdso]</tt>. It "
                       "holds <tt>clock_gettime()</tt> and a few other calls that can answer without entering "
                       "the kernel. AT_SYSINFO_EHDR in the start-up vector is its address: that is how the C "
                       "library finds it.</p><p>Its first bytes are a real ELF header (<tt>7f 45 4c 46</tt>); "
                       "double-click the AT_SYSINFO_EHDR row to see them.</p>"),
        [](MainWindow& w) {
            if (!selectMapping(
                    w, [](const Region& r) { return r.kind == RegionKind::Vdso; }, InfoPane::AuxvTab))
                return false;
            selectAuxv(w, AuxvSysinfoEhdr);
            return true;
        } });
    steps.push_back({ GuidedTour::tr("[vvar]: readable, yet not readable"),
        GuidedTour::tr("<p>Next to the [vdso] lies <tt>[vvar]</tt>: the clock data the [vdso] code reads. Its "
                       "permissions say <b>r</b>, but it is not ordinary memory, and a debugger reading it gets "
                       "an error. The memory view marks such bytes as unreadable instead of inventing them.</p>"),
        [](MainWindow& w) {
            const int i
                = findMapping(w.regionModel()->regions(), [](const Region& r) { return r.kind == RegionKind::Vvar; });
            if (i < 0)
                return false;
            w.selectRegion(i);
            w.infoPane()->setCurrentIndex(InfoPane::ExplainTab);
            w.showMemory(w.regionModel()->regions()[size_t(i)].range.start);
            return true;
        } });
    steps.push_back({ GuidedTour::tr("Where the program starts"),
        GuidedTour::tr("<p>AT_ENTRY in the start-up vector is the program's entry point, <tt>_start</tt>: the "
                       "loader jumps there once the libraries are mapped, and <tt>_start</tt> calls "
                       "<tt>main()</tt> through the C library. This is its code, disassembled.</p>"),
        [](MainWindow& w) {
            QTreeView* view = w.infoPane()->auxvView();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, InfoPane::ValueColumn);
                if (index.data(InfoPane::TypeRole).toULongLong() == AuxvEntryPoint
                    && index.data(InfoPane::AddressRole).isValid()) {
                    const Address entry = index.data(InfoPane::AddressRole).toULongLong();
                    // Explain below says what holds it: the program's code.
                    w.selectRegion(int(findRegion(w.regionModel()->regions(), entry)));
                    w.infoPane()->setCurrentIndex(InfoPane::ExplainTab);
                    w.showCode(entry);
                    return true;
                }
            }
            return false;
        } });
    steps.push_back({ GuidedTour::tr("How much of it is in RAM"),
        GuidedTour::tr("<p>The address space is much larger than the memory the process uses. The Process tab "
                       "reads <tt>/proc/PID/status</tt>: <i>Virtual size</i> counts everything mapped, "
                       "<i>Resident memory</i> only the pages in RAM right now. Reserved stacks and untouched "
                       "blocks cost address space, not memory.</p><p>That is the tour. Open any of your own "
                       "processes from the list on the left and explore it the same way.</p>"),
        [](MainWindow& w) {
            w.showMappings();
            w.infoPane()->setCurrentIndex(InfoPane::ProcessTab);
            return true;
        } });
    return steps;
}

} // namespace

GuidedTour::GuidedTour(MainWindow* window, QWidget* parent)
    : QWidget(parent)
    , m_window(window)
    , m_steps(makeSteps())
    , m_counter(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_back(new QPushButton(tr("Bac&k"), this))
    , m_next(new QPushButton(tr("&Next"), this))
{
    m_text->setOpenLinks(false);
    auto* close = new QPushButton(tr("En&d tour"), this);
    // Ending the tour sits beside the step counter, Back and Next under the text: no row is wider
    // than two buttons, so the dock stays narrow in every language.
    auto* top = new QHBoxLayout;
    top->addWidget(m_counter, 1);
    top->addWidget(close);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, &GuidedTour::back);
    connect(m_next, &QPushButton::clicked, this, &GuidedTour::next);
    connect(close, &QPushButton::clicked, this, &GuidedTour::finished);
    close->setToolTip(tr("End the tour (Esc)"));
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &GuidedTour::finished);
    addAction(escape);
}

bool GuidedTour::showStep(int i)
{
    if (i < 0 || i >= stepCount() || !m_steps[size_t(i)].show(*m_window))
        return false;
    m_current = i;
    const Step& s = m_steps[size_t(i)];
    m_counter->setText(tr("Step %1 of %2").arg(i + 1).arg(stepCount()));
    m_text->setHtml(QStringLiteral("<h3>%1</h3>%2").arg(s.title.toHtmlEscaped(), s.text));
    m_back->setEnabled(i > 0);
    m_next->setText(isAtEnd() ? tr("Fi&nish") : tr("&Next"));
    return true;
}

// Moves to the next step the process has in that direction.
void GuidedTour::move(int direction)
{
    for (int i = m_current + direction; i >= 0 && i < stepCount(); i += direction) {
        if (showStep(i))
            return;
    }
    if (direction > 0)
        emit finished();
}

void GuidedTour::restart()
{
    m_current = -1;
    move(+1);
    m_next->setFocus(); // Enter goes on, Esc ends it
}

void GuidedTour::next()
{
    move(+1);
}

void GuidedTour::back()
{
    move(-1);
}

bool GuidedTour::isAtEnd() const
{
    return m_current == stepCount() - 1;
}

} // namespace procglass
