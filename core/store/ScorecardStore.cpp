#include "store/ScorecardStore.h"

#include "analytics/ScorecardStats.h"
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDate>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include <cstring>
#include <functional>
#include <thread>
#include <unordered_set>

namespace fb::store {

// SchemaV2.cpp
void insertScorecardDefinition(SQLite::Database& db, int version, const analytics::ScorecardDefinition& def,
                               const char* createdAtSql);

namespace {

using analytics::PeriodSums;
using analytics::Sums;

// The Tr::tr() of this file; lupdate files its strings under the context below.
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

// Where sums land: one PeriodSums, or one per week.
class Sink final {
public:
    explicit Sink(bool perWeek) : m_perWeek(perWeek) {}

    Sums& agent(const char* id, int week)
    {
        if (m_lastAgent && m_lastAgentWeek == (m_perWeek ? week : 0) && m_lastAgentId == id)
            return *m_lastAgent;
        m_lastAgentId = id;
        m_lastAgentWeek = m_perWeek ? week : 0;
        m_lastAgent = &target(week).byAgent[m_lastAgentId];
        return *m_lastAgent;
    }
    Sums& team(const std::string& team, int week) { return target(week).pulseByTeam[team]; }

    PeriodSums period;
    std::map<int, PeriodSums> weekly;

private:
    PeriodSums& target(int week) { return m_perWeek ? weekly[week] : period; }
    bool m_perWeek;
    Sums* m_lastAgent = nullptr;
    std::string m_lastAgentId;
    int m_lastAgentWeek = -1;
};

// A prepared statement through the C API: the hot loops read columns
// without SQLiteCpp's Column objects (each copies a shared_ptr, which costs
// a third of the time of a 52-week scorecard).
class RawStatement final {
public:
    RawStatement(Database& db, const std::string& sql)
    {
        if (sqlite3_prepare_v2(db.sql().getHandle(), sql.c_str(), int(sql.size()), &m_st, nullptr) != SQLITE_OK)
            throw SQLite::Exception(db.sql().getHandle(), sqlite3_errcode(db.sql().getHandle()));
        m_db = db.sql().getHandle();
    }
    ~RawStatement() { sqlite3_finalize(m_st); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;
    void bind(int i, int v) { sqlite3_bind_int(m_st, i, v); }
    void bind(int i, const std::string& v) { sqlite3_bind_text(m_st, i, v.c_str(), int(v.size()), SQLITE_TRANSIENT); }
    bool step()
    {
        const int rc = sqlite3_step(m_st);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw SQLite::Exception(m_db, rc);
        return false;
    }
    void reset() { sqlite3_reset(m_st); }
    sqlite3_stmt* get() const { return m_st; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_st = nullptr;
};

// Runs the select over the weeks [from, to] for all agents, or once per
// agent of `agents`. Wide ranges scan the table in key order instead of
// using the week index (each index hit costs a B-tree descent).
void forRange(Database& db, const char* table, const char* columns, int from, int to,
              const std::vector<std::string>* agents, const std::function<void(sqlite3_stmt*)>& row)
{
    if (agents) {
        RawStatement st(db,
                        fmt::format("SELECT {} FROM {} WHERE agent_id = ? AND week BETWEEN ? AND ?", columns, table));
        for (const auto& id : *agents) {
            st.bind(1, id);
            st.bind(2, from);
            st.bind(3, to);
            while (st.step())
                row(st.get());
            st.reset();
        }
        return;
    }
    bool scan = false;
    {
        SQLite::Statement range(db.sql(), fmt::format("SELECT min(week), max(week) FROM {}", table));
        if (range.executeStep() && !range.getColumn(0).isNull()) {
            const QDate first = IsoWeek::fromKey(range.getColumn(0).getInt()).monday();
            const QDate last = IsoWeek::fromKey(range.getColumn(1).getInt()).monday();
            const QDate a = std::max(first, IsoWeek::fromKey(from).monday());
            const QDate b = std::min(last, IsoWeek::fromKey(to).monday());
            const double all = double(first.daysTo(last)) / 7 + 1;
            const double wanted = a <= b ? double(a.daysTo(b)) / 7 + 1 : 0;
            if (wanted == 0)
                return;
            scan = wanted / all > 0.1;
        }
    }
    RawStatement st(db, fmt::format("SELECT {} FROM {} WHERE {}week BETWEEN ? AND ?", columns, table, scan ? "+" : ""));
    st.bind(1, from);
    st.bind(2, to);
    while (st.step())
        row(st.get());
}

void readRollups(Database& db, int from, int to, const std::vector<std::string>* agents, Sink& sink)
{
    forRange(db, "interaction_rollups",
             "agent_id, week, interactions, handle_seconds, fcr_known, fcr_resolved, repeat_contacts, escalations, "
             "defects, csat_surveyed, csat_top2",
             from, to, agents, [&sink](sqlite3_stmt* q) {
                 Sums& s =
                     sink.agent(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), sqlite3_column_int(q, 1));
                 s.interactions += sqlite3_column_int64(q, 2);
                 s.handleSeconds += sqlite3_column_double(q, 3);
                 s.fcrKnown += sqlite3_column_int64(q, 4);
                 s.fcrResolved += sqlite3_column_int64(q, 5);
                 s.repeatContacts += sqlite3_column_int64(q, 6);
                 s.escalations += sqlite3_column_int64(q, 7);
                 s.defects += sqlite3_column_int64(q, 8);
                 s.csatSurveyed += sqlite3_column_int64(q, 9);
                 s.csatTop2 += sqlite3_column_int64(q, 10);
             });
}

void readPeopleCache(Database& db, int from, int to, const std::vector<std::string>* agents, const std::string& team,
                     Sink& sink)
{
    forRange(db, "people_rollups",
             "agent_id, week, qa_evaluations, qa_total_sum, pulse_responses, pulse_score_sum, pulse_score_count, "
             "coaching_due, coaching_done",
             from, to, agents, [&sink](sqlite3_stmt* q) {
                 Sums& s =
                     sink.agent(reinterpret_cast<const char*>(sqlite3_column_text(q, 0)), sqlite3_column_int(q, 1));
                 s.qaEvaluations += sqlite3_column_int64(q, 2);
                 s.qaTotalSum += sqlite3_column_double(q, 3);
                 s.pulseResponses += sqlite3_column_int64(q, 4);
                 s.pulseScoreSum += sqlite3_column_int64(q, 5);
                 s.pulseScoreCount += sqlite3_column_int64(q, 6);
                 s.coachingDue += sqlite3_column_int64(q, 7);
                 s.coachingDone += sqlite3_column_int64(q, 8);
             });
    SQLite::Statement st(db.sql(), std::string("SELECT team, week, responses, score_sum, score_count, d1_sum, d1_n, "
                                               "d2_sum, d2_n, d3_sum, d3_n, d4_sum, d4_n, d5_sum, d5_n "
                                               "FROM team_pulse_rollups WHERE week BETWEEN ? AND ?") +
                                       (team.empty() ? "" : " AND team = ?"));
    st.bind(1, from);
    st.bind(2, to);
    if (!team.empty())
        st.bind(3, team);
    while (st.executeStep()) {
        Sums& s = sink.team(st.getColumn(0).getString(), st.getColumn(1).getInt());
        s.pulseResponses += st.getColumn(2).getInt64();
        s.pulseScoreSum += st.getColumn(3).getInt64();
        s.pulseScoreCount += st.getColumn(4).getInt64();
        for (int d = 0; d < analytics::kPulseDimensions; ++d) {
            s.pulseDimSum[d] += st.getColumn(5 + 2 * d).getInt64();
            s.pulseDimCount[d] += st.getColumn(6 + 2 * d).getInt64();
        }
    }
}

// QA totals, pulses and coaching follow-ups straight from their tables.
// from/to = 0: everything.
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
        while (st.executeStep()) {
            const int week = isoWeekKeyOfWeekText(st.getColumn(2).getText());
            if (week == 0 || (ranged && (week < from || week > to)))
                continue;
            Sums one;
            for (int d = 0; d < analytics::kPulseDimensions; ++d) {
                const auto c = st.getColumn(3 + d);
                if (c.isNull())
                    continue;
                one.pulseDimSum[d] = c.getInt64();
                one.pulseDimCount[d] = 1;
                one.pulseScoreSum += c.getInt64();
                one.pulseScoreCount += 1;
            }
            if (one.pulseScoreCount == 0)
                continue; // an empty response stands behind nothing
            one.pulseResponses = 1;
            sink.team(st.getColumn(0).getString(), week).addPulse(one);
            if (!st.getColumn(1).isNull() && *st.getColumn(1).getText() && wanted(st.getColumn(1).getText())) {
                Sums& s = sink.agent(st.getColumn(1).getText(), week);
                s.pulseResponses += 1;
                s.pulseScoreSum += one.pulseScoreSum;
                s.pulseScoreCount += one.pulseScoreCount;
            }
        }
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

bool readOnly(Database& db)
{
    return sqlite3_db_readonly(db.sql().getHandle(), "main") == 1;
}

bool cacheCurrent(Database& db)
{
    SQLite::Statement st(db.sql(), "SELECT (SELECT value FROM meta WHERE key = 'people_generation'), "
                                   "(SELECT value FROM meta WHERE key = 'people_rollups_generation')");
    st.executeStep();
    return !st.getColumn(0).isNull() && st.getColumn(0).getString() == st.getColumn(1).getString();
}

Result<std::vector<std::string>> teamAgents(Database& db, const std::string& team)
{
    std::vector<std::string> out;
    SQLite::Statement st(db.sql(), "SELECT agent_id FROM agents WHERE team = ? ORDER BY agent_id");
    st.bind(1, team);
    while (st.executeStep())
        out.push_back(st.getColumn(0).getString());
    return out;
}

Result<Sink> load(Database& db, int from, int to, const std::string& team, bool perWeek)
{
    try {
        Sink sink(perWeek);
        std::vector<std::string> ids;
        if (!team.empty())
            ids = teamAgents(db, team).value();
        const std::vector<std::string>* filter = team.empty() ? nullptr : &ids;
        auto cache = refreshScorecardCache(db);
        if (!cache)
            return cache.error();
        const qint64 weeks = IsoWeek::fromKey(from).monday().daysTo(IsoWeek::fromKey(to).monday()) / 7 + 1;
        if (team.empty() && cache.value() && weeks >= 8) {
            // All agents over many weeks: two scans of up to ~100,000 rows each
            // (a year of 2,000 agents); run them side by side on two
            // connections (opening the second costs ~10 ms, so not for short periods).
            Sink rollups(perWeek);
            Status sideRead;
            std::thread side([&] {
                auto other = Database::open(db.path(), Database::Mode::ReadOnly);
                if (!other) {
                    sideRead = other.error();
                    return;
                }
                try {
                    readRollups(*other.value(), from, to, nullptr, rollups);
                } catch (const SQLite::Exception& e) {
                    sideRead = sqlFailure(db, Tr::tr("cannot read the rollups on a second connection"), e);
                }
            });
            try {
                readPeopleCache(db, from, to, nullptr, team, sink);
            } catch (...) {
                side.join();
                throw;
            }
            side.join();
            if (!sideRead) {
                // The second connection only saves time, so its failure is no
                // reason to refuse the scorecard: read here, and log why the
                // read was slower than it could have been.
                qWarning("%s", fmt::format("scorecard: read on one connection instead of two: {}",
                                           sideRead.error().toString().toStdString())
                                   .c_str());
                rollups = Sink(perWeek);
                readRollups(db, from, to, nullptr, rollups);
            }
            for (const auto& [id, s] : rollups.period.byAgent)
                sink.period.byAgent[id] += s;
            for (const auto& [week, p] : rollups.weekly)
                for (const auto& [id, s] : p.byAgent)
                    sink.weekly[week].byAgent[id] += s;
            return sink;
        }
        readRollups(db, from, to, filter, sink);
        if (cache.value()) {
            readPeopleCache(db, from, to, filter, team, sink);
        } else {
            std::unordered_set<std::string> set(ids.begin(), ids.end());
            computePeople(db, from, to, team.empty() ? nullptr : &set, team, sink);
        }
        return sink;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the scorecard data"), e);
    }
}

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
        db.sql().exec("INSERT OR REPLACE INTO meta(key, value) SELECT 'people_rollups_generation', value FROM meta "
                      "WHERE key = 'people_generation'");
        tx.commit();
        return true;
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_READONLY)
            return false;
        return sqlFailure(db, Tr::tr("cannot update the scorecard cache"), e);
    }
}

Result<analytics::PeriodSums> loadPeriodSums(Database& db, int fromWeek, int toWeek, const std::string& team)
{
    auto sink = load(db, fromWeek, toWeek, team, false);
    if (!sink)
        return sink.error();
    return std::move(sink.value().period);
}

Result<std::map<int, analytics::PeriodSums>> loadWeeklySums(Database& db, int fromWeek, int toWeek,
                                                            const std::string& team)
{
    auto sink = load(db, fromWeek, toWeek, team, true);
    if (!sink)
        return sink.error();
    return std::move(sink.value().weekly);
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
