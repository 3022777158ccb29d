// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The agent protocol against broken and hostile peers, both ways: the decoder (bad frames,
// truncation at every byte, oversized lengths, unknown types), the real agent given a bad client
// (version mismatch, garbage), and the client given a fake agent (this program run with
// --fake-agent MODE) that sends absurd lengths, counts and ranges.
#include "agent/agenthost.h"
#include "agent/connect.h"
#include "agent/protocol.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstring>
#include <unistd.h>

using namespace procglass;
using namespace procglass::agent;

namespace {

QString agentPath()
{
    return QStringLiteral(PROCGLASS_AGENT_PATH);
}

QByteArray helloBytes(quint16 major = kProtocolMajor)
{
    Hello h;
    h.major = major;
    h.version = QStringLiteral("test");
    h.user = QStringLiteral("tester");
    Writer w;
    put(w, h);
    return encodeMessage(Type::Hello, 0, Final, w.data());
}

std::vector<Frame> decodeAll(QByteArrayView bytes, FrameDecoder::Status* last, int step = 0)
{
    FrameDecoder d;
    std::vector<Frame> out;
    FrameDecoder::Status s = FrameDecoder::Status::NeedMore;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype n = step ? std::min<qsizetype>(step, bytes.size() - at) : bytes.size();
        d.feed(bytes.sliced(at, n));
        at += n;
        Frame f;
        while ((s = d.next(&f)) == FrameDecoder::Status::Message)
            out.push_back(std::move(f));
        if (s == FrameDecoder::Status::Broken)
            break;
    }
    *last = s;
    return out;
}

quint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toULongLong();
    return 0;
}

// --- the fake agent: reads the client's frames on stdin, answers per mode on stdout ------------

void put(const QByteArray& bytes)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + at, size_t(bytes.size() - at));
        if (n <= 0)
            ::_exit(0);
        at += n;
    }
}

// The next request the client sends (after its Hello).
Frame nextRequest(FrameDecoder& d)
{
    char buf[65536];
    for (;;) {
        Frame f;
        const auto s = d.next(&f);
        if (s == FrameDecoder::Status::Message) {
            if (f.type == Type::Hello || f.type == Type::Cancel)
                continue;
            return f;
        }
        if (s == FrameDecoder::Status::Broken)
            ::_exit(3);
        const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
        if (n <= 0)
            ::_exit(0);
        d.feed(QByteArrayView(buf, n));
    }
}

int fakeAgent(const QByteArray& mode)
{
    std::signal(SIGPIPE, SIG_IGN);
    FrameDecoder d;
    if (mode == "version") {
        put(helloBytes(9));
        nextRequest(d); // until the client goes
        return 0;
    }
    if (mode == "garbage") {
        put(QByteArray(64, char(0xff)));
        nextRequest(d);
        return 0;
    }
    put(helloBytes());
    if (mode == "huge") {
        // A header claiming 4 GiB: the client must not wait for it nor allocate it.
        QByteArray h = encodeMessage(Type::Processes, 1, Final, {});
        h[0] = h[1] = h[2] = h[3] = char(0xf0);
        const Frame f = nextRequest(d);
        (void)f;
        put(h);
        ::sleep(30);
        return 0;
    }
    if (mode == "count") {
        const Frame f = nextRequest(d);
        Writer w;
        w.u32(0xffffffffu); // four thousand million processes, in ten bytes
        w.u64(0);
        w.u16(0);
        put(encodeMessage(f.type, f.id, Final, w.data()));
        nextRequest(d);
        return 0;
    }
    if (mode == "readout") {
        Frame f = nextRequest(d);
        if (f.type == Type::Open) {
            OpenReply o;
            o.handle = 1;
            Reader r(f.payload);
            (void)get(r, &o.identity);
            Writer w;
            procglass::agent::put(w, o);
            put(encodeMessage(f.type, f.id, Final, w.data()));
            f = nextRequest(d);
        }
        // Data far beyond the range asked for.
        Writer w;
        w.u64(1ull << 40);
        w.bytes(QByteArray(16, 'x'));
        put(encodeMessage(Type::ReadData, f.id, 0, w.data()));
        nextRequest(d);
        return 0;
    }
    if (mode == "unknown-outside" || mode == "unknown-claims" || mode == "unknown-unsorted") {
        // An unknown-value scan whose agent claims more than the ranges hold, or sends hits nobody asked for.
        Frame f = nextRequest(d);
        OpenReply o;
        o.handle = 1;
        Reader r(f.payload);
        (void)get(r, &o.identity);
        Writer w;
        procglass::agent::put(w, o);
        put(encodeMessage(f.type, f.id, Final, w.data()));
        f = nextRequest(d); // UnknownScan
        Writer scan;
        scan.u64(7);
        scan.u64(4096);
        scan.u64(mode == "unknown-claims" ? (1ull << 40) : 1024);
        put(encodeMessage(f.type, f.id, Final, scan.data()));
        f = nextRequest(d); // UnknownNext
        Writer hits;
        hits.u32(2);
        hits.u64(mode == "unknown-outside" ? 0x50000 : 0x10008);
        hits.u64(5);
        hits.u64(0x10004);
        hits.u64(6);
        put(encodeMessage(Type::UnknownHits, f.id, 0, hits.data()));
        nextRequest(d);
        return 0;
    }
    if (mode == "flood") {
        // Replies to nobody, 1 MiB each, 400 of them: dropped as they come.
        Writer w;
        w.u64(0);
        w.bytes(QByteArray(kReadChunk - 12, 'f'));
        const QByteArray frame = encodeMessage(Type::ReadData, 424242, 0, w.data());
        for (int i = 0; i < 400; ++i)
            put(frame);
        return 0;
    }
    if (mode == "endless") {
        // One message that never ends (More on every frame): cut off at the type's limit.
        const Frame f = nextRequest(d);
        QByteArray frame = encodeMessage(f.type, f.id, More, QByteArray(kMaxPayload, 'e'));
        frame[6] = char(More);
        for (;;)
            put(frame);
    }
    return 2;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsEveryPayload()
    {
        ParsedMaps maps;
        Region r;
        r.range = { 0x1000, 0x3000 };
        r.perms = { true, false, true, false };
        r.path = QStringLiteral("/usr/lib/libc.so.6");
        r.inode = 42;
        r.kind = RegionKind::Library;
        r.segment = ImageSegment::Text;
        maps.regions = { r };
        maps.errors = { { 3, QStringLiteral("bad line"), QStringLiteral("why") } };
        Writer w;
        procglass::agent::put(w, maps);
        Reader rd(w.data());
        ParsedMaps back;
        QVERIFY(get(rd, &back) && rd.done());
        QCOMPARE(back.regions.size(), size_t(1));
        QCOMPARE(back.regions[0].path, r.path);
        QCOMPARE(back.regions[0].perms, r.perms);
        QCOMPARE(back.errors[0].text, QStringLiteral("bad line"));

        SearchRequest q;
        q.pattern = *SearchPattern::integer(u"42", 32, true, false);
        q.ranges = { { 0x1000, 0x2000 } };
        q.valueType = ScanValueType {};
        Writer w2;
        procglass::agent::put(w2, q);
        Reader r2(w2.data());
        SearchRequest qb;
        QVERIFY(get(r2, &qb) && r2.done());
        QCOMPARE(qb.pattern.description(), q.pattern.description());
        QVERIFY(qb.valueType.has_value());
    }

    void decodesFramesAtEveryCut()
    {
        // Three messages, one of them split into frames (2.5 MiB): whole, byte by byte, and cut at
        // every byte of the small ones -- never Broken, the same messages.
        QByteArray stream = helloBytes();
        stream += encodeMessage(Type::Maps, 7, Final, QByteArray((5 << 20) / 2, 'm'));
        stream += encodeMessage(Type::Exited, 0, Final, QByteArray(8, '\1'));
        FrameDecoder::Status s;
        auto whole = decodeAll(stream, &s);
        QCOMPARE(whole.size(), size_t(3));
        QCOMPARE(whole[1].payload.size(), qsizetype((5 << 20) / 2));
        QCOMPARE(whole[1].id, quint64(7));
        QVERIFY(whole[1].flags & Final);
        auto pieces = decodeAll(stream, &s, 4093);
        QCOMPARE(pieces.size(), size_t(3));
        const QByteArray small = helloBytes() + encodeMessage(Type::Exited, 0, Final, QByteArray(8, '\1'));
        for (qsizetype cut = 0; cut < small.size(); ++cut) {
            FrameDecoder d;
            d.feed(small.left(cut));
            Frame f;
            int got = 0;
            FrameDecoder::Status st;
            while ((st = d.next(&f)) == FrameDecoder::Status::Message)
                ++got;
            QCOMPARE(int(st), int(FrameDecoder::Status::NeedMore));
            QVERIFY(got <= 1);
        }
        auto single = decodeAll(small, &s, 1);
        QCOMPARE(single.size(), size_t(2));
    }

    void rejectsBadFrames()
    {
        FrameDecoder::Status s;
        // A length over the limit: refused from the header alone, nothing allocated.
        QByteArray huge = encodeMessage(Type::Processes, 1, Final, {});
        huge[0] = huge[1] = huge[2] = huge[3] = char(0xff);
        FrameDecoder d;
        d.feed(huge);
        Frame f;
        QCOMPARE(int(d.next(&f)), int(FrameDecoder::Status::Broken));
        QVERIFY(d.error().contains(QStringLiteral("4294967295")));
        QVERIFY(d.buffered() < 1024);
        // Unknown type, unknown flags, a nonzero reserved byte.
        QByteArray unknown = encodeMessage(Type::Processes, 1, Final, {});
        unknown[4] = char(0x99);
        decodeAll(unknown, &s);
        QCOMPARE(int(s), int(FrameDecoder::Status::Broken));
        QByteArray flags = encodeMessage(Type::Processes, 1, Final, {});
        flags[6] = char(0x80);
        decodeAll(flags, &s);
        QCOMPARE(int(s), int(FrameDecoder::Status::Broken));
        QByteArray reserved = encodeMessage(Type::Processes, 1, Final, {});
        reserved[7] = 1;
        decodeAll(reserved, &s);
        QCOMPARE(int(s), int(FrameDecoder::Status::Broken));
        // Another message inside a message of several frames.
        QByteArray first = encodeMessage(Type::Maps, 1, Final, QByteArray(kMaxPayload + 10, 'a'));
        QByteArray interleaved = first.left(kHeaderSize + kMaxPayload) + encodeMessage(Type::Maps, 2, Final, "x");
        decodeAll(interleaved, &s);
        QCOMPARE(int(s), int(FrameDecoder::Status::Broken));
        // A message longer than its type allows (Hello: 256 KiB).
        decodeAll(encodeMessage(Type::Hello, 0, Final, QByteArray(300 * 1024, 'h')), &s);
        QCOMPARE(int(s), int(FrameDecoder::Status::Broken));
    }

    void rejectsAbsurdPayloads()
    {
        // A count the bytes cannot hold, a string over its cap, every truncation of a real payload.
        Writer w;
        w.u32(0x7fffffff);
        w.u64(1);
        Reader r(w.data());
        std::vector<ProcessInfo> list;
        QVERIFY(!get(r, &list));
        QVERIFY(list.capacity() < 1000);
        Writer s;
        s.bytes(QByteArray(Reader::kMaxString + 1, 's'));
        Reader rs(s.data());
        (void)rs.string();
        QVERIFY(!rs.ok());

        std::vector<ProcessInfo> one(1);
        one[0].name = QStringLiteral("x");
        one[0].commandLine = { QStringLiteral("a"), QStringLiteral("b") };
        ParsedMaps maps;
        maps.regions.resize(2);
        maps.regions[1].range = { 0x2000, 0x3000 };
        std::vector<SearchHit> hits(3);
        for (auto& h : hits) {
            h.length = 4;
            h.previewSize = 4;
        }
        HitSet set;
        set.add(0x1000, 1);
        set.add(0x2000, 2);
        DumpJob job;
        job.path = QStringLiteral("/tmp/x");
        job.regions = maps.regions;
        std::vector<std::pair<QByteArray, std::function<bool(Reader&)>>> cases;
        auto add = [&](auto value) {
            Writer pw;
            procglass::agent::put(pw, value);
            cases.push_back({ pw.data(), [](Reader& rr) {
                                 decltype(value) back;
                                 return get(rr, &back) && rr.done();
                             } });
        };
        add(one);
        add(maps);
        add(hits);
        add(set);
        add(job);
        add(BundleInfo {});
        add(SearchSummary {});
        for (auto& [bytes, decode] : cases) {
            Reader whole(bytes);
            QVERIFY(decode(whole));
            for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
                Reader cutReader(QByteArrayView(bytes).first(cut));
                QVERIFY2(!decode(cutReader), qPrintable(QString::number(cut)));
            }
        }
        // Regions out of order, hits whose preview is not their first bytes, an unsorted hit set.
        ParsedMaps unsorted;
        unsorted.regions.resize(2);
        unsorted.regions[0].range = { 0x5000, 0x6000 };
        unsorted.regions[1].range = { 0x1000, 0x2000 };
        Writer uw;
        procglass::agent::put(uw, unsorted);
        Reader ur(uw.data());
        ParsedMaps ub;
        QVERIFY(!get(ur, &ub));
        std::vector<SearchHit> badHits(1);
        badHits[0].length = 100;
        badHits[0].previewSize = 2;
        Writer hw;
        procglass::agent::put(hw, badHits);
        Reader hr(hw.data());
        std::vector<SearchHit> hb;
        QVERIFY(!get(hr, &hb));
    }

    void agentAnswersAnotherMajorVersionAndCloses()
    {
        QProcess agent;
        agent.start(agentPath(), {});
        QVERIFY(agent.waitForStarted());
        agent.write(helloBytes(2));
        QVERIFY(agent.waitForFinished(5000));
        QCOMPARE(agent.exitCode(), 1);
        FrameDecoder::Status s;
        const auto frames = decodeAll(agent.readAllStandardOutput(), &s);
        QCOMPARE(frames.size(), size_t(2));
        QCOMPARE(int(frames[0].type), int(Type::Hello));
        QCOMPARE(int(frames[1].type), int(Type::Error));
        Reader r(frames[1].payload);
        Error e;
        QVERIFY(get(r, &e));
        QVERIFY2(e.message.contains(QStringLiteral("1.0")) && e.message.contains(QStringLiteral("2.0")),
            qPrintable(e.message));
    }

    void agentClosesOnGarbage()
    {
        for (const QByteArray& bad : { QByteArray(helloBytes() + QByteArray(40, char(0xff))),
                 QByteArray("GET / HTTP/1.1\r\n\r\n"), helloBytes() + helloBytes() }) {
            QProcess agent;
            agent.start(agentPath(), {});
            QVERIFY(agent.waitForStarted());
            agent.write(bad);
            agent.waitForBytesWritten();
            QVERIFY(agent.waitForFinished(5000));
            QCOMPARE(agent.exitStatus(), QProcess::NormalExit); // no crash
            FrameDecoder::Status s;
            const auto frames = decodeAll(agent.readAllStandardOutput(), &s);
            QVERIFY(!frames.empty());
            if (bad.startsWith("GET")) {
                QCOMPARE(agent.exitCode(), 1);
                continue;
            }
            // Garbage after the greeting: an Error frame, then the end.
            if (frames.back().type == Type::Error)
                QCOMPARE(agent.exitCode(), 1);
        }
        // A request cut short, then the end of stdin: the agent just exits.
        QProcess agent;
        agent.start(agentPath(), {});
        QVERIFY(agent.waitForStarted());
        agent.write(helloBytes() + encodeMessage(Type::Processes, 1, 0, QByteArray(100, 'p')).left(50));
        agent.closeWriteChannel();
        QVERIFY(agent.waitForFinished(5000));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 0);
    }

    void clientRefusesAnotherMajorVersion()
    {
        auto host = connectAgent(fake("version"), std::chrono::seconds(10));
        QVERIFY(!host.ok());
        QVERIFY2(host.error().message.contains(QStringLiteral("9.0"))
                && host.error().message.contains(QStringLiteral("1.0")),
            qPrintable(host.error().message));
    }

    void clientRefusesGarbage()
    {
        auto host = connectAgent(fake("garbage"), std::chrono::seconds(10));
        QVERIFY(!host.ok());
        QVERIFY2(host.error().message.contains(QStringLiteral("protocol")), qPrintable(host.error().message));
    }

    void clientSurvivesAHostileAgent_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("said");
        QTest::newRow("4 GiB frame") << QByteArray("huge") << QStringLiteral("bytes (at most");
        QTest::newRow("absurd count") << QByteArray("count") << QStringLiteral("malformed");
        QTest::newRow("read out of range") << QByteArray("readout") << QStringLiteral("outside the range");
        QTest::newRow("endless message") << QByteArray("endless") << QStringLiteral("longer than");
        QTest::newRow("unknown scan: a hit outside") << QByteArray("unknown-outside") << QStringLiteral("malformed");
        QTest::newRow("unknown scan: hits unsorted") << QByteArray("unknown-unsorted") << QStringLiteral("malformed");
        QTest::newRow("unknown scan: more than its ranges")
            << QByteArray("unknown-claims") << QStringLiteral("malformed");
    }

    void clientSurvivesAHostileAgent()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, said);
        const quint64 before = rssKiB();
        auto host = connectAgent(fake(mode), std::chrono::seconds(10));
        QVERIFY2(host.ok(), qPrintable(host.ok() ? QString() : host.error().message));
        Error e;
        if (mode == "readout") {
            auto target = (*host)->open({ ::getpid(), 0 });
            QVERIFY(target.ok());
            std::vector<std::byte> buf(64);
            e = (*target)->read(0x1000, buf).error;
        } else if (mode.startsWith("unknown")) {
            auto target = (*host)->open({ ::getpid(), 0 });
            QVERIFY(target.ok());
            UnknownScanRequest request;
            request.ranges = { { 0x10000, 0x11000 } };
            auto baseline = (*target)->unknownScan(request, {});
            if (baseline.ok()) {
                auto hits = (*baseline)->next(HitSet::Filter::Changed, {}, {});
                QVERIFY(!hits.ok());
                e = hits.error();
            } else {
                e = baseline.error();
            }
        } else {
            auto list = (*host)->processes();
            QVERIFY(!list.ok());
            e = list.error();
        }
        QVERIFY2(e.message.startsWith(QStringLiteral("The connection to the agent")), qPrintable(e.message));
        QVERIFY2(e.message.contains(said), qPrintable(e.message));
        QCOMPARE((*host)->connectionError().message, e.message);
        QVERIFY(!(*host)->processes().ok()); // and stays failed, at once
        // Memory: at most the type's limit for the endless message, nothing for the rest.
        const quint64 grown = (rssKiB() - std::min(rssKiB(), before)) / 1024;
        QVERIFY2(grown < (mode == "endless" ? 600u : 64u), qPrintable(QString::number(grown)));
        host->reset(); // reaps the fake (killing it if it lingers)
    }

    void clientDropsRepliesToNobody()
    {
        // 400 MiB of replies to a request never made: dropped frame by frame, memory flat.
        const quint64 before = rssKiB();
        auto host = connectAgent(fake("flood"), std::chrono::seconds(10));
        QVERIFY(host.ok());
        quint64 peak = 0;
        for (int i = 0; i < 200 && !(*host)->connectionError(); ++i) {
            peak = std::max(peak, rssKiB());
            QThread::msleep(20);
        }
        QVERIFY((*host)->connectionError().isError()); // the fake ended
        QVERIFY2((peak - std::min(peak, before)) / 1024 < 64, qPrintable(QString::number(peak / 1024)));
    }

private:
    static QString fake(const QByteArray& mode)
    {
        return QStringLiteral("%1 --fake-agent %2")
            .arg(QCoreApplication::applicationFilePath(), QString::fromLatin1(mode));
    }
};

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--fake-agent") == 0)
        return fakeAgent(argv[2]);
    QCoreApplication app(argc, argv);
    TestProtocol test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_protocol.moc"
