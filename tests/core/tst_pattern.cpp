// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/pattern.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>
#include <regex>
#include <string>

using namespace procglass;

namespace {
std::vector<size_t> findAll(const SearchPattern& p, const QByteArray& data)
{
    std::vector<size_t> hits;
    p.scan(std::as_bytes(std::span(data.constData(), size_t(data.size()))), [&](size_t off, size_t) {
        hits.push_back(off);
        return true;
    });
    return hits;
}

template <typename T> QByteArray bytesOf(T v)
{
    return QByteArray(reinterpret_cast<const char*>(&v), sizeof v);
}
} // namespace

class TestPattern : public QObject
{
    Q_OBJECT
private slots:
    void hexWithWildcards_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<std::vector<size_t>>("hits");
        const QByteArray data = QByteArray::fromHex("00486565 6c6c6f48 61 6c6c6f 4f");
        QTest::newRow("exact") << QStringLiteral("48 65") << data << std::vector<size_t> { 1 };
        QTest::newRow("no spaces") << QStringLiteral("6c6c6f") << data << std::vector<size_t> { 4, 9 };
        QTest::newRow("byte wildcard") << QStringLiteral("48 ?? 6c") << data << std::vector<size_t> { 7 };
        QTest::newRow("nibble wildcard") << QStringLiteral("4?") << data << std::vector<size_t> { 1, 7, 12 };
        QTest::newRow("low nibble wildcard") << QStringLiteral("?f") << data << std::vector<size_t> { 6, 11, 12 };
        QTest::newRow("leading wildcard") << QStringLiteral("?? 6c 6f") << data << std::vector<size_t> { 4, 9 };
        QTest::newRow("overlapping") << QStringLiteral("6c") << data << std::vector<size_t> { 4, 5, 9, 10 };
        QTest::newRow("at the very end") << QStringLiteral("6f 4f") << data << std::vector<size_t> { 11 };
        QTest::newRow("longer than data")
            << QStringLiteral("00 11 22 33 44 55 66 77 88 99 aa bb cc dd") << data << std::vector<size_t> {};
    }

    void hexWithWildcards()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, data);
        auto p = SearchPattern::hex(pattern);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QTEST(findAll(*p, data), "hits");
    }

    void badPatternsSayWhatAndWhere_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");
        QTest::newRow("hex letter") << QStringLiteral("hex") << QStringLiteral("48 6g")
                                    << QStringLiteral("'g' at position 5 is not a hex digit");
        QTest::newRow("hex half byte") << QStringLiteral("hex") << QStringLiteral("48 6 65")
                                       << QStringLiteral("position 4 has no partner");
        QTest::newRow("hex odd end") << QStringLiteral("hex") << QStringLiteral("486")
                                     << QStringLiteral("position 3 has no partner");
        QTest::newRow("hex empty") << QStringLiteral("hex") << QStringLiteral("  ") << QStringLiteral("empty");
        QTest::newRow("hex all wildcards")
            << QStringLiteral("hex") << QStringLiteral("?? ??") << QStringLiteral("all wildcards");
        QTest::newRow("int not a number")
            << QStringLiteral("int32") << QStringLiteral("12a") << QStringLiteral("'12a' is not an integer");
        QTest::newRow("int too big") << QStringLiteral("uint8") << QStringLiteral("300")
                                     << QStringLiteral("300 does not fit in an unsigned 8-bit integer (0 to 255)");
        QTest::newRow("int negative unsigned")
            << QStringLiteral("uint8") << QStringLiteral("-1") << QStringLiteral("does not fit in an unsigned");
        QTest::newRow("int too small") << QStringLiteral("int8") << QStringLiteral("-129")
                                       << QStringLiteral("(-128 to 127)");
        QTest::newRow("empty range") << QStringLiteral("int32") << QStringLiteral("20..10")
                                     << QStringLiteral("range 20..10 is empty");
        QTest::newRow("float") << QStringLiteral("float") << QStringLiteral("three")
                               << QStringLiteral("'three' is not a number");
        QTest::newRow("text empty") << QStringLiteral("text") << QString() << QStringLiteral("empty");
        if (SearchPattern::regexAvailable()) {
            QTest::newRow("regex unbalanced")
                << QStringLiteral("regex") << QStringLiteral("ab(c")
                << QStringLiteral("The regular expression ab(c is not valid: Missing close parenthesis");
            QTest::newRow("regex matches empty")
                << QStringLiteral("regex") << QStringLiteral("a*") << QStringLiteral("matches an empty string");
            QTest::newRow("regex empty") << QStringLiteral("regex") << QString() << QStringLiteral("empty");
        }
    }

    void badPatternsSayWhatAndWhere()
    {
        QFETCH(QString, kind);
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        Result<SearchPattern> p = kind == QStringLiteral("hex") ? SearchPattern::hex(pattern)
            : kind == QStringLiteral("int32")                   ? SearchPattern::integer(pattern, 32, true, false)
            : kind == QStringLiteral("uint8")                   ? SearchPattern::integer(pattern, 8, false, false)
            : kind == QStringLiteral("int8")                    ? SearchPattern::integer(pattern, 8, true, false)
            : kind == QStringLiteral("float")                   ? SearchPattern::floating(pattern, false, 0)
            : kind == QStringLiteral("regex")                   ? SearchPattern::regex(pattern, false)
                                              : SearchPattern::text(pattern, SearchPattern::Encoding::Utf8, false);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
    }

    void textInEveryEncoding()
    {
        const QByteArray utf16le("P\0r\0o\0c\0", 8);
        const QByteArray data
            = QByteArray("..proc..PROC..") + utf16le + QByteArray("\0P\0R\0O\0C", 8) + QByteArray("caf\xc3\xa9");
        auto utf8 = SearchPattern::text(QStringLiteral("proc"), SearchPattern::Encoding::Utf8, false);
        QCOMPARE(findAll(*utf8, data), (std::vector<size_t> { 2 }));
        auto folded = SearchPattern::text(QStringLiteral("Proc"), SearchPattern::Encoding::Utf8, true);
        QCOMPARE(findAll(*folded, data), (std::vector<size_t> { 2, 8 }));
        auto le = SearchPattern::text(QStringLiteral("Proc"), SearchPattern::Encoding::Utf16LE, false);
        QCOMPARE(findAll(*le, data), (std::vector<size_t> { 14 }));
        auto be = SearchPattern::text(QStringLiteral("proc"), SearchPattern::Encoding::Utf16BE, true);
        QCOMPARE(findAll(*be, data), (std::vector<size_t> { 22 }));
        auto accented = SearchPattern::text(QStringLiteral("café"), SearchPattern::Encoding::Utf8, false);
        QCOMPARE(findAll(*accented, data), (std::vector<size_t> { 30 }));
    }

    void integersAndRanges()
    {
        const QByteArray data = bytesOf<qint32>(-5) + bytesOf<qint32>(464308990) + bytesOf<quint16>(0xbeef)
            + QByteArray::fromHex("1baccafe");
        auto exact = SearchPattern::integer(u"464308990", 32, true, false);
        QCOMPARE(findAll(*exact, data), (std::vector<size_t> { 4 }));
        auto bigEndian = SearchPattern::integer(u"464308990", 32, false, true);
        QCOMPARE(findAll(*bigEndian, data), (std::vector<size_t> { 10 }));
        auto negative = SearchPattern::integer(u"-5", 32, true, false);
        QCOMPARE(findAll(*negative, data), (std::vector<size_t> { 0 }));
        auto hexValue = SearchPattern::integer(u"0xbeef", 16, false, false);
        QCOMPARE(findAll(*hexValue, data), (std::vector<size_t> { 8 }));
        auto range = SearchPattern::integer(u"-10..-1", 32, true, false);
        const auto hits = findAll(*range, data);
        QVERIFY(std::find(hits.begin(), hits.end(), size_t(0)) != hits.end());
        for (size_t off : hits) {
            qint32 v;
            std::memcpy(&v, data.constData() + off, 4);
            QVERIFY(v >= -10 && v <= -1);
        }
    }

    void floatsWithTolerance()
    {
        const QByteArray data = bytesOf<double>(2718.28125) + bytesOf<float>(3.14159f) + bytesOf<float>(0.1f);
        auto exactDouble = SearchPattern::floating(u"2718.28125", true, 0);
        QCOMPARE(findAll(*exactDouble, data), (std::vector<size_t> { 0 }));
        auto nearPi = SearchPattern::floating(u"3.14", false, 0.01);
        QCOMPARE(findAll(*nearPi, data), (std::vector<size_t> { 8 }));
        auto tenth = SearchPattern::floating(u"0.1", false, 0); // the float nearest 0.1
        QCOMPARE(findAll(*tenth, data), (std::vector<size_t> { 12 }));
        auto tooStrict = SearchPattern::floating(u"3.14", false, 0.0001);
        QVERIFY(findAll(*tooStrict, data).empty());
    }

    void regularExpressionsOverBytes()
    {
        if (!SearchPattern::regexAvailable())
            QSKIP("built without Vectorscan (libvectorscan-dev)");
        const QByteArray data = QByteArray("..\x7f"
                                           "ELF\x02\x01..key=abc123;key=Z9;\n\0\xff\xfe..KEY=q;",
            40);
        auto elf = SearchPattern::regex(QStringLiteral("\\x7fELF[\\x01\\x02]"), false);
        QVERIFY(elf);
        QCOMPARE(findAll(*elf, data), (std::vector<size_t> { 2 }));
        QCOMPARE(elf->length(), 5);
        QCOMPARE(elf->lookbehind(), 0); // fixed width: a chunk needs no bytes before it
        // Variable length: one hit per match, at its leftmost start, however many ends it has.
        auto keys = SearchPattern::regex(QStringLiteral("key=[a-z0-9]+;"), false);
        QVERIFY(keys);
        QCOMPARE(findAll(*keys, data), (std::vector<size_t> { 10 }));
        QCOMPARE(keys->lookbehind(), SearchPattern::kRegexReach - 1);
        auto anyCase = SearchPattern::regex(QStringLiteral("key=[a-z0-9]+;"), true);
        QCOMPARE(findAll(*anyCase, data), (std::vector<size_t> { 10, 21, 34 }));
        // . is any byte, also newline and NUL; the reported length is the preferred match's (Perl's).
        auto dot = SearchPattern::regex(QStringLiteral(";.\\x00\\xff"), false);
        QCOMPARE(findAll(*dot, data), (std::vector<size_t> { 27 }));
        std::vector<size_t> lengths;
        keys->scan(std::as_bytes(std::span(data.constData(), size_t(data.size()))), [&](size_t, size_t length) {
            lengths.push_back(length);
            return true;
        });
        QCOMPARE(lengths, std::vector<size_t> { 11 });
    }

    // Each of these aborted the program inside hs_scan ("buffer overflow detected") on any input
    // of about 255 bytes or more: Vectorscan 5.4.9 to 5.4.11 built them with a start-of-match
    // engine whose reverse acceleration formats its whole input into a 255-byte stack buffer.
    void expressionsThatAbortedVectorscan_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("reference"); // the same in std::regex's ECMAScript syntax
        QTest::newRow("\\d+ms") << QStringLiteral("\\d+ms") << QStringLiteral("\\d+ms");
        QTest::newRow("b+\\x80") << QStringLiteral("b+\\x80") << QStringLiteral("b+\\x80");
        QTest::newRow("x+\\x00") << QStringLiteral("x+\\x00") << QStringLiteral("x+\\x00");
        QTest::newRow(".+\\xff\\xfe") << QStringLiteral(".+\\xff\\xfe") << QStringLiteral("[\\s\\S]+\\xff\\xfe");
        QTest::newRow("[a-z]+ab[a-z]") << QStringLiteral("[a-z]+ab[a-z]") << QStringLiteral("[a-z]+ab[a-z]");
    }

    void expressionsThatAbortedVectorscan()
    {
        QFETCH(QString, expression);
        QFETCH(QString, reference);
        // 4 KiB (one block) of bytes from a small alphabet full of partial matches; the same
        // matches std::regex finds, leftmost first and one after the other.
        QByteArray data(4096, '\0');
        quint32 state = 4711;
        const char alphabet[] = { '1', '2', 'm', 's', 'b', 'x', 'a', 'c', '\x80', '\0', '\xff', '\xfe', '.' };
        for (char& c : data) {
            state = state * 1103515245 + 12345;
            c = alphabet[(state >> 16) % sizeof alphabet];
        }
        auto p = SearchPattern::regex(expression, false);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        std::vector<std::pair<size_t, size_t>> found;
        p->scan(std::as_bytes(std::span(data.constData(), size_t(data.size()))), [&](size_t off, size_t length) {
            found.emplace_back(off, length);
            return true;
        });
        const std::string text(data.constData(), size_t(data.size()));
        const std::regex re(reference.toStdString());
        std::vector<std::pair<size_t, size_t>> expected;
        for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
            expected.emplace_back(size_t(it->position()), size_t(it->length()));
        QVERIFY(!expected.empty());
        QCOMPARE(found, expected);
    }

    // Runs of matching bytes longer than a block: bounded matches, one per block, in linear time.
    void longRunsGiveOneBoundedMatchPerBlock()
    {
        const quint64 block = SearchPattern::kRegexBlock;
        const QByteArray zeros(int(5 * block + 100), '\0');
        auto p = SearchPattern::regex(QStringLiteral("\\x00+"), false);
        QVERIFY(p);
        std::vector<std::pair<size_t, size_t>> found;
        // Data at an address 100 bytes before a block boundary: blocks follow the address space.
        p->scan(std::as_bytes(std::span(zeros.constData(), size_t(zeros.size()))), 0x7f0000000000 - 100, nullptr,
            [&](size_t off, size_t length) {
                found.emplace_back(off, length);
                return true;
            });
        const std::vector<std::pair<size_t, size_t>> expected { { 0, 100 + block }, { 100, 2 * block },
            { 100 + block, 2 * block }, { 100 + 2 * block, 2 * block }, { 100 + 3 * block, 2 * block },
            { 100 + 4 * block, block } };
        QCOMPARE(found, expected);
    }

    // a.*z|a reads to the end of its text for every a before it settles on the a alone: a block
    // of a's cost 18 s. The narrow window after a block's first matches keeps it linear, with the
    // same hits; a cancel is seen inside the block.
    void anExpressionThatReadsFarAheadStaysLinear()
    {
        const QByteArray as(1 << 20, 'a');
        auto p = SearchPattern::regex(QStringLiteral("a.*z|a"), false);
        QVERIFY(p);
        size_t hits = 0;
        bool inOrder = true;
        QElapsedTimer timer;
        timer.start();
        const bool whole = p->scan(
            std::as_bytes(std::span(as.constData(), size_t(as.size()))), 0, nullptr, [&](size_t off, size_t length) {
                inOrder = inOrder && off == hits && length == 1;
                ++hits;
                return true;
            });
        QVERIFY(whole);
        QVERIFY(inOrder);
        QCOMPARE(hits, size_t(as.size()));
        QVERIFY2(timer.elapsed() < 60000, "a watchdog, not a benchmark: before the fix this took minutes");

        // Cancel inside one block: the flag turns true at the 1000th hit.
        std::atomic<bool> cancel = false;
        size_t seen = 0;
        const bool cancelled = !p->scan(std::as_bytes(std::span(as.constData(), size_t(SearchPattern::kRegexBlock))), 0,
            &cancel, [&](size_t, size_t) {
                if (++seen == 1000)
                    cancel = true;
                return true;
            });
        QVERIFY(cancelled);
        QVERIFY(seen < 1100);
    }

    void aScanStopsWhenCancelled()
    {
        const QByteArray zeros(8 << 20, '\0');
        std::atomic<bool> cancel = true;
        for (const QString& expression : { QStringLiteral("\\x00+"), QStringLiteral("\\x00\\x00") }) {
            auto p = SearchPattern::regex(expression, false);
            QVERIFY(p);
            int hits = 0;
            const bool whole = p->scan(std::as_bytes(std::span(zeros.constData(), size_t(zeros.size()))), 0, &cancel,
                [&](size_t, size_t) { return ++hits, true; });
            QVERIFY(!whole);
            QCOMPARE(hits, 0);
        }
    }

    void regexesOfManyLengthsMayNotMatchNothing()
    {
        QVERIFY(!SearchPattern::regex(QStringLiteral("\\b"), false));
        QVERIFY(!SearchPattern::regex(QStringLiteral("x*|y"), false));
    }

    void literalScanAgreesWithBruteForce()
    {
        // Random bytes from a small alphabet, so that partial matches abound around every anchor.
        QByteArray data(1 << 16, '\0');
        quint32 state = 12345;
        for (char& c : data) {
            state = state * 1103515245 + 12345;
            c = "ab\0c"[(state >> 16) & 3];
        }
        const QString patterns[] = { QStringLiteral("61 62 61"), QStringLiteral("61 ?? 62 62"),
            QStringLiteral("?? 62 00 ?? 63 61"), QStringLiteral("6? 62 ?3 61"), QStringLiteral("61") };
        for (const QString& text : patterns) {
            auto p = SearchPattern::hex(text);
            QVERIFY(p);
            std::vector<size_t> expected;
            const QByteArray bytes = QByteArray::fromHex(QString(text).replace(u'?', u'0').toLatin1());
            QByteArray mask;
            for (const QString& b : text.split(u' '))
                mask.append(char((b[0] == u'?' ? 0 : 0xf0) | (b[1] == u'?' ? 0 : 0x0f)));
            for (qsizetype off = 0; off + bytes.size() <= data.size(); ++off) {
                bool match = true;
                for (qsizetype i = 0; i < bytes.size() && match; ++i)
                    match = ((data[off + i] ^ bytes[i]) & mask[i]) == 0;
                if (match)
                    expected.push_back(size_t(off));
            }
            QVERIFY(!expected.empty());
            QCOMPARE(findAll(*p, data), expected);
        }
    }

    void ignoreCaseTextAgreesWithFolding()
    {
        const QByteArray data("xxPrOcGlAsSprocglassPROCGLASSprocglas5", 38);
        auto p = SearchPattern::text(QStringLiteral("procGLASS"), SearchPattern::Encoding::Utf8, true);
        QCOMPARE(findAll(*p, data), (std::vector<size_t> { 2, 11, 20 }));
        QCOMPARE(p->length(), 9);
    }

    void scanStopsWhenTold()
    {
        auto p = SearchPattern::hex(u"00");
        int calls = 0;
        p->scan(std::as_bytes(std::span("\0\0\0\0", 4)), [&](size_t, size_t) { return ++calls < 2; });
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestPattern)
#include "tst_pattern.moc"
