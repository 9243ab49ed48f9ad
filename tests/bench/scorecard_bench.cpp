// bench_scorecard DB [RUNS]: times the scorecard of every agent over the
// last 52 weeks with data (and a few other reads the page makes) on an
// existing database, e.g. the 10-million-interaction demo site:
//   floorboard-cli --db /tmp/fb-10m.db demo --agents 2000 --weeks 52 --contacts-per-week 100
//   build/bench/tests/bench/bench_scorecard /tmp/fb-10m.db
// Target: < 100 ms for 2,000 agents x 52 weeks. Run by hand, never by CTest.
#include "BenchTiming.h"
#include "analytics/Scorecard.h"
#include "common/IsoWeek.h"
#include "store/Database.h"
#include "store/ScorecardStore.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

using namespace fb;
using bench::time;
using bench::Timing;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        fmt::print(stderr, "usage: bench_scorecard DB [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
    QElapsedTimer open;
    open.start();
    auto db = store::Database::open(QString::fromLocal8Bit(argv[1]), store::Database::Mode::ExistingOnly);
    if (!db) {
        fmt::print(stderr, "error: {}\n", db.error().toString().toStdString());
        return 1;
    }
    fmt::print("open (and migrate if needed): {:.0f} ms\n", double(open.nsecsElapsed()) / 1e6);
    QElapsedTimer cache;
    cache.start();
    auto fresh = store::refreshScorecardCache(*db.value());
    fmt::print("people cache (QA totals, pulses, coaching; rebuilt once after their tables change): {:.0f} ms{}\n",
               double(cache.nsecsElapsed()) / 1e6, fresh && fresh.value() ? "" : " (not writable: direct reads)");

    auto weeks = store::rollupWeeks(*db.value());
    if (!weeks || weeks->empty()) {
        fmt::print(stderr, "error: no rollups\n");
        return 1;
    }
    const int to = weeks->back();
    const int from52 = IsoWeek::fromKey(to).next(-51).key();
    size_t rows = 0, agentsWithData = 0;
    qint64 interactions = 0;
    auto scorecard = [&](int from, analytics::Level level, const std::string& team) {
        auto def = store::scorecardDefinition(*db.value());
        auto agents = store::scorecardAgents(*db.value());
        auto sums = store::loadPeriodSums(*db.value(), from, to, team);
        const auto card = analytics::computeScorecard(*def, *agents, *sums, level, from, to, team);
        rows = card.rows.size();
        agentsWithData = sums->byAgent.size();
        interactions = 0;
        for (const auto& r : card.rows)
            interactions += r.interactions;
    };
    auto report = [&](const char* what, const Timing& t) {
        fmt::print("{:<58} wall min {:7.1f} ms, median {:7.1f} ms; CPU median {:7.1f} ms; {} rows\n", what, t.wallMin,
                   t.wallMedian, t.cpuMedian, rows);
    };
    scorecard(from52, analytics::Level::Agent, {}); // warm the page cache
    report("agents, 52 weeks (all agents)", time(runs, [&] { scorecard(from52, analytics::Level::Agent, {}); }));
    fmt::print("  {} agents with data, {} interactions behind the scorecard, weeks {} to {}\n", agentsWithData,
               interactions, IsoWeek::fromKey(from52).toString().toStdString(),
               IsoWeek::fromKey(to).toString().toStdString());
    report("teams, 52 weeks", time(runs, [&] { scorecard(from52, analytics::Level::Team, {}); }));
    report("site, 52 weeks", time(runs, [&] { scorecard(from52, analytics::Level::Site, {}); }));
    const int from13 = IsoWeek::fromKey(to).next(-12).key();
    report("agents, 13 weeks", time(runs, [&] { scorecard(from13, analytics::Level::Agent, {}); }));
    report("agents, 1 week", time(runs, [&] { scorecard(to, analytics::Level::Agent, {}); }));
    auto teams = store::scorecardTeams(*db.value());
    if (teams && !teams->empty())
        report("agents of one team, 13 weeks",
               time(runs, [&] { scorecard(from13, analytics::Level::Agent, teams->front()); }));
    const auto t = time(std::max(3, runs / 3), [&] {
        auto w = store::loadWeeklySums(*db.value(), from52, to);
        rows = w->size();
    });
    report("weekly sums, 52 weeks (Happiness and results input)", t);
    return 0;
}
