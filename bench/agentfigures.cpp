// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "agentfigures.h"

#include "agent/connect.h"
#include "benchutil.h"
#include "core/search/searchrun.h"
#include "fixture.h"
#include "platform/linux/localhost.h"
#include "sshd.h"

#include <QRegularExpression>

#include <chrono>
#include <cstdio>
#include <vector>

namespace procglass::bench {

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

QString agentPath()
{
#ifdef PROCGLASS_AGENT_PATH
    return QStringLiteral(PROCGLASS_AGENT_PATH);
#else
    return {};
#endif
}

// Seconds to read [base, base + size) in calls of `chunk` bytes; -1 when a read fails.
double timeRead(Target& target, Address base, quint64 size, quint64 chunk, std::vector<std::byte>& buffer)
{
    buffer.resize(size_t(chunk), std::byte(1)); // touched: fresh pages would count on one side only
    const auto start = Clock::now();
    for (quint64 off = 0; off < size; off += chunk) {
        const quint64 n = std::min(chunk, size - off);
        if (!target.read(base + off, std::span(buffer.data(), size_t(n))).complete())
            return -1;
    }
    return seconds(start);
}

// Seconds of one whole-process search for needle; -1 when it fails or finds something.
double timeSearch(
    Target& target, const SearchPattern& pattern, const std::vector<AddressRange>& ranges, quint64* searched)
{
    SearchRequest request;
    request.pattern = pattern;
    request.ranges = ranges;
    SearchRun run(request);
    const auto start = Clock::now();
    target.search(run);
    const double s = seconds(start);
    *searched = run.summary().bytesSearched;
    if (run.summary().error) {
        std::fprintf(stderr, "procglass-bench: search: %s\n", qPrintable(run.summary().error.message));
        return -1;
    }
    return run.summary().hits == 0 ? s : -1;
}

QString mibps(quint64 bytes, double s)
{
    return QStringLiteral("%1 MiB/s").arg(double(bytes) / double(1 << 20) / s, 0, 'f', 0);
}

// The cipher ssh and the sshd agree on for these options (ssh -v says it).
QString negotiatedCipher(const test::Sshd& sshd, const QStringList& options)
{
    QStringList cmd = sshd.sshCommand(QStringLiteral("true"), options + QStringList { QStringLiteral("-v") });
    const auto level = cmd.indexOf(QStringLiteral("LogLevel=ERROR"));
    if (level > 0)
        cmd.remove(level - 1, 2);
    const test::ProgramRun r = test::runProgram(cmd.first(), cmd.mid(1), 30000);
    const auto m = QRegularExpression(QStringLiteral("kex: server->client cipher: (\\S+)")).match(r.errText());
    return m.hasMatch() ? m.captured(1) : QStringLiteral("unknown cipher");
}

} // namespace

int runAgentBenchmarks(quint64 readSize, quint64 sshSize, int runs)
{
    if (agentPath().isEmpty()) {
        std::printf("agent: skipped: procglass-agent is not built in this tree\n");
        return 0;
    }
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QString::number(readSize), QStringLiteral("--threads"),
            QStringLiteral("1") })) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(f.error()));
        return 1;
    }
    const Address base = f.address(QStringLiteral("random"));
    LocalHost localHost;
    auto local = localHost.open({ f.pid(), 0 });
    if (!local) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(local.error().message));
        return 1;
    }
    auto host = connectAgent(test::joinCommand({ agentPath() }), 30s);
    auto agent = host ? (*host)->open({ f.pid(), 0 }) : Result<std::shared_ptr<Target>>(host.error());
    if (!agent) {
        std::fprintf(stderr, "procglass-bench: the agent over a pipe: %s\n", qPrintable(agent.error().message));
        return 1;
    }
    int rc = 0;
    std::vector<std::byte> buffer;

    // 1. Reading, the two taking turns so that drift on a shared machine hits both alike.
    for (const quint64 chunk : { quint64(1) << 20, quint64(16) << 20 }) {
        std::vector<double> tLocal, tAgent;
        for (int i = 0; i < runs; ++i) {
            tLocal.push_back(timeRead(**local, base, readSize, chunk, buffer));
            tAgent.push_back(timeRead(**agent, base, readSize, chunk, buffer));
        }
        if (std::any_of(tLocal.begin(), tLocal.end(), [](double s) { return s < 0; })
            || std::any_of(tAgent.begin(), tAgent.end(), [](double s) { return s < 0; })) {
            std::fprintf(stderr, "procglass-bench: a read failed\n");
            return 1;
        }
        const double ratio = median(tLocal) / median(tAgent);
        const bool goalRow = chunk == quint64(1) << 20;
        printRow(QStringLiteral("agent, pipe: read %1 MiB, %2 MiB calls").arg(readSize >> 20).arg(chunk >> 20),
            mibps(readSize, median(tAgent)), QStringLiteral("in process %1").arg(mibps(readSize, median(tLocal))),
            ratio, goalRow ? ">= 0.80" : "report", !goalRow || ratio >= 0.80);
    }

    // 2. A whole-process search for 16 bytes that are nowhere: everything is read, nothing travels
    //    back but the summary.
    auto regions = (*local)->regions();
    if (!regions) {
        std::fprintf(stderr, "procglass-bench: %s\n", qPrintable(regions.error().message));
        return 1;
    }
    const std::vector<AddressRange> ranges = searchRanges(*regions, {});
    const SearchPattern needle = *SearchPattern::hex(QStringLiteral("50 47 2d 41 47 45 4e 54 2d 4e 4f 2d 48 49 54 21"));
    {
        std::vector<double> tLocal, tAgent;
        quint64 searched = 0, searchedAgent = 0;
        for (int i = 0; i < runs; ++i) {
            tLocal.push_back(timeSearch(**local, needle, ranges, &searched));
            tAgent.push_back(timeSearch(**agent, needle, ranges, &searchedAgent));
        }
        if (std::any_of(tLocal.begin(), tLocal.end(), [](double s) { return s < 0; })
            || std::any_of(tAgent.begin(), tAgent.end(), [](double s) { return s < 0; }) || searched != searchedAgent) {
            std::fprintf(stderr,
                "procglass-bench: a search failed, found something, or the two searched %llu and %llu bytes\n",
                (unsigned long long)searched, (unsigned long long)searchedAgent);
            return 1;
        }
        const double ratio = median(tLocal) / median(tAgent);
        printRow(QStringLiteral("agent, pipe: search %1 MiB, no hits").arg(searched >> 20),
            mibps(searched, median(tAgent)), QStringLiteral("in process %1").arg(mibps(searched, median(tLocal))),
            ratio, ">= 0.95", ratio >= 0.95);
    }
    agent = Error {};
    host = Error {};

    // 3. Over ssh localhost: the cipher sets the limit. Debian's default first, then AES-GCM
    //    (AES-NI makes it the fastest where the CPU has it).
    test::Sshd sshd;
    if (!sshd.start()) {
        std::printf("agent, ssh localhost: skipped: %s\n", qPrintable(sshd.error()));
        return rc;
    }
    const quint64 size = std::min(sshSize, readSize);
    for (const QStringList& options :
        { QStringList {}, QStringList { QStringLiteral("-c"), QStringLiteral("aes128-gcm@openssh.com") } }) {
        const QString cipher = negotiatedCipher(sshd, options);
        auto sshHost = connectAgent(sshd.sshCommandLine(agentPath(), options), 30s);
        auto remote = sshHost ? (*sshHost)->open({ f.pid(), 0 }) : Result<std::shared_ptr<Target>>(sshHost.error());
        if (!remote) {
            std::fprintf(stderr, "procglass-bench: the agent over ssh: %s\n", qPrintable(remote.error().message));
            return 1;
        }
        std::vector<double> tLocal, tSsh;
        for (int i = 0; i < std::min(runs, 5); ++i) {
            tLocal.push_back(timeRead(**local, base, size, quint64(16) << 20, buffer));
            tSsh.push_back(timeRead(**remote, base, size, quint64(16) << 20, buffer));
        }
        if (std::any_of(tSsh.begin(), tSsh.end(), [](double s) { return s < 0; })) {
            std::fprintf(stderr, "procglass-bench: a read over ssh failed\n");
            return 1;
        }
        printRow(QStringLiteral("agent, ssh localhost: read %1 MiB").arg(size >> 20),
            QStringLiteral("%1 (%2)").arg(mibps(size, median(tSsh)), cipher),
            QStringLiteral("in process %1").arg(mibps(size, median(tLocal))), median(tLocal) / median(tSsh), "report",
            true);
    }
    return rc;
}

} // namespace procglass::bench
