#include "demo/DemoFeedbackHistory.h"

#include "demo/DemoRandom.h"
#include "store/FeedbackStore.h"

#include <QTime>

#include <algorithm>

namespace fb::demo {
namespace {

// Mean +1s per ticket: most tickets few, tool lag many, the planted fix's
// billing freeze the most (every billing agent meets it).
double plusOneRate(const FeedbackTicket& t, const Site& site)
{
    if (t.fixed() && t.scopeQueue == site.queues[static_cast<size_t>(site.fixQueue())].name)
        return 9.0;
    if (t.category == "tool")
        return 2.0;
    return 0.7;
}

} // namespace

Status addFeedbackHistory(store::Database& db, const Site& site)
{
    auto tickets = store::loadTickets(db);
    if (!tickets)
        return tickets.error();
    Rng rng = Rng::stream(site.options.seed, TicketStream, 2);
    const QDate lastDay = site.date(site.days - 1);
    // Recorded during the working day it took effect, at a time of its own.
    const auto recorded = [&](QDate day) {
        const QTime at(rng.range(8, 17), rng.range(0, 59));
        return day.toString(Qt::ISODate).toStdString() + "T" + at.toString(QStringLiteral("HH:mm")).toStdString() +
               ":00Z";
    };
    std::vector<FeedbackPlusOne> plusOnes;
    std::vector<FeedbackEvent> events;
    for (const auto& t : tickets.value()) {
        const auto team =
            std::find_if(site.teams.begin(), site.teams.end(), [&](const Team& x) { return x.name == t.team; });
        const std::string lead = team != site.teams.end() ? team->supervisor : std::string("Site manager");
        events.push_back(
            {t.id, t.raisedOn, recorded(t.raisedOn), lead, "raised", t.agentId.empty() ? "anonymous" : t.agentId});
        // +1s while the ticket waited for its decision (or up to the data's end).
        const QDate until = t.decided() ? t.decidedOn.addDays(-1) : lastDay;
        std::vector<FeedbackPlusOne> mine;
        if (team != site.teams.end() && until > t.raisedOn) {
            const int wanted = rng.poisson(plusOneRate(t, site));
            for (int i = 0; i < wanted; ++i) {
                const QDate day = t.raisedOn.addDays(rng.range(1, static_cast<int>(t.raisedOn.daysTo(until))));
                const auto siteDay = static_cast<int>(site.options.start.daysTo(day));
                std::vector<int> active;
                for (int a : team->agents) {
                    const Agent& agent = site.agents[static_cast<size_t>(a)];
                    const bool counted = agent.id == t.agentId ||
                                         std::any_of(mine.begin(), mine.end(),
                                                     [&](const FeedbackPlusOne& p) { return p.agentId == agent.id; });
                    if (!counted && agent.firstDay <= siteDay && agent.endDay > siteDay)
                        active.push_back(a);
                }
                if (!active.empty())
                    mine.push_back({t.id, site.agents[static_cast<size_t>(rng.pick(active))].id, day});
            }
        }
        std::stable_sort(mine.begin(), mine.end(),
                         [](const FeedbackPlusOne& x, const FeedbackPlusOne& y) { return x.on < y.on; });
        for (const auto& p : mine) {
            events.push_back({t.id, p.on, recorded(p.on), lead, "plus_one", p.agentId});
            plusOnes.push_back(p);
        }
        if (t.decided()) {
            // The texts as store::decideTicket writes them.
            std::string action = t.status == "fixed" ? "accepted" : t.status;
            std::string text = t.decisionReason;
            if (action == "accepted")
                text = t.plannedFix + " (owner " + t.owner + ")";
            else if (action == "deferred")
                text += " (revisit " + t.revisitOn.toString(Qt::ISODate).toStdString() + ")";
            events.push_back({t.id, t.decidedOn, recorded(t.decidedOn), lead, action, text});
        }
        if (t.fixed())
            events.push_back({t.id, t.fixedOn, recorded(t.fixedOn), t.owner, "fixed", t.fixWhat});
    }
    return store::addFeedbackRecords(db, plusOnes, events);
}

} // namespace fb::demo
