// bench_mentoring DB [RUNS]: times mentoring suggestions (docs/mentoring.md)
// over the last 4 weeks with data on an existing database, and the effect of
// the ended pairs, e.g. on a 2,000-agent demo site (16 weeks, so the demo's
// mentoring program of 6 pairs per team has ended: 240 pairs):
//   floorboard-cli --db /tmp/fb-2000.db demo --agents 2000 --teams 40 --weeks 16 --contacts-per-week 60
//   build/bench/tests/bench/bench_mentoring /tmp/fb-2000.db
// Target: suggestions for a 2,000-agent site over 4 weeks < 1 s (read and
// solve, as `mentoring suggest` and the page do). Run by hand, never by CTest.
#include "BenchTiming.h"
#include "analytics/Mentoring.h"
#include "analytics/MentoringEffect.h"
#include "analytics/MentoringProgress.h"
#include "analytics/MentoringTriggers.h"
#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
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
        fmt::print(stderr, "usage: bench_mentoring DB [RUNS]\n");
        return 2;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 11;
    auto opened = store::Database::open(QString::fromLocal8Bit(argv[1]), store::Database::Mode::ExistingOnly);
    if (!opened) {
        fmt::print(stderr, "error: {}\n", opened.error().toString().toStdString());
        return 1;
    }
    store::Database& db = *opened.value();
    (void)store::refreshScorecardCache(db); // once, as after any import; not part of the timing
    auto weeks = store::rollupWeeks(db);
    auto attributes = store::rubricAttributeNames(db);
    if (!weeks || weeks->empty() || !attributes) {
        fmt::print(stderr, "error: no rollups\n");
        return 1;
    }
    analytics::MentoringOptions o;
    o.toWeek = weeks->back();
    o.fromWeek = IsoWeek::fromKey(o.toWeek).next(1 - analytics::kMentoringWindowWeeks).key();
    fmt::print("window {} to {}\n", IsoWeek::fromKey(o.fromWeek).toString().toStdString(),
               IsoWeek::fromKey(o.toWeek).toString().toStdString());

    analytics::MentoringInput input;
    size_t pairs = 0, mentees = 0, mentors = 0;
    const auto report = [&](const std::string& what, const Timing& t, const std::string& note) {
        fmt::print("{:<52} wall min {:7.1f} ms, median {:7.1f} ms; CPU median {:7.1f} ms; {}\n", what, t.wallMin,
                   t.wallMedian, t.cpuMedian, note);
    };
    const auto load = [&] { input = std::move(store::loadMentoringInput(db, o.fromWeek, o.toWeek).value()); };
    load(); // warm the page cache
    report("read: agents, 4 weeks of data, definition, pairs", time(runs, load),
           fmt::format("{} agents", input.agents.size()));
    for (const char* key : {"empathy", "csat", "aht", "qa"}) {
        const auto metric = analytics::parseTargetMetric(key, attributes.value());
        for (bool cross : {false, true}) {
            o.crossTeam = cross;
            const auto c = analytics::mentoringCandidates(*metric, input, o);
            mentees = c.mentees.size();
            mentors = c.mentors.size();
            const Timing solve = time(runs, [&] { pairs = analytics::suggestPairs(*metric, input, o).size(); });
            report(fmt::format("solve {} ({})", key, cross ? "across teams" : "within teams"), solve,
                   fmt::format("{} mentees, {} mentors, {} pairs", mentees, mentors, pairs));
        }
    }
    o.crossTeam = false;
    const auto metric = analytics::parseTargetMetric("empathy", attributes.value());
    // Timed first, then reported: the note needs the count the timed runs left.
    const Timing both = time(runs, [&] {
        load();
        pairs = analytics::suggestPairs(*metric, input, o).size();
    });
    report("suggest empathy: read + solve (CLI and page)", both, fmt::format("{} pairs", pairs));
    size_t triggers = 0;
    const Timing cells = time(std::max(3, runs / 3), [&] {
        auto in = store::loadTriggerInput(db, o.fromWeek, o.toWeek);
        triggers = analytics::lowScoreTriggers(in.value()).size();
    });
    report("triggers: read contacts and evaluations + cells", cells, fmt::format("{} rows", triggers));

    // The effect of the ended pairs, as `mentoring effect` and the Effect tab
    // compute it: the read (every pair's weeks), then the estimates.
    using analytics::MentoringEffectBy;
    using analytics::MentoringOutcome;
    analytics::MentoringEffectInput effectIn;
    const auto loadEffect = [&] { effectIn = std::move(store::loadMentoringEffectInput(db).value()); };
    loadEffect();
    report("effect: read pairs and their weeks", time(std::max(3, runs / 3), loadEffect),
           fmt::format("{} pairs, {} agents with data", effectIn.pairs.size(), effectIn.data.size()));
    for (const auto by : {MentoringEffectBy::Program, MentoringEffectBy::Behavior, MentoringEffectBy::Mentor}) {
        qint64 measured = 0;
        size_t rows = 0;
        const Timing t = time(runs, [&] {
            const auto r = analytics::mentoringEffect(effectIn, MentoringOutcome::Behavior, by);
            rows = r.size();
            measured = 0;
            for (const auto& row : r)
                measured += row.measured;
        });
        const char* name = by == MentoringEffectBy::Program    ? "program"
                           : by == MentoringEffectBy::Behavior ? "behavior"
                                                               : "mentor";
        report(fmt::format("effect by {}: estimate", name), t,
               fmt::format("{} rows, {} pairs measured", rows, measured));
    }
    size_t effectRows = 0;
    const Timing effectAll = time(std::max(3, runs / 3), [&] {
        auto in = store::loadMentoringEffectInput(db);
        effectRows =
            analytics::mentoringEffect(in.value(), MentoringOutcome::Behavior, MentoringEffectBy::Behavior).size();
    });
    report("mentoring effect --by behavior: read + estimate", effectAll, fmt::format("{} rows", effectRows));
    size_t candidates = 0;
    const Timing payForward = time(std::max(3, runs / 3), [&] {
        auto in = store::loadPayForwardInput(db, o.toWeek);
        candidates = analytics::payForwardCandidates(in.value(), attributes.value(), o.toWeek).size();
    });
    report("pay forward: read + find", payForward, fmt::format("{} candidates", candidates));
    return 0;
}
