#include "cli/cli.h"
#include "core/parse/mapsparser.h"
#include "platform/linux/procfs.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace procglass::cli {

int cmdPs(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the processes of this machine."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(json);
    const QCommandLineOption kernel(QStringLiteral("kernel"),
        tr("Also list kernel threads (they have no user memory to inspect; hidden by default, as in htop)."));
    parser.addOption(kernel);
    if (!parseCommand(parser, args, 0, 0))
        return ExitUsage;
    auto list = listProcesses();
    if (!list)
        return fail(list.error());
    if (!parser.isSet(kernel))
        std::erase_if(*list, [](const ProcessInfo& p) { return p.isKernelThread(); });
    if (parser.isSet(json)) {
        QJsonArray arr;
        for (const ProcessInfo& p : *list) {
            arr.append(QJsonObject {
                { QStringLiteral("pid"), p.pid() },
                { QStringLiteral("ppid"), p.ppid },
                { QStringLiteral("uid"), qint64(p.uid) },
                { QStringLiteral("user"), p.user },
                { QStringLiteral("state"), QString(p.state) },
                { QStringLiteral("name"), p.name },
                { QStringLiteral("commandLine"), QJsonArray::fromStringList(p.commandLine) },
                { QStringLiteral("executable"), p.executable },
                { QStringLiteral("startTime"), qint64(p.identity.startTime) },
                { QStringLiteral("startedAt"),
                    QDateTime::fromMSecsSinceEpoch(p.startedAtMsecs).toUTC().toString(Qt::ISODateWithMs) },
                { QStringLiteral("rssBytes"), qint64(p.rssBytes) },
                { QStringLiteral("threads"), p.threads },
                { QStringLiteral("kernelThread"), p.isKernelThread() },
            });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    // A process names itself (comm, argv): escaped like a mapping's path, so that no name can
    // forge a line or send escape sequences to the terminal.
    const auto printable = [](const QString& text) { return printablePath(text.toUtf8()); };
    QByteArray out = "    PID    PPID USER         S  THR      RSS NAME             COMMAND\n";
    for (const ProcessInfo& p : *list) {
        QStringList command;
        for (const QString& arg : p.commandLine)
            command << printable(arg);
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(p.pid(), 7)
                   .arg(p.ppid, 7)
                   .arg(p.user.left(12), -12)
                   .arg(p.state)
                   .arg(p.threads, 4)
                   .arg(QString::number(p.rssBytes / 1024) + QStringLiteral("K"), 8)
                   .arg(printable(p.name), -16)
                   .arg(command.isEmpty() ? QStringLiteral("[%1]").arg(printable(p.name)) : command.join(u' '))
                   .toUtf8();
    }
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
