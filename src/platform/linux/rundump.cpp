#include "rundump.h"

#include "hold.h"
#include "localhost.h"
#include "procfs.h"
#include "target.h"

namespace procglass {

namespace {

// A Hold its owner keeps, seen as a TargetHold for the length of one dump: its registers only.
class BorrowedHold final : public TargetHold
{
public:
    explicit BorrowedHold(const Hold& hold)
        : m_hold(hold)
    { }
    Error release() override { return {}; } // its owner's to release
    [[nodiscard]] bool targetDied() const override { return m_hold.targetDied(); }
    [[nodiscard]] Result<std::vector<ThreadRegisters>> threadRegisters() const override
    {
        auto states = m_hold.threadStates();
        if (!states)
            return states.error();
        std::vector<ThreadRegisters> out;
        out.reserve(states->size());
        for (Hold::ThreadState& s : *states)
            out.push_back({ s.tid, std::move(s.registers), std::move(s.fpRegisters) });
        return out;
    }

private:
    const Hold& m_hold;
};

} // namespace

BundleInfo dumpInfoBeforeStop(const LinuxTarget& target, const DumpJob& job)
{
    return job.format == DumpJob::Format::Bundle ? readBundleInfo(target.pid()) : BundleInfo();
}

Result<DumpReport> runDumpJob(LinuxTarget& target, const Hold* hold, const DumpJob& job, const BundleInfo& info)
{
    // Not owned: the caller keeps target alive for the whole call.
    LocalTarget local(std::shared_ptr<LinuxTarget>(std::shared_ptr<LinuxTarget>(), &target));
    if (!hold)
        return runDumpJob(local, nullptr, job, info);
    const BorrowedHold borrowed(*hold);
    return runDumpJob(local, &borrowed, job, info);
}

} // namespace procglass
