#include "store/Catalog.h"

#include "store/Database.h"
#include "store/Query.h"

#include <QCoreApplication>
#include <QDateTime>

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
    std::unordered_set<std::string> out;
    Query q(db, query, Tr::tr(what));
    while (q.next())
        out.insert(q.text(0));
    if (!q.ok())
        return q.error();
    return out;
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
    Query q(db, "INSERT INTO teams(name) VALUES (?) ON CONFLICT DO NOTHING", Tr::tr("cannot create team"));
    q.bind(1, team);
    return q.run();
}

Status createPlaceholderAgent(Database& db, const std::string& agentId)
{
    static const std::string unassigned = "Unassigned";
    if (auto st = ensureTeam(db, unassigned); !st)
        return st;
    Query q(db,
            "INSERT INTO agents(agent_id, name, team, status) VALUES (?, ?, ?, 'active') "
            "ON CONFLICT DO NOTHING",
            Tr::tr("cannot create agent"));
    q.bind(1, agentId).bind(2, agentId).bind(3, unassigned);
    return q.run();
}

Status removePlaceholderAgent(Database& db, const std::string& agentId)
{
    Query q(db, "DELETE FROM agents WHERE agent_id = ? AND team = 'Unassigned'", Tr::tr("cannot remove agent"));
    q.bind(1, agentId);
    return q.run();
}

Result<Rubric> currentRubric(Database& db)
{
    const QString what = Tr::tr("cannot read the rubric");
    const auto version = scalar(db, "SELECT max(version) FROM rubrics", what);
    if (!version)
        return version.error();
    Rubric rubric;
    rubric.version = static_cast<int>(*version);
    Query q(db,
            "SELECT name, description, weight, scale, na_allowed, critical "
            "FROM rubric_attributes WHERE version = ? ORDER BY position",
            what);
    q.bind(1, rubric.version);
    while (q.next()) {
        RubricAttribute a;
        a.name = q.text(0);
        a.description = q.text(1);
        a.weight = q.real(2);
        a.yesNo = q.text(3) == "yes/no";
        a.naAllowed = q.integer(4) != 0;
        a.critical = q.integer(5) != 0;
        rubric.attributes.push_back(std::move(a));
    }
    if (!q.ok())
        return q.error();
    return rubric;
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
    const QString what = Tr::tr("cannot read the database summary");
    DatabaseInfo info;
    info.path = db.path();
    info.schemaVersion = db.schemaVersion();
    for (Kind k : allKinds()) {
        const auto count = scalar(db, fmt::format("SELECT count(*) FROM {}", kindSpec(k).table), what);
        if (!count)
            return count.error();
        info.counts.push_back({k, *count});
    }
    Query range(db, "SELECT min(started_at), max(started_at) FROM interactions", what);
    if (range.next()) {
        info.firstInteraction = range.qtext(0);
        info.lastInteraction = range.qtext(1);
    }
    if (!range.ok())
        return range.error();
    const auto rollups = scalar(db, "SELECT count(*) FROM interaction_rollups", what);
    if (!rollups)
        return rollups.error();
    info.rollupRows = *rollups;
    return info;
}

Status logImport(Database& db, Kind kind, const QString& file, qint64 inserted, qint64 replaced, qint64 unchanged,
                 qint64 rejected)
{
    Query q(db,
            "INSERT INTO import_log(kind, file, imported_at, inserted, updated, unchanged, "
            "rejected) VALUES (?, ?, ?, ?, ?, ?, ?)",
            Tr::tr("cannot record the import"));
    q.bind(1, kindSpec(kind).name).bind(2, file.toStdString());
    q.bind(3, QDateTime::currentDateTime().toString(Qt::ISODate).toStdString());
    q.bind(4, inserted).bind(5, replaced).bind(6, unchanged).bind(7, rejected);
    return q.run();
}

} // namespace fb::store
