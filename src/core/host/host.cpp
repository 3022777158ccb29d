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
