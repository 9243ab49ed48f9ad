// Suggested mentoring pairs (docs/mentoring.md, "The optimisation"): every
// allowed mentee-mentor pair gets a benefit, and the assignment with
// capacities that maximises the total is solved exactly (Assignment.h).
#include "analytics/Assignment.h"
#include "analytics/Mentoring.h"
#include "common/IsoWeek.h"

#include <QCoreApplication>

#include <cmath>
#include <set>
#include <unordered_map>

namespace fb::analytics {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Mentoring)
};

// Benefits in thousandths of a point: integer weights make the optimum exact.
constexpr double kWeightScale = 1000.0;

QString nameOf(const MentoringAgent& a)
{
    return QString::fromStdString(a.name.empty() ? a.id : a.name);
}

QString reasonFor(const TargetMetric& behavior, const SuggestedPair& p, const MentoringAgent& mentee,
                  const MentoringAgent& mentor, const format::Style& style)
{
    const QString mentorPart =
        Tr::tr("%1 is in the top fifth for %2 in %3 of %4 weeks (%5, n=%6)")
            .arg(nameOf(mentor), behavior.label(), format::count(p.mentor.topWeeks, style),
                 format::count(p.mentor.weeksInWindow, style), behaviorValueText(behavior, p.mentor.value, style),
                 format::count(p.mentor.n, style));
    const QString paysForward =
        p.mentor.payForwardPair.empty()
            ? QString()
            : Tr::tr(", paying it forward after pair %1").arg(QString::fromStdString(p.mentor.payForwardPair));
    QString where;
    if (p.mentee.bottomFifth && p.mentee.belowFloor)
        where = Tr::tr("in the bottom fifth and below the floor");
    else if (p.mentee.bottomFifth)
        where = Tr::tr("in the bottom fifth");
    else
        where = Tr::tr("below the floor");
    const QString menteePart = Tr::tr("%1 is %2 (%3, n=%4)")
                                   .arg(nameOf(mentee), where, behaviorValueText(behavior, p.mentee.value, style),
                                        format::count(p.mentee.n, style));
    const QString shift = p.sameShift ? Tr::tr("same shift") : Tr::tr("different shifts");
    const QString site = p.sameSite ? Tr::tr("same site") : Tr::tr("different sites");
    return Tr::tr("%1; %2; %3, %4; benefit %5 points")
        .arg(mentorPart + paysForward, menteePart, shift, site, format::number(p.benefit, 1, style));
}

double benefitOf(const SuggestedPair& p, const MentoringOptions& options)
{
    return p.mentor.points - p.mentee.points - (p.sameShift ? 0 : options.shiftPenalty) -
           (p.sameSite ? 0 : options.sitePenalty);
}

} // namespace

SuggestedPair describePair(const TargetMetric& behavior, const MentoringCandidate& mentee,
                           const MentoringCandidate& mentor, const MentoringAgent& menteeAgent,
                           const MentoringAgent& mentorAgent, const MentoringOptions& options,
                           const format::Style& style)
{
    SuggestedPair p;
    p.mentee = mentee;
    p.mentor = mentor;
    p.sameShift = menteeAgent.shift == mentorAgent.shift;
    p.sameSite = menteeAgent.site == mentorAgent.site;
    p.benefit = benefitOf(p, options);
    p.reason = reasonFor(behavior, p, menteeAgent, mentorAgent, style);
    return p;
}

int defaultMentoringWeek(QDate today, const std::vector<int>& dataWeeks)
{
    const int lastComplete = IsoWeek::ofDate(today.addDays(-7)).key();
    if (!dataWeeks.empty() && dataWeeks.back() < lastComplete)
        return dataWeeks.back();
    return lastComplete;
}

QString behaviorValueText(const TargetMetric& behavior, double value, const format::Style& style)
{
    if (behavior.isAttribute)
        return Tr::tr("%1 of 4").arg(format::number(value, 1, style));
    switch (metricUnit(behavior.metric)) {
    case Unit::Proportion:
        return format::percent(value, 1, style);
    case Unit::PerThousand:
        return format::perThousand(value, 1, style);
    case Unit::Seconds:
        return format::seconds(value, style);
    case Unit::Points:
    case Unit::PulsePoints:
        break;
    }
    return format::number(value, 1, style);
}

QString forbiddenReason(const MentoringAgent& mentee, const MentoringAgent& mentor, const std::string& behavior,
                        const std::vector<MentoringPair>& pairs, bool crossTeam)
{
    if (mentee.id == mentor.id)
        return Tr::tr("the same person");
    for (const auto& p : pairs)
        if (p.failed() && p.behavior == behavior && p.menteeId == mentee.id && p.mentorId == mentor.id)
            return Tr::tr("their pair %1 in %2 ended without success (%3)")
                .arg(QString::fromStdString(p.pairId), QString::fromStdString(behavior),
                     QString::fromStdString(p.outcome));
    if (!crossTeam && mentee.team != mentor.team)
        return Tr::tr("different teams (%1, %2)")
            .arg(QString::fromStdString(mentee.team), QString::fromStdString(mentor.team));
    return {};
}

std::vector<SuggestedPair> suggestPairs(const TargetMetric& behavior, const MentoringInput& in,
                                        const MentoringOptions& options, const format::Style& style)
{
    const MentoringCandidates c = mentoringCandidates(behavior, in, options);
    std::unordered_map<std::string, const MentoringAgent*> agents;
    for (const auto& a : in.agents)
        agents[a.id] = &a;

    // The rules of forbiddenReason() as cheap tests: this loop sees every
    // mentee-mentor combination (hundreds of thousands across teams).
    std::set<std::pair<std::string, std::string>> failed;
    for (const auto& p : in.pairs)
        if (p.failed() && p.behavior == behavior.key())
            failed.insert({p.menteeId, p.mentorId});
    std::vector<AssignmentEdge> edges;
    std::vector<SuggestedPair> choices;
    for (size_t i = 0; i < c.mentees.size(); ++i) {
        const MentoringAgent& mentee = *agents.at(c.mentees[i].agentId);
        for (size_t j = 0; j < c.mentors.size(); ++j) {
            const MentoringAgent& mentor = *agents.at(c.mentors[j].agentId);
            if (mentee.id == mentor.id || (!options.crossTeam && mentee.team != mentor.team) ||
                failed.count({mentee.id, mentor.id}))
                continue;
            SuggestedPair p;
            p.mentee = c.mentees[i];
            p.mentor = c.mentors[j];
            p.sameShift = mentee.shift == mentor.shift;
            p.sameSite = mentee.site == mentor.site;
            p.benefit = benefitOf(p, options);
            const auto weight = qint64(std::llround(p.benefit * kWeightScale));
            if (weight <= 0)
                continue;
            edges.push_back({int(i), int(j), weight});
            choices.push_back(std::move(p));
        }
    }
    std::vector<int> capacity;
    for (const auto& m : c.mentors)
        capacity.push_back(m.spare);

    std::vector<SuggestedPair> out;
    for (size_t e : maxWeightAssignment(int(c.mentees.size()), capacity, edges)) {
        const SuggestedPair& p = choices[e];
        out.push_back(describePair(behavior, p.mentee, p.mentor, *agents.at(p.mentee.agentId),
                                   *agents.at(p.mentor.agentId), options, style));
    }
    // Edges were added mentee by mentee, so ascending edge index is by mentee id.
    return out;
}

} // namespace fb::analytics
