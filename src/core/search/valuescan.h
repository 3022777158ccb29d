#pragma once

#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/search/searchengine.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <vector>

namespace procglass {

// The type of the values a scan follows.
struct ScanValueType
{
    enum class Kind { Integer, Float, Double };
    Kind kind = Kind::Integer;
    int bytes = 4; // integers: 1, 2, 4 or 8
    bool isSigned = true;
    bool bigEndian = false;

    [[nodiscard]] int size() const { return kind == Kind::Float ? 4 : kind == Kind::Double ? 8 : bytes; }
};

// The addresses a value scan has found, each with the value it had when last read. Two flat
// arrays of 64-bit words, 16 bytes a hit: no objects per hit, so tens of millions fit.
class HitSet
{
    Q_DECLARE_TR_FUNCTIONS(procglass::HitSet)

public:
    enum class Filter { Equal, Changed, Unchanged, Increased, Decreased, IncreasedBy, DecreasedBy };

    explicit HitSet(ScanValueType type = {});

    // Every place in ranges where pattern matches, with its value now.
    [[nodiscard]] static Result<HitSet> firstScan(MemorySource& source, const std::vector<AddressRange>& ranges,
        const SearchPattern& pattern, ScanValueType type, const SearchOptions& options = {},
        const std::atomic<bool>* cancel = nullptr);

    // Reads every hit again and keeps those whose new value passes the filter against its old
    // one (or, for Equal, against operand). Hits that can no longer be read are dropped.
    // Cancelling gives an error; the hit set this was called on stays as it was.
    [[nodiscard]] Result<HitSet> rescan(
        MemorySource& source, Filter filter, QStringView operand = {}, const std::atomic<bool>* cancel = nullptr) const;

    // Adds the hits of a search, whose values are in their previews; finish() after the last batch.
    void addHits(const std::vector<SearchHit>& hits);
    void finish(); // sorts by address: searches deliver hits in no order

    [[nodiscard]] size_t size() const { return m_addresses.size(); }
    [[nodiscard]] Address address(size_t i) const { return m_addresses[i]; }
    [[nodiscard]] quint64 raw(size_t i) const { return m_values[i]; }
    [[nodiscard]] QString valueText(size_t i) const;
    [[nodiscard]] double numericValue(size_t i) const; // for ordering (64-bit integers lose low bits)
    [[nodiscard]] const ScanValueType& type() const { return m_type; }
    void add(Address address, quint64 raw);

    // A hit set kept between runs (procglass-cli search --save-hits, then rescan): a small binary
    // file, 0600 (its values are the process's memory), tied to the process it was found in.
    // Written by writePrivateFile's rules; an existing file is replaced only with overwrite.
    [[nodiscard]] Error save(const QString& path, const ProcessIdentity& origin, bool overwrite = false) const;
    // The file is anyone's input (a shared folder, a file handed over): load opens only a regular
    // file, never through a symbolic link in its last component, never waits on a FIFO or device,
    // and believes no count the file does not back with its own bytes.
    [[nodiscard]] static Result<HitSet> load(const QString& path, ProcessIdentity* origin);
    // The same parser over bytes in memory (for tests and fuzzers); name is what errors call them.
    [[nodiscard]] static Result<HitSet> fromBytes(
        QByteArrayView bytes, ProcessIdentity* origin, const QString& name = QString());

private:
    // Reads size bytes at offset of the file into out; false when they are not all there.
    using BodyReader = std::function<bool(quint64 offset, char* out, size_t size)>;
    [[nodiscard]] static Result<HitSet> parse(
        QByteArrayView header, quint64 fileSize, const BodyReader& read, ProcessIdentity* origin, const QString& name);
    Error readValues(MemorySource& source, const std::atomic<bool>* cancel,
        const std::function<void(size_t index, quint64 raw)>& value) const;

    ScanValueType m_type;
    std::vector<Address> m_addresses; // sorted
    std::vector<quint64> m_values; // the raw bits, little-endian decoded into the low bytes
};

} // namespace procglass
