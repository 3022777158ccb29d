#include "cli/cli.h"

#include "core/io/privatefile.h"
#include "core/parse/addressspec.h"
#include "core/search/searchrun.h"
#include "core/teach/location.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace procglass::cli {

int cmdSearch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Search the memory of a process. One hit per line: its address, its region (module+offset), the "
           "region's kind and the matched bytes in hex."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    const QCommandLineOption hexOpt(
        QStringLiteral("hex"), tr("Hex bytes; ?? for any byte, ? for any nibble."), QStringLiteral("H"));
    const QCommandLineOption textOpt(QStringLiteral("text"), tr("Text (UTF-8)."), QStringLiteral("S"));
    const QCommandLineOption utf16(
        QStringLiteral("utf16"), tr("With --text: UTF-16 (little endian; with --big-endian, big endian)."));
    const QCommandLineOption ignoreCase(
        QStringLiteral("ignore-case"), tr("With --text or --regex: any case of ASCII letters."));
    const QCommandLineOption intOpt(
        QStringLiteral("int"), tr("An integer (decimal or 0x hex), or a range A..B."), QStringLiteral("N"));
    const QCommandLineOption width(
        QStringLiteral("width"), tr("With --int: 8, 16, 32 or 64 bits."), QStringLiteral("BITS"), QStringLiteral("32"));
    const QCommandLineOption isSigned(QStringLiteral("signed"), tr("With --int: signed."));
    const QCommandLineOption bigEndian(QStringLiteral("big-endian"), tr("With --int or --utf16: big endian."));
    const QCommandLineOption floatOpt(QStringLiteral("float"), tr("A floating-point value."), QStringLiteral("X"));
    const QCommandLineOption isDouble(QStringLiteral("double"), tr("With --float: a double."));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"), tr("With --float: how far off a value may be."),
        QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption regex(QStringLiteral("regex"),
        tr("A regular expression over bytes (\\x00 for a byte; . is any byte)."), QStringLiteral("R"));
    const QCommandLineOption scope(QStringLiteral("scope"),
        tr("Comma-separated region kinds (heap,stack,anonymous,...), all, or program-data: the heap, stacks, "
           "anonymous memory and the executable's data and .bss, where a program keeps its variables."),
        QStringLiteral("KINDS"), QStringLiteral("all"));
    const QCommandLineOption range(
        QStringLiteral("range"), tr("Only this address range, A-B in hex."), QStringLiteral("A-B"));
    const QCommandLineOption max(
        QStringLiteral("max"), tr("Stop after N hits."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption unreadableOpt(QStringLiteral("include-unreadable"),
        tr("Also mappings without read permission that the kernel lets a tracer read."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), tr("Do not stop the target while searching."));
    const QCommandLineOption aligned(QStringLiteral("aligned"),
        tr("With --int or --float: only at addresses that are a multiple of the value's size."));
    const QCommandLineOption saveHits(QStringLiteral("save-hits"),
        tr("With --int or --float: keep the hits and their values in FILE (0600) for 'rescan'."),
        QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), tr("With --save-hits: replace FILE if it exists."));
    parser.addOptions({ hexOpt, textOpt, utf16, ignoreCase, intOpt, width, isSigned, bigEndian, floatOpt, isDouble,
        tolerance, regex, scope, range, unreadableOpt, max, json, noStop, saveHits, aligned, force });
    const pid_t pid = parseWithPid(parser, args, 1, 1);
    if (pid == 0)
        return ExitUsage;
    const int kinds = int(parser.isSet(hexOpt)) + int(parser.isSet(textOpt)) + int(parser.isSet(intOpt))
        + int(parser.isSet(floatOpt)) + int(parser.isSet(regex));
    if (kinds != 1)
        return printError(tr("give exactly one of --hex, --text, --int, --float and --regex")), ExitUsage;
    Result<SearchPattern> pattern = makeError(ErrorKind::InvalidArgument, QString());
    if (parser.isSet(hexOpt)) {
        pattern = SearchPattern::hex(parser.value(hexOpt));
    } else if (parser.isSet(textOpt)) {
        pattern = SearchPattern::text(parser.value(textOpt),
            !parser.isSet(utf16)          ? SearchPattern::Encoding::Utf8
                : parser.isSet(bigEndian) ? SearchPattern::Encoding::Utf16BE
                                          : SearchPattern::Encoding::Utf16LE,
            parser.isSet(ignoreCase));
    } else if (parser.isSet(regex)) {
        pattern = SearchPattern::regex(parser.value(regex), parser.isSet(ignoreCase));
    } else if (parser.isSet(intOpt)) {
        pattern = SearchPattern::integer(
            parser.value(intOpt), parser.value(width).toInt(), parser.isSet(isSigned), parser.isSet(bigEndian));
    } else {
        bool ok = false;
        const double t = parser.value(tolerance).toDouble(&ok);
        if (!ok)
            return printError(tr("the tolerance '%1' is not a number").arg(parser.value(tolerance))), ExitUsage;
        pattern = SearchPattern::floating(parser.value(floatOpt), parser.isSet(isDouble), t);
    }
    if (!pattern)
        return printError(pattern.error().message), ExitUsage;
    if (parser.isSet(saveHits) && !parser.isSet(intOpt) && !parser.isSet(floatOpt))
        return printError(tr("--save-hits keeps the values of an --int or --float search")), ExitUsage;
    if (parser.isSet(force) && !parser.isSet(saveHits))
        return printError(tr("--force replaces the file of --save-hits; give --save-hits FILE")), ExitUsage;
    // Refused before the search rather than after it.
    if (parser.isSet(saveHits)) {
        if (Error e = PrivateFile::check(parser.value(saveHits), parser.isSet(force)))
            return printError(withForceHint(e)), ExitError;
    }
    auto maxHits = parseNumber(parser.value(max), tr("The maximum"));
    if (!maxHits)
        return printError(maxHits.error().message), ExitUsage;

    // Which regions: readable ones of the chosen kinds, cut to --range.
    std::vector<RegionKind> wanted;
    const QString scopeText = parser.value(scope);
    const bool programData = scopeText == QLatin1StringView("program-data");
    if (scopeText != QLatin1StringView("all") && !programData) {
        for (const QString& id : scopeText.split(u',', Qt::SkipEmptyParts)) {
            RegionKind k {};
            if (!regionKindFromId(id.trimmed(), &k))
                return printError(tr("'%1' is not a region kind; use heap, stack, thread-stack, executable, library, "
                                     "anonymous, file, shared, vdso, all, or program-data")
                                      .arg(id)),
                       ExitUsage;
            wanted.push_back(k);
        }
    }
    SearchScope where;
    where.kinds = wanted;
    where.programDataOnly = programData;
    where.includeUnreadable = parser.isSet(unreadableOpt);
    if (parser.isSet(range)) {
        auto limit = parseAddressRange(parser.value(range));
        if (!limit)
            return printError(limit.error().message), ExitUsage;
        where.within.push_back(*limit);
    }

    if (parser.isSet(aligned) && !parser.isSet(intOpt) && !parser.isSet(floatOpt))
        return printError(tr("--aligned applies to --int and --float searches")), ExitUsage;

    auto opened = openTarget(pid, parser.isSet(noStop) ? Stop::No : Stop::Yes);
    if (!opened)
        return fail(opened.error());
    const std::vector<Region>& regions = opened->regions;
    SearchRequest request;
    request.pattern = *pattern;
    request.ranges = searchRanges(regions, where);
    request.maxResults = *maxHits;
    request.aligned = parser.isSet(aligned);
    request.streamValueHits = true; // printed, and kept with their values for rescan
    if (parser.isSet(saveHits)) {
        const auto kind = parser.isSet(intOpt) ? ScanValueType::Kind::Integer
            : parser.isSet(isDouble)           ? ScanValueType::Kind::Double
                                               : ScanValueType::Kind::Float;
        request.valueType = ScanValueType { kind, pattern->length(), parser.isSet(isSigned), parser.isSet(bigEndian) };
    }
    SearchRun run(std::move(request));
    opened->target->search(run); // where the memory is: only the hits travel from an agent
    opened->release();
    const SearchSummary& summary = run.summary();
    if (summary.error)
        return fail(summary.error);
    std::vector<SearchHit> hits = run.takeHits();
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.address < b.address; });
    if (auto kept = run.takeHitSet()) {
        if (Error e = kept->save(parser.value(saveHits), opened->target->identity(), parser.isSet(force)))
            return printError(withForceHint(e)), ExitError;
    }
    const LocationFormatter locations(&regions);
    auto regionOf = [&](Address a) { return whereIs(locations, a, regions); };
    QByteArray out;
    if (parser.isSet(json)) {
        QJsonArray arr;
        for (const SearchHit& h : hits)
            arr.append(QJsonObject { { QStringLiteral("address"), hex(h.address) },
                { QStringLiteral("region"), regionOf(h.address) }, { QStringLiteral("length"), qint64(h.length) },
                { QStringLiteral("bytes"), QString::fromLatin1(h.previewBytes().toByteArray().toHex()) } });
        out = QJsonDocument(QJsonObject { { QStringLiteral("pattern"), pattern->description() },
                                { QStringLiteral("hits"), arr }, { QStringLiteral("truncated"), summary.truncated } })
                  .toJson(QJsonDocument::Indented);
    } else {
        for (const SearchHit& h : hits)
            out += (hex(h.address) + u' ' + regionOf(h.address) + u' ').toUtf8()
                + h.previewBytes().toByteArray().toHex() + '\n';
    }
    if (summary.truncated)
        printError(tr("showing the first %1 hits; there are more (raise --max)").arg(summary.hits));
    return writeAll(out) ? ExitOk : ExitError;
}

int cmdRescan(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read the hits saved by 'search --save-hits' again and keep those whose value passes the test; FILE "
           "then holds what is kept. One hit per line: its address, its region, the region's kind, its value."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process the hits were found in."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The saved hits."));
    const QCommandLineOption equal(QStringLiteral("equal"), tr("Keep values equal to N."), QStringLiteral("N"));
    const QCommandLineOption changed(QStringLiteral("changed"), tr("Keep values that changed."));
    const QCommandLineOption unchanged(QStringLiteral("unchanged"), tr("Keep values that did not change."));
    const QCommandLineOption increased(QStringLiteral("increased"), tr("Keep values that grew."));
    const QCommandLineOption decreased(QStringLiteral("decreased"), tr("Keep values that shrank."));
    const QCommandLineOption increasedBy(
        QStringLiteral("increased-by"), tr("Keep values that grew by exactly N."), QStringLiteral("N"));
    const QCommandLineOption decreasedBy(
        QStringLiteral("decreased-by"), tr("Keep values that shrank by exactly N."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), tr("Do not stop the target while reading."));
    parser.addOptions({ equal, changed, unchanged, increased, decreased, increasedBy, decreasedBy, json, noStop });
    const pid_t pid = parseWithPid(parser, args, 2, 2);
    if (pid == 0)
        return ExitUsage;
    const std::pair<const QCommandLineOption*, HitSet::Filter> filters[] = { { &equal, HitSet::Filter::Equal },
        { &changed, HitSet::Filter::Changed }, { &unchanged, HitSet::Filter::Unchanged },
        { &increased, HitSet::Filter::Increased }, { &decreased, HitSet::Filter::Decreased },
        { &increasedBy, HitSet::Filter::IncreasedBy }, { &decreasedBy, HitSet::Filter::DecreasedBy } };
    const QCommandLineOption* chosen = nullptr;
    HitSet::Filter filter {};
    int count = 0;
    for (const auto& [option, f] : filters) {
        if (parser.isSet(*option)) {
            chosen = option;
            filter = f;
            ++count;
        }
    }
    if (count != 1)
        return printError(tr("give exactly one of --equal, --changed, --unchanged, --increased, --decreased, "
                             "--increased-by and --decreased-by")),
               ExitUsage;
    const QString operand = chosen->valueName().isEmpty() ? QString() : parser.value(*chosen);
    const QString file = parser.positionalArguments().at(1);
    // FILE is rewritten in place, as asked -- but never through a link, nor another user's file in /tmp.
    if (Error e = PrivateFile::check(file, true))
        return fail(e);
    ProcessIdentity origin;
    auto saved = HitSet::load(file, &origin);
    if (!saved)
        return fail(saved.error());

    auto opened = openTarget(pid, parser.isSet(noStop) ? Stop::No : Stop::Yes, Preamble::Target);
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    if (origin != target->identity())
        return printError(tr("the hits in %1 were found in process %2, which is not the process %3 is now; "
                             "search again")
                              .arg(file)
                              .arg(origin.pid)
                              .arg(pid)),
               ExitError;
    auto kept = target->rescan(*saved, filter, operand, nullptr);
    opened->release();
    if (!kept)
        return kept.error().kind == ErrorKind::InvalidArgument ? (printError(kept.error().message), ExitUsage)
                                                               : fail(kept.error());
    if (Error e = kept->save(file, origin, true))
        return fail(e);
    if (Error e = opened->loadRegions())
        return fail(e);
    QByteArray out;
    QJsonArray arr;
    const LocationFormatter locations(&opened->regions);
    for (size_t i = 0; i < kept->size(); ++i) {
        const Address a = kept->address(i);
        const QString where = whereIs(locations, a, opened->regions);
        if (parser.isSet(json))
            arr.append(QJsonObject { { QStringLiteral("address"), hex(a) }, { QStringLiteral("region"), where },
                { QStringLiteral("value"), kept->valueText(i) } });
        else
            out += (hex(a) + u' ' + where + u' ' + kept->valueText(i) + u'\n').toUtf8();
    }
    if (parser.isSet(json))
        out = QJsonDocument(QJsonObject { { QStringLiteral("before"), qint64(saved->size()) },
                                { QStringLiteral("kept"), qint64(kept->size()) }, { QStringLiteral("hits"), arr } })
                  .toJson(QJsonDocument::Indented);
    printError(tr("%1 of %2 hits kept").arg(kept->size()).arg(saved->size()));
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
