// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "editcontroller.h"

#include "core/model/format.h"
#include "session/targetdocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace procglass {

namespace {
// One write to the target. Pushed once the write has succeeded; undo writes the old bytes back.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(EditController* edits, Address address, QByteArray newBytes, QByteArray oldBytes, bool whileRunning)
        : m_edits(edits)
        , m_address(address)
        , m_new(std::move(newBytes))
        , m_old(std::move(oldBytes))
        , m_whileRunning(whileRunning)
    {
        setText(QCoreApplication::translate(
            "procglass::MainWindow", "write of %n byte(s) at %1", nullptr, int(m_new.size()))
                    .arg(formatAddress(address)));
    }
    void redo() override
    {
        if (m_done) {
            m_done = false; // the first redo is the push: the bytes are written already
            return;
        }
        m_edits->writeBytes(m_address, m_new, m_old, EditController::WriteKind::Redo, m_whileRunning);
    }
    void undo() override
    {
        m_edits->writeBytes(m_address, m_old, m_new, EditController::WriteKind::Undo, m_whileRunning);
    }

private:
    EditController* m_edits;
    Address m_address;
    QByteArray m_new;
    QByteArray m_old;
    bool m_whileRunning;
    bool m_done = true;
};
} // namespace

EditController::EditController(QObject* parent)
    : QObject(parent)
{ }

void EditController::setDocument(TargetDocument* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_undo.clear();
    m_pendingWrites.clear();
    if (document)
        connect(document, &TargetDocument::written, this, &EditController::onWritten);
}

void EditController::writeBytes(
    Address address, const QByteArray& bytes, const QByteArray& oldBytes, WriteKind kind, bool whileRunning)
{
    if (m_replayingUndo)
        return; // only moving the stack back after a write that did not happen
    QString refusal;
    if (!m_document || !m_document->capabilities().write)
        refusal = QCoreApplication::translate("procglass::MainWindow", "No process is open: nothing was written.");
    else if (m_document->state() == TargetDocument::State::Exited
        || m_document->state() == TargetDocument::State::Offline)
        refusal = QCoreApplication::translate(
            "procglass::MainWindow", "The process can no longer be written to: nothing was written.");
    else if (m_document->state() != TargetDocument::State::Held && !whileRunning)
        refusal = QCoreApplication::translate(
            "procglass::MainWindow", "Hold the target to change its memory: nothing was written.");
    if (!refusal.isEmpty()) {
        emit problem(refusal);
        revertUndoStep(kind);
        return;
    }
    m_pendingWrites.push_back({ kind, oldBytes, whileRunning });
    m_document->write(address, bytes);
}

void EditController::revertUndoStep(WriteKind kind)
{
    // When the write did not happen, move the stack back without writing, so that it keeps telling
    // the truth. Queued: QUndoStack calls the command before it moves its own index.
    if (kind == WriteKind::Edit)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, kind] {
            m_replayingUndo = true;
            if (kind == WriteKind::Undo)
                m_undo.redo();
            else
                m_undo.undo();
            m_replayingUndo = false;
        },
        Qt::QueuedConnection);
}

void EditController::onWritten(
    Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count, const Error& error)
{
    const PendingWrite pending
        = m_pendingWrites.empty() ? PendingWrite { WriteKind::Edit, {} } : m_pendingWrites.front();
    if (!m_pendingWrites.empty())
        m_pendingWrites.pop_front();
    if (count > 0) {
        m_document->pages().patch(address, bytes.left(qsizetype(count)));
        emit bytesChanged(address);
    }
    if (error) {
        // Never silently: say what was not written, and why.
        const QString what = pending.kind == WriteKind::Undo
            ? QCoreApplication::translate("procglass::MainWindow", "Undoing the write at %1 failed: %2")
            : QCoreApplication::translate("procglass::MainWindow", "Writing at %1 failed: %2");
        const QString message = what.arg(formatAddress(address + count), error.message);
        emit problem(message);
        emit statusMessage(message, 8000);
        if (count == 0)
            revertUndoStep(pending.kind);
        return;
    }
    // Undo restores what the target held just before the write, read by the session: the view's
    // copy could be older than the hold.
    if (pending.kind == WriteKind::Edit)
        m_undo.push(new WriteCommand(
            this, address, bytes, oldBytes.size() == bytes.size() ? oldBytes : pending.oldBytes, pending.whileRunning));
    emit statusMessage(QCoreApplication::translate("procglass::MainWindow", "Wrote %1 bytes at %2")
                           .arg(count)
                           .arg(formatAddress(address)),
        3000);
}

} // namespace procglass
