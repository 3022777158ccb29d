// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/addressspec.h"
#include "core/parse/mapsparser.h"
#include "core/teach/bookmarks.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace procglass;

class TestBookmarks : public QObject
{
    Q_OBJECT
    std::vector<Region> regionsAt(Address libcBase, Address heapBase)
    {
        const QString text = QStringLiteral("%1-%2 rw-p 00000000 00:00 0 [heap]\n"
                                            "%3-%4 r--p 00000000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                                            "%4-%5 r-xp 00028000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                                            "7f9000000000-7f9000010000 rw-p 00000000 00:00 0 \n")
                                 .arg(heapBase, 0, 16)
                                 .arg(heapBase + 0x21000, 0, 16)
                                 .arg(libcBase, 0, 16)
                                 .arg(libcBase + 0x28000, 0, 16)
                                 .arg(libcBase + 0x1bd000, 0, 16);
        const QByteArray bytes = text.toLatin1();
        return parseMaps(std::string_view(bytes.constData(), size_t(bytes.size()))).regions;
    }

private slots:
    void describedAddressesSurviveAddressSpaceRandomisation()
    {
        const auto firstRun = regionsAt(0x7f2000000000, 0x55d0c1000000);
        const auto secondRun = regionsAt(0x7f3400000000, 0x5611aa000000);
        for (const auto& [address, described] :
            { std::pair { Address(0x7f2000029000), QStringLiteral("libc.so.6+0x29000") },
                std::pair { Address(0x55d0c1000010), QStringLiteral("[heap]+0x10") } }) {
            QCOMPARE(describeAddress(address, firstRun), described);
            auto again = resolveAddress(described, secondRun);
            QVERIFY(again.ok());
            QVERIFY(findRegion(secondRun, *again) >= 0);
            QCOMPARE(describeAddress(*again, secondRun), described);
        }
        // Anonymous memory has no stable name: its place in this run, in the one location syntax.
        QCOMPARE(describeAddress(0x7f9000000100, firstRun), QStringLiteral("anon@7f9000000000+0x100"));
        QCOMPARE(*resolveAddress(u"anon@7f9000000000+0x100", secondRun), Address(0x7f9000000100));
        QCOMPARE(describeAddress(0x1000, firstRun), QStringLiteral("0x1000"));
    }

    void storeKeepsBookmarksPerExecutable()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("bookmarks.ini")), QSettings::IniFormat);
        {
            BookmarkStore store(settings, QStringLiteral("/usr/bin/demo"));
            store.add({ QStringLiteral("counter"), QStringLiteral("demo+0x4010") });
            store.add({ QStringLiteral("buffer"), QStringLiteral("[heap]+0x2a0") });
            store.add({ QStringLiteral("counter"), QStringLiteral("demo+0x4018") }); // same name: replaced
        }
        BookmarkStore again(settings, QStringLiteral("/usr/bin/demo"));
        QCOMPARE(again.bookmarks().size(), 2);
        QCOMPARE(again.bookmarks().at(1), (Bookmark { QStringLiteral("counter"), QStringLiteral("demo+0x4018") }));
        BookmarkStore other(settings, QStringLiteral("/usr/bin/other"));
        QVERIFY(other.bookmarks().isEmpty());
        again.remove(QStringLiteral("buffer"));
        QCOMPARE(BookmarkStore(settings, QStringLiteral("/usr/bin/demo")).bookmarks().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
