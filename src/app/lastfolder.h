// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace procglass {

// The kinds of file the window asks the user where to put (or where to find): each remembers the
// folder chosen last time, between runs, so that the second core dump lands next to the first.
enum class FileKind { RawBytes, Bundle, Core, Vdso, SearchCsv, WatchList };

// Where a file dialog for this kind starts: fileName in the folder chosen last time for it (when
// that is still a folder), else in the home folder.
[[nodiscard]] QString fileDialogStart(FileKind kind, const QString& fileName = {});
// Remembers the folder of what the user chose (a file, or a bundle's folder).
void rememberFileDialogChoice(FileKind kind, const QString& chosenPath);

// The same for paths on an agent's machine, typed as text (this computer cannot check them):
// fileName in the agent-side folder typed last time for this kind, else in /tmp.
[[nodiscard]] QString agentPathStart(FileKind kind, const QString& fileName = {});
void rememberAgentPath(FileKind kind, const QString& typedPath);

} // namespace procglass
