// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The memory-source contract, and everything else a Target does, through procglass-agent started
// directly (the command is the binary's path), compared with the same process read in process.
#include "agent/agenthost.h"
#include "agent/connect.h"
#include "core/search/searchrun.h"
#include "core/search/unknownscan.h"
#include "fixture.h"
#include "memorysourcecontract.h"
#include "platform/linux/localhost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <thread>

#include <csignal>
#include <numeric>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

QString agentPath()
{
    return QStringLiteral(PROCGLASS_AGENT_PATH);
}

bool readableWithin(int fd, int ms)
{
    pollfd p { fd, POLLIN, 0 };
    return ::poll(&p, 1, ms) == 1;
}

std::vector<std::byte> readAll(MemorySource& s, AddressRange range, ReadResult* result)
{
    std::vector<std::byte> buf(range.size());
    *result = s.read(range.start, buf);
    return buf;
}

} // namespace

class TestAgentSource : public MemorySourceContract
{
    Q_OBJECT
protected:
    ContractLayout createLayout() override
    {
        if (!m_fixture.start({ QStringLiteral("--random-size"), QString::number(24 << 20) }))
            qFatal("%s", qPrintable(m_fixture.error()));
        auto host = connectAgent(agentPath(), std::chrono::seconds(20));
        if (!host)
            qFatal("%s", qPrintable(host.error().message));
        m_host = *host;
        auto target = m_host->open({ m_fixture.pid(), 0 });
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        m_target = *target;
        auto local = m_local.open({ m_fixture.pid(), 0 });
        if (!local)
            qFatal("%s", qPrintable(local.error().message));
        m_localTarget = *local;
        ContractLayout l;
        l.source = m_target;
        l.random = { m_fixture.address(QStringLiteral("random")),
            m_fixture.address(QStringLiteral("random")) + m_fixture.number(QStringLiteral("random_size")) };
        l.seed = m_fixture.number(QStringLiteral("seed"));
        l.guard = m_fixture.address(QStringLiteral("guard"));
        l.hole = m_fixture.address(QStringLiteral("hole"));
        l.fileMap = m_fixture.address(QStringLiteral("file_map"));
        return l;
    }

private slots:
    void greets()
    {
        const HostInfo info = m_host->info();
        QVERIFY(info.agent);
        QCOMPARE(info.where, agentPath());
        QCOMPARE(info.uid, ::geteuid());
        QCOMPARE(info.user, m_local.info().user);
        QCOMPARE(info.kernel, m_local.info().kernel);
        QCOMPARE(info.hostName, m_local.info().hostName);
        QCOMPARE(info.protocolVersion, quint32(1) << 16);
        QVERIFY(!info.agentVersion.isEmpty());
        QVERIFY(!m_host->connectionError());
    }

    void listsProcesses()
    {
        auto list = m_host->processes();
        QVERIFY2(list.ok(), qPrintable(list.ok() ? QString() : list.error().message));
        bool found = false;
        for (const ProcessInfo& p : *list) {
            if (p.pid() != m_fixture.pid())
                continue;
            found = true;
            QCOMPARE(p.identity, m_target->identity());
            QCOMPARE(p.name, m_localTarget->name());
            QVERIFY(p.accessProblem.isEmpty());
            QVERIFY(!p.commandLine.isEmpty());
        }
        QVERIFY(found);
    }

    void regionsAndFactsEqualInProcess()
    {
        QCOMPARE(m_target->identity(), m_localTarget->identity());
        QCOMPARE(m_target->name(), m_localTarget->name());
        QVERIFY(!m_target->checkAlive());
        auto remote = m_target->readMaps();
        auto local = m_localTarget->readMaps();
        QVERIFY(remote.ok() && local.ok());
        QCOMPARE(remote->regions.size(), local->regions.size());
        for (size_t i = 0; i < local->regions.size(); ++i) {
            const Region& a = remote->regions[i];
            const Region& b = local->regions[i];
            QCOMPARE(a.range.start, b.range.start);
            QCOMPARE(a.range.end, b.range.end);
            QCOMPARE(a.perms, b.perms);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.inode, b.inode);
            QCOMPARE(int(a.kind), int(b.kind));
            QCOMPARE(int(a.segment), int(b.segment));
        }
        auto smaps = m_target->readSmaps();
        QVERIFY(smaps.ok());
        QCOMPARE(smaps->size(), local->regions.size());
        auto status = m_target->readProcFile(ProcFile::Status);
        QVERIFY(status.ok() && status->startsWith("Name:"));
        auto cmdline = m_target->readProcFile(ProcFile::Cmdline);
        QCOMPARE(*cmdline, *m_localTarget->readProcFile(ProcFile::Cmdline));
        auto auxv = m_target->readProcFile(ProcFile::Auxv);
        QCOMPARE(*auxv, *m_localTarget->readProcFile(ProcFile::Auxv));
        const BundleInfo info = m_target->bundleInfo();
        QCOMPARE(info.pid, qint64(m_fixture.pid()));
        QCOMPARE(info.commandLine, m_localTarget->bundleInfo().commandLine);
    }

    void bytesEqualInProcess()
    {
        // The whole random region (several pieces in flight), and a stretch over the hole.
        const AddressRange random = m_layout.random;
        ReadResult a, b;
        const auto remote = readAll(*m_target, random, &a);
        const auto local = readAll(*m_localTarget, random, &b);
        QVERIFY(a.complete());
        QCOMPARE(a.bytesRead, random.size());
        QVERIFY(remote == local);
        QVERIFY(remote == randomBytes(m_layout.seed, random.size()));

        const AddressRange hole { m_layout.hole, m_layout.hole + 3 * 4096 };
        const auto remoteHole = readAll(*m_target, hole, &a);
        const auto localHole = readAll(*m_localTarget, hole, &b);
        QVERIFY(!a.error);
        QCOMPARE(a.bytesRead, b.bytesRead);
        QCOMPARE(a.unreadable.size(), size_t(1));
        QCOMPARE(a.unreadable[0].start, m_layout.hole + 4096);
        QCOMPARE(a.unreadable[0].end, m_layout.hole + 2 * 4096);
        QVERIFY(remoteHole == localHole);
    }

    void writesWhileHeldThenRuns()
    {
        const Address int32 = m_fixture.address(QStringLiteral("int32"));
        std::array<std::byte, 4> before {};
        QVERIFY(m_target->read(int32, before).complete());
        auto hold = m_target->hold(std::chrono::seconds(5));
        QVERIFY2(hold.ok(), qPrintable(hold.ok() ? QString() : hold.error().message));
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")), qPrintable(threadStates(m_fixture.pid())));
        QVERIFY(!(*hold)->targetDied());
        auto regs = (*hold)->threadRegisters();
        QVERIFY2(regs.ok(), qPrintable(regs.ok() ? QString() : regs.error().message));
        QCOMPARE(regs->front().tid, m_fixture.pid());
        QVERIFY(!regs->front().registers.isEmpty());
        const qint32 value = 0x5a5a1234;
        auto written = m_target->write(int32, std::as_bytes(std::span(&value, 1)));
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(*written, quint64(4));
        std::array<std::byte, 4> after {};
        QVERIFY(m_localTarget->read(int32, after).complete());
        QCOMPARE(std::memcmp(after.data(), &value, 4), 0);
        QVERIFY(!(*hold)->release());
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")), qPrintable(threadStates(m_fixture.pid())));
        QVERIFY(m_target->write(int32, before).ok());
    }

    void searchOnTheAgentEqualsInProcess()
    {
        // Bytes of the random region: found where the in-process search finds them.
        const auto bytes = randomBytes(m_layout.seed, 4096);
        QString hex;
        for (int i = 100; i < 104; ++i)
            hex += QStringLiteral("%1 ").arg(uint(bytes[size_t(i)]), 2, 16, QLatin1Char('0'));
        auto pattern = SearchPattern::hex(hex);
        QVERIFY(pattern.ok());
        auto regions = m_localTarget->regions();
        std::vector<AddressRange> ranges;
        for (const Region& r : *regions)
            ranges.push_back(r.range);
        SearchRequest request;
        request.pattern = *pattern;
        request.ranges = ranges;
        SearchRun remote(request), local(request);
        m_target->search(remote);
        m_localTarget->search(local);
        QVERIFY(!remote.summary().error);
        auto sorted = [](std::vector<SearchHit> hits) {
            std::vector<Address> a;
            for (const SearchHit& h : hits)
                a.push_back(h.address);
            std::sort(a.begin(), a.end());
            return a;
        };
        const auto remoteHits = sorted(remote.takeHits());
        QVERIFY(!remoteHits.empty());
        QCOMPARE(remoteHits, sorted(local.takeHits()));
        QVERIFY(std::find(remoteHits.begin(), remoteHits.end(), m_layout.random.start + 100) != remoteHits.end());
        QCOMPARE(remote.summary().hits, local.summary().hits);
        QCOMPARE(remote.summary().bytesSearched, local.summary().bytesSearched);

        // A value search: the same HitSet, and the same next scan on the agent.
        const QString value = QString::number(m_fixture.number(QStringLiteral("int32_value")));
        auto intPattern = SearchPattern::integer(value, 32, true, false);
        QVERIFY(intPattern.ok());
        request.pattern = *intPattern;
        request.valueType = ScanValueType {};
        SearchRun remoteValue(request), localValue(request);
        m_target->search(remoteValue);
        m_localTarget->search(localValue);
        auto rs = remoteValue.takeHitSet();
        auto ls = localValue.takeHitSet();
        QVERIFY(rs && ls);
        QVERIFY(rs->size() > 0);
        QCOMPARE(rs->size(), ls->size());
        for (size_t i = 0; i < rs->size(); ++i) {
            QCOMPARE(rs->address(i), ls->address(i));
            QCOMPARE(rs->raw(i), ls->raw(i));
        }
        auto narrowed = m_target->rescan(*rs, HitSet::Filter::Unchanged, {}, nullptr);
        QVERIFY2(narrowed.ok(), qPrintable(narrowed.ok() ? QString() : narrowed.error().message));
        auto localNarrowed = m_localTarget->rescan(*ls, HitSet::Filter::Unchanged, {}, nullptr);
        QCOMPARE(narrowed->size(), localNarrowed->size());
    }

    void symbolsEqualInProcess()
    {
        auto regions = m_localTarget->regions();
        QVERIFY(regions.ok());
        const SymbolIndex remote = buildSymbolIndex(*m_target, *regions);
        const SymbolIndex local = buildSymbolIndex(*m_localTarget, *regions);
        const Address int32 = m_fixture.address(QStringLiteral("int32"));
        QVERIFY(!local.describe(int32).isEmpty());
        QCOMPARE(remote.describe(int32), local.describe(int32));
        const auto memcpy = local.find(u"libc.so.6!memcpy");
        QVERIFY(memcpy.has_value());
        QCOMPARE(remote.find(u"libc.so.6!memcpy"), memcpy);
        QCOMPARE(remote.describe(*memcpy + 4), local.describe(*memcpy + 4));
        QVERIFY(remote.find(u"__vdso_clock_gettime").has_value());
        // A file region's bytes, piece by piece.
        for (const Region& r : *regions) {
            if (!r.isFileBacked() || r.kind != RegionKind::Library)
                continue;
            auto a = m_target->mappedFile(r);
            auto b = m_localTarget->mappedFile(r);
            QVERIFY(a.ok() && b.ok());
            QCOMPARE((*a)->size(), (*b)->size());
            const size_t n = size_t(std::min<quint64>((*a)->size(), 3u << 20));
            std::vector<std::byte> x(n), y(n);
            QVERIFY((*a)->read(0, x));
            QVERIFY((*b)->read(0, y));
            QVERIFY(x == y);
            QVERIFY(!(*a)->read((*a)->size() - 1, std::span(x.data(), 2)));
            break;
        }
    }

    void dumpsOnTheAgentPrivately()
    {
        QTemporaryDir dir;
        DumpJob job;
        job.format = DumpJob::Format::Raw;
        job.onAgent = true;
        job.ranges = { { m_layout.random.start, m_layout.random.start + (1 << 20) } };
        job.path = dir.filePath(QStringLiteral("agent.bin"));
        auto report = m_target->dump(job, nullptr, {});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->bytes, quint64(1 << 20));
        QVERIFY(report->files.contains(job.path));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(job.path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        const QByteArray bytes = fileBytes(job.path);
        const auto expected = randomBytes(m_layout.seed, 1 << 20);
        QCOMPARE(bytes.size(), qsizetype(1 << 20));
        QCOMPARE(std::memcmp(bytes.constData(), expected.data(), expected.size()), 0);

        // Relative paths mean nothing on another machine: refused.
        job.path = QStringLiteral("relative.bin");
        auto relative = m_target->dump(job, nullptr, {});
        QVERIFY(!relative.ok());
        QVERIFY(relative.error().message.contains(QStringLiteral("absolute")));

        // Here: a raw dump read through the agent.
        job.onAgent = false;
        job.path = dir.filePath(QStringLiteral("here.bin"));
        auto here = m_target->dump(job, nullptr, {});
        QVERIFY2(here.ok(), qPrintable(here.ok() ? QString() : here.error().message));
        QCOMPARE(fileBytes(job.path), bytes);
        // A core streamed here needs the threads' registers: refused running, written held (its
        // registers come from the agent's hold, its memory through the connection).
        job.format = DumpJob::Format::Core;
        job.path = dir.filePath(QStringLiteral("core"));
        auto regions = m_target->regions();
        QVERIFY(regions.ok());
        job.regions = *regions;
        auto running = m_target->dump(job, nullptr, {});
        QVERIFY(!running.ok());
        QVERIFY(!QFile::exists(job.path));
        auto hold = m_target->hold(std::chrono::seconds(5));
        QVERIFY2(hold.ok(), qPrintable(hold.ok() ? QString() : hold.error().message));
        auto core = m_target->dump(job, hold->get(), {});
        QVERIFY2(core.ok(), qPrintable(core.ok() ? QString() : core.error().message));
        QVERIFY(!(*hold)->release());
        const QByteArray coreBytes = fileBytes(job.path);
        QVERIFY(coreBytes.startsWith("\x7f"
                                     "ELF"));
        QCOMPARE(quint8(coreBytes.at(16)), quint8(4)); // e_type ET_CORE
        QVERIFY(core->bytes >= quint64(1 << 20));
    }

    void rootForAnotherUserWritesOnlyWhereThatUserMay()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the agent as pkexec starts it for another user (PKEXEC_UID)");
        auto host = connectAgent(QStringLiteral("env PKEXEC_UID=65534 %1").arg(agentPath()), std::chrono::seconds(20));
        QVERIFY(host.ok());
        auto target = (*host)->open({ m_fixture.pid(), 0 });
        QVERIFY(target.ok());
        QTemporaryDir base;
        QCOMPARE(::chmod(QFile::encodeName(base.path()).constData(), 0755), 0);
        auto folder = [&](const char* name, mode_t mode, uid_t owner) {
            const QByteArray path = QFile::encodeName(base.filePath(QString::fromLatin1(name)));
            if (::mkdir(path.constData(), 0700) != 0 || ::chmod(path.constData(), mode) != 0
                || ::chown(path.constData(), owner, 0) != 0)
                qFatal("cannot make %s", path.constData());
            return base.filePath(QString::fromLatin1(name));
        };
        DumpJob job;
        job.format = DumpJob::Format::Raw;
        job.onAgent = true;
        job.ranges = { { m_layout.random.start, m_layout.random.start + 4096 } };
        auto dumpTo = [&](const QString& path) {
            job.path = path;
            return (*target)->dump(job, nullptr, {});
        };
        auto ownerOf = [](const QString& path) {
            struct stat st
            {
            };
            return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_uid : uid_t(-1);
        };
        // The user's own folder: written, 0600, the user's (created with their file-system identity).
        const QString mine = folder("nobody", 0755, 65534);
        const QString ok = mine + QStringLiteral("/ok.bin");
        auto written = dumpTo(ok);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(ownerOf(ok), uid_t(65534));
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(ok).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
        // A sticky folder anyone may write to (as /tmp): written, the user's.
        const QString sticky = folder("sticky", 01777, 0) + QStringLiteral("/x.bin");
        QVERIFY(dumpTo(sticky).ok());
        QCOMPARE(ownerOf(sticky), uid_t(65534));
        // Root's own folder (as /etc): the user may not write there, so neither may the agent for them.
        auto roots = dumpTo(base.filePath(QStringLiteral("passwd")));
        QVERIFY(!roots.ok());
        QVERIFY(!QFile::exists(base.filePath(QStringLiteral("passwd"))));
        // Another user's folder, and one anyone may change: refused, and said why.
        auto other = dumpTo(folder("other", 0755, 1234) + QStringLiteral("/x.bin"));
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains(QStringLiteral("1234")), qPrintable(other.error().message));
        auto open = dumpTo(folder("open", 0777, 0) + QStringLiteral("/x.bin"));
        QVERIFY(!open.ok());
        QVERIFY2(open.error().message.contains(QStringLiteral("writable by others")), qPrintable(open.error().message));
        QVERIFY(!QFile::exists(base.filePath(QStringLiteral("other/x.bin"))));
        QVERIFY(!QFile::exists(base.filePath(QStringLiteral("open/x.bin"))));
        // A bundle: the folder and every file in it are the user's.
        auto regions = m_localTarget->regions();
        QVERIFY(regions.ok());
        job.format = DumpJob::Format::Bundle;
        for (const Region& r : *regions)
            if (r.range.start == m_layout.random.start)
                job.regions = { r };
        QCOMPARE(job.regions.size(), size_t(1));
        const QString bundle = mine + QStringLiteral("/b.procglass");
        auto bundled = dumpTo(bundle);
        QVERIFY2(bundled.ok(), qPrintable(bundled.ok() ? QString() : bundled.error().message));
        QCOMPARE(ownerOf(bundle), uid_t(65534));
        const QStringList files = QDir(bundle).entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& f : files)
            QCOMPARE(ownerOf(bundle + u'/' + f), uid_t(65534));
    }

    void saysWhenTheProcessExits()
    {
        Fixture second;
        QVERIFY2(second.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(second.error()));
        auto target = m_host->open({ second.pid(), 0 });
        QVERIFY(target.ok());
        QVERIFY(!readableWithin((*target)->exitFd(), 0));
        second.kill();
        QVERIFY(readableWithin((*target)->exitFd(), 5000));
        QCOMPARE((*target)->checkAlive().kind, ErrorKind::Exited);
        std::array<std::byte, 8> buf {};
        QCOMPARE((*target)->read(second.address(QStringLiteral("random")), buf).error.kind, ErrorKind::Exited);
        QVERIFY(!m_host->connectionError()); // the connection is fine
    }

    void abandonsAWaitingHold()
    {
        // The main thread waits in the kernel for a vfork child and cannot stop: the agent's hold
        // waits -- until the caller abandons it, which travels as a Cancel.
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--vfork-sleep"),
                     QStringLiteral("4") }),
            qPrintable(f.error()));
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("DS")));
        auto target = m_host->open({ f.pid(), 0 });
        QVERIFY(target.ok());
        std::atomic<bool> abandon = false;
        std::thread later([&] {
            QThread::msleep(300);
            abandon = true;
        });
        QElapsedTimer timer;
        timer.start();
        auto hold = (*target)->hold(std::chrono::seconds(20), &abandon);
        later.join();
        QVERIFY(!hold.ok());
        QCOMPARE(hold.error().kind, ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        // Nothing is left stopped, and the agent still answers.
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("DSR")), qPrintable(threadStates(f.pid())));
        QVERIFY(!m_target->checkAlive());
    }

    void unknownScanOnTheAgentEqualsInProcess()
    {
        // The counters (three of sixteen counting) and the random region: the same hits on the agent.
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        UnknownScanRequest request;
        request.ranges = { { counters, counters + 16 * 8 }, m_layout.random };
        request.type.bytes = 8;
        request.type.isSigned = false;
        request.aligned = true;
        auto remote = m_target->unknownScan(request, {});
        QVERIFY2(remote.ok(), qPrintable(remote.ok() ? QString() : remote.error().message));
        auto local = m_localTarget->unknownScan(request, {});
        QVERIFY(local.ok());
        QCOMPARE((*remote)->positions(), (*local)->positions());
        QCOMPARE((*remote)->bytes(), (*local)->bytes());
        QCOMPARE((*remote)->memoryBytes(), quint64(0)); // its bytes stay with the agent
        QTest::qWait(100);
        auto remoteChanged = (*remote)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY2(remoteChanged.ok(), qPrintable(remoteChanged.ok() ? QString() : remoteChanged.error().message));
        auto localChanged = (*local)->next(HitSet::Filter::Changed, {}, {});
        std::vector<Address> a, b;
        for (size_t i = 0; i < remoteChanged->size(); ++i)
            a.push_back(remoteChanged->address(i));
        for (size_t i = 0; i < localChanged->size(); ++i)
            b.push_back(localChanged->address(i));
        QCOMPARE(a, (std::vector<Address> { counters, counters + 8, counters + 16 }));
        QCOMPARE(a, b);
        // Millions of hits travel too, in order: everything unchanged in the random region.
        auto unchanged = (*remote)->next(HitSet::Filter::Unchanged, {}, {});
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged->size(), size_t(13 + m_layout.random.size() / 8));
        QCOMPARE(unchanged->address(13), m_layout.random.start);
        // And they narrow on the agent as any hits do.
        auto again = m_target->rescan(*remoteChanged, HitSet::Filter::Increased, {}, nullptr);
        QVERIFY(again.ok());
    }

    void agentBoundsTheBaselinesOfAPeer()
    {
        auto target = m_host->open({ m_fixture.pid(), 0 });
        QVERIFY(target.ok());
        UnknownScanRequest request;
        request.ranges = { { m_layout.random.start, m_layout.random.start + 4096 } };
        std::vector<std::shared_ptr<ScanBaseline>> kept;
        for (int i = 0; i < 40; ++i) {
            auto b = (*target)->unknownScan(request, {});
            if (!b.ok()) {
                QVERIFY2(b.error().message.contains(QStringLiteral("at most")), qPrintable(b.error().message));
                break;
            }
            kept.push_back(*b);
        }
        QVERIFY2(kept.size() < 40, "the agent kept every baseline asked for");
        QVERIFY(kept.size() >= 8);
        // Forgetting one (UnknownDrop) makes room again.
        kept.pop_back();
        QTest::qWait(100);
        auto again = (*target)->unknownScan(request, {});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        // And so many bytes at once are refused before anything is read.
        UnknownScanRequest huge;
        huge.ranges = { { 0x10000, 0x10000 + (128ull << 30) } };
        auto refused = m_target->unknownScan(huge, {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("GiB")), qPrintable(refused.error().message));
    }

    void refusesWhatDoesNotExist()
    {
        auto gone = m_host->open({ 0x3ffffff0, 0 });
        QVERIFY(!gone.ok());
        QCOMPARE(gone.error().kind, ErrorKind::NoSuchProcess);
        auto wrong = m_host->open({ m_fixture.pid(), m_target->identity().startTime + 1 });
        QVERIFY(!wrong.ok());
    }

    void releasesWhenStdinCloses()
    {
        // A second agent holds the fixture; closing its stdin (destroying the host) lets it run.
        auto host = connectAgent(agentPath(), std::chrono::seconds(20));
        QVERIFY(host.ok());
        auto target = (*host)->open({ m_fixture.pid(), 0 });
        QVERIFY(target.ok());
        auto hold = (*target)->hold(std::chrono::seconds(5));
        QVERIFY(hold.ok());
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        host->reset(); // the host goes: stdin closes, the agent releases and exits, is reaped
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")), qPrintable(threadStates(m_fixture.pid())));
        // What is left of the connection fails, says so, and hangs nothing.
        std::array<std::byte, 8> buf {};
        const ReadResult r = (*target)->read(m_layout.random.start, buf);
        QVERIFY(r.error.message.contains(QStringLiteral("connection to the agent")));
        QVERIFY(readableWithin((*target)->exitFd(), 0));
        QVERIFY((*hold)->release().isError() || true); // must not hang
    }

    void saysWhenTheConnectionIsLost()
    {
        // The agent killed under us (timeout's SIGKILL after 2 s): every call fails with the reason.
        auto host = connectAgent(QStringLiteral("timeout -s KILL 2 %1").arg(agentPath()), std::chrono::seconds(20));
        QVERIFY2(host.ok(), qPrintable(host.ok() ? QString() : host.error().message));
        auto target = (*host)->open({ m_fixture.pid(), 0 });
        QVERIFY(target.ok());
        QVERIFY(readableWithin((*target)->exitFd(), 10000));
        const Error e = (*host)->connectionError();
        QVERIFY(e.isError());
        QVERIFY2(e.message.startsWith(QStringLiteral("The connection to the agent (timeout -s KILL 2")),
            qPrintable(e.message));
        auto maps = (*target)->readMaps();
        QVERIFY(!maps.ok());
        QCOMPARE(maps.error().message, e.message);
        QVERIFY(!(*host)->processes().ok());
    }

    void failsToStartWithTheCommandsWords()
    {
        auto missing = connectAgent(QStringLiteral("/nonexistent/procglass-agent"), std::chrono::seconds(5));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("/nonexistent/procglass-agent")),
            qPrintable(missing.error().message));
        // A command that fails says what it said on stderr (ssh's "Permission denied").
        auto denied = connectAgent(
            QStringLiteral("sh -c 'echo \"Permission denied (publickey).\" >&2; exit 255'"), std::chrono::seconds(5));
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().message.contains(QStringLiteral("Permission denied (publickey).")),
            qPrintable(denied.error().message));
        // A command that never greets: the greeting's timeout.
        auto silent = connectAgent(QStringLiteral("sleep 30"), std::chrono::milliseconds(500));
        QVERIFY(!silent.ok());
        QCOMPARE(silent.error().kind, ErrorKind::Timeout);
    }

    void agentRefusesATerminalAndSaysWhatItIs()
    {
        const ProgramRun version = runProgram(agentPath(), { QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.outText().startsWith(QStringLiteral("procglass-agent ")));
        const ProgramRun help = runProgram(agentPath(), { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().contains(QStringLiteral("pkexec")));
        // Started on a terminal (script gives it one): says what it is for, exits 2.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (script.isEmpty())
            QSKIP("script (util-linux) is not installed: cannot give the agent a terminal");
        const ProgramRun tty = runProgram(script, { QStringLiteral("-qec"), agentPath(), QStringLiteral("/dev/null") });
        QCOMPARE(tty.exitCode, 2);
        QVERIFY2(tty.outText().contains(QStringLiteral("not on a terminal")), qPrintable(tty.outText()));
    }

    // Not a test: numbers for the report (PROCGLASS_AGENT_BENCH=1). 1 GiB read in process and
    // through the agent, several times; the agent's frame size and pipe size come from the
    // environment (PROCGLASS_AGENT_READ_CHUNK, PROCGLASS_AGENT_PIPE_SIZE).
    void benchOneGiB()
    {
        if (qEnvironmentVariableIsEmpty("PROCGLASS_AGENT_BENCH"))
            QSKIP("set PROCGLASS_AGENT_BENCH=1 to measure reading 1 GiB through the agent");
        Fixture big;
        QVERIFY2(big.start({ QStringLiteral("--random-size"), QString::number(1 << 30) }), qPrintable(big.error()));
        auto host = connectAgent(agentPath(), std::chrono::seconds(20));
        QVERIFY(host.ok());
        auto remote = (*host)->open({ big.pid(), 0 });
        auto local = m_local.open({ big.pid(), 0 });
        QVERIFY(remote.ok() && local.ok());
        std::vector<std::byte> buf(size_t(1) << 30);
        const Address start = big.address(QStringLiteral("random"));
        pid_t agentPid = 0;
        const auto all = m_local.processes();
        QVERIFY(all.ok());
        for (const ProcessInfo& p : all.value())
            if (p.ppid == ::getpid() && p.name == QStringLiteral("procglass-agent"))
                agentPid = p.pid();
        auto cpuOf = [](pid_t pid) -> double { // ms of user + system time
            const QList<QByteArray> f
                = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid)).split(')').value(1).split(' ');
            return (f.value(12).toDouble() + f.value(13).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
        };
        struct Best
        {
            double wall = 1e12, cpu = 1e12;
        };
        auto time = [&](Target& t, Best& best) {
            const double cpu0 = cpuOf(::getpid()) + (agentPid ? cpuOf(agentPid) : 0);
            QElapsedTimer timer;
            timer.start();
            const ReadResult r = t.read(start, buf);
            const double wall = double(timer.nsecsElapsed()) / 1e6;
            const double cpu = cpuOf(::getpid()) + (agentPid ? cpuOf(agentPid) : 0) - cpu0;
            if (!r.complete())
                qFatal("incomplete read");
            best.wall = std::min(best.wall, wall);
            best.cpu = std::min(best.cpu, cpu);
        };
        Best in, via;
        for (int round = 0; round < 5; ++round) {
            time(**local, in);
            time(**remote, via);
        }
        // A whole-process search: only hits travel.
        auto regions = (*local)->regions();
        QVERIFY(regions.ok());
        SearchRequest request;
        request.pattern = *SearchPattern::hex(u"de ad be ef 01 02 03 04");
        for (const Region& r : *regions)
            request.ranges.push_back(r.range);
        Best searchIn, searchVia;
        for (int round = 0; round < 3; ++round) {
            for (auto [t, best] : { std::pair { local->get(), &searchIn }, std::pair { remote->get(), &searchVia } }) {
                SearchRun run(request);
                QElapsedTimer timer;
                timer.start();
                t->search(run);
                best->wall = std::min(best->wall, double(timer.nsecsElapsed()) / 1e6);
                QVERIFY(!run.summary().error);
            }
        }
        qInfo("whole-process search (%.0f MiB), best of 3: in process %.0f ms, through the agent %.0f ms, ratio %.2f",
            double(std::accumulate(request.ranges.begin(), request.ranges.end(), quint64(0),
                [](quint64 a, const AddressRange& r) { return a + r.size(); }))
                / 1048576.0,
            searchIn.wall, searchVia.wall, searchIn.wall / searchVia.wall);
        qInfo("1 GiB, best of 5: in process %.0f ms (cpu %.0f ms), through the agent %.0f ms (cpu %.0f ms, both "
              "processes), ratio %.2f (chunk %s, pipe %s, agent pid %d)",
            in.wall, in.cpu, via.wall, via.cpu, in.wall / via.wall, qgetenv("PROCGLASS_AGENT_READ_CHUNK").constData(),
            qgetenv("PROCGLASS_AGENT_PIPE_SIZE").constData(), int(agentPid));
    }

    void cleanupTestCase()
    {
        m_target.reset();
        m_localTarget.reset();
        m_host.reset();
    }

private:
    Fixture m_fixture;
    LocalHost m_local;
    std::shared_ptr<Host> m_host;
    std::shared_ptr<Target> m_target;
    std::shared_ptr<Target> m_localTarget;
};

QTEST_GUILESS_MAIN(TestAgentSource)
#include "tst_agentsource.moc"
