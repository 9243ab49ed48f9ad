// The reads of the mentoring report, each through the store function the
// page and the CLI use, so the PDF can never tell another story.
#include "reports/MentoringReportLoad.h"

#include "store/MentoringStore.h"
#include "store/ScorecardStore.h"

namespace fb::reports {

Result<analytics::MentoringReport> loadMentoringReport(store::Database& db, QDate today)
{
    using analytics::MentoringEffectBy;
    using analytics::MentoringOutcome;
    analytics::MentoringReport r;
    r.today = today;
    auto weeks = store::rollupWeeks(db);
    if (!weeks)
        return weeks.error();
    r.lastWeek = analytics::defaultMentoringWeek(today, weeks.value());
    auto effect = store::loadMentoringEffectInput(db);
    if (!effect)
        return effect.error();
    const auto& in = effect.value();
    r.program = analytics::mentoringEffect(in, MentoringOutcome::Behavior, MentoringEffectBy::Program).front();
    r.csat = analytics::mentoringEffect(in, MentoringOutcome::Csat, MentoringEffectBy::Program).front();
    r.qa = analytics::mentoringEffect(in, MentoringOutcome::Qa, MentoringEffectBy::Program).front();
    r.byBehavior = analytics::mentoringEffect(in, MentoringOutcome::Behavior, MentoringEffectBy::Behavior);
    r.attributes = in.attributes;
    r.agents = in.agents;
    r.pairs = in.pairs;
    auto sessions = store::loadMentoringSessions(db);
    if (!sessions)
        return sessions.error();
    r.sessions = std::move(sessions.value());
    auto payForward = store::loadPayForwardInput(db, r.lastWeek);
    if (!payForward)
        return payForward.error();
    r.payForward = analytics::payForwardCandidates(payForward.value(), r.attributes, r.lastWeek);
    return r;
}

} // namespace fb::reports
