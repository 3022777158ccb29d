// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>

#include "agent/protocol.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <thread>

namespace procglass::agent {

// The client's end of one agent: the command it started (or two file descriptors, for tests), a
// reader thread that hands replies to the callers waiting for them by request id, and one writer
// lock. Every method is thread-safe; calls block until their reply (or the connection's end).
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(procglass::agent::Connection)

public:
    // One request under way.
    struct Call
    {
        quint64 id = 0;
        Type type = Type::Hello;
        std::deque<Frame> frames; // replies not yet taken
        bool finished = false; // the Final reply (or an Error) has arrived
        // A read's data goes straight here: ReadData frames must come in order and fit.
        std::span<std::byte> sink;
        quint64 sinkNext = 0;
        bool pinned = false; // the reader is reading into sink (end() waits)
        std::condition_variable wake;
    };

    // Starts command (see connectAgent) and greets the agent.
    [[nodiscard]] static Result<std::shared_ptr<Connection>> start(
        const QString& command, std::chrono::milliseconds timeout, const std::atomic<bool>* cancel);
    // Speaks to a peer on two descriptors it takes over (tests, fuzzers): in = the agent's output.
    [[nodiscard]] static Result<std::shared_ptr<Connection>> attach(
        int in, int out, const QString& where, std::chrono::milliseconds timeout);
    ~Connection();

    // Closes the agent's stdin (it releases its holds and exits), stops the reader and reaps the
    // child (killing it if it does not end within a few seconds).
    void close();
    // close() on a thread of its own, so that whoever drops a connection (the window's thread on
    // Disconnect) never waits: the agent may take seconds to go, a stuck pipe for ever.
    static void closeInBackground(std::shared_ptr<Connection> connection);
    // Waits until the connections closing in the background are closed, at most timeout; true
    // when none is left. For the end of main().
    [[nodiscard]] static bool waitForClosed(std::chrono::milliseconds timeout);

    [[nodiscard]] const Hello& peer() const { return m_peer; }
    [[nodiscard]] const QString& where() const { return m_where; }
    // Set once the connection is lost: what every call fails with from then on.
    [[nodiscard]] Error lost() const;

    // Sends a request; its replies are collected for next().
    [[nodiscard]] std::shared_ptr<Call> begin(Type type, QByteArrayView payload, std::span<std::byte> sink = {});
    enum class Wait { Message, Idle, Failed };
    // The next reply of call into *out (Message); Idle when none came within slice (the caller
    // then checks its cancel); Failed with *error when the connection is lost or the request failed
    // (an Error reply).
    Wait next(Call& call, Frame* out, Error* error, std::chrono::milliseconds slice = std::chrono::hours(24));
    // A whole request: its Final reply's payload, or the error.
    [[nodiscard]] Result<QByteArray> call(Type type, QByteArrayView payload);
    void cancel(const Call& call);
    void end(const Call& call); // forgets the call (its late replies are dropped)

    // handle's process has exited (the agent said so): fd is written to (an eventfd).
    void watchExit(quint64 handle, int fd);
    void unwatchExit(quint64 handle);

    // Breaks the connection from our side: the peer broke the protocol.
    void fail(const QString& why);

    [[nodiscard]] QString stderrTail() const;

private:
    Connection() = default;
    [[nodiscard]] Error greet(std::chrono::milliseconds timeout, const std::atomic<bool>* cancel);
    void readerMain();
    void deliver(Frame frame);
    bool startSinkRead(quint64 id, const char* head, qsizetype length, std::shared_ptr<Call>* pin);
    void deliverReadData(quint64 id, quint8 flags, QByteArrayView payload);
    void markLost(const QString& why);

    QString m_where;
    pid_t m_child = -1;
    int m_in = -1; // the agent's stdout
    int m_out = -1; // the agent's stdin
    int m_err = -1; // the agent's stderr
    int m_wake = -1; // eventfd: stops the reader
    std::thread m_reader;

    mutable std::mutex m_mutex;
    std::condition_variable m_greeted;
    bool m_haveHello = false;
    Hello m_peer;
    Error m_lost;
    Error m_greetError; // the agent answered our Hello with an Error
    quint64 m_nextId = 1;
    std::map<quint64, std::shared_ptr<Call>> m_calls;
    std::map<quint64, int> m_exitFds;
    QByteArray m_stderr; // the last 4 KiB

    std::timed_mutex m_writeMutex; // timed: close() gives up on a writer stuck in a full pipe
    std::atomic<bool> m_closed = false;
};

} // namespace procglass::agent
