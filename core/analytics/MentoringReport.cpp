// The sentences of the mentoring report (docs/mentoring.md, "The report").
// A site manager reads them without the tables behind them, so every number
// carries its unit and its n, and an effect without enough data says so
// instead of printing an estimate.
#include "analytics/MentoringReport.h"

#include "common/IsoWeek.h"

#include <QCoreApplication>

#include <cmath>
#include <map>

namespace fb::analytics {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::MentoringReport)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString weekText(int key)
{
    return IsoWeek::fromKey(key).toString();
}

QString agentText(const MentoringReport& r, const std::string& id)
{
    for (const auto& a : r.agents)
        if (a.id == id && !a.name.empty() && a.name != id)
            return QStringLiteral("%1 (%2)").arg(q(a.name), q(id));
    return q(id);
}

QString behaviorLabel(const MentoringReport& r, const std::string& key)
{
    const auto m = parseTargetMetric(key, r.attributes);
    return m ? m->label() : q(key);
}

struct Tally final {
    qint64 pairs = 0, active = 0, ended = 0, met = 0, notMet = 0, stopped = 0;
    qint64 sessions = 0, withSessions = 0;
    double minutes = 0;
};

QString tallyText(const Tally& t, const format::Style& s)
{
    return Tr::tr("pairs %1 (%2 active; %3 ended: %4 met, %5 not met, %6 stopped); sessions held %7 (%8 minutes), "
                  "in %9 of the pairs.")
        .arg(format::count(t.pairs, s), format::count(t.active, s), format::count(t.ended, s), format::count(t.met, s),
             format::count(t.notMet, s), format::count(t.stopped, s), format::count(t.sessions, s),
             format::compact(t.minutes, 1, s), format::count(t.withSessions, s));
}

} // namespace

QString mentoringEffectSentence(const MentoringEffectRow& r, const QString& what, bool holm, const format::Style& s)
{
    if (r.pairs == 0)
        return Tr::tr("%1: no pair has ended yet.").arg(what);
    if (!r.did)
        return Tr::tr("%1: %2 (%3 of %4 ended pairs measured).")
            .arg(what, r.note, format::count(r.measured, s), format::count(r.pairs, s));
    const QString size = format::number(std::abs(*r.did), 1, s);
    QString text = (*r.did >= 0 ? Tr::tr("%1: mentees improved %2 points more than similar agents without a mentor")
                                : Tr::tr("%1: mentees improved %2 points less than similar agents without a mentor"))
                       .arg(what, size);
    const QString p =
        holm ? Tr::tr("%1, Holm-adjusted p = %2").arg(format::pValue(r.pValue, s), format::significant(*r.pHolm, 2, s))
             : format::pValue(r.pValue, s);
    text += Tr::tr(" (difference in differences, 95% CI %1 points, %2, n = %3 pairs in %4 teams).")
                .arg(format::interval(format::signedNumber(*r.didLow, 1, s), format::signedNumber(*r.didHigh, 1, s), s),
                     p, format::count(r.measured, s), format::count(r.teams, s));
    if (*r.didLow <= 0 && *r.didHigh >= 0)
        text += Tr::tr(" The interval includes 0: it may have had no effect.");
    return text;
}

MentoringReportText mentoringReportText(const MentoringReport& r, const format::Style& s)
{
    MentoringReportText t;
    t.title = Tr::tr("Peer mentoring: where the program stands");
    t.subtitle = Tr::tr("Data up to %1; made on %2.").arg(weekText(r.lastWeek), r.today.toString(Qt::ISODate));

    std::map<std::string, std::pair<qint64, double>> held; // sessions and minutes per pair
    for (const auto& x : r.sessions) {
        ++held[x.pairId].first;
        held[x.pairId].second += x.minutes;
    }
    Tally all;
    std::map<std::string, Tally> byBehavior;
    for (const auto& p : r.pairs)
        for (Tally* tally : {&all, &byBehavior[p.behavior]}) {
            ++tally->pairs;
            tally->active += p.active() ? 1 : 0;
            tally->ended += p.active() ? 0 : 1;
            tally->met += p.outcome == "met" ? 1 : 0;
            tally->notMet += p.outcome == "not_met" ? 1 : 0;
            tally->stopped += p.outcome == "stopped" ? 1 : 0;
            const auto h = held[p.pairId];
            tally->sessions += h.first;
            tally->minutes += h.second;
            tally->withSessions += h.first > 0 ? 1 : 0;
        }
    if (r.pairs.empty()) {
        t.pairs << Tr::tr("No pair has started yet.");
    } else {
        t.pairs << Tr::tr("All behaviours: %1").arg(tallyText(all, s));
        for (const auto& [behavior, tally] : byBehavior)
            t.pairs << QStringLiteral("%1: %2").arg(behaviorLabel(r, behavior), tallyText(tally, s));
    }

    t.effect << mentoringEffectSentence(r.program, Tr::tr("All pairs, on their behaviour"), false, s);
    const bool holm = r.byBehavior.size() > 1; // several behaviours side by side: several tests
    for (const auto& row : r.byBehavior)
        t.effect << mentoringEffectSentence(row, behaviorLabel(r, row.group), holm, s);
    t.effect << mentoringEffectSentence(r.csat, Tr::tr("CSAT of the mentees (spillover)"), false, s);
    t.effect << mentoringEffectSentence(r.qa, Tr::tr("QA total of the mentees (spillover)"), false, s);
    t.method = Tr::tr("Each ended pair: the mentee's change from the 4 weeks before the start to the 4 weeks after the "
                      "planned end, against agents of the same team who started in the same fifth and had no mentor, "
                      "adjusted for where they started; the interval allows for agents of one team being alike. "
                      "Points: 0 is the scorecard's floor and 100 its target (an attribute's 0-4 score times 25). "
                      "Fewer than 5 measured pairs: not enough data.");

    if (r.payForward.empty())
        t.payForward << Tr::tr("No former mentee has been at target for 4 weeks in a row since their pair ended.");
    for (const auto& c : r.payForward) {
        const auto m = parseTargetMetric(c.behavior, r.attributes);
        const QString target = m ? behaviorValueText(*m, c.target, s) : format::number(c.target, 1, s);
        const QString weakest = m ? behaviorValueText(*m, c.weakest, s) : format::number(c.weakest, 1, s);
        t.payForward << Tr::tr("%1 in %2: at target (%3) in %4 to %5, weakest week %6, n = %7; after pair %8 with %9.")
                            .arg(agentText(r, c.agentId), behaviorLabel(r, c.behavior), target, weekText(c.fromWeek),
                                 weekText(c.toWeek), weakest, format::count(c.n, s), q(c.pairId),
                                 agentText(r, c.mentorId));
    }
    return t;
}

} // namespace fb::analytics
