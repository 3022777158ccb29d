// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 15, item 5: C++ symbols are shown demangled, found by either name, and the symbol form
// describe() prints reads back to its address. Names come from the target's files: a crafted one
// must not make demangling cost what it likes.
#include "core/code/elfsymbols.h"
#include "core/parse/addressspec.h"
#include "core/teach/location.h"
#include "fakememorysource.h"
#include "fixture.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>
#include <elf.h>

using namespace procglass;
using procglass::test::fileBytes;
using procglass::test::fixturePath;

namespace {

template <typename T> void put(QByteArray& image, quint64 offset, T value)
{
    if (quint64(image.size()) < offset + sizeof value)
        image.resize(qsizetype(offset + sizeof value), '\0');
    std::memcpy(image.data() + offset, &value, sizeof value);
}

struct Named
{
    QByteArray name;
    quint64 value;
    bool function = true;
};

// A 64-bit ELF shared object with one PT_LOAD at 0 and a .symtab of these symbols.
QByteArray makeImage(const QList<Named>& symbols)
{
    constexpr quint64 kSymtab = 0x200;
    QByteArray strings("\0", 1);
    QByteArray image;
    const quint64 strtab = kSymtab + quint64(symbols.size() + 1) * sizeof(Elf64_Sym);
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        Elf64_Sym sym {};
        sym.st_name = quint32(strings.size());
        strings += symbols[i].name + '\0';
        sym.st_info = ELF64_ST_INFO(STB_GLOBAL, symbols[i].function ? STT_FUNC : STT_OBJECT);
        sym.st_shndx = 1;
        sym.st_value = symbols[i].value;
        sym.st_size = 16;
        put(image, kSymtab + quint64(i + 1) * sizeof sym, sym);
    }
    const quint64 shoff = (strtab + quint64(strings.size()) + 15) & ~quint64(15);
    image.resize(qsizetype(shoff + 3 * sizeof(Elf64_Shdr)), '\0');
    image.replace(qsizetype(strtab), strings.size(), strings);
    Elf64_Ehdr eh {};
    std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_type = ET_DYN;
    eh.e_machine = EM_X86_64;
    eh.e_version = EV_CURRENT;
    eh.e_phoff = sizeof eh;
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = 1;
    eh.e_shoff = shoff;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = 3;
    put(image, 0, eh);
    Elf64_Phdr ph {};
    ph.p_type = PT_LOAD;
    put(image, sizeof eh, ph);
    Elf64_Shdr symtab {};
    symtab.sh_type = SHT_SYMTAB;
    symtab.sh_offset = kSymtab;
    symtab.sh_size = quint64(symbols.size() + 1) * sizeof(Elf64_Sym);
    symtab.sh_link = 2;
    symtab.sh_entsize = sizeof(Elf64_Sym);
    Elf64_Shdr strtabHeader {};
    strtabHeader.sh_type = SHT_STRTAB;
    strtabHeader.sh_offset = strtab;
    strtabHeader.sh_size = quint64(strings.size());
    put(image, shoff + sizeof(Elf64_Shdr), symtab);
    put(image, shoff + 2 * sizeof(Elf64_Shdr), strtabHeader);
    return image;
}

class Bytes final : public ImageBytes
{
public:
    explicit Bytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    quint64 size() const override { return quint64(m_bytes.size()); }
    bool read(quint64 offset, std::span<std::byte> out) const override
    {
        if (offset > size() || size() - offset < out.size())
            return false;
        std::memcpy(out.data(), m_bytes.constData() + offset, out.size());
        return true;
    }

private:
    QByteArray m_bytes;
};

Region fileRegion(Address start, quint64 size, const QString& path, quint64 inode)
{
    Region r;
    r.range = { start, start + size };
    r.perms.read = r.perms.execute = true;
    r.path = path;
    r.inode = inode;
    r.kind = RegionKind::Library;
    return r;
}

// A back-reference bomb: each parameter is a template of two copies of the one before.
QByteArray bomb(int levels)
{
    auto seq = [](int n) {
        if (n == 0)
            return QByteArray("S_");
        QByteArray digits;
        for (int v = n - 1;; v /= 36) {
            digits.prepend("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[v % 36]);
            if (v < 36)
                break;
        }
        return "S" + digits + "_";
    };
    QByteArray params = "1PI1XS_E";
    for (int i = 1, last = 2; i < levels; ++i, ++last)
        params += "S0_I" + seq(last) + seq(last) + "E";
    return "_Z1f" + params;
}

// A name the demangler builds a long text for, then rejects: template arguments that double a
// long class name level by level, then a template parameter (T_) of a function that has none.
QByteArray failingBomb(int levels, int nameLength)
{
    const QByteArray name = QByteArray::number(nameLength) + QByteArray(nameLength, 'X');
    QByteArray params = "1PI" + name + "S_E";
    for (int i = 1, last = 2; i < levels; ++i, ++last) {
        const QByteArray seq = "S" + QByteArray::number(last - 1, 36).toUpper() + "_";
        params += "S0_I" + seq + seq + "E";
    }
    return "_Z1f" + params + "T_";
}

} // namespace

class TestSymbolNames : public QObject
{
    Q_OBJECT
private slots:
    // The fixture's own symbols: what a user of the CLI and the code view sees.
    void fixtureNamesDemangled()
    {
        const QByteArray bytes = fileBytes(fixturePath());
        QVERIFY(!bytes.isEmpty());
        auto image = parseElf(bytes);
        QVERIFY(image);
        const auto it = std::find_if(image->symbols.begin(), image->symbols.end(),
            [](const ElfSymbol& s) { return s.name == QLatin1StringView("_ZN12_GLOBAL__N_17g_int32E"); });
        QVERIFY2(it != image->symbols.end(), "the fixture is built with its symbol table");
        QCOMPARE(it->demangled, QStringLiteral("(anonymous namespace)::g_int32"));
        QCOMPARE(it->displayName(), QStringLiteral("(anonymous namespace)::g_int32"));

        // Placed in a process: found by every name, printed demangled, read back.
        FakeMemorySource source;
        const std::vector<Region> regions { fileRegion(
            0x555555554000, 0x10000, QStringLiteral("/opt/procglass-demo"), 7) };
        const SymbolIndex index
            = SymbolIndex::build(source, regions, [&](const Region&) { return std::make_unique<Bytes>(bytes); });
        const auto g = index.find(u"_ZN12_GLOBAL__N_17g_int32E");
        QVERIFY(g);
        QCOMPARE(index.find(u"(anonymous namespace)::g_int32"), g);
        QCOMPARE(index.find(u"procglass-demo!(anonymous namespace)::g_int32"), g);
        QCOMPARE(index.find(u"procglass-demo!_ZN12_GLOBAL__N_17g_int32E"), g);
        QCOMPARE(index.describe(*g), QStringLiteral("procglass-demo!(anonymous namespace)::g_int32"));
        QCOMPARE(index.describe(*g, true), QStringLiteral("procglass-demo!_ZN12_GLOBAL__N_17g_int32E"));
        QCOMPARE(index.mangledName(*g + 2), QStringLiteral("_ZN12_GLOBAL__N_17g_int32E"));
        QCOMPARE(index.describe(*g + 2), QStringLiteral("procglass-demo!(anonymous namespace)::g_int32+0x2"));
        QCOMPARE(*resolveAddress(index.describe(*g + 2), regions, &index), *g + 2);
        QCOMPARE(formatLocation(*g + 2, regions, &index), index.describe(*g + 2));
        // A function by its name without the parameter list, and with it.
        const auto hasFlag = index.find(u"(anonymous namespace)::hasFlag");
        QVERIFY(hasFlag);
        QCOMPARE(index.find(u"(anonymous namespace)::hasFlag(int, char**, char const*)"), hasFlag);
        QCOMPARE(*resolveAddress(u"procglass-demo!(anonymous namespace)::hasFlag+0x4", regions, &index), *hasFlag + 4);
        // Not its cold part, which the compiler placed lower: the function itself.
        const auto counter = index.find(u"(anonymous namespace)::counterThread");
        QVERIFY(counter);
        QCOMPARE(index.find(u"(anonymous namespace)::counterThread(int)"), counter);
        QVERIFY2(index.describe(*counter).endsWith(QStringLiteral("::counterThread(int)")),
            qPrintable(index.describe(*counter)));
    }

    // Every symbol's printed form reads back to the address it was printed for, or is not the
    // symbol form: two static functions of one name, a module name two files share.
    void describeReadsBack()
    {
        const QByteArray first
            = makeImage({ { "helper", 0x1000 }, { "_ZN1A1fEi", 0x1010 }, { "helper", 0x1020 }, { "_ZN1A1fEv", 0x1030 },
                { "_ZplRK1AS1_", 0x1040 }, { "_ZN1AntEv", 0x1050 }, { "g", 0x1060 }, { "g+0x4", 0x1070 } });
        const QByteArray second = makeImage({ { "only", 0x1000 } });
        FakeMemorySource source;
        const std::vector<Region> regions { fileRegion(0x10000, 0x2000, QStringLiteral("/a/libx.so"), 1),
            fileRegion(0x20000, 0x2000, QStringLiteral("/b/libx.so"), 2),
            fileRegion(0x30000, 0x2000, QStringLiteral("/c/liby.so"), 3) };
        const SymbolIndex index = SymbolIndex::build(
            source, regions, [&](const Region& r) { return std::make_unique<Bytes>(r.inode == 3 ? first : second); });
        QCOMPARE(index.describe(0x31010), QStringLiteral("liby.so!A::f(int)"));
        QCOMPARE(index.describe(0x31042), QStringLiteral("liby.so!operator+(A const&, A const&)+0x2"));
        QCOMPARE(index.describe(0x31050), QStringLiteral("liby.so!A::operator!()"));
        QCOMPARE(index.describe(0x31000), QStringLiteral("liby.so!helper"));
        QCOMPARE(index.describe(0x31024), QStringLiteral("liby.so+0x1024")); // the second helper
        QCOMPARE(index.describe(0x11000), QStringLiteral("libx.so+0x1000")); // libx.so twice
        QCOMPARE(index.describe(0x31064), QStringLiteral("liby.so+0x1064")); // not "g+0x4": a name of its own
        // Overloads: the name without parameters finds the first; each full name its own.
        QCOMPARE(index.find(u"A::f"), Address(0x31010));
        QCOMPARE(index.find(u"A::f()"), Address(0x31030));
        for (Address a = 0x31000; a < 0x31080; ++a) {
            const QString text = formatLocation(a, regions, &index);
            const auto back = resolveAddress(text, regions, &index);
            QVERIFY2(back && *back == a, qPrintable(text));
        }
    }

    // A target's file may name a symbol after another module's location: "liby.so!helper+0x4"
    // is liby.so's helper+4, not the executable's symbol of that name (nor one in a module whose
    // name starts like the text).
    void qualifiedNameWins()
    {
        const QByteArray app = makeImage({ { "liby.so!helper+0x4", 0x1000 }, { "liby.so!A::operator!()+0x4", 0x1010 },
            { "liby.so!helper", 0x1020 } });
        const QByteArray liby = makeImage({ { "helper", 0x1000 }, { "_ZN1AntEv", 0x1010 } });
        const QByteArray other = makeImage({ { "()+0x4", 0x1000 } });
        FakeMemorySource source;
        const std::vector<Region> regions { fileRegion(0x10000, 0x2000, QStringLiteral("/bin/app"), 1),
            fileRegion(0x30000, 0x2000, QStringLiteral("/c/liby.so"), 2),
            fileRegion(0x50000, 0x2000, QStringLiteral("/tmp/liby.so!A::operator!"), 3) };
        const SymbolIndex index = SymbolIndex::build(source, regions, [&](const Region& r) {
            return std::make_unique<Bytes>(r.inode == 1 ? app : r.inode == 2 ? liby : other);
        });
        QCOMPARE(index.describe(0x31004), QStringLiteral("liby.so!helper+0x4"));
        QCOMPARE(index.resolve(u"liby.so!helper+0x4"), Address(0x31004));
        QCOMPARE(*resolveAddress(u"liby.so!helper+0x4", regions, &index), Address(0x31004));
        QCOMPARE(index.describe(0x31014), QStringLiteral("liby.so!A::operator!()+0x4"));
        QCOMPARE(index.resolve(u"liby.so!A::operator!()+0x4"), Address(0x31014));
        // A module's name before the '!' decides: liby.so has no "nothing", so no other module's.
        QCOMPARE(index.find(u"liby.so!helper"), Address(0x31000));
        QCOMPARE(index.resolve(u"liby.so!nothing"), std::nullopt);
        // The executable's own symbols, as describe() prints them, still read back.
        QCOMPARE(index.describe(0x11000), QStringLiteral("app!liby.so!helper+0x4"));
        for (Address a = 0x11000; a < 0x11030; ++a) {
            const QString text = index.describe(a);
            const auto back = resolveAddress(text, regions, &index);
            QVERIFY2(back && *back == a, qPrintable(text));
        }
        for (Address a = 0x31000; a < 0x31020; ++a) {
            const QString text = formatLocation(a, regions, &index);
            const auto back = resolveAddress(text, regions, &index);
            QVERIFY2(back && *back == a, qPrintable(text));
        }
    }

    // A module's range runs from its first to its last mapping, so ranges overlap (liba.so mapped
    // below and above libz.so): describe() judges the module the symbol was found in, and one of
    // two files named libz.so is not printed as "libz.so!only", which reads back in the other.
    void overlappingModules()
    {
        const QByteArray liba = makeImage({ { "a", 0x1000 } });
        const QByteArray libz = makeImage({ { "only", 0x1100 } });
        FakeMemorySource source;
        const std::vector<Region> regions { fileRegion(0x5000, 0x2000, QStringLiteral("/b/libz.so"), 3),
            fileRegion(0x10000, 0x2000, QStringLiteral("/a/liba.so"), 1),
            fileRegion(0x20000, 0x2000, QStringLiteral("/c/libz.so"), 2),
            fileRegion(0x40000, 0x2000, QStringLiteral("/a/liba.so"), 1) };
        const SymbolIndex index = SymbolIndex::build(
            source, regions, [&](const Region& r) { return std::make_unique<Bytes>(r.inode == 1 ? liba : libz); });
        QCOMPARE(index.describe(0x21104), QStringLiteral("libz.so+0x1104"));
        QCOMPARE(index.describe(0x6104), QStringLiteral("libz.so+0x1104"));
        QCOMPARE(index.describe(0x11004), QStringLiteral("liba.so!a+0x4"));
        for (const Address a : { Address(0x6104), Address(0x11004), Address(0x21104), Address(0x40010) }) {
            const QString text = formatLocation(a, regions, &index);
            const auto back = resolveAddress(text, regions, &index);
            QVERIFY2(back && *back == a, qPrintable(text));
        }
    }

    // A module named 0x1.so or anon@x.so: "0x1.so!helper+0x4" reads as an address (and fails), so
    // describe() does not print it; typed, it still finds the symbol. And a symbol is named only
    // by what reads back to it, mangled (--mangled) or demangled: _Z9_ZN1A1fEv demangles to
    // "_ZN1A1fEv", the raw name of A::f().
    void namesThatReadAsSomethingElse()
    {
        const QByteArray lib = makeImage({ { "_Z9_ZN1A1fEv", 0x800 }, { "helper", 0x1000 }, { "_ZN1A1fEv", 0x1010 },
            { "_ZN1A1gEv", 0x1020 }, { "_ZN1A1gEv+0x4", 0x1030 } });
        FakeMemorySource source;
        const std::vector<Region> regions { fileRegion(0x10000, 0x2000, QStringLiteral("/a/0x1.so"), 1),
            fileRegion(0x20000, 0x2000, QStringLiteral("/a/anon@x.so"), 2),
            fileRegion(0x30000, 0x2000, QStringLiteral("/a/ANON@y.so"), 3),
            fileRegion(0x40000, 0x2000, QStringLiteral("/a/0X2.so"), 4),
            fileRegion(0x50000, 0x2000, QStringLiteral("/a/ok.so"), 5) };
        const SymbolIndex index
            = SymbolIndex::build(source, regions, [&](const Region&) { return std::make_unique<Bytes>(lib); });
        QCOMPARE(index.describe(0x11004), QStringLiteral("0x1.so+0x1004"));
        QCOMPARE(index.describe(0x21004), QStringLiteral("anon@x.so+0x1004"));
        QCOMPARE(*resolveAddress(u"0x1.so!helper+0x4", regions, &index), Address(0x11004));
        QCOMPARE(*resolveAddress(u" anon@x.so!helper+0x4", regions, &index), Address(0x21004));
        QVERIFY(!resolveAddress(u"0x1.so!nothing", regions, &index));
        QVERIFY(!resolveAddress(u"0x1.so!helper", regions, nullptr));
        // Mangled, A::f() is "_ZN1A1fEv", which is _Z9_ZN1A1fEv's demangled name, lower in the file.
        QCOMPARE(index.describe(0x51000), QStringLiteral("ok.so!helper"));
        QCOMPARE(index.describe(0x51014, true), QStringLiteral("ok.so+0x1014"));
        // Mangled, A::g() is "_ZN1A1gEv", and "_ZN1A1gEv+0x4" another symbol's name.
        QCOMPARE(index.describe(0x51024, true), QStringLiteral("ok.so+0x1024"));
        std::vector<Address> addresses;
        for (Address base = 0x10000; base <= 0x50000; base += 0x10000) {
            for (Address a = base + 0x800; a < base + 0x810; ++a)
                addresses.push_back(a);
            for (Address a = base + 0x1000; a < base + 0x1040; ++a)
                addresses.push_back(a);
        }
        for (const Address a : addresses) {
            for (const bool mangled : { false, true }) {
                const QString text = index.describe(a, mangled);
                if (!text.contains(u'!'))
                    continue;
                const auto back = resolveAddress(text, regions, &index);
                QVERIFY2(back && *back == a, qPrintable(text));
            }
            const QString text = formatLocation(a, regions, &index);
            const auto back = resolveAddress(text, regions, &index);
            QVERIFY2(back && *back == a, qPrintable(text));
        }
    }

    // Failures cost too: this 959-byte name (14 back-references) makes the demangler build about
    // 51 KB, then fail (0.2 ms). Charged nothing, a file of 100,000 of them cost 20 s of CPU;
    // charged, all names together build at most what the budget allows.
    void failedDemanglingIsCharged()
    {
        const QByteArray hostile = failingBomb(5, 900);
        QCOMPARE(hostile.size(), 959);
        QList<Named> symbols;
        for (int i = 0; i < 2000; ++i)
            symbols.append({ hostile, 0x1000 + 16 * quint64(i) });
        symbols.append({ "_ZN1A1fEv", 0x1000 + 16 * 2000 });
        ElfBudget budget;
        const quint64 allowed = budget.demangledBytes;
        auto image = parseElf(Bytes(makeImage(symbols)), budget);
        QVERIFY(image);
        QCOMPARE(image->symbols.size(), size_t(2001));
        QVERIFY(image->symbols.front().demangled.isEmpty());
        // Each try builds about 51 KB: no more tries than the budget has room for.
        QVERIFY2(budget.demangleCalls * (51 << 10) <= allowed, qPrintable(QString::number(budget.demangleCalls)));
        QVERIFY(budget.demangleCalls > 0);
        // What is left of it still demangles a real name.
        QCOMPARE(image->symbols.back().displayName(), QStringLiteral("A::f()"));
        // Real names are charged about what they are: a small budget still demangles them.
        ElfBudget small;
        small.demangledBytes = 1 << 10;
        QCOMPARE(parseElf(Bytes(makeImage({ { "_ZN1A1fEv", 0x1000 } })), small)->symbols.front().displayName(),
            QStringLiteral("A::f()"));
    }

    // A 265-byte name that demangles to 218 MB in 2.9 s stays mangled, and costs nothing.
    void demanglingIsBounded()
    {
        QList<Named> symbols;
        for (int i = 0; i < 200; ++i)
            symbols.append({ bomb(24), 0x1000 + 16 * quint64(i) });
        symbols.append({ bomb(5), 0x3000 }); // a small one is still demangled
        symbols.append({ "_Z" + QByteArray(2000, 'x'), 0x3010 }); // too long to try
        const QByteArray bytes = makeImage(symbols);
        QElapsedTimer timer;
        timer.start();
        auto image = parseElf(bytes);
        QVERIFY(image);
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(image->symbols.size(), size_t(202));
        for (const ElfSymbol& s : image->symbols) {
            if (s.value == 0x3000)
                QVERIFY2(s.demangled.startsWith(QStringLiteral("f(P<")), qPrintable(s.demangled));
            else
                QVERIFY2(s.demangled.isEmpty() && s.displayName() == s.name, qPrintable(s.demangled.left(80)));
        }
        QVERIFY(!parseElf(makeImage({ { "_Z1fv\x01", 0x1000 } }))->symbols.front().name.contains(u'\x01'));
        QCOMPARE(parseElf(makeImage({ { "_Znot valid", 0x1000 } }))->symbols.front().displayName(),
            QStringLiteral("_Znot valid"));
    }
};

QTEST_GUILESS_MAIN(TestSymbolNames)
#include "tst_symbolnames.moc"
