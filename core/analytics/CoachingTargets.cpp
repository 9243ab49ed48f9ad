// The target metric of a coaching note: what it measures, its value over a
// span of an agent's weeks, its points on the common ruler, and the baseline
// and follow-up windows around the note's week.
#include "analytics/CalibrationText.h"
#include "analytics/Coaching.h"
#include "analytics/CoachingShared.h"
#include "analytics/Scorecard.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

using coaching::addWeeks;
using coaching::weekOf;

// The Tr::tr() of this file; its strings stay under the context they had
// before Coaching.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Coaching)
};

} // namespace

std::string TargetMetric::key() const
{
    return isAttribute ? attribute : metricKey(metric);
}

QString TargetMetric::label() const
{
    return isAttribute ? attributeLabel(attribute) : metricLabel(metric);
}

QString TargetMetric::unitText() const
{
    if (isAttribute)
        return Tr::tr("score 0-4");
    switch (metricUnit(metric)) {
    case Unit::Proportion:
        return Tr::tr("%"); // shown and typed in percent; stored as a share 0-1
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
    // An attribute is one part of a QA evaluation: it needs the evaluations
    // the scorecard needs for QA, no fewer.
    const MetricDef* d = defaultDefinition().find(m.isAttribute ? Metric::Qa : m.metric);
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

} // namespace fb::analytics
