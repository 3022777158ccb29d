// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The teaching texts' facts: the auxiliary vector, /proc/PID/status and the Explain pane's words.
#include "core/parse/auxv.h"
#include "core/parse/mapsparser.h"
#include "core/parse/procstatus.h"
#include "core/teach/explain.h"
#include "fakememorysource.h"

#include <QFile>
#include <QTest>

#include <sys/auxv.h>
#include <unistd.h>

using namespace procglass;

namespace {
QByteArray words(std::initializer_list<quint64> values, int wordSize)
{
    QByteArray out;
    for (quint64 v : values)
        out.append(reinterpret_cast<const char*>(&v), wordSize); // little-endian: the low bytes first
    return out;
}

std::vector<Region> regionsOf(const char* maps, const QString& executable = {})
{
    std::vector<Region> regions = parseMaps(maps).regions;
    classifyRegions(regions, { executable, {} });
    return regions;
}
} // namespace

class TestProcessFacts : public QObject
{
    Q_OBJECT
private slots:
    void auxvOfThisProcessMatchesGetauxval()
    {
        QFile file(QStringLiteral("/proc/self/auxv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::vector<AuxvEntry> entries = parseAuxv(file.readAll());
        QVERIFY(entries.size() > 10);
        for (const AuxvEntry& e : entries) {
            // glibc's getauxval(AT_HWCAP) on x86-64 answers with its own platform bits, not the kernel's.
            if (e.type == 1 /* AT_IGNORE */ || e.type == AT_HWCAP)
                continue;
            QCOMPARE(e.value, quint64(getauxval(e.type)));
        }
        auto value = [&](quint64 type) {
            for (const AuxvEntry& e : entries) {
                if (e.type == type)
                    return e.value;
            }
            return quint64(0);
        };
        QCOMPARE(value(6), quint64(sysconf(_SC_PAGESIZE)));
        QCOMPARE(value(AuxvSysinfoEhdr), quint64(getauxval(AT_SYSINFO_EHDR)));
        QVERIFY(value(AuxvEntryPoint) != 0);
    }

    void auxvWordSizeIsFoundAndEndsAtNull()
    {
        const std::vector<AuxvEntry> expected { { 6, 4096 }, { 33, 0x7ffd0000 }, { 9, 0x401000 } };
        for (int size : { 8, 4 }) {
            const QByteArray raw = words({ 6, 4096, 33, 0x7ffd0000, 9, 0x401000, 0, 0, 99, 99 }, size);
            QCOMPARE(parseAuxv(raw), expected);
            QCOMPARE(parseAuxv(raw, size), expected);
        }
        QVERIFY(parseAuxv(QByteArray()).empty());
        QVERIFY(parseAuxv(QByteArray("\x06\x00\x00", 3)).empty()); // cut short: nothing made up
    }

    void auxvNamesValuesAndTargets()
    {
        QCOMPARE(auxvName(33), QStringLiteral("AT_SYSINFO_EHDR"));
        QCOMPARE(auxvName(4242), QStringLiteral("AT_? (4242)"));
        QCOMPARE(formatAuxvValue({ 6, 4096 }), QStringLiteral("4096"));
        QCOMPARE(formatAuxvValue({ 16, 0xbfebfbff }), QStringLiteral("0xbfebfbff"));
        QCOMPARE(formatAuxvValue({ 9, 0x401000 }), QStringLiteral("0x000000401000"));

        const std::vector<Region> regions = regionsOf("00400000-00401000 r--p 00000000 fe:01 42 /usr/bin/demo\n"
                                                      "00401000-00402000 r-xp 00001000 fe:01 42 /usr/bin/demo\n"
                                                      "7ffc0000-7ffc1000 rw-p 00000000 00:00 0 [stack]\n"
                                                      "7ffd0000-7ffd2000 r-xp 00000000 00:00 0 [vdso]\n",
            QStringLiteral("/usr/bin/demo"));
        FakeMemorySource memory;
        memory.addSegment(regions[2],
            QByteArray("x86_64\0\0\0\0\0\0\0\0\0\0\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b"
                       "\x0c\x0d\x0e\x0f\x10",
                32)
                .leftJustified(4096, '\0'));
        const std::vector<AuxvLine> lines = describeAuxv(
            { { 33, 0x7ffd0000 }, { 9, 0x401010 }, { 15, 0x7ffc0000 }, { 25, 0x7ffc0010 }, { 3, 0x12345000 } }, regions,
            &memory);
        QCOMPARE(lines.size(), size_t(5));
        QCOMPARE(lines[0].pointsTo, QStringLiteral("[vdso]"));
        QCOMPARE(lines[0].regionIndex, qsizetype(3));
        QCOMPARE(lines[1].pointsTo, QStringLiteral("demo: code (text)"));
        QCOMPARE(lines[2].pointsTo, QStringLiteral("[stack]: \"x86_64\""));
        QCOMPARE(lines[3].pointsTo, QStringLiteral("[stack]: 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10"));
        QCOMPARE(lines[4].pointsTo, QStringLiteral("not mapped"));
        QCOMPARE(lines[4].regionIndex, qsizetype(-1));
        QVERIFY(!lines[0].meaning.isEmpty());
        // Without memory (an offline bundle that lacks the stack), the mapping is still named.
        QCOMPARE(describeAuxv({ { 15, 0x7ffc0000 } }, regions, nullptr)[0].pointsTo, QStringLiteral("[stack]"));
    }

    void statusSummarySaysWhatTheNumbersAre()
    {
        const QByteArray text = "Name:\tdemo\nState:\tt (tracing stop)\nPPid:\t1\nTracerPid:\t777\n"
                                "Uid:\t1000\t1000\t1000\t1000\nThreads:\t4\nVmSize:\t  102400 kB\n"
                                "VmRSS:\t    2150 kB\nSeccomp:\t2\n";
        const ProcStatus status = parseProcStatus(text);
        QCOMPARE(status.value(u"Threads"), QStringLiteral("4"));
        QCOMPARE(status.value(u"VmRSS"), QStringLiteral("2150 kB"));
        auto find = [](const std::vector<StatusFact>& facts, const char* key) {
            for (const StatusFact& f : facts) {
                if (f.key == QLatin1StringView(key))
                    return f;
            }
            return StatusFact {};
        };
        const std::vector<StatusFact> ours = summarizeProcStatus(status, { true, QStringLiteral("procglass") });
        QCOMPARE(find(ours, "TracerPid").value, QStringLiteral("777 – Procglass (holding it)"));
        QCOMPARE(find(ours, "VmRSS").value, QStringLiteral("2.1 MiB"));
        QCOMPARE(find(ours, "VmSize").value, QStringLiteral("100 MiB"));
        QCOMPARE(find(ours, "State").value, QStringLiteral("t – stopped by a tracer"));
        QCOMPARE(find(ours, "Uid").value, QStringLiteral("real 1000, effective 1000"));
        QCOMPARE(find(ours, "Seccomp").value, QStringLiteral("2 – filter"));
        QVERIFY(find(ours, "VmSwap").key.isEmpty()); // not printed by the kernel: not made up
        QCOMPARE(find(summarizeProcStatus(status, { false, QStringLiteral("gdb") }), "TracerPid").value,
            QStringLiteral("777 – gdb"));

        // This process, as the kernel prints it.
        QFile self(QStringLiteral("/proc/self/status"));
        QVERIFY(self.open(QIODevice::ReadOnly));
        const std::vector<StatusFact> facts = summarizeProcStatus(parseProcStatus(self.readAll()));
        QCOMPARE(find(facts, "TracerPid").value, QStringLiteral("0 – nobody"));
        QVERIFY(find(facts, "VmRSS").value.endsWith(QStringLiteral("MiB")));
        QVERIFY(find(facts, "Threads").value.toInt() >= 1);
    }

    void explainsGuardPagesByTheirNeighbours()
    {
        const std::vector<Region> regions
            = regionsOf("7f0000000000-7f0000028000 r--p 00000000 fe:01 99 /usr/lib/libc.so.6\n"
                        "7f0000028000-7f00001bd000 r-xp 00028000 fe:01 99 /usr/lib/libc.so.6\n"
                        "7f00001bd000-7f00001be000 ---p 001bd000 fe:01 99 /usr/lib/libc.so.6\n"
                        "7f00001be000-7f00001c2000 r--p 001bd000 fe:01 99 /usr/lib/libc.so.6\n"
                        "7f00001c2000-7f00001c4000 rw-p 001c1000 fe:01 99 /usr/lib/libc.so.6\n"
                        "7f00001c4000-7f00001d1000 rw-p 00000000 00:00 0 \n"
                        "7f1000000000-7f1000001000 ---p 00000000 00:00 0 \n"
                        "7f1000001000-7f1000801000 rw-p 00000000 00:00 0 \n");
        std::vector<Region> withStack = regions;
        withStack[7].kind = RegionKind::ThreadStack;

        const RegionExplanation gap = explainRegion(regions, 2);
        QVERIFY2(gap.about.join(u' ').contains(QStringLiteral("inside libc.so.6's own span")),
            qPrintable(gap.about.join(u' ')));
        const RegionExplanation guard = explainRegion(withStack, 6);
        QVERIFY(guard.about.join(u' ').contains(QStringLiteral("directly below the thread stack at 0x7f1000001000")));
        QCOMPARE(guard.permissions[0].letter, QChar(u'-'));
        QVERIFY(!guard.readability.isEmpty()); // no r: the program cannot read it

        const RegionExplanation text = explainRegion(regions, 1);
        QCOMPARE(text.title, QStringLiteral("libc.so.6: code (text)"));
        QVERIFY(text.origin.contains(QStringLiteral("offset 0x28000")));
        QVERIFY(text.origin.contains(QStringLiteral("bytes 0x28000–0x1bd000")));
        QVERIFY(text.origin.contains(QStringLiteral("device fe:01 and inode 99")));
        QCOMPARE(text.permissions[2].letter, QChar(u'x'));
        QCOMPARE(text.permissions[3].letter, QChar(u'p'));
        QVERIFY(text.readability.isEmpty());

        const RegionExplanation bss = explainRegion(regions, 5);
        // Named after the image it belongs to; without the image's program headers (placeBss), only
        // a guess by position, and said to be one (issue 15).
        QCOMPARE(bss.title, QStringLiteral("libc.so.6: .bss (a guess)"));
        QVERIFY(bss.about.join(u' ').contains(QStringLiteral("That it is libc.so.6's .bss is a guess")));
        QVERIFY(bss.origin.contains(QStringLiteral("inode 0")));
    }

    void explainsSpecialMappings()
    {
        const std::vector<Region> regions
            = regionsOf("7ffd0000-7ffd4000 r--p 00000000 00:00 0 [vvar]\n"
                        "7ffd4000-7ffd6000 r-xp 00000000 00:00 0 [vdso]\n"
                        "7ffe0000-7ffe1000 rw-s 00000000 00:01 4242 /memfd:ring (deleted)\n");
        const RegionExplanation vvar = explainRegion(regions, 0);
        QVERIFY(vvar.readability.contains(QStringLiteral("cannot read")));
        QVERIFY(vvar.about.join(u' ').contains(QStringLiteral("[vvar]")));
        QVERIFY(explainRegion(regions, 1).readability.isEmpty());
        const RegionExplanation shared = explainRegion(regions, 2);
        QCOMPARE(shared.permissions[3].letter, QChar(u's'));
        QVERIFY(shared.permissions[3].meaning.contains(QStringLiteral("every process")));
        QVERIFY(shared.origin.contains(QStringLiteral("(deleted)")));
        const QString text = explanationText(shared);
        QVERIFY(text.contains(QStringLiteral("Permissions:\n  r  readable")));
        QVERIFY(explainRegion(regions, 3).title.isEmpty()); // out of range: nothing, no crash
    }
};

QTEST_GUILESS_MAIN(TestProcessFacts)
#include "tst_processfacts.moc"
