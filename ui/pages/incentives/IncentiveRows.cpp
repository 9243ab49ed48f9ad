#include "pages/incentives/IncentiveRows.h"

#include "common/Format.h"

namespace fb::ui {
namespace {

QString gate(bool green)
{
    return green ? IncentiveRows::tr("green") : IncentiveRows::tr("red");
}

// Shares are shown as percent, seconds with their unit, counts and points as numbers.
QString componentValue(IncentiveMetric m, double v)
{
    switch (m) {
    case IncentiveMetric::Csat:
    case IncentiveMetric::Fcr:
        return format::percent(v, 0);
    case IncentiveMetric::HandleTime:
        return format::seconds(v);
    case IncentiveMetric::Contacts:
        return format::count(static_cast<qint64>(v));
    case IncentiveMetric::Qa:
        return format::compact(v, 1);
    }
    return {};
}

} // namespace

QString IncentiveRows::componentLabel(IncentiveMetric m)
{
    switch (m) {
    case IncentiveMetric::Qa:
        return tr("QA total (points)");
    case IncentiveMetric::Csat:
        return tr("CSAT (share 4-5)");
    case IncentiveMetric::Fcr:
        return tr("First-contact resolution");
    case IncentiveMetric::Contacts:
        return tr("Contacts handled");
    case IncentiveMetric::HandleTime:
        return tr("Average handle time");
    }
    return {};
}

QStringList IncentiveRows::planHeaders()
{
    return {tr("Component"), tr("Part"), tr("Weight"), tr("Floor (0)"), tr("Target (1)"), tr("Minimum n")};
}

std::vector<QStringList> IncentiveRows::plan(const IncentivePlan& plan)
{
    std::vector<QStringList> rows;
    for (const IncentiveComponent& c : plan.components)
        rows.push_back({componentLabel(c.metric),
                        incentivePartOf(c.metric) == IncentivePart::Quality ? tr("quality: always counts")
                                                                            : tr("productivity: behind the gate"),
                        format::percent(c.weight / plan.totalWeight(), 0), componentValue(c.metric, c.floor),
                        componentValue(c.metric, c.target), format::count(c.minN)});
    return rows;
}

QString IncentiveRows::gateText(const IncentivePlan& plan)
{
    const QString amount = plan.amountKind == AmountKind::PerAgent
                               ? tr("%1 per agent at a full score").arg(format::number(plan.amount, 2))
                               : tr("a pool of %1 shared by score").arg(format::number(plan.amount, 2));
    return tr("Version %1, per %2, %3. Quality gate: green when the mean QA total of the period is at least %4 over "
              "at least %5 evaluations; the productivity components count only behind a green gate.")
        .arg(plan.version)
        .arg(plan.period == PeriodKind::Quarter ? tr("quarter") : tr("month"), amount,
             format::compact(plan.gateQaMin, 2), format::count(plan.gateMinEvaluations));
}

QStringList IncentiveRows::versionHeaders()
{
    return {tr("Version"), tr("Published"), tr("Gate"), tr("Components"), tr("Note")};
}

std::vector<QStringList> IncentiveRows::versions(const std::vector<IncentivePlan>& versions)
{
    std::vector<QStringList> rows;
    for (auto it = versions.rbegin(); it != versions.rend(); ++it) {
        QStringList parts;
        for (const auto& c : it->components)
            parts << tr("%1 %2").arg(QString::fromStdString(incentiveMetricKey(c.metric)),
                                     format::compact(c.weight, 3));
        rows.push_back({QString::number(it->version), it->createdAt,
                        tr("QA ≥ %1 over ≥ %2").arg(format::compact(it->gateQaMin, 2)).arg(it->gateMinEvaluations),
                        parts.join(QStringLiteral(", ")), it->note});
    }
    return rows;
}

QStringList IncentiveRows::payoutHeaders()
{
    return {tr("Agent"),   tr("Team"),         tr("Gate"),   tr("QA (n)"),
            tr("Quality"), tr("Productivity"), tr("Payout"), tr("Explanation")};
}

std::vector<QStringList> IncentiveRows::payouts(const IncentivePlan& plan,
                                                const std::vector<analytics::AgentPayout>& rows)
{
    std::vector<QStringList> out;
    out.reserve(rows.size());
    for (const auto& p : rows)
        out.push_back({QString::fromStdString(p.agent.name), QString::fromStdString(p.agent.team), gate(p.gateGreen),
                       format::meanWithN(p.qaMean, p.gateEvaluations, 1), format::number(p.qualityScore, 2),
                       p.productivityScore ? format::number(*p.productivityScore, 2) : QStringLiteral("—"),
                       format::number(p.payout, 2), analytics::explainPayout(plan, p)});
    return out;
}

QString IncentiveRows::workedExamples(const IncentivePlan& plan, const std::vector<analytics::WorkedExample>& examples)
{
    if (examples.empty())
        return tr("No worked examples: no agent has data in this period.");
    QStringList paragraphs;
    for (const auto& e : examples) {
        QString title;
        switch (e.kind) {
        case analytics::WorkedExample::Kind::GateRed:
            title = tr("Gate red, volume locked");
            break;
        case analytics::WorkedExample::Kind::GreenBelowTarget:
            title = tr("Gate green, below a full score");
            break;
        case analytics::WorkedExample::Kind::GreenBest:
            title = tr("Gate green, the highest score");
            break;
        }
        paragraphs << tr("<b>%1</b> (%2): %3")
                          .arg(title.toHtmlEscaped(), QString::fromStdString(e.payout.agent.name).toHtmlEscaped(),
                               analytics::explainPayout(plan, e.payout).toHtmlEscaped());
    }
    return paragraphs.join(QStringLiteral("<br><br>"));
}

QStringList IncentiveRows::whatIfHeaders()
{
    return {tr("Agent"), tr("Team"), tr("Payout now"), tr("Payout with the change"), tr("Change"), tr("Gate")};
}

std::vector<QStringList> IncentiveRows::whatIf(const std::vector<analytics::WhatIfRow>& rows)
{
    std::vector<QStringList> out;
    out.reserve(rows.size());
    for (const auto& r : rows)
        out.push_back({QString::fromStdString(r.name), QString::fromStdString(r.team), format::number(r.before, 2),
                       format::number(r.after, 2), format::signedNumber(r.change(), 2),
                       r.gateBefore == r.gateAfter ? gate(r.gateAfter)
                                                   : tr("%1 → %2").arg(gate(r.gateBefore), gate(r.gateAfter))});
    return out;
}

QString IncentiveRows::whatIfSummary(const std::vector<analytics::WhatIfRow>& rows)
{
    int gain = 0, lose = 0;
    double gained = 0, lost = 0;
    for (const auto& r : rows) {
        // Cents: a change below half a cent is no change for the agent.
        if (r.change() >= 0.005) {
            ++gain;
            gained += r.change();
        } else if (r.change() <= -0.005) {
            ++lose;
            lost += r.change();
        }
    }
    // One message per count, so each verb agrees with its own number ("1 agent gains", "2 lose").
    const int unchanged = static_cast<int>(rows.size()) - gain - lose;
    return tr("%1, %2, %3, of %4.")
        .arg(tr("%Ln agent(s) gain (%1 in all)", nullptr, gain).arg(format::signedNumber(gained, 2)),
             tr("%Ln lose(s) (%1)", nullptr, lose).arg(format::signedNumber(lost, 2)),
             tr("%Ln unchanged", nullptr, unchanged), format::count(qint64(rows.size())));
}

QStringList IncentiveRows::auditHeaders()
{
    return {tr("Group"),   tr("Agents"),       tr("Mean payout"), tr("Gate passed"), tr("vs rest"),
            tr("Quality"), tr("Productivity"), tr("p"),           tr("p Holm"),      tr("Flag")};
}

std::vector<QStringList> IncentiveRows::audit(const analytics::FairnessAudit& audit)
{
    std::vector<QStringList> out;
    for (const auto& r : audit.rows) {
        const QString group = r.pooled
                                  ? tr("%n group(s) under 5 agents, together (not tested)", nullptr, r.pooledGroups)
                                  : QString::fromStdString(r.group);
        out.push_back(
            {group, format::count(r.agents), format::number(r.payoutMean, 2),
             tr("%1 (%2 of %3)").arg(format::percent(r.passRate, 0), format::count(r.passed), format::count(r.agents)),
             r.differenceVsRest ? tr("%1 pp").arg(format::signedNumber(*r.differenceVsRest * 100, 1))
                                : QStringLiteral("—"),
             format::number(r.qualityMean, 2),
             r.productivityMean ? format::number(*r.productivityMean, 2) : QStringLiteral("—"),
             r.p ? format::significant(*r.p, 2) : QStringLiteral("—"),
             r.pHolm ? format::significant(*r.pHolm, 2) : QStringLiteral("—"), r.flag ? tr("flagged") : QString()});
    }
    return out;
}

} // namespace fb::ui
