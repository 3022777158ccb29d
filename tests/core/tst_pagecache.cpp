// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/pagecache.h"

#include <QTest>

using namespace procglass;

namespace {
PageCache::Page page(Address base, char fill)
{
    return { base, QByteArray(qsizetype(PageCache::kPageBytes), fill), {} };
}
} // namespace

class TestPageCache : public QObject
{
    Q_OBJECT
private slots:
    void findsPagesByAnyAddressInside()
    {
        PageCache cache;
        cache.insert(page(0x7f0000010000, 'a'));
        QVERIFY(cache.find(0x7f0000010000));
        QVERIFY(cache.find(0x7f000001ffff));
        QCOMPARE(cache.find(0x7f0000012345)->bytes.at(0x2345), 'a');
        QVERIFY(!cache.find(0x7f0000020000));
        QVERIFY(!cache.find(0x7f000000ffff));
    }

    void staysUnderItsCapEvictingLeastRecentlyUsed()
    {
        PageCache cache(4 * PageCache::kPageBytes);
        for (int i = 0; i < 4; ++i)
            cache.insert(page(Address(i) * PageCache::kPageBytes, char('0' + i)));
        QVERIFY(cache.find(0)); // page 0 is now the most recently used
        cache.insert(page(4 * PageCache::kPageBytes, '4'));
        QCOMPARE(cache.pageCount(), size_t(4));
        QVERIFY(cache.memoryUsed() <= cache.capacity());
        QVERIFY(cache.find(0));
        QVERIFY(!cache.find(PageCache::kPageBytes)); // page 1 was the least recently used
        cache.setCapacity(2 * PageCache::kPageBytes);
        QCOMPARE(cache.pageCount(), size_t(2));
    }

    void capHoldsWhileScrollingThroughTwoGiB()
    {
        PageCache cache; // 64 MiB
        for (Address a = 0; a < (2ull << 30); a += PageCache::kPageBytes) {
            cache.insert({ a, QByteArray(), {} });
            QVERIFY(cache.memoryUsed() <= PageCache::kDefaultCapacity);
        }
        QCOMPARE(cache.memoryUsed(), PageCache::kDefaultCapacity);
    }

    void replacingAPageKeepsOneCopy()
    {
        PageCache cache;
        cache.insert(page(0x10000, 'a'));
        cache.insert({ 0x10000, QByteArray(qsizetype(PageCache::kPageBytes), 'b'), { { 0x10000, 0x11000 } } });
        QCOMPARE(cache.pageCount(), size_t(1));
        const PageCache::Page* p = cache.find(0x10000);
        QCOMPARE(p->bytes.at(0x1000), 'b');
        QVERIFY(!p->isReadable(0x10fff));
        QVERIFY(p->isReadable(0x11000));
    }
};

QTEST_GUILESS_MAIN(TestPageCache)
#include "tst_pagecache.moc"
