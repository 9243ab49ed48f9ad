#include "export/FeedbackCsv.h"

#include <string>

namespace fb::exporting {
namespace {

std::string day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

std::string plan(const FeedbackTicket& t)
{
    return t.plannedFix.empty() ? t.decisionReason : t.plannedFix;
}

} // namespace

ReportTable feedbackSlaCsv(const std::vector<analytics::SlaRow>& rows)
{
    ReportTable t{{"group", "tickets", "decided", "median_days_to_decision", "p90_days_to_decision", "breached",
                   "median_days_to_fix", "p90_days_to_fix", "open_longest_days"},
                  {true, false, false, false, false, false, false, false, false},
                  {}};
    for (const auto& r : rows)
        t.rows.push_back({r.group, std::to_string(r.tickets), std::to_string(r.decided), num(r.medianDaysToDecision),
                          num(r.p90DaysToDecision), std::to_string(r.breached), num(r.medianDaysToFix),
                          num(r.p90DaysToFix), r.openLongestDays ? std::to_string(*r.openLongestDays) : std::string()});
    return t;
}

ReportTable feedbackQueueCsv(const std::vector<analytics::QueueItem>& items)
{
    ReportTable t{
        {"ticket_id", "state", "category", "team", "owner", "title", "raised_on", "due_on", "over_by_days", "agents"},
        {false, false, true, true, true, true, false, false, false, false},
        {}};
    for (const auto& i : items)
        t.rows.push_back({i.ticket.id, analytics::queueStateName(i.state), i.ticket.category, i.ticket.team,
                          i.ticket.owner, i.ticket.title, day(i.ticket.raisedOn), day(i.dueOn),
                          std::to_string(i.overBy), std::to_string(i.ticket.agents)});
    return t;
}

ReportTable feedbackDigestCsv(const analytics::FeedbackDigest& d)
{
    ReportTable t{{"section", "ticket_id", "category", "team", "title", "agents", "status", "day", "owner", "text"},
                  {false, false, true, true, true, false, false, false, true, true},
                  {}};
    auto add = [&t, &d](const char* section, const FeedbackTicket& k, QDate on, std::string text) {
        t.rows.push_back({section, k.id, k.category, k.team, k.title, std::to_string(k.agents),
                          analytics::statusAt(k, d.to), day(on), k.owner, std::move(text)});
    };
    for (const auto& k : analytics::saidAndDone(d))
        add("you_said_we_did", k, k.fixedOn.isValid() && k.fixedOn <= d.to ? k.fixedOn : k.decidedOn,
            (analytics::youSaid(k, format::file()) + QLatin1Char(' ') + analytics::weDid(k, format::file()))
                .toStdString());
    for (const auto& k : d.topIssues)
        add("top_issue", k, k.raisedOn, k.detail);
    for (const auto& n : d.nextSteps)
        add("next_step", n.ticket, n.fixDue, plan(n.ticket));
    for (const auto& k : d.fixed)
        add("blocker_retired", k, k.fixedOn, k.fixWhat);
    return t;
}

ReportTable feedbackFixCheckCsv(const analytics::FixCheck& check)
{
    ReportTable t{{"ticket_id", "metric", "in_before", "n_in_before", "in_after", "n_in_after", "untouched_before",
                   "n_untouched_before", "untouched_after", "n_untouched_after", "did", "did_low", "did_high",
                   "p_value", "p_holm", "agents", "note", "method"},
                  {},
                  {}};
    t.textMask.assign(t.header.size(), false);
    t.textMask[16] = true;
    for (const auto& r : check.rows) {
        std::vector<std::string> row{check.ticketId, analytics::metricKey(r.metric)};
        for (size_t c = 0; c < 4; ++c) {
            row.push_back(num(r.values[c]));
            row.push_back(std::to_string(r.n[c]));
        }
        for (const auto& v : {r.did, r.low, r.high, r.p, r.pHolm})
            row.push_back(num(v));
        row.push_back(std::to_string(r.agents));
        row.push_back(r.note.toStdString());
        row.push_back(analytics::kMethodClusterOls);
        t.rows.push_back(std::move(row));
    }
    return t;
}

} // namespace fb::exporting
