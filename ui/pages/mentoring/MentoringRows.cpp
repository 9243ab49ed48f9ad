#include "pages/mentoring/MentoringRows.h"

#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"

#include <cmath>
#include <map>

namespace fb::ui {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString weekText(int key)
{
    return IsoWeek::fromKey(key).toString();
}

} // namespace

const analytics::MentoringAgent* MentoringView::agent(const std::string& id) const
{
    for (const auto& a : agents)
        if (a.id == id)
            return &a;
    return nullptr;
}

QString MentoringView::agentText(const std::string& id) const
{
    const auto* a = agent(id);
    if (!a || a->name.empty() || a->name == id)
        return q(id);
    return QStringLiteral("%1 (%2)").arg(q(a->name), q(id));
}

QString MentoringView::behaviorLabel(const std::string& key) const
{
    const auto m = analytics::parseTargetMetric(key, attributes);
    return m ? m->label() : q(key);
}

QString MentoringRows::window(const MentoringView& v)
{
    return tr("%1 to %2").arg(weekText(v.fromWeek), weekText(v.toWeek));
}

MentoringRows::Rows MentoringRows::triggers(const MentoringView& v)
{
    Rows rows;
    for (const auto& t : v.triggers) {
        const QString who = t.agentId.empty() ? tr("whole team") : v.agentText(t.agentId);
        const QString source = t.source == "csat" ? tr("Detractors") : tr("Failed QA");
        QString where;
        if (t.dimension == "reason")
            where = tr("reason: %1").arg(q(t.value));
        else if (t.dimension == "queue")
            where = tr("queue: %1").arg(q(t.value));
        else if (t.dimension == "attribute")
            where = tr("%1 scored low").arg(v.behaviorLabel(t.value));
        else
            where = t.source == "csat" ? tr("all surveyed contacts") : tr("all evaluations");
        const QString lift = t.lift ? tr("%1×").arg(format::number(*t.lift, 2)) : tr("not enough data");
        rows.push_back(
            {q(t.team), who, source, where,
             tr("%1 of %2 (%3)").arg(format::count(t.events), format::count(t.n), format::percent(t.rate(), 1)),
             tr("%1 of %2 (%3)")
                 .arg(format::count(t.baseEvents), format::count(t.baseN), format::percent(t.baseRate(), 1)),
             lift, v.behaviorLabel(t.behavior)});
    }
    return rows;
}

MentoringRows::Rows MentoringRows::suggestions(const MentoringView& v,
                                               const std::vector<analytics::SuggestedPair>& pairs)
{
    Rows rows;
    for (const auto& p : pairs)
        rows.push_back({v.agentText(p.mentee.agentId), v.agentText(p.mentor.agentId),
                        std::isnan(p.benefit) ? tr("not measured") : tr("%1 points").arg(format::number(p.benefit, 1)),
                        p.reason});
    return rows;
}

MentoringRows::Rows MentoringRows::activePairs(const MentoringView& v)
{
    std::map<std::string, std::pair<int, double>> done; // sessions and minutes per pair
    for (const auto& s : v.sessions) {
        auto& d = done[s.pairId];
        ++d.first;
        d.second += s.minutes;
    }
    Rows rows;
    for (const auto& p : v.pairs) {
        if (!p.active())
            continue;
        const auto d = done[p.pairId];
        rows.push_back({q(p.pairId), v.agentText(p.menteeId), v.agentText(p.mentorId), v.behaviorLabel(p.behavior),
                        format::date(p.startedOn), format::date(p.plannedEnd), format::count(d.first),
                        tr("%1 min").arg(format::compact(d.second, 1))});
    }
    return rows;
}

std::vector<std::string> MentoringRows::activePairIds(const MentoringView& v)
{
    std::vector<std::string> ids;
    for (const auto& p : v.pairs)
        if (p.active())
            ids.push_back(p.pairId);
    return ids;
}

QString MentoringRows::triggersEmpty(const MentoringView& v)
{
    return tr("No detractor contacts and no failed QA evaluations in %1%2.")
        .arg(window(v), v.team.empty() ? QString() : tr(" for team %1").arg(q(v.team)));
}

QString MentoringRows::suggestionsEmpty(const MentoringView& v)
{
    return tr("No pair to suggest for %1 in %2: a pair needs a mentee (below the floor or in the team's bottom "
              "fifth, with enough data) and a mentor of the same team (top fifth in 3 of 4 weeks, quality gate "
              "green, a free slot). Fifths need at least 5 agents of a team with enough data.")
        .arg(v.behaviorLabel(v.behavior), window(v));
}

QString MentoringRows::pairsEmpty()
{
    return tr("No active pair. Confirm suggested pairs, or add one by hand on the Suggestions tab.");
}

QString MentoringRows::pairsSummary(const MentoringView& v)
{
    int active = 0, ended = 0, met = 0;
    for (const auto& p : v.pairs) {
        active += p.active() ? 1 : 0;
        ended += p.active() ? 0 : 1;
        met += p.outcome == "met" ? 1 : 0;
    }
    double minutes = 0;
    for (const auto& s : v.sessions)
        minutes += s.minutes;
    return tr("Active pairs: %1; ended: %2 (%3 met); sessions: %4 (%5 minutes)")
        .arg(format::count(active), format::count(ended), format::count(met), format::count(qint64(v.sessions.size())),
             format::compact(minutes, 1));
}

MentoringRows::Rows MentoringRows::effect(const MentoringView& v)
{
    Rows rows;
    const auto row = [&](const QString& what, const analytics::MentoringEffectRow& r, bool holm) {
        const QString effect = r.did ? tr("%1 (%2)").arg(format::signedNumber(*r.did, 1),
                                                         format::interval(format::signedNumber(*r.didLow, 1),
                                                                          format::signedNumber(*r.didHigh, 1)))
                                     : tr("not enough data");
        rows.push_back({what, tr("%1 of %2").arg(r.measured).arg(r.pairs), format::signedOrDash(r.change, 1),
                        format::signedOrDash(r.controlChange, 1), effect,
                        !r.pValue ? QStringLiteral("—")
                        : holm    ? tr("%1 (Holm %2)").arg(format::pValue(r.pValue), format::significant(*r.pHolm, 2))
                                  : format::pValue(r.pValue),
                        r.note});
    };
    row(tr("All pairs: their behaviour"), v.effectProgram, false);
    row(tr("All pairs: CSAT (spillover)"), v.effectCsat, false);
    row(tr("All pairs: QA total (spillover)"), v.effectQa, false);
    // The behaviours side by side are several tests: their p adjusted with Holm beside it.
    for (const auto& r : v.effectByBehavior)
        row(v.behaviorLabel(r.group), r, v.effectByBehavior.size() > 1);
    return rows;
}

QString MentoringRows::effectSummary(const MentoringView& v)
{
    const analytics::MentoringEffectRow& r = v.effectProgram;
    if (r.pairs == 0)
        return tr("No pair has ended yet: the effect is measured from the 4 weeks before a pair's start to the 4 "
                  "weeks after its planned end.");
    if (!r.did)
        return tr("Not enough data to tell whether mentoring worked (%1 of %2 ended pairs measured): %3.")
            .arg(r.measured)
            .arg(r.pairs)
            .arg(r.note);
    const QString size = format::number(std::abs(*r.did), 1);
    QString text = (*r.did >= 0 ? tr("Mentees improved %1 points more than similar agents who were not mentored")
                                : tr("Mentees improved %1 points less than similar agents who were not mentored"))
                       .arg(size);
    text += tr(" (difference in differences adjusted for the baseline, 95% CI %1 points, %2; %3 in %4).")
                .arg(format::interval(format::signedNumber(*r.didLow, 1), format::signedNumber(*r.didHigh, 1)),
                     format::pValue(r.pValue), tr("%Ln pair(s)", nullptr, int(r.measured)),
                     tr("%Ln team(s)", nullptr, int(r.teams)));
    if (*r.didLow <= 0 && *r.didHigh >= 0)
        text += tr(" The interval includes 0: the program may have had no effect.");
    return text;
}

} // namespace fb::ui
