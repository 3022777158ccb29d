// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/auxv.h"

#include "core/model/format.h"
#include "core/model/memorysource.h"
#include "core/teach/explain.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace procglass {

namespace {

struct AuxvType
{
    quint64 type;
    const char* name;
    AuxvValueKind kind;
    const char* meaning;
};

// The entries Linux passes (uapi/linux/auxvec.h and asm/auxvec.h), in our own words.
constexpr AuxvType auxvTypes[] = {
    { 0, "AT_NULL", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The end of the vector.") },
    { 1, "AT_IGNORE", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "An entry to be ignored.") },
    { 2, "AT_EXECFD", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP(
            "procglass::Auxv", "A file descriptor open on the program, when the kernel did not map it.") },
    { 3, "AT_PHDR", AuxvValueKind::Address,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "Where the program's ELF program headers are in memory: the loader reads them to find the segments "
            "and the dynamic section.") },
    { 4, "AT_PHENT", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The size of one program header.") },
    { 5, "AT_PHNUM", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv", "How many program headers there are.") },
    { 6, "AT_PAGESZ", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP(
            "procglass::Auxv", "The page size in bytes: every mapping starts and ends on a page boundary.") },
    { 7, "AT_BASE", AuxvValueKind::Address,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "Where the kernel loaded the dynamic loader (ld.so), which runs before the program to map its "
            "libraries. 0 for a static program.") },
    { 8, "AT_FLAGS", AuxvValueKind::Flags,
        QT_TRANSLATE_NOOP("procglass::Auxv", "Flags for the loader (unused on Linux).") },
    { 9, "AT_ENTRY", AuxvValueKind::Address,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "The program's entry point (_start): where the loader jumps once the libraries are ready.") },
    { 10, "AT_NOTELF", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv", "Set when the program is not ELF.") },
    { 11, "AT_UID", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The real user id.") },
    { 12, "AT_EUID", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The effective user id.") },
    { 13, "AT_GID", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The real group id.") },
    { 14, "AT_EGID", AuxvValueKind::Number, QT_TRANSLATE_NOOP("procglass::Auxv", "The effective group id.") },
    { 15, "AT_PLATFORM", AuxvValueKind::String,
        QT_TRANSLATE_NOOP("procglass::Auxv", "The name of the processor platform, a string on the stack.") },
    { 16, "AT_HWCAP", AuxvValueKind::Flags,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "Processor features as bits, so that libraries can pick the fastest code the processor runs.") },
    { 17, "AT_CLKTCK", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv", "Clock ticks per second, the unit of times() and /proc/PID/stat.") },
    { 23, "AT_SECURE", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "1 when the program runs with more privileges than its caller (setuid, capabilities): the loader "
            "then ignores LD_PRELOAD and similar variables.") },
    { 24, "AT_BASE_PLATFORM", AuxvValueKind::String,
        QT_TRANSLATE_NOOP("procglass::Auxv", "The real platform name, where it differs from AT_PLATFORM.") },
    { 25, "AT_RANDOM", AuxvValueKind::RandomBytes,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "16 random bytes on the stack; the C library seeds its stack protector and pointer guard from them.") },
    { 26, "AT_HWCAP2", AuxvValueKind::Flags, QT_TRANSLATE_NOOP("procglass::Auxv", "More processor feature bits.") },
    { 27, "AT_RSEQ_FEATURE_SIZE", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv", "How much of the restartable-sequences area the kernel supports.") },
    { 28, "AT_RSEQ_ALIGN", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv", "The alignment the restartable-sequences area needs.") },
    { 29, "AT_HWCAP3", AuxvValueKind::Flags, QT_TRANSLATE_NOOP("procglass::Auxv", "More processor feature bits.") },
    { 30, "AT_HWCAP4", AuxvValueKind::Flags, QT_TRANSLATE_NOOP("procglass::Auxv", "More processor feature bits.") },
    { 31, "AT_EXECFN", AuxvValueKind::String,
        QT_TRANSLATE_NOOP("procglass::Auxv", "The file name the program was started with, a string on the stack.") },
    { 32, "AT_SYSINFO", AuxvValueKind::Address,
        QT_TRANSLATE_NOOP("procglass::Auxv", "The system call entry point in the [vdso] (32-bit x86 only).") },
    { 33, "AT_SYSINFO_EHDR", AuxvValueKind::Address,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "Where the kernel mapped the [vdso], a small ELF library in every process; the C library finds "
            "clock_gettime() and friends there.") },
    { 51, "AT_MINSIGSTKSZ", AuxvValueKind::Number,
        QT_TRANSLATE_NOOP("procglass::Auxv",
            "The smallest stack a signal handler needs on this processor (it grows with the register set).") },
};

const AuxvType* find(quint64 type)
{
    for (const AuxvType& t : auxvTypes) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

quint64 word(QByteArrayView raw, qsizetype at, int wordSize)
{
    if (wordSize == 8) {
        quint64 v;
        std::memcpy(&v, raw.data() + at, 8);
        return v;
    }
    quint32 v;
    std::memcpy(&v, raw.data() + at, 4);
    return v;
}

// Whether the bytes read as a vector of this word size: small types, ending in AT_NULL.
bool plausible(QByteArrayView raw, int wordSize)
{
    for (qsizetype at = 0; at + 2 * wordSize <= raw.size(); at += 2 * wordSize) {
        const quint64 type = word(raw, at, wordSize);
        if (type == 0)
            return at > 0;
        if (type > 4096)
            return false;
    }
    return false;
}

} // namespace

std::vector<AuxvEntry> parseAuxv(QByteArrayView raw, int wordSize)
{
    if (wordSize == 0)
        wordSize = plausible(raw, 8) || !plausible(raw, 4) ? 8 : 4;
    std::vector<AuxvEntry> entries;
    for (qsizetype at = 0; at + 2 * wordSize <= raw.size(); at += 2 * wordSize) {
        const AuxvEntry e { word(raw, at, wordSize), word(raw, at + wordSize, wordSize) };
        if (e.type == 0)
            break;
        entries.push_back(e);
    }
    return entries;
}

QString auxvName(quint64 type)
{
    if (const AuxvType* t = find(type))
        return QString::fromLatin1(t->name);
    return QStringLiteral("AT_? (%1)").arg(type);
}

AuxvValueKind auxvValueKind(quint64 type)
{
    const AuxvType* t = find(type);
    return t ? t->kind : AuxvValueKind::Flags;
}

QString auxvMeaning(quint64 type)
{
    const AuxvType* t = find(type);
    return t ? QCoreApplication::translate("procglass::Auxv", t->meaning)
             : QCoreApplication::translate("procglass::Auxv", "An entry this version of Procglass does not know.");
}

QString formatAuxvValue(const AuxvEntry& entry)
{
    switch (auxvValueKind(entry.type)) {
    case AuxvValueKind::Number:
        return QString::number(entry.value);
    case AuxvValueKind::Flags:
        return QStringLiteral("0x") + QString::number(entry.value, 16);
    case AuxvValueKind::Address:
    case AuxvValueKind::String:
    case AuxvValueKind::RandomBytes:
        return formatAddress(entry.value);
    }
    return {};
}

namespace {
// What is at the address: a NUL-terminated string, or 16 bytes as hex; empty when unreadable.
QString readPointee(MemorySource& memory, Address address, AuxvValueKind kind)
{
    std::array<std::byte, 256> buffer {};
    const size_t want = kind == AuxvValueKind::RandomBytes ? 16 : buffer.size();
    const ReadResult r = memory.read(address, std::span(buffer.data(), want));
    if (r.error)
        return {};
    // Only the bytes before the first unreadable one are the pointee's.
    const size_t readable = r.unreadable.empty() ? want : size_t(r.unreadable.front().start - address);
    const auto* bytes = reinterpret_cast<const char*>(buffer.data());
    if (kind == AuxvValueKind::RandomBytes)
        return readable < 16 ? QString() : QString::fromLatin1(QByteArray(bytes, 16).toHex(' '));
    const QByteArray text(bytes, qsizetype(readable));
    const qsizetype nul = text.indexOf('\0');
    return nul < 0 ? QString() : u'"' + QString::fromUtf8(text.left(nul)) + u'"';
}
} // namespace

std::vector<AuxvLine> describeAuxv(
    const std::vector<AuxvEntry>& entries, const std::vector<Region>& regions, MemorySource* memory)
{
    std::vector<AuxvLine> lines;
    lines.reserve(entries.size());
    for (const AuxvEntry& e : entries) {
        AuxvLine line { e, auxvName(e.type), formatAuxvValue(e), {}, -1, auxvMeaning(e.type) };
        const AuxvValueKind kind = auxvValueKind(e.type);
        if (kind == AuxvValueKind::Address || kind == AuxvValueKind::String || kind == AuxvValueKind::RandomBytes) {
            line.regionIndex = e.value == 0 ? -1 : findRegion(regions, e.value);
            if (line.regionIndex >= 0)
                line.pointsTo = regionTitle(regions[size_t(line.regionIndex)]);
            else if (e.value != 0)
                line.pointsTo = QCoreApplication::translate("procglass::Auxv", "not mapped");
            if (kind != AuxvValueKind::Address && memory && line.regionIndex >= 0) {
                if (const QString pointee = readPointee(*memory, e.value, kind); !pointee.isEmpty())
                    line.pointsTo += QStringLiteral(": ") + pointee;
            }
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace procglass
