// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "host.h"

#include "core/search/searchrun.h"

namespace procglass {

TargetHold::~TargetHold() = default;
Host::~Host() = default;

void Target::search(SearchRun& run)
{
    run.run(*this);
}

Result<HitSet> Target::rescan(
    const HitSet& hits, HitSet::Filter filter, QStringView operand, const std::atomic<bool>* cancel)
{
    return hits.rescan(*this, filter, operand, cancel);
}

Result<std::shared_ptr<ScanBaseline>> Target::unknownScan(const UnknownScanRequest& request, const ScanControl& control)
{
    std::shared_ptr<Target> self = weak_from_this().lock();
    if (!self)
        return makeError(ErrorKind::InvalidArgument,
            QStringLiteral("An unknown-value scan needs a target opened through its host (owned by a shared_ptr)."));
    auto baseline = captureBaseline(std::move(self), request, control);
    if (!baseline)
        return baseline.error();
    return std::shared_ptr<ScanBaseline>(std::move(baseline.value()));
}

Result<ParsedMaps> Host::readMaps(const ProcessIdentity& identity)
{
    auto target = open(identity);
    if (!target)
        return target.error();
    return (*target)->readMaps();
}

Result<QByteArray> Host::readProcFile(const ProcessIdentity& identity, ProcFile file)
{
    auto target = open(identity);
    if (!target)
        return target.error();
    return (*target)->readProcFile(file);
}

SymbolIndex buildSymbolIndex(Target& target, const std::vector<Region>& regions)
{
    return SymbolIndex::build(target, regions, [&target](const Region& region) -> std::unique_ptr<ImageBytes> {
        auto file = target.mappedFile(region);
        return file ? std::move(file.value()) : nullptr;
    });
}

} // namespace procglass
