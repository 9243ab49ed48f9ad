#include "analytics/ProgramWorth.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::ProgramWorth)
};

// What one unit of the metric's change is, counted over `n` interactions
// (surveys for CSAT): the words and the factor from the per-interaction change.
struct Unit {
    QString more, fewer;  // "more contacts resolved first time", ...
    double perChange = 1; // multiply the change by this and by n
};

Unit unitOf(ProgramMetric m)
{
    switch (m) {
    case ProgramMetric::Fcr:
        return {Tr::tr("more contacts resolved first time"), Tr::tr("fewer contacts resolved first time"), 1};
    case ProgramMetric::Csat:
        return {Tr::tr("more top-2-box surveys"), Tr::tr("fewer top-2-box surveys"), 1};
    case ProgramMetric::Rework:
        return {Tr::tr("more repeat contacts"), Tr::tr("fewer repeat contacts"), 1};
    case ProgramMetric::Escalation:
        return {Tr::tr("more escalations"), Tr::tr("fewer escalations"), 1};
    case ProgramMetric::Dpti:
        return {Tr::tr("more defects"), Tr::tr("fewer defects"), 1.0 / 1000.0};
    case ProgramMetric::Aht:
        return {Tr::tr("agent hours added"), Tr::tr("agent hours saved"), 1.0 / 3600.0};
    }
    return {};
}

} // namespace

QString incompleteNote(int comparisonDays)
{
    return Tr::tr("incomplete: %1 of 14 comparison days").arg(comparisonDays);
}

std::vector<QString> worthNextCycle(const std::vector<AttributionRow>& attribution, const ProgramCells& cells,
                                    QDate cutEnd, int comparisonDays)
{
    if (comparisonDays < 14)
        return {Tr::tr("The comparison is %1, so no value is claimed for the next cycle.")
                    .arg(incompleteNote(comparisonDays))};
    std::vector<QString> out;
    qint64 tested = 0;
    for (const auto& row : attribution) {
        tested += row.p ? 1 : 0;
        if (!row.significant() || !row.did || !row.low || !row.high)
            continue;
        const auto fc = std::find_if(cells.fixes.begin(), cells.fixes.end(),
                                     [&](const FixCells& f) { return f.fix.id == row.fixId; });
        if (fc == cells.fixes.end())
            continue;
        const qint64 days = fc->fix.fixedOn.daysTo(cutEnd);
        if (days <= 0)
            continue;
        // Interactions in scope per day since the fix, over the next 56 days.
        const double n = static_cast<double>(fc->inAfter.n(row.metric)) / static_cast<double>(days) * kProgramDays;
        const Unit u = unitOf(row.metric);
        const double value = *row.did * u.perChange * n;
        const double a = *row.low * u.perChange * n;
        const double b = *row.high * u.perChange * n;
        const auto n0 = [](double v) { return QString::number(std::abs(v), 'f', 0); };
        // An interval that stays on one side reads as "between a and b fewer".
        out.push_back(Tr::tr("Fix #%1 (%2), %3: about %4 %5 in the next eight weeks at the volume its scope had "
                             "since the fix (95% CI %6 to %7).")
                          .arg(row.fixId)
                          .arg(QString::fromStdString(fc->fix.friction), metricLabel(row.metric), n0(value),
                               value < 0 ? u.fewer : u.more, n0(std::min(std::abs(a), std::abs(b))),
                               n0(std::max(std::abs(a), std::abs(b)))));
    }
    if (out.empty())
        out.push_back(Tr::tr("No fix's effect stands after the Holm adjustment over the %1 tests of the "
                             "attribution table, so no value is claimed for the next cycle.")
                          .arg(tested));
    return out;
}

} // namespace fb::analytics
