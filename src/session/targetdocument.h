// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/elfsymbols.h"
#include "core/io/dump.h"
#include "core/model/error.h"
#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/parse/auxv.h"
#include "core/parse/procstatus.h"
#include "core/parse/smaps.h"
#include "session/jobtracker.h"
#include "session/pagestore.h"
#include "session/targetsession.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace procglass {

// One list of mappings, shared by every pane that shows it (never copied per pane).
using SharedRegions = std::shared_ptr<const std::vector<Region>>;

// What /proc/PID/status and auxv say (or a bundle's copies), or why they say nothing.
struct ProcessFacts
{
    std::vector<StatusFact> status;
    QString statusError;
    std::vector<AuxvLine> auxv;
    QString auxvError;
    bool withAuxv = true; // false: a refresh of the status only (the vector never changes)
};

// The open target: the one object the window holds for what is open. It owns the memory source,
// the mappings, the symbols, the /proc facts, the pages (fetched and cached), the hold state and
// the background jobs' generations. Panes subscribe to its signals and read its state; they never
// ask which kind of target it is -- what differs is in capabilities() and in the subclasses
// (a live process, a bundle; next: a target reached through an agent).
// Lives on the GUI thread; destroying it drops every result still on its way.
class TargetDocument : public QObject
{
    Q_OBJECT
public:
    enum class State { Running, Held, Exited, Offline };
    Q_ENUM(State)

    // What the user may do with this target.
    struct Capabilities
    {
        bool live = false; // its memory changes: refresh, auto-refresh
        bool hold = false; // it can be stopped and released
        bool write = false; // bytes can be written (while held)
        bool dump = false; // it can be exported (raw, bundle, core)
    };

    ~TargetDocument() override;

    [[nodiscard]] virtual Capabilities capabilities() const = 0;
    [[nodiscard]] virtual std::shared_ptr<MemorySource> source() const = 0;
    // The process it is (or was, for a bundle: start time 0).
    [[nodiscard]] virtual ProcessIdentity identity() const = 0;
    // The process's name ("firefox"), or the bundle's executable.
    [[nodiscard]] virtual QString name() const = 0;
    // What the header above the mappings says about it.
    [[nodiscard]] virtual QString summary() const = 0;
    // The status bar's word on its state ("firefox (1234): held — every thread stopped").
    [[nodiscard]] virtual QString stateText() const = 0;
    [[nodiscard]] virtual QString windowTitle() const = 0;

    // Starts reading the mappings (regionsChanged() follows). Call once the panes are connected.
    virtual void start() = 0;
    // Reads the mappings and the bytes on screen again (a live target; nothing for a bundle).
    virtual void refresh() { }
    // Stops every thread of the target, or lets it run again; stateChanged() or failed() answers.
    virtual void setHeld(bool held) { Q_UNUSED(held) }
    // Writes bytes (a held live target); written() answers.
    virtual void write(Address address, QByteArray bytes);
    // Runs an export; dumped() answers.
    virtual void dump(DumpJob job);

    [[nodiscard]] SharedRegions regions() const { return m_regions; }
    [[nodiscard]] std::shared_ptr<const SymbolIndex> symbols() const { return m_symbols; }
    // "libc.so.6!memcpy+0x12" once the symbols are read; else empty.
    [[nodiscard]] QString symbolName(Address address) const;
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ProcessFacts& facts() const { return m_facts; }
    [[nodiscard]] bool hasAuxv() const { return m_auxvLoaded; }
    [[nodiscard]] const std::vector<SmapsEntry>& smaps() const { return m_smaps; }

    [[nodiscard]] PageStore& pages() { return m_pages; }
    // The byte at address as the panes show it: -1 while its page is on its way (asked for
    // now), -2 when it is unreadable or not mapped.
    [[nodiscard]] int byteAt(Address address);
    // The bytes of range (up to 16 MiB), unreadable or not yet loaded ones as 0 (*unreadable set).
    [[nodiscard]] QByteArray bytes(AddressRange range, bool* unreadable = nullptr);

signals:
    // The mappings were (re)read; unparsed: lines of the memory map that could not be read.
    void regionsChanged(int unparsed);
    void stateChanged(procglass::TargetDocument::State state);
    void failed(const procglass::Error& error);
    void symbolsChanged();
    void statusChanged(); // facts().status
    void auxvChanged(); // facts().auxv, once per target
    void smapsChanged();
    // Pages came back unreadable for a reason of their own (the process exited, a damaged file).
    void pageProblem(const QString& message);
    void written(procglass::Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count,
        const procglass::Error& error);
    void dumped(const QString& path, const procglass::DumpReport& report, const procglass::Error& error);

protected:
    explicit TargetDocument(QObject* parent = nullptr);

    // The new mappings: shared, announced, and what follows from them loaded in the background.
    void setRegions(std::vector<Region> regions, int unparsed);
    void setState(State state);
    // Reads these pages (answering into pages().add()); generation as PageStore::pagesNeeded.
    virtual void fetchPages(quint64 generation, const std::vector<Address>& bases) = 0;
    // Work for the thread pool (holding what it reads, never this document).
    [[nodiscard]] virtual std::function<SymbolIndex()> symbolWork(SharedRegions regions) const = 0;
    [[nodiscard]] virtual std::function<ProcessFacts()> factsWork(SharedRegions regions, bool withAuxv) const = 0;
    // Empty: this target has no smaps.
    [[nodiscard]] virtual std::function<std::vector<SmapsEntry>()> smapsWork() const { return {}; }

private:
    void loadSymbols();
    void loadFacts();
    void loadSmaps();

    PageStore m_pages;
    SharedRegions m_regions = std::make_shared<const std::vector<Region>>();
    std::shared_ptr<const SymbolIndex> m_symbols;
    QStringList m_symbolModules; // the mapped files m_symbols was (or is being) built from
    ProcessFacts m_facts;
    bool m_auxvLoaded = false;
    bool m_auxvAsked = false;
    std::vector<SmapsEntry> m_smaps;
    State m_state = State::Running;
    JobTracker m_symbolJobs { this };
    JobTracker m_factsJobs { this };
    JobTracker m_smapsJobs { this };
};

} // namespace procglass

Q_DECLARE_METATYPE(procglass::SharedRegions)
