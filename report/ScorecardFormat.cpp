#include "ScorecardFormat.h"

#include "analytics/MetricDecimals.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/IsoWeek.h"

#include <QCoreApplication>

namespace fb::scorecards {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::scorecards)
};

} // namespace

using analytics::Metric;

Band bandOfScore(double score)
{
    if (score >= 80)
        return Band::Good;
    if (score >= 50)
        return Band::Watch;
    return Band::Low;
}

Band bandOf(const analytics::MetricValue& v)
{
    if (!v.value)
        return Band::NoData;
    if (!v.enough)
        return Band::NotEnough;
    return bandOfScore(*v.score);
}

QString bandShape(Band b)
{
    switch (b) {
    case Band::Good:
        return QStringLiteral("▲");
    case Band::Watch:
        return QStringLiteral("■");
    case Band::Low:
        return QStringLiteral("▼");
    case Band::NotEnough:
        return QStringLiteral("·");
    case Band::NoData:
        return {};
    }
    return {};
}

QString bandName(Band b)
{
    switch (b) {
    case Band::Good:
        return Tr::tr("on target (score 80-100)");
    case Band::Watch:
        return Tr::tr("watch (score 50-79)");
    case Band::Low:
        return Tr::tr("below (score under 50)");
    case Band::NotEnough:
        return Tr::tr("not enough data");
    case Band::NoData:
        return Tr::tr("no data");
    }
    return {};
}

std::optional<BandSpan> bandSpan(const analytics::MetricDef& def, const analytics::MetricValue& v)
{
    if (!v.enough || !analytics::isProportion(def.metric))
        return std::nullopt;
    const auto ci = analytics::wilsonInterval(v.numerator, v.denominator);
    if (!ci)
        return std::nullopt;
    // The score is monotonic in the value, so the interval's ends bound the scores it allows.
    const double a = analytics::metricScore(ci->low, def.floor, def.target);
    const double b = analytics::metricScore(ci->high, def.floor, def.target);
    const Band worse = bandOfScore(std::min(a, b)), better = bandOfScore(std::max(a, b));
    if (worse == better)
        return std::nullopt;
    return BandSpan{worse, better, ci->low, ci->high};
}

QString cellMark(const analytics::MetricDef& def, const analytics::MetricValue& v)
{
    if (const auto span = bandSpan(def, v))
        return bandShape(span->worse) + QLatin1Char('/') + bandShape(span->better);
    return bandShape(bandOf(v));
}

QString formatValue(Metric m, double v)
{
    // The decimals come from analytics::valueDecimals, which Excel-mode CSV rounds to as well.
    const int decimals = analytics::valueDecimals(m);
    switch (analytics::metricUnit(m)) {
    case analytics::Unit::Proportion:
        return format::percent(v, decimals - 2);
    case analytics::Unit::Points:
        return format::number(v, decimals);
    case analytics::Unit::PerThousand:
        return format::perThousand(v, decimals);
    case analytics::Unit::Seconds:
        return format::seconds(v);
    case analytics::Unit::PulsePoints:
        return format::outOfFive(v);
    }
    return format::number(v, 2);
}

QString formatCell(const analytics::MetricDef& def, const analytics::MetricValue& v)
{
    if (!v.value)
        return QStringLiteral("—");
    if (!v.enough)
        return Tr::tr("n=%1 < %2").arg(v.n).arg(def.minN);
    return QStringLiteral("%1  %2 %3")
        .arg(formatValue(def.metric, *v.value), cellMark(def, v), QString::number(qRound(*v.score)));
}

QString cellTooltip(const analytics::MetricDef& def, const analytics::MetricValue& v)
{
    QString t = QStringLiteral("<b>%1</b> — %2<br>")
                    .arg(analytics::metricLabel(def.metric).toHtmlEscaped(),
                         analytics::metricDescription(def.metric).toHtmlEscaped());
    if (v.teamValue)
        t += teamPulseTooltip().toHtmlEscaped() + QStringLiteral("<br>");
    if (!v.value)
        return t + Tr::tr("No data in this period.");
    // Below the minimum sample the value is not shown here either: the cell
    // says "not enough data", and a tooltip must not say more than the cell.
    if (!v.enough)
        return t + Tr::tr("<i>Not enough data (n=%1 &lt; %2): left out of the composite.</i>").arg(v.n).arg(def.minN);
    t += Tr::tr("Value %1 (n = %2)").arg(formatValue(def.metric, *v.value)).arg(v.n);
    if (analytics::isProportion(def.metric)) {
        if (const auto ci = analytics::wilsonInterval(v.numerator, v.denominator))
            t += Tr::tr("<br>95% interval %1 (Wilson, %2 of %3)")
                     .arg(format::interval(formatValue(def.metric, ci->low), formatValue(def.metric, ci->high)))
                     .arg(v.numerator)
                     .arg(v.denominator);
    }
    t += Tr::tr("<br>Score %1 of 100 = 100 × clamp((value − %2) / (%3 − %2), 0, 1): %4")
             .arg(format::number(*v.score, 1), formatValue(def.metric, def.floor), formatValue(def.metric, def.target),
                  bandName(bandOf(v)));
    if (const auto span = bandSpan(def, v))
        t += Tr::tr("<br>Between bands: its 95% interval, %1, reaches from %2 %3 to %4 %5.")
                 .arg(format::interval(formatValue(def.metric, span->low), formatValue(def.metric, span->high)),
                      bandShape(span->worse), bandName(span->worse), bandShape(span->better), bandName(span->better));
    if (v.teamValue)
        return t;
    t += Tr::tr("<br>Weight %1, minimum sample %2").arg(def.weight).arg(def.minN);
    return t;
}

QString formatComposite(const analytics::ScoreRow& row)
{
    if (!row.composite)
        return QStringLiteral("—");
    return QStringLiteral("%1 %2").arg(bandShape(bandOfScore(*row.composite)), format::number(*row.composite, 1));
}

QString formatWeights(const analytics::ScoreRow& row)
{
    return Tr::tr("on %1 of %2").arg(row.weightsUsed).arg(row.weightsTotal);
}

QString formatGate(const analytics::ScoreRow& row, double gateMin)
{
    if (!row.gateGreen && row.gateEvaluations > 0)
        return Tr::tr("— not enough data (%1 of %2 evaluations)")
            .arg(row.gateEvaluations)
            .arg(analytics::kGateMinEvaluations);
    if (!row.gateGreen)
        return Tr::tr("— no QA");
    return *row.gateGreen ? Tr::tr("✔ QA ≥ %1").arg(gateMin) : Tr::tr("✖ QA < %1").arg(gateMin);
}

QString smallSampleNote(const analytics::ScorecardDefinition& def, const analytics::ScoreRow& row)
{
    QStringList parts;
    for (size_t i = 0; i < def.metrics.size() && i < row.metrics.size(); ++i) {
        const auto& v = row.metrics[i];
        if (!v.enough && !v.teamValue) // the team's pulse is no part of the row's composite
            parts << Tr::tr("%1 (n=%2 < %3)")
                         .arg(analytics::metricLabel(def.metrics[i].metric))
                         .arg(v.n)
                         .arg(def.metrics[i].minN);
    }
    if (parts.isEmpty())
        return {};
    return Tr::tr("Not enough data: %1. The composite stands on %2 of %3 weights.")
        .arg(parts.join(QStringLiteral(", ")))
        .arg(row.weightsUsed)
        .arg(row.weightsTotal);
}

QString weekItemText(int weekKey)
{
    const IsoWeek w = IsoWeek::fromKey(weekKey);
    return QStringLiteral("%1 · %2 – %3")
        .arg(w.toString(), format::dayMonth(w.monday()), format::dayMonthYear(w.monday().addDays(6)));
}

QString weekRangeText(int fromWeek, int toWeek)
{
    const IsoWeek a = IsoWeek::fromKey(fromWeek), b = IsoWeek::fromKey(toWeek);
    const QString days =
        Tr::tr("%1 – %2").arg(format::dayMonth(a.monday()), format::dayMonthYear(b.monday().addDays(6)));
    if (fromWeek == toWeek)
        return Tr::tr("%1 (%2)").arg(a.toString(), days);
    return Tr::tr("%1 to %2 (%3)").arg(a.toString(), b.toString(), days);
}

QString legendText()
{
    return Tr::tr("Each cell: the value, its band and its score of 100 (“61.5 % ▼ 0”: 61.5 %, below, score 0).   "
                  "▲ on target (score ≥ 80)   ■ watch (50–79)   ▼ below (< 50)   ▼/■ between bands: the 95% interval "
                  "of the value reaches both   n=3 < 5: not enough data, left out of the composite   ◔ row with "
                  "small samples (its composite stands on fewer weights)");
}

QString cellReading()
{
    return Tr::tr("Each cell: the value, its band (▲ on target, ■ watch, ▼ below; ▼/■ when the 95% interval reaches "
                  "two bands) and its score of 100. “61.5 % ▼ 0” is 61.5 %, below the band, score 0.");
}

QString teamPulseHeader()
{
    return Tr::tr("Team pulse");
}

QString teamPulseTooltip()
{
    return Tr::tr("The pulse of the agent's team, the same figure as the team's row: an agent never has the 5 "
                  "answers the pulse needs, so it is no part of the agent's composite.");
}

} // namespace fb::scorecards
