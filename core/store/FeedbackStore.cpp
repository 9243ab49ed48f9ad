// Reads of the feedback store, and its setup: categories with their SLAs and
// the site's holidays. Ticket changes are in FeedbackWrites.cpp.
#include "store/FeedbackStore.h"

#include "common/Text.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::FeedbackStore)
};

using namespace feedbacksql;

} // namespace

Result<std::vector<FeedbackTicket>> loadTickets(Database& db)
{
    Query st(db,
             "SELECT t.ticket_id, t.submitted_on, t.category, t.friction, t.title, t.detail, COALESCE(t.team, a.team), "
             "t.agent_id, t.scope_queue, t.interaction_id, t.status, t.decision_reason, t.decided_on, t.owner, "
             "t.planned_fix, t.revisit_on, t.fixed_on, t.fix_what, t.program_fix, "
             "CASE WHEN t.agent_id IS NULL THEN 0 ELSE 1 END + (SELECT COUNT(*) FROM feedback_plus_ones p "
             "WHERE p.ticket_id = t.ticket_id AND p.agent_id IS DISTINCT FROM t.agent_id) "
             "FROM feedback_tickets t LEFT JOIN agents a ON a.agent_id = t.agent_id ORDER BY t.ticket_id",
             failureWhat());
    std::vector<FeedbackTicket> tickets;
    while (st.next()) {
        FeedbackTicket t;
        t.id = st.text(0);
        t.raisedOn = st.day(1);
        t.category = st.text(2);
        t.friction = st.text(3);
        t.title = st.text(4);
        t.detail = st.text(5);
        t.team = st.text(6);
        t.agentId = st.text(7);
        t.scopeQueue = st.text(8);
        t.interactionId = st.text(9);
        t.status = st.text(10);
        if (t.status.empty())
            t.status = "new";
        t.decisionReason = st.text(11);
        t.decidedOn = st.day(12);
        t.owner = st.text(13);
        t.plannedFix = st.text(14);
        t.revisitOn = st.day(15);
        t.fixedOn = st.day(16);
        t.fixWhat = st.text(17);
        t.programFix = st.integer(18); // 0 when NULL
        t.agents = static_cast<int>(st.integer(19));
        tickets.push_back(std::move(t));
    }
    if (!st.ok())
        return st.error();
    return tickets;
}

Result<std::vector<FeedbackEvent>> ticketHistory(Database& db, const std::string& ticketId)
{
    Query st(db,
             "SELECT on_day, recorded_at, who, action, text FROM feedback_history "
             "WHERE ticket_id = ? ORDER BY id",
             failureWhat());
    st.bind(1, ticketId);
    std::vector<FeedbackEvent> events;
    while (st.next())
        events.push_back({ticketId, st.day(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    if (!st.ok())
        return st.error();
    return events;
}

Result<std::vector<FeedbackCategory>> feedbackCategories(Database& db)
{
    Query st(db, "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name", failureWhat());
    std::vector<FeedbackCategory> categories;
    while (st.next())
        categories.push_back({st.text(0), static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2))});
    if (!st.ok())
        return st.error();
    return categories;
}

Result<std::vector<SiteHoliday>> siteHolidays(Database& db)
{
    Query st(db, "SELECT day, name FROM site_holidays ORDER BY day", failureWhat());
    std::vector<SiteHoliday> days;
    while (st.next())
        days.push_back({st.day(0), st.text(1)});
    if (!st.ok())
        return st.error();
    return days;
}

Status setFeedbackCategory(Database& db, const FeedbackCategory& category)
{
    if (category.name.empty())
        return Error::plain(Tr::tr("a feedback category needs a name"));
    if (category.reviewDays < 0 || category.fixDays < 0)
        return Error::plain(Tr::tr("the SLAs of category '%1' are working days, 0 or more, not %2 and %3")
                                .arg(q(category.name))
                                .arg(category.reviewDays)
                                .arg(category.fixDays));
    Query st(db,
             "INSERT INTO feedback_categories(name, review_days, fix_days) VALUES (?, ?, ?) "
             "ON CONFLICT(name) DO UPDATE SET review_days = excluded.review_days, "
             "fix_days = excluded.fix_days",
             failureWhat());
    st.bind(1, category.name).bind(2, category.reviewDays).bind(3, category.fixDays);
    return st.run();
}

Status renameFeedbackCategory(Database& db, const std::string& from, const std::string& to)
{
    if (to.empty())
        return Error::plain(Tr::tr("category '%1' needs a new name to be renamed").arg(q(from)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto named = [&db](const std::string& name) {
        return exists(db, "SELECT 1 FROM feedback_categories WHERE name = ?", name, failureWhat());
    };
    const auto fromExists = named(from);
    if (!fromExists)
        return fromExists.error();
    if (!*fromExists)
        return Error::plain(Tr::tr("no feedback category '%1' to rename").arg(q(from)));
    const auto toExists = named(to);
    if (!toExists)
        return toExists.error();
    if (*toExists)
        return Error::plain(Tr::tr("cannot rename category '%1' to '%2': '%2' exists already").arg(q(from), q(to)));
    for (const char* sql : {"UPDATE feedback_categories SET name = ? WHERE name = ?",
                            "UPDATE feedback_tickets SET category = ? WHERE category = ?"}) {
        Query st(db, sql, failureWhat());
        st.bind(1, to).bind(2, from);
        if (auto s = st.run(); !s)
            return s;
    }
    return (*tx)->commit();
}

Status addSiteHolidays(Database& db, const std::vector<SiteHoliday>& holidays)
{
    for (const auto& h : holidays)
        if (!h.day.isValid())
            return Error::plain(Tr::tr("holiday '%1' has no valid date").arg(q(h.name)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query st(db,
             "INSERT INTO site_holidays(day, name) VALUES (?, ?) "
             "ON CONFLICT(day) DO UPDATE SET name = excluded.name",
             failureWhat());
    if (!st.ok()) // a statement that cannot be prepared fails the call, with no holidays too
        return st.error();
    for (const auto& h : holidays) {
        st.bind(1, isoDay(h.day)).bind(2, h.name);
        if (auto s = st.run(); !s)
            return s;
        st.reset();
    }
    return (*tx)->commit();
}

Status removeSiteHoliday(Database& db, QDate day)
{
    Query st(db, "DELETE FROM site_holidays WHERE day = ?", failureWhat());
    st.bind(1, isoDay(day));
    if (auto s = st.run(); !s)
        return s;
    if (st.changes() == 0)
        return Error::plain(Tr::tr("no site holiday on %1").arg(day.toString(Qt::ISODate)));
    return {};
}

} // namespace fb::store
