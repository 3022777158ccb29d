// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli/cli.h"

#include "core/io/privatefile.h"
#include "core/parse/addressspec.h"
#include "core/search/searchrun.h"
#include "core/search/unknownscan.h"
#include "core/teach/location.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace procglass::cli {

namespace {

// Which regions: readable ones of the chosen kinds (--scope), cut to --range.
Result<SearchScope> scopeOf(const QCommandLineParser& parser, const QCommandLineOption& scope,
    const QCommandLineOption& range, const QCommandLineOption& unreadableOpt)
{
    std::vector<RegionKind> wanted;
    const QString scopeText = parser.value(scope);
    const bool programData = scopeText == QLatin1StringView("program-data");
    if (scopeText != QLatin1StringView("all") && !programData) {
        for (const QString& id : scopeText.split(u',', Qt::SkipEmptyParts)) {
            RegionKind k {};
            if (!regionKindFromId(id.trimmed(), &k))
                return makeError(ErrorKind::InvalidArgument,
                    Cli::tr("'%1' is not a region kind; use heap, stack, thread-stack, executable, library, anonymous, "
                            "file, shared, vdso, all, or program-data")
                        .arg(id));
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
            return limit.error();
        where.within.push_back(*limit);
    }
    return where;
}

struct UnknownOptions
{
    const QCommandLineOption& type;
    const QCommandLineOption& bigEndian;
    const QCommandLineOption& aligned;
    const QCommandLineOption& scope;
    const QCommandLineOption& range;
    const QCommandLineOption& unreadable;
    const QCommandLineOption& saveHits;
    const QCommandLineOption& force;
    const QCommandLineOption& noStop;
    const QCommandLineOption& json;
};

std::optional<ScanValueType> valueTypeFromName(const QString& name, bool bigEndian)
{
    ScanValueType t;
    t.bigEndian = bigEndian;
    if (name == QLatin1StringView("float") || name == QLatin1StringView("double")) {
        t.kind = name == QLatin1StringView("float") ? ScanValueType::Kind::Float : ScanValueType::Kind::Double;
        t.bigEndian = false;
        return bigEndian ? std::nullopt : std::optional(t);
    }
    QString bits = name;
    t.isSigned = !bits.startsWith(u'u');
    if (!t.isSigned)
        bits.remove(0, 1);
    if (!bits.startsWith(QLatin1StringView("int")))
        return std::nullopt;
    const int n = bits.mid(3).toInt();
    if (n != 8 && n != 16 && n != 32 && n != 64)
        return std::nullopt;
    t.bytes = n / 8;
    return t;
}

// search --unknown: the baseline of the chosen regions, kept in the file of --save-hits.
int searchUnknown(const QCommandLineParser& parser, pid_t pid, const UnknownOptions& o)
{
    if (!parser.isSet(o.type))
        return printError(
                   Cli::tr("--unknown needs --type (int8, int16, int32, int64, uint8 ... uint64, float, double)")),
               ExitUsage;
    const auto type = valueTypeFromName(parser.value(o.type).trimmed().toLower(), parser.isSet(o.bigEndian));
    if (!type)
        return printError(
                   Cli::tr("'%1' is not a value type; use int8, int16, int32, int64, uint8, uint16, uint32, uint64, "
                           "float or double (--big-endian only with integers)")
                       .arg(parser.value(o.type))),
               ExitUsage;
    if (!parser.isSet(o.saveHits))
        return printError(Cli::tr(
                   "--unknown keeps the memory, not hits: give --save-hits FILE for the baseline, then "
                   "narrow it with 'procglass-cli rescan PID FILE --changed' (or --unchanged, --increased...)")),
               ExitUsage;
    auto scoped = scopeOf(parser, o.scope, o.range, o.unreadable);
    if (!scoped)
        return printError(scoped.error().message), ExitUsage;
    const QString file = parser.value(o.saveHits);
    if (Error e = PrivateFile::check(file, parser.isSet(o.force)))
        return printError(withForceHint(e)), ExitError;
    auto opened = openTarget(pid, parser.isSet(o.noStop) ? Stop::No : Stop::Yes);
    if (!opened)
        return fail(opened.error());
    UnknownScanRequest request;
    request.ranges = searchRanges(opened->regions, *scoped);
    request.type = *type;
    request.aligned = parser.isSet(o.aligned);
    // Kept here (to be saved): through an agent, the memory travels once.
    auto baseline = captureBaseline(opened->target, request, {});
    opened->release();
    if (!baseline)
        return fail(baseline.error());
    if (Error e = (*baseline)->save(file, opened->target->identity(), parser.isSet(o.force)))
        return printError(withForceHint(e)), ExitError;
    const quint64 positions = (*baseline)->positions();
    if (parser.isSet(o.json))
        return writeAll(QJsonDocument(QJsonObject { { QStringLiteral("baseline"), file },
                                          { QStringLiteral("bytes"), qint64((*baseline)->bytes()) },
                                          { QStringLiteral("positions"), qint64(positions) } })
                            .toJson(QJsonDocument::Indented))
            ? ExitOk
            : ExitError;
    printError(
        Cli::tr("%1 bytes (%2 candidate values) kept in %3 as the baseline of an unknown-value scan; next: "
                "procglass-cli rescan %4 %3 --changed (or --unchanged, --increased, --decreased, --increased-by N, "
                "--decreased-by N)")
            .arg((*baseline)->bytes())
            .arg(positions)
            .arg(file)
            .arg(pid));
    return ExitOk;
}

} // namespace

int cmdSearch(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Search the memory of a process. One hit per line: its address, its region (module+offset), the "
                "region's kind and the matched bytes in hex."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process."));
    const QCommandLineOption hexOpt(
        QStringLiteral("hex"), Cli::tr("Hex bytes; ?? for any byte, ? for any nibble."), QStringLiteral("H"));
    const QCommandLineOption textOpt(QStringLiteral("text"), Cli::tr("Text (UTF-8)."), QStringLiteral("S"));
    const QCommandLineOption utf16(
        QStringLiteral("utf16"), Cli::tr("With --text: UTF-16 (little endian; with --big-endian, big endian)."));
    const QCommandLineOption ignoreCase(
        QStringLiteral("ignore-case"), Cli::tr("With --text or --regex: any case of ASCII letters."));
    const QCommandLineOption intOpt(
        QStringLiteral("int"), Cli::tr("An integer (decimal or 0x hex), or a range A..B."), QStringLiteral("N"));
    const QCommandLineOption width(QStringLiteral("width"), Cli::tr("With --int: 8, 16, 32 or 64 bits."),
        QStringLiteral("BITS"), QStringLiteral("32"));
    const QCommandLineOption isSigned(QStringLiteral("signed"), Cli::tr("With --int: signed."));
    const QCommandLineOption bigEndian(QStringLiteral("big-endian"), Cli::tr("With --int or --utf16: big endian."));
    const QCommandLineOption floatOpt(QStringLiteral("float"), Cli::tr("A floating-point value."), QStringLiteral("X"));
    const QCommandLineOption isDouble(QStringLiteral("double"), Cli::tr("With --float: a double."));
    const QCommandLineOption tolerance(QStringLiteral("tolerance"),
        Cli::tr("With --float: how far off a value may be."), QStringLiteral("T"), QStringLiteral("0"));
    const QCommandLineOption regex(QStringLiteral("regex"),
        Cli::tr("A regular expression over bytes (\\x00 for a byte; . is any byte)."), QStringLiteral("R"));
    const QCommandLineOption scope(QStringLiteral("scope"),
        Cli::tr("Comma-separated region kinds (heap,stack,anonymous,...), all, or program-data: the heap, stacks, "
                "anonymous memory and the executable's data and .bss, where a program keeps its variables."),
        QStringLiteral("KINDS"), QStringLiteral("all"));
    const QCommandLineOption range(
        QStringLiteral("range"), Cli::tr("Only this address range, A-B in hex."), QStringLiteral("A-B"));
    const QCommandLineOption max(
        QStringLiteral("max"), Cli::tr("Stop after N hits."), QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption unreadableOpt(QStringLiteral("include-unreadable"),
        Cli::tr("Also mappings without read permission that the kernel lets a tracer read."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), Cli::tr("Do not stop the target while searching."));
    const QCommandLineOption aligned(QStringLiteral("aligned"),
        Cli::tr("With --int or --float: only at addresses that are a multiple of the value's size."));
    const QCommandLineOption saveHits(QStringLiteral("save-hits"),
        Cli::tr("With --int or --float: keep the hits and their values in FILE (0600) for 'rescan'."),
        QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("With --save-hits: replace FILE if it exists."));
    const QCommandLineOption unknown(QStringLiteral("unknown"),
        Cli::tr("An unknown initial value: keep the memory (a baseline, in the file of --save-hits) instead of hits; "
                "'rescan --changed' and the like then turn it into hits. With --type."));
    const QCommandLineOption typeOpt(QStringLiteral("type"),
        Cli::tr("With --unknown: int8, int16, int32, int64, uint8, uint16, uint32, uint64, float or double."),
        QStringLiteral("TYPE"));
    parser.addOptions({ hexOpt, textOpt, utf16, ignoreCase, intOpt, width, isSigned, bigEndian, floatOpt, isDouble,
        tolerance, regex, scope, range, unreadableOpt, max, json, noStop, saveHits, aligned, force, unknown, typeOpt });
    const pid_t pid = parseWithPid(parser, args, 1, 1);
    if (pid == 0)
        return ExitUsage;
    const int kinds = int(parser.isSet(hexOpt)) + int(parser.isSet(textOpt)) + int(parser.isSet(intOpt))
        + int(parser.isSet(floatOpt)) + int(parser.isSet(regex)) + int(parser.isSet(unknown));
    if (kinds != 1)
        return printError(Cli::tr("give exactly one of --hex, --text, --int, --float, --regex and --unknown")),
               ExitUsage;
    if (parser.isSet(typeOpt) && !parser.isSet(unknown))
        return printError(Cli::tr("--type is the value type of an --unknown scan")), ExitUsage;
    if (parser.isSet(unknown))
        return searchUnknown(
            parser, pid, { typeOpt, bigEndian, aligned, scope, range, unreadableOpt, saveHits, force, noStop, json });
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
            return printError(Cli::tr("the tolerance '%1' is not a number").arg(parser.value(tolerance))), ExitUsage;
        pattern = SearchPattern::floating(parser.value(floatOpt), parser.isSet(isDouble), t);
    }
    if (!pattern)
        return printError(pattern.error().message), ExitUsage;
    if (parser.isSet(saveHits) && !parser.isSet(intOpt) && !parser.isSet(floatOpt))
        return printError(Cli::tr("--save-hits keeps the values of an --int or --float search")), ExitUsage;
    if (parser.isSet(force) && !parser.isSet(saveHits))
        return printError(Cli::tr("--force replaces the file of --save-hits; give --save-hits FILE")), ExitUsage;
    // Refused before the search rather than after it.
    if (parser.isSet(saveHits)) {
        if (Error e = PrivateFile::check(parser.value(saveHits), parser.isSet(force)))
            return printError(withForceHint(e)), ExitError;
    }
    auto maxHits = parseNumber(parser.value(max), Cli::tr("The maximum"));
    if (!maxHits)
        return printError(maxHits.error().message), ExitUsage;

    auto scoped = scopeOf(parser, scope, range, unreadableOpt);
    if (!scoped)
        return printError(scoped.error().message), ExitUsage;
    const SearchScope where = *scoped;

    if (parser.isSet(aligned) && !parser.isSet(intOpt) && !parser.isSet(floatOpt))
        return printError(Cli::tr("--aligned applies to --int, --float and --unknown searches")), ExitUsage;

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
        // The file keeps every hit (beyond the memory cap in a scratch file while found; through
        // an agent every hit travels here); the first --max are printed.
        request.keepAllValueHits = true;
    }
    SearchRun run(std::move(request));
    opened->target->search(run); // where the memory is: only the hits travel from an agent
    opened->release();
    const SearchSummary& summary = run.summary();
    if (summary.error)
        return fail(summary.error);
    std::vector<SearchHit> hits = run.takeHits();
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.address < b.address; });
    quint64 saved = 0;
    if (auto kept = run.takeHitSet()) {
        if (Error e = kept->save(parser.value(saveHits), opened->target->identity(), parser.isSet(force)))
            return printError(withForceHint(e)), ExitError;
        saved = kept->size();
        if (run.request().keepAllValueHits) {
            // The first --max hits in address order, as the file has them.
            hits.clear();
            const int size = kept->type().size();
            const bool reverse = kept->type().kind == ScanValueType::Kind::Integer && kept->type().bigEndian;
            for (size_t i = 0; i < kept->size() && i < *maxHits; ++i) {
                SearchHit h;
                h.address = kept->address(i);
                h.length = quint32(size);
                h.previewSize = quint8(size);
                const quint64 raw = kept->raw(i);
                for (int b = 0; b < size; ++b)
                    h.preview[size_t(reverse ? size - 1 - b : b)] = std::byte(quint8(raw >> (8 * b)));
                hits.push_back(h);
            }
        }
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
    if (summary.truncated && saved > hits.size())
        printError(Cli::tr("showing the first %1 of %2 hits; %3 has them all")
                       .arg(hits.size())
                       .arg(saved)
                       .arg(parser.value(saveHits)));
    else if (summary.truncated)
        printError(Cli::tr("showing the first %1 hits; there are more (raise --max)").arg(summary.hits));
    return writeAll(out) ? ExitOk : ExitError;
}

int cmdRescan(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Read the hits saved by 'search --save-hits' again and keep those whose value passes the test; FILE "
                "then holds what is kept. One hit per line: its address, its region, the region's kind, its value."));
    parser.addPositionalArgument(QStringLiteral("PID"), Cli::tr("The process the hits were found in."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The saved hits."));
    const QCommandLineOption equal(QStringLiteral("equal"), Cli::tr("Keep values equal to N."), QStringLiteral("N"));
    const QCommandLineOption changed(QStringLiteral("changed"), Cli::tr("Keep values that changed."));
    const QCommandLineOption unchanged(QStringLiteral("unchanged"), Cli::tr("Keep values that did not change."));
    const QCommandLineOption increased(QStringLiteral("increased"), Cli::tr("Keep values that grew."));
    const QCommandLineOption decreased(QStringLiteral("decreased"), Cli::tr("Keep values that shrank."));
    const QCommandLineOption increasedBy(
        QStringLiteral("increased-by"), Cli::tr("Keep values that grew by exactly N."), QStringLiteral("N"));
    const QCommandLineOption decreasedBy(
        QStringLiteral("decreased-by"), Cli::tr("Keep values that shrank by exactly N."), QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), Cli::tr("Do not stop the target while reading."));
    const QCommandLineOption saveHits(QStringLiteral("save-hits"),
        Cli::tr("Keep what is kept in FILE2 (0600) instead of FILE, which stays as it was (a step to go back to)."),
        QStringLiteral("FILE2"));
    const QCommandLineOption force(QStringLiteral("force"), Cli::tr("With --save-hits: replace FILE2 if it exists."));
    const QCommandLineOption max(QStringLiteral("max"), Cli::tr("Print at most N hits (the file keeps them all)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({ equal, changed, unchanged, increased, decreased, increasedBy, decreasedBy, json, noStop,
        saveHits, force, max });
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
        return printError(Cli::tr("give exactly one of --equal, --changed, --unchanged, --increased, --decreased, "
                                  "--increased-by and --decreased-by")),
               ExitUsage;
    const QString operand = chosen->valueName().isEmpty() ? QString() : parser.value(*chosen);
    const QString file = parser.positionalArguments().at(1);
    if (parser.isSet(force) && !parser.isSet(saveHits))
        return printError(Cli::tr("--force replaces the file of --save-hits; give --save-hits FILE2")), ExitUsage;
    auto maxHits = parseNumber(parser.value(max), Cli::tr("The maximum"));
    if (!maxHits)
        return printError(maxHits.error().message), ExitUsage;
    // FILE is rewritten in place, as asked -- but never through a link, nor another user's file in /tmp.
    const QString output = parser.isSet(saveHits) ? parser.value(saveHits) : file;
    if (Error e = PrivateFile::check(output, !parser.isSet(saveHits) || parser.isSet(force)))
        return parser.isSet(saveHits) ? (printError(withForceHint(e)), ExitError) : fail(e);
    // FILE is a hit set, or the baseline of an unknown-value scan (search --unknown).
    const bool isBaseline = isBaselineFile(file);
    if (isBaseline && filter == HitSet::Filter::Equal)
        return printError(Cli::tr("%1 is the baseline of an unknown-value scan: its next step compares with the values "
                                  "then (--changed, --unchanged, --increased, --decreased, --increased-by N, "
                                  "--decreased-by N); search for a value with 'search --int' or '--float'")
                              .arg(file)),
               ExitUsage;
    ProcessIdentity origin;
    std::optional<HitSet> saved;
    if (!isBaseline) {
        auto loaded = HitSet::load(file, &origin);
        if (!loaded)
            return fail(loaded.error());
        saved = std::move(*loaded);
    }

    auto opened = openTarget(pid, parser.isSet(noStop) ? Stop::No : Stop::Yes, Preamble::Target);
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    std::unique_ptr<ScanBaseline> baseline;
    if (isBaseline) {
        auto loaded = loadBaseline(file, target, &origin);
        if (!loaded)
            return fail(loaded.error());
        baseline = std::move(*loaded);
    }
    if (origin != target->identity())
        return printError(Cli::tr("the hits in %1 were found in process %2, which is not the process %3 is now; "
                                  "search again")
                              .arg(file)
                              .arg(origin.pid)
                              .arg(pid)),
               ExitError;
    auto kept = baseline ? baseline->next(filter, operand, {}) : target->rescan(*saved, filter, operand, nullptr);
    opened->release();
    if (!kept)
        return kept.error().kind == ErrorKind::InvalidArgument ? (printError(kept.error().message), ExitUsage)
                                                               : fail(kept.error());
    const quint64 before = baseline ? baseline->positions() : saved->size();
    baseline.reset(); // done reading FILE
    if (Error e = kept->save(output, origin, !parser.isSet(saveHits) || parser.isSet(force)))
        return parser.isSet(saveHits) ? (printError(withForceHint(e)), ExitError) : fail(e);
    if (Error e = opened->loadRegions())
        return fail(e);
    QByteArray out;
    QJsonArray arr;
    const LocationFormatter locations(&opened->regions);
    const size_t shown = size_t(std::min<quint64>(kept->size(), *maxHits));
    for (size_t i = 0; i < shown; ++i) {
        const Address a = kept->address(i);
        const QString where = whereIs(locations, a, opened->regions);
        if (parser.isSet(json))
            arr.append(QJsonObject { { QStringLiteral("address"), hex(a) }, { QStringLiteral("region"), where },
                { QStringLiteral("value"), kept->valueText(i) } });
        else
            out += (hex(a) + u' ' + where + u' ' + kept->valueText(i) + u'\n').toUtf8();
    }
    if (parser.isSet(json))
        out = QJsonDocument(QJsonObject { { QStringLiteral("before"), qint64(before) },
                                { QStringLiteral("kept"), qint64(kept->size()) }, { QStringLiteral("hits"), arr },
                                { QStringLiteral("truncated"), shown < kept->size() } })
                  .toJson(QJsonDocument::Indented);
    if (isBaseline)
        printError(Cli::tr("%1 hits of %2 candidate values kept in %3").arg(kept->size()).arg(before).arg(output));
    else
        printError(Cli::tr("%1 of %2 hits kept").arg(kept->size()).arg(before));
    if (shown < kept->size())
        printError(Cli::tr("showing the first %1 hits; %2 has them all (--max N shows more)").arg(shown).arg(output));
    return writeAll(out) ? ExitOk : ExitError;
}

} // namespace procglass::cli
