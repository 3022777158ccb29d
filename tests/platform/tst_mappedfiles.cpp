// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 14, finding 3: symbols come only from the very files a process maps. A process of another
// user (nobody) maps /dev/zero, and a file named `lib\012x.so` next to a FIFO named `lib<newline>x.so`
// (the kernel prints both names the same way); root's procglass-cli must neither die nor hang on
// it, name the real libraries' symbols right, and leave the target running.
#include "core/code/elfsymbols.h"
#include "core/model/memorysource.h"
#include "fixture.h"
#include "hostiletarget.h"
#include "platform/linux/mappedfiles.h"
#include "platform/linux/target.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <cstring>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1; // -1: crashed
    QByteArray out;
    QByteArray err;
};

// The CLI with a deadline: a hang is a failure, not a stuck test.
Run runTimedCli(const QStringList& args, bool nobody = false)
{
    QProcess p;
    if (nobody)
        p.start(QStandardPaths::findExecutable(QStringLiteral("setpriv")), asNobody(QStringList { cliPath() } + args));
    else
        p.start(cliPath(), args);
    Run r;
    r.finished = p.waitForFinished(30000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString hex(Address a)
{
    return QStringLiteral("0x%1").arg(a, 0, 16);
}

const Region* regionAt(const std::vector<Region>& regions, Address a)
{
    const qsizetype i = findRegion(regions, a);
    return i < 0 ? nullptr : &regions[size_t(i)];
}

// A bundle's claim of a 1 TiB [vdso], served from the real [vdso]'s bytes (zeros after them).
class HugeVdsoSource final : public MemorySource
{
public:
    HugeVdsoSource(QByteArray vdso)
        : m_vdso(std::move(vdso))
    {
        m_region.range = { 0x7f0000000000, 0x7f0000000000 + (quint64(1) << 40) };
        m_region.perms.read = m_region.perms.execute = true;
        m_region.path = QStringLiteral("[vdso]");
        m_region.kind = RegionKind::Vdso;
    }
    Result<std::vector<Region>> regions() override { return std::vector<Region> { m_region }; }
    ReadResult read(Address address, std::span<std::byte> out) override
    {
        m_largestRead = std::max<quint64>(m_largestRead, out.size());
        std::memset(out.data(), 0, out.size());
        const quint64 offset = address - m_region.range.start;
        if (offset < quint64(m_vdso.size()))
            std::memcpy(out.data(), m_vdso.constData() + offset,
                size_t(std::min<quint64>(out.size(), quint64(m_vdso.size()) - offset)));
        ReadResult r;
        r.bytesRead = out.size();
        return r;
    }
    QString description() const override { return QStringLiteral("huge vdso"); }

    Region m_region;
    QByteArray m_vdso;
    quint64 m_largestRead = 0;
};

} // namespace

class TestMappedFiles : public QObject
{
    Q_OBJECT
    HostileTarget m_target;

private slots:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the attacker runs as nobody, Procglass as root");
        QVERIFY2(m_target.start(), qPrintable(m_target.error()));
    }

    void symbolAndDisasmFinishAndAreRight()
    {
        const QString pid = QString::number(m_target.pid());
        const Address getpid = m_target.address(QStringLiteral("getpid"));
        QVERIFY(getpid != 0);
        static const QRegularExpression libcGetpid(QStringLiteral("^libc\\.so\\.6!\\w*getpid$"));

        Run r = runTimedCli({ QStringLiteral("symbol"), pid, hex(getpid) });
        QVERIFY2(r.finished, "procglass-cli symbol hangs");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(libcGetpid.match(QString::fromUtf8(r.out.trimmed())).hasMatch(), r.out.constData());

        // Symbols are read before the target is held, so a slow file never keeps it stopped.
        r = runTimedCli({ QStringLiteral("disasm"), pid, hex(getpid), QStringLiteral("3") });
        QVERIFY2(r.finished, "procglass-cli disasm hangs");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        const QList<QByteArray> first = lines[0].split('\t');
        QCOMPARE(first.value(0), hex(getpid).toUtf8());
        QVERIFY2(libcGetpid.match(QString::fromUtf8(first.value(1))).hasMatch(), lines[0].constData());
        QVERIFY2(waitForThreadStates(m_target.pid(), QStringLiteral("RS")), qPrintable(threadStates(m_target.pid())));

        // The module's name as the maps print it: one line, whatever the file name holds.
        r = runTimedCli({ QStringLiteral("symbol"), pid, hex(m_target.address(QStringLiteral("weird"))) });
        QVERIFY2(r.finished, "procglass-cli symbol hangs");
        QCOMPARE(r.out, QByteArray("lib\\012x.so+0x0\n"));

        // The device and the file with the ambiguous name: answers, not crashes or hangs.
        for (const char* key : { "zero", "weird" }) {
            r = runTimedCli({ QStringLiteral("symbol"), pid, hex(m_target.address(QString::fromLatin1(key))) });
            QVERIFY2(r.finished, key);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, key);
            r = runTimedCli({ QStringLiteral("disasm"), pid, hex(m_target.address(QString::fromLatin1(key))),
                QStringLiteral("1") });
            QVERIFY2(r.finished, key);
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1, key);
        }
        QVERIFY2(waitForThreadStates(m_target.pid(), QStringLiteral("RS")), qPrintable(threadStates(m_target.pid())));
    }

    // The same user has no /proc/PID/map_files (EPERM without CAP_SYS_ADMIN): files come by name.
    void theSameUserReadsByName()
    {
        const Run r = runTimedCli({ QStringLiteral("symbol"), QString::number(m_target.pid()),
                                      hex(m_target.address(QStringLiteral("getpid"))) },
            true);
        QVERIFY2(r.finished, "procglass-cli symbol hangs");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("libc.so.6!"), r.out.constData());
    }

    void onlyTheMappedFileIsOpened_data()
    {
        QTest::addColumn<int>("route");
        QTest::newRow("map_files") << int(MappedFileRoute::Any);
        QTest::newRow("by name") << int(MappedFileRoute::ByName);
    }
    void onlyTheMappedFileIsOpened()
    {
        QFETCH(int, route);
        auto target = LinuxTarget::open(m_target.pid());
        QVERIFY(target);
        const auto regions = (*target)->regions();
        QVERIFY(regions);
        const Region* zero = regionAt(*regions, m_target.address(QStringLiteral("zero")));
        const Region* weird = regionAt(*regions, m_target.address(QStringLiteral("weird")));
        QVERIFY(zero && weird);
        QCOMPARE(zero->path, QStringLiteral("/dev/zero"));
        QVERIFY2(weird->path.endsWith(QStringLiteral("/lib\\012x.so")),
            qPrintable(weird->path)); // the maps' text: both names read so
        // A device is refused without being read.
        QVERIFY(!openMappedFile(m_target.pid(), *zero, MappedFileRoute(route)));
        // The FIFO under the decoded name is refused; the file under the literal name is the one.
        auto file = openMappedFile(m_target.pid(), *weird, MappedFileRoute(route));
        QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
        QVERIFY((*file)->size() > 0);
        ElfBudget budget;
        auto image = parseElf(**file, budget);
        QVERIFY(image);
        QVERIFY(!image->symbols.empty());
    }

    void aHugeVdsoIsReadCapped()
    {
        auto target = LinuxTarget::open(m_target.pid());
        QVERIFY(target);
        const auto regions = (*target)->regions();
        const auto vdso = std::find_if(
            regions->begin(), regions->end(), [](const Region& r) { return r.kind == RegionKind::Vdso; });
        QVERIFY(vdso != regions->end());
        QByteArray bytes(qsizetype(vdso->range.size()), Qt::Uninitialized);
        QVERIFY((*target)
                    ->read(vdso->range.start, std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size()))))
                    .complete());
        HugeVdsoSource source(bytes);
        const SymbolIndex index = SymbolIndex::build(source, *source.regions());
        QVERIFY(index.find(u"__vdso_clock_gettime"));
        QVERIFY(source.m_largestRead <= SymbolIndex::kMaxVdsoBytes);
    }
};

QTEST_GUILESS_MAIN(TestMappedFiles)
#include "tst_mappedfiles.moc"
