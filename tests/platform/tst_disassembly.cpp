// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The seeds' check, as tests: [vdso] saved from a live process is an ELF shared object whose
// symbols are objdump's and whose code we decode as objdump does.
#include "core/code/disassembler.h"
#include "core/code/elfsymbols.h"
#include "core/io/dump.h"
#include "fixture.h"
#include "platform/linux/mappedfiles.h"
#include "platform/linux/target.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace procglass;
using namespace procglass::test;

class TestDisassembly : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    std::unique_ptr<LinuxTarget> m_target;
    std::vector<Region> m_regions;
    QTemporaryDir m_dir;
    QString m_vdsoPath;
    QByteArray m_vdso;

    static QByteArray run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return p.readAllStandardOutput();
    }

    static QString tool(const char* name) { return QStandardPaths::findExecutable(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }),
            qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        QVERIFY(target);
        m_target = std::move(*target);
        m_regions = *m_target->regions();
        const auto vdso = std::find_if(
            m_regions.begin(), m_regions.end(), [](const Region& r) { return r.kind == RegionKind::Vdso; });
        QVERIFY(vdso != m_regions.end());
        m_vdsoPath = m_dir.filePath(QStringLiteral("vdso.so"));
        QVERIFY(dumpRaw(*m_target, { vdso->range }, m_vdsoPath, {}));
        QFile f(m_vdsoPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_vdso = f.readAll();
    }

    void fileCallsItASharedObject()
    {
        if (tool("file").isEmpty())
            QSKIP("file is not installed (scripts/setup installs it)");
        const QByteArray out = run(tool("file"), { m_vdsoPath });
        QVERIFY2(out.contains("ELF 64-bit LSB shared object"), out);
    }

    void itsSymbolsAreObjdumps()
    {
        if (tool("objdump").isEmpty())
            QSKIP("objdump is not installed (binutils)");
        // "0000000000000c10  w   DF .text  0000000000000005  LINUX_2.6   clock_gettime"
        std::set<std::pair<quint64, QString>> theirs;
        static const QRegularExpression line(
            QStringLiteral("^([0-9a-f]{16}) .* D[FO] \\S+\\s+[0-9a-f]+\\s+(?:\\S+\\s+)?(\\S+)$"));
        for (const QByteArray& l : run(tool("objdump"), { QStringLiteral("-T"), m_vdsoPath }).split('\n')) {
            const auto m = line.match(QString::fromLatin1(l).trimmed());
            if (m.hasMatch())
                theirs.insert({ m.captured(1).toULongLong(nullptr, 16), m.captured(2) });
        }
        QVERIFY(theirs.size() >= 4); // clock_gettime, gettimeofday, time, getcpu and their __vdso_ twins
        auto image = parseElf(m_vdso);
        QVERIFY(image);
        std::set<std::pair<quint64, QString>> ours;
        for (const ElfSymbol& s : image->symbols) {
            if (s.dynamic)
                ours.insert({ s.value, s.name });
        }
        QCOMPARE(ours, theirs);
    }

    void ourDisassemblyIsObjdumps()
    {
        if (tool("objdump").isEmpty())
            QSKIP("objdump is not installed (binutils)");
        auto image = parseElf(m_vdso);
        QVERIFY(image);
        const auto fn = std::find_if(image->symbols.begin(), image->symbols.end(),
            [](const ElfSymbol& s) { return s.name == QLatin1StringView("__vdso_clock_gettime"); });
        QVERIFY(fn != image->symbols.end());
        QVERIFY(fn->size > 0);
        // objdump's instructions of the function: "     af0:\tpush   rbp"
        const QByteArray listing = run(tool("objdump"),
            { QStringLiteral("-d"), QStringLiteral("--no-show-raw-insn"), QStringLiteral("-M"), QStringLiteral("intel"),
                m_vdsoPath });
        std::vector<std::pair<quint64, QString>> theirs;
        static const QRegularExpression insn(QStringLiteral("^\\s*([0-9a-f]+):\\t(\\S+)"));
        for (const QByteArray& l : listing.split('\n')) {
            const auto m = insn.match(QString::fromLatin1(l));
            const quint64 at = m.hasMatch() ? m.captured(1).toULongLong(nullptr, 16) : 0;
            if (m.hasMatch() && at >= fn->value && at < fn->value + fn->size)
                theirs.push_back({ at, m.captured(2) });
        }
        QVERIFY(theirs.size() > 10);
        auto d = Disassembler::create(Disassembler::archForMachine(image->machine));
        QVERIFY(d);
        const auto code
            = std::as_bytes(std::span(m_vdso.constData() + (fn->value - image->loadVaddr), size_t(fn->size)));
        std::vector<std::pair<quint64, QString>> ours;
        for (const Instruction& i : d->disassemble(code, fn->value))
            ours.push_back({ i.address, i.mnemonic });
        QCOMPARE(ours.size(), theirs.size());
        for (size_t k = 0; k < ours.size(); ++k) {
            QCOMPARE(ours[k].first, theirs[k].first);
            // objdump writes prefixes apart ("cs nop", "repz ret"): compare the instruction itself;
            // 66 90 is "xchg ax,ax" to objdump and "nop" to Capstone: the same two bytes.
            const QString mine = ours[k].second.split(u' ').last();
            if (!(mine == QLatin1StringView("nop") && theirs[k].second == QLatin1StringView("xchg")))
                QCOMPARE(mine, theirs[k].second);
        }
    }

    void symbolsOfTheLiveProcess()
    {
        const SymbolIndex index = buildSymbolIndex(*m_target, m_regions);
        const auto at = index.find(u"__vdso_clock_gettime");
        QVERIFY(at);
        QCOMPARE(index.describe(*at), QStringLiteral("[vdso]!__vdso_clock_gettime"));
        QCOMPARE(index.describe(*at + 0x12), QStringLiteral("[vdso]!__vdso_clock_gettime+0x12"));
        const auto memcpy = index.find(u"libc.so.6!memcpy");
        QVERIFY(memcpy);
        QVERIFY(index.describe(*memcpy).startsWith(QStringLiteral("libc.so.6!")));
        QVERIFY(index.describe(0x10).isEmpty()); // nothing mapped there
        // Undecodable bytes become .byte and decoding goes on.
        auto d = Disassembler::create(Disassembler::Arch::X86_64);
        const QByteArray bytes = QByteArray::fromHex("0f0b"
                                                     "06"
                                                     "c3"); // ud2, push es (invalid in 64-bit mode), ret
        const auto insns = d->disassemble(std::as_bytes(std::span(bytes.constData(), size_t(bytes.size()))), 0x1000);
        QCOMPARE(insns.size(), size_t(3));
        QCOMPARE(insns[0].mnemonic, QStringLiteral("ud2"));
        QVERIFY(insns[1].isData());
        QCOMPARE(insns[2].address, Address(0x1003));
        QCOMPARE(insns[2].mnemonic, QStringLiteral("ret"));
        auto att = Disassembler::create(Disassembler::Arch::X86_64, Disassembler::Syntax::Att);
        const QByteArray mov = QByteArray::fromHex("4889e5");
        QCOMPARE(att->disassemble(std::as_bytes(std::span(mov.constData(), 3)), 0)[0].text(),
            QStringLiteral("movq %rsp, %rbp"));
    }
};

QTEST_GUILESS_MAIN(TestDisassembly)
#include "tst_disassembly.moc"
