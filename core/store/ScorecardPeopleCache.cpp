// The people cache of the scorecards (people_rollups, team_pulse_rollups):
// QA totals, pulses and coaching follow-ups summed per agent and week from
// their source tables, and rebuilt whenever those tables changed.
#include "analytics/PulseAnonymity.h"
#include "analytics/ScorecardStats.h"
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/ScorecardSink.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

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

bool readOnly(Database& db)
{
    return sqlite3_db_readonly(db.sql().getHandle(), "main") == 1;
}

// The cache's generation carries the pulse rule it was built under, so a
// cache built before the anonymity rule (or under another minimum) is rebuilt,
// or bypassed on a read-only database, instead of being read.
const std::string kRuleTag = ":cells" + std::to_string(analytics::kMinAnonymousAnswers);

bool cacheCurrent(Database& db)
{
    SQLite::Statement st(db.sql(), "SELECT (SELECT value FROM meta WHERE key = 'people_generation'), "
                                   "(SELECT value FROM meta WHERE key = 'people_rollups_generation')");
    st.executeStep();
    return !st.getColumn(0).isNull() && !st.getColumn(1).isNull() &&
           st.getColumn(0).getString() + kRuleTag == st.getColumn(1).getString();
}

} // namespace

namespace scorecard {

void computePeople(Database& db, int from, int to, const std::unordered_set<std::string>* agents,
                   const std::string& team, Sink& sink)
{
    const bool ranged = from > 0;
    auto wanted = [agents](const char* id) { return !agents || agents->count(id) > 0; };

    // Rubrics of every version.
    std::map<int, std::vector<RubricAttribute>> rubrics;
    {
        SQLite::Statement st(db.sql(), "SELECT version, name, weight, scale, critical FROM rubric_attributes");
        while (st.executeStep()) {
            RubricAttribute a;
            a.name = st.getColumn(1).getString();
            a.weight = st.getColumn(2).getDouble();
            a.yesNo = st.getColumn(3).getString() == "yes/no";
            a.critical = st.getColumn(4).getInt() != 0;
            rubrics[st.getColumn(0).getInt()].push_back(std::move(a));
        }
    }
    {
        SQLite::Statement st(db.sql(),
                             std::string("SELECT e.evaluation_id, e.agent_id, e.evaluated_at, e.rubric_version, "
                                         "s.attribute, s.score FROM qa_evaluations e LEFT JOIN qa_scores s "
                                         "ON s.evaluation_id = e.evaluation_id") +
                                 (ranged ? " WHERE e.evaluated_at >= ? AND e.evaluated_at < ?" : ""));
        if (ranged) {
            st.bind(1, mondayOf(from));
            st.bind(2, mondayAfter(to));
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
        while (st.executeStep()) {
            const char* id = st.getColumn(0).getText();
            if (current != id) {
                flush();
                current = id;
                agent = st.getColumn(1).getString();
                const std::string at = st.getColumn(2).getString();
                week = at.size() >= 10 ? isoWeekKeyOfIsoDate(at.c_str()) : 0;
                version = st.getColumn(3).getInt();
                scores.clear();
            }
            if (!st.getColumn(4).isNull()) {
                std::optional<int> score;
                if (!st.getColumn(5).isNull())
                    score = st.getColumn(5).getInt();
                scores.emplace_back(st.getColumn(4).getString(), score);
            }
        }
        flush();
    }
    {
        std::string sql = "SELECT team, agent_id, week, role_clarity, tool_reliability, coaching_usefulness, "
                          "schedule_fit, fairness FROM pulse_responses";
        if (ranged)
            sql += " WHERE week BETWEEN ? AND ?";
        if (!team.empty())
            sql += ranged ? " AND team = ?" : " WHERE team = ?";
        SQLite::Statement st(db.sql(), sql);
        int bind = 1;
        if (ranged) {
            st.bind(bind++, IsoWeek::fromKey(from).toString().toStdString());
            st.bind(bind++, IsoWeek::fromKey(to).toString().toStdString());
        }
        if (!team.empty())
            st.bind(bind, team);
        // Team pulses go through the anonymity rule (analytics/PulseAnonymity.h);
        // an agent's own row sums only the responses the agent signed.
        analytics::PulseCells cells;
        while (st.executeStep()) {
            const int week = isoWeekKeyOfWeekText(st.getColumn(2).getText());
            if (week == 0 || (ranged && (week < from || week > to)))
                continue;
            analytics::PulseAnswers answers;
            qint64 sum = 0, count = 0;
            for (int d = 0; d < analytics::kPulseDimensions; ++d) {
                const auto c = st.getColumn(3 + d);
                if (c.isNull())
                    continue;
                answers[d] = c.getInt();
                sum += c.getInt64();
                count += 1;
            }
            if (count == 0)
                continue; // an empty response stands behind nothing
            const bool identified = !st.getColumn(1).isNull() && *st.getColumn(1).getText();
            cells.add(st.getColumn(0).getString(), week, identified, answers);
            if (identified && wanted(st.getColumn(1).getText())) {
                Sums& s = sink.agent(st.getColumn(1).getText(), week);
                s.pulseResponses += 1;
                s.pulseScoreSum += sum;
                s.pulseScoreCount += count;
            }
        }
        for (const auto& [key, publishable] : cells.publishable())
            sink.team(key.first, key.second).addPulse(publishable);
    }
    {
        SQLite::Statement st(db.sql(),
                             std::string("SELECT agent_id, follow_up_on, followed_up_on FROM coaching_notes") +
                                 (ranged ? " WHERE follow_up_on >= ? AND follow_up_on < ?" : ""));
        if (ranged) {
            st.bind(1, mondayOf(from));
            st.bind(2, mondayAfter(to));
        }
        while (st.executeStep()) {
            if (!wanted(st.getColumn(0).getText()))
                continue;
            const std::string due = st.getColumn(1).getString();
            if (due.size() < 10)
                continue;
            const int week = isoWeekKeyOfIsoDate(due.c_str());
            Sums& s = sink.agent(st.getColumn(0).getText(), week);
            s.coachingDue += 1;
            const std::string done = st.getColumn(2).isNull() ? std::string() : st.getColumn(2).getString();
            if (done.size() >= 10 && done.compare(0, 10, due, 0, 10) <= 0)
                s.coachingDone += 1;
        }
    }
}

} // namespace scorecard

using scorecard::Sink;

Result<bool> refreshScorecardCache(Database& db)
{
    try {
        if (cacheCurrent(db))
            return true;
        if (readOnly(db))
            return false;
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        if (cacheCurrent(db))
            return true;
        Sink sink(true);
        computePeople(db, 0, 0, nullptr, {}, sink);
        db.sql().exec("DELETE FROM people_rollups; DELETE FROM team_pulse_rollups;");
        SQLite::Statement person(db.sql(),
                                 "INSERT INTO people_rollups(agent_id, week, qa_evaluations, qa_total_sum, "
                                 "pulse_responses, pulse_score_sum, pulse_score_count, coaching_due, coaching_done) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement team(db.sql(), "INSERT INTO team_pulse_rollups VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?)");
        for (const auto& [week, p] : sink.weekly) {
            for (const auto& [id, s] : p.byAgent) {
                person.bind(1, id);
                person.bind(2, week);
                person.bind(3, static_cast<int64_t>(s.qaEvaluations));
                person.bind(4, s.qaTotalSum);
                person.bind(5, static_cast<int64_t>(s.pulseResponses));
                person.bind(6, static_cast<int64_t>(s.pulseScoreSum));
                person.bind(7, static_cast<int64_t>(s.pulseScoreCount));
                person.bind(8, static_cast<int64_t>(s.coachingDue));
                person.bind(9, static_cast<int64_t>(s.coachingDone));
                person.exec();
                person.reset();
            }
            for (const auto& [name, s] : p.pulseByTeam) {
                team.bind(1, name);
                team.bind(2, week);
                team.bind(3, static_cast<int64_t>(s.pulseResponses));
                team.bind(4, static_cast<int64_t>(s.pulseScoreSum));
                team.bind(5, static_cast<int64_t>(s.pulseScoreCount));
                for (int d = 0; d < analytics::kPulseDimensions; ++d) {
                    team.bind(6 + 2 * d, static_cast<int64_t>(s.pulseDimSum[d]));
                    team.bind(7 + 2 * d, static_cast<int64_t>(s.pulseDimCount[d]));
                }
                team.exec();
                team.reset();
            }
        }
        SQLite::Statement generation(db.sql(), "INSERT OR REPLACE INTO meta(key, value) SELECT "
                                               "'people_rollups_generation', value || ? FROM meta "
                                               "WHERE key = 'people_generation'");
        generation.bind(1, kRuleTag);
        generation.exec();
        tx.commit();
        return true;
    } catch (const SQLite::Exception& e) {
        // The cache only saves time: when it cannot be written (another
        // writer, a read-only file, a full disk) the scorecard is computed
        // without it, and the transaction rolls back.
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_READONLY || e.getErrorCode() == SQLITE_FULL)
            return false;
        return sqlFailure(db, Tr::tr("cannot update the scorecard cache"), e);
    }
}

} // namespace fb::store
