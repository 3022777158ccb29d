// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace procglass {

enum class ErrorKind {
    None,
    NoSuchProcess, // the pid does not exist
    Exited, // the process we opened has exited (or its pid now names another process)
    Permission, // the kernel refused access; the message says why and how to fix it
    Unreadable, // the address range holds no readable memory
    Io, // a read or write failed for another reason
    InvalidArgument, // malformed address, length, pattern or option
    Parse, // malformed data from the kernel or a file
    Timeout, // a thread did not stop in time
    Cancelled, // the user cancelled the operation; nothing it would have changed has changed
};

// An error as the user sees it: a kind for code, the errno for experts, a sentence for people.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    int errnum = 0;
    QString message;

    [[nodiscard]] bool isError() const { return kind != ErrorKind::None; }
    explicit operator bool() const { return isError(); }
};

[[nodiscard]] Error makeError(ErrorKind kind, QString message, int errnum = 0);
// "what: strerror(errnum)" with the kind chosen from errnum (ESRCH -> NoSuchProcess, EACCES -> Permission...).
[[nodiscard]] Error errorFromErrno(int errnum, const QString& what);
[[nodiscard]] QString errorKindName(ErrorKind kind);

// Either a value or an Error. Deliberately tiny: std::expected needs C++23.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

} // namespace procglass
