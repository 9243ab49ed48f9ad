// The scorecard records besides the sums: agents, teams, the weeks that hold
// rollups, the versioned definitions and the coaching marks of one agent.
// The sums are loaded in ScorecardSums.cpp, the people cache is kept in
// ScorecardPeopleCache.cpp.
#include "store/ScorecardStore.h"

#include "analytics/ScorecardStats.h"
#include "common/NaturalOrder.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>

namespace fb::store {

// SchemaV2.cpp
Status insertScorecardDefinition(sql::Connection& db, int version, const analytics::ScorecardDefinition& def,
                                 const std::string& createdAt);

namespace {

// The Tr::tr() of this file; its strings stay under the context they had
// before ScorecardStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::ScorecardStore)
};

} // namespace

Result<std::vector<analytics::AgentInfo>> scorecardAgents(Database& db)
{
    std::vector<analytics::AgentInfo> out;
    Query q(db, "SELECT agent_id, name, team, coalesce(site, '') FROM agents ORDER BY agent_id",
            Tr::tr("cannot read agents"));
    while (q.next())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    if (!q.ok())
        return q.error();
    return out;
}

Result<std::vector<std::string>> scorecardTeams(Database& db)
{
    std::vector<std::string> out;
    Query q(db, "SELECT name FROM teams ORDER BY name", Tr::tr("cannot read teams"));
    while (q.next())
        out.push_back(q.text(0));
    if (!q.ok())
        return q.error();
    sortNaturally(out); // "Team 5" before "Team 10"
    return out;
}

Result<std::vector<int>> rollupWeeks(Database& db)
{
    // Skip from week to week along the index instead of reading every row.
    std::vector<int> out;
    Query q(db, "SELECT min(week) FROM interaction_rollups WHERE week > ?", Tr::tr("cannot read the weeks"));
    int last = 0;
    for (;;) {
        q.bind(1, last);
        if (!q.next() || q.isNull(0))
            break;
        last = static_cast<int>(q.integer(0));
        out.push_back(last);
        q.reset();
    }
    if (!q.ok())
        return q.error();
    return out;
}

Result<analytics::ScorecardDefinition> scorecardDefinition(Database& db, int version)
{
    const QString what = Tr::tr("cannot read the scorecard definition");
    analytics::ScorecardDefinition def;
    if (version == 0) {
        const auto latest = scalar(db, "SELECT coalesce(max(version), 0) FROM scorecard_definitions", what);
        if (!latest)
            return latest.error();
        version = static_cast<int>(*latest);
    }
    Query head(db, "SELECT created_at, note, gate_qa_min FROM scorecard_definitions WHERE version = ?", what);
    head.bind(1, version);
    if (!head.next()) {
        if (!head.ok())
            return head.error();
        return Error{Tr::tr("no scorecard definition version %1").arg(version), db.path()};
    }
    def.version = version;
    def.createdAt = head.qtext(0);
    def.note = head.qtext(1);
    def.gateQaMin = head.real(2);
    Query q(db,
            "SELECT metric, perspective, floor, target, weight, min_n FROM "
            "scorecard_metrics WHERE version = ? ORDER BY position",
            what);
    q.bind(1, version);
    while (q.next()) {
        const auto metric = analytics::metricFromKey(q.text(0));
        const auto perspective = analytics::perspectiveFromKey(q.text(1));
        if (!metric || !perspective)
            continue; // CHECK constraints keep these out
        def.metrics.push_back({*metric, *perspective, q.real(2), q.real(3), q.real(4), q.integer(5)});
    }
    if (!q.ok())
        return q.error();
    return def;
}

Result<std::vector<DefinitionVersion>> scorecardDefinitionVersions(Database& db)
{
    std::vector<DefinitionVersion> out;
    Query q(db,
            "SELECT version, created_at, coalesce(note, '') FROM scorecard_definitions "
            "ORDER BY version DESC",
            Tr::tr("cannot read the scorecard definitions"));
    while (q.next())
        out.push_back({static_cast<int>(q.integer(0)), q.qtext(1), q.qtext(2)});
    if (!q.ok())
        return q.error();
    return out;
}

Result<int> saveScorecardDefinition(Database& db, const analytics::ScorecardDefinition& def)
{
    if (auto st = analytics::validate(def); !st)
        return st.error();
    const QString what = Tr::tr("cannot save the scorecard definition");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto next = scalar(db, "SELECT coalesce(max(version), 0) + 1 FROM scorecard_definitions", what);
    if (!next)
        return next.error();
    const int version = static_cast<int>(*next);
    if (auto st = insertScorecardDefinition(db.connection(), version, def, nowUtc()); !st)
        return Error(QStringLiteral("%1: %2").arg(what, st.error().reason), st.error().file);
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    return version;
}

Result<std::vector<CoachingMark>> coachingMarks(Database& db, const std::string& agentId, const QString& from,
                                                const QString& to)
{
    std::vector<CoachingMark> out;
    Query q(db,
            "SELECT note_id, coached_on, attribute, target_metric, follow_up_on, "
            "coalesce(followed_up_on, ''), coalesce(stage, ''), coalesce(outcome, '') "
            "FROM coaching_notes WHERE agent_id = ? AND coached_on >= ? AND coached_on < ? "
            "ORDER BY coached_on, note_id",
            Tr::tr("cannot read coaching notes"));
    q.bind(1, agentId);
    q.bind(2, from.toStdString());
    q.bind(3, QDate::fromString(to, Qt::ISODate).addDays(1).toString(Qt::ISODate).toStdString());
    while (q.next()) {
        CoachingMark m;
        m.noteId = q.qtext(0);
        m.coachedOn = q.qtext(1);
        m.attribute = q.qtext(2);
        m.targetMetric = q.qtext(3);
        m.followUpOn = q.qtext(4);
        m.followedUpOn = q.qtext(5);
        m.stage = q.qtext(6);
        m.outcome = q.qtext(7);
        out.push_back(std::move(m));
    }
    if (!q.ok())
        return q.error();
    return out;
}

} // namespace fb::store
