// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

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

// Who TracerPid is (the kernel names the tracing *thread*).
struct TracerIdentity
{
    bool isProcglass = false; // a thread of this very process: Procglass holds the target
    QString name; // the tracing process's name, when known
};

// The fields worth knowing, in reading order.
[[nodiscard]] std::vector<StatusFact> summarizeProcStatus(const ProcStatus& status, const TracerIdentity& tracer = {});

} // namespace procglass
