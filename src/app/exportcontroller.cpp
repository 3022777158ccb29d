// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "exportcontroller.h"

#include "core/model/format.h"
#include "lastfolder.h"
#include "session/livedocument.h"
#include "session/targetdocument.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace procglass {

ExportController::ExportController(QWidget* window)
    : QObject(window)
    , m_window(window)
{ }

void ExportController::setDocument(TargetDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (m_progress) {
        m_progress->cancel = true; // the session finishes it (removing the file) as it stops
        onDumped(QString(), {},
            makeError(ErrorKind::Cancelled,
                QCoreApplication::translate(
                    "procglass::MainWindow", "The export was cancelled: the target was closed.")));
    }
    m_document = document;
    if (document)
        connect(document, &TargetDocument::dumped, this, &ExportController::onDumped);
}

void ExportController::setSelections(
    std::function<std::vector<AddressRange>()> mappings, std::function<AddressRange()> memory)
{
    m_selectedMappings = std::move(mappings);
    m_memorySelection = std::move(memory);
}

void ExportController::exportWithDialog(ExportWhat what)
{
    if (!m_document || !m_document->capabilities().dump || isExporting())
        return;
    const std::vector<Region>& regions = *m_document->regions();
    const pid_t pid = m_document->identity().pid;
    DumpJob job;
    QString name = m_document->name().isEmpty() ? QStringLiteral("process") : m_document->name();
    name += u'-' + QString::number(pid);
    switch (what) {
    case ExportWhat::SelectedMappings:
        if (m_selectedMappings)
            job.ranges = m_selectedMappings();
        if (job.ranges.empty()) {
            emit problem(QCoreApplication::translate(
                "procglass::MainWindow", "Select the mappings to export in the Mappings table first."));
            return;
        }
        name += job.ranges.size() == 1 ? QStringLiteral("-%1.bin").arg(job.ranges[0].start, 0, 16)
                                       : QStringLiteral(".bin");
        break;
    case ExportWhat::HexSelection: {
        const AddressRange sel = m_memorySelection ? m_memorySelection() : AddressRange {};
        if (sel.isEmpty()) {
            emit problem(QCoreApplication::translate(
                "procglass::MainWindow", "Select bytes in the Memory view first (drag, or Shift+arrows)."));
            return;
        }
        job.ranges = { sel };
        name += QStringLiteral("-%1.bin").arg(sel.start, 0, 16);
        break;
    }
    case ExportWhat::Vdso: {
        const auto vdso
            = std::find_if(regions.begin(), regions.end(), [](const Region& r) { return r.kind == RegionKind::Vdso; });
        if (vdso == regions.end()) {
            emit problem(QCoreApplication::translate("procglass::MainWindow", "This process has no [vdso] mapping."));
            return;
        }
        job.ranges = { vdso->range };
        name = QStringLiteral("vdso.so");
        break;
    }
    case ExportWhat::Bundle:
        job.format = DumpJob::Format::Bundle;
        job.regions = regions;
        name += QStringLiteral("-bundle");
        break;
    case ExportWhat::Core:
        job.format = DumpJob::Format::Core;
        job.regions = regions;
        name = QStringLiteral("core.") + QString::number(pid);
        break;
    }
    const QString title = what == ExportWhat::Bundle
        ? QCoreApplication::translate("procglass::MainWindow", "Export a bundle (a new folder)")
        : what == ExportWhat::Core ? QCoreApplication::translate("procglass::MainWindow", "Save an ELF core")
                                   : QCoreApplication::translate("procglass::MainWindow", "Export raw bytes");
    // Each kind of export starts where the last one of its kind went.
    const FileKind kind = what == ExportWhat::Bundle ? FileKind::Bundle
        : what == ExportWhat::Core                   ? FileKind::Core
        : what == ExportWhat::Vdso                   ? FileKind::Vdso
                                                     : FileKind::RawBytes;
    // Through an agent, the file may be written on its machine (only the report travels).
    const auto* live = qobject_cast<const LiveDocument*>(m_document.data());
    if (live && live->hostInfo().agent) {
        const QString machine = live->hostInfo().hostName;
        const Where where = m_askWhere ? m_askWhere(title, machine) : askWhere(title, machine);
        if (where == Where::Cancel)
            return;
        if (where == Where::Agent) {
            const QString start = agentPathStart(kind, name);
            const QString label = QCoreApplication::translate("procglass::MainWindow",
                "The path on %1, where the agent writes it (absolute, such as %2). The agent refuses "
                "folders its rules forbid, and does not replace what is there.")
                                      .arg(machine, start);
            bool ok = false;
            const QString path
                = (m_askAgentPath ? m_askAgentPath(title, start)
                                  : QInputDialog::getText(m_window, title, label, QLineEdit::Normal, start, &ok))
                      .trimmed();
            if (path.isEmpty())
                return;
            if (!path.startsWith(u'/')) {
                emit problem(QCoreApplication::translate("procglass::MainWindow",
                    "%1 is not an absolute path. On the agent's machine, give the whole path from /, such as %2.")
                                 .arg(path, start));
                return;
            }
            rememberAgentPath(kind, path);
            job.path = path;
            job.onAgent = true;
            startExport(std::move(job));
            return;
        }
    }
    const QString start = fileDialogStart(kind, name);
    // The file dialog asks before replacing a file; a bundle is a folder, so ask here.
    const QString path
        = m_askSavePath ? m_askSavePath(title, start) : QFileDialog::getSaveFileName(m_window, title, start);
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(kind, path);
    job.path = path;
    job.overwrite = QFileInfo::exists(path);
    if (job.format == DumpJob::Format::Bundle && job.overwrite
        && QMessageBox::question(m_window, title,
               QCoreApplication::translate(
                   "procglass::MainWindow", "%1 exists. Replace it? Only a Procglass bundle is replaced.")
                   .arg(path))
            != QMessageBox::Yes)
        return;
    startExport(std::move(job));
}

ExportController::Where ExportController::askWhere(const QString& title, const QString& machine) const
{
    QMessageBox box(QMessageBox::Question, title,
        QCoreApplication::translate("procglass::MainWindow", "Where should the export be written?"),
        QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("exportWhereBox"));
    box.setInformativeText(QCoreApplication::translate("procglass::MainWindow",
        "This process is read through procglass-agent on %1. On this computer: the bytes travel over the "
        "connection and you choose a file here. On the agent's machine: the agent writes the file there, "
        "readable by its user only, and only the report travels; you type the path.")
                               .arg(machine));
    QPushButton* here = box.addButton(
        QCoreApplication::translate("procglass::MainWindow", "On this computer…"), QMessageBox::AcceptRole);
    QPushButton* there = box.addButton(
        QCoreApplication::translate("procglass::MainWindow", "On %1 (the agent's machine)…").arg(machine),
        QMessageBox::AcceptRole);
    box.setDefaultButton(here);
    // Wide enough for the explanation to read as a paragraph, not a column.
    if (auto* grid = qobject_cast<QGridLayout*>(box.layout()))
        grid->setColumnMinimumWidth(grid->columnCount() - 1, 420);
    box.exec();
    return box.clickedButton() == here ? Where::Here : box.clickedButton() == there ? Where::Agent : Where::Cancel;
}

void ExportController::startExport(DumpJob job)
{
    if (!m_document || !m_document->capabilities().dump || isExporting())
        return;
    m_progress = job.progress;
    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_window);
        m_dialog->setObjectName(QStringLiteral("exportProgress"));
        m_dialog->setWindowTitle(QCoreApplication::translate("procglass::MainWindow", "Export"));
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(300);
        m_dialog->setRange(0, 1000);
        connect(m_dialog, &QProgressDialog::canceled, this, [this] {
            if (m_progress)
                m_progress->cancel = true;
        });
        m_poll = new QTimer(this);
        m_poll->setInterval(100);
        connect(m_poll, &QTimer::timeout, this, [this] {
            if (!m_progress)
                return;
            const quint64 total = m_progress->total, done = m_progress->done;
            if (total > 0) {
                m_dialog->setValue(int(done * 1000 / total));
                m_dialog->setLabelText(
                    QCoreApplication::translate(
                        "procglass::MainWindow", "Writing %1\n%2 of %3; the process is stopped meanwhile.")
                        .arg(m_dialog->property("path").toString(), formatBytes(done), formatBytes(total)));
            }
        });
    }
    m_dialog->setProperty("path", job.path);
    m_dialog->setProperty("format", int(job.format)); // what onDumped says about unreadable bytes
    m_dialog->setProperty("onAgent", job.onAgent);
    m_dialog->setLabelText(QCoreApplication::translate("procglass::MainWindow", "Writing %1…").arg(job.path));
    m_dialog->setValue(0);
    m_poll->start();
    m_document->dump(std::move(job));
}

QString ExportController::unreadableNote(const DumpReport& report, quint64 unreadable) const
{
    const auto format = DumpJob::Format(m_dialog->property("format").toInt());
    const QString path = m_dialog->property("path").toString();
    if (format != DumpJob::Format::Core) {
        // A raw export's sidecar or a bundle's manifest names every unreadable range.
        const QString list
            = format == DumpJob::Format::Raw ? path + QStringLiteral(".json") : path + QStringLiteral("/manifest.json");
        return QCoreApplication::translate(
            "procglass::MainWindow", "%1 could not be read and are zeros; %2 lists where.")
            .arg(formatBytes(unreadable), list);
    }
    // A core has no sidecar and no way to mark them: the PT_LOAD of a readable mapping holds all its
    // bytes (p_filesz = p_memsz), the unreadable ones written as zeros.
    QStringList ranges;
    for (size_t i = 0; i < report.unreadable.size() && i < 3; ++i)
        ranges << QCoreApplication::translate("procglass::MainWindow", "%1–%2")
                      .arg(formatAddress(report.unreadable[i].start), formatAddress(report.unreadable[i].end));
    if (const int more = int(report.unreadable.size()) - 3; more > 0)
        ranges << QCoreApplication::translate("procglass::MainWindow", "and %n more", nullptr, more);
    return QCoreApplication::translate("procglass::MainWindow",
        "%1 could not be read and are written as zeros in the core, which cannot mark them: a debugger "
        "shows zeros there as if the process held them (%2).")
        .arg(formatBytes(unreadable), ranges.join(QStringLiteral(", ")));
}

void ExportController::onDumped(const QString& path, const DumpReport& report, const Error& error)
{
    if (!m_progress)
        return; // already ended (the target was closed)
    if (!path.isEmpty() && path != m_dialog->property("path").toString())
        return; // another job's (a snapshot's)
    m_progress.reset();
    m_poll->stop();
    m_dialog->reset();
    m_dialog->hide();
    QString message;
    if (error) {
        message = error.message;
        emit problem(message);
    } else {
        quint64 unreadable = 0;
        for (const AddressRange& u : report.unreadable)
            unreadable += u.size();
        message = m_dialog->property("onAgent").toBool()
            ? QCoreApplication::translate(
                "procglass::MainWindow", "Wrote %1 on the agent's machine (%2, readable by the agent's user only).")
                  .arg(report.files.join(QStringLiteral(", ")), formatBytes(report.bytes))
            : QCoreApplication::translate("procglass::MainWindow", "Wrote %1 (%2, readable by you only).")
                  .arg(report.files.join(QStringLiteral(", ")), formatBytes(report.bytes));
        if (unreadable)
            message += u' ' + unreadableNote(report, unreadable);
        emit statusMessage(message, 10000);
        message.clear();
    }
    emit finished(path, message);
}

} // namespace procglass
