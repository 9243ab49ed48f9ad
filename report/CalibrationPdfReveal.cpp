// The reveal table and the agreed scores of the calibration session report:
// one block per interaction (rows: attributes and the total; columns: each
// participant by initials, range, SD, reference, agreed), then every agreed
// score with the note that says why.
#include "CalibrationPdfLayout.h"
#include "common/DateFormat.h"
#include "common/Format.h"

#include <QPainter>

#include <algorithm>

namespace fb::report::calibration {
namespace {

using pdf::P;

constexpr double kPoints = 6.5; // the reveal's type size: room for eight participants and more

// Column heads of the reveal: initials, the anchor's marked with '*'.
QStringList heads(const Context& ctx)
{
    QStringList out = ctx.initials;
    if (const auto a = ctx.data.input.anchor)
        out[int(*a)] += QLatin1Char('*');
    return out;
}

void layoutLegend(pdf::PageFlow& flow, const Context& ctx)
{
    const QFont small = pdf::font(7);
    const QString reference = ctx.data.input.anchor ? Tr::tr("the anchor's score; the anchor's column is marked *")
                                                    : Tr::tr("the median of everyone's scores");
    flow.addText(Tr::tr("One block per interaction. Columns: each participant's score, the range and standard "
                        "deviation (SD) of the scores, the reference (Ref.: %1) and the agreed score. A score beyond "
                        "tolerance of the reference is bold and boxed and carries its signed deviation, e.g. "
                        "\"4 +2\": more than 1 point away on 0-4 attributes, any difference on yes/no (1 = yes, 0 = "
                        "no) and critical attributes, more than 5 points on the total (0-100). An empty score: not "
                        "scored or NA; NA as the agreed score: agreed not applicable.")
                     .arg(reference),
                 small, flow.left(), flow.width());
    if (!ctx.options.initialsOnly) {
        QStringList key;
        for (int p = 0; p < ctx.people.size(); ++p)
            key << Tr::tr("%1 = %2").arg(ctx.initials[p], ctx.people[p]);
        flow.addText(key.join(QStringLiteral("; ")), small, flow.left(), flow.width());
    }
    flow.advance(P(6));
}

// One row of an interaction's block: the attribute, each participant's score
// (beyond tolerance: bold, boxed, with its signed deviation), range, SD,
// reference and the agreed score.
std::vector<pdf::Cell> revealCells(const Context& ctx, const analytics::RevealRow& r)
{
    const bool total = !r.attribute;
    const int decimals = total ? 1 : 2;
    std::vector<pdf::Cell> cells{{total ? Tr::tr("total") : QString::fromStdString(r.attributeName), total}};
    for (const auto& c : r.cells) {
        if (c.beyond && c.score && c.deviation)
            cells.push_back(
                {Tr::tr("%1 %2").arg(number(*c.score, decimals), format::signedNumber(*c.deviation, decimals)), true,
                 true});
        else
            cells.push_back({cellText(c.score, decimals)});
    }
    cells.push_back({r.spread ? number(r.spread->range, decimals) : QString()});
    cells.push_back({r.spread ? cellText(r.spread->sd, decimals) : QString()});
    cells.push_back({cellText(r.reference, decimals)});
    QString agreed = cellText(r.consensus, decimals);
    const auto& interaction = ctx.data.session.units[r.unit].interactionId;
    if (!total)
        if (const auto* a = analytics::agreedScoreOf(ctx.data, interaction, r.attributeName); a && !a->score)
            agreed = Tr::tr("NA");
    cells.push_back({agreed});
    return cells;
}

} // namespace

void layoutReveal(pdf::PageFlow& flow, const Context& ctx)
{
    const auto& d = ctx.data;
    flow.addHeading(Tr::tr("Reveal table"), P(60));
    layoutLegend(flow, ctx);

    // Fixed columns as wide as their content needs; the participants share the
    // rest, and a cell too wide for its share wraps (see pdf::Table::row).
    const QStringList names = heads(ctx);
    const QFont bold = pdf::font(kPoints, true);
    const double pad = P(5);
    double attributeW = flow.textWidth(Tr::tr("Attribute"), bold);
    for (const auto& a : d.input.attributes)
        attributeW = std::max(attributeW, flow.textWidth(QString::fromStdString(a.name), bold));
    attributeW = std::clamp(attributeW + pad, P(40), P(90));
    const QStringList extras{Tr::tr("Range"), Tr::tr("SD"), Tr::tr("Ref."), Tr::tr("Agreed")};
    double extraW = flow.textWidth(QStringLiteral("100.0"), bold);
    for (const auto& h : extras)
        extraW = std::max(extraW, flow.textWidth(h, bold));
    extraW += pad;
    // Few participants: columns no wider than a boxed "4 +2" needs, so scores stay near their labels.
    const double personW = std::min(P(48), (flow.width() - attributeW - 4 * extraW) /
                                               static_cast<double>(std::max<qsizetype>(1, names.size())));
    std::vector<pdf::Column> columns{{attributeW}};
    std::vector<QString> header{Tr::tr("Attribute")};
    for (const auto& n : names) {
        columns.push_back({personW, Qt::AlignRight});
        header.push_back(n);
    }
    for (const auto& h : extras) {
        columns.push_back({extraW, Qt::AlignRight});
        header.push_back(h);
    }

    for (std::size_t u = 0; u < d.session.units.size(); ++u) {
        const auto rows = d.reveal.rowsOf(u);
        int beyond = 0;
        for (const auto* r : rows)
            beyond += r->beyondCount;
        const QString agent = ctx.options.maskAgents ? ctx.agents[int(u)] // already "Agent A"
                                                     : Tr::tr("agent %1").arg(ctx.agents[int(u)]);
        QString title =
            Tr::tr("%1. %2, %3").arg(u + 1).arg(QString::fromStdString(d.session.units[u].interactionId), agent);
        if (beyond > 0)
            title += Tr::tr(" - %n score(s) beyond tolerance", nullptr, static_cast<int>(beyond));
        std::vector<std::vector<pdf::Cell>> block;
        block.reserve(rows.size());
        for (const auto* r : rows)
            block.push_back(revealCells(ctx, *r));
        pdf::Table table(columns, header, kPoints);
        // The block stays on one page when it fits on one; a taller one
        // continues with its title and header repeated.
        double height = table.rowHeight() * 2.3;
        for (const auto& cells : block)
            height += table.measure(flow, cells);
        flow.reserve(height);
        table.begin(flow, title);
        for (std::size_t i = 0; i < block.size(); ++i)
            table.row(flow, block[i], !rows[i]->attribute); // a rule sets the total apart
        flow.advance(P(8));
    }
}

void layoutAgreed(pdf::PageFlow& flow, const Context& ctx)
{
    const auto& d = ctx.data;
    flow.advance(P(4));
    flow.addHeading(Tr::tr("Agreed scores and decision notes"), P(30));
    if (d.agreed.empty()) {
        flow.addText(Tr::tr("No score has been agreed yet."), pdf::font(8), flow.left(), flow.width());
        return;
    }
    const double w = flow.width();
    pdf::Table table(
        {{w * 0.13}, {w * 0.11}, {w * 0.15}, {w * 0.07, Qt::AlignRight}, {w * 0.12}, {w * 0.42, Qt::AlignLeft, true}},
        {Tr::tr("Interaction"), Tr::tr("Agent"), Tr::tr("Attribute"), Tr::tr("Agreed"), Tr::tr("Decided on"),
         Tr::tr("Note: why")});
    table.begin(flow);
    for (const auto& a : d.agreed) {
        QString agent;
        for (std::size_t u = 0; u < d.session.units.size(); ++u)
            if (d.session.units[u].interactionId == a.interactionId)
                agent = ctx.agents[int(u)];
        table.row(flow, {{QString::fromStdString(a.interactionId)},
                         {agent},
                         {QString::fromStdString(a.attribute)},
                         {a.score ? number(*a.score) : Tr::tr("NA")},
                         {format::date(a.decidedOn)},
                         {QString::fromStdString(a.note)}});
    }
}

} // namespace fb::report::calibration
