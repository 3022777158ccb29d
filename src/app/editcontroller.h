// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "core/model/error.h"

#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <deque>

namespace procglass {

class TargetDocument;

// Writes into the open target and the undo stack that can take them back. A write is pushed once
// it has happened, so the stack never holds a write that did not; undo writes the old bytes back
// through the same path, and a write that fails moves the stack back without writing.
class EditController : public QObject
{
    Q_OBJECT
public:
    enum class WriteKind { Edit, Undo, Redo };

    explicit EditController(QObject* parent = nullptr);

    // The target written to (nullptr: none). Another one empties the stack: its writes belong to
    // the target that is gone.
    void setDocument(TargetDocument* document);
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }

    // Asks the document to write bytes (oldBytes: what the view showed there); the result comes
    // back from the document. The hex view's edits need the target held; a value of the watch list
    // (whileRunning) is written into the running process, as Cheat Engine and GameConqueror do --
    // its undo and redo too.
    void writeBytes(Address address, const QByteArray& bytes, const QByteArray& oldBytes, WriteKind kind,
        bool whileRunning = false);

signals:
    // Bytes the target holds now (the pages are patched already).
    void bytesChanged(procglass::Address address);
    // What did not happen and why, for the diagnostics line; and a note for the status bar.
    void problem(const QString& message);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void onWritten(
        Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count, const Error& error);
    void revertUndoStep(WriteKind kind);

    struct PendingWrite
    {
        WriteKind kind;
        QByteArray oldBytes;
        bool whileRunning = false;
    };
    QPointer<TargetDocument> m_document;
    QUndoStack m_undo;
    bool m_replayingUndo = false;
    std::deque<PendingWrite> m_pendingWrites; // the document answers in order
};

} // namespace procglass
