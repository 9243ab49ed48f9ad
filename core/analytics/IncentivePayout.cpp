#include "analytics/IncentivePayout.h"

#include "analytics/Scorecard.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace fb::analytics {
namespace {

constexpr const char* kContext = "fb::analytics::IncentivePayout";

// Words of the explanation: translated on screen, English in files (CSV, CLI).
QString words(const char* text, const format::Style& s)
{
    return s.translated ? QCoreApplication::translate(kContext, text) : QString::fromUtf8(text);
}

QString componentText(const ComponentResult& c, const IncentiveComponent& def, const format::Style& s)
{
    QString what;
    switch (c.metric) {
    case IncentiveMetric::Qa:
        what = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "QA %1 (%2 evaluations)"), s)
                   .arg(c.value ? format::number(*c.value, 1, s) : QStringLiteral("-"), format::count(c.n, s));
        break;
    case IncentiveMetric::Csat:
        what = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "CSAT %1 (%2 surveys)"), s)
                   .arg(c.value ? format::percent(*c.value, 1, s) : QStringLiteral("-"), format::count(c.n, s));
        break;
    case IncentiveMetric::Fcr:
        what = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "FCR %1 (%2 contacts)"), s)
                   .arg(c.value ? format::percent(*c.value, 1, s) : QStringLiteral("-"), format::count(c.n, s));
        break;
    case IncentiveMetric::Contacts:
        what = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "contacts %1"), s).arg(format::count(c.n, s));
        break;
    case IncentiveMetric::HandleTime:
        what = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "handle time %1 (%2 contacts)"), s)
                   .arg(c.value ? format::seconds(*c.value, s) : QStringLiteral("-"), format::count(c.n, s));
        break;
    }
    if (!c.enough)
        what += QLatin1Char(' ') +
                words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "is not enough data (at least %1 needed)"), s)
                    .arg(format::count(def.minN, s));
    return QStringLiteral("%1 → %2 × %3").arg(what, format::number(c.score, 2, s), format::compact(c.weight, 3, s));
}

} // namespace

ComponentResult measureComponent(const IncentiveComponent& c, const Sums& s)
{
    ComponentResult r;
    r.metric = c.metric;
    r.part = incentivePartOf(c.metric);
    r.weight = c.weight;
    const auto ratio = [&r](double num, qint64 den) {
        r.n = den;
        if (den > 0)
            r.value = num / static_cast<double>(den);
    };
    switch (c.metric) {
    case IncentiveMetric::Qa:
        ratio(s.qaTotalSum, s.qaEvaluations);
        break;
    case IncentiveMetric::Csat:
        ratio(static_cast<double>(s.csatTop2), s.csatSurveyed);
        break;
    case IncentiveMetric::Fcr:
        ratio(static_cast<double>(s.fcrResolved), s.fcrKnown);
        break;
    case IncentiveMetric::Contacts:
        r.n = s.interactions;
        r.value = static_cast<double>(s.interactions);
        break;
    case IncentiveMetric::HandleTime:
        ratio(s.handleSeconds, s.interactions);
        break;
    }
    r.enough = r.value.has_value() && r.n >= c.minN;
    r.score = r.enough ? metricScore(*r.value, c.floor, c.target) / 100.0 : 0.0;
    return r;
}

std::vector<AgentPayout> computePayouts(const IncentivePlan& plan, const std::vector<IncentiveAgent>& agents)
{
    std::vector<AgentPayout> out;
    out.reserve(agents.size());
    const double total = plan.totalWeight();
    double scoreSum = 0;
    for (const IncentiveAgent& a : agents) {
        AgentPayout p;
        p.agent = a;
        p.gateEvaluations = a.sums.qaEvaluations;
        if (a.sums.qaEvaluations > 0)
            p.qaMean = a.sums.qaTotalSum / static_cast<double>(a.sums.qaEvaluations);
        p.gateGreen = p.gateEvaluations >= plan.gateMinEvaluations && p.qaMean && *p.qaMean >= plan.gateQaMin;
        double quality = 0, qualityWeight = 0, productivity = 0, productivityWeight = 0;
        for (const IncentiveComponent& c : plan.components) {
            ComponentResult r = measureComponent(c, a.sums);
            r.counted = r.part == IncentivePart::Quality || p.gateGreen;
            if (r.part == IncentivePart::Quality) {
                quality += c.weight * r.score;
                qualityWeight += c.weight;
            } else {
                productivity += c.weight * r.score;
                productivityWeight += c.weight;
            }
            p.components.push_back(r);
        }
        p.qualityScore = qualityWeight > 0 ? quality / qualityWeight : 0.0;
        if (productivityWeight > 0)
            p.productivityScore = productivity / productivityWeight;
        p.score = total > 0 ? (quality + (p.gateGreen ? productivity : 0.0)) / total : 0.0;
        scoreSum += p.score;
        out.push_back(std::move(p));
    }
    for (AgentPayout& p : out)
        p.payout = plan.amountKind == AmountKind::PerAgent ? plan.amount * p.score
                   : scoreSum > 0                          ? plan.amount * p.score / scoreSum
                                                           : 0.0;
    return out;
}

QString explainPayout(const IncentivePlan& plan, const AgentPayout& p, const format::Style& s)
{
    QStringList quality, productivity;
    for (size_t i = 0; i < p.components.size() && i < plan.components.size(); ++i)
        (p.components[i].part == IncentivePart::Quality ? quality : productivity)
            << componentText(p.components[i], plan.components[i], s);
    QStringList parts;
    if (!quality.isEmpty())
        parts << quality.join(QStringLiteral("; "));
    QString gate;
    if (p.gateGreen)
        gate =
            words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "Gate green (QA %1 ≥ %2 over %3 evaluations)"), s)
                .arg(format::number(*p.qaMean, 1, s), format::compact(plan.gateQaMin, 2, s),
                     format::count(p.gateEvaluations, s));
    else if (p.gateEvaluations < plan.gateMinEvaluations)
        gate = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout",
                                       "Gate red (%1 evaluations, fewer than the %2 the gate needs)"),
                     s)
                   .arg(format::count(p.gateEvaluations, s), format::count(plan.gateMinEvaluations, s));
    else
        gate = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "Gate red (QA %1 < %2)"), s)
                   .arg(format::number(*p.qaMean, 1, s), format::compact(plan.gateQaMin, 2, s));
    if (!productivity.isEmpty()) {
        const QString volume = productivity.join(QStringLiteral("; "));
        parts << (p.gateGreen
                      ? words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "%1, so the volume part counts: %2"),
                              s)
                            .arg(gate, volume)
                      : words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout",
                                                "%1, so the volume part does not count (%2)"),
                              s)
                            .arg(gate, volume));
    } else {
        parts << gate;
    }
    const QString score = words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "Score %1 of 1"), s)
                              .arg(format::number(p.score, 3, s));
    const QString pay =
        plan.amountKind == AmountKind::PerAgent
            ? words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "%1 × %2 = %3"), s)
                  .arg(format::number(p.score, 3, s), format::number(plan.amount, 2, s), format::number(p.payout, 2, s))
            : words(QT_TRANSLATE_NOOP("fb::analytics::IncentivePayout", "its share of the pool of %1 = %2"), s)
                  .arg(format::number(plan.amount, 2, s), format::number(p.payout, 2, s));
    parts << QStringLiteral("%1 → %2").arg(score, pay);
    return parts.join(QStringLiteral(". ")) + QLatin1Char('.');
}

} // namespace fb::analytics
