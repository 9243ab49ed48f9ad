#include "analytics/FeedbackDigest.h"

#include "analytics/FeedbackSla.h"

#include <QLocale>

#include <fmt/format.h>

#include <algorithm>

namespace fb::analytics {
namespace {

std::string dayText(QDate d)
{
    return QLocale::c().toString(d, QStringLiteral("d MMM yyyy")).toStdString();
}

// A sentence part as written, without the full stop the sentence adds.
std::string clause(std::string text)
{
    while (!text.empty() && (text.back() == '.' || text.back() == ' '))
        text.pop_back();
    return text;
}

// "Moved the batch job" reads "moved the batch job" after "We".
std::string lowerFirst(std::string text)
{
    if (text.size() > 1 && text[0] >= 'A' && text[0] <= 'Z' && !(text[1] >= 'A' && text[1] <= 'Z'))
        text[0] = static_cast<char>(text[0] - 'A' + 'a');
    return text;
}

bool byDecision(const FeedbackTicket& a, const FeedbackTicket& b)
{
    return a.decidedOn != b.decidedOn ? a.decidedOn < b.decidedOn : a.id < b.id;
}

} // namespace

std::string statusAt(const FeedbackTicket& t, QDate day)
{
    if (!decidedBy(t, day))
        return "undecided";
    if (t.status == "fixed" && !fixedBy(t, day))
        return "accepted";
    return t.status;
}

std::string agentsText(int agents)
{
    if (agents <= 0)
        return "anonymous";
    return agents == 1 ? "1 agent" : fmt::format("{} agents", agents);
}

std::string youSaid(const FeedbackTicket& t)
{
    return fmt::format("You said: {} ({}).", clause(t.title), agentsText(t.agents));
}

std::string weDid(const FeedbackTicket& t)
{
    if (t.fixed()) {
        const std::string what = clause(t.fixWhat.empty() ? t.decisionReason : t.fixWhat);
        return fmt::format("We {} on {}.", lowerFirst(what), dayText(t.fixedOn));
    }
    if (t.status == "accepted") {
        const std::string plan = clause(t.plannedFix.empty() ? t.decisionReason : t.plannedFix);
        return t.owner.empty() ? fmt::format("We accepted it: {}.", plan)
                               : fmt::format("We accepted it: {}; {} owns the fix.", plan, t.owner);
    }
    if (t.status == "deferred")
        return t.revisitOn.isValid()
                   ? fmt::format("We deferred it until {}: {}.", dayText(t.revisitOn), clause(t.decisionReason))
                   : fmt::format("We deferred it: {}.", clause(t.decisionReason));
    if (t.status == "declined")
        return fmt::format("We declined it: {}.", clause(t.decisionReason));
    return "Not decided yet.";
}

FeedbackDigest buildDigest(const std::vector<FeedbackTicket>& tickets, const std::vector<FeedbackCategory>& categories,
                           const WorkingCalendar& calendar, QDate from, QDate to, const std::string& team)
{
    FeedbackDigest d;
    d.from = from;
    d.to = to;
    d.team = team;
    for (const auto& t : tickets) {
        if (!team.empty() && t.team != team)
            continue;
        if (t.decidedOn.isValid() && t.decidedOn >= from && t.decidedOn <= to)
            d.decided.push_back(t);
        if (t.fixedOn.isValid() && t.fixedOn >= from && t.fixedOn <= to)
            d.fixed.push_back(t);
        if (t.raisedOn.isValid() && t.raisedOn <= to && openAt(t, to)) {
            if (!decidedBy(t, to) || t.status == "deferred")
                d.topIssues.push_back(t);
            else
                d.nextSteps.push_back(
                    {t, calendar.addWorkingDays(t.raisedOn, categorySla(categories, t.category).fixDays)});
        }
    }
    std::sort(d.decided.begin(), d.decided.end(), byDecision);
    std::sort(d.fixed.begin(), d.fixed.end(), [](const FeedbackTicket& a, const FeedbackTicket& b) {
        return a.fixedOn != b.fixedOn ? a.fixedOn < b.fixedOn : a.id < b.id;
    });
    std::sort(d.topIssues.begin(), d.topIssues.end(), [](const FeedbackTicket& a, const FeedbackTicket& b) {
        if (a.agents != b.agents)
            return a.agents > b.agents;
        return a.raisedOn != b.raisedOn ? a.raisedOn < b.raisedOn : a.id < b.id;
    });
    if (d.topIssues.size() > kDigestTopIssues)
        d.topIssues.resize(kDigestTopIssues);
    std::sort(d.nextSteps.begin(), d.nextSteps.end(), [](const NextStep& a, const NextStep& b) {
        return a.fixDue != b.fixDue ? a.fixDue < b.fixDue : a.ticket.id < b.ticket.id;
    });
    return d;
}

std::vector<FeedbackTicket> saidAndDone(const FeedbackDigest& d)
{
    std::vector<FeedbackTicket> said = d.fixed;
    for (const auto& t : d.decided)
        if (!(t.fixedOn.isValid() && t.fixedOn >= d.from && t.fixedOn <= d.to))
            said.push_back(t);
    return said;
}

std::string digestMarkdown(const FeedbackDigest& d, const std::string& title)
{
    std::string md = fmt::format("# {}\n\n", title);
    md += "## You said, we did\n\n";
    const auto said = saidAndDone(d);
    if (said.empty())
        md += "No ticket was decided or fixed in this range.\n";
    for (const auto& t : said)
        md += fmt::format("- {} {} ({})\n", youSaid(t), weDid(t), t.id);
    md += "\n## Top open issues by agents raising them\n\n";
    if (d.topIssues.empty())
        md += "No ticket is waiting for a decision.\n";
    for (const auto& t : d.topIssues)
        md += fmt::format("- {} ({}, {}, raised {}): {}\n", t.title, t.id, agentsText(t.agents), dayText(t.raisedOn),
                          statusAt(t, d.to));
    md += "\n## Next steps\n\n";
    if (d.nextSteps.empty())
        md += "No accepted ticket is waiting for its fix.\n";
    for (const auto& n : d.nextSteps)
        md += fmt::format("- {} ({}): {}, owner {}, fix due {}\n", n.ticket.title, n.ticket.id,
                          clause(n.ticket.plannedFix.empty() ? n.ticket.decisionReason : n.ticket.plannedFix),
                          n.ticket.owner.empty() ? kNoOwner : n.ticket.owner, dayText(n.fixDue));
    md += "\n## Blockers retired\n\n";
    if (d.fixed.empty())
        md += "No fix in this range.\n";
    for (const auto& t : d.fixed)
        md += fmt::format("- {}: {} (scope {}; answers {})\n", dayText(t.fixedOn), clause(t.fixWhat),
                          t.scopeQueue.empty() ? "all queues" : t.scopeQueue, t.id);
    return md;
}

} // namespace fb::analytics
