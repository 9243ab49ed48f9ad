#include "domain/Incentive.h"

#include "common/IsoWeek.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>
#include <set>

namespace fb {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::Incentive)
};

constexpr IncentiveMetric kMetrics[] = {IncentiveMetric::Qa, IncentiveMetric::Csat, IncentiveMetric::Fcr,
                                        IncentiveMetric::Contacts, IncentiveMetric::HandleTime};

// The ISO week a date's week gives to the period: the week of its Thursday.
IsoWeek weekOfThursdayIn(QDate first)
{
    // The first Thursday on or after `first` lies in the period; its week is the period's first.
    const QDate thursday = first.addDays((4 - first.dayOfWeek() + 7) % 7);
    return IsoWeek::ofDate(thursday);
}

} // namespace

std::string incentiveMetricKey(IncentiveMetric m)
{
    switch (m) {
    case IncentiveMetric::Qa:
        return "qa";
    case IncentiveMetric::Csat:
        return "csat";
    case IncentiveMetric::Fcr:
        return "fcr";
    case IncentiveMetric::Contacts:
        return "contacts";
    case IncentiveMetric::HandleTime:
        return "aht";
    }
    return {};
}

std::optional<IncentiveMetric> incentiveMetricFromKey(const std::string& key)
{
    for (IncentiveMetric m : kMetrics)
        if (incentiveMetricKey(m) == key)
            return m;
    return std::nullopt;
}

IncentivePart incentivePartOf(IncentiveMetric m)
{
    return m == IncentiveMetric::Contacts || m == IncentiveMetric::HandleTime ? IncentivePart::Productivity
                                                                              : IncentivePart::Quality;
}

std::string periodKindKey(PeriodKind k)
{
    return k == PeriodKind::Month ? "month" : "quarter";
}

std::optional<PeriodKind> periodKindFromKey(const std::string& key)
{
    if (key == "month")
        return PeriodKind::Month;
    if (key == "quarter")
        return PeriodKind::Quarter;
    return std::nullopt;
}

std::string amountKindKey(AmountKind k)
{
    return k == AmountKind::PerAgent ? "per_agent" : "pool";
}

std::optional<AmountKind> amountKindFromKey(const std::string& key)
{
    if (key == "per_agent")
        return AmountKind::PerAgent;
    if (key == "pool")
        return AmountKind::Pool;
    return std::nullopt;
}

double IncentivePlan::totalWeight() const
{
    double w = 0;
    for (const auto& c : components)
        w += c.weight;
    return w;
}

const IncentiveComponent* IncentivePlan::find(IncentiveMetric m) const
{
    for (const auto& c : components)
        if (c.metric == m)
            return &c;
    return nullptr;
}

Status validate(const IncentivePlan& plan)
{
    const auto bad = [](const char* column, const QString& value, const QString& why) {
        return Error(why, {}, 0, QString::fromLatin1(column), value, true);
    };
    if (plan.name.empty())
        return Error::plain(Tr::tr("the plan needs a name"));
    if (!std::isfinite(plan.amount) || plan.amount < 0)
        return bad("amount", QString::number(plan.amount), Tr::tr("the amount must be a number of at least 0"));
    if (!std::isfinite(plan.gateQaMin) || plan.gateQaMin < 0 || plan.gateQaMin > 100)
        return bad("gate_qa_min", QString::number(plan.gateQaMin),
                   Tr::tr("the gate's QA threshold must lie between 0 and 100 points"));
    if (plan.gateMinEvaluations < 1)
        return bad("gate_min_evaluations", QString::number(plan.gateMinEvaluations),
                   Tr::tr("the gate needs at least 1 evaluation"));
    if (plan.components.empty())
        return Error::plain(Tr::tr("the plan needs at least one component"));
    std::set<IncentiveMetric> seen;
    for (const auto& c : plan.components) {
        const QString key = QString::fromStdString(incentiveMetricKey(c.metric));
        if (!seen.insert(c.metric).second)
            return bad("component", key, Tr::tr("each component may appear once"));
        if (!std::isfinite(c.weight) || c.weight < 0)
            return bad("weight", QString::number(c.weight),
                       Tr::tr("the weight of %1 must be a number of at least 0").arg(key));
        if (!std::isfinite(c.floor) || !std::isfinite(c.target) || c.floor == c.target)
            return bad("target", QString::number(c.target),
                       Tr::tr("the floor and the target of %1 must be numbers that differ").arg(key));
        if (c.minN < 1)
            return bad("min_n", QString::number(c.minN),
                       Tr::tr("the minimum sample of %1 must be at least 1").arg(key));
    }
    if (plan.totalWeight() <= 0)
        return bad("weight", QStringLiteral("0"), Tr::tr("at least one component needs a weight above 0"));
    return {};
}

bool sameRules(const IncentivePlan& a, const IncentivePlan& b)
{
    if (a.name != b.name || a.period != b.period || a.amountKind != b.amountKind || a.amount != b.amount ||
        a.gateQaMin != b.gateQaMin || a.gateMinEvaluations != b.gateMinEvaluations ||
        a.components.size() != b.components.size())
        return false;
    for (size_t i = 0; i < a.components.size(); ++i) {
        const auto& x = a.components[i];
        const auto& y = b.components[i];
        if (x.metric != y.metric || x.weight != y.weight || x.floor != y.floor || x.target != y.target ||
            x.minN != y.minN)
            return false;
    }
    return true;
}

Result<IncentivePeriod> parseIncentivePeriod(const QString& text)
{
    static const QRegularExpression quarter(QStringLiteral("^(\\d{4})-Q([1-4])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    IncentivePeriod p;
    const QString t = text.trimmed();
    if (const auto q = quarter.match(t); q.hasMatch()) {
        const int year = q.captured(1).toInt();
        const int n = q.captured(2).toInt();
        p.kind = PeriodKind::Quarter;
        p.label = QStringLiteral("%1-Q%2").arg(year).arg(n);
        p.first = QDate(year, 3 * (n - 1) + 1, 1);
        p.last = p.first.addMonths(3).addDays(-1);
    } else if (const auto m = month.match(t); m.hasMatch()) {
        p.kind = PeriodKind::Month;
        p.label = t;
        p.first = QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        p.last = p.first.addMonths(1).addDays(-1);
    } else {
        return Error(Tr::tr("a period is a quarter such as 2026-Q3 or a month such as 2026-09"), {}, 0,
                     QStringLiteral("period"), text, true);
    }
    p.fromWeek = weekOfThursdayIn(p.first).key();
    p.toWeek = weekOfThursdayIn(p.last.addDays(1)).next(-1).key();
    return p;
}

} // namespace fb
