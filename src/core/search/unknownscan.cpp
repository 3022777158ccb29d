#include "core/search/unknownscan.h"

namespace procglass {

ScanBaseline::~ScanBaseline() = default;

// Placeholder until unknown-value scans land (issue 18).
Result<std::unique_ptr<ScanBaseline>> captureBaseline(
    std::shared_ptr<MemorySource>, const UnknownScanRequest&, const ScanControl&)
{
    return makeError(ErrorKind::InvalidArgument, QStringLiteral("Unknown-value scans are not made yet."));
}

} // namespace procglass
