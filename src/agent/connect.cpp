#include "connect.h"

#include "core/model/tr.h"

namespace procglass {

// Placeholder until the agent's client lands (issue 17): says so instead of pretending.
Result<std::shared_ptr<Host>> connectAgent(const QString& command, std::chrono::milliseconds, const std::atomic<bool>*)
{
    return makeError(ErrorKind::InvalidArgument, tr("Cannot start the agent command %1: not built yet.").arg(command));
}

} // namespace procglass
