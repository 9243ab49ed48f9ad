#include "store/Catalog.h"

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::Catalog)
};

} // namespace

namespace {

Result<std::unordered_set<std::string>> stringSet(Database& db, const char* query, const char* what)
{
    try {
        std::unordered_set<std::string> out;
        SQLite::Statement st(db.sql(), query);
        while (st.executeStep())
            out.insert(st.getColumn(0).getString());
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr(what), e);
    }
}

} // namespace

Result<std::unordered_set<std::string>> agentIds(Database& db)
{
    return stringSet(db, "SELECT agent_id FROM agents", QT_TRANSLATE_NOOP("fb::store::Catalog", "cannot read agents"));
}

Result<std::unordered_set<std::string>> teamNames(Database& db)
{
    return stringSet(db, "SELECT name FROM teams", QT_TRANSLATE_NOOP("fb::store::Catalog", "cannot read teams"));
}

Status ensureTeam(Database& db, const std::string& team)
{
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO teams(name) VALUES (?) ON CONFLICT DO NOTHING");
        st.bind(1, team);
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot create team"), e);
    }
}

Status createPlaceholderAgent(Database& db, const std::string& agentId)
{
    static const std::string unassigned = "Unassigned";
    if (auto st = ensureTeam(db, unassigned); !st)
        return st;
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO agents(agent_id, name, team, status) VALUES (?, ?, ?, 'active') "
                                       "ON CONFLICT DO NOTHING");
        st.bind(1, agentId);
        st.bind(2, agentId);
        st.bind(3, unassigned);
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot create agent"), e);
    }
}

Status removePlaceholderAgent(Database& db, const std::string& agentId)
{
    try {
        SQLite::Statement st(db.sql(), "DELETE FROM agents WHERE agent_id = ? AND team = 'Unassigned'");
        st.bind(1, agentId);
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot remove agent"), e);
    }
}

Result<Rubric> currentRubric(Database& db)
{
    try {
        Rubric rubric;
        rubric.version = db.sql().execAndGet("SELECT max(version) FROM rubrics").getInt();
        SQLite::Statement st(db.sql(), "SELECT name, description, weight, scale, na_allowed, critical "
                                       "FROM rubric_attributes WHERE version = ? ORDER BY position");
        st.bind(1, rubric.version);
        while (st.executeStep()) {
            RubricAttribute a;
            a.name = st.getColumn(0).getString();
            a.description = st.getColumn(1).getString();
            a.weight = st.getColumn(2).getDouble();
            a.yesNo = st.getColumn(3).getString() == "yes/no";
            a.naAllowed = st.getColumn(4).getInt() != 0;
            a.critical = st.getColumn(5).getInt() != 0;
            rubric.attributes.push_back(std::move(a));
        }
        return rubric;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the rubric"), e);
    }
}

Result<KindSpec> effectiveSpec(Database& db, Kind kind)
{
    const KindSpec& spec = kindSpec(kind);
    if (!spec.hasRubricScores)
        return spec;
    auto rubric = currentRubric(db);
    if (!rubric)
        return rubric.error();
    return withRubric(spec, rubric->attributes);
}

Result<DatabaseInfo> databaseInfo(Database& db)
{
    try {
        DatabaseInfo info;
        info.path = db.path();
        info.schemaVersion = db.schemaVersion();
        for (Kind k : allKinds()) {
            const auto count = db.sql().execAndGet(fmt::format("SELECT count(*) FROM {}", kindSpec(k).table));
            info.counts.push_back({k, count.getInt64()});
        }
        SQLite::Statement range(db.sql(), "SELECT min(started_at), max(started_at) FROM interactions");
        if (range.executeStep()) {
            info.firstInteraction = QString::fromStdString(range.getColumn(0).getString());
            info.lastInteraction = QString::fromStdString(range.getColumn(1).getString());
        }
        info.rollupRows = db.sql().execAndGet("SELECT count(*) FROM interaction_rollups").getInt64();
        return info;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the database summary"), e);
    }
}

Status logImport(Database& db, Kind kind, const QString& file, qint64 inserted, qint64 replaced, qint64 unchanged,
                 qint64 rejected)
{
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO import_log(kind, file, imported_at, inserted, updated, unchanged, "
                                       "rejected) VALUES (?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, kindSpec(kind).name);
        st.bind(2, file.toStdString());
        st.bind(3, QDateTime::currentDateTime().toString(Qt::ISODate).toStdString());
        st.bind(4, static_cast<int64_t>(inserted));
        st.bind(5, static_cast<int64_t>(replaced));
        st.bind(6, static_cast<int64_t>(unchanged));
        st.bind(7, static_cast<int64_t>(rejected));
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot record the import"), e);
    }
}

} // namespace fb::store
