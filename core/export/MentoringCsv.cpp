#include "export/MentoringCsv.h"

#include "common/IsoWeek.h"

#include <map>

namespace fb::exporting {

ReportTable triggersCsv(const std::vector<analytics::TriggerRow>& rows)
{
    ReportTable t{{"team", "agent_id", "source", "dimension", "value", "events", "n", "rate", "base_events", "base_n",
                   "base_rate", "lift", "behavior"},
                  {true, true, false, false, true, false, false, false, false, false, false, false, true},
                  {}};
    for (const auto& r : rows)
        t.rows.push_back({r.team, r.agentId, r.source, r.dimension, r.value, std::to_string(r.events),
                          std::to_string(r.n), num(r.rate()), std::to_string(r.baseEvents), std::to_string(r.baseN),
                          num(r.baseRate()), num(r.lift), r.behavior});
    return t;
}

ReportTable suggestionsCsv(const std::string& behavior, const std::vector<analytics::SuggestedPair>& pairs)
{
    ReportTable t{{"mentee_id", "mentor_id", "behavior", "mentee_value", "mentee_n", "mentor_value", "mentor_n",
                   "benefit", "reason"},
                  {false, false, true, false, false, false, false, false, true},
                  {}};
    for (const auto& p : pairs)
        t.rows.push_back({p.mentee.agentId, p.mentor.agentId, behavior, num(p.mentee.value), std::to_string(p.mentee.n),
                          num(p.mentor.value), std::to_string(p.mentor.n), num(p.benefit), p.reason.toStdString()});
    return t;
}

ReportTable pairsCsv(const std::vector<MentoringPair>& pairs, const std::vector<MentoringSession>& sessions)
{
    ReportTable t{{"pair_id", "mentee_id", "mentor_id", "behavior", "started_on", "planned_end", "ended_on", "outcome",
                   "sessions", "minutes"},
                  {false, false, false, true, false, false, false, false, false, false},
                  {}};
    std::map<std::string, std::pair<qint64, double>> done;
    for (const auto& s : sessions) {
        ++done[s.pairId].first;
        done[s.pairId].second += s.minutes;
    }
    const auto day = [](QDate d) { return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string(); };
    for (const auto& p : pairs) {
        const auto d = done[p.pairId];
        t.rows.push_back({p.pairId, p.menteeId, p.mentorId, p.behavior, day(p.startedOn), day(p.plannedEnd),
                          day(p.endedOn), p.outcome, std::to_string(d.first), num(d.second)});
    }
    return t;
}

ReportTable mentoringEffectCsv(const std::vector<analytics::MentoringEffectRow>& rows, const std::string& outcome)
{
    ReportTable t{{"group", "pairs", "measured", "change", "control_change", "did", "did_low", "did_high", "p_value",
                   "p_holm", "teams", "outcome", "method", "note"},
                  {true, false, false, false, false, false, false, false, false, false, false, false, false, true},
                  {}};
    for (const auto& r : rows)
        t.rows.push_back({r.group, std::to_string(r.pairs), std::to_string(r.measured), num(r.change),
                          num(r.controlChange), num(r.did), num(r.didLow), num(r.didHigh), num(r.pValue), num(r.pHolm),
                          std::to_string(r.teams), outcome, analytics::kMethodMentoringEffect, r.note.toStdString()});
    return t;
}

ReportTable payForwardCsv(const std::vector<analytics::PayForwardCandidate>& rows)
{
    ReportTable t{{"agent_id", "behavior", "pair_id", "mentor_id", "outcome", "ended_on", "from_week", "to_week",
                   "target", "weakest", "n"},
                  {false, true, false, false, false, false, false, false, false, false, false},
                  {}};
    const auto week = [](int key) { return IsoWeek::fromKey(key).toString().toStdString(); };
    for (const auto& c : rows)
        t.rows.push_back({c.agentId, c.behavior, c.pairId, c.mentorId, c.outcome,
                          c.endedOn.toString(Qt::ISODate).toStdString(), week(c.fromWeek), week(c.toWeek),
                          num(c.target), num(c.weakest), std::to_string(c.n)});
    return t;
}

} // namespace fb::exporting
