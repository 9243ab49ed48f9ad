// Changes of feedback tickets: raise, +1, decide, fix. Each runs in one
// transaction with its history row (who, the day, when recorded), after the
// checks that say what a ticket still needs.
#include "common/Text.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"
#include "store/FeedbackStore.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

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

void recordEvent(SQLite::Database& sql, const std::string& ticketId, QDate on, const std::string& who,
                 const std::string& action, const std::string& text)
{
    SQLite::Statement st(sql, "INSERT INTO feedback_history(ticket_id, on_day, recorded_at, who, action, text) "
                              "VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, ticketId);
    st.bind(2, isoDay(on));
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString());
    st.bind(4, who);
    st.bind(5, action);
    bindTextOrNull(st, 6, text);
    st.exec();
}

struct Current final {
    std::string status;
    QDate raisedOn, decidedOn;
};

std::optional<Current> current(SQLite::Database& sql, const std::string& id)
{
    SQLite::Statement st(sql, "SELECT status, submitted_on, decided_on FROM feedback_tickets WHERE ticket_id = ?");
    st.bind(1, id);
    if (!st.executeStep())
        return std::nullopt;
    Current c{textOr(st.getColumn(0)), dateColumn(st.getColumn(1)), dateColumn(st.getColumn(2))};
    if (c.status.empty())
        c.status = "new";
    return c;
}

Error noTicket(const std::string& id)
{
    return Error::plain(Tr::tr("no feedback ticket '%1'").arg(q(id)));
}

// Changes one ticket in one transaction: its state is read first and handed
// to change, which checks it and writes; nothing is written when it refuses.
Status changeTicket(Database& db, const std::string& ticketId,
                    const std::function<Status(SQLite::Database&, const Current&)>& change)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    try {
        const auto c = current(db.sql(), ticketId);
        if (!c)
            return noTicket(ticketId);
        if (auto changed = change(db.sql(), *c); !changed)
            return changed;
        return tx.value()->commit();
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
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
    try {
        auto& sql = db.sql();
        if (!exists(sql, "SELECT 1 FROM feedback_categories WHERE name = ?", ticket.category))
            return Error::plain(
                Tr::tr("no feedback category '%1' (feedback categories lists them)").arg(q(ticket.category)));
        if (!ticket.team.empty() && !exists(sql, "SELECT 1 FROM teams WHERE name = ?", ticket.team))
            return Error::plain(Tr::tr("no team named '%1'").arg(q(ticket.team)));
        if (!ticket.agentId.empty() && !exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", ticket.agentId))
            return Error::plain(Tr::tr("no agent '%1'").arg(q(ticket.agentId)));
        // The next number after the largest "T<digits>" id, so imported ids stay untouched.
        qint64 next = 1;
        {
            SQLite::Statement ids(sql, "SELECT ticket_id FROM feedback_tickets WHERE ticket_id GLOB 'T[0-9]*'");
            while (ids.executeStep()) {
                bool ok = false;
                const qint64 n = QString::fromStdString(ids.getColumn(0).getString()).mid(1).toLongLong(&ok);
                if (ok)
                    next = std::max(next, n + 1);
            }
        }
        const std::string id = QStringLiteral("T%1").arg(next, 4, 10, QLatin1Char('0')).toStdString();
        SQLite::Statement st(sql, "INSERT INTO feedback_tickets(ticket_id, submitted_on, category, title, team, "
                                  "agent_id, friction, detail, status, scope_queue, interaction_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)");
        st.bind(1, id);
        st.bind(2, isoDay(ticket.raisedOn));
        st.bind(3, ticket.category);
        st.bind(4, ticket.title);
        bindTextOrNull(st, 5, ticket.team);
        bindTextOrNull(st, 6, ticket.agentId);
        bindTextOrNull(st, 7, ticket.friction);
        bindTextOrNull(st, 8, ticket.detail);
        bindTextOrNull(st, 9, ticket.scopeQueue);
        bindTextOrNull(st, 10, ticket.interactionId);
        st.exec();
        recordEvent(sql, id, ticket.raisedOn, who, "raised", ticket.agentId.empty() ? "anonymous" : ticket.agentId);
        if (auto s = tx.value()->commit(); !s)
            return s.error();
        return id;
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

Status addPlusOne(Database& db, const std::string& ticketId, const std::string& agentId, QDate on,
                  const std::string& who)
{
    if (agentId.empty())
        return Error::plain(Tr::tr("a +1 names the agent raising it, so each agent counts once"));
    if (!on.isValid())
        return Error::plain(Tr::tr("a +1 needs the day it was raised"));
    return changeTicket(db, ticketId, [&](SQLite::Database& sql, const Current& c) -> Status {
        if (c.status == "declined" || c.status == "fixed")
            return Error::plain(
                Tr::tr("ticket %1 is %2; raise a new ticket instead of a +1").arg(q(ticketId), q(c.status)));
        if (!exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", agentId))
            return Error::plain(Tr::tr("no agent '%1'").arg(q(agentId)));
        SQLite::Statement raiser(sql, "SELECT 1 FROM feedback_tickets WHERE ticket_id = ? AND agent_id = ? UNION ALL "
                                      "SELECT 1 FROM feedback_plus_ones WHERE ticket_id = ? AND agent_id = ?");
        raiser.bind(1, ticketId);
        raiser.bind(2, agentId);
        raiser.bind(3, ticketId);
        raiser.bind(4, agentId);
        if (raiser.executeStep())
            return Error::plain(
                Tr::tr("agent %1 raised ticket %2 already; an agent counts once").arg(q(agentId), q(ticketId)));
        SQLite::Statement st(sql, "INSERT INTO feedback_plus_ones(ticket_id, agent_id, raised_on) VALUES (?, ?, ?)");
        st.bind(1, ticketId);
        st.bind(2, agentId);
        st.bind(3, isoDay(on));
        st.exec();
        recordEvent(sql, ticketId, on, who, "plus_one", agentId);
        return {};
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
    return changeTicket(db, ticketId, [&](SQLite::Database& sql, const Current& c) -> Status {
        if (c.status != "new" && c.status != "reviewing" && c.status != "deferred")
            return Error::plain(Tr::tr("ticket %1 is %2 already; only new, reviewing or deferred tickets are decided")
                                    .arg(q(ticketId), q(c.status)));
        if (d.on < c.raisedOn)
            return Error::plain(Tr::tr("ticket %1 was raised on %2, after the decision day %3")
                                    .arg(q(ticketId), c.raisedOn.toString(Qt::ISODate), d.on.toString(Qt::ISODate)));
        const std::string text = d.reason.empty() ? d.plannedFix : d.reason;
        SQLite::Statement st(sql, "UPDATE feedback_tickets SET status = ?, decision_reason = ?, decided_on = ?, "
                                  "owner = ?, planned_fix = ?, revisit_on = ? WHERE ticket_id = ?");
        st.bind(1, d.status);
        st.bind(2, text);
        st.bind(3, isoDay(d.on));
        bindTextOrNull(st, 4, d.owner);
        bindTextOrNull(st, 5, d.plannedFix);
        bindDayOrNull(st, 6, d.status == "deferred" ? d.revisitOn : QDate());
        st.bind(7, ticketId);
        st.exec();
        std::string event = text;
        if (d.status == "accepted")
            event = d.plannedFix + " (owner " + d.owner + ")" + (d.reason.empty() ? "" : "; " + d.reason);
        else if (d.status == "deferred")
            event += " (revisit " + isoDay(d.revisitOn) + ")";
        recordEvent(sql, ticketId, d.on, who, d.status, event);
        return {};
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
    return changeTicket(db, ticketId, [&](SQLite::Database& sql, const Current& c) -> Status {
        if (c.status != "accepted")
            return Error::plain(Tr::tr("ticket %1 is %2; only an accepted ticket (with its planned fix and owner) "
                                       "is fixed")
                                    .arg(q(ticketId), q(c.status)));
        if (on < c.decidedOn)
            return Error::plain(Tr::tr("ticket %1 was accepted on %2, after the fix day %3")
                                    .arg(q(ticketId), c.decidedOn.toString(Qt::ISODate), on.toString(Qt::ISODate)));
        if (programFix != 0) {
            SQLite::Statement fix(sql, "SELECT 1 FROM program_fixes WHERE id = ?");
            fix.bind(1, static_cast<int64_t>(programFix));
            if (!fix.executeStep())
                return Error::plain(
                    Tr::tr("no program fix %1 (floorboard-cli program report lists them)").arg(programFix));
        }
        SQLite::Statement st(sql, "UPDATE feedback_tickets SET status = 'fixed', fixed_on = ?, fix_what = ?, "
                                  "program_fix = ? WHERE ticket_id = ?");
        st.bind(1, isoDay(on));
        st.bind(2, what);
        if (programFix != 0)
            st.bind(3, static_cast<int64_t>(programFix));
        else
            st.bind(3);
        st.bind(4, ticketId);
        st.exec();
        recordEvent(sql, ticketId, on, who, "fixed", what);
        return {};
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
    try {
        auto& sql = db.sql();
        SQLite::Statement raiser(sql, "SELECT 1 FROM feedback_tickets WHERE ticket_id = ? AND agent_id = ? UNION ALL "
                                      "SELECT 1 FROM feedback_plus_ones WHERE ticket_id = ? AND agent_id = ?");
        SQLite::Statement plus(sql, "INSERT INTO feedback_plus_ones(ticket_id, agent_id, raised_on) VALUES (?, ?, ?)");
        for (const auto& p : plusOnes) {
            if (!exists(sql, "SELECT 1 FROM feedback_tickets WHERE ticket_id = ?", p.ticketId))
                return noTicket(p.ticketId);
            if (!exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", p.agentId))
                return Error::plain(Tr::tr("no agent '%1'").arg(q(p.agentId)));
            raiser.bind(1, p.ticketId);
            raiser.bind(2, p.agentId);
            raiser.bind(3, p.ticketId);
            raiser.bind(4, p.agentId);
            const bool again = raiser.executeStep();
            raiser.reset();
            if (again)
                return Error::plain(
                    Tr::tr("agent %1 raised ticket %2 already; an agent counts once").arg(q(p.agentId), q(p.ticketId)));
            plus.bind(1, p.ticketId);
            plus.bind(2, p.agentId);
            plus.bind(3, isoDay(p.on));
            plus.exec();
            plus.reset();
        }
        SQLite::Statement st(sql, "INSERT INTO feedback_history(ticket_id, on_day, recorded_at, who, action, text) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
        for (const auto& e : events) {
            if (!exists(sql, "SELECT 1 FROM feedback_tickets WHERE ticket_id = ?", e.ticketId))
                return noTicket(e.ticketId);
            st.bind(1, e.ticketId);
            st.bind(2, isoDay(e.on));
            st.bind(3, e.recordedAt);
            st.bind(4, e.who);
            st.bind(5, e.action);
            bindTextOrNull(st, 6, e.text);
            st.exec();
            st.reset();
        }
        return tx.value()->commit();
    } catch (const SQLite::Exception& e) {
        return failure(db, e);
    }
}

} // namespace fb::store
