#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace luotsi::core {

// What went wrong, said so that a user knows what and where. The core never throws across
// layers and never shows a dialog: it returns one of these and the caller decides.
struct Error
{
    QString message;
    QString where; // file, sheet, row, field or table the message is about; may be empty

    QString text() const
    {
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

// A value or an error.
template<typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const Error& error() const { return m_error; }
    // The value, or fallback for callers that carry on with a default after an error.
    T value_or(T fallback) const& { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Success or an error, for operations that return nothing.
class Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace luotsi::core
