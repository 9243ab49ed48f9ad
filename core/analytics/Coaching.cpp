#include "analytics/Coaching.h"

#include "analytics/Scorecard.h"
#include "common/IsoWeek.h"

#include <QCoreApplication>

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Coaching)
};

int weekOf(QDate d)
{
    return IsoWeek::ofDate(d).key();
}

int addWeeks(int week, int n)
{
    return IsoWeek::fromKey(week).next(n).key();
}

std::optional<double> mean(const std::vector<double>& v)
{
    if (v.empty())
        return std::nullopt;
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
}

} // namespace

const std::vector<std::string>& coachingStages()
{
    static const std::vector<std::string> s{"define", "demonstrate", "practice", "commit", "follow_up"};
    return s;
}

QString stageLabel(const std::string& stage)
{
    if (stage == "define")
        return Tr::tr("Define");
    if (stage == "demonstrate")
        return Tr::tr("Demonstrate");
    if (stage == "practice")
        return Tr::tr("Practice");
    if (stage == "commit")
        return Tr::tr("Commit");
    if (stage == "follow_up")
        return Tr::tr("Follow-up");
    return QString::fromStdString(stage);
}

const std::vector<std::string>& followUpOutcomes()
{
    static const std::vector<std::string> o{"met", "partly", "not_met"};
    return o;
}

QString outcomeLabel(const std::string& outcome)
{
    if (outcome == "met")
        return Tr::tr("Met");
    if (outcome == "partly")
        return Tr::tr("Partly met");
    if (outcome == "not_met")
        return Tr::tr("Not met");
    return QString::fromStdString(outcome);
}

QStringList missingNoteParts(const CoachingNote& n)
{
    QStringList missing;
    auto blank = [](const std::string& s) { return QString::fromStdString(s).trimmed().isEmpty(); };
    if (blank(n.agentId))
        missing << Tr::tr("agent");
    if (blank(n.coach))
        missing << Tr::tr("coach");
    if (!n.coachedOn.isValid())
        missing << Tr::tr("date");
    if (blank(n.attribute))
        missing << Tr::tr("quality attribute");
    if (blank(n.targetMetric))
        missing << Tr::tr("target metric");
    if (!n.baseline || !std::isfinite(*n.baseline))
        missing << Tr::tr("baseline");
    if (!n.target || !std::isfinite(*n.target))
        missing << Tr::tr("target value");
    if (!n.followUpOn.isValid())
        missing << Tr::tr("follow-up date");
    if (blank(n.stage))
        missing << Tr::tr("stage");
    if (blank(n.commitment))
        missing << Tr::tr("the agent's commitment");
    if (!n.minutes || !std::isfinite(*n.minutes))
        missing << Tr::tr("minutes spent");
    return missing;
}

Status validateNote(const CoachingNote& n)
{
    const QStringList missing = missingNoteParts(n);
    if (!missing.isEmpty())
        return Error::plain(Tr::tr("This note cannot be saved. Missing: %1.").arg(missing.join(QStringLiteral(", "))));
    if (n.followUpOn <= n.coachedOn)
        return Error::plain(Tr::tr("The follow-up date must be after the coaching date."));
    if (*n.minutes < 0)
        return Error::plain(Tr::tr("Minutes spent cannot be negative."));
    if (*n.target == *n.baseline)
        return Error::plain(Tr::tr("The target value must differ from the baseline."));
    if (std::find(coachingStages().begin(), coachingStages().end(), n.stage) == coachingStages().end())
        return Error::plain(Tr::tr("Unknown stage '%1'.").arg(QString::fromStdString(n.stage)));
    return {};
}

std::string TargetMetric::key() const
{
    return isAttribute ? attribute : metricKey(metric);
}

QString TargetMetric::label() const
{
    return isAttribute ? QString::fromStdString(attribute) : metricLabel(metric);
}

QString TargetMetric::unitText() const
{
    if (isAttribute)
        return Tr::tr("score 0-4");
    switch (metricUnit(metric)) {
    case Unit::Proportion:
        return Tr::tr("share 0-1");
    case Unit::Points:
        return Tr::tr("points 0-100");
    case Unit::PerThousand:
        return Tr::tr("per 1000 interactions");
    case Unit::Seconds:
        return Tr::tr("seconds");
    case Unit::PulsePoints:
        return Tr::tr("1-5");
    }
    return {};
}

const std::vector<Metric>& targetableMetrics()
{
    static const std::vector<Metric> m{Metric::Csat,   Metric::Fcr, Metric::Qa,        Metric::Dpti,
                                       Metric::Rework, Metric::Aht, Metric::Escalation};
    return m;
}

std::optional<TargetMetric> parseTargetMetric(const std::string& key, const std::vector<std::string>& attributes)
{
    if (auto m = metricFromKey(key);
        m && std::find(targetableMetrics().begin(), targetableMetrics().end(), *m) != targetableMetrics().end())
        return TargetMetric{false, *m, {}};
    if (std::find(attributes.begin(), attributes.end(), key) != attributes.end())
        return TargetMetric{true, Metric::Qa, key};
    return std::nullopt;
}

qint64 targetMinN(const TargetMetric& m)
{
    if (m.isAttribute)
        return 1;
    const MetricDef* d = defaultDefinition().find(m.metric);
    return d ? d->minN : 1;
}

TargetValue targetValue(const TargetMetric& m, const AgentWeeks& weeks, int fromWeek, int toWeek)
{
    TargetValue v;
    if (fromWeek > toWeek)
        return v;
    if (m.isAttribute) {
        AttributeSum s;
        for (auto it = weeks.lower_bound(fromWeek); it != weeks.end() && it->first <= toWeek; ++it)
            if (auto a = it->second.attributes.find(m.attribute); a != it->second.attributes.end())
                s += a->second;
        v.n = s.n;
        if (s.n > 0)
            v.value = s.sum / double(s.n) / 25.0; // the 0-4 scale
    } else {
        Sums s;
        for (auto it = weeks.lower_bound(fromWeek); it != weeks.end() && it->first <= toWeek; ++it)
            s += it->second.sums;
        const MetricValue mv = measure(m.metric, s);
        v.n = mv.n;
        v.value = mv.value;
    }
    v.enough = v.value.has_value() && v.n >= targetMinN(m);
    return v;
}

double targetPoints(const TargetMetric& m, double value)
{
    if (m.isAttribute)
        return 25.0 * value;
    const MetricDef* d = defaultDefinition().find(m.metric);
    if (!d || d->target == d->floor)
        return value;
    return 100.0 * (value - d->floor) / (d->target - d->floor);
}

NoteWindows noteWindows(QDate coachedOn)
{
    NoteWindows w;
    w.week = weekOf(coachedOn);
    w.baselineFrom = addWeeks(w.week, -kCoachingWindowWeeks);
    w.baselineTo = addWeeks(w.week, -1);
    w.afterFrom = addWeeks(w.week, 1);
    w.afterTo = addWeeks(w.week, kCoachingWindowWeeks);
    return w;
}

TargetValue baselineFor(const TargetMetric& m, const AgentWeeks& weeks, QDate coachedOn)
{
    const NoteWindows w = noteWindows(coachedOn);
    return targetValue(m, weeks, w.baselineFrom, w.baselineTo);
}

TargetValue valueAtFollowUp(const TargetMetric& m, const AgentWeeks& weeks, QDate coachedOn, QDate followUp)
{
    const NoteWindows w = noteWindows(coachedOn);
    return targetValue(m, weeks, w.afterFrom, weekOf(followUp));
}

double noteScale(const CoachingNote& note, const TargetMetric& m)
{
    if (m.isAttribute || !isProportion(m.metric))
        return 1.0;
    const bool percent =
        (note.baseline && std::abs(*note.baseline) > 1.0) || (note.target && std::abs(*note.target) > 1.0);
    return percent ? 100.0 : 1.0;
}

FollowUpStatus followUpStatus(const CoachingNote& note, QDate today)
{
    if (note.followUpDone())
        return FollowUpStatus::Done;
    if (note.followUpOn < today)
        return FollowUpStatus::Overdue;
    const QDate sunday = IsoWeek::ofDate(today).monday().addDays(6);
    if (note.followUpOn <= sunday)
        return FollowUpStatus::DueThisWeek;
    return FollowUpStatus::Upcoming;
}

QString followUpStatusLabel(FollowUpStatus s)
{
    switch (s) {
    case FollowUpStatus::Done:
        return Tr::tr("Done");
    case FollowUpStatus::Overdue:
        return Tr::tr("Overdue");
    case FollowUpStatus::DueThisWeek:
        return Tr::tr("Due this week");
    case FollowUpStatus::Upcoming:
        return Tr::tr("Upcoming");
    }
    return {};
}

std::optional<Grouping> groupingFromKey(const std::string& key)
{
    if (key == "coach")
        return Grouping::Coach;
    if (key == "attribute")
        return Grouping::Attribute;
    if (key == "team")
        return Grouping::Team;
    return std::nullopt;
}

std::vector<NoteEffect> noteEffects(const EffectInput& in, QDate from, QDate to, Grouping by)
{
    static const AgentWeeks kNoWeeks;
    auto weeksOf = [&](const std::string& agent) -> const AgentWeeks& {
        const auto it = in.data.find(agent);
        return it == in.data.end() ? kNoWeeks : it->second;
    };
    auto teamOf = [&](const std::string& agent) {
        const auto it = in.teamOf.find(agent);
        return it == in.teamOf.end() ? std::string() : it->second;
    };
    // Change of one agent's metric in points; nullopt unless both windows reach the minimum sample.
    auto changeOf = [&](const TargetMetric& m, const std::string& agent,
                        const NoteWindows& w) -> std::optional<double> {
        const AgentWeeks& weeks = weeksOf(agent);
        const TargetValue before = targetValue(m, weeks, w.baselineFrom, w.baselineTo);
        const TargetValue after = targetValue(m, weeks, w.afterFrom, w.afterTo);
        if (!before.enough || !after.enough)
            return std::nullopt;
        return targetPoints(m, *after.value) - targetPoints(m, *before.value);
    };

    std::vector<NoteEffect> out;
    for (const auto& n : in.notes) {
        if (!n.coachedOn.isValid() || (from.isValid() && n.coachedOn < from) || (to.isValid() && n.coachedOn > to))
            continue;
        NoteEffect e;
        e.noteId = n.noteId;
        const std::string team = teamOf(n.agentId);
        switch (by) {
        case Grouping::Coach:
            e.group = n.coach;
            break;
        case Grouping::Attribute:
            e.group = n.attribute;
            break;
        case Grouping::Team:
            e.group = team;
            break;
        }
        e.done = n.followUpDone();
        e.met = e.done && n.outcome == "met";
        const auto metric = parseTargetMetric(n.targetMetric, in.attributes);
        if (metric) {
            const NoteWindows w = noteWindows(n.coachedOn);
            e.change = changeOf(*metric, n.agentId, w);
            // Control: the other agents of the team not coached on this
            // attribute in the weeks baselineFrom..afterTo.
            std::set<std::string> coached;
            for (const auto& o : in.notes) {
                if (o.attribute != n.attribute || !o.coachedOn.isValid())
                    continue;
                const int ow = weekOf(o.coachedOn);
                if (ow >= w.baselineFrom && ow <= w.afterTo)
                    coached.insert(o.agentId);
            }
            std::vector<double> changes;
            for (const auto& [agent, agentTeam] : in.teamOf) {
                if (agentTeam != team || agent == n.agentId || coached.count(agent))
                    continue;
                if (auto c = changeOf(*metric, agent, w))
                    changes.push_back(*c);
            }
            e.controls = int(changes.size());
            e.controlChange = mean(changes);
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::optional<MeanInterval> meanInterval(const std::vector<double>& values)
{
    const size_t n = values.size();
    if (n < 2)
        return std::nullopt;
    const double m = *mean(values);
    double ss = 0;
    for (double v : values)
        ss += (v - m) * (v - m);
    const double sd = std::sqrt(ss / double(n - 1));
    const boost::math::students_t dist(double(n - 1));
    const double t = boost::math::quantile(boost::math::complement(dist, 0.025));
    const double half = t * sd / std::sqrt(double(n));
    return MeanInterval{m, m - half, m + half};
}

std::vector<EffectRow> effectiveness(const EffectInput& in, QDate from, QDate to, Grouping by)
{
    struct Acc {
        EffectRow row;
        std::vector<double> change, control, did;
    };
    std::map<std::string, Acc> groups;
    for (const auto& e : noteEffects(in, from, to, by)) {
        Acc& a = groups[e.group];
        a.row.group = e.group;
        ++a.row.notes;
        if (e.done)
            ++a.row.followUpsDone;
        if (e.met)
            ++a.row.met;
        if (auto d = e.did()) {
            a.change.push_back(*e.change);
            a.control.push_back(*e.controlChange);
            a.did.push_back(*d);
        }
    }
    std::vector<EffectRow> rows;
    for (auto& [group, a] : groups) {
        EffectRow r = a.row;
        if (r.followUpsDone > 0)
            r.metShare = double(r.met) / double(r.followUpsDone);
        r.measured = qint64(a.did.size());
        r.change = mean(a.change);
        r.controlChange = mean(a.control);
        r.did = mean(a.did);
        if (auto ci = meanInterval(a.did)) {
            r.didLow = ci->low;
            r.didHigh = ci->high;
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<RatioCell> coachingRatios(const std::vector<CoachingNote>& notes,
                                      const std::unordered_map<std::string, std::string>& teamOf,
                                      const WeeklyData& data, int fromWeek, int toWeek, double floor)
{
    struct TeamWeek {
        double minutes = 0;
        double handledSeconds = 0;
        qint64 defects = 0;
        qint64 interactions = 0;
    };
    std::map<std::string, std::map<int, TeamWeek>> acc;
    const int priorFrom = addWeeks(fromWeek, -kCoachingWindowWeeks);
    for (const auto& [agent, weeks] : data) {
        const auto t = teamOf.find(agent);
        if (t == teamOf.end())
            continue;
        for (auto it = weeks.lower_bound(priorFrom); it != weeks.end() && it->first <= toWeek; ++it) {
            TeamWeek& tw = acc[t->second][it->first];
            tw.handledSeconds += it->second.sums.handleSeconds;
            tw.defects += it->second.sums.defects;
            tw.interactions += it->second.sums.interactions;
        }
    }
    for (const auto& n : notes) {
        if (!n.coachedOn.isValid() || !n.minutes)
            continue;
        const int w = weekOf(n.coachedOn);
        const auto t = teamOf.find(n.agentId);
        if (w < fromWeek || w > toWeek || t == teamOf.end())
            continue;
        acc[t->second][w].minutes += *n.minutes;
    }
    std::vector<RatioCell> out;
    for (auto& [team, weeks] : acc) {
        for (int w = fromWeek; w <= toWeek; w = addWeeks(w, 1)) {
            const TeamWeek tw = weeks.count(w) ? weeks[w] : TeamWeek{};
            RatioCell c;
            c.team = team;
            c.week = w;
            c.coachingMinutes = tw.minutes;
            c.handledMinutes = tw.handledSeconds / 60.0;
            c.defects = tw.defects;
            c.interactions = tw.interactions;
            if (c.handledMinutes > 0)
                c.ratio = c.coachingMinutes / c.handledMinutes;
            if (tw.interactions > 0)
                c.dpti = 1000.0 * double(tw.defects) / double(tw.interactions);
            qint64 pd = 0, pi = 0;
            for (int p = addWeeks(w, -kCoachingWindowWeeks); p < w; p = addWeeks(p, 1))
                if (auto it = weeks.find(p); it != weeks.end()) {
                    pd += it->second.defects;
                    pi += it->second.interactions;
                }
            if (pi > 0)
                c.priorDpti = 1000.0 * double(pd) / double(pi);
            c.underFloor = c.ratio && *c.ratio < floor;
            c.defectsRecur = c.defects > 0 && c.dpti && c.priorDpti && *c.dpti >= *c.priorDpti;
            c.flagged = c.underFloor && c.defectsRecur;
            if (c.ratio || c.coachingMinutes > 0)
                out.push_back(c);
        }
    }
    return out;
}

std::optional<double> ratioSlope(const std::vector<RatioCell>& cells)
{
    std::vector<std::pair<double, double>> pts;
    for (const auto& c : cells)
        if (c.ratio) {
            const QDate monday = IsoWeek::fromKey(c.week).monday();
            pts.emplace_back(double(QDate(2000, 1, 3).daysTo(monday)) / 7.0, *c.ratio);
        }
    if (pts.size() < 3)
        return std::nullopt;
    double mx = 0, my = 0;
    for (auto [x, y] : pts) {
        mx += x;
        my += y;
    }
    mx /= double(pts.size());
    my /= double(pts.size());
    double sxy = 0, sxx = 0;
    for (auto [x, y] : pts) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    if (!(sxx > 0))
        return std::nullopt;
    return sxy / sxx;
}

std::vector<AttributeProfile> qualityProfile(const std::string& agentId, const std::vector<std::string>& attributes,
                                             const std::unordered_map<std::string, std::string>& teamOf,
                                             const WeeklyData& data, int fromWeek, int toWeek)
{
    const auto t = teamOf.find(agentId);
    const std::string team = t == teamOf.end() ? std::string() : t->second;
    // The first half of the weeks vs the second half (the later half holds the odd week).
    int weeks = 0;
    for (int w = fromWeek; w <= toWeek; w = addWeeks(w, 1))
        ++weeks;
    const int splitWeek = addWeeks(fromWeek, weeks / 2); // first week of the recent half

    std::vector<AttributeProfile> out;
    for (const auto& attr : attributes) {
        AttributeSum agentAll, agentEarly, agentLate, teamAll, teamEarly, teamLate;
        for (const auto& [agent, agentWeeks] : data) {
            const bool self = agent == agentId;
            if (!self) {
                const auto at = teamOf.find(agent);
                if (at == teamOf.end() || at->second != team)
                    continue;
            }
            for (auto it = agentWeeks.lower_bound(fromWeek); it != agentWeeks.end() && it->first <= toWeek; ++it) {
                const auto a = it->second.attributes.find(attr);
                if (a == it->second.attributes.end())
                    continue;
                (self ? agentAll : teamAll) += a->second;
                if (it->first < splitWeek)
                    (self ? agentEarly : teamEarly) += a->second;
                else
                    (self ? agentLate : teamLate) += a->second;
            }
        }
        auto m = [](const AttributeSum& s) {
            return s.n > 0 ? std::optional<double>(s.sum / double(s.n)) : std::nullopt;
        };
        AttributeProfile p;
        p.attribute = attr;
        p.agentMean = m(agentAll);
        p.agentN = agentAll.n;
        p.teamMean = m(teamAll);
        p.teamN = teamAll.n;
        p.agentEarlier = m(agentEarly);
        p.agentRecent = m(agentLate);
        p.teamEarlier = m(teamEarly);
        p.teamRecent = m(teamLate);
        out.push_back(std::move(p));
    }
    // The weakest: the lowest gap to the team (else the lowest mean).
    AttributeProfile* weakest = nullptr;
    for (auto& p : out) {
        if (!p.agentMean)
            continue;
        const double key = p.gap().value_or(*p.agentMean);
        if (!weakest || key < weakest->gap().value_or(*weakest->agentMean))
            weakest = &p;
    }
    if (weakest)
        weakest->weakest = true;
    return out;
}

} // namespace fb::analytics
