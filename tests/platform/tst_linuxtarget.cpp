// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The MemorySource contract against a live process (the fixture), plus what only a live target has:
// identity, exit, recycled pids, writes, classification from the threads' stack pointers.
#include "fixture.h"
#include "memorysourcecontract.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

class TestLinuxTarget : public MemorySourceContract
{
    Q_OBJECT
protected:
    ContractLayout createLayout() override
    {
        if (!m_fixture.start({ QStringLiteral("--random-size"), QString::number(8 << 20) }))
            qFatal("%s", qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        ContractLayout l;
        l.source = std::shared_ptr<LinuxTarget>(std::move(target.value()));
        l.random = { m_fixture.address(QStringLiteral("random")),
            m_fixture.address(QStringLiteral("random")) + m_fixture.number(QStringLiteral("random_size")) };
        l.seed = m_fixture.number(QStringLiteral("seed"));
        l.guard = m_fixture.address(QStringLiteral("guard"));
        l.hole = m_fixture.address(QStringLiteral("hole"));
        l.fileMap = m_fixture.address(QStringLiteral("file_map"));
        return l;
    }

    LinuxTarget& target() { return static_cast<LinuxTarget&>(*m_layout.source); }

private slots:
    void classifiesTheFixturesRegions()
    {
        auto maps = target().readMaps();
        QVERIFY(maps.ok());
        QVERIFY(maps->errors.empty());
        const auto& regions = maps->regions;
        auto kindAt = [&](Address a) {
            const qsizetype i = findRegion(regions, a);
            return i < 0 ? QStringLiteral("none") : regionKindId(regions[size_t(i)].kind);
        };
        QCOMPARE(kindAt(m_fixture.address(QStringLiteral("heap_string"))), QStringLiteral("heap"));
        QCOMPARE(kindAt(m_fixture.address(QStringLiteral("stack_utf16"))), QStringLiteral("stack"));
        QCOMPARE(kindAt(m_layout.guard + kPageSize), QStringLiteral("guard"));
        QCOMPARE(kindAt(m_layout.random.start), QStringLiteral("anonymous"));
        QCOMPARE(kindAt(m_fixture.address(QStringLiteral("int32"))), QStringLiteral("executable"));
        const Region& file = regions[size_t(findRegion(regions, m_layout.fileMap))];
        QCOMPARE(regionKindId(file.kind), QStringLiteral("file"));
        QVERIFY(file.deleted);
        QVERIFY(file.path.startsWith(QStringLiteral("/tmp/procglass-demo-")));
        // The counter threads sleep in nanosleep, so their stack pointers are visible.
        const auto threadStacks = std::count_if(
            regions.begin(), regions.end(), [](const Region& r) { return r.kind == RegionKind::ThreadStack; });
        QVERIFY2(threadStacks >= 3, qPrintable(QString::number(threadStacks)));
        bool libcText = false;
        for (const Region& r : regions)
            libcText |= r.fileName().startsWith(QStringLiteral("libc.so")) && r.segment == ImageSegment::Text
                && r.kind == RegionKind::Library;
        QVERIFY(libcText);
    }

    // The maps are parsed as they are read, through a buffer refilled from the file: the result is
    // the text's, whether the file is the process's own or a line is longer than the buffer.
    void readsMapsFilesPiecewise()
    {
        const std::string path = "/proc/" + std::to_string(m_fixture.pid()) + "/maps";
        QFile file(QString::fromStdString(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        auto read = readMapsFile(path.c_str());
        QVERIFY(read.has_value());
        const ParsedMaps parsed = parseMaps(std::string_view(text.constData(), size_t(text.size())));
        QCOMPARE(read->regions.size(), parsed.regions.size());
        QVERIFY(read->regions.size() > 10);
        for (size_t i = 0; i < parsed.regions.size(); ++i)
            QVERIFY(
                read->regions[i].range == parsed.regions[i].range && read->regions[i].path == parsed.regions[i].path);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile big(dir.filePath(QStringLiteral("maps")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray longPath = '/' + QByteArray(600 << 10, 'a'); // longer than the reader's buffer
        big.write(
            "1000-2000 r--p 00000000 fe:01 7 " + longPath + "\n2000-3000 rw-p 00000000 00:00 0\n3000-4000 r--p 0");
        big.close();
        auto odd = readMapsFile(QFile::encodeName(big.fileName()).constData());
        QVERIFY(odd.has_value());
        QCOMPARE(odd->regions.size(), size_t(2));
        QCOMPARE(odd->regions[0].path, QString::fromLatin1(longPath));
        QCOMPARE(odd->regions[1].range.start, Address(0x2000));
        QCOMPARE(odd->errors.size(), size_t(1)); // the cut last line, reported
        QCOMPARE(odd->errors[0].line, 3);

        errno = 0;
        QVERIFY(!readMapsFile(dir.filePath(QStringLiteral("none")).toLocal8Bit().constData()).has_value());
        QCOMPARE(errno, ENOENT);
    }

    void readsKnownValues()
    {
        std::byte buf[22];
        QVERIFY(target().read(m_fixture.address(QStringLiteral("heap_string")), buf).complete());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(buf), 21), QByteArray("PROCGLASS-HEAP-STRING"));
        qint32 v = 0;
        QVERIFY(target()
                    .read(m_fixture.address(QStringLiteral("int32")), { reinterpret_cast<std::byte*>(&v), 4 })
                    .complete());
        QCOMPARE(v, qint32(m_fixture.number(QStringLiteral("int32_value"))));
        char16_t text[21];
        QVERIFY(target()
                    .read(m_fixture.address(QStringLiteral("stack_utf16")),
                        { reinterpret_cast<std::byte*>(text), sizeof text })
                    .complete());
        QCOMPARE(QString::fromUtf16(text, 21), QStringLiteral("PROCGLASS-UTF16-STACK"));
    }

    void vvarIsUnreadableNotData()
    {
        auto regions = target().regions();
        QVERIFY(regions.ok());
        for (const Region& r : *regions) {
            if (r.kind != RegionKind::Vvar)
                continue;
            std::vector<std::byte> buf(r.range.size());
            const ReadResult result = target().read(r.range.start, buf);
            QVERIFY(!result.error);
            // Some of [vvar] is not memory a reader can reach; whatever is unreadable must say so.
            QCOMPARE(
                result.bytesRead +
                    [&] {
                        quint64 n = 0;
                        for (auto& u : result.unreadable)
                            n += u.size();
                        return n;
                    }(),
                r.range.size());
            return;
        }
        QSKIP("this kernel maps no [vvar]");
    }

    void writesAndReadsBack()
    {
        const Address a = m_layout.hole; // a page of 0xb0 bytes the fixture never looks at
        const std::byte data[4] { std::byte(1), std::byte(2), std::byte(3), std::byte(4) };
        auto written = target().write(a, data);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(*written, quint64(4));
        std::byte back[5];
        QVERIFY(target().read(a, back).complete());
        QVERIFY(std::memcmp(back, data, 4) == 0);
        QCOMPARE(back[4], std::byte(0xb0));
        const std::byte restore[4] { std::byte(0xb0), std::byte(0xb0), std::byte(0xb0), std::byte(0xb0) };
        QVERIFY(target().write(a, restore).ok());
        // Writing into the hole fails and says so.
        auto bad = target().write(m_layout.hole + kPageSize, data);
        QVERIFY(!bad.ok());
        // So does writing a mapping the kernel refuses: shared and opened read-only.
        const Address shared = m_fixture.address(QStringLiteral("shared_ro"));
        std::byte before[4];
        QVERIFY(target().read(shared, before).complete());
        auto refused = target().write(shared, data);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        std::byte after[4];
        QVERIFY(target().read(shared, after).complete());
        QVERIFY(std::memcmp(before, after, 4) == 0);
    }

    void smapsFiguresPerRegion()
    {
        auto smaps = readSmaps(m_fixture.pid());
        QVERIFY(smaps.ok());
        auto it = std::find_if(
            smaps->begin(), smaps->end(), [&](const SmapsEntry& e) { return e.range.contains(m_layout.random.start); });
        QVERIFY(it != smaps->end());
        QVERIFY(it->rss >= m_layout.random.size()); // every page was written
        QVERIFY(it->anonymous >= m_layout.random.size());
        QVERIFY(it->vmFlags.contains(QStringLiteral("rd")));
    }

    void missingPidIsNoSuchProcess()
    {
        auto t = LinuxTarget::open(pid_t(0x3fffffff));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::NoSuchProcess);
    }

    void staleIdentityIsExited()
    {
        ProcessIdentity id = target().identity();
        id.startTime += 1;
        auto t = LinuxTarget::open(id);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().kind, ErrorKind::Exited);
    }

    void exitedProcessReadsAsExited()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        auto t = LinuxTarget::open(f.pid());
        QVERIFY(t.ok());
        f.kill();
        std::vector<std::byte> buf(16);
        QCOMPARE((*t)->read(f.address(QStringLiteral("random")), buf).error.kind, ErrorKind::Exited);
        QCOMPARE((*t)->regions().error().kind, ErrorKind::Exited);
    }

    void recycledPidReadsAsExited()
    {
        // Make the kernel hand a dead process's pid to a new process (ns_last_pid needs root),
        // then read through the old target: it must say "exited", never read the newcomer.
        if (geteuid() != 0)
            QSKIP("recycling a pid on purpose needs root (ns_last_pid)");
        for (int attempt = 0; attempt < 20; ++attempt) {
            const pid_t first = fork();
            if (first == 0) {
                pause();
                _exit(0);
            }
            auto t = LinuxTarget::open(first);
            QVERIFY(t.ok());
            ::kill(first, SIGKILL);
            waitpid(first, nullptr, 0);
            QFile last(QStringLiteral("/proc/sys/kernel/ns_last_pid"));
            if (!last.open(QIODevice::WriteOnly))
                QSKIP("cannot write /proc/sys/kernel/ns_last_pid");
            last.write(QByteArray::number(first - 1));
            last.close();
            const pid_t second = fork();
            if (second == 0) {
                pause();
                _exit(0);
            }
            if (second != first) { // someone else forked in between: try again
                ::kill(second, SIGKILL);
                waitpid(second, nullptr, 0);
                continue;
            }
            std::vector<std::byte> buf(16);
            const ReadResult r = (*t)->read(0x400000, buf);
            auto regions = (*t)->regions();
            ::kill(second, SIGKILL);
            waitpid(second, nullptr, 0);
            QCOMPARE(r.error.kind, ErrorKind::Exited);
            QCOMPARE(regions.error().kind, ErrorKind::Exited);
            return;
        }
        QFAIL("could not get the same pid twice in 20 attempts");
    }

private:
    Fixture m_fixture;
};

QTEST_GUILESS_MAIN(TestLinuxTarget)
#include "tst_linuxtarget.moc"
