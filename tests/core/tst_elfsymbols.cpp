// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// parseElf on images whose headers lie: every offset, size and count is checked against the bytes
// there and bounded, so a hostile file (a process maps what it likes) can neither crash Procglass,
// nor make it allocate or loop by what a header claims. (The fuzzer goes further; these are the
// cases by name.)
#include "core/code/elfsymbols.h"
#include "core/io/imagefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstddef>
#include <cstring>
#include <elf.h>
#include <functional>
#include <limits>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace procglass;

namespace {

constexpr quint64 kSymtab = 128;
constexpr quint64 kShoff = 0x10000; // after room for a symbol table of up to 2,000 entries

template <typename T> void put(QByteArray& image, quint64 offset, T value)
{
    if (quint64(image.size()) < offset + sizeof value)
        image.resize(qsizetype(offset + sizeof value), '\0');
    std::memcpy(image.data() + offset, &value, sizeof value);
}

quint64 shdr(int index, size_t field)
{
    return kShoff + quint64(index) * sizeof(Elf64_Shdr) + field;
}

// A 64-bit ELF shared object: one PT_LOAD, .symtab with `count` symbols (functions "alpha" and
// objects "beta", alternately, at 0x1000 + 16 * i), .strtab.
QByteArray makeImage(int count = 2, int sections = 3)
{
    QByteArray image(kShoff + quint64(sections) * sizeof(Elf64_Shdr), '\0');
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
    eh.e_shoff = kShoff;
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = quint16(sections);
    put(image, 0, eh);
    Elf64_Phdr ph {};
    ph.p_type = PT_LOAD;
    ph.p_vaddr = 0x400000;
    put(image, sizeof eh, ph);
    const quint64 strtab = kSymtab + quint64(count + 1) * sizeof(Elf64_Sym);
    const QByteArray names("\0alpha\0beta\0", 12);
    image.replace(qsizetype(strtab), names.size(), names);
    for (int i = 1; i <= count; ++i) {
        Elf64_Sym sym {};
        const bool function = i % 2;
        sym.st_name = function ? 1 : 7;
        sym.st_info = ELF64_ST_INFO(STB_GLOBAL, function ? STT_FUNC : STT_OBJECT);
        sym.st_shndx = 1;
        sym.st_value = 0x1000 + 16 * quint64(i - 1);
        sym.st_size = 16;
        put(image, kSymtab + quint64(i) * sizeof sym, sym);
    }
    Elf64_Shdr symtab {};
    symtab.sh_type = SHT_SYMTAB;
    symtab.sh_offset = kSymtab;
    symtab.sh_size = quint64(count + 1) * sizeof(Elf64_Sym);
    symtab.sh_link = 2;
    symtab.sh_entsize = sizeof(Elf64_Sym);
    Elf64_Shdr strings {};
    strings.sh_type = SHT_STRTAB;
    strings.sh_offset = strtab;
    strings.sh_size = quint64(names.size());
    put(image, shdr(1, 0), symtab);
    put(image, shdr(2, 0), strings);
    for (int i = 3; i < sections; ++i)
        put(image, shdr(i, 0), symtab); // more headers naming the same table
    return image;
}

QStringList names(const ElfImage& image)
{
    QStringList out;
    for (const ElfSymbol& s : image.symbols)
        out << s.name;
    return out;
}

using Mutation = std::function<void(QByteArray&)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestElfSymbols : public QObject
{
    Q_OBJECT

private slots:
    void aSoundImage()
    {
        auto image = parseElf(makeImage());
        QVERIFY(image);
        QCOMPARE(names(*image), QStringList({ QStringLiteral("alpha"), QStringLiteral("beta") }));
        QCOMPARE(image->loadVaddr, quint64(0x400000));
        QCOMPARE(image->machine, int(EM_X86_64));
        QVERIFY(image->symbols[0].function);
        QVERIFY(!image->symbols[1].function);
    }

    void lyingHeaders_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QStringList>("expected"); // the names parseElf still finds
        const QStringList both { QStringLiteral("alpha"), QStringLiteral("beta") };
        const quint64 max = std::numeric_limits<quint64>::max();
        auto ehdr = [](size_t field, auto value) { return Mutation([=](QByteArray& i) { put(i, field, value); }); };
        auto section = [](int index, size_t field, auto value) {
            return Mutation([=](QByteArray& i) { put(i, shdr(index, field), value); });
        };
        QTest::newRow("e_shoff past the end") << ehdr(offsetof(Elf64_Ehdr, e_shoff), quint64(1) << 40) << QStringList();
        QTest::newRow("e_shoff wraps around") << ehdr(offsetof(Elf64_Ehdr, e_shoff), max - 8) << QStringList();
        QTest::newRow("e_shentsize 0") << ehdr(offsetof(Elf64_Ehdr, e_shentsize), quint16(0)) << QStringList();
        QTest::newRow("e_shentsize huge") << ehdr(offsetof(Elf64_Ehdr, e_shentsize), quint16(0xffff)) << QStringList();
        QTest::newRow("e_shnum past the end") << ehdr(offsetof(Elf64_Ehdr, e_shnum), quint16(0xff00)) << QStringList();
        QTest::newRow("extended section count, huge") << Mutation([](QByteArray& i) {
            put(i, offsetof(Elf64_Ehdr, e_shnum), quint16(0));
            put(i, shdr(0, offsetof(Elf64_Shdr, sh_size)), quint64(1) << 40);
        }) << QStringList();
        QTest::newRow("extended section count, right") << Mutation([](QByteArray& i) {
            put(i, offsetof(Elf64_Ehdr, e_shnum), quint16(0));
            put(i, shdr(0, offsetof(Elf64_Shdr, sh_size)), quint64(3));
        }) << both;
        QTest::newRow("e_phoff wraps around") << ehdr(offsetof(Elf64_Ehdr, e_phoff), max) << both;
        QTest::newRow("e_phnum past the end") << ehdr(offsetof(Elf64_Ehdr, e_phnum), quint16(0xfffe)) << both;
        QTest::newRow("e_phentsize 0") << ehdr(offsetof(Elf64_Ehdr, e_phentsize), quint16(0)) << both;
        QTest::newRow("sh_size huge") << section(1, offsetof(Elf64_Shdr, sh_size), quint64(1) << 62) << QStringList();
        QTest::newRow("sh_size past the end")
            << section(1, offsetof(Elf64_Shdr, sh_size), quint64(1) << 20) << QStringList();
        QTest::newRow("sh_offset wraps around")
            << section(1, offsetof(Elf64_Shdr, sh_offset), max - 16) << QStringList();
        QTest::newRow("sh_link out of range")
            << section(1, offsetof(Elf64_Shdr, sh_link), quint32(99)) << QStringList();
        QTest::newRow("sh_link to the symbol table itself")
            << section(1, offsetof(Elf64_Shdr, sh_link), quint32(1)) << QStringList();
        QTest::newRow("sh_entsize 0") << section(1, offsetof(Elf64_Shdr, sh_entsize), quint64(0)) << QStringList();
        QTest::newRow("string table past the end")
            << section(2, offsetof(Elf64_Shdr, sh_offset), quint64(1) << 40) << QStringList();
        QTest::newRow("string table size huge")
            << section(2, offsetof(Elf64_Shdr, sh_size), quint64(1) << 62) << QStringList();
        QTest::newRow("string offset past the table")
            << Mutation([](QByteArray& i) { put(i, kSymtab + sizeof(Elf64_Sym), quint32(12)); })
            << QStringList { QStringLiteral("beta") };
        QTest::newRow("string offset huge")
            << Mutation([](QByteArray& i) { put(i, kSymtab + sizeof(Elf64_Sym), quint32(0xffffffff)); })
            << QStringList { QStringLiteral("beta") };
        QTest::newRow("a name without its NUL: cut at the table's end") << section(2, offsetof(Elf64_Shdr, sh_size),
            quint64(10)) << QStringList { QStringLiteral("alpha"), QStringLiteral("bet") };
    }
    void lyingHeaders()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QStringList, expected);
        QByteArray bytes = makeImage();
        mutate(bytes);
        auto image = parseElf(bytes);
        QVERIFY(image); // still an ELF image, only without (some) symbols
        QCOMPARE(names(*image), expected);
    }

    void everyTruncationIsSafe()
    {
        const QByteArray whole = makeImage();
        for (qsizetype n = 0; n < whole.size(); n += n < 256 ? 1 : 61) {
            auto image = parseElf(QByteArrayView(whole).first(n));
            QCOMPARE(bool(image), n >= qsizetype(sizeof(Elf64_Ehdr)));
            if (image)
                QVERIFY(image->symbols.empty()); // the section headers are at the very end
        }
        QVERIFY(parseElf(whole));
        QVERIFY(!parseElf(QByteArray("\x7f"
                                     "ELF")));
    }

    // A header table whose entries all overlap (e_shentsize 0), or 65,535 headers naming one symbol
    // table: the work is bounded by the bytes there and a budget, not by header count x table size.
    void repeatedTablesCostLittle_data()
    {
        QTest::addColumn<bool>("overlapping");
        QTest::newRow("e_shentsize 0") << true;
        QTest::newRow("65535 headers") << false;
    }
    void repeatedTablesCostLittle()
    {
        QFETCH(bool, overlapping);
        constexpr int kSymbols = 2000;
        QByteArray bytes = makeImage(kSymbols, overlapping ? 3 : 0xffff);
        if (overlapping) {
            put(bytes, offsetof(Elf64_Ehdr, e_shentsize), quint16(0));
            put(bytes, offsetof(Elf64_Ehdr, e_shnum), quint16(0xffff));
            put(bytes, offsetof(Elf64_Ehdr, e_shoff), shdr(1, 0)); // every entry is the symbol table's
        }
        QElapsedTimer timer;
        timer.start();
        auto image = parseElf(bytes);
        QVERIFY(image);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(image->symbols.size() <= size_t(kSymbols));
    }

    void namesCannotForgeLines()
    {
        QByteArray bytes = makeImage();
        const quint64 strtab = kSymtab + 3 * sizeof(Elf64_Sym);
        bytes.replace(qsizetype(strtab + 1), 5, "a\nb\tc"); // in place of "alpha", five bytes too
        auto image = parseElf(bytes);
        QVERIFY(image);
        QCOMPARE(image->symbols.front().name, QStringLiteral("a\\012b\\011c"));
    }

    // A bundle read offline takes symbols from this computer's file at the region's path, only if
    // it is still that file: a regular file with the same device and inode, never a link or a FIFO.
    void localFilesOnlyIfTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.so"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(makeImage());
        }
        struct stat st
        {
        };
        QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
        Region region;
        region.range = { 0x10000, 0x11000 };
        region.path = path;
        region.devMajor = major(st.st_dev);
        region.devMinor = minor(st.st_dev);
        region.inode = st.st_ino;
        auto file = ImageFile::openLocal(region);
        QVERIFY(file);
        QCOMPARE((*file)->size(), quint64(st.st_size));
        ElfBudget budget;
        QVERIFY(parseElf(**file, budget));

        Region other = region;
        other.inode += 1;
        QVERIFY(!ImageFile::openLocal(other)); // another file now has that name
        Region deleted = region;
        deleted.deleted = true;
        QVERIFY(!ImageFile::openLocal(deleted));
        // A link to the very file is not followed.
        Region link = region;
        link.path = dir.filePath(QStringLiteral("link.so"));
        QVERIFY(QFile::link(path, link.path));
        QVERIFY(!ImageFile::openLocal(link));
        // A FIFO is refused at once, even with its own device and inode.
        Region fifo = region;
        fifo.path = dir.filePath(QStringLiteral("fifo.so"));
        QCOMPARE(mkfifo(QFile::encodeName(fifo.path).constData(), 0600), 0);
        QCOMPARE(stat(QFile::encodeName(fifo.path).constData(), &st), 0);
        fifo.inode = st.st_ino;
        QVERIFY(!ImageFile::openLocal(fifo));
        // /dev/zero: a device, never read.
        QCOMPARE(stat("/dev/zero", &st), 0);
        Region zero = region;
        zero.path = QStringLiteral("/dev/zero");
        zero.devMajor = major(st.st_dev);
        zero.devMinor = minor(st.st_dev);
        zero.inode = st.st_ino;
        QVERIFY(!ImageFile::openLocal(zero));
    }

    void longNamesAreCut()
    {
        // 200 symbols naming one 1 MiB string without an end.
        QByteArray bytes = makeImage(200);
        const quint64 strtab = kSymtab + 201 * sizeof(Elf64_Sym);
        bytes.resize(qsizetype(kShoff + 3 * sizeof(Elf64_Shdr) + (1 << 20)));
        const quint64 text = kShoff + 3 * sizeof(Elf64_Shdr);
        std::memset(bytes.data() + text, 'a', 1 << 20);
        put(bytes, shdr(2, offsetof(Elf64_Shdr, sh_offset)), text);
        put(bytes, shdr(2, offsetof(Elf64_Shdr, sh_size)), quint64(1) << 20);
        Q_UNUSED(strtab);
        auto image = parseElf(bytes);
        QVERIFY(image);
        QCOMPARE(image->symbols.size(), size_t(200));
        for (const ElfSymbol& s : image->symbols)
            QVERIFY(s.name.size() <= 4096);
    }
};

QTEST_GUILESS_MAIN(TestElfSymbols)
#include "tst_elfsymbols.moc"
