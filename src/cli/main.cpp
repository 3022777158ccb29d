// procglass-cli: the headless face of Procglass, for scripts and tests. QtCore only.
#include "core/parse/addressspec.h"
#include "core/parse/auxv.h"
#include "core/code/disassembler.h"
#include "core/io/dump.h"
#include "core/code/elfsymbols.h"
#include "core/teach/explain.h"
#include "core/code/hexdump.h"
#include "core/teach/location.h"
#include "core/io/listingtext.h"
#include "core/parse/mapsparser.h"
#include "core/search/pattern.h"
#include "core/io/privatefile.h"
#include "core/parse/procstatus.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"
#include "platform/linux/elfcore.h"
#include "platform/linux/hold.h"
#include "platform/linux/mappedfiles.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <unistd.h>

using namespace procglass;

namespace {

enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitPartial = 3 };

QString tr(const char* text)
{
    return QCoreApplication::translate("procglass-cli", text);
}

void printError(const QString& message)
{
    std::fprintf(stderr, "procglass-cli: %s\n", qPrintable(message));
}

int fail(const Error& e)
{
    printError(e.message);
    return ExitError;
}

// An output that exists: say how to replace it.
QString withForceHint(const Error& e)
{
    if (e.kind == ErrorKind::InvalidArgument && e.errnum == EEXIST)
        return e.message + u' ' + tr("(--force replaces it)");
    return e.message;
}

// Writes everything or reports why not (a closed pipe, a full disk).
bool writeAll(int fd, const char* data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            printError(tr("cannot write the output: %1").arg(QString::fromLocal8Bit(strerror(errno))));
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

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// Parses the options of one command; on a usage error prints it and returns false.
bool parseCommand(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional)
{
    parser.addHelpOption();
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
        printError(tr("wrong number of arguments; see '%1 --help'").arg(args.value(0)));
        return false;
    }
    return true;
}

Result<pid_t> parsePid(const QString& text)
{
    bool ok = false;
    const int pid = text.toInt(&ok);
    if (!ok || pid <= 0)
        return makeError(ErrorKind::InvalidArgument, tr("'%1' is not a process id.").arg(text));
    return pid_t(pid);
}

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
    return writeAll(parser.isSet(json) ? processesJson(*list) : processesText(*list)) ? ExitOk : ExitError;
}

// "COMMAND PID [--json]": parses the arguments; on a usage error prints it and returns false with
// the exit code to use.
struct PidCommand
{
    pid_t pid = 0;
    bool json = false;
    int exitCode = ExitOk;
};
bool parsePidCommand(const QStringList& args, const QString& description, PidCommand* command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
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
    const auto out = [](std::string_view piece) { return writeAll(STDOUT_FILENO, piece.data(), piece.size()); };
    return (c.json ? writeMapsJson(maps->regions, out) : writeMapsText(maps->regions, out)) ? ExitOk : ExitError;
}

// Opens the process and, unless told not to, stops it for the command's whole duration (brief
// mode), so that what is read is one consistent picture. The kernel lets it go if we die.
struct Opened
{
    std::unique_ptr<LinuxTarget> target;
    std::unique_ptr<Hold> hold;
};

// "libc.so.6+0x1b2c40 library": the location as Go to, `read` and bookmarks read it back
// (formatLocation), then the mapping's kind; "0x... unmapped" when no mapping holds it (any more).
// The kind is the last word: a location may hold spaces (a file's name does).
QString whereIs(const LocationFormatter& locations, Address a, const std::vector<Region>& regions)
{
    const qsizetype i = findRegion(regions, a);
    return locations.format(a) + u' ' + (i < 0 ? QStringLiteral("unmapped") : regionKindId(regions[size_t(i)].kind));
}

Result<Opened> openTarget(pid_t pid, bool stop)
{
    auto target = LinuxTarget::open(pid);
    if (!target)
        return target.error();
    Opened opened { std::move(target.value()), nullptr };
    if (stop) {
        auto h = Hold::acquire(opened.target->identity());
        if (!h)
            return h.error();
        opened.hold = std::move(h.value());
    }
    return opened;
}

int cmdRead(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Read memory of a process. ADDRESS is hexadecimal (0x7f...), a region name ([heap], [stack], [vdso]) "
           "or a file name (libc.so.6), optionally followed by +OFFSET; anonymous memory as anon@START+OFFSET; or a "
           "symbol (libc.so.6!malloc+0x10): every location the other commands print. Unreadable bytes print as ??."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("Where to start."));
    parser.addPositionalArgument(QStringLiteral("LENGTH"), tr("How many bytes (decimal or 0x hex)."));
    const QCommandLineOption raw(QStringLiteral("raw"),
        tr("Write the bytes themselves to stdout; unreadable bytes as zeros, their ranges named on stderr."));
    const QCommandLineOption noStop(
        QStringLiteral("no-stop"), tr("Do not stop the target while reading (the bytes may change as they are read)."));
    parser.addOption(raw);
    parser.addOption(noStop);
    if (!parseCommand(parser, args, 3, 3))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto pid = parsePid(pos[0]);
    auto spec = parseAddressSpec(pos[1]);
    if (!spec && pos[1].contains(u'!')) {
        // A symbol of a module whose name reads like an address (0x1.so!f): the symbols decide.
        AddressSpec symbol;
        symbol.absolute = false;
        symbol.name = symbol.text = pos[1];
        spec = symbol;
    }
    auto length = parseNumber(pos[2], tr("The length"));
    for (const Error* e :
        { pid ? nullptr : &pid.error(), spec ? nullptr : &spec.error(), length ? nullptr : &length.error() }) {
        if (e) {
            printError(e->message);
            return ExitUsage;
        }
    }

    auto opened = openTarget(*pid, !parser.isSet(noStop));
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    auto& hold = opened->hold;
    Address address = spec->address;
    if (!spec->absolute) {
        auto regions = target->regions();
        if (!regions)
            return fail(regions.error());
        auto resolved = resolveAddressSpec(*spec, *regions);
        if (!resolved) {
            // A symbol as Procglass prints it (libc.so.6!malloc+0x10). Symbols come from files:
            // read them with the target running, then stop it again.
            hold.reset();
            const SymbolIndex symbols = buildSymbolIndex(*target, *regions);
            resolved = resolveAddress(pos[1], *regions, &symbols);
            if (resolved && !parser.isSet(noStop)) {
                auto again = Hold::acquire(target->identity());
                if (!again)
                    return fail(again.error());
                hold = std::move(again.value());
            }
        }
        if (!resolved)
            return fail(resolved.error()); // the target has no such mapping: not a usage error
        address = *resolved;
    }
    if (Error e = validateReadRange(address, *length)) {
        printError(e.message);
        return ExitUsage;
    }

    constexpr quint64 kChunk = 1 << 20;
    std::vector<std::byte> buffer(size_t(std::min<quint64>(kChunk, *length)));
    std::vector<AddressRange> unreadable;
    QByteArray text;
    for (quint64 done = 0; done < *length;) {
        const quint64 n = std::min<quint64>(kChunk, *length - done);
        const std::span<std::byte> chunk(buffer.data(), size_t(n));
        ReadResult r = target->read(address + done, chunk);
        if (r.error)
            return fail(r.error);
        for (const AddressRange& u : r.unreadable) {
            if (!unreadable.empty() && unreadable.back().end == u.start)
                unreadable.back().end = u.end;
            else
                unreadable.push_back(u);
        }
        bool written;
        if (parser.isSet(raw)) {
            written = writeAll(STDOUT_FILENO, reinterpret_cast<const char*>(chunk.data()), chunk.size());
        } else {
            text.clear();
            appendHexDump(text, address + done, chunk, r.unreadable);
            written = writeAll(text);
        }
        if (!written)
            return ExitError;
        done += n;
    }
    if (hold) {
        if (Error e = hold->release())
            return fail(e);
    }
    for (const AddressRange& u : unreadable)
        printError(tr("unreadable: %1-%2 (%3 bytes)").arg(hex(u.start), hex(u.end)).arg(u.size()));
    return unreadable.empty() ? ExitOk : ExitPartial;
}

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
    if (!parseCommand(parser, args, 1, 1))
        return ExitUsage;
    auto pid = parsePid(parser.positionalArguments().at(0));
    if (!pid)
        return printError(pid.error().message), ExitUsage;
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
    ScanValueType valueType;
    valueType.kind = parser.isSet(intOpt) ? ScanValueType::Kind::Integer
        : parser.isSet(isDouble)          ? ScanValueType::Kind::Double
                                          : ScanValueType::Kind::Float;
    valueType.bytes = pattern->length();
    valueType.isSigned = parser.isSet(isSigned);
    valueType.bigEndian = parser.isSet(bigEndian);
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

    auto opened = openTarget(*pid, !parser.isSet(noStop));
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    auto& hold = opened->hold;
    auto regions = target->regions();
    if (!regions)
        return fail(regions.error());
    const std::vector<AddressRange> ranges = searchRanges(*regions, where);
    SearchOptions options;
    options.maxResults = *maxHits;
    if (parser.isSet(aligned)) {
        if (!parser.isSet(intOpt) && !parser.isSet(floatOpt))
            return printError(tr("--aligned applies to --int and --float searches")), ExitUsage;
        options.alignment = quint64(pattern->length());
    }
    std::vector<SearchHit> hits;
    std::mutex mutex;
    const SearchSummary summary
        = searchMemory(*target, *pattern, ranges, options, nullptr, [&](std::vector<SearchHit> batch) {
              std::lock_guard lock(mutex);
              hits.insert(hits.end(), batch.begin(), batch.end());
          });
    if (hold)
        hold->release();
    if (summary.error)
        return fail(summary.error);
    std::sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.address < b.address; });
    if (parser.isSet(saveHits)) {
        HitSet kept(valueType);
        kept.addHits(hits);
        if (Error e = kept.save(parser.value(saveHits), target->identity(), parser.isSet(force)))
            return printError(withForceHint(e)), ExitError;
    }
    const LocationFormatter locations(&*regions);
    auto regionOf = [&](Address a) { return whereIs(locations, a, *regions); };
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
    if (!parseCommand(parser, args, 2, 2))
        return ExitUsage;
    auto pid = parsePid(parser.positionalArguments().at(0));
    if (!pid)
        return printError(pid.error().message), ExitUsage;
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

    auto opened = openTarget(*pid, !parser.isSet(noStop));
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    auto& hold = opened->hold;
    if (origin != target->identity())
        return printError(tr("the hits in %1 were found in process %2, which is not the process %3 is now; "
                             "search again")
                              .arg(file)
                              .arg(origin.pid)
                              .arg(*pid)),
               ExitError;
    auto kept = saved->rescan(*target, filter, operand);
    if (hold)
        hold->release();
    if (!kept)
        return kept.error().kind == ErrorKind::InvalidArgument ? (printError(kept.error().message), ExitUsage)
                                                               : fail(kept.error());
    if (Error e = kept->save(file, origin, true))
        return fail(e);
    auto regions = target->regions();
    if (!regions)
        return fail(regions.error());
    QByteArray out;
    QJsonArray arr;
    const LocationFormatter locations(&*regions);
    for (size_t i = 0; i < kept->size(); ++i) {
        const Address a = kept->address(i);
        const QString where = whereIs(locations, a, *regions);
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

int cmdDisasm(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Disassemble code of a process. One instruction per line, tab-separated: address, symbol+offset, "
           "bytes in hex, instruction."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    parser.addPositionalArgument(QStringLiteral("WHERE"),
        tr("An address (0x7f..., [vdso]+0x10, libc.so.6+0x1234) or a symbol (__vdso_clock_gettime, "
           "libc.so.6!memcpy)."));
    parser.addPositionalArgument(
        QStringLiteral("COUNT"), tr("How many instructions (default 20)."), QStringLiteral("[COUNT]"));
    const QCommandLineOption att(QStringLiteral("att"), tr("AT&T syntax instead of Intel."));
    const QCommandLineOption noStop(QStringLiteral("no-stop"), tr("Do not stop the target while reading."));
    const QCommandLineOption mangled(QStringLiteral("mangled"),
        tr("Name C++ symbols as the files hold them "
           "(mangled) instead of demangled."));
    parser.addOptions({ att, noStop, mangled });
    if (!parseCommand(parser, args, 2, 3))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto pid = parsePid(pos[0]);
    if (!pid)
        return printError(pid.error().message), ExitUsage;
    quint64 count = 20;
    if (pos.size() > 2) {
        auto n = parseNumber(pos[2], tr("The count"));
        if (!n || *n == 0 || *n > 100000)
            return printError(n ? tr("the count must be between 1 and 100000") : n.error().message), ExitUsage;
        count = *n;
    }
    auto opened = openTarget(*pid, false);
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    auto regions = target->regions();
    if (!regions)
        return fail(regions.error());
    // Symbols first, with the target running: they come from files, and files may be slow.
    const SymbolIndex symbols = buildSymbolIndex(*target, *regions);
    if (!parser.isSet(noStop)) {
        auto hold = Hold::acquire(target->identity());
        if (!hold)
            return fail(hold.error());
        opened->hold = std::move(hold.value());
    }
    Address address = 0;
    if (auto a = resolveAddress(pos[1], *regions, &symbols)) {
        address = *a;
    } else {
        return fail(makeError(ErrorKind::InvalidArgument,
            tr("'%1' is neither an address nor a symbol of a mapped file or of [vdso]").arg(pos[1])));
    }
    const auto where = symbols.lookup(address);
    auto disassembler = Disassembler::create(
        where && where->machine ? Disassembler::archForMachine(where->machine) : Disassembler::nativeArch(),
        parser.isSet(att) ? Disassembler::Syntax::Att : Disassembler::Syntax::Intel);
    if (!disassembler)
        return fail(disassembler.error());
    // At most 15 bytes an instruction; only the readable start is decoded.
    std::vector<std::byte> code(size_t(std::min<quint64>(count * 15, 1 << 20)));
    const ReadResult r = target->read(address, code);
    if (r.error)
        return fail(r.error);
    size_t readable = code.size();
    if (!r.unreadable.empty())
        readable = size_t(r.unreadable.front().start - address);
    if (readable == 0)
        return fail(makeError(
            ErrorKind::Unreadable, tr("%1 cannot be read: it is not mapped, or not readable").arg(hex(address))));
    QByteArray out;
    for (const Instruction& i : disassembler->disassemble(std::span(code).first(readable), address, count))
        out += (hex(i.address) + u'\t' + symbols.describe(i.address, parser.isSet(mangled)) + u'\t'
            + QString::fromLatin1(i.bytes.toHex()) + u'\t' + i.text() + u'\n')
                   .toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

int cmdSymbol(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Name the symbol at an address: module!symbol+offset, C++ names demangled."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"),
        tr("The address (0x7f..., [vdso]+0x10, libc.so.6+0x1234, or a symbol: libc.so.6!malloc+0x10)."));
    const QCommandLineOption mangled(QStringLiteral("mangled"),
        tr("Name C++ symbols as the files hold them "
           "(mangled) instead of demangled."));
    parser.addOption(mangled);
    if (!parseCommand(parser, args, 2, 2))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto pid = parsePid(pos[0]);
    if (!pid)
        return printError(pid.error().message), ExitUsage;
    auto target = LinuxTarget::open(*pid);
    if (!target)
        return fail(target.error());
    auto regions = (*target)->regions();
    if (!regions)
        return fail(regions.error());
    const SymbolIndex symbols = buildSymbolIndex(**target, *regions);
    auto address = resolveAddress(pos[1], *regions, &symbols);
    if (!address)
        return printError(address.error().message), ExitUsage;
    const QString name = symbols.describe(*address, parser.isSet(mangled));
    if (name.isEmpty())
        return fail(makeError(
            ErrorKind::InvalidArgument, tr("%1 lies in no mapped file and not in [vdso]").arg(hex(*address))));
    return writeAll((name + u'\n').toUtf8()) ? ExitOk : ExitError;
}

int cmdExplain(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Explain the mapping that holds an address: what it is, its permissions, "
                                        "where its bytes come from."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The address (0x7f..., [heap], libc.so.6+0x1000)."));
    if (!parseCommand(parser, args, 2, 2))
        return ExitUsage;
    const QStringList pos = parser.positionalArguments();
    auto pid = parsePid(pos[0]);
    if (!pid)
        return printError(pid.error().message), ExitUsage;
    auto maps = readRegions(*pid);
    if (!maps)
        return fail(maps.error());
    auto address = resolveAddress(pos[1], maps->regions);
    if (!address)
        return printError(address.error().message), ExitUsage;
    const qsizetype i = findRegion(maps->regions, *address);
    if (i < 0)
        return fail(makeError(ErrorKind::InvalidArgument, tr("%1 lies in no mapping").arg(hex(*address))));
    return writeAll(explanationText(explainRegion(maps->regions, size_t(i))).toUtf8()) ? ExitOk : ExitError;
}

int cmdAuxv(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args,
            tr("Print the auxiliary vector the kernel gave the process at start-up (/proc/PID/auxv): name, "
               "value, where it points, meaning."),
            &c))
        return c.exitCode;
    auto raw = readProcFile(c.pid, "auxv");
    if (!raw)
        return fail(raw.error());
    auto target = LinuxTarget::open(c.pid);
    if (!target)
        return fail(target.error());
    auto regions = (*target)->regions();
    if (!regions)
        return fail(regions.error());
    const std::vector<AuxvLine> lines = describeAuxv(parseAuxv(*raw), *regions, target->get());
    if (c.json) {
        QJsonArray arr;
        for (const AuxvLine& l : lines) {
            arr.append(QJsonObject { { QStringLiteral("type"), qint64(l.entry.type) },
                { QStringLiteral("name"), l.name }, { QStringLiteral("value"), hex(l.entry.value) },
                { QStringLiteral("points_to"), l.pointsTo }, { QStringLiteral("meaning"), l.meaning } });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    QByteArray out;
    for (const AuxvLine& l : lines)
        out += QStringLiteral("%1\t%2\t%3\n").arg(l.name, l.value, l.pointsTo).toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

int cmdStatus(const QStringList& args)
{
    PidCommand c;
    if (!parsePidCommand(args, tr("Summarise /proc/PID/status: state, tracer, threads, memory use."), &c))
        return c.exitCode;
    auto raw = readProcFile(c.pid, "status");
    if (!raw)
        return fail(raw.error());
    const ProcStatus status = parseProcStatus(*raw);
    const std::vector<StatusFact> facts
        = summarizeProcStatus(status, identifyTracer(pid_t(status.value(u"TracerPid").toInt())));
    if (c.json) {
        QJsonArray arr;
        for (const StatusFact& f : facts) {
            arr.append(QJsonObject { { QStringLiteral("key"), f.key }, { QStringLiteral("label"), f.label },
                { QStringLiteral("value"), f.value }, { QStringLiteral("meaning"), f.meaning } });
        }
        return writeAll(QJsonDocument(arr).toJson(QJsonDocument::Indented)) ? ExitOk : ExitError;
    }
    QByteArray out;
    for (const StatusFact& f : facts)
        out += QStringLiteral("%1\t%2\n").arg(f.label, f.value).toUtf8();
    return writeAll(out) ? ExitOk : ExitError;
}

// Ctrl+C (or a kill) during a dump: stop between chunks, remove what was begun, release the target.
std::atomic<bool> g_interrupted = false;
extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

int cmdDump(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save memory of a process to files: raw bytes, a bundle Procglass can open again, or an ELF core "
           "that gdb reads. Files are readable by you only (0600)."));
    parser.addPositionalArgument(QStringLiteral("PID"), tr("The process."));
    const QCommandLineOption region(QStringLiteral("region"),
        tr("A range (0xA-0xB) or the name of mappings ([heap], libc.so.6); repeat for more."), QStringLiteral("SPEC"));
    const QCommandLineOption all(QStringLiteral("all"), tr("Every readable mapping."));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("raw, bundle or core."), QStringLiteral("FORMAT"), QStringLiteral("raw"));
    const QCommandLineOption output(QStringLiteral("o"), tr("Where to write."), QStringLiteral("PATH"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace PATH if it exists."));
    const QCommandLineOption noStop(
        QStringLiteral("no-stop"), tr("Do not stop the target while saving (the bytes may change meanwhile)."));
    parser.addOptions({ region, all, format, output, force, noStop });
    if (!parseCommand(parser, args, 1, 1))
        return ExitUsage;
    auto pid = parsePid(parser.positionalArguments().at(0));
    if (!pid)
        return printError(pid.error().message), ExitUsage;
    const QString kind = parser.value(format);
    if (kind != QLatin1StringView("raw") && kind != QLatin1StringView("bundle") && kind != QLatin1StringView("core"))
        return printError(tr("'%1' is not a format; use raw, bundle or core").arg(kind)), ExitUsage;
    if (!parser.isSet(output))
        return printError(tr("say where to write with -o PATH")), ExitUsage;
    const bool core = kind == QLatin1StringView("core");
    if (core && parser.isSet(region))
        return printError(tr("a core holds the whole process: leave out --region")), ExitUsage;
    if (!core && parser.isSet(region) == parser.isSet(all))
        return printError(tr("give --region SPEC (one or more) or --all")), ExitUsage;
    const QString path = parser.value(output);

    if (core && parser.isSet(noStop))
        return printError(tr("a core needs the threads stopped for their registers: leave out --no-stop")), ExitUsage;
    // A bundle's status is read before the target stops, so that it shows the process as it runs.
    const BundleInfo bundleInfo = kind == QLatin1StringView("bundle") ? readBundleInfo(*pid) : BundleInfo();
    auto opened = openTarget(*pid, !parser.isSet(noStop));
    if (!opened)
        return fail(opened.error());
    auto& target = opened->target;
    auto& hold = opened->hold;
    auto regions = target->regions();
    if (!regions)
        return fail(regions.error());

    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
    DumpControl control;
    control.cancel = &g_interrupted;
    control.overwrite = parser.isSet(force);

    Result<DumpReport> report = makeError(ErrorKind::InvalidArgument, QString());
    if (core) {
        report = writeElfCore(*target, *hold, *regions, path, control);
    } else {
        std::vector<Region> chosen;
        std::vector<AddressRange> ranges;
        if (parser.isSet(all)) {
            chosen = *regions; // a bundle lists every mapping; it copies the readable ones
            for (const Region& r : *regions) {
                if (r.perms.read && r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall)
                    ranges.push_back(r.range);
            }
        } else {
            for (const QString& spec : parser.values(region)) {
                auto picked = resolveRegionSpec(spec, *regions);
                if (!picked)
                    return fail(picked.error());
                for (const AddressRange& want : *picked) {
                    ranges.push_back(want);
                    for (const Region& r : *regions) {
                        if (r.range.intersects(want)
                            && std::none_of(
                                chosen.begin(), chosen.end(), [&](const Region& c) { return c.range == r.range; }))
                            chosen.push_back(r);
                    }
                }
            }
        }
        if (kind == QLatin1StringView("raw")) {
            report = dumpRaw(*target, ranges, path, control);
        } else {
            std::sort(chosen.begin(), chosen.end(),
                [](const Region& a, const Region& b) { return a.range.start < b.range.start; });
            report = dumpBundle(*target, chosen, bundleInfo, path, control);
        }
    }
    if (hold)
        hold->release();
    if (!report) {
        printError(withForceHint(report.error()));
        return g_interrupted ? 130 : ExitError;
    }
    quint64 unreadable = 0;
    for (const AddressRange& u : report->unreadable)
        unreadable += u.size();
    QString message
        = tr("wrote %1 (%2 bytes of memory)").arg(report->files.join(QStringLiteral(", "))).arg(report->bytes);
    if (unreadable > 0 && core) {
        // A core has no place for them: name them here.
        message += u'\n'
            + tr("%1 bytes could not be read and are written as zeros in the core, which cannot mark them "
                 "(a debugger shows them as the process's zeros):")
                  .arg(unreadable);
        for (const AddressRange& u : report->unreadable)
            message += u'\n' + tr("unreadable: %1-%2 (%3 bytes)").arg(hex(u.start), hex(u.end)).arg(u.size());
    } else if (unreadable > 0) {
        message += u'\n'
            + tr("%1 bytes could not be read and are zeros; %2 lists them")
                  .arg(unreadable)
                  .arg(kind == QLatin1StringView("raw") ? path + QStringLiteral(".json")
                                                        : path + QStringLiteral("/manifest.json"));
    }
    printError(message);
    return ExitOk;
}

} // namespace

int main(int argc, char** argv)
{
    // A file size limit (ulimit -f) then fails the write with EFBIG, "File too large", instead of
    // killing the program with a half-written temporary left behind.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("procglass-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));

    QStringList args = QCoreApplication::arguments();
    const QString usage
        = tr("Usage: procglass-cli COMMAND [ARGS]\n\n"
             "Commands:\n"
             "  ps [--kernel] [--json]                       list processes (--kernel: with kernel threads)\n"
             "  maps PID [--json]                            list the mappings of a process\n"
             "  read PID ADDRESS LENGTH [--raw] [--no-stop]  read memory\n"
             "  search PID --hex H|--text S|--int N|--float X|--regex R [options]  search memory\n"
             "  rescan PID FILE --changed|--increased|--equal N|...  narrow saved value hits\n"
             "  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force]  save memory\n"
             "  disasm PID ADDRESS|SYMBOL [COUNT] [--att]   disassemble\n"
             "  symbol PID ADDRESS                          name the symbol at an address\n"
             "  explain PID ADDRESS                         explain the mapping that holds an address\n"
             "  auxv PID [--json]                           the auxiliary vector (AT_ENTRY, AT_SYSINFO_EHDR...)\n"
             "  status PID [--json]                         state, tracer, threads, memory use\n\n"
             "Options:\n"
             "  -h, --help     this help; COMMAND --help for a command's\n"
             "  -v, --version  the version\n\n"
             "Exit status: 0 success, 1 error, 2 usage, 3 some bytes were unreadable.\n");
    if (args.size() < 2) {
        std::fputs(qPrintable(usage), stderr);
        return ExitUsage;
    }
    const QString command = args.at(1);
    if (command == QLatin1StringView("--help") || command == QLatin1StringView("-h")) {
        std::fputs(qPrintable(usage), stdout);
        return ExitOk;
    }
    if (command == QLatin1StringView("--version") || command == QLatin1StringView("-v")) {
        std::printf("procglass-cli %s\n", PROCGLASS_VERSION);
        return ExitOk;
    }
    // The command's own parser sees "procglass-cli COMMAND" as its program name.
    args.removeAt(1);
    args[0] = QStringLiteral("procglass-cli ") + command;
    if (command == QLatin1StringView("ps"))
        return cmdPs(args);
    if (command == QLatin1StringView("maps"))
        return cmdMaps(args);
    if (command == QLatin1StringView("read"))
        return cmdRead(args);
    if (command == QLatin1StringView("search"))
        return cmdSearch(args);
    if (command == QLatin1StringView("rescan"))
        return cmdRescan(args);
    if (command == QLatin1StringView("dump"))
        return cmdDump(args);
    if (command == QLatin1StringView("disasm"))
        return cmdDisasm(args);
    if (command == QLatin1StringView("symbol"))
        return cmdSymbol(args);
    if (command == QLatin1StringView("explain"))
        return cmdExplain(args);
    if (command == QLatin1StringView("auxv"))
        return cmdAuxv(args);
    if (command == QLatin1StringView("status"))
        return cmdStatus(args);
    printError(tr("unknown command '%1'; see 'procglass-cli --help'").arg(command));
    return ExitUsage;
}
