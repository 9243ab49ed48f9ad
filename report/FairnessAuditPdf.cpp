#include "FairnessAuditPdf.h"

#include "PdfParts.h"
#include "common/Format.h"

#include <QCoreApplication>
#include <QPainter>

#include <memory>

namespace fb::report {
namespace {

using pdf::P;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::report::FairnessAuditPdf)
};

QString optionalPercent(const std::optional<double>& v)
{
    return v ? format::signedNumber(*v * 100, 1) + QStringLiteral(" pp") : QStringLiteral("—");
}

void layoutHeader(pdf::PageFlow& flow, const FairnessAuditReport& r)
{
    const QString plan = QString::fromStdString(r.plan.name);
    flow.addText(Tr::tr("Fairness audit: %1, %2").arg(plan, r.period), pdf::font(14, true), flow.left(), flow.width());
    flow.advance(P(4));
    const QString amount = r.plan.amountKind == AmountKind::PerAgent
                               ? Tr::tr("%1 per agent at a full score").arg(format::number(r.plan.amount, 2))
                               : Tr::tr("a pool of %1 shared by score").arg(format::number(r.plan.amount, 2));
    flow.addText(Tr::tr("Plan version audited: %1 (published %2), %3. Quality gate: green when the mean QA total of "
                        "the period is at least %4 over at least %5 evaluations; the productivity components count "
                        "only behind a green gate.")
                     .arg(r.plan.version)
                     .arg(r.plan.createdAt, amount, format::compact(r.plan.gateQaMin, 2),
                          format::count(r.plan.gateMinEvaluations)),
                 pdf::font(8), flow.left(), flow.width());
    flow.advance(P(3));
    const double threshold = r.audits.empty() ? analytics::kAuditDefaultThreshold : r.audits.front().threshold;
    flow.addText(Tr::tr("How to read it: each group's gate pass rate is compared with that of every other agent "
                        "(difference in percentage points, pp) by Fisher's exact test, two-sided; p Holm adjusts "
                        "for the groups tested in the table. Quality and productivity are the mean scores (0 to 1). A "
                        "group is flagged when the gap is at least %1 pp and "
                        "p Holm is below 0.05. Groups of fewer than %2 agents are not reported on their own.")
                     .arg(format::compact(threshold * 100, 1))
                     .arg(analytics::kAuditMinGroup),
                 pdf::font(8), flow.left(), flow.width());
    flow.advance(P(8));
}

void layoutAudit(pdf::PageFlow& flow, const analytics::FairnessAudit& a)
{
    const double w = flow.width();
    pdf::Table table({{w * 0.20},
                      {w * 0.07, Qt::AlignRight},
                      {w * 0.10, Qt::AlignRight},
                      {w * 0.13, Qt::AlignRight},
                      {w * 0.09, Qt::AlignRight},
                      {w * 0.08, Qt::AlignRight},
                      {w * 0.10, Qt::AlignRight},
                      {w * 0.07, Qt::AlignRight},
                      {w * 0.07, Qt::AlignRight},
                      {w * 0.09}},
                     {Tr::tr("Group"), Tr::tr("Agents"), Tr::tr("Mean payout"), Tr::tr("Gate passed"),
                      Tr::tr("vs rest"), Tr::tr("Quality"), Tr::tr("Productivity"), Tr::tr("p"), Tr::tr("p Holm"),
                      Tr::tr("Flag")},
                     8);
    flow.reserve(table.rowHeight() * 4);
    table.begin(flow, Tr::tr("By %1 (%2, %3)")
                          .arg(auditByLabel(a.by).toLower(), Tr::tr("%Ln agent(s)", nullptr, int(a.agents)),
                               Tr::tr("%Ln passed the gate", nullptr, int(a.passed))));
    for (const analytics::AuditRow& r : a.rows) {
        const QString group = r.pooled ? Tr::tr("%n groups under 5 agents, together (not tested)", "", r.pooledGroups)
                                       : QString::fromStdString(r.group);
        table.row(flow, {{group, r.flag},
                         {format::count(r.agents)},
                         {format::number(r.payoutMean, 2)},
                         {Tr::tr("%1 (%2 of %3)")
                              .arg(format::percent(r.passRate, 0), format::count(r.passed), format::count(r.agents))},
                         {optionalPercent(r.differenceVsRest)},
                         {format::number(r.qualityMean, 2)},
                         {r.productivityMean ? format::number(*r.productivityMean, 2) : QStringLiteral("—")},
                         {r.p ? format::significant(*r.p, 2) : QStringLiteral("—")},
                         {r.pHolm ? format::significant(*r.pHolm, 2) : QStringLiteral("—")},
                         {r.flag ? Tr::tr("flagged") : QString(), r.flag, r.flag}});
    }
    if (a.smallGroupsLeftOut > 0)
        flow.addText(Tr::tr("%n group(s) of fewer than 5 agents (%1 together) not reported.", "", a.smallGroupsLeftOut)
                         .arg(Tr::tr("%Ln agent(s)", nullptr, int(a.smallAgentsLeftOut))),
                     pdf::font(7), flow.left(), flow.width());
    flow.advance(P(10));
}

std::unique_ptr<pdf::PageFlow> layout(const QPaintDevice& metrics, const FairnessAuditReport& r)
{
    const QRectF body(P(40), P(36), P(pdf::kA4WidthPt - 80), P(pdf::kA4HeightPt - 36 - 44));
    auto flow = std::make_unique<pdf::PageFlow>(metrics, body);
    layoutHeader(*flow, r);
    for (const auto& a : r.audits)
        layoutAudit(*flow, a);
    const int pages = flow->pageCount();
    for (int i = 0; i < pages; ++i) {
        const QRectF rect(body.left(), P(pdf::kA4HeightPt - 30), body.width(), P(10));
        const QString footer = Tr::tr("Floorboard - fairness audit of %1 v%2, %3 - page %4 of %5")
                                   .arg(QString::fromStdString(r.plan.name))
                                   .arg(r.plan.version)
                                   .arg(r.period)
                                   .arg(i + 1)
                                   .arg(pages);
        flow->addTo(i, [=](QPainter& p) {
            p.setFont(pdf::font(6.5));
            p.drawText(rect, Qt::AlignCenter, footer);
        });
    }
    return flow;
}

} // namespace

QString auditByLabel(analytics::AuditBy by)
{
    switch (by) {
    case analytics::AuditBy::Team:
        return Tr::tr("Team");
    case analytics::AuditBy::Shift:
        return Tr::tr("Shift");
    case analytics::AuditBy::Site:
        return Tr::tr("Site");
    case analytics::AuditBy::Tenure:
        return Tr::tr("Tenure band");
    case analytics::AuditBy::Supervisor:
        return Tr::tr("Supervisor");
    }
    return {};
}

Status writeFairnessAuditPdf(const FairnessAuditReport& report, const QString& path)
{
    return pdf::writeFlowPdf(
        path, Tr::tr("Fairness audit: %1, %2").arg(QString::fromStdString(report.plan.name), report.period),
        [&](const QPaintDevice& writer) { return layout(writer, report); });
}

int fairnessAuditPageCount(const FairnessAuditReport& report)
{
    const pdf::Metrics metrics;
    return layout(metrics.writer, report)->pageCount();
}

QImage renderFairnessAuditPage(const FairnessAuditReport& report, int page)
{
    const pdf::Metrics metrics;
    const auto flow = layout(metrics.writer, report);
    if (page < 0 || page >= flow->pageCount())
        return {};
    return pdf::renderA4([&](QPainter& p) { flow->paint(p, page); });
}

} // namespace fb::report
