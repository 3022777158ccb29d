#pragma once

#include "session/targetdocument.h"

namespace procglass {

class LinuxTarget;

// A running process, read through its TargetSession (a thread of its own that holds the hold).
class LiveDocument final : public TargetDocument
{
    Q_OBJECT
public:
    explicit LiveDocument(std::shared_ptr<LinuxTarget> target, QObject* parent = nullptr);
    // Releases a hold: the session stops (see ~TargetSession).
    ~LiveDocument() override;

    [[nodiscard]] Capabilities capabilities() const override { return { true, true, true, true }; }
    [[nodiscard]] std::shared_ptr<MemorySource> source() const override;
    [[nodiscard]] ProcessIdentity identity() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString stateText() const override;
    [[nodiscard]] QString windowTitle() const override;

    void start() override;
    void refresh() override;
    void setHeld(bool held) override;
    void write(Address address, QByteArray bytes) override;
    void dump(DumpJob job) override;

protected:
    void fetchPages(quint64 generation, const std::vector<Address>& bases) override;
    [[nodiscard]] std::function<SymbolIndex()> symbolWork(SharedRegions regions) const override;
    [[nodiscard]] std::function<ProcessFacts()> factsWork(SharedRegions regions, bool withAuxv) const override;
    [[nodiscard]] std::function<std::vector<SmapsEntry>()> smapsWork() const override;

private:
    void answerPages(const std::vector<PageCache::Page>& pages);

    std::shared_ptr<LinuxTarget> m_target;
    std::unique_ptr<TargetSession> m_session;
};

// /proc/PID/status, which anyone may read, of a process whose memory cannot be read.
[[nodiscard]] ProcessFacts readStatusFacts(pid_t pid);

} // namespace procglass
