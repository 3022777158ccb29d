// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QHash>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace procglass::test {

// Starts tests/fixtures/procglass-demo and reads the line of addresses it prints.
class Fixture
{
public:
    Fixture() = default;
    ~Fixture();
    Fixture(const Fixture&) = delete;
    Fixture& operator=(const Fixture&) = delete;

    // False (with QTest-friendly message in error()) if it did not start.
    [[nodiscard]] bool start(const QStringList& args = {});
    void kill();

    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] Address address(const QString& key) const { return m_values.value(key).toULongLong(nullptr, 16); }
    [[nodiscard]] quint64 number(const QString& key) const { return m_values.value(key).toULongLong(nullptr, 0); }
    [[nodiscard]] QString value(const QString& key) const { return m_values.value(key); }
    [[nodiscard]] QString error() const { return m_error; }

private:
    pid_t m_pid = 0;
    pid_t m_child = 0;
    QHash<QString, QString> m_values;
    QString m_error;
};

// The bytes the fixture's random region holds: xorshift64 from seed, little endian.
[[nodiscard]] std::vector<std::byte> randomBytes(quint64 seed, quint64 size);

// Starts program with args, its stdout on a pipe whose read end is returned in *readEnd (close it
// when done). Returns the pid, or -1 with errno set.
[[nodiscard]] pid_t spawnWithPipe(const QString& program, const QStringList& args, int* readEnd);
// Reads the one line "TAG key=value ..." a helper spawned with spawnWithPipe prints once it is
// ready, waiting at most timeoutMs, and closes readEnd. False, with error saying what came
// instead, when the line is not there.
[[nodiscard]] bool readReadyLine(
    int readEnd, const QByteArray& tag, QHash<QString, QString>* values, QString* error, int timeoutMs = 60000);

// A file's bytes (empty when it cannot be read), and writing them whole.
[[nodiscard]] QByteArray fileBytes(const QString& path);
[[nodiscard]] bool writeFile(const QString& path, const QByteArray& bytes);

// Paths of the programs under test (from CMake). PROCGLASS_TEST_CLI names another procglass-cli
// to run the CLI tests against (an older build, to see a test fail without its fix).
[[nodiscard]] QString fixturePath();
[[nodiscard]] QString cliPath();

// What a program printed and how it ended.
struct ProgramRun
{
    int exitCode = -1; // -1: killed by a signal, or still running at the timeout (then killed)
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QString outText() const { return QString::fromUtf8(out); }
    [[nodiscard]] QString errText() const { return QString::fromUtf8(err); }
};
// program with args, in English (LC_ALL=C.UTF-8: the tests check English messages whatever the
// machine's locale, and Qt 6.8 warns on stderr in a locale that is not UTF-8; tst_cli_translation
// undoes it for its German runs) and offscreen; extraEnv adds NAME=VALUE.
[[nodiscard]] ProgramRun runProgram(
    const QString& program, const QStringList& args, int timeoutMs = 60000, const QStringList& extraEnv = {});
// procglass-cli with args; wrapper (a program and its first arguments: setpriv ...) starts it.
[[nodiscard]] ProgramRun runCli(const QStringList& args, const QStringList& wrapper = {});

// Every thread's state letter; empty when the process is gone.
[[nodiscard]] QString threadStates(pid_t pid);
// Waits up to timeoutMs until every thread's state is one of `states`.
[[nodiscard]] bool waitForThreadStates(pid_t pid, const QString& states, int timeoutMs = 5000);

// A UI-stall test proves that a thread (the window's) never waits for the target: the operation it
// watches takes 1.5 s or more when waited for. The longest gap between the ticks of a 1 ms timer
// is bounded well below that, and well above what a loaded machine's scheduler alone costs (310 ms
// seen at a load of 10 on 2 cores, AddressSanitizer's slowdown on top): the stall figures
// themselves are procglass-bench's (README), never a timed test's.
inline constexpr double kUiStallBoundMs = 400;

// How long a test waits for bytes fetched from a live target to arrive in a view. QTRY_*'s default
// of 5 s was too short once: the ASan suite under CI load (a Debian 13 build beside it) saw the
// first page of a freshly opened process arrive later than that. Not a speed figure: only a
// bound on how long a failing test hangs.
inline constexpr int kFetchWaitMs = 30000;

} // namespace procglass::test
