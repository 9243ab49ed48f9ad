// The scorecard loads: the sums of a period, or of each of its weeks, read
// from the interaction rollups and the people cache (or, when the cache
// cannot be brought up to date, computed from the source tables).
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
#include <fmt/format.h>
#include <sqlite3.h>

#include <functional>
#include <thread>
#include <unordered_set>

namespace fb::store {
namespace {

using scorecard::Sink;
using scorecard::Sums;

// The Tr::tr() of this file; its strings stay under the context they had
// before ScorecardStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::ScorecardStore)
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

} // namespace fb::store
