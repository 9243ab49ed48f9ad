// Changes of feedback tickets: raise, +1, decide, fix. Each runs in one
// transaction with its history row (who, the day, when recorded), after the
// checks that say what a ticket still needs.
#include "common/Text.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"
#include "store/FeedbackStore.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <functional>
#include <optional>

namespace fb::store {
namespace {

// The same translation context as FeedbackStore.cpp: one feature, one context.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::FeedbackStore)
};

using namespace feedbacksql;

Status recordEvent(Database& db, const std::string& ticketId, QDate on, const std::string& who,
                   const std::string& action, const std::string& text)
{
    Query st(db,
             "INSERT INTO feedback_history(ticket_id, on_day, recorded_at, who, action, text) "
             "VALUES (?, ?, ?, ?, ?, ?)",
             failureWhat());
    st.bind(1, ticketId).bind(2, isoDay(on));
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
    st.bind(4, who).bind(5, action).bindTextOrNull(6, text);
    return st.run();
}

struct Current final {
    std::string status;
    QDate raisedOn, decidedOn;
};

// The ticket's state; nullopt when there is no such ticket.
Result<std::optional<Current>> current(Database& db, const std::string& id)
{
    Query st(db, "SELECT status, submitted_on, decided_on FROM feedback_tickets WHERE ticket_id = ?", failureWhat());
    st.bind(1, id);
    if (!st.next()) {
        if (!st.ok())
            return st.error();
        return std::optional<Current>();
    }
    Current c{st.text(0), st.day(1), st.day(2)};
    if (c.status.empty())
        c.status = "new";
    return std::optional<Current>(std::move(c));
}

Error noTicket(const std::string& id)
{
    return Error::plain(Tr::tr("no feedback ticket '%1'").arg(q(id)));
}

// The ticket's raiser or a +1 by the agent: ticket, agent, ticket, agent.
constexpr const char* kRaiser = "SELECT 1 FROM feedback_tickets WHERE ticket_id = ? AND agent_id = ? UNION ALL "
                                "SELECT 1 FROM feedback_plus_ones WHERE ticket_id = ? AND agent_id = ?";

// Whether raiser (kRaiser: the ticket and agent bound twice) finds the agent
// as the ticket's raiser or one of its +1s; raiser is reset to run again.
Result<bool> raisedAlready(Query& raiser, const std::string& ticketId, const std::string& agentId)
{
    raiser.bind(1, ticketId).bind(2, agentId).bind(3, ticketId).bind(4, agentId);
    const bool again = raiser.next();
    raiser.reset();
    if (!raiser.ok())
        return raiser.error();
    return again;
}

// Changes one ticket in one transaction: its state is read first and handed
// to change, which checks it and writes; nothing is written when it refuses.
Status changeTicket(Database& db, const std::string& ticketId, const std::function<Status(const Current&)>& change)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto c = current(db, ticketId);
    if (!c)
        return c.error();
    if (!*c)
        return noTicket(ticketId);
    if (auto changed = change(**c); !changed)
        return changed;
    return (*tx)->commit();
}

Status needs(const std::string& value, const QString& what)
{
    if (value.empty())
        return Error::plain(what);
    return {};
}

} // namespace

Result<std::string> addTicket(Database& db, const FeedbackTicket& ticket, const std::string& who)
{
    if (auto s = needs(ticket.title, Tr::tr("a feedback ticket needs a title")); !s)
        return s.error();
    if (auto s = needs(who, Tr::tr("say who records the ticket")); !s)
        return s.error();
    if (!ticket.raisedOn.isValid())
        return Error::plain(Tr::tr("a feedback ticket needs the day it was raised"));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto category =
        exists(db, "SELECT 1 FROM feedback_categories WHERE name = ?", ticket.category, failureWhat());
    if (!category)
        return category.error();
    if (!*category)
        return Error::plain(
            Tr::tr("no feedback category '%1' (feedback categories lists them)").arg(q(ticket.category)));
    if (!ticket.team.empty()) {
        const auto team = exists(db, "SELECT 1 FROM teams WHERE name = ?", ticket.team, failureWhat());
        if (!team)
            return team.error();
        if (!*team)
            return Error::plain(Tr::tr("no team named '%1'").arg(q(ticket.team)));
    }
    if (!ticket.agentId.empty()) {
        const auto agent = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", ticket.agentId, failureWhat());
        if (!agent)
            return agent.error();
        if (!*agent)
            return Error::plain(Tr::tr("no agent '%1'").arg(q(ticket.agentId)));
    }
    // The next number after the largest "T<digits>" id, so imported ids stay untouched.
    qint64 next = 1;
    {
        Query ids(db, "SELECT ticket_id FROM feedback_tickets WHERE ticket_id GLOB 'T[0-9]*'", failureWhat());
        while (ids.next()) {
            bool ok = false;
            const qint64 n = ids.qtext(0).mid(1).toLongLong(&ok);
            if (ok)
                next = std::max(next, n + 1);
        }
        if (!ids.ok())
            return ids.error();
    }
    const std::string id = QStringLiteral("T%1").arg(next, 4, 10, QLatin1Char('0')).toStdString();
    Query st(db,
             "INSERT INTO feedback_tickets(ticket_id, submitted_on, category, title, team, "
             "agent_id, friction, detail, status, scope_queue, interaction_id) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
             failureWhat());
    st.bind(1, id).bind(2, isoDay(ticket.raisedOn)).bind(3, ticket.category).bind(4, ticket.title);
    st.bindTextOrNull(5, ticket.team).bindTextOrNull(6, ticket.agentId);
    st.bindTextOrNull(7, ticket.friction).bindTextOrNull(8, ticket.detail);
    st.bindTextOrNull(9, ticket.scopeQueue).bindTextOrNull(10, ticket.interactionId);
    if (auto s = st.run(); !s)
        return s.error();
    if (auto s =
            recordEvent(db, id, ticket.raisedOn, who, "raised", ticket.agentId.empty() ? "anonymous" : ticket.agentId);
        !s)
        return s.error();
    if (auto s = (*tx)->commit(); !s)
        return s.error();
    return id;
}

Status addPlusOne(Database& db, const std::string& ticketId, const std::string& agentId, QDate on,
                  const std::string& who)
{
    if (agentId.empty())
        return Error::plain(Tr::tr("a +1 names the agent raising it, so each agent counts once"));
    if (!on.isValid())
        return Error::plain(Tr::tr("a +1 needs the day it was raised"));
    return changeTicket(db, ticketId, [&](const Current& c) -> Status {
        if (c.status == "declined" || c.status == "fixed")
            return Error::plain(
                Tr::tr("ticket %1 is %2; raise a new ticket instead of a +1").arg(q(ticketId), q(c.status)));
        const auto agent = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", agentId, failureWhat());
        if (!agent)
            return agent.error();
        if (!*agent)
            return Error::plain(Tr::tr("no agent '%1'").arg(q(agentId)));
        Query raiser(db, kRaiser, failureWhat());
        const auto again = raisedAlready(raiser, ticketId, agentId);
        if (!again)
            return again.error();
        if (*again)
            return Error::plain(
                Tr::tr("agent %1 raised ticket %2 already; an agent counts once").arg(q(agentId), q(ticketId)));
        Query st(db, "INSERT INTO feedback_plus_ones(ticket_id, agent_id, raised_on) VALUES (?, ?, ?)", failureWhat());
        st.bind(1, ticketId).bind(2, agentId).bind(3, isoDay(on));
        if (auto s = st.run(); !s)
            return s;
        return recordEvent(db, ticketId, on, who, "plus_one", agentId);
    });
}

Status decideTicket(Database& db, const std::string& ticketId, const FeedbackDecision& d, const std::string& who)
{
    if (auto s = needs(who, Tr::tr("say who decides the ticket")); !s)
        return s;
    if (!d.on.isValid())
        return Error::plain(Tr::tr("a decision needs its day"));
    if (d.status == "accepted") {
        if (auto s = needs(d.plannedFix, Tr::tr("an accepted ticket needs the planned fix")); !s)
            return s;
        if (auto s = needs(d.owner, Tr::tr("an accepted ticket needs an owner for the fix")); !s)
            return s;
    } else if (d.status == "deferred") {
        if (auto s = needs(d.reason, Tr::tr("a deferred ticket needs the reason")); !s)
            return s;
        if (!d.revisitOn.isValid() || d.revisitOn <= d.on)
            return Error::plain(Tr::tr("a deferred ticket needs a revisit date after the decision"));
    } else if (d.status == "declined") {
        if (auto s = needs(d.reason, Tr::tr("a declined ticket needs the rationale")); !s)
            return s;
    } else {
        return Error::plain(Tr::tr("a decision is accepted, deferred or declined, not '%1'").arg(q(d.status)));
    }
    return changeTicket(db, ticketId, [&](const Current& c) -> Status {
        if (c.status != "new" && c.status != "reviewing" && c.status != "deferred")
            return Error::plain(Tr::tr("ticket %1 is %2 already; only new, reviewing or deferred tickets are decided")
                                    .arg(q(ticketId), q(c.status)));
        if (d.on < c.raisedOn)
            return Error::plain(Tr::tr("ticket %1 was raised on %2, after the decision day %3")
                                    .arg(q(ticketId), c.raisedOn.toString(Qt::ISODate), d.on.toString(Qt::ISODate)));
        const std::string text = d.reason.empty() ? d.plannedFix : d.reason;
        Query st(db,
                 "UPDATE feedback_tickets SET status = ?, decision_reason = ?, decided_on = ?, "
                 "owner = ?, planned_fix = ?, revisit_on = ? WHERE ticket_id = ?",
                 failureWhat());
        st.bind(1, d.status).bind(2, text).bind(3, isoDay(d.on));
        st.bindTextOrNull(4, d.owner).bindTextOrNull(5, d.plannedFix);
        st.bindDayOrNull(6, d.status == "deferred" ? d.revisitOn : QDate());
        st.bind(7, ticketId);
        if (auto s = st.run(); !s)
            return s;
        std::string event = text;
        if (d.status == "accepted")
            event = d.plannedFix + " (owner " + d.owner + ")" + (d.reason.empty() ? "" : "; " + d.reason);
        else if (d.status == "deferred")
            event += " (revisit " + isoDay(d.revisitOn) + ")";
        return recordEvent(db, ticketId, d.on, who, d.status, event);
    });
}

Status fixTicket(Database& db, const std::string& ticketId, QDate on, const std::string& what, qint64 programFix,
                 const std::string& who)
{
    if (auto s = needs(who, Tr::tr("say who records the fix")); !s)
        return s;
    if (auto s = needs(what, Tr::tr("a fix needs what changed")); !s)
        return s;
    if (!on.isValid())
        return Error::plain(Tr::tr("a fix needs its day"));
    return changeTicket(db, ticketId, [&](const Current& c) -> Status {
        if (c.status != "accepted")
            return Error::plain(Tr::tr("ticket %1 is %2; only an accepted ticket (with its planned fix and owner) "
                                       "is fixed")
                                    .arg(q(ticketId), q(c.status)));
        if (on < c.decidedOn)
            return Error::plain(Tr::tr("ticket %1 was accepted on %2, after the fix day %3")
                                    .arg(q(ticketId), c.decidedOn.toString(Qt::ISODate), on.toString(Qt::ISODate)));
        if (programFix != 0) {
            Query fix(db, "SELECT 1 FROM program_fixes WHERE id = ?", failureWhat());
            fix.bind(1, programFix);
            const bool found = fix.next();
            if (!fix.ok())
                return fix.error();
            if (!found)
                return Error::plain(
                    Tr::tr("no program fix %1 (floorboard-cli program report lists them)").arg(programFix));
        }
        Query st(db,
                 "UPDATE feedback_tickets SET status = 'fixed', fixed_on = ?, fix_what = ?, "
                 "program_fix = ? WHERE ticket_id = ?",
                 failureWhat());
        st.bind(1, isoDay(on)).bind(2, what);
        if (programFix != 0)
            st.bind(3, programFix);
        else
            st.bindNull(3);
        st.bind(4, ticketId);
        if (auto s = st.run(); !s)
            return s;
        return recordEvent(db, ticketId, on, who, "fixed", what);
    });
}

Status addFeedbackRecords(Database& db, const std::vector<FeedbackPlusOne>& plusOnes,
                          const std::vector<FeedbackEvent>& events)
{
    for (const auto& e : events)
        if (!e.on.isValid() || e.who.empty() || e.action.empty() || e.recordedAt.empty())
            return Error::plain(
                Tr::tr("history of ticket %1: a change needs its day, who, what and when recorded").arg(q(e.ticketId)));
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto ticketExists = [&db](const std::string& ticketId) {
        return exists(db, "SELECT 1 FROM feedback_tickets WHERE ticket_id = ?", ticketId, failureWhat());
    };
    // Prepared before the loop, as one statement each run again and again; one
    // that cannot be prepared fails the call even when there is nothing to run.
    Query raiser(db, kRaiser, failureWhat());
    if (!raiser.ok())
        return raiser.error();
    Query plus(db, "INSERT INTO feedback_plus_ones(ticket_id, agent_id, raised_on) VALUES (?, ?, ?)", failureWhat());
    if (!plus.ok())
        return plus.error();
    for (const auto& p : plusOnes) {
        const auto ticket = ticketExists(p.ticketId);
        if (!ticket)
            return ticket.error();
        if (!*ticket)
            return noTicket(p.ticketId);
        const auto agent = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", p.agentId, failureWhat());
        if (!agent)
            return agent.error();
        if (!*agent)
            return Error::plain(Tr::tr("no agent '%1'").arg(q(p.agentId)));
        const auto again = raisedAlready(raiser, p.ticketId, p.agentId);
        if (!again)
            return again.error();
        if (*again)
            return Error::plain(
                Tr::tr("agent %1 raised ticket %2 already; an agent counts once").arg(q(p.agentId), q(p.ticketId)));
        plus.bind(1, p.ticketId).bind(2, p.agentId).bind(3, isoDay(p.on));
        if (auto s = plus.run(); !s)
            return s;
        plus.reset();
    }
    Query st(db,
             "INSERT INTO feedback_history(ticket_id, on_day, recorded_at, who, action, text) "
             "VALUES (?, ?, ?, ?, ?, ?)",
             failureWhat());
    if (!st.ok())
        return st.error();
    for (const auto& e : events) {
        const auto ticket = ticketExists(e.ticketId);
        if (!ticket)
            return ticket.error();
        if (!*ticket)
            return noTicket(e.ticketId);
        st.bind(1, e.ticketId).bind(2, isoDay(e.on)).bind(3, e.recordedAt);
        st.bind(4, e.who).bind(5, e.action).bindTextOrNull(6, e.text);
        if (auto s = st.run(); !s)
            return s;
        st.reset();
    }
    return (*tx)->commit();
}

} // namespace fb::store
