// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/mapsparser.h"

#include <QTest>

using namespace procglass;

class TestMapsParser : public QObject
{
    Q_OBJECT
private slots:
    void parsesEveryField_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<quint64>("start");
        QTest::addColumn<quint64>("end");
        QTest::addColumn<QString>("perms");
        QTest::addColumn<quint64>("offset");
        QTest::addColumn<quint32>("major");
        QTest::addColumn<quint32>("minor");
        QTest::addColumn<quint64>("inode");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("deleted");

        QTest::newRow("library text") << QByteArray("7f1c2a428000-7f1c2a5bd000 r-xp 00028000 fe:01 1835073             "
                                                    "       /usr/lib/x86_64-linux-gnu/libc.so.6")
                                      << quint64(0x7f1c2a428000) << quint64(0x7f1c2a5bd000) << QStringLiteral("r-xp")
                                      << quint64(0x28000) << 0xfeu << 1u << quint64(1835073)
                                      << QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6") << false;
        QTest::newRow("anonymous, no path")
            << QByteArray("7f1c2a600000-7f1c2a60d000 rw-p 00000000 00:00 0 ") << quint64(0x7f1c2a600000)
            << quint64(0x7f1c2a60d000) << QStringLiteral("rw-p") << quint64(0) << 0u << 0u << quint64(0) << QString()
            << false;
        QTest::newRow("no trailing space")
            << QByteArray("1000-2000 ---p 00000000 00:00 0") << quint64(0x1000) << quint64(0x2000)
            << QStringLiteral("---p") << quint64(0) << 0u << 0u << quint64(0) << QString() << false;
        QTest::newRow("path with spaces")
            << QByteArray("7f0000000000-7f0000001000 r--p 00000000 08:02 42     /home/a user/my file.bin")
            << quint64(0x7f0000000000) << quint64(0x7f0000001000) << QStringLiteral("r--p") << quint64(0) << 8u << 2u
            << quint64(42) << QStringLiteral("/home/a user/my file.bin") << false;
        QTest::newRow("deleted file") << QByteArray(
            "7f0000000000-7f0000003000 r--p 00000000 00:1f 99 /tmp/scratch (deleted)")
                                      << quint64(0x7f0000000000) << quint64(0x7f0000003000) << QStringLiteral("r--p")
                                      << quint64(0) << 0u << 0x1fu << quint64(99) << QStringLiteral("/tmp/scratch")
                                      << true;
        QTest::newRow("file named like (deleted) only")
            << QByteArray("1000-2000 r--p 00000000 08:01 7 (deleted)") << quint64(0x1000) << quint64(0x2000)
            << QStringLiteral("r--p") << quint64(0) << 8u << 1u << quint64(7) << QStringLiteral("(deleted)") << false;
        QTest::newRow("memfd shared") << QByteArray(
            "7f0000000000-7f0000100000 rw-s 00000000 00:01 2051 /memfd:wayland-shm (deleted)")
                                      << quint64(0x7f0000000000) << quint64(0x7f0000100000) << QStringLiteral("rw-s")
                                      << quint64(0) << 0u << 1u << quint64(2051) << QStringLiteral("/memfd:wayland-shm")
                                      << true;
        QTest::newRow("SYSV") << QByteArray(
            "7f0000000000-7f0000010000 rw-s 00000000 00:01 32769 /SYSV00000000 (deleted)")
                              << quint64(0x7f0000000000) << quint64(0x7f0000010000) << QStringLiteral("rw-s")
                              << quint64(0) << 0u << 1u << quint64(32769) << QStringLiteral("/SYSV00000000") << true;
        QTest::newRow("anon name") << QByteArray("7f0000000000-7f0000010000 rw-p 00000000 00:00 0 [anon:libc_malloc]")
                                   << quint64(0x7f0000000000) << quint64(0x7f0000010000) << QStringLiteral("rw-p")
                                   << quint64(0) << 0u << 0u << quint64(0) << QStringLiteral("[anon:libc_malloc]")
                                   << false;
        QTest::newRow("vsyscall") << QByteArray(
            "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]")
                                  << quint64(0xffffffffff600000) << quint64(0xffffffffff601000)
                                  << QStringLiteral("--xp") << quint64(0) << 0u << 0u << quint64(0)
                                  << QStringLiteral("[vsyscall]") << false;
        QTest::newRow("escaped newline") << QByteArray("1000-2000 r--p 00000000 08:01 7 /tmp/a\\012b")
                                         << quint64(0x1000) << quint64(0x2000) << QStringLiteral("r--p") << quint64(0)
                                         << 8u << 1u << quint64(7) << QStringLiteral("/tmp/a\\012b") << false;
        QTest::newRow("large offset and device")
            << QByteArray("1000-2000 r--p 7fffffff000 103:0a 18446744073709551615 /dev/x") << quint64(0x1000)
            << quint64(0x2000) << QStringLiteral("r--p") << quint64(0x7fffffff000) << 0x103u << 0xau
            << quint64(18446744073709551615ull) << QStringLiteral("/dev/x") << false;
    }

    void parsesEveryField()
    {
        QFETCH(QByteArray, line);
        const ParsedMaps parsed = parseMaps(std::string_view(line.constData(), size_t(line.size())));
        QVERIFY2(parsed.errors.empty(), parsed.errors.empty() ? "" : qPrintable(parsed.errors[0].reason));
        QCOMPARE(parsed.regions.size(), size_t(1));
        const Region& r = parsed.regions[0];
        QTEST(r.range.start, "start");
        QTEST(r.range.end, "end");
        QTEST(r.perms.toString(), "perms");
        QTEST(r.offset, "offset");
        QTEST(r.devMajor, "major");
        QTEST(r.devMinor, "minor");
        QTEST(r.inode, "inode");
        QTEST(r.path, "path");
        QTEST(r.deleted, "deleted");
    }

    // Paths are kept as the kernel prints them (a newline as \012), and so are shown that way
    // everywhere; what the kernel leaves raw but would break a line, rewrite a terminal or pass for
    // other text is written the kernel's way too (issue 14, finding 9).
    void pathsArePrintable_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("/usr/lib/libc.so.6") << QStringLiteral("/usr/lib/libc.so.6");
        QTest::newRow("kernel's newline") << QByteArray("/tmp/a\\012b") << QStringLiteral("/tmp/a\\012b");
        QTest::newRow("backslash stays") << QByteArray("/tmp/a\\b\\") << QStringLiteral("/tmp/a\\b\\");
        QTest::newRow("tab") << QByteArray("/tmp/a\tb") << QStringLiteral("/tmp/a\\011b");
        QTest::newRow("carriage return") << QByteArray("/tmp/a\rb") << QStringLiteral("/tmp/a\\015b");
        QTest::newRow("escape sequence") << QByteArray("/tmp/\x1b[2J") << QStringLiteral("/tmp/\\033[2J");
        QTest::newRow("delete") << QByteArray("/tmp/\x7f") << QStringLiteral("/tmp/\\177");
        QTest::newRow("UTF-8 stays") << QByteArray("/tmp/gr\xc3\xbc\xc3\x9f"
                                                   "e")
                                     << QStringLiteral("/tmp/grüße");
        QTest::newRow("not UTF-8") << QByteArray("/tmp/\xff\xc3") << QStringLiteral("/tmp/\\377\\303");
        QTest::newRow("overlong") << QByteArray("/tmp/\xc0\xaf") << QStringLiteral("/tmp/\\300\\257");
        QTest::newRow("C1 NEL") << QByteArray("/tmp/a\xc2\x85") << QStringLiteral("/tmp/a\\302\\205");
        QTest::newRow("line separator") << QByteArray("/tmp/a\xe2\x80\xa8") << QStringLiteral("/tmp/a\\342\\200\\250");
        QTest::newRow("bidi override") << QByteArray("/tmp/\xe2\x80\xaeos.so")
                                       << QStringLiteral("/tmp/\\342\\200\\256os.so");
    }

    void pathsArePrintable()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, shown);
        const QByteArray line = "1000-2000 r--p 00000000 08:01 7 " + raw + "\n";
        const ParsedMaps parsed = parseMaps(std::string_view(line.constData(), size_t(line.size())));
        QCOMPARE(parsed.regions.size(), size_t(1));
        QCOMPARE(parsed.regions[0].path, shown);
        QCOMPARE(printablePath(raw), shown);
        for (QChar c : shown)
            QVERIFY(c.isPrint() || c == u' ');
        // Back to the bytes, but for the kernel's own \012, which could stand for either.
        if (!raw.contains("\\"))
            QCOMPARE(unescapePath(shown), raw);
    }

    void unescapesPaths()
    {
        QCOMPARE(unescapePath(u"/tmp/a\\012b"), QByteArray("/tmp/a\nb"));
        QCOMPARE(unescapePath(u"/tmp/\\377x"), QByteArray("/tmp/\xffx"));
        QCOMPARE(unescapePath(u"/tmp/\\9\\01"), QByteArray("/tmp/\\9\\01")); // not three octal digits
        QCOMPARE(unescapePath(u"/tmp/\\400"), QByteArray("/tmp/\\400")); // more than a byte
        QCOMPARE(unescapePath(u"/tmp/\u00fc"), QByteArray("/tmp/\xc3\xbc"));
    }

    void reportsMalformedLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty range") << QByteArray("garbage") << QStringLiteral("address range");
        QTest::newRow("missing end") << QByteArray("1000- r--p 0 00:00 0") << QStringLiteral("address range");
        QTest::newRow("end before start") << QByteArray("2000-1000 r--p 0 00:00 0") << QStringLiteral("ends before");
        QTest::newRow("bad perms") << QByteArray("1000-2000 rwz 0 00:00 0") << QStringLiteral("permissions");
        QTest::newRow("bad perms letter") << QByteArray("1000-2000 r-xq 0 00:00 0") << QStringLiteral("permissions");
        QTest::newRow("bad offset") << QByteArray("1000-2000 r--p zz 00:00 0") << QStringLiteral("offset");
        QTest::newRow("bad device") << QByteArray("1000-2000 r--p 0 0000 0") << QStringLiteral("device");
        QTest::newRow("bad inode") << QByteArray("1000-2000 r--p 0 00:00 x /a") << QStringLiteral("inode");
        QTest::newRow("truncated") << QByteArray("1000-2000 r--p") << QStringLiteral("offset");
        QTest::newRow("overflowing address")
            << QByteArray("1ffffffffffffffff-2 r--p 0 00:00 0") << QStringLiteral("address range");
        QTest::newRow("binary junk") << QByteArray("\x01\x02\xff\xfe-\x80", 6) << QStringLiteral("address range");
    }

    void reportsMalformedLines()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reasonContains);
        // The bad line sits between two good ones: both good ones survive, the bad one is reported.
        const QByteArray text = "1000-2000 r--p 00000000 00:00 0\n" + line + "\n3000-4000 rw-p 00000000 00:00 0\n";
        const ParsedMaps parsed = parseMaps(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(parsed.regions.size(), size_t(2));
        QCOMPARE(parsed.errors.size(), size_t(1));
        QCOMPARE(parsed.errors[0].line, 2);
        QVERIFY2(parsed.errors[0].reason.contains(reasonContains), qPrintable(parsed.errors[0].reason));
    }

    void classifiesKinds()
    {
        const char* text = R"(55d0c0a00000-55d0c0a02000 r--p 00000000 fe:01 100 /usr/bin/demo
55d0c0a02000-55d0c0a05000 r-xp 00002000 fe:01 100 /usr/bin/demo
55d0c0a05000-55d0c0a06000 r--p 00005000 fe:01 100 /usr/bin/demo
55d0c0a06000-55d0c0a07000 rw-p 00006000 fe:01 100 /usr/bin/demo
55d0c0a07000-55d0c0a08000 rw-p 00000000 00:00 0 
55d0c1000000-55d0c1021000 rw-p 00000000 00:00 0                          [heap]
7f0000000000-7f0000001000 ---p 00000000 00:00 0 
7f0000001000-7f0000801000 rw-p 00000000 00:00 0 
7f1000000000-7f1000100000 r--p 00000000 fe:01 200 /usr/lib/locale/locale-archive
7f2000000000-7f2000028000 r--p 00000000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f2000028000-7f20001bd000 r-xp 00028000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f20001bd000-7f2000215000 r--p 001bd000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f2000215000-7f2000216000 ---p 00215000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f2000216000-7f200021a000 r--p 00215000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f200021a000-7f200021c000 rw-p 00219000 fe:01 300 /usr/lib/x86_64-linux-gnu/libc.so.6
7f200021c000-7f2000229000 rw-p 00000000 00:00 0 
7f3000000000-7f3000100000 rw-s 00000000 00:19 400 /dev/shm/pulse-shm-1
7f3100000000-7f3100010000 rw-p 00000000 00:00 0 [anon:scudo]
7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]
7ffc00100000-7ffc00104000 r--p 00000000 00:00 0                          [vvar]
7ffc00104000-7ffc00106000 r-xp 00000000 00:00 0                          [vdso]
ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
)";
        ParsedMaps parsed = parseMaps(text);
        QVERIFY(parsed.errors.empty());
        ClassifyHints hints;
        hints.executablePath = QStringLiteral("/usr/bin/demo");
        hints.threadStackPointers = { 0x7f0000800f00 };
        classifyRegions(parsed.regions, hints);
        QStringList got;
        for (const Region& r : parsed.regions) {
            QString k = regionKindId(r.kind);
            if (r.segment != ImageSegment::None)
                k += u'/' + imageSegmentId(r.segment);
            got << k;
        }
        const QStringList expected {
            QStringLiteral("executable/rodata"),
            QStringLiteral("executable/text"),
            QStringLiteral("executable/rodata"),
            QStringLiteral("executable/data"),
            QStringLiteral("executable/bss"),
            QStringLiteral("heap"),
            QStringLiteral("guard"),
            QStringLiteral("thread-stack"),
            QStringLiteral("file"),
            QStringLiteral("library/rodata"),
            QStringLiteral("library/text"),
            QStringLiteral("library/rodata"),
            QStringLiteral("guard"),
            QStringLiteral("library/rodata"),
            QStringLiteral("library/data"),
            QStringLiteral("library/bss"),
            QStringLiteral("shared"),
            QStringLiteral("anonymous"),
            QStringLiteral("stack"),
            QStringLiteral("vvar"),
            QStringLiteral("vdso"),
            QStringLiteral("vsyscall"),
        };
        QCOMPARE(got, expected);

        // Without hints the executable is just another image, and the thread stack plain anonymous memory.
        classifyRegions(parsed.regions, {});
        QCOMPARE(regionKindId(parsed.regions[1].kind), QStringLiteral("library"));
        QCOMPARE(regionKindId(parsed.regions[7].kind), QStringLiteral("anonymous"));
    }

    // A reader refills one buffer and feeds what it holds: lines cut anywhere (in a number, in a path,
    // right before a newline), the same path across two pieces, a bad line and a last line without
    // a newline all come out as parseMaps of the whole text says.
    void parsesTextFedInPieces()
    {
        const std::string text = "1000-2000 r--p 00000000 fe:01 100 /usr/lib/libdemo.so\n"
                                 "2000-3000 r-xp 00001000 fe:01 100 /usr/lib/libdemo.so\n"
                                 "3000-4000 rw-p 00002000 fe:01 100 /usr/lib/libdemo.so (deleted)\n"
                                 "\n"
                                 "garbage line\n"
                                 "4000-5000 rw-p 00000000 00:00 0 \n"
                                 "5000-6000 rw-p 00000000 00:00 0          /tmp/a\x1b[2Jb\n"
                                 "6000-7000 rw-p 00000000 00:00 0                          [heap]";
        const ParsedMaps whole = parseMaps(text);
        QCOMPARE(whole.regions.size(), size_t(6));
        QCOMPARE(whole.errors.size(), size_t(1));
        for (size_t piece = 1; piece <= text.size(); ++piece) {
            MapsParser parser;
            std::string held;
            for (size_t at = 0; at < text.size(); at += piece) {
                held += text.substr(at, piece);
                const size_t done = parser.addLines(held);
                held.erase(0, done);
            }
            const ParsedMaps got = parser.finish(held);
            QCOMPARE(got.regions.size(), whole.regions.size());
            for (size_t i = 0; i < got.regions.size(); ++i) {
                const Region& a = got.regions[i];
                const Region& b = whole.regions[i];
                QVERIFY2(a.range == b.range && a.perms == b.perms && a.offset == b.offset && a.inode == b.inode
                        && a.path == b.path && a.deleted == b.deleted && a.kind == b.kind && a.segment == b.segment,
                    qPrintable(QStringLiteral("pieces of %1 bytes, region %2: %3").arg(piece).arg(i).arg(a.path)));
            }
            QCOMPARE(got.errors.size(), size_t(1));
            QCOMPARE(got.errors[0].line, whole.errors[0].line);
            QCOMPARE(got.errors[0].text, whole.errors[0].text);
        }
        QCOMPARE(whole.regions[0].path, QStringLiteral("/usr/lib/libdemo.so"));
        QVERIFY(whole.regions[2].deleted);
        QCOMPARE(whole.regions[4].path, QStringLiteral("/tmp/a\\033[2Jb"));
        QCOMPARE(whole.regions[5].kind, RegionKind::Heap);
        QCOMPARE(whole.errors[0].line, 5);
    }

    void kindIdsRoundTrip()
    {
        for (int i = 0; i < regionKindCount(); ++i) {
            RegionKind k {};
            QVERIFY(regionKindFromId(regionKindId(RegionKind(i)), &k));
            QCOMPARE(int(k), i);
        }
        RegionKind k {};
        QVERIFY(!regionKindFromId(u"nonsense", &k));
    }

    void findsRegionByAddress()
    {
        const ParsedMaps parsed = parseMaps("1000-2000 r--p 0 00:00 0\n3000-5000 r--p 0 00:00 0\n");
        QCOMPARE(findRegion(parsed.regions, 0xfff), -1);
        QCOMPARE(findRegion(parsed.regions, 0x1000), 0);
        QCOMPARE(findRegion(parsed.regions, 0x1fff), 0);
        QCOMPARE(findRegion(parsed.regions, 0x2000), -1);
        QCOMPARE(findRegion(parsed.regions, 0x4fff), 1);
        QCOMPARE(findRegion(parsed.regions, 0x5000), -1);
    }

    // What a process opens on: the program's code, else its heap, else the first mapping.
    void opensOnTheProgramsCodeOrHeap()
    {
        auto region = [](RegionKind kind, ImageSegment segment, bool execute) {
            Region r;
            r.kind = kind;
            r.segment = segment;
            r.perms.read = true;
            r.perms.execute = execute;
            return r;
        };
        const Region data = region(RegionKind::Executable, ImageSegment::ReadOnlyData, false);
        const Region code = region(RegionKind::Executable, ImageSegment::Text, true);
        const Region heap = region(RegionKind::Heap, ImageSegment::None, false);
        const Region lib = region(RegionKind::Library, ImageSegment::Text, true);
        QCOMPARE(openingRegion({ data, code, heap, lib }), 1);
        // Segments unknown (program headers unreadable): its executable mapping.
        QCOMPARE(openingRegion({ data, region(RegionKind::Executable, ImageSegment::None, true), heap }), 1);
        QCOMPARE(openingRegion({ lib, heap }), 1); // no executable of its own mapped (a bundle of a part)
        QCOMPARE(openingRegion({ lib }), 0);
        QCOMPARE(openingRegion({}), -1);
    }
};

QTEST_GUILESS_MAIN(TestMapsParser)
#include "tst_mapsparser.moc"
