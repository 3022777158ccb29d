#include "cli/cli.h"
#include "core/parse/mapsparser.h"
#include "platform/linux/procfs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace procglass::cli {

int cmdMaps(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args, tr("Print the memory mappings of a process, each with its kind."), &c))
        return c.exitCode;
    auto maps = readRegions(c.pid);
    if (!maps)
        return fail(maps.error());
    for (const MapsLineError& e : maps->errors)
        printError(tr("skipped line %1 of the maps (%2): %3").arg(e.line).arg(e.reason, e.text));
    if (c.json) {
        QJsonArray arr;
        for (const Region& r : maps->regions) {
            arr.append(QJsonObject {
                { QStringLiteral("start"), hex(r.range.start) },
                { QStringLiteral("end"), hex(r.range.end) },
                { QStringLiteral("size"), qint64(r.range.size()) },
                { QStringLiteral("perms"), r.perms.toString() },
                { QStringLiteral("offset"), hex(r.offset) },
                { QStringLiteral("dev"),
                    QStringLiteral("%1:%2")
                        .arg(r.devMajor, 2, 16, QLatin1Char('0'))
                        .arg(r.devMinor, 2, 16, QLatin1Char('0')) },
                { QStringLiteral("inode"), qint64(r.inode) },
                { QStringLiteral("path"), r.path },
                { QStringLiteral("deleted"), r.deleted },
                { QStringLiteral("kind"), regionKindId(r.kind) },
                { QStringLiteral("segment"), imageSegmentId(r.segment) },
            });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    QByteArray out;
    for (const Region& r : maps->regions) {
        QString kind = regionKindId(r.kind);
        if (r.segment != ImageSegment::None)
            kind += u'/' + imageSegmentText(r);
        out += QStringLiteral("%1-%2 %3 %4 %5:%6 %7 %8 %9%10\n")
                   .arg(r.range.start, 12, 16, QLatin1Char('0'))
                   .arg(r.range.end, 12, 16, QLatin1Char('0'))
                   .arg(r.perms.toString())
                   .arg(r.offset, 8, 16, QLatin1Char('0'))
                   .arg(r.devMajor, 2, 16, QLatin1Char('0'))
                   .arg(r.devMinor, 2, 16, QLatin1Char('0'))
                   .arg(r.inode, -10)
                   .arg(kind, -18)
                   .arg(r.path, r.deleted ? QStringLiteral(" (deleted)") : QString())
                   .toUtf8();
    }
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
