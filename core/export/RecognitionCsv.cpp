#include "export/RecognitionCsv.h"

#include "common/IsoWeek.h"

namespace fb::exporting {
namespace {

std::string day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string();
}

} // namespace

ReportTable coverageCsv(const analytics::Coverage& coverage)
{
    ReportTable t{{"team", "week", "agents", "recognised", "share", "recognitions", "unseen_at_target"},
                  {true, false, false, false, false, false, false},
                  {}};
    for (const auto& r : coverage.rows)
        t.rows.push_back({r.team, IsoWeek::fromKey(r.week).toString().toStdString(), std::to_string(r.agents),
                          std::to_string(r.recognised), num(r.share()), std::to_string(r.recognitions),
                          std::to_string(r.unseenAtTarget)});
    return t;
}

ReportTable unseenCsv(const analytics::Coverage& coverage)
{
    ReportTable t{{"team", "agent_id", "name", "last_recognised", "behavior", "measure", "value", "target", "n"},
                  {true, false, true, false, true, false, false, false, false},
                  {}};
    for (const auto& u : coverage.unseen)
        for (const auto& b : u.atTarget)
            t.rows.push_back({u.team, u.agentId, u.name, day(u.lastRecognised), b.behavior, b.measure, num(b.value),
                              num(b.target), std::to_string(b.n)});
    return t;
}

ReportTable fixersCsv(const std::vector<analytics::Fixer>& fixers)
{
    ReportTable t{{"agent_id", "name", "team", "tickets_fixed", "ticket_id", "fixed_on", "title", "fix_what"},
                  {false, true, true, false, false, false, true, true},
                  {}};
    for (const auto& f : fixers)
        for (const FeedbackTicket* ticket : f.fixed)
            t.rows.push_back({f.agentId, f.name, f.team, std::to_string(f.fixed.size()), ticket->id,
                              day(ticket->fixedOn), ticket->title, ticket->fixWhat});
    return t;
}

ReportTable behaviorsCsv(const std::vector<RecognitionBehavior>& behaviors)
{
    ReportTable t{{"name", "measure"}, {true, false}, {}};
    for (const auto& b : behaviors)
        t.rows.push_back({b.name, b.measure});
    return t;
}

ReportTable huddleCsv(const std::vector<analytics::HuddleRow>& rows)
{
    ReportTable t{
        {"given_on", "agent_id", "name", "team", "behavior", "from", "from_role", "visibility", "evidence", "outcome"},
        {false, false, true, true, true, true, false, false, true, true},
        {}};
    for (const auto& h : rows) {
        const Recognition& r = *h.recognition;
        t.rows.push_back({day(r.givenOn), r.toAgent, h.agentName, h.team, r.behavior,
                          r.fromName.empty() ? r.fromAgent : r.fromName, r.fromRole, r.isPublic ? "public" : "private",
                          r.evidence, r.outcome});
    }
    return t;
}

} // namespace fb::exporting
