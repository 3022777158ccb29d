#pragma once

#include "dump.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace procglass {

// A bundle, opened again: a read-only MemorySource with the regions and bytes it holds. Bytes
// that were unreadable when it was written are unreadable again.
class BundleSource final : public MemorySource
{
    Q_DECLARE_TR_FUNCTIONS(procglass::BundleSource)

public:
    [[nodiscard]] static Result<std::unique_ptr<BundleSource>> open(const QString& directory);
    ~BundleSource() override;

    Result<std::vector<Region>> regions() override;
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;
    [[nodiscard]] const BundleInfo& info() const { return m_info; }

private:
    struct Part
    {
        Region region;
        int fd = -1; // its raw file, or -1 when nothing of it was written
        std::vector<AddressRange> unreadable;
    };
    BundleSource() = default;
    QString m_directory;
    BundleInfo m_info;
    std::vector<Part> m_parts; // sorted by address
};

} // namespace procglass
