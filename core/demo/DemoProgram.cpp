#include "demo/DemoProgram.h"

#include "demo/DemoModel.h"
#include "store/FeedbackStore.h"
#include "store/ProgramStore.h"

namespace fb::demo {

Status addDemoProgram(store::Database& db, const Site& s)
{
    // Weeks 1-2 baseline, the fix in week 3 (its Monday), weeks 7-8 the
    // comparison: the program needs two weeks before the fix and six from it.
    if (s.fixWeek < 2 || s.fixWeek + 6 > s.weeks)
        return {};
    std::string team;
    for (const Team& t : s.teams)
        if (s.queues[static_cast<std::size_t>(t.queue)].name == effects::kFixQueue)
            team = t.name;
    if (team.empty())
        return {};
    const QDate start = s.date(7 * (s.fixWeek - 2));
    auto id = store::createProgram(db, kDemoProgramName, {team}, start);
    if (!id)
        return id.error();

    // The fixes log holds what the team's tickets say was fixed in the rapid-fix weeks, as a lead would log it.
    auto tickets = store::loadTickets(db);
    if (!tickets)
        return tickets.error();
    const QDate fixesFrom = start.addDays(14), fixesTo = start.addDays(28);
    for (const FeedbackTicket& t : tickets.value()) {
        if (t.team != team || !t.fixed() || t.fixedOn < fixesFrom || t.fixedOn >= fixesTo)
            continue;
        ProgramFix fix;
        fix.fixedOn = t.fixedOn;
        fix.friction = t.friction;
        fix.what = t.fixWhat;
        fix.owner = t.owner;
        if (!t.scopeQueue.empty())
            fix.queues = {t.scopeQueue};
        if (auto added = store::addFix(db, id.value(), fix); !added)
            return added.error();
    }
    // The lead confirmed the friction the fix retires, mapped to the pulse
    // dimension the planted fix raises (docs/demo-site.md, effect 3).
    return store::setConfirmedFrictions(
        db, id.value(), {{1, "tool lag", "tool_reliability", "The billing console freezes on payment history."}});
}

} // namespace fb::demo
