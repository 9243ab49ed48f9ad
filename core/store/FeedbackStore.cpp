// Reads of the feedback store, and its setup: categories with their SLAs and
// the site's holidays. Ticket changes are in FeedbackWrites.cpp.
#include "store/FeedbackStore.h"

#include "common/Text.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::FeedbackStore)
};

using namespace feedbacksql;

} // namespace

Result<std::vector<FeedbackTicket>> loadTickets(Database& db)
{
    try {
        SQLite::Statement st(
            db.sql(),
            "SELECT t.ticket_id, t.submitted_on, t.category, t.friction, t.title, t.detail, COALESCE(t.team, a.team), "
            "t.agent_id, t.scope_queue, t.interaction_id, t.status, t.decision_reason, t.decided_on, t.owner, "
            "t.planned_fix, t.revisit_on, t.fixed_on, t.fix_what, t.program_fix, "
            "(t.agent_id IS NOT NULL) + (SELECT COUNT(*) FROM feedback_plus_ones p WHERE p.ticket_id = t.ticket_id "
            "AND p.agent_id IS NOT t.agent_id) "
            "FROM feedback_tickets t LEFT JOIN agents a ON a.agent_id = t.agent_id ORDER BY t.ticket_id");
        std::vector<FeedbackTicket> tickets;
        while (st.executeStep()) {
            FeedbackTicket t;
            t.id = st.getColumn(0).getString();
            t.raisedOn = dateColumn(st.getColumn(1));
            t.category = textOr(st.getColumn(2));
            t.friction = textOr(st.getColumn(3));
            t.title = textOr(st.getColumn(4));
            t.detail = textOr(st.getColumn(5));
            t.team = textOr(st.getColumn(6));
            t.agentId = textOr(st.getColumn(7));
            t.scopeQueue = textOr(st.getColumn(8));
            t.interactionId = textOr(st.getColumn(9));
            t.status = textOr(st.getColumn(10));
            if (t.status.empty())
                t.status = "new";
            t.decisionReason = textOr(st.getColumn(11));
            t.decidedOn = dateColumn(st.getColumn(12));
            t.owner = textOr(st.getColumn(13));
            t.plannedFix = textOr(st.getColumn(14));
            t.revisitOn = dateColumn(st.getColumn(15));
            t.fixedOn = dateColumn(st.getColumn(16));
            t.fixWhat = textOr(st.getColumn(17));
            t.programFix = st.getColumn(18).isNull() ? 0 : st.getColumn(18).getInt64();
            t.agents = st.getColumn(19).getInt();
            tickets.push_back(std::move(t));
        }
        return tickets;
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Result<std::vector<FeedbackEvent>> ticketHistory(Database& db, const std::string& ticketId)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT on_day, recorded_at, who, action, text FROM feedback_history "
                                       "WHERE ticket_id = ? ORDER BY id");
        st.bind(1, ticketId);
        std::vector<FeedbackEvent> events;
        while (st.executeStep())
            events.push_back({ticketId, dateColumn(st.getColumn(0)), textOr(st.getColumn(1)), textOr(st.getColumn(2)),
                              textOr(st.getColumn(3)), textOr(st.getColumn(4))});
        return events;
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Result<std::vector<FeedbackCategory>> feedbackCategories(Database& db)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT name, review_days, fix_days FROM feedback_categories ORDER BY name");
        std::vector<FeedbackCategory> categories;
        while (st.executeStep())
            categories.push_back({st.getColumn(0).getString(), st.getColumn(1).getInt(), st.getColumn(2).getInt()});
        return categories;
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Result<std::vector<SiteHoliday>> siteHolidays(Database& db)
{
    try {
        SQLite::Statement st(db.sql(), "SELECT day, name FROM site_holidays ORDER BY day");
        std::vector<SiteHoliday> days;
        while (st.executeStep())
            days.push_back({dateColumn(st.getColumn(0)), textOr(st.getColumn(1))});
        return days;
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
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
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO feedback_categories(name, review_days, fix_days) VALUES (?, ?, ?) "
                                       "ON CONFLICT(name) DO UPDATE SET review_days = excluded.review_days, "
                                       "fix_days = excluded.fix_days");
        st.bind(1, category.name);
        st.bind(2, category.reviewDays);
        st.bind(3, category.fixDays);
        st.exec();
        return {};
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Status renameFeedbackCategory(Database& db, const std::string& from, const std::string& to)
{
    if (to.empty())
        return Error::plain(Tr::tr("category '%1' needs a new name to be renamed").arg(q(from)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        const auto exists = [&db](const std::string& name) {
            SQLite::Statement st(db.sql(), "SELECT 1 FROM feedback_categories WHERE name = ?");
            st.bind(1, name);
            return st.executeStep();
        };
        if (!exists(from))
            return Error::plain(Tr::tr("no feedback category '%1' to rename").arg(q(from)));
        if (exists(to))
            return Error::plain(Tr::tr("cannot rename category '%1' to '%2': '%2' exists already").arg(q(from), q(to)));
        for (const char* sql : {"UPDATE feedback_categories SET name = ? WHERE name = ?",
                                "UPDATE feedback_tickets SET category = ? WHERE category = ?"}) {
            SQLite::Statement st(db.sql(), sql);
            st.bind(1, to);
            st.bind(2, from);
            st.exec();
        }
        return tx.value()->commit();
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Status addSiteHolidays(Database& db, const std::vector<SiteHoliday>& holidays)
{
    for (const auto& h : holidays)
        if (!h.day.isValid())
            return Error::plain(Tr::tr("holiday '%1' has no valid date").arg(q(h.name)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        SQLite::Statement st(db.sql(), "INSERT INTO site_holidays(day, name) VALUES (?, ?) "
                                       "ON CONFLICT(day) DO UPDATE SET name = excluded.name");
        for (const auto& h : holidays) {
            st.bind(1, isoDay(h.day));
            st.bind(2, h.name);
            st.exec();
            st.reset();
        }
        return tx.value()->commit();
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Status removeSiteHoliday(Database& db, QDate day)
{
    try {
        SQLite::Statement st(db.sql(), "DELETE FROM site_holidays WHERE day = ?");
        st.bind(1, isoDay(day));
        if (st.exec() == 0)
            return Error::plain(Tr::tr("no site holiday on %1").arg(day.toString(Qt::ISODate)));
        return {};
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

} // namespace fb::store
