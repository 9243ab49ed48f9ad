// The scorecard loads: the sums of a period, or of each of its weeks, read
// from the interaction rollups and the people cache (or, when the cache
// cannot be brought up to date, computed from the source tables).
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/ScorecardSink.h"
#include "store/ScorecardStore.h"
#include "store/SiteRoles.h"

#include <QCoreApplication>
#include <QDate>

#include <fmt/format.h>

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

// Runs the select over the weeks [from, to] for all agents, or once per
// agent of `agents`. Wide ranges scan the table in key order instead of
// using the week index (each index hit costs a B-tree descent; `+week`
// keeps SQLite's planner off the index, and is plain arithmetic elsewhere).
Status forRange(Database& db, const char* table, const char* columns, int from, int to,
                const std::vector<std::string>* agents, const std::function<void(const Query&)>& row)
{
    if (agents) {
        Query st(db, fmt::format("SELECT {} FROM {} WHERE agent_id = ? AND week BETWEEN ? AND ?", columns, table), {});
        for (const auto& id : *agents) {
            st.bind(1, id).bind(2, from).bind(3, to);
            while (st.next())
                row(st);
            st.reset();
        }
        return st.status();
    }
    bool scan = false;
    {
        Query range(db, fmt::format("SELECT min(week), max(week) FROM {}", table), {});
        if (range.next() && !range.isNull(0)) {
            const QDate first = IsoWeek::fromKey(int(range.integer(0))).monday();
            const QDate last = IsoWeek::fromKey(int(range.integer(1))).monday();
            const QDate a = std::max(first, IsoWeek::fromKey(from).monday());
            const QDate b = std::min(last, IsoWeek::fromKey(to).monday());
            const double all = double(first.daysTo(last)) / 7 + 1;
            const double wanted = a <= b ? double(a.daysTo(b)) / 7 + 1 : 0;
            if (wanted == 0)
                return {};
            scan = wanted / all > 0.1;
        }
        if (!range.ok())
            return range.error();
    }
    Query st(db, fmt::format("SELECT {} FROM {} WHERE {}week BETWEEN ? AND ?", columns, table, scan ? "+" : ""), {});
    st.bind(1, from).bind(2, to);
    while (st.next())
        row(st);
    return st.status();
}

Status readRollups(Database& db, int from, int to, const std::vector<std::string>* agents, Sink& sink)
{
    return forRange(db, "interaction_rollups",
                    "agent_id, week, interactions, handle_seconds, fcr_known, fcr_resolved, repeat_contacts, "
                    "escalations, defects, csat_surveyed, csat_top2",
                    from, to, agents, [&sink](const Query& q) {
                        Sums& s = sink.agent(q.textView(0).data(), int(q.integer(1)));
                        s.interactions += q.integer(2);
                        s.handleSeconds += q.real(3);
                        s.fcrKnown += q.integer(4);
                        s.fcrResolved += q.integer(5);
                        s.repeatContacts += q.integer(6);
                        s.escalations += q.integer(7);
                        s.defects += q.integer(8);
                        s.csatSurveyed += q.integer(9);
                        s.csatTop2 += q.integer(10);
                    });
}

Status readPeopleCache(Database& db, int from, int to, const std::vector<std::string>* agents, const std::string& team,
                       Sink& sink)
{
    if (auto st = forRange(db, "people_rollups",
                           "agent_id, week, qa_evaluations, qa_total_sum, pulse_responses, pulse_score_sum, "
                           "pulse_score_count, coaching_due, coaching_done",
                           from, to, agents,
                           [&sink](const Query& q) {
                               Sums& s = sink.agent(q.textView(0).data(), int(q.integer(1)));
                               s.qaEvaluations += q.integer(2);
                               s.qaTotalSum += q.real(3);
                               s.pulseResponses += q.integer(4);
                               s.pulseScoreSum += q.integer(5);
                               s.pulseScoreCount += q.integer(6);
                               s.coachingDue += q.integer(7);
                               s.coachingDone += q.integer(8);
                           });
        !st)
        return st;
    Query st(db,
             std::string("SELECT team, week, responses, score_sum, score_count, d1_sum, d1_n, "
                         "d2_sum, d2_n, d3_sum, d3_n, d4_sum, d4_n, d5_sum, d5_n "
                         "FROM team_pulse_rollups WHERE week BETWEEN ? AND ?") +
                 (team.empty() ? "" : " AND team = ?"),
             {});
    st.bind(1, from).bind(2, to);
    if (!team.empty())
        st.bind(3, team);
    while (st.next()) {
        Sums& s = sink.team(st.text(0), int(st.integer(1)));
        s.pulseResponses += st.integer(2);
        s.pulseScoreSum += st.integer(3);
        s.pulseScoreCount += st.integer(4);
        for (int d = 0; d < analytics::kPulseDimensions; ++d) {
            s.pulseDimSum[d] += st.integer(5 + 2 * d);
            s.pulseDimCount[d] += st.integer(6 + 2 * d);
        }
    }
    return st.status();
}

Result<std::vector<std::string>> teamAgents(Database& db, const std::string& team)
{
    std::vector<std::string> out;
    Query st(db, "SELECT agent_id FROM agents WHERE team = ? ORDER BY agent_id", {});
    st.bind(1, team);
    while (st.next())
        out.push_back(st.text(0));
    if (!st.ok())
        return st.error();
    return out;
}

// The engine's message under this file's words for a failed read.
Error readFailure(const Error& e, const QString& what)
{
    return Error(QStringLiteral("%1: %2").arg(what, e.reason), e.file);
}

Result<Sink> load(Database& db, int from, int to, const std::string& team, bool perWeek)
{
    const QString what = Tr::tr("cannot read the scorecard data");
    Sink sink(perWeek);
    std::vector<std::string> ids;
    if (!team.empty()) {
        auto agents = teamAgents(db, team);
        if (!agents)
            return readFailure(agents.error(), what);
        ids = std::move(agents.value());
    }
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
            if (auto st = readRollups(*other.value(), from, to, nullptr, rollups); !st)
                sideRead = readFailure(st.error(), Tr::tr("cannot read the rollups on a second connection"));
        });
        const Status here = readPeopleCache(db, from, to, nullptr, team, sink);
        side.join();
        if (!here)
            return readFailure(here.error(), what);
        if (!sideRead) {
            // The second connection only saves time, so its failure is no
            // reason to refuse the scorecard: read here, and log why the
            // read was slower than it could have been.
            qWarning("%s", fmt::format("scorecard: read on one connection instead of two: {}",
                                       sideRead.error().toString().toStdString())
                               .c_str());
            rollups = Sink(perWeek);
            if (auto st = readRollups(db, from, to, nullptr, rollups); !st)
                return readFailure(st.error(), what);
        }
        for (const auto& [id, s] : rollups.period.byAgent)
            sink.period.byAgent[id] += s;
        for (const auto& [week, p] : rollups.weekly)
            for (const auto& [id, s] : p.byAgent)
                sink.weekly[week].byAgent[id] += s;
        return sink;
    }
    if (auto st = readRollups(db, from, to, filter, sink); !st)
        return readFailure(st.error(), what);
    if (cache.value()) {
        if (auto st = readPeopleCache(db, from, to, filter, team, sink); !st)
            return readFailure(st.error(), what);
    } else {
        // A lead's login on a site server reads only its own teams' records
        // and no anonymous pulse answer: computed here, its figures would be
        // wrong, so it says why there are none (SiteRoles.h).
        if (auto st = site::canRecomputePeopleFigures(db); !st)
            return st.error();
        std::unordered_set<std::string> set(ids.begin(), ids.end());
        if (auto st = computePeople(db, from, to, team.empty() ? nullptr : &set, team, sink, what); !st)
            return st.error();
    }
    return sink;
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
