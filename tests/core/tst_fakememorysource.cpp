// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The MemorySource contract run against the in-memory fake, built with the fixture's layout.
#include "fakememorysource.h"
#include "fixture.h"
#include "memorysourcecontract.h"

#include <QTest>

using namespace procglass;
using namespace procglass::test;

namespace {
Region makeRegion(Address start, quint64 size, Permissions perms)
{
    Region r;
    r.range = { start, start + size };
    r.perms = perms;
    return r;
}

QByteArray bytes(const std::vector<std::byte>& v)
{
    return QByteArray(reinterpret_cast<const char*>(v.data()), qsizetype(v.size()));
}
} // namespace

class TestFakeMemorySource : public MemorySourceContract
{
    Q_OBJECT
protected:
    ContractLayout createLayout() override
    {
        auto fake = std::make_shared<FakeMemorySource>();
        const Permissions rw { true, true, false, false };
        const Permissions none {};
        ContractLayout l;
        l.seed = 0x5eed;
        l.random = { 0x7f0000000000, 0x7f0000000000 + (8 << 20) };
        fake->addSegment(makeRegion(l.random.start, l.random.size(), rw), bytes(randomBytes(l.seed, l.random.size())));
        l.guard = 0x7f1000000000;
        fake->addSegment(makeRegion(l.guard, kPageSize, rw), QByteArray(kPageSize, char(0xa0)));
        fake->addSegment(makeRegion(l.guard + kPageSize, kPageSize, none), QByteArray(kPageSize, char(0xa1)));
        fake->addSegment(makeRegion(l.guard + 2 * kPageSize, kPageSize, rw), QByteArray(kPageSize, char(0xa2)));
        l.hole = 0x7f2000000000;
        fake->addSegment(makeRegion(l.hole, kPageSize, rw), QByteArray(kPageSize, char(0xb0)));
        fake->addSegment(makeRegion(l.hole + 2 * kPageSize, kPageSize, rw), QByteArray(kPageSize, char(0xb2)));
        l.fileMap = 0x7f3000000000;
        QByteArray file(3 * kPageSize, 0);
        for (quint64 i = 0; i < kPageSize; ++i)
            file[qsizetype(i)] = char(i * 7 + 3);
        file.replace(0, 22, "PROCGLASS-FILE-MAPPING");
        fake->addSegment(makeRegion(l.fileMap, 3 * kPageSize, { true, false, false, false }), file);
        fake->addUnreadable({ l.fileMap + kPageSize, l.fileMap + 3 * kPageSize });
        l.source = fake;
        return l;
    }

private slots:
    // Beyond the contract: the fake's own knobs, which other tests rely on.
    void injectedErrorFailsEveryCall()
    {
        auto fake = std::static_pointer_cast<FakeMemorySource>(m_layout.source);
        fake->injectError(makeError(ErrorKind::Exited, QStringLiteral("gone")));
        std::vector<std::byte> buf(16);
        QCOMPARE(fake->read(m_layout.random.start, buf).error.kind, ErrorKind::Exited);
        QCOMPARE(fake->regions().error().kind, ErrorKind::Exited);
        fake->injectError({});
        QVERIFY(fake->read(m_layout.random.start, buf).complete());
    }
};

QTEST_GUILESS_MAIN(TestFakeMemorySource)
#include "tst_fakememorysource.moc"
