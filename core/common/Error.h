#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fb {

// An error as a value: where it happened and why, carried up to a boundary
// (CLI exit, dialog) instead of thrown across the Qt event loop.
struct Error final {
    QString reason;
    QString file;    // empty when not about a file
    qint64 line = 0; // 1-based physical line; 0 when not about a line
    QString column;  // column name; empty when not about a column
    QString value;   // the offending value as written
    bool hasValue = false;

    Error() = default;
    explicit Error(QString why, QString inFile = {}, qint64 atLine = 0, QString inColumn = {}, QString inValue = {},
                   bool valueKnown = false)
        : reason(std::move(why)), file(std::move(inFile)), line(atLine), column(std::move(inColumn)),
          value(std::move(inValue)), hasValue(valueKnown)
    {
    }
    static Error plain(QString why) { return Error(std::move(why)); }
    // The same error, naming the offending value.
    [[nodiscard]] Error withValue(QString v) const
    {
        Error e = *this;
        e.value = std::move(v);
        e.hasValue = true;
        return e;
    }

    // "file:line: column 'x': value 'v': reason" with the parts that are known.
    [[nodiscard]] QString toString() const;
};

// Result<T>: a T or an Error. Small on purpose; std::expected is C++23.
template <typename T> class [[nodiscard]] Result final {
public:
    Result(T value) : m_v(std::move(value)) {}     // NOLINT(google-explicit-constructor)
    Result(Error error) : m_v(std::move(error)) {} // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_v); }
    const T& value() const& { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    [[nodiscard]] const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// Result<void> equivalent.
class [[nodiscard]] Status final {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace fb
