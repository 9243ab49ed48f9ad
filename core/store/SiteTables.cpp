#include "store/SiteTables.h"

#include "store/Migrations.h"
#include "store/Query.h"
#include "store/Sql.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>

#include <algorithm>
#include <map>
#include <mutex>
#include <regex>
#include <set>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::SiteTables)
};

// On a site server Migrations.cpp keeps the schema version as meta's
// 'schema_version' row (a file keeps it in PRAGMA user_version). It belongs
// to the database, not to the site: the target keeps its own.
constexpr const char* kVersionMarkTable = "meta";
constexpr const char* kSiteRowsOfVersionMarkTable = "key <> 'schema_version'";

std::string quoted(const std::string& name)
{
    return '"' + name + '"';
}

struct Catalogue {
    std::map<std::string, SiteTable> tables;
    std::map<std::string, std::set<std::string>> parents; // by foreign key, the table itself left out
};

Result<Catalogue> readCatalogue(sql::Connection& db)
{
    Catalogue c;
    Query tables(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", {});
    while (tables.next()) {
        SiteTable t;
        t.name = tables.text(0);
        if (t.name == kVersionMarkTable)
            t.siteRows = kSiteRowsOfVersionMarkTable;
        c.tables.emplace(t.name, std::move(t));
    }
    if (!tables.ok())
        return tables.error();
    for (auto& [name, t] : c.tables) {
        Query columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid", {});
        columns.bind(1, name);
        while (columns.next())
            t.columns.push_back(columns.text(0));
        Query keys(db, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", {});
        keys.bind(1, name);
        auto& parents = c.parents[name];
        while (keys.next())
            if (keys.text(0) != name)
                parents.insert(keys.text(0));
        Query seeds(db, t.count(), {});
        t.seedRows = seeds.next() ? seeds.integer(0) : 0;
        for (const Query* q : {&columns, &keys, &seeds})
            if (!q->ok())
                return q->error();
    }
    // What each trigger's body writes ("… BEGIN UPDATE meta SET …; END").
    static const std::regex writes(R"(\b(?:UPDATE|INSERT\s+INTO|REPLACE\s+INTO|DELETE\s+FROM)\s+(\w+))",
                                   std::regex::icase);
    Query triggers(db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger'", {});
    while (triggers.next()) {
        const std::string sql = triggers.text(0);
        const std::size_t body = sql.find(" BEGIN ");
        const std::string rest = body == std::string::npos ? std::string() : sql.substr(body);
        for (std::sregex_iterator it(rest.begin(), rest.end(), writes), end; it != end; ++it)
            if (auto t = c.tables.find((*it)[1].str()); t != c.tables.end())
                t->second.writtenByTriggers = true;
    }
    if (!triggers.ok())
        return triggers.error();
    return c;
}

// Parents before children, by name where the keys leave a choice; the
// tables triggers write after all the others.
Result<std::vector<SiteTable>> ordered(const Catalogue& c)
{
    std::vector<SiteTable> out;
    std::set<std::string> placed;
    for (const bool triggerWritten : {false, true}) {
        bool progressed = true;
        while (progressed) {
            progressed = false;
            for (const auto& [name, t] : c.tables) {
                if (placed.count(name) || t.writtenByTriggers != triggerWritten)
                    continue;
                const auto& parents = c.parents.at(name);
                if (!std::includes(placed.begin(), placed.end(), parents.begin(), parents.end()))
                    continue;
                out.push_back(t);
                placed.insert(name);
                progressed = true;
            }
        }
    }
    // A cycle of foreign keys, or a key into a table the triggers write:
    // no order copies such a schema correctly, so none is guessed.
    for (const auto& [name, t] : c.tables)
        if (!placed.count(name))
            return Error::plain(Tr::tr("cannot order table %1 for copying: its foreign keys refer to a table "
                                       "copied after it")
                                    .arg(QString::fromStdString(name)));
    return out;
}

} // namespace

std::string SiteTable::select() const
{
    std::string columnList;
    for (const auto& c : columns)
        columnList += (columnList.empty() ? "" : ", ") + quoted(c);
    return "SELECT " + columnList + " FROM " + quoted(name) + (siteRows.empty() ? "" : " WHERE " + siteRows);
}

std::string SiteTable::count() const
{
    return "SELECT count(*) FROM " + quoted(name) + (siteRows.empty() ? "" : " WHERE " + siteRows);
}

std::string SiteTable::deleteRows() const
{
    return "DELETE FROM " + quoted(name) + (siteRows.empty() ? "" : " WHERE " + siteRows);
}

std::string SiteTable::insert(int rows) const
{
    std::string columnList;
    std::string placeholders;
    for (const auto& c : columns) {
        columnList += (columnList.empty() ? "" : ", ") + quoted(c);
        placeholders += placeholders.empty() ? "(?" : ", ?";
    }
    placeholders += ')';
    std::string sql = "INSERT INTO " + quoted(name) + " (" + columnList + ") VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += (r ? ", " : "") + placeholders;
    return sql;
}

std::string SiteTable::copy() const
{
    std::string columnList;
    for (const auto& c : columns)
        columnList += (columnList.empty() ? "" : ", ") + quoted(c);
    return "COPY " + quoted(name) + " (" + columnList + ") FROM STDIN";
}

Result<std::vector<SiteTable>> siteTables(int version)
{
    static std::mutex mutex;
    static std::map<int, std::vector<SiteTable>> cache;
    const std::lock_guard lock(mutex);
    if (auto it = cache.find(version); it != cache.end())
        return it->second;
    SQLite::Database memory(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const auto connection = sql::overSqlite(memory, QStringLiteral(":memory:"));
    if (auto st = migrate(*connection, version); !st)
        return st.error();
    auto catalogue = readCatalogue(*connection);
    if (!catalogue)
        return catalogue.error();
    auto tables = ordered(catalogue.value());
    if (!tables)
        return tables.error();
    return cache.emplace(version, std::move(tables.value())).first->second;
}

} // namespace fb::store
