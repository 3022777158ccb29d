// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/procstatus.h"
#include "core/model/tr.h"

#include "core/model/format.h"

#include <QCoreApplication>
#include <QStringList>

namespace procglass {

namespace {

// "123456 kB" -> "120.6 MiB"; anything else as it is.
QString readableSize(const QString& value)
{
    const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
    bool ok = false;
    const quint64 kib = parts.value(0).toULongLong(&ok);
    if (!ok || parts.size() != 2 || parts[1] != QLatin1StringView("kB"))
        return value;
    return formatBytes(kib * 1024);
}

QString stateText(const QString& value)
{
    // "S (sleeping)": the kernel's own words after the letter are English; say it in ours.
    switch (value.isEmpty() ? u'?' : value.front().unicode()) {
    case u'R':
        return tr("running or ready to run");
    case u'S':
        return tr("sleeping: waiting for something (input, a timer, a lock)");
    case u'D':
        return tr("in uninterruptible sleep: waiting for the disk or the kernel");
    case u'T':
        return tr("stopped by a signal");
    case u't':
        return tr("stopped by a tracer");
    case u'Z':
        return tr("a zombie: it has exited, its parent has not collected it yet");
    case u'X':
        return tr("dead");
    case u'I':
        return tr("idle (a kernel thread)");
    }
    return value;
}

} // namespace

QString ProcStatus::value(QStringView key) const
{
    for (const auto& [k, v] : fields) {
        if (k == key)
            return v;
    }
    return {};
}

ProcStatus parseProcStatus(QByteArrayView text)
{
    ProcStatus status;
    const QString all = QString::fromUtf8(text);
    for (QStringView line : QStringTokenizer(all, u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        status.fields.emplace_back(line.left(colon).toString(), line.mid(colon + 1).trimmed().toString());
    }
    return status;
}

std::vector<StatusFact> summarizeProcStatus(const ProcStatus& status, const TracerIdentity& tracerIdentity)
{
    std::vector<StatusFact> facts;
    auto add = [&](const char* key, const char* label, QString value, const char* meaning) {
        const QString raw = status.value(QString::fromLatin1(key));
        if (raw.isEmpty())
            return; // this kernel (or a kernel thread) does not have it
        facts.push_back({ QLatin1StringView(key), QCoreApplication::translate("procglass::ProcStatus", label),
            value.isEmpty() ? raw : value, QCoreApplication::translate("procglass::ProcStatus", meaning) });
    };
    auto size = [&](const char* key) { return readableSize(status.value(QString::fromLatin1(key))); };

    add("Name", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Name"), {},
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "The command name: the program's file name, cut to 15 characters."));
    const QString state = status.value(u"State");
    add("State", QT_TRANSLATE_NOOP("procglass::ProcStatus", "State"),
        state.left(1) + QStringLiteral(" – ") + stateText(state),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "What the main thread is doing right now."));
    add("PPid", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Parent"), {},
        QT_TRANSLATE_NOOP(
            "procglass::ProcStatus", "The process that started it (or adopted it when its parent died)."));
    const QString tracer = status.value(u"TracerPid");
    QString tracerText;
    if (tracer == QLatin1StringView("0"))
        tracerText = tr("0 – nobody");
    else if (tracerIdentity.isProcglass)
        tracerText = tr("%1 – Procglass (holding it)").arg(tracer);
    else if (!tracerIdentity.name.isEmpty())
        tracerText = QStringLiteral("%1 – %2").arg(tracer, tracerIdentity.name);
    add("TracerPid", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Tracer"), tracerText,
        QT_TRANSLATE_NOOP("procglass::ProcStatus",
            "The process that has it under ptrace (a debugger, strace, or Procglass while it holds the target). "
            "A process has at most one tracer."));
    const QStringList uids = status.value(u"Uid").split(u'\t', Qt::SkipEmptyParts);
    add("Uid", QT_TRANSLATE_NOOP("procglass::ProcStatus", "User ids"),
        uids.size() >= 2 ? tr("real %1, effective %2").arg(uids[0], uids[1]) : QString(),
        QT_TRANSLATE_NOOP("procglass::ProcStatus",
            "Whose process it is. Another user's process cannot be read without CAP_SYS_PTRACE; when real and "
            "effective differ (setuid) it cannot be read either."));
    add("Threads", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Threads"), {},
        QT_TRANSLATE_NOOP(
            "procglass::ProcStatus", "Threads share the whole address space; each has a stack of its own."));
    add("VmSize", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Virtual size"), size("VmSize"),
        QT_TRANSLATE_NOOP(
            "procglass::ProcStatus", "All the address space mapped, touched or not: reserved space counts in full."));
    add("VmPeak", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Largest virtual size"), size("VmPeak"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "The most address space it ever had mapped."));
    add("VmRSS", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Resident memory"), size("VmRSS"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus",
            "What is really in RAM now: the pages it touched and that were not swapped out. Pages of shared "
            "libraries count in every process that uses them."));
    add("RssAnon", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Resident: anonymous"), size("RssAnon"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "Heap, stacks and other memory no file backs."));
    add("RssFile", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Resident: from files"), size("RssFile"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus",
            "Code and data read from the program, its libraries and mapped files; the kernel can drop these "
            "and read them again."));
    add("RssShmem", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Resident: shared memory"), size("RssShmem"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "Pages of shared memory (/dev/shm, memfd, MAP_SHARED anonymous)."));
    add("VmData", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Data"), size("VmData"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus",
            "Private writable memory that is not a stack: heap, .data, .bss, anonymous mappings."));
    add("VmStk", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Main stack"), size("VmStk"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "The size of the main thread's stack mapping."));
    add("VmExe", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Program code"), size("VmExe"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "The executable's code (its text segment)."));
    add("VmLib", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Library code"), size("VmLib"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "Code of the shared libraries and the loader."));
    add("VmSwap", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Swapped out"), size("VmSwap"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "Anonymous memory the kernel moved to swap."));
    add("Seccomp", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Seccomp"),
        status.value(u"Seccomp") == QLatin1StringView("0")       ? tr("0 – off")
            : status.value(u"Seccomp") == QLatin1StringView("1") ? tr("1 – strict")
                                                                 : tr("2 – filter"),
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "Whether a system call filter confines the process (sandboxes)."));
    add("NoNewPrivs", QT_TRANSLATE_NOOP("procglass::ProcStatus", "No new privileges"), {},
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "1 when exec can no longer gain privileges (setuid is ignored)."));
    add("voluntary_ctxt_switches", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Voluntary switches"), {},
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "How often the main thread gave up the processor to wait."));
    add("nonvoluntary_ctxt_switches", QT_TRANSLATE_NOOP("procglass::ProcStatus", "Forced switches"), {},
        QT_TRANSLATE_NOOP("procglass::ProcStatus", "How often the scheduler took the processor away from it."));
    return facts;
}

} // namespace procglass
