// The Mentoring page's reads, on the worker thread (DatabaseJobs): the
// window, the behaviours and teams, the triggers, the suggestions (with the
// pay-forward marks), the pairs and sessions, the effect and pay it forward.
#include "pages/mentoring/MentoringViewLoad.h"

#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

namespace fb::ui {

// Everything the page shows, read and computed on the worker thread.
Result<std::shared_ptr<MentoringView>> loadMentoringView(store::Database& db, MentoringRequest r)
{
    auto v = std::make_shared<MentoringView>();
    auto weeks = store::rollupWeeks(db);
    if (!weeks)
        return weeks.error();
    v->toWeek = analytics::defaultMentoringWeek(r.today, weeks.value());
    v->fromWeek = IsoWeek::fromKey(v->toWeek).next(1 - analytics::kMentoringWindowWeeks).key();
    auto attributes = store::rubricAttributeNames(db);
    if (!attributes)
        return attributes.error();
    v->attributes = attributes.value();
    v->behaviors = v->attributes;
    for (auto m : analytics::targetableMetrics())
        v->behaviors.push_back(analytics::metricKey(m));
    auto metric = analytics::parseTargetMetric(r.behavior, v->attributes);
    if (!metric)
        metric = analytics::parseTargetMetric(v->behaviors.front(), v->attributes);
    v->behavior = metric->key();
    v->team = r.options.team;
    auto teams = store::allTeams(db);
    if (!teams)
        return teams.error();
    v->teams = teams.value();
    r.options.fromWeek = v->fromWeek;
    r.options.toWeek = v->toWeek;
    auto input = store::loadMentoringInput(db, v->fromWeek, v->toWeek);
    if (!input)
        return input.error();
    auto sessions = store::loadMentoringSessions(db);
    if (!sessions)
        return sessions.error();
    auto triggers = store::loadTriggerInput(db, v->fromWeek, v->toWeek);
    if (!triggers)
        return triggers.error();
    v->triggers = analytics::lowScoreTriggers(triggers.value(), r.options.team);
    auto effect = store::loadMentoringEffectInput(db);
    if (!effect)
        return effect.error();
    using analytics::MentoringEffectBy;
    using analytics::MentoringOutcome;
    const auto program = [&](MentoringOutcome o) {
        return analytics::mentoringEffect(effect.value(), o, MentoringEffectBy::Program).front();
    };
    v->effectProgram = program(MentoringOutcome::Behavior);
    v->effectCsat = program(MentoringOutcome::Csat);
    v->effectQa = program(MentoringOutcome::Qa);
    v->effectByBehavior =
        analytics::mentoringEffect(effect.value(), MentoringOutcome::Behavior, MentoringEffectBy::Behavior);
    auto payForward = store::loadPayForwardInput(db, v->toWeek);
    if (!payForward)
        return payForward.error();
    v->payForward = analytics::payForwardCandidates(payForward.value(), v->attributes, v->toWeek);
    input.value().payForward = analytics::payForwardMentors(v->payForward, v->behavior);
    v->suggestions = analytics::suggestPairs(*metric, input.value(), r.options);
    v->agents = std::move(input.value().agents);
    v->pairs = std::move(input.value().pairs);
    v->sessions = std::move(sessions.value());
    return v;
}

} // namespace fb::ui
