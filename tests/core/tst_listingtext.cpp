// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli maps and ps: their text and JSON, written straight into one buffer, are byte for
// byte what the QString::arg chains and QJsonDocument wrote before -- for every kind of mapping
// and for paths and names that attack the output (quotes, backslashes, controls, lone surrogates,
// placeholders like %8).
#include "core/io/listingtext.h"
#include "core/parse/mapsparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace procglass;

namespace {

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// What procglass-cli maps printed before (src/cli/main.cpp of issue 15).
QByteArray referenceText(const std::vector<Region>& regions)
{
    QByteArray out;
    for (const Region& r : regions) {
        QString kind = regionKindId(r.kind);
        if (r.segment != ImageSegment::None)
            kind += u'/' + imageSegmentText(r);
        out += QStringLiteral("%1-%2 %3 %4 %5:%6 %7 %8 %9%10\n")
                   .arg(r.range.start, 12, 16, QLatin1Char('0'))
                   .arg(r.range.end, 12, 16, QLatin1Char('0'))
                   .arg(r.perms.toString())
                   .arg(r.offset, 8, 16, QLatin1Char('0'))
                   .arg(r.devMajor, 2, 16, QLatin1Char('0'))
                   .arg(r.devMinor, 2, 16, QLatin1Char('0'))
                   .arg(r.inode, -10)
                   .arg(kind, -18)
                   .arg(r.path, r.deleted ? QStringLiteral(" (deleted)") : QString())
                   .toUtf8();
    }
    return out;
}

QByteArray referenceJson(const std::vector<Region>& regions)
{
    QJsonArray arr;
    for (const Region& r : regions) {
        arr.append(QJsonObject {
            { QStringLiteral("start"), hex(r.range.start) },
            { QStringLiteral("end"), hex(r.range.end) },
            { QStringLiteral("size"), qint64(r.range.size()) },
            { QStringLiteral("perms"), r.perms.toString() },
            { QStringLiteral("offset"), hex(r.offset) },
            { QStringLiteral("dev"),
                QStringLiteral("%1:%2")
                    .arg(r.devMajor, 2, 16, QLatin1Char('0'))
                    .arg(r.devMinor, 2, 16, QLatin1Char('0')) },
            { QStringLiteral("inode"), qint64(r.inode) },
            { QStringLiteral("path"), r.path },
            { QStringLiteral("deleted"), r.deleted },
            { QStringLiteral("kind"), regionKindId(r.kind) },
            { QStringLiteral("segment"), imageSegmentId(r.segment) },
        });
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

std::vector<Region> sample()
{
    const char* text = R"(55d0c0a00000-55d0c0a02000 r--p 00000000 fe:01 100 /usr/bin/demo
55d0c0a02000-55d0c0a05000 r-xp 00002000 fe:01 100 /usr/bin/demo
55d0c0a06000-55d0c0a07000 rw-p 00006000 fe:01 100 /usr/bin/demo
55d0c0a07000-55d0c0a08000 rw-p 00000000 00:00 0 
55d0c1000000-55d0c1021000 rw-p 00000000 00:00 0                          [heap]
7f0000000000-7f0000001000 ---p 00000000 00:00 0 
7f1000000000-7f1000100000 r--p 00000000 103:1a 18446744073709551615 /usr/lib/locale/locale-archive (deleted)
7f3000000000-7f3000100000 rw-s 00000000 00:19 400 /dev/shm/pulse-shm-1
7f3100000000-7f3100010000 rw-p 00000000 00:00 0 [anon:scudo]
7f3200000000-7f3200001000 r--p 00000000 fe:01 9 /tmp/%1 %8 "quoted" back\slash tab	nl\012 \033[2J é 日本 😀
7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]
7ffc00104000-7ffc00106000 r-xp 00000000 00:00 0                          [vdso]
ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0                  [vsyscall]
)";
    std::vector<Region> regions = parseMaps(text).regions;
    ClassifyHints hints;
    hints.executablePath = QStringLiteral("/usr/bin/demo");
    classifyRegions(regions, hints);
    // What no maps text yields but a Region may hold: every control character, a lone surrogate.
    Region odd = regions.back();
    odd.range = { 0xfffffffffffff000, 0xffffffffffffffff };
    QString path;
    for (char16_t c = 0; c < 0x30; ++c)
        path += QChar(c);
    path += QChar(0x7f) + QString(QChar(0xd800)) + u'x' + QChar(0xdc00) + QChar(0xffff) + QChar(0x2028);
    odd.path = path;
    odd.kind = RegionKind::ThreadStack;
    regions.push_back(odd);
    return regions;
}

} // namespace

class TestListingText : public QObject
{
    Q_OBJECT
private slots:
    void mapsTextIsAsBefore()
    {
        const auto regions = sample();
        QCOMPARE(mapsText(regions), referenceText(regions));
        QCOMPARE(mapsText({}), QByteArray());
    }

    void mapsJsonIsAsBefore()
    {
        const auto regions = sample();
        const QByteArray json = mapsJson(regions);
        QCOMPARE(json, referenceJson(regions));
        QCOMPARE(mapsJson({}), referenceJson({}));
        QCOMPARE(mapsJson({ regions.front() }), referenceJson({ regions.front() }));
        // And it reads back: the hostile path is one string, not a way out of it.
        const QJsonArray back = QJsonDocument::fromJson(json).array();
        QCOMPARE(back.size(), qsizetype(regions.size()));
        QCOMPARE(back[9].toObject().value(QStringLiteral("path")).toString(), regions[9].path);
    }

    void escapesEveryCodeUnitAsQtDoes()
    {
        for (char32_t c = 0; c < 0x10000; ++c) {
            const QString s = QString(QChar(char16_t(c))) + u'a';
            QByteArray got = "[\n    \"";
            appendJsonEscaped(got, s);
            got += "\"\n]\n";
            QCOMPARE(got, QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Indented));
        }
    }

    // A name is text, never a format: "%8" in a process's name was replaced by its command line.
    void processNamesStayWhatTheyAre()
    {
        ProcessInfo p;
        p.identity.pid = 4242;
        p.ppid = 1;
        p.user = QStringLiteral("nobody");
        p.state = u'S';
        p.name = QStringLiteral("%8 evil\x1b[2J");
        p.commandLine = { QStringLiteral("/bin/evil"), QStringLiteral("%7") };
        p.threads = 3;
        p.rssBytes = 5 << 20;
        ProcessInfo kernel = p;
        kernel.identity.pid = 2;
        kernel.name = QStringLiteral("kthreadd");
        kernel.commandLine = {};
        const QByteArray text = processesText({ p, kernel });
        QCOMPARE(text,
            QByteArray("    PID    PPID USER         S  THR      RSS NAME             COMMAND\n"
                       "   4242       1 nobody       S    3    5120K %8 evil\\033[2J   /bin/evil %7\n"
                       "      2       1 nobody       S    3    5120K kthreadd         [kthreadd]\n"));
    }
};

QTEST_GUILESS_MAIN(TestListingText)
#include "tst_listingtext.moc"
