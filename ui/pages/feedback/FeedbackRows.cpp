#include "pages/feedback/FeedbackRows.h"

#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"

#include <set>

namespace fb::ui {
namespace {

QString day(QDate d)
{
    return d.isValid() ? format::date(d) : QStringLiteral("—");
}

QString days(const std::optional<double>& v)
{
    return v ? format::compact(*v, 1) : QStringLiteral("—");
}

QString orDash(const std::string& s)
{
    return s.empty() ? QStringLiteral("—") : q(s);
}

} // namespace

QString FeedbackRows::stateText(analytics::QueueState state)
{
    switch (state) {
    case analytics::QueueState::OverdueReview:
        return tr("Overdue review");
    case analytics::QueueState::DueReview:
        return tr("Review due this week");
    case analytics::QueueState::OverdueFix:
        return tr("Overdue fix");
    case analytics::QueueState::DueFix:
        return tr("Fix due this week");
    case analytics::QueueState::Revisit:
        return tr("Revisit");
    case analytics::QueueState::WaitingOnOwner:
        return tr("Waiting on owner");
    }
    return {};
}

QStringList FeedbackRows::queueHeaders()
{
    return {tr("State"),  tr("Ticket"), tr("Category"),       tr("Team"),       tr("Owner"),
            tr("Raised"), tr("Due"),    tr("Over by (days)"), tr("Agents (n)"), tr("Title")};
}

FeedbackRows::Rows FeedbackRows::queue(const std::vector<analytics::QueueItem>& items)
{
    Rows rows;
    for (const auto& i : items)
        rows.push_back({stateText(i.state), q(i.ticket.id), choiceLabel("category", i.ticket.category),
                        orDash(i.ticket.team), orDash(i.ticket.owner), day(i.ticket.raisedOn), day(i.dueOn),
                        i.overBy > 0 ? format::count(i.overBy) : QStringLiteral("—"),
                        i.ticket.agents > 0 ? format::count(i.ticket.agents) : tr("anonymous"), q(i.ticket.title)});
    return rows;
}

QStringList FeedbackRows::slaHeaders()
{
    // Two lines each, so the ten columns fit at 1280 px; days are working days.
    return {tr("Group"),
            tr("Tickets\n(n)"),
            tr("Decided\n(n)"),
            tr("Median days\nto decision"),
            tr("90th pct. days\nto decision"),
            tr("Review SLA\nbreached (n)"),
            tr("Fixed\n(n)"),
            tr("Median days\nto fix"),
            tr("90th pct. days\nto fix"),
            tr("Longest open\n(days)")};
}

FeedbackRows::Rows FeedbackRows::sla(const std::vector<analytics::SlaRow>& rows, analytics::SlaGroupBy by)
{
    Rows out;
    for (const auto& r : rows) {
        QString group = by == analytics::SlaGroupBy::Category ? choiceLabel("category", r.group) : q(r.group);
        if (r.group == analytics::kAllGroups)
            group = tr("All tickets");
        else if (r.group == analytics::kNoOwner)
            group = tr("(no owner)");
        out.push_back({group, format::count(r.tickets), format::count(r.decided), days(r.medianDaysToDecision),
                       days(r.p90DaysToDecision), format::count(r.breached), format::count(r.fixed),
                       days(r.medianDaysToFix), days(r.p90DaysToFix),
                       r.openLongestDays ? format::count(*r.openLongestDays) : QStringLiteral("—")});
    }
    return out;
}

QStringList FeedbackRows::longTailHeaders()
{
    return {tr("Ticket"), tr("Category"), tr("Owner"), tr("Status"), tr("Open (working days)"), tr("Title")};
}

FeedbackRows::Rows FeedbackRows::longTail(const std::vector<analytics::OpenTicket>& open)
{
    Rows rows;
    for (const auto& o : open)
        rows.push_back({q(o.ticket.id), choiceLabel("category", o.ticket.category),
                        o.ticket.owner.empty() ? tr("(no owner)") : q(o.ticket.owner),
                        choiceLabel("status", o.ticket.status), format::count(o.daysOpen), q(o.ticket.title)});
    return rows;
}

QString FeedbackRows::trendLabel(const analytics::TrendMonth& month)
{
    // One line: the chart's category axis draws no line breaks.
    const QString name =
        month.month.toString(QStringLiteral("yyyy-MM")) + (month.unfinished ? QStringLiteral("*") : QString());
    return tr("%1: %2 · %3").arg(name, format::count(month.decided), format::count(month.fixed));
}

QStringList FeedbackRows::allTicketsHeaders()
{
    return {tr("Ticket"), tr("Status"),  tr("Category"), tr("Team"),    tr("Owner"),
            tr("Raised"), tr("Decided"), tr("Fixed"),    tr("+1s (n)"), tr("Title")};
}

FeedbackRows::Rows FeedbackRows::allTickets(const std::vector<FeedbackTicket>& tickets, const TicketFilter& filter)
{
    const auto matches = [](const std::string& want, const std::string& have) { return want.empty() || want == have; };
    Rows rows;
    for (const auto& t : tickets) {
        if (!matches(filter.status, t.status) || !matches(filter.category, t.category) ||
            !matches(filter.team, t.team) || !matches(filter.owner, t.owner))
            continue;
        if (!filter.words.isEmpty() && !q(t.title).contains(filter.words, Qt::CaseInsensitive))
            continue;
        // agents counts the raiser too, when known; the +1s are the others.
        const int plusOnes = t.agents - (t.agentId.empty() ? 0 : 1);
        rows.push_back({q(t.id), choiceLabel("status", t.status), choiceLabel("category", t.category), orDash(t.team),
                        orDash(t.owner), day(t.raisedOn), day(t.decidedOn), day(t.fixedOn), format::count(plusOnes),
                        q(t.title)});
    }
    return rows;
}

QStringList FeedbackRows::historyHeaders()
{
    return {tr("Day"), tr("Change"), tr("By"), tr("What"), tr("Recorded (UTC)")};
}

FeedbackRows::Rows FeedbackRows::history(const std::vector<FeedbackEvent>& events)
{
    Rows rows;
    for (const auto& e : events) {
        // "2026-10-12T09:14:03Z" -> "2026-10-12 09:14": the seconds say nothing to a reader.
        QString recorded = q(e.recordedAt).left(16);
        recorded.replace(QLatin1Char('T'), QLatin1Char(' '));
        // A ticket raised without an agent records the word "anonymous" as its text.
        const bool anonymous = e.action == "raised" && e.text == "anonymous";
        rows.push_back({day(e.on), choiceLabel("action", e.action), orDash(e.who),
                        anonymous ? tr("anonymous") : orDash(e.text),
                        recorded.isEmpty() ? QStringLiteral("—") : recorded});
    }
    return rows;
}

QString FeedbackRows::ticketSummary(const FeedbackTicket& t)
{
    QStringList lines;
    lines << tr("%1 · %2 · %3: %4").arg(q(t.id), choiceLabel("category", t.category), orDash(t.friction), q(t.title));
    lines << tr("Raised %1 by %2 (team %3, queue %4); %n agent(s) raising it.", nullptr, t.agents)
                 .arg(day(t.raisedOn), t.agentId.empty() ? tr("an anonymous agent") : q(t.agentId), orDash(t.team),
                      t.scopeQueue.empty() ? tr("all") : q(t.scopeQueue));
    if (t.status == "accepted" || t.status == "fixed")
        lines << tr("Accepted %1: %2; owner %3.").arg(day(t.decidedOn), orDash(t.plannedFix), orDash(t.owner));
    else if (t.status == "deferred")
        lines << tr("Deferred %1 until %2: %3.").arg(day(t.decidedOn), day(t.revisitOn), orDash(t.decisionReason));
    else if (t.status == "declined")
        lines << tr("Declined %1: %2.").arg(day(t.decidedOn), orDash(t.decisionReason));
    else
        lines << tr("Not decided yet (%1).").arg(choiceLabel("status", t.status));
    if (t.status == "fixed") {
        QString fix = tr("Fixed %1: %2.").arg(day(t.fixedOn), orDash(t.fixWhat));
        if (t.programFix != 0)
            fix += QLatin1Char(' ') + tr("Program fix #%1.").arg(t.programFix);
        lines << fix;
    }
    return lines.join(QLatin1Char('\n'));
}

FeedbackRows::FilterChoices FeedbackRows::filterChoices(const std::vector<std::string>& teams,
                                                        const std::vector<FeedbackCategory>& categories,
                                                        const std::vector<FeedbackTicket>& tickets)
{
    FilterChoices out;
    for (const auto& t : teams)
        out.teams << q(t);
    for (const auto& c : categories)
        out.categories << q(c.name);
    std::set<QString> owners;
    for (const auto& t : tickets)
        if (!t.owner.empty())
            owners.insert(q(t.owner));
    out.owners = QStringList(owners.begin(), owners.end());
    return out;
}

} // namespace fb::ui
