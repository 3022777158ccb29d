#include "core/snapshot/diff.h"

namespace procglass {

double MappingDiff::heat() const
{
    return 0;
}

// Placeholder until the diff lands (issue 18).
Result<DiffReport> diffSources(MemorySource&, MemorySource&, const DiffOptions&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Diffs are not made yet."));
}

QByteArray diffToJson(const DiffReport&)
{
    return {};
}

} // namespace procglass
