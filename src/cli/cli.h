// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// What every command of procglass-cli shares: output, errors, exit codes, argument parsing, the
// host (this computer, or an agent's: --agent), and opening a target (with the hold and the
// mappings) once.
#include "core/host/host.h"
#include "core/model/error.h"
#include "core/model/region.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace procglass {
class LocationFormatter;
}

namespace procglass::cli {

enum ExitCode { ExitOk = 0, ExitError = 1, ExitUsage = 2, ExitPartial = 3 };

// The whole command line (argv, argv[0] first): global options, then the command (dispatch.cpp).
// Returns the exit status. main() only sets up the application and its language around it.
int run(QStringList args);

// The commands, one file each under commands/; main.cpp's table dispatches to them. Each gets its
// arguments with "procglass-cli COMMAND" as the program name and returns the exit status.
int cmdPs(const QStringList& args);
int cmdMaps(const QStringList& args);
int cmdRead(const QStringList& args);
int cmdSearch(const QStringList& args);
int cmdRescan(const QStringList& args);
int cmdDump(const QStringList& args);
int cmdDisasm(const QStringList& args);
int cmdSymbol(const QStringList& args);
int cmdExplain(const QStringList& args);
int cmdAuxv(const QStringList& args);
int cmdStatus(const QStringList& args);
int cmdSnapshot(const QStringList& args);
int cmdDiff(const QStringList& args);

// The body that `dump` and `snapshot` share (commands/dump.cpp): opens pid, stops it unless noStop,
// picks the mappings that regionSpecs name (none: every mapping), runs job, Ctrl+C cancels it and
// removes what was begun, and says what was written. Returns the exit status.
int runDumpCommand(pid_t pid, DumpJob job, const QStringList& regionSpecs, bool noStop);

// The messages of procglass-cli, in the one catalogue the window uses too (translations/: context
// "procglass::cli"). lupdate finds every Cli::tr("...") call; a free tr() has no context it can see.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(procglass::cli)
};

// The host every command reads: this computer (LocalHost), or the procglass-agent that the global
// option --agent COMMAND starts (main sets it before the command runs; connected on first use).
void setAgentCommand(const QString& command);
[[nodiscard]] bool usesAgent();
[[nodiscard]] Result<std::shared_ptr<Host>> host();
// Lets the host go while the application still exists (an agent's connection is closed, the
// agent ends and its holds with it). main calls it after the command.
void closeHost();
// "--agent 'COMMAND'", for each command's help.
QString agentHelp();

// "procglass-cli: MESSAGE" on stderr.
void printError(const QString& message);
// Prints the error (or, once the agent's connection is lost, that loss: the cause); returns
// ExitError.
int fail(const Error& e);
// An output that exists: say how to replace it.
QString withForceHint(const Error& e);

// Writes everything or reports why not (a closed pipe, a full disk).
bool writeAll(int fd, const char* data, size_t size);
bool writeAll(const QByteArray& bytes); // to stdout
// writeAll(bytes) as an exit status.
int writeOut(const QByteArray& bytes);

QString hex(quint64 v);

// Parses the options of one command; on a usage error prints it and returns false. --help prints
// the command's help and exits.
bool parseCommand(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional);
Result<pid_t> parsePid(const QString& text);
// parseCommand, then the first positional argument as the process id; 0 after a usage error
// (printed).
pid_t parseWithPid(QCommandLineParser& parser, const QStringList& args, int minPositional, int maxPositional);

// "COMMAND PID [--json]": parses the arguments; on a usage error prints it and returns false with
// the exit code to use.
struct PidCommand
{
    pid_t pid = 0;
    bool json = false;
    int exitCode = ExitOk;
};
bool parsePidCommand(const QStringList& args, const QString& description, PidCommand* command);

// An open target of host(). With a hold, every thread is stopped so that what is read is one
// consistent picture; the kernel lets it go if we (or the agent) die.
struct Opened
{
    std::shared_ptr<Host> host;
    std::shared_ptr<Target> target;
    std::unique_ptr<TargetHold> hold; // destroyed (released) before the target and the host
    std::vector<Region> regions; // with Preamble::Regions

    // Stops the target (if it is not stopped already).
    [[nodiscard]] Error stop();
    // Lets it run again.
    Error release();
    // Reads the mappings into regions.
    [[nodiscard]] Error loadRegions();
};

// The preamble of every command that reads a process: open it, stop it (brief mode, for the
// command's whole duration) unless told not to, then read its mappings if asked.
enum class Stop { No, Yes };
enum class Preamble { Target, Regions };
[[nodiscard]] Result<Opened> openTarget(pid_t pid, Stop stop, Preamble preamble = Preamble::Regions);

// "libc.so.6+0x1b2c40 library": the location as Go to, `read` and bookmarks read it back
// (formatLocation), then the mapping's kind; "0x... unmapped" when no mapping holds it (any more).
// The kind is the last word: a location may hold spaces (a file's name does).
QString whereIs(const LocationFormatter& locations, Address a, const std::vector<Region>& regions);

} // namespace procglass::cli
