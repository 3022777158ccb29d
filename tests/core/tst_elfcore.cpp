// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// writeElfCore over any memory source (issue 17): a core written from memory and registers that
// did not come from this computer's ptrace or /proc -- an agent's target -- holds exactly them.
#include "core/host/rundump.h"
#include "core/io/elfcore.h"
#include "fakememorysource.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <elf.h>
#include <sys/procfs.h>
#include <sys/stat.h>

using namespace procglass;

namespace {

constexpr Address kData = 0x10000;
constexpr Address kFile = 0x40000;

Region region(Address start, quint64 size, RegionKind kind, const QString& path = {})
{
    Region r;
    r.range = { start, start + size };
    r.perms.read = true;
    r.perms.write = kind != RegionKind::Executable;
    r.kind = kind;
    r.path = path;
    if (!path.isEmpty())
        r.inode = 42;
    return r;
}

struct Core
{
    Elf64_Ehdr header {};
    std::vector<Elf64_Phdr> segments;
    std::vector<std::pair<quint32, QByteArray>> notes;
    QByteArray bytes;
    // The bytes of memory the core holds at address, or empty.
    [[nodiscard]] QByteArray memory(Address address, qsizetype size) const
    {
        for (const Elf64_Phdr& p : segments) {
            if (p.p_type == PT_LOAD && address >= p.p_vaddr && address + quint64(size) <= p.p_vaddr + p.p_filesz)
                return bytes.mid(qsizetype(p.p_offset + (address - p.p_vaddr)), size);
        }
        return {};
    }
};

Core parseCore(const QByteArray& bytes)
{
    Core core;
    core.bytes = bytes;
    if (bytes.size() < qsizetype(sizeof core.header))
        return core;
    std::memcpy(&core.header, bytes.constData(), sizeof core.header);
    for (int i = 0; i < core.header.e_phnum; ++i) {
        Elf64_Phdr p {};
        const quint64 at = core.header.e_phoff + quint64(i) * sizeof p;
        if (at + sizeof p > quint64(bytes.size()))
            return core;
        std::memcpy(&p, bytes.constData() + at, sizeof p);
        core.segments.push_back(p);
    }
    if (core.segments.empty() || core.segments[0].p_type != PT_NOTE)
        return core;
    const Elf64_Phdr& n = core.segments[0];
    for (quint64 at = n.p_offset; at + sizeof(Elf64_Nhdr) <= n.p_offset + n.p_filesz;) {
        Elf64_Nhdr nh {};
        std::memcpy(&nh, bytes.constData() + at, sizeof nh);
        at += sizeof nh + (quint64(nh.n_namesz) + 3) / 4 * 4;
        core.notes.emplace_back(nh.n_type, bytes.mid(qsizetype(at), qsizetype(nh.n_descsz)));
        at += (quint64(nh.n_descsz) + 3) / 4 * 4;
    }
    return core;
}

// A process known only through Target's calls, as an agent's client sees one: memory from a
// FakeMemorySource, /proc files and registers as bytes.
class FakeHold final : public TargetHold
{
public:
    explicit FakeHold(std::vector<ThreadRegisters> threads)
        : m_threads(std::move(threads))
    { }
    Error release() override { return {}; }
    [[nodiscard]] bool targetDied() const override { return false; }
    [[nodiscard]] Result<std::vector<ThreadRegisters>> threadRegisters() const override { return m_threads; }

private:
    std::vector<ThreadRegisters> m_threads;
};

class FakeTarget final : public Target
{
public:
    FakeMemorySource memory;
    QByteArray status, auxv, cmdline;

    Result<std::vector<Region>> regions() override { return memory.regions(); }
    ReadResult read(Address address, std::span<std::byte> out) override { return memory.read(address, out); }
    QString description() const override { return QStringLiteral("a fake remote process"); }
    [[nodiscard]] ProcessIdentity identity() const override { return { 4242, 99 }; }
    [[nodiscard]] QString name() const override { return QStringLiteral("remote"); }
    [[nodiscard]] Error checkAlive() const override { return {}; }
    [[nodiscard]] int exitFd() const override { return -1; }
    [[nodiscard]] Result<ParsedMaps> readMaps() override
    {
        auto r = memory.regions();
        if (!r)
            return r.error();
        ParsedMaps maps;
        maps.regions = *r;
        return maps;
    }
    [[nodiscard]] Result<std::vector<SmapsEntry>> readSmaps() override { return std::vector<SmapsEntry>(); }
    [[nodiscard]] Result<QByteArray> readProcFile(ProcFile file) override
    {
        return file == ProcFile::Status ? status : file == ProcFile::Auxv ? auxv : cmdline;
    }
    [[nodiscard]] BundleInfo bundleInfo() override { return {}; }
    [[nodiscard]] Result<quint64> write(Address, std::span<const std::byte>) override { return quint64(0); }
    [[nodiscard]] Result<std::unique_ptr<TargetHold>> hold(std::chrono::milliseconds, const std::atomic<bool>*) override
    {
        return makeError(ErrorKind::InvalidArgument, QStringLiteral("not here"));
    }
    [[nodiscard]] Result<std::unique_ptr<ImageBytes>> mappedFile(const Region&) override
    {
        return makeError(ErrorKind::InvalidArgument, QStringLiteral("not here"));
    }
    [[nodiscard]] Result<DumpReport> dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info) override
    {
        return runDumpJob(*this, hold, job, info);
    }
};

// An ELF header of the given class, as an executable's first page starts.
QByteArray elfPage(unsigned char elfClass)
{
    QByteArray page(4096, '\0');
    std::memcpy(page.data(), ELFMAG, SELFMAG);
    page[EI_CLASS] = char(elfClass);
    page[EI_DATA] = ELFDATA2LSB;
    return page;
}

} // namespace

class TestElfCore : public QObject
{
    Q_OBJECT
    FakeMemorySource m_memory;
    std::vector<Region> m_regions;
    CoreProcess m_process;
    std::vector<ThreadRegisters> m_threads;

private slots:
    void initTestCase()
    {
        QByteArray data(3 * 4096, '\0');
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 7 + 1);
        m_regions = { region(kData, quint64(data.size()), RegionKind::Heap),
            region(kFile, 4096, RegionKind::Executable, QStringLiteral("/opt/remote/program")) };
        m_memory.addSegment(m_regions[0], data);
        m_memory.addSegment(m_regions[1], QByteArray(4096, 'E'));
        m_memory.addUnreadable({ kData + 4096, kData + 2 * 4096 });

        m_process.pid = 4242;
        m_process.ppid = 1;
        m_process.uid = 1000;
        m_process.name = QStringLiteral("program");
        m_process.commandLine = QByteArray("program\0--flag\0value\0", 21);
        m_process.auxv = QByteArray(32, '\x5a');
        // Registers as an agent sends them: bytes, nothing read from this computer.
        for (pid_t tid : { 4242, 4243 }) {
            ThreadRegisters t;
            t.tid = tid;
            t.registers = QByteArray(sizeof(elf_gregset_t), char(tid & 0x7f));
            t.fpRegisters = QByteArray(512, char(0x30 + (tid & 1)));
            m_threads.push_back(t);
        }
    }

    void aCoreHoldsTheSourcesBytesAndTheGivenRegisters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("core"));
        auto report = writeElfCore(m_memory, m_process, m_threads, m_regions, path, DumpControl());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->files, QStringList { path });
        QCOMPARE(report->bytes, quint64(4 * 4096));
        QCOMPARE(report->unreadable.size(), size_t(1));
        QCOMPARE(report->unreadable[0], (AddressRange { kData + 4096, kData + 2 * 4096 }));
        struct stat st
        {
        };
        QCOMPARE(stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Core core = parseCore(file.readAll());
        QCOMPARE(core.header.e_type, Elf64_Half(ET_CORE));
        QCOMPARE(core.segments.size(), size_t(3)); // the notes, two mappings
        // Memory: the source's bytes, the unreadable page as zeros.
        QByteArray expected(3 * 4096, '\0');
        for (qsizetype i = 0; i < expected.size(); ++i)
            expected[i] = char(i * 7 + 1);
        QCOMPARE(core.memory(kData, 4096), expected.first(4096));
        QCOMPARE(core.memory(kData + 4096, 4096), QByteArray(4096, '\0'));
        QCOMPARE(core.memory(kData + 2 * 4096, 4096), expected.last(4096));
        QCOMPARE(core.memory(kFile, 4096), QByteArray(4096, 'E'));

        // Notes: each thread's registers as given, main thread first; the process's facts.
        std::vector<quint32> types;
        for (const auto& n : core.notes)
            types.push_back(n.first);
        QCOMPARE(types,
            (std::vector<quint32> { NT_PRSTATUS, NT_PRPSINFO, NT_AUXV, NT_FILE, NT_PRFPREG, NT_PRSTATUS, NT_PRFPREG }));
        int thread = 0;
        for (const auto& [type, desc] : core.notes) {
            if (type == NT_PRSTATUS) {
                elf_prstatus status {};
                QCOMPARE(desc.size(), qsizetype(sizeof status));
                std::memcpy(&status, desc.constData(), sizeof status);
                QCOMPARE(status.pr_pid, m_threads[size_t(thread)].tid);
                QCOMPARE(status.pr_ppid, 1);
                QCOMPARE(QByteArray(reinterpret_cast<const char*>(&status.pr_reg), sizeof status.pr_reg),
                    m_threads[size_t(thread)].registers);
                QVERIFY(status.pr_fpvalid);
            } else if (type == NT_PRFPREG) {
                QCOMPARE(desc, m_threads[size_t(thread)].fpRegisters);
                ++thread;
            } else if (type == NT_PRPSINFO) {
                elf_prpsinfo ps {};
                std::memcpy(&ps, desc.constData(), std::min(sizeof ps, size_t(desc.size())));
                QCOMPARE(ps.pr_pid, 4242);
                QCOMPARE(ps.pr_uid, uid_t(1000));
                QCOMPARE(QByteArray(ps.pr_fname), QByteArray("program"));
                QCOMPARE(QByteArray(ps.pr_psargs), QByteArray("program --flag value"));
            } else if (type == NT_AUXV) {
                QCOMPARE(desc, m_process.auxv);
            } else if (type == NT_FILE) {
                QVERIFY(desc.contains("/opt/remote/program"));
            }
        }
        QCOMPARE(thread, 2);
    }

    // runDumpJob over a Target that is no process of this computer: the facts come through
    // readProcFile, the registers from the hold, the ELF class from the executable's first page.
    void aCoreOfATargetKnownOnlyThroughItsCalls()
    {
        for (const unsigned char elfClass : { ELFCLASS64, ELFCLASS32 }) {
            FakeTarget target;
            const Region exe = region(kFile, 4096, RegionKind::Executable, QStringLiteral("/opt/remote/program"));
            target.memory.addSegment(exe, elfPage(elfClass));
            target.status = "Name:\tremote\nState:\tS (sleeping)\nPPid:\t77\nUid:\t1001\t1002\t1003\t1004\n";
            target.auxv = QByteArray(48, '\x11');
            target.cmdline = QByteArray("remote\0-x\0", 10);
            auto process = readCoreProcess(target, { exe });
            QVERIFY(process);
            QCOMPARE(process->pid, 4242);
            QCOMPARE(process->ppid, 77);
            QCOMPARE(process->uid, uid_t(1001));
            QCOMPARE(process->name, QStringLiteral("remote"));
            QCOMPARE(process->auxv, target.auxv);
            QCOMPARE(process->commandLine, target.cmdline);
            QCOMPARE(process->elf32, elfClass == ELFCLASS32);

            QTemporaryDir dir;
            DumpJob job;
            job.format = DumpJob::Format::Core;
            job.path = dir.filePath(QStringLiteral("core"));
            job.regions = { exe };
            // Without a hold: no registers, no core.
            auto unheld = target.dump(job, nullptr, BundleInfo());
            QVERIFY(!unheld);
            QVERIFY(unheld.error().message.contains(QStringLiteral("stopped")));
            FakeHold hold(m_threads);
            auto report = target.dump(job, &hold, BundleInfo());
            if (elfClass == ELFCLASS32) {
                QVERIFY(!report);
                QVERIFY(report.error().message.contains(QStringLiteral("32-bit")));
                continue;
            }
            QVERIFY2(report, report ? "" : qPrintable(report.error().message));
            QFile file(job.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Core core = parseCore(file.readAll());
            QCOMPARE(core.memory(kFile, 4096), elfPage(elfClass));
            bool sawPsinfo = false;
            for (const auto& [type, desc] : core.notes) {
                if (type == NT_PRPSINFO) {
                    elf_prpsinfo ps {};
                    std::memcpy(&ps, desc.constData(), std::min(sizeof ps, size_t(desc.size())));
                    QCOMPARE(ps.pr_ppid, 77);
                    QCOMPARE(ps.pr_uid, uid_t(1001));
                    QCOMPARE(QByteArray(ps.pr_fname), QByteArray("remote"));
                    QCOMPARE(QByteArray(ps.pr_psargs), QByteArray("remote -x"));
                    sawPsinfo = true;
                }
                if (type == NT_AUXV)
                    QCOMPARE(desc, target.auxv);
            }
            QVERIFY(sawPsinfo);
        }
    }

    void refusesWhatItCannotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("core"));
        CoreProcess elf32 = m_process;
        elf32.elf32 = true;
        auto r32 = writeElfCore(m_memory, elf32, m_threads, m_regions, path, DumpControl());
        QVERIFY(!r32);
        QVERIFY2(r32.error().message.contains(QStringLiteral("32-bit")), qPrintable(r32.error().message));
        auto running = writeElfCore(m_memory, m_process, {}, m_regions, path, DumpControl());
        QVERIFY(!running);
        QVERIFY2(running.error().message.contains(QStringLiteral("stopped")), qPrintable(running.error().message));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestElfCore)
#include "tst_elfcore.moc"
