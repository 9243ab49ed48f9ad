#include "pages/feedback/FeedbackRows.h"

#include "common/Format.h"
#include "common/Text.h"

namespace fb::ui {
namespace {

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
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
        rows.push_back({stateText(i.state), q(i.ticket.id), q(i.ticket.category), orDash(i.ticket.team),
                        orDash(i.ticket.owner), day(i.ticket.raisedOn), day(i.dueOn),
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

FeedbackRows::Rows FeedbackRows::sla(const std::vector<analytics::SlaRow>& rows)
{
    Rows out;
    for (const auto& r : rows) {
        QString group = q(r.group);
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
        rows.push_back({q(o.ticket.id), q(o.ticket.category),
                        o.ticket.owner.empty() ? tr("(no owner)") : q(o.ticket.owner), q(o.ticket.status),
                        format::count(o.daysOpen), q(o.ticket.title)});
    return rows;
}

} // namespace fb::ui
