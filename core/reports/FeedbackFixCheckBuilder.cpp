#include "reports/FeedbackFixCheckBuilder.h"

#include "common/IsoWeek.h"
#include "store/FeedbackStore.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::reports {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::reports::FeedbackFixCheckBuilder)
};

} // namespace

Result<analytics::FixCheck> checkTicketFix(store::Database& db, const std::string& ticketId,
                                           const std::atomic_bool* cancel)
{
    auto tickets = store::loadTickets(db);
    if (!tickets)
        return tickets.error();
    const auto& all = tickets.value();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& t) { return t.id == ticketId; });
    if (it == all.end())
        return Error::plain(Tr::tr("no feedback ticket '%1'").arg(QString::fromStdString(ticketId)));
    // The last day with data: the Sunday of the last week with interactions (the rollups' index, not a scan).
    auto weeks = store::rollupWeeks(db);
    if (!weeks)
        return weeks.error();
    const QDate dataEnd = weeks->empty() ? QDate() : IsoWeek::fromKey(weeks->back()).monday().addDays(6);
    analytics::FixCheck check;
    check.ticketId = ticketId;
    check.queue = it->scopeQueue;
    check.refusal = analytics::fixCheckRefusal(*it, dataEnd);
    if (!check.refusal.isEmpty())
        return check;
    auto teams = store::allTeams(db);
    if (!teams)
        return teams.error();
    auto cells = analytics::fixCheckCells(*it, all);
    auto scanned = store::scanInteractions(
        db, teams.value(), cells.start(), cells.end(), [&](const ProgramInteraction& row) { cells.add(row); }, cancel);
    if (!scanned)
        return scanned.error();
    return analytics::checkFix(*it, cells);
}

} // namespace fb::reports
