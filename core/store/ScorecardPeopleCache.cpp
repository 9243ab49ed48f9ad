// The people cache of the scorecards (people_rollups, team_pulse_rollups):
// QA totals, pulses and coaching follow-ups summed per agent and week from
// their source tables, and rebuilt whenever those tables changed.
#include "analytics/PulseAnonymity.h"
#include "analytics/ScorecardStats.h"
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/ScorecardSink.h"
#include "store/ScorecardStore.h"
#include "store/Sql.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDate>

namespace fb::store {
namespace {

// The Tr::tr() of this file; its strings stay under the context they had
// before ScorecardStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::ScorecardStore)
};

std::string mondayOf(int weekKey)
{
    return IsoWeek::fromKey(weekKey).monday().toString(Qt::ISODate).toStdString();
}

std::string mondayAfter(int weekKey)
{
    return IsoWeek::fromKey(weekKey).next().monday().toString(Qt::ISODate).toStdString();
}

// Whether the connection cannot write: asked of the engine itself, since
// SQLite also opens read-only a file it cannot write although Floorboard's own
// check before opening (Database::isReadOnly()) found it writable; on a site
// server, whether the session is read-only.
bool readOnly(Database& db)
{
    return db.connection().isReadOnly();
}

// The cache's generation carries the pulse rule it was built under, so a
// cache built before the anonymity rule (or under another minimum) is rebuilt,
// or bypassed on a read-only database, instead of being read.
const std::string kRuleTag = ":cells" + std::to_string(analytics::kMinAnonymousAnswers);

Result<bool> cacheCurrent(Database& db, const QString& what)
{
    Query q(db,
            "SELECT (SELECT value FROM meta WHERE key = 'people_generation'), "
            "(SELECT value FROM meta WHERE key = 'people_rollups_generation')",
            what);
    if (!q.next()) {
        if (!q.ok())
            return q.error();
        return false; // never: the statement always returns its one row
    }
    return !q.isNull(0) && !q.isNull(1) && q.text(0) + kRuleTag == q.text(1);
}

} // namespace

namespace scorecard {

Status computePeople(Database& db, int from, int to, const std::unordered_set<std::string>* agents,
                     const std::string& team, Sink& sink, const QString& what)
{
    const bool ranged = from > 0;
    auto wanted = [agents](const char* id) { return !agents || agents->count(id) > 0; };

    // Rubrics of every version.
    std::map<int, std::vector<RubricAttribute>> rubrics;
    {
        Query q(db, "SELECT version, name, weight, scale, critical FROM rubric_attributes", what);
        while (q.next()) {
            RubricAttribute a;
            a.name = q.text(1);
            a.weight = q.real(2);
            a.yesNo = q.text(3) == "yes/no";
            a.critical = q.integer(4) != 0;
            rubrics[static_cast<int>(q.integer(0))].push_back(std::move(a));
        }
        if (!q.ok())
            return q.error();
    }
    {
        Query q(db,
                std::string("SELECT e.evaluation_id, e.agent_id, e.evaluated_at, e.rubric_version, "
                            "s.attribute, s.score FROM qa_evaluations e LEFT JOIN qa_scores s "
                            "ON s.evaluation_id = e.evaluation_id") +
                    (ranged ? " WHERE e.evaluated_at >= ? AND e.evaluated_at < ?" : ""),
                what);
        if (ranged) {
            q.bind(1, mondayOf(from));
            q.bind(2, mondayAfter(to));
        }
        std::string current, agent;
        int week = 0, version = 0;
        std::vector<analytics::AttributeScore> scores;
        auto flush = [&] {
            if (current.empty() || !wanted(agent.c_str()) || week == 0)
                return;
            const auto r = rubrics.find(version);
            if (r == rubrics.end())
                return;
            if (const auto total = analytics::qaTotal(r->second, scores)) {
                Sums& s = sink.agent(agent.c_str(), week);
                s.qaEvaluations += 1;
                s.qaTotalSum += *total;
            }
        };
        while (q.next()) {
            const std::string idText = q.text(0);
            const char* id = idText.c_str();
            if (current != id) {
                flush();
                current = id;
                agent = q.text(1);
                const std::string at = q.text(2);
                week = at.size() >= 10 ? isoWeekKeyOfIsoDate(at.c_str()) : 0;
                version = static_cast<int>(q.integer(3));
                scores.clear();
            }
            if (!q.isNull(4)) {
                std::optional<int> score;
                if (!q.isNull(5))
                    score = static_cast<int>(q.integer(5));
                scores.emplace_back(q.text(4), score);
            }
        }
        if (!q.ok())
            return q.error();
        flush();
    }
    {
        std::string sql = "SELECT team, agent_id, week, role_clarity, tool_reliability, coaching_usefulness, "
                          "schedule_fit, fairness FROM pulse_responses";
        if (ranged)
            sql += " WHERE week BETWEEN ? AND ?";
        if (!team.empty())
            sql += ranged ? " AND team = ?" : " WHERE team = ?";
        Query q(db, sql, what);
        int bind = 1;
        if (ranged) {
            q.bind(bind++, IsoWeek::fromKey(from).toString().toStdString());
            q.bind(bind++, IsoWeek::fromKey(to).toString().toStdString());
        }
        if (!team.empty())
            q.bind(bind, team);
        // Team pulses go through the anonymity rule (analytics/PulseAnonymity.h);
        // an agent's own row sums only the responses the agent signed.
        analytics::PulseCells cells;
        while (q.next()) {
            const int week = isoWeekKeyOfWeekText(q.text(2).c_str());
            if (week == 0 || (ranged && (week < from || week > to)))
                continue;
            analytics::PulseAnswers answers;
            qint64 sum = 0, count = 0;
            for (int d = 0; d < analytics::kPulseDimensions; ++d) {
                if (q.isNull(3 + d))
                    continue;
                const qint64 answer = q.integer(3 + d);
                answers[d] = static_cast<int>(answer);
                sum += answer;
                count += 1;
            }
            if (count == 0)
                continue; // an empty response stands behind nothing
            const std::string agentText = q.text(1);
            const char* agentId = agentText.c_str();
            const bool identified = !q.isNull(1) && *agentId;
            cells.add(q.text(0), week, identified, answers);
            if (identified && wanted(agentId)) {
                Sums& s = sink.agent(agentId, week);
                s.pulseResponses += 1;
                s.pulseScoreSum += sum;
                s.pulseScoreCount += count;
            }
        }
        if (!q.ok())
            return q.error();
        for (const auto& [key, publishable] : cells.publishable())
            sink.team(key.first, key.second).addPulse(publishable);
    }
    {
        Query q(db,
                std::string("SELECT agent_id, follow_up_on, followed_up_on FROM coaching_notes") +
                    (ranged ? " WHERE follow_up_on >= ? AND follow_up_on < ?" : ""),
                what);
        if (ranged) {
            q.bind(1, mondayOf(from));
            q.bind(2, mondayAfter(to));
        }
        while (q.next()) {
            const std::string idText = q.text(0);
            const char* id = idText.c_str();
            if (!wanted(id))
                continue;
            const std::string due = q.text(1);
            if (due.size() < 10)
                continue;
            const int week = isoWeekKeyOfIsoDate(due.c_str());
            Sums& s = sink.agent(id, week);
            s.coachingDue += 1;
            const std::string done = q.text(2);
            if (done.size() >= 10 && done.compare(0, 10, due, 0, 10) <= 0)
                s.coachingDone += 1;
        }
        if (!q.ok())
            return q.error();
    }
    return {};
}

} // namespace scorecard

using scorecard::Sink;

namespace {

// Rebuilds the cache unless it is current; false when the database is
// read-only. A failure's kind goes to `kind`, taken when it happens: the
// rollback that follows resets the connection's.
Result<bool> rebuildCache(Database& db, const QString& what, sql::Failure& kind)
{
    const auto failed = [&db, &kind](const Error& e) {
        kind = db.connection().lastFailure();
        return e;
    };
    auto current = cacheCurrent(db, what);
    if (!current)
        return failed(current.error());
    if (*current)
        return true;
    if (readOnly(db))
        return false;
    auto tx = Transaction::begin(db);
    if (!tx)
        return failed(tx.error());
    // One rebuild at a time, as SQLite's BEGIN IMMEDIATE has it: two readers
    // of a site server that both found the cache stale both emptied and
    // refilled it, and the later one's insert failed on a duplicate key.
    // The lock ends with the transaction; the check below then sees the
    // other's rebuild.
    if (auto st = lockOnServer(db, ServerLock::ScorecardCache, what); !st)
        return failed(st.error());
    current = cacheCurrent(db, what);
    if (!current)
        return failed(current.error());
    if (*current)
        return true;
    Sink sink(true);
    if (auto st = scorecard::computePeople(db, 0, 0, nullptr, {}, sink, what); !st)
        return failed(st.error());
    if (auto st = execute(db, "DELETE FROM people_rollups; DELETE FROM team_pulse_rollups;", what); !st)
        return failed(st.error());
    Query person(db,
                 "INSERT INTO people_rollups(agent_id, week, qa_evaluations, qa_total_sum, "
                 "pulse_responses, pulse_score_sum, pulse_score_count, coaching_due, coaching_done) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 what);
    if (!person.ok())
        return failed(person.error());
    Query team(db,
               "INSERT INTO team_pulse_rollups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
               "?, ?, ?)",
               what);
    if (!team.ok())
        return failed(team.error());
    for (const auto& [week, p] : sink.weekly) {
        for (const auto& [id, s] : p.byAgent) {
            person.bind(1, id).bind(2, week);
            person.bind(3, static_cast<qint64>(s.qaEvaluations)).bind(4, s.qaTotalSum);
            person.bind(5, static_cast<qint64>(s.pulseResponses));
            person.bind(6, static_cast<qint64>(s.pulseScoreSum));
            person.bind(7, static_cast<qint64>(s.pulseScoreCount));
            person.bind(8, static_cast<qint64>(s.coachingDue));
            person.bind(9, static_cast<qint64>(s.coachingDone));
            if (auto st = person.run(); !st)
                return failed(st.error());
            person.reset();
        }
        for (const auto& [name, s] : p.pulseByTeam) {
            team.bind(1, name).bind(2, week);
            team.bind(3, static_cast<qint64>(s.pulseResponses));
            team.bind(4, static_cast<qint64>(s.pulseScoreSum));
            team.bind(5, static_cast<qint64>(s.pulseScoreCount));
            for (int d = 0; d < analytics::kPulseDimensions; ++d) {
                team.bind(6 + 2 * d, static_cast<qint64>(s.pulseDimSum[d]));
                team.bind(7 + 2 * d, static_cast<qint64>(s.pulseDimCount[d]));
            }
            if (auto st = team.run(); !st)
                return failed(st.error());
            team.reset();
        }
    }
    Query generation(db,
                     "INSERT INTO meta(key, value) SELECT "
                     "'people_rollups_generation', value || ? FROM meta "
                     "WHERE key = 'people_generation' ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     what);
    generation.bind(1, kRuleTag);
    if (auto st = generation.run(); !st)
        return failed(st.error());
    if (auto st = (*tx)->commit(); !st)
        return failed(st.error());
    return true;
}

} // namespace

Result<bool> refreshScorecardCache(Database& db)
{
    sql::Failure kind = sql::Failure::None;
    auto done = rebuildCache(db, Tr::tr("cannot update the scorecard cache"), kind);
    if (done)
        return done;
    // The cache only saves time: when it cannot be written (another
    // writer, a read-only file, a full disk) the scorecard is computed
    // without it, and the transaction rolls back.
    if (kind == sql::Failure::Conflict || kind == sql::Failure::ReadOnly || kind == sql::Failure::Full)
        return false;
    return done.error();
}

} // namespace fb::store
