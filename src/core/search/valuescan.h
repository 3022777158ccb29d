// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"
#include "core/model/processinfo.h"
#include "core/search/searchengine.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <memory>
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

class ScratchFile;

// The addresses a value scan has found, each with the value it had when last read. Two flat
// arrays of 64-bit words, 16 bytes a hit: no objects per hit, so tens of millions fit. Beyond
// memoryCap() hits, the rest (16 bytes a hit too) go to a private unnamed scratch file
// (core/search/scanwork.h), so that a first scan of "0" in a 2 GiB process (hundreds of millions
// of hits) works with memory bounded; address(i) and raw(i) read them back from there.
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
    // It runs on threads threads (0: one per core).
    [[nodiscard]] Result<HitSet> rescan(MemorySource& source, Filter filter, QStringView operand = {},
        const std::atomic<bool>* cancel = nullptr, int threads = 0) const;

    // Adds the hits of a search, whose values are in their previews; finish() after the last batch.
    void addHits(const std::vector<SearchHit>& hits);
    void finish(); // sorts by address: searches deliver hits in no order

    [[nodiscard]] size_t size() const { return m_addresses.size() + size_t(m_spilled) + m_tail.size() / 2; }
    [[nodiscard]] Address address(size_t i) const { return i < m_addresses.size() ? m_addresses[i] : spilled(i, 0); }
    [[nodiscard]] quint64 raw(size_t i) const { return i < m_addresses.size() ? m_values[i] : spilled(i, 1); }
    // Hits [from, from + count) as address, raw pairs into out (2 * count words): one read of the
    // scratch file for many hits.
    void records(size_t from, size_t count, quint64* out) const;
    // How many hits are in memory; the rest are in the scratch file.
    [[nodiscard]] size_t inMemory() const { return m_addresses.size(); }
    // A scratch file that failed (disk full): the hits are incomplete. Scans return it as their error.
    [[nodiscard]] const Error& error() const { return m_error; }
    [[nodiscard]] QString valueText(size_t i) const;
    [[nodiscard]] double numericValue(size_t i) const; // for ordering (64-bit integers lose low bits)
    [[nodiscard]] const ScanValueType& type() const { return m_type; }
    void add(Address address, quint64 raw);

    // Hits kept in memory at most per hit set (16 bytes each); beyond, a scratch file. Default
    // 16 Mi hits (256 MiB). For tests and the bench.
    [[nodiscard]] static quint64 memoryCap();
    static void setMemoryCap(quint64 hits);

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
    [[nodiscard]] quint64 spilled(size_t i, int word) const;
    void spill(Address address, quint64 raw);
    void flushTail();
    void sortSpilled();

    ScanValueType m_type;
    // Sorted (after finish()): the first hits in memory, the rest in m_spill then m_tail.
    std::vector<Address> m_addresses;
    std::vector<quint64> m_values; // the raw bits, little-endian decoded into the low bytes
    std::shared_ptr<ScratchFile> m_spill; // m_spilled records of 16 bytes: address, raw
    quint64 m_spilled = 0;
    std::vector<quint64> m_tail; // records not yet written to m_spill (address, raw pairs)
    // While hits arrive out of order (a search's batches): where each ascending run starts.
    std::vector<quint64> m_runs;
    Address m_last = 0;
    Error m_error;
};

// A next scan's test of a value now against its value before (Equal: against the operand), one
// definition for rescans of hits and next steps of unknown-value scans.
class ScanTest
{
    Q_DECLARE_TR_FUNCTIONS(procglass::ScanTest)

public:
    // An error when the filter needs an operand and operand is not a number of type.
    [[nodiscard]] static Result<ScanTest> make(const ScanValueType& type, HitSet::Filter filter, QStringView operand);
    [[nodiscard]] bool passes(quint64 now, quint64 before) const;
    // Whether every value that stayed the same passes (unchanged: yes; changed, increased: no; by 0:
    // yes), or -1 when that depends on the value (a float's NaN).
    [[nodiscard]] int sameValuePasses() const;
    [[nodiscard]] HitSet::Filter filter() const { return m_filter; }
    // The raw bits of the value at p (type.size() bytes, in its byte order).
    [[nodiscard]] static quint64 decode(const std::byte* p, const ScanValueType& type);

private:
    ScanValueType m_type;
    HitSet::Filter m_filter = HitSet::Filter::Changed;
    bool m_floating = false;
    qint64 m_s = 0;
    quint64 m_u = 0;
    double m_d = 0;
};

} // namespace procglass
