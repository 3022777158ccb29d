#pragma once

#include <QByteArrayView>
#include <QString>

#include <utility>
#include <vector>

namespace procglass {

// /proc/PID/status: "Key:\tvalue" lines, in the kernel's order.
struct ProcStatus
{
    std::vector<std::pair<QString, QString>> fields;
    [[nodiscard]] QString value(QStringView key) const; // empty when the kernel does not print it
    [[nodiscard]] bool isEmpty() const { return fields.empty(); }
};

[[nodiscard]] ProcStatus parseProcStatus(QByteArrayView text);

// One line of the summary a user reads: what, its value made readable, and what it means.
struct StatusFact
{
    QString key; // the kernel's name ("VmRSS")
    QString label; // translated ("Resident memory")
    QString value; // "12.3 MiB", "3", "1234 (gdb)"
    QString meaning; // a sentence, translated
};

// The fields worth knowing, in reading order. ownPid is Procglass's (to say "Procglass" for a
// TracerPid that is us); tracerName names another tracer's process, when known.
[[nodiscard]] std::vector<StatusFact> summarizeProcStatus(
    const ProcStatus& status, qint64 ownPid, const QString& tracerName = {});

} // namespace procglass
