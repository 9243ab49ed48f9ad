#include "pages/mentoring/MentoringProgressRows.h"

#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"
#include "domain/ChoiceLabels.h"

namespace fb::ui {
namespace {

using analytics::PairProgress;
using analytics::WeekValue;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString weekText(int key)
{
    return IsoWeek::fromKey(key).toString();
}

int indexOf(const PairProgress& p, int week)
{
    for (size_t i = 0; i < p.weeks.size(); ++i)
        if (p.weeks[i].week == week)
            return int(i);
    return -1;
}

// Shares are drawn in percent; every other unit as it is.
double drawn(const analytics::TargetMetric& m, double v)
{
    return !m.isAttribute && analytics::isProportion(m.metric) ? 100.0 * v : v;
}

// What a week's n counts, for the gap's reason and the tooltips.
enum class Counted { Evaluations, Surveys, Contacts };
Counted countedOf(const analytics::TargetMetric& m)
{
    if (m.isAttribute || m.metric == analytics::Metric::Qa)
        return Counted::Evaluations;
    return m.metric == analytics::Metric::Csat ? Counted::Surveys : Counted::Contacts;
}

// "1 evaluation", "5 surveys": the numerus forms of the translation (floorboard_en.ts for English).
QString counted(qint64 n, Counted what)
{
    const int count = static_cast<int>(n);
    switch (what) {
    case Counted::Evaluations:
        return MentoringProgressRows::tr("%Ln evaluation(s)", nullptr, count);
    case Counted::Surveys:
        return MentoringProgressRows::tr("%Ln survey(s)", nullptr, count);
    case Counted::Contacts:
        break;
    }
    return MentoringProgressRows::tr("%Ln contact(s)", nullptr, count);
}

void addMarks(charts::WeeklyComparison& c, const PairProgress& p)
{
    if (const int i = indexOf(p, p.startWeek); i >= 0)
        c.marks.push_back({i, MentoringProgressRows::tr("Start (%1)").arg(weekText(p.startWeek)), Qt::DashLine});
    if (const int i = indexOf(p, p.plannedEndWeek); i >= 0)
        c.marks.push_back(
            {i, MentoringProgressRows::tr("Planned end (%1)").arg(weekText(p.plannedEndWeek)), Qt::DashDotLine});
    if (const int i = indexOf(p, p.endedWeek); i >= 0 && p.endedWeek != p.plannedEndWeek)
        c.marks.push_back({i, MentoringProgressRows::tr("Ended (%1)").arg(weekText(p.endedWeek)), Qt::DotLine});
}

QStringList weekLabels(const PairProgress& p)
{
    QStringList out;
    for (const auto& w : p.weeks)
        out << weekText(w.week).mid(5); // "W10": the year is in the tooltips and the summary
    return out;
}

} // namespace

QStringList MentoringProgressRows::pairChoices(const MentoringView& v)
{
    QStringList out;
    for (const bool active : {true, false})
        for (const auto& p : v.pairs) {
            if (p.active() != active)
                continue;
            const QString state =
                active ? tr("active")
                       : tr("ended %1 (%2)").arg(format::date(p.endedOn), choiceLabel("outcome", p.outcome));
            out << tr("%1: %2 with %3, %4, %5")
                       .arg(q(p.pairId), v.agentText(p.menteeId), v.agentText(p.mentorId), v.behaviorLabel(p.behavior),
                            state);
        }
    return out;
}

std::vector<std::string> MentoringProgressRows::pairChoiceIds(const MentoringView& v)
{
    std::vector<std::string> out;
    for (const bool active : {true, false})
        for (const auto& p : v.pairs)
            if (p.active() == active)
                out.push_back(p.pairId);
    return out;
}

charts::WeeklyComparison MentoringProgressRows::behaviorChart(const MentoringView& v, const PairProgress& p)
{
    const auto& m = p.behavior;
    charts::WeeklyComparison c;
    c.title = tr("%1, week by week: pair %2").arg(m.label(), q(p.pair.pairId));
    c.unit = m.unitText();
    c.weekLabels = weekLabels(p);
    c.yMin = 0;
    if (m.isAttribute)
        c.yMax = 4;
    else if (analytics::isProportion(m.metric))
        c.yMax = 100;
    charts::WeeklyLine mentee{
        tr("Mentee %1").arg(v.agentText(p.pair.menteeId)), theme::Ink::Primary, Qt::SolidLine, true, {}, {}};
    charts::WeeklyLine mentor{
        tr("Mentor %1").arg(v.agentText(p.pair.mentorId)), theme::Ink::Secondary, Qt::DashLine, true, {}, {}};
    charts::WeeklyLine team{tr("Team median (without the mentee)"), theme::Ink::Muted, Qt::DotLine, false, {}, {}};
    const auto add = [&](charts::WeeklyLine& line, int week, const WeekValue& x) {
        line.values.push_back(x.value ? std::optional<double>(drawn(m, *x.value)) : std::nullopt);
        line.tips << (x.value ? tr("%1, %2: %3, n = %4")
                                    .arg(weekText(week), line.name, analytics::behaviorValueText(m, *x.value),
                                         counted(x.n, countedOf(m)))
                              : tr("%1, %2: not enough data (n = %3)")
                                    .arg(weekText(week), line.name, counted(x.n, countedOf(m))));
    };
    for (const auto& w : p.weeks) {
        add(mentee, w.week, w.mentee);
        add(mentor, w.week, w.mentor);
        team.values.push_back(w.teamMedian ? std::optional<double>(drawn(m, *w.teamMedian)) : std::nullopt);
        const int agents = static_cast<int>(w.teamAgents);
        team.tips << (w.teamMedian ? tr("%1, team median: %2, n = %Ln agent(s)", nullptr, agents)
                                         .arg(weekText(w.week), analytics::behaviorValueText(m, *w.teamMedian))
                                   : tr("%1, team median: not enough data (%Ln agent(s), %2 needed)", nullptr, agents)
                                         .arg(weekText(w.week), format::count(analytics::kTeamMedianMinAgents)));
    }
    c.lines = {mentee, mentor, team};
    addMarks(c, p);
    // "Under 1 evaluation" reads oddly: with a minimum of 1 a gap is a week without any.
    const QString none = countedOf(m) == Counted::Evaluations ? tr("no evaluation")
                         : countedOf(m) == Counted::Surveys   ? tr("no survey")
                                                              : tr("no contact");
    c.gapNote = tr("Gap: %1 that week (median: under %2 agents)")
                    .arg(p.minN == 1 ? none : tr("under %1").arg(counted(p.minN, countedOf(m))),
                         format::count(analytics::kTeamMedianMinAgents));
    return c;
}

charts::WeeklyComparison MentoringProgressRows::csatQaChart(const MentoringView& v, const PairProgress& p)
{
    charts::WeeklyComparison c;
    c.title = tr("CSAT and QA total of %1: pair %2").arg(v.agentText(p.pair.menteeId), q(p.pair.pairId));
    c.unit = tr("CSAT % top-2; QA points 0-100");
    c.weekLabels = weekLabels(p);
    c.yMin = 0;
    c.yMax = 100;
    charts::WeeklyLine csat{tr("CSAT (% top-2 of surveys)"), theme::Ink::Primary, Qt::SolidLine, true, {}, {}};
    charts::WeeklyLine qa{tr("QA total (points)"), theme::Ink::Tertiary, Qt::DashLine, true, {}, {}};
    for (const auto& w : p.weeks) {
        csat.values.push_back(w.csat.value ? std::optional<double>(100.0 * *w.csat.value) : std::nullopt);
        csat.tips << (w.csat.value ? tr("%1, CSAT: %2, n = %3")
                                         .arg(weekText(w.week), format::percent(*w.csat.value, 1),
                                              counted(w.csat.n, Counted::Surveys))
                                   : tr("%1, CSAT: not enough data (n = %2)")
                                         .arg(weekText(w.week), counted(w.csat.n, Counted::Surveys)));
        qa.values.push_back(w.qa.value);
        qa.tips << (w.qa.value ? tr("%1, QA total: %2 points, n = %3")
                                     .arg(weekText(w.week), format::number(*w.qa.value, 1),
                                          counted(w.qa.n, Counted::Evaluations))
                               : tr("%1, QA total: not enough data (n = %2)")
                                     .arg(weekText(w.week), counted(w.qa.n, Counted::Evaluations)));
    }
    c.lines = {csat, qa};
    addMarks(c, p);
    c.gapNote = tr("Gap: under %1 (CSAT) or %2 (QA) that week")
                    .arg(counted(p.csatMinN, Counted::Surveys), counted(p.qaMinN, Counted::Evaluations));
    return c;
}

QString MentoringProgressRows::progressSummary(const MentoringView& v, const PairProgress& p)
{
    int mentee = 0, mentor = 0;
    for (const auto& w : p.weeks) {
        mentee += w.mentee.value ? 1 : 0;
        mentor += w.mentor.value ? 1 : 0;
    }
    const QString end = p.endedWeek
                            ? tr("ended %1 (%2)").arg(weekText(p.endedWeek), choiceLabel("outcome", p.pair.outcome))
                            : tr("active, planned end %1").arg(weekText(p.plannedEndWeek));
    return tr("%8 in %9: %1 to %2; started %3, %4. Weeks with enough data: mentee %5 of %6, mentor %7 of %6. Hover "
              "a point for its value and n.")
        .arg(weekText(p.fromWeek), weekText(p.toWeek), weekText(p.startWeek), end, format::count(mentee),
             format::count(qint64(p.weeks.size())), format::count(mentor), v.agentText(p.pair.menteeId),
             p.behavior.label());
}

MentoringProgressRows::Rows MentoringProgressRows::payForward(const MentoringView& v)
{
    Rows rows;
    for (const auto& c : v.payForward) {
        const auto m = analytics::parseTargetMetric(c.behavior, v.attributes);
        const auto value = [&](double x) { return m ? analytics::behaviorValueText(*m, x) : format::number(x, 1); };
        const MentoringPair* pair = nullptr;
        for (const auto& p : v.pairs)
            if (p.pairId == c.pairId)
                pair = &p;
        rows.push_back({v.agentText(c.agentId), v.behaviorLabel(c.behavior),
                        tr("%1 to %2").arg(weekText(c.fromWeek), weekText(c.toWeek)),
                        tr("%1 (target %2)").arg(value(c.weakest), value(c.target)), format::count(c.n),
                        tr("%1 with %2, ended %3 (%4)")
                            .arg(q(c.pairId), v.agentText(c.mentorId),
                                 pair ? format::date(pair->endedOn) : format::date(c.endedOn),
                                 choiceLabel("outcome", c.outcome))});
    }
    return rows;
}

QString MentoringProgressRows::payForwardEmpty()
{
    return tr("No former mentee has been at target for 4 weeks in a row since their pair ended.");
}

QString MentoringProgressRows::payForwardRule()
{
    return tr("Mentees of ended pairs at or above the behaviour's target in each of 4 consecutive complete weeks "
              "after the pair ended. Target: the scorecard's target for a metric; for a rubric attribute the "
              "quality gate's share of the scale (gate 80 → 3.2 of 4). They are suggested as mentors only where "
              "they meet the mentor rules, and the reason then says they pay it forward.");
}

} // namespace fb::ui
