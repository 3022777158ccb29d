#include "core/snapshot/snapshot.h"

namespace procglass {

// Placeholder until the snapshot store lands (issue 18): says so instead of writing anything.
Result<SnapshotReport> writeSnapshot(MemorySource&, const std::vector<Region>&, const BundleInfo&, const QString&,
    const SnapshotOptions&, const DumpControl&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Snapshots are not written yet."));
}

} // namespace procglass
