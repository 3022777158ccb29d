// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchfigures.h"

#include "benchutil.h"
#include "core/search/searchengine.h"
#include "fakememorysource.h"
#include "fixture.h"
#include "platform/linux/target.h"

#include <atomic>
#include <chrono>
#include <cstring>
#include <functional>
#include <mutex>
#include <sys/uio.h>
#include <thread>

namespace procglass::bench {

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// What a hand-written tool does: two threads take 1 MiB chunks in turn, read each with
// process_vm_readv into their own (warm) buffer and memmem it; chunks overlap by the needle.
quint64 rawSearch(pid_t pid, const std::vector<AddressRange>& ranges, const QByteArray& needle)
{
    constexpr quint64 kChunk = 1 << 20;
    struct Chunk
    {
        Address start, end;
        quint64 readEnd;
    };
    std::vector<Chunk> chunks;
    const quint64 overlap = quint64(needle.size()) - 1;
    for (const AddressRange& r : ranges) {
        for (Address a = r.start; a < r.end; a += kChunk) {
            const Address end = std::min(r.end, a + kChunk);
            chunks.push_back({ a, end, std::min(r.end, end + overlap) });
        }
    }
    std::atomic<size_t> next = 0;
    std::atomic<quint64> hits = 0;
    auto work = [&] {
        std::vector<char> buffer(kChunk + overlap, 1);
        quint64 found = 0;
        for (size_t i; (i = next.fetch_add(1)) < chunks.size();) {
            const Chunk& c = chunks[i];
            iovec local { buffer.data(), size_t(c.readEnd - c.start) };
            iovec remote { reinterpret_cast<void*>(c.start), size_t(c.readEnd - c.start) };
            const ssize_t n = process_vm_readv(pid, &local, 1, &remote, 1, 0);
            if (n <= 0)
                continue;
            const char* p = buffer.data();
            const char* end = buffer.data() + n;
            while (const void* at = memmem(p, size_t(end - p), needle.constData(), size_t(needle.size()))) {
                const char* hit = static_cast<const char*>(at);
                if (c.start + quint64(hit - buffer.data()) >= c.end)
                    break;
                ++found;
                p = hit + 1;
            }
        }
        hits += found;
    };
    std::thread other(work);
    work();
    other.join();
    return hits;
}

quint64 coreSearch(MemorySource& source, const SearchPattern& pattern, const std::vector<AddressRange>& ranges,
    const std::atomic<bool>* cancel = nullptr, quint64 chunkBytes = 0,
    const std::function<void(quint64, quint64)>& progress = {})
{
    SearchOptions options;
    options.threads = 2;
    if (chunkBytes)
        options.chunkBytes = chunkBytes;
    std::atomic<quint64> hits = 0;
    const SearchSummary s = searchMemory(
        source, pattern, ranges, options, cancel, [&](std::vector<SearchHit> batch) { hits += batch.size(); },
        progress);
    return s.error ? ~quint64(0) : hits.load();
}

QString rate(quint64 bytes, double s)
{
    return QStringLiteral("%1 GiB/s").arg(double(bytes) / double(1 << 30) / s, 0, 'f', 1);
}

QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

} // namespace

int runSearchBenchmarks(quint64 size, int runs)
{
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(size), QStringLiteral("--threads"),
            QStringLiteral("1") })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    auto target = LinuxTarget::open(f.pid());
    auto regions = target ? (*target)->regions() : Result<std::vector<Region>>(target.error());
    if (!regions) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(regions.error().message));
        return 1;
    }
    const std::vector<AddressRange> ranges = searchRanges(*regions, {});
    quint64 total = 0;
    for (const AddressRange& r : ranges)
        total += r.size();
    // Needles taken from the random data near its end: a search must go through everything.
    const Address random = f.address(QStringLiteral("random"));
    QByteArray needle(16, '\0'), int32(4, '\0');
    (void)(*target)->read(random + size - 5000, std::as_writable_bytes(std::span(needle.data(), 16)));
    (void)(*target)->read(random + size - 9000, std::as_writable_bytes(std::span(int32.data(), 4)));
    quint32 value = 0;
    std::memcpy(&value, int32.constData(), 4);

    int rc = 0;
    auto compare = [&](const QString& what, const QByteArray& rawNeedle, const SearchPattern& pattern, const char* goal,
                       double minimum) {
        std::vector<double> tRaw, tCore;
        quint64 rawHits = 0, coreHits = 0;
        for (int i = 0; i < runs; ++i) { // interleaved, so that drift hits both alike
            auto start = Clock::now();
            rawHits = rawSearch(f.pid(), ranges, rawNeedle);
            tRaw.push_back(seconds(start));
            start = Clock::now();
            coreHits = coreSearch(**target, pattern, ranges);
            tCore.push_back(seconds(start));
        }
        if (rawHits != coreHits) {
            std::fprintf(stderr, "procglass-bench: %s: %llu hits, the raw pipeline found %llu\n", qPrintable(what),
                (unsigned long long)coreHits, (unsigned long long)rawHits);
            rc = 1;
        }
        const double ratio = median(tRaw) / median(tCore);
        printRow(what, rate(total, median(tCore)),
            QStringLiteral("process_vm_readv + memmem, 2 threads: %1").arg(rate(total, median(tRaw))), ratio, goal,
            ratio >= minimum);
        return median(tRaw);
    };
    const QString whole = QStringLiteral("search %1 MiB process").arg(total >> 20);
    const double raw16 = compare(
        whole + QStringLiteral(", 16-byte needle"), needle, *SearchPattern::hex(hexOf(needle)), ">= 1.00", 1.0);
    compare(whole + QStringLiteral(", int32 %1").arg(value), int32,
        *SearchPattern::integer(QString::number(value), 32, false, false), ">= 0.80", 0.8);

    // Regular expressions: reported against the raw 16-byte literal search.
    auto regexRow = [&](const QString& what, const QString& expression) {
        auto pattern = SearchPattern::regex(expression, false);
        if (!pattern) {
            std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(pattern.error().message));
            rc = 1;
            return;
        }
        std::vector<double> t;
        quint64 hits = 0;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            hits = coreSearch(**target, *pattern, ranges);
            t.push_back(seconds(start));
        }
        printRow(QStringLiteral("%1 (%2 hits)").arg(what).arg(hits), rate(total, median(t)),
            QStringLiteral("16-byte needle, memmem: %1").arg(rate(total, raw16)), raw16 / median(t), "report", true);
    };
    QString literal;
    for (int i = 0; i < 16; ++i)
        literal += QStringLiteral("\\x%1").arg(static_cast<unsigned char>(needle[i]), 2, 16, QLatin1Char('0'));
    regexRow(whole + QStringLiteral(", regex: the needle as a regex"), literal);
    regexRow(whole + QStringLiteral(", regex \\x7fELF[\\x01\\x02]"), QStringLiteral("\\x7fELF[\\x01\\x02]"));
    regexRow(whole + QStringLiteral(", regex [a-z]{12,}"), QStringLiteral("[a-z]{12,}"));
    regexRow(whole + QStringLiteral(", regex \\d+ms"), QStringLiteral("\\d+ms"));
    regexRow(whole + QStringLiteral(", regex \\x00+"), QStringLiteral("\\x00+"));

    // A run of zeros: every byte the end of a match (one bounded match per 64 KiB block now),
    // in memory, so that only the regular expression counts.
    {
        constexpr quint64 kZeros = 512 << 20;
        constexpr Address kAt = 0x7f0000000000;
        FakeMemorySource zeros;
        Region r;
        r.range = { kAt, kAt + kZeros };
        r.perms = { true, true, false, false };
        zeros.addSegment(r, QByteArray(qsizetype(kZeros), '\0'));
        const SearchPattern run = *SearchPattern::regex(QStringLiteral("\\x00+"), false);
        std::vector<double> t;
        quint64 hits = 0;
        for (int i = 0; i < runs; ++i) {
            const auto start = Clock::now();
            hits = coreSearch(zeros, run, { r.range });
            t.push_back(seconds(start));
        }
        printRow(QStringLiteral("search 512 MiB of zeros (in memory), regex \\x00+ (%1 hits)").arg(hits),
            rate(kZeros, median(t)), QStringLiteral("16-byte needle, memmem: %1").arg(rate(total, raw16)),
            raw16 / median(t), "report", true);
        // Cancel inside one chunk: the whole run in a single chunk, told to stop 50 ms after its
        // read (which no cancel interrupts) returned, while the expression scans it.
        class ReadSignal final : public MemorySource
        {
        public:
            explicit ReadSignal(MemorySource& inner)
                : m_inner(inner)
            { }
            Result<std::vector<Region>> regions() override { return m_inner.regions(); }
            ReadResult read(Address address, std::span<std::byte> out) override
            {
                ReadResult r = m_inner.read(address, out);
                done = true;
                return r;
            }
            QString description() const override { return m_inner.description(); }
            std::atomic<bool> done = false;

        private:
            MemorySource& m_inner;
        };
        std::vector<double> inside;
        for (int i = 0; i < runs; ++i) {
            std::atomic<bool> cancel = false;
            ReadSignal signal(zeros);
            // Stopped: when the engine reports the (cancelled) chunk done, before it frees its buffer.
            Clock::time_point stopped;
            std::thread searcher([&] {
                (void)coreSearch(
                    signal, run, { r.range }, &cancel, kZeros, [&](quint64, quint64) { stopped = Clock::now(); });
            });
            while (!signal.done)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            const auto told = Clock::now();
            cancel = true;
            searcher.join();
            inside.push_back(std::chrono::duration<double>(stopped - told).count());
        }
        const double insideMs = median(inside) * 1e3;
        printRow(QStringLiteral("cancel inside one 512 MiB chunk, regex \\x00+ (median; max %1 ms)")
                     .arg(*std::max_element(inside.begin(), inside.end()) * 1e3, 0, 'f', 1),
            QStringLiteral("%1 ms").arg(insideMs, 0, 'f', 1), QStringLiteral("its budget: 100 ms"), insideMs / 100,
            "<= 100 ms", insideMs <= 100);
    }

    // Cancel: how long a search runs on after being told to stop.
    std::vector<double> latency;
    QByteArray absent = needle;
    absent[0] = char(absent[0] ^ 0x55);
    const SearchPattern nowhere = *SearchPattern::hex(hexOf(absent));
    for (int i = 0; i < runs; ++i) {
        std::atomic<bool> cancel = false;
        Clock::time_point told;
        std::thread searcher([&] { (void)coreSearch(**target, nowhere, ranges, &cancel); });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        told = Clock::now();
        cancel = true;
        searcher.join();
        latency.push_back(seconds(told));
    }
    const double ms = median(latency) * 1e3;
    printRow(QStringLiteral("cancel a whole-process search (median; max %1 ms)")
                 .arg(*std::max_element(latency.begin(), latency.end()) * 1e3, 0, 'f', 1),
        QStringLiteral("%1 ms").arg(ms, 0, 'f', 1), QStringLiteral("its budget: 100 ms"), ms / 100, "<= 100 ms",
        ms <= 100);
    return rc;
}

} // namespace procglass::bench
