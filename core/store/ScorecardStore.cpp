// The scorecard records besides the sums: agents, teams, the weeks that hold
// rollups, the versioned definitions and the coaching marks of one agent.
// The sums are loaded in ScorecardSums.cpp, the people cache is kept in
// ScorecardPeopleCache.cpp.
#include "store/ScorecardStore.h"

#include "analytics/ScorecardStats.h"
#include "common/NaturalOrder.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

namespace fb::store {

// SchemaV2.cpp
void insertScorecardDefinition(SQLite::Database& db, int version, const analytics::ScorecardDefinition& def,
                               const char* createdAtSql);

namespace {

// The Tr::tr() of this file; its strings stay under the context they had
// before ScorecardStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::ScorecardStore)
};

} // namespace

Result<std::vector<analytics::AgentInfo>> scorecardAgents(Database& db)
{
    try {
        std::vector<analytics::AgentInfo> out;
        SQLite::Statement st(db.sql(), "SELECT agent_id, name, team, coalesce(site, '') FROM agents ORDER BY agent_id");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                           st.getColumn(3).getString()});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read agents"), e);
    }
}

Result<std::vector<std::string>> scorecardTeams(Database& db)
{
    try {
        std::vector<std::string> out;
        SQLite::Statement st(db.sql(), "SELECT name FROM teams ORDER BY name");
        while (st.executeStep())
            out.push_back(st.getColumn(0).getString());
        sortNaturally(out); // "Team 5" before "Team 10"
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read teams"), e);
    }
}

Result<std::vector<int>> rollupWeeks(Database& db)
{
    try {
        // Skip from week to week along the index instead of reading every row.
        std::vector<int> out;
        SQLite::Statement st(db.sql(), "SELECT min(week) FROM interaction_rollups WHERE week > ?");
        int last = 0;
        for (;;) {
            st.bind(1, last);
            if (!st.executeStep() || st.getColumn(0).isNull())
                break;
            last = st.getColumn(0).getInt();
            out.push_back(last);
            st.reset();
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the weeks"), e);
    }
}

Result<analytics::ScorecardDefinition> scorecardDefinition(Database& db, int version)
{
    try {
        analytics::ScorecardDefinition def;
        if (version == 0)
            version = db.sql().execAndGet("SELECT coalesce(max(version), 0) FROM scorecard_definitions").getInt();
        SQLite::Statement head(db.sql(),
                               "SELECT created_at, note, gate_qa_min FROM scorecard_definitions WHERE version = ?");
        head.bind(1, version);
        if (!head.executeStep())
            return Error{Tr::tr("no scorecard definition version %1").arg(version), db.path()};
        def.version = version;
        def.createdAt = QString::fromStdString(head.getColumn(0).getString());
        def.note = QString::fromStdString(head.getColumn(1).getString());
        def.gateQaMin = head.getColumn(2).getDouble();
        SQLite::Statement st(db.sql(), "SELECT metric, perspective, floor, target, weight, min_n FROM "
                                       "scorecard_metrics WHERE version = ? ORDER BY position");
        st.bind(1, version);
        while (st.executeStep()) {
            const auto metric = analytics::metricFromKey(st.getColumn(0).getString());
            const auto perspective = analytics::perspectiveFromKey(st.getColumn(1).getString());
            if (!metric || !perspective)
                continue; // CHECK constraints keep these out
            def.metrics.push_back({*metric, *perspective, st.getColumn(2).getDouble(), st.getColumn(3).getDouble(),
                                   st.getColumn(4).getDouble(), st.getColumn(5).getInt64()});
        }
        return def;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the scorecard definition"), e);
    }
}

Result<std::vector<DefinitionVersion>> scorecardDefinitionVersions(Database& db)
{
    try {
        std::vector<DefinitionVersion> out;
        SQLite::Statement st(db.sql(), "SELECT version, created_at, coalesce(note, '') FROM scorecard_definitions "
                                       "ORDER BY version DESC");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getInt(), QString::fromStdString(st.getColumn(1).getString()),
                           QString::fromStdString(st.getColumn(2).getString())});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the scorecard definitions"), e);
    }
}

Result<int> saveScorecardDefinition(Database& db, const analytics::ScorecardDefinition& def)
{
    if (auto st = analytics::validate(def); !st)
        return st.error();
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        const int version =
            db.sql().execAndGet("SELECT coalesce(max(version), 0) + 1 FROM scorecard_definitions").getInt();
        insertScorecardDefinition(db.sql(), version, def, "datetime('now')");
        tx.commit();
        return version;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot save the scorecard definition"), e);
    }
}

Result<std::vector<CoachingMark>> coachingMarks(Database& db, const std::string& agentId, const QString& from,
                                                const QString& to)
{
    try {
        std::vector<CoachingMark> out;
        SQLite::Statement st(db.sql(), "SELECT note_id, coached_on, attribute, target_metric, follow_up_on, "
                                       "coalesce(followed_up_on, ''), coalesce(stage, ''), coalesce(outcome, '') "
                                       "FROM coaching_notes WHERE agent_id = ? AND coached_on >= ? AND coached_on < ? "
                                       "ORDER BY coached_on, note_id");
        st.bind(1, agentId);
        st.bind(2, from.toStdString());
        st.bind(3, QDate::fromString(to, Qt::ISODate).addDays(1).toString(Qt::ISODate).toStdString());
        while (st.executeStep()) {
            CoachingMark m;
            auto text = [&st](int i) { return QString::fromStdString(st.getColumn(i).getString()); };
            m.noteId = text(0);
            m.coachedOn = text(1);
            m.attribute = text(2);
            m.targetMetric = text(3);
            m.followUpOn = text(4);
            m.followedUpOn = text(5);
            m.stage = text(6);
            m.outcome = text(7);
            out.push_back(std::move(m));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read coaching notes"), e);
    }
}

} // namespace fb::store
