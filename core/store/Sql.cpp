#include "store/Sql.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>

namespace fb::store::sql {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Sql)
};

// Savepoint names are the store's own literals; anything else is a
// programming error, refused rather than spliced into SQL.
bool isPlainName(std::string_view name)
{
    if (name.empty())
        return false;
    for (const char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok)
            return false;
    }
    return true;
}

Status savepointCommand(Connection& c, const char* verb, std::string_view name)
{
    if (!isPlainName(name))
        return Error(Tr::tr("not a savepoint name: '%1'").arg(QString::fromUtf8(name.data(), qsizetype(name.size()))),
                     c.name());
    return c.exec(std::string(verb) + std::string(name));
}

// The end of a quoted run that starts at sql[from] (just after the opening
// quote), where `quote` doubled stands for itself.
std::size_t endOfQuoted(std::string_view sql, std::size_t from, char quote)
{
    for (std::size_t i = from; i < sql.size(); ++i) {
        if (sql[i] != quote)
            continue;
        if (i + 1 < sql.size() && sql[i + 1] == quote)
            ++i;
        else
            return i + 1;
    }
    return sql.size();
}

// A dollar-quote tag ("$$" or "$body$") starting at sql[at], or empty.
std::string_view dollarTag(std::string_view sql, std::size_t at)
{
    for (std::size_t i = at + 1; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '$')
            return sql.substr(at, i - at + 1);
        const bool word =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > at + 1 && c >= '0' && c <= '9');
        if (!word)
            return {};
    }
    return {};
}

} // namespace

Result<qint64> Statement::run()
{
    const auto stepped = step();
    if (!stepped)
        return stepped.error();
    return changes();
}

Status Connection::savepoint(std::string_view name)
{
    return savepointCommand(*this, "SAVEPOINT ", name);
}

Status Connection::release(std::string_view name)
{
    return savepointCommand(*this, "RELEASE SAVEPOINT ", name);
}

Status Connection::rollbackTo(std::string_view name)
{
    return savepointCommand(*this, "ROLLBACK TO SAVEPOINT ", name);
}

std::string numberedPlaceholders(std::string_view sql, int* count)
{
    std::string out;
    out.reserve(sql.size() + 16);
    int largest = 0;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        std::size_t end = i + 1;
        if (c == '\'' || c == '"') {
            end = endOfQuoted(sql, i + 1, c);
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            end = sql.find('\n', i);
            end = end == std::string_view::npos ? sql.size() : end;
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            end = sql.find("*/", i + 2);
            end = end == std::string_view::npos ? sql.size() : end + 2;
        } else if (c == '$') {
            const std::string_view tag = dollarTag(sql, i);
            if (!tag.empty()) {
                end = sql.find(tag, i + tag.size());
                end = end == std::string_view::npos ? sql.size() : end + tag.size();
            }
        } else if (c == '?') {
            // SQLite's rule: "?NNN" is parameter NNN; a bare "?" is one more
            // than the largest number so far.
            std::size_t digits = i + 1;
            while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9')
                ++digits;
            int number = 0;
            if (digits > i + 1) {
                for (std::size_t d = i + 1; d < digits; ++d)
                    number = number * 10 + (sql[d] - '0');
            } else {
                number = largest + 1;
            }
            largest = std::max(largest, number);
            out += '$';
            out += std::to_string(number);
            i = digits;
            continue;
        }
        out.append(sql.substr(i, end - i));
        i = end;
    }
    if (count)
        *count = largest;
    return out;
}

} // namespace fb::store::sql
