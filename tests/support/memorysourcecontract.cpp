// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "memorysourcecontract.h"

#include "fixture.h"

#include <QTest>

#include <cstring>
#include <thread>

namespace procglass::test {

namespace {
std::vector<std::byte> filled(size_t n, int value)
{
    return std::vector<std::byte>(n, std::byte(value));
}

// The unreadable bytes of a read must be zero, whatever the buffer held before.
ReadResult readInto(MemorySource& s, Address a, std::vector<std::byte>& buf)
{
    std::fill(buf.begin(), buf.end(), std::byte(0xcc));
    return s.read(a, buf);
}
} // namespace

void MemorySourceContract::initTestCase()
{
    m_layout = createLayout();
    QVERIFY(m_layout.source);
}

void MemorySourceContract::regionsAreSortedAndDisjoint()
{
    auto regions = m_layout.source->regions();
    QVERIFY2(regions.ok(), qPrintable(regions.ok() ? QString() : regions.error().message));
    QVERIFY(!regions->empty());
    for (size_t i = 0; i < regions->size(); ++i) {
        QVERIFY((*regions)[i].range.start < (*regions)[i].range.end);
        if (i > 0)
            QVERIFY((*regions)[i - 1].range.end <= (*regions)[i].range.start);
    }
    QVERIFY(findRegion(*regions, m_layout.random.start) >= 0);
    QCOMPARE(findRegion(*regions, m_layout.hole + kPageSize), -1);
}

void MemorySourceContract::readsWholeRegion()
{
    const auto expected = randomBytes(m_layout.seed, m_layout.random.size());
    std::vector<std::byte> buf(expected.size());
    const ReadResult r = readInto(*m_layout.source, m_layout.random.start, buf);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY(r.complete());
    QCOMPARE(r.bytesRead, m_layout.random.size());
    QVERIFY(buf == expected);
}

void MemorySourceContract::readsAcrossPageAndChunkBoundaries_data()
{
    QTest::addColumn<quint64>("offset");
    QTest::addColumn<quint64>("length");
    constexpr quint64 MiB = 1 << 20;
    QTest::newRow("first byte") << quint64(0) << quint64(1);
    QTest::newRow("across a page boundary") << kPageSize - 3 << quint64(6);
    QTest::newRow("exactly one page") << kPageSize << kPageSize;
    QTest::newRow("across the 1 MiB chunk boundary") << MiB - 5 << quint64(10);
    QTest::newRow("one chunk and one byte") << quint64(0) << MiB + 1;
    QTest::newRow("unaligned, several chunks") << quint64(12345) << 3 * MiB + 777;
    QTest::newRow("last byte") << quint64(8 * MiB - 1) << quint64(1);
}

void MemorySourceContract::readsAcrossPageAndChunkBoundaries()
{
    QFETCH(quint64, offset);
    QFETCH(quint64, length);
    QVERIFY(offset + length <= m_layout.random.size());
    const auto all = randomBytes(m_layout.seed, offset + length);
    std::vector<std::byte> buf(length);
    const ReadResult r = readInto(*m_layout.source, m_layout.random.start + offset, buf);
    QVERIFY(r.complete());
    QCOMPARE(r.bytesRead, length);
    QVERIFY(std::equal(buf.begin(), buf.end(), all.begin() + qsizetype(offset)));
}

void MemorySourceContract::readsPageWithoutReadPermission()
{
    // A PROT_NONE page is still memory: the kernel lets a tracer read it through /proc/PID/mem.
    if (m_layout.guard == 0)
        QSKIP("this source keeps no bytes of mappings without read permission");
    std::vector<std::byte> buf(3 * kPageSize);
    const ReadResult r = readInto(*m_layout.source, m_layout.guard, buf);
    QVERIFY2(!r.error, qPrintable(r.error.message));
    QVERIFY(r.complete());
    QCOMPARE(r.bytesRead, 3 * kPageSize);
    for (int page = 0; page < 3; ++page) {
        const auto expected = filled(kPageSize, 0xa0 + page);
        QVERIFY2(std::equal(expected.begin(), expected.end(), buf.begin() + page * qsizetype(kPageSize)),
            qPrintable(QStringLiteral("page %1").arg(page)));
    }
}

void MemorySourceContract::reportsHoleBetweenMappings()
{
    // From 10 bytes before the hole to 10 bytes after it.
    const Address start = m_layout.hole + kPageSize - 10;
    std::vector<std::byte> buf(kPageSize + 20);
    const ReadResult r = readInto(*m_layout.source, start, buf);
    QVERIFY(!r.error);
    QCOMPARE(r.bytesRead, quint64(20));
    QCOMPARE(r.unreadable.size(), size_t(1));
    QCOMPARE(r.unreadable[0], (AddressRange { m_layout.hole + kPageSize, m_layout.hole + 2 * kPageSize }));
    for (size_t i = 0; i < buf.size(); ++i) {
        const int want = i < 10 ? 0xb0 : (i >= kPageSize + 10 ? 0xb2 : 0);
        QVERIFY2(buf[i] == std::byte(want), qPrintable(QStringLiteral("byte %1 is %2").arg(i).arg(int(buf[i]))));
    }
}

void MemorySourceContract::reportsUnreadablePagesInsideMapping()
{
    std::vector<std::byte> buf(3 * kPageSize);
    const ReadResult r = readInto(*m_layout.source, m_layout.fileMap, buf);
    QVERIFY(!r.error);
    QCOMPARE(r.bytesRead, kPageSize);
    QCOMPARE(r.unreadable.size(), size_t(1));
    QCOMPARE(r.unreadable[0], (AddressRange { m_layout.fileMap + kPageSize, m_layout.fileMap + 3 * kPageSize }));
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(buf.data()), 22), QByteArray("PROCGLASS-FILE-MAPPING"));
    QCOMPARE(buf[100], std::byte(100 * 7 + 3));
    QVERIFY(std::all_of(buf.begin() + qsizetype(kPageSize), buf.end(), [](std::byte b) { return b == std::byte(0); }));
}

void MemorySourceContract::reportsUnmappedAddress()
{
    std::vector<std::byte> buf(100);
    const ReadResult r = readInto(*m_layout.source, 0x1000, buf);
    QVERIFY(!r.error);
    QCOMPARE(r.bytesRead, quint64(0));
    QCOMPARE(r.unreadable.size(), size_t(1));
    QCOMPARE(r.unreadable[0], (AddressRange { 0x1000, 0x1064 }));
}

void MemorySourceContract::zeroLengthReadSucceeds()
{
    const ReadResult r = m_layout.source->read(m_layout.random.start, {});
    QVERIFY(r.complete());
    QCOMPARE(r.bytesRead, quint64(0));
}

void MemorySourceContract::rejectsRangePastEndOfAddressSpace()
{
    std::vector<std::byte> buf(100);
    const ReadResult r = m_layout.source->read(~quint64(0) - 10, buf);
    QCOMPARE(r.error.kind, ErrorKind::InvalidArgument);
}

void MemorySourceContract::readsTheLastPageOfTheAddressSpace()
{
    // Arithmetic near 2^64 must not wrap: nothing is mapped up there for a user process.
    for (const Address a : { Address(0xfffffffffffff000), Address(0xffffffffffffff00), Address(0xfffffffffff00000) }) {
        std::vector<std::byte> buf(size_t(std::min<quint64>(0x100000, ~quint64(0) - a)));
        const ReadResult r = readInto(*m_layout.source, a, buf);
        QVERIFY(!r.error);
        QCOMPARE(r.bytesRead, quint64(0));
        QCOMPARE(r.unreadable.size(), size_t(1));
        QCOMPARE(r.unreadable[0], (AddressRange { a, a + buf.size() }));
    }
}

void MemorySourceContract::readsFromSeveralThreadsAtOnce()
{
    const quint64 size = 2 << 20;
    const auto expected = randomBytes(m_layout.seed, size);
    bool ok[4] = {};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            std::vector<std::byte> buf(size);
            bool good = true;
            for (int i = 0; i < 5 && good; ++i) {
                const ReadResult r = m_layout.source->read(m_layout.random.start, buf);
                good = r.complete() && buf == expected;
            }
            ok[t] = good;
        });
    }
    for (auto& th : threads)
        th.join();
    QVERIFY(ok[0] && ok[1] && ok[2] && ok[3]);
}

} // namespace procglass::test
