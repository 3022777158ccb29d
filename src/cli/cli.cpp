// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli.h"

#include "agent/connect.h"
#include "agent/connection.h"
#include "core/teach/location.h"
#include "platform/linux/localhost.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace procglass::cli {

namespace {
// As long as Hold::acquire waits by default for the threads to stop.
constexpr std::chrono::milliseconds kHoldTimeout { 2000 };
QString g_agentCommand;
std::shared_ptr<Host> g_host;
} // namespace

void setAgentCommand(const QString& command)
{
    g_agentCommand = command;
}

bool usesAgent()
{
    return !g_agentCommand.isNull();
}

Result<std::shared_ptr<Host>> host()
{
    if (g_host)
        return g_host;
    if (!usesAgent()) {
        g_host = std::make_shared<LocalHost>();
        return g_host;
    }
    auto connected = connectAgent(g_agentCommand);
    if (!connected)
        return connected.error();
    g_host = std::move(*connected);
    return g_host;
}

void closeHost()
{
    g_host.reset();
    // The agent is told to go (it releases its holds) and reaped before the program ends.
    (void)agent::Connection::waitForClosed(std::chrono::seconds(5));
}

QString agentHelp()
{
    return Cli::tr("Global option (before the command): --agent 'COMMAND' reads the process through the "
                   "procglass-agent that COMMAND starts (pkexec, ssh, docker exec -i...); see 'procglass-cli --help'.");
}

void printError(const QString& message)
{
    std::fprintf(stderr, "procglass-cli: %s\n", qPrintable(message));
}

int fail(const Error& e)
{
    // A lost connection fails whatever was asked after it: say the cause, once.
    const Error lost = g_host ? g_host->connectionError() : Error();
    printError(lost && !e.message.contains(lost.message) ? lost.message : e.message);
    return ExitError;
}

QString withForceHint(const Error& e)
{
    if (e.kind == ErrorKind::InvalidArgument && e.errnum == EEXIST)
        return e.message + u' ' + Cli::tr("(--force replaces it)");
    return e.message;
}

bool writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            printError(Cli::tr("cannot write the output: %1").arg(QString::fromLocal8Bit(strerror(errno))));
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

bool writeAll(const QByteArray& bytes)
{
    return writeAll(STDOUT_FILENO, bytes.constData(), size_t(bytes.size()));
}

int writeOut(const QByteArray& bytes)
{
    return writeAll(bytes) ? ExitOk : ExitError;
}

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

bool parseCommand(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional)
{
    parser.addHelpOption();
    parser.setApplicationDescription(parser.applicationDescription() + u'\n' + agentHelp());
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(ExitOk);
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional) {
        printError(Cli::tr("wrong number of arguments; see '%1 --help'").arg(args.value(0)));
        return false;
    }
    return true;
}

Result<pid_t> parsePid(const QString& text)
{
    bool ok = false;
    const int pid = text.toInt(&ok);
    if (!ok || pid <= 0)
        return makeError(ErrorKind::InvalidArgument, Cli::tr("'%1' is not a process id.").arg(text));
    return pid_t(pid);
}

pid_t parseWithPid(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional)
{
    if (!parseCommand(parser, args, minPositional, maxPositional))
        return 0;
    auto pid = parsePid(parser.positionalArguments().at(0));
    if (!pid) {
        printError(pid.error().message);
        return 0;
    }
    return *pid;
}

bool parsePidCommand(const QStringList& args, const QString& description, PidCommand* command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    parser.addOption(json);
    command->exitCode = ExitUsage;
    if (!parseCommand(parser, args, 1, 1))
        return false;
    auto pid = parsePid(parser.positionalArguments().at(0));
    if (!pid)
        return printError(pid.error().message), false;
    command->pid = *pid;
    command->json = parser.isSet(json);
    command->exitCode = ExitOk;
    return true;
}

Error Opened::stop()
{
    if (hold)
        return {};
    auto h = target->hold(kHoldTimeout);
    if (!h)
        return h.error();
    hold = std::move(h.value());
    return {};
}

Error Opened::release()
{
    return hold ? hold->release() : Error();
}

Error Opened::loadRegions()
{
    auto r = target->regions();
    if (!r)
        return r.error();
    regions = std::move(*r);
    return {};
}

Result<Opened> openTarget(pid_t pid, Stop stop, Preamble preamble)
{
    auto h = host();
    if (!h)
        return h.error();
    auto target = (*h)->open(ProcessIdentity { pid, 0 });
    if (!target)
        return target.error();
    Opened opened;
    opened.host = *h;
    opened.target = std::move(*target);
    if (stop == Stop::Yes) {
        if (Error e = opened.stop())
            return e;
    }
    if (preamble == Preamble::Regions) {
        if (Error e = opened.loadRegions())
            return e;
    }
    return opened;
}

QString whereIs(const LocationFormatter& locations, Address a, const std::vector<Region>& regions)
{
    const qsizetype i = findRegion(regions, a);
    return locations.format(a) + u' ' + (i < 0 ? QStringLiteral("unmapped") : regionKindId(regions[size_t(i)].kind));
}

} // namespace procglass::cli
