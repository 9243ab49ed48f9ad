// Page 1 of the calibration session report: the session, the agreement
// statistics per attribute (alpha with its interval, AC1 on yes/no
#include "common/DateFormat.h"
#include "common/Format.h"
// attributes, the share within tolerance) and each participant's leaning.
#include "CalibrationPdfLayout.h"
#include "analytics/CalibrationText.h"

#include <algorithm>

namespace fb::report::calibration {
namespace {

using analytics::AgreementRow;
using pdf::P;

void layoutHeader(pdf::PageFlow& flow, const Context& ctx)
{
    const auto& s = ctx.data.session;
    const QFont body = pdf::font(8.5);
    flow.addText(Tr::tr("Calibration session %1").arg(QString::fromStdString(s.id)), pdf::font(16, true), flow.left(),
                 flow.width());
    QStringList lines;
    lines << Tr::tr("Held on %1, facilitated by %2; scored against rubric version %3.")
                 .arg(format::date(s.heldOn), QString::fromStdString(s.facilitator))
                 .arg(s.rubricVersion);
    QStringList people;
    for (std::size_t p = 0; p < s.participants.size(); ++p) {
        const QString initials = QString::fromStdString(s.participants[p].initials);
        const QString who =
            ctx.options.initialsOnly ? ctx.people[int(p)] : Tr::tr("%1 (%2)").arg(ctx.people[int(p)], initials);
        people << (ctx.data.input.anchor == p ? Tr::tr("%1, the anchor").arg(who) : who);
    }
    lines << Tr::tr("Participants: %1.").arg(people.join(QStringLiteral("; ")));
    if (const auto a = ctx.data.input.anchor)
        lines << Tr::tr("Anchor: %1; deviations are from the anchor's scores.").arg(ctx.people[int(*a)]);
    else
        lines << Tr::tr("No anchor: deviations from the median of everyone's scores.");
    if (ctx.data.report.reference == analytics::ReferenceKind::Consensus)
        lines << Tr::tr("Within tolerance and leanings on this page compare with the agreed scores, where recorded.");
    lines << (s.seed ? Tr::tr("%1 interactions, drawn at random with seed %2.")
                           .arg(s.units.size())
                           .arg(QString::number(*s.seed))
                     : Tr::tr("%1 interactions, chosen by hand.").arg(s.units.size()));
    for (const auto& line : lines)
        flow.addText(line, body, flow.left(), flow.width());
    flow.advance(P(8));
}

QString alphaText(const AgreementRow& r, const QString& marker)
{
    if (!r.alpha)
        return Tr::tr("undefined %1").arg(marker);
    QString out = format::number(*r.alpha, 2);
    if (r.alphaLow && r.alphaHigh)
        out += Tr::tr(" (%1 to %2)").arg(format::number(*r.alphaLow, 2), format::number(*r.alphaHigh, 2));
    return marker.isEmpty() ? out : out + QLatin1Char(' ') + marker;
}

void layoutStatistics(pdf::PageFlow& flow, const Context& ctx)
{
    flow.addHeading(Tr::tr("Agreement per attribute"), P(30));
    const double w = flow.width();
    pdf::Table table({{w * 0.20},
                      {w * 0.10},
                      {w * 0.24},
                      {w * 0.10, Qt::AlignRight},
                      {w * 0.18, Qt::AlignRight},
                      {w * 0.08, Qt::AlignRight},
                      {w * 0.10, Qt::AlignRight}},
                     {Tr::tr("Attribute"), Tr::tr("Metric"), Tr::tr("Alpha (95% interval)"), Tr::tr("AC1"),
                      Tr::tr("Within tolerance"), Tr::tr("Units"), Tr::tr("Participants")});
    table.begin(flow);
    QStringList notes;
    for (const auto& r : ctx.data.report.rows) {
        QString marker;
        if (!r.undefinedReason.isEmpty()) {
            notes << Tr::tr("(%1) %2: %3")
                         .arg(notes.size() + 1)
                         .arg(analytics::attributeLabel(r.attribute), r.undefinedReason);
            marker = Tr::tr("(%1)").arg(notes.size());
        }
        const bool yesNo = r.metric == analytics::AlphaMetric::Nominal;
        const QString ac1 = r.ac1 ? format::number(*r.ac1, 2) : (yesNo ? Tr::tr("undefined") : QString());
        const QString within =
            r.withinTolerance
                ? Tr::tr("%1% (%2/%3)").arg(number(*r.withinTolerance * 100, 0)).arg(r.within).arg(r.compared)
                : Tr::tr("none compared");
        table.row(flow,
                  {{analytics::attributeLabel(r.attribute)},
                   {QString::fromLatin1(analytics::metricName(r.metric))},
                   {alphaText(r, marker)},
                   {ac1},
                   {within},
                   {QString::number(r.nUnits)},
                   {QString::number(r.nParticipants)}},
                  r.attribute == "total");
    }
    flow.advance(P(4));
    const QFont small = pdf::font(6.5);
    for (const auto& n : notes)
        flow.addText(n, small, flow.left(), flow.width());
    QString method = Tr::tr("Alpha: Krippendorff's alpha over the interactions, interval metric on 0-4 attributes and "
                            "the total, nominal on yes/no ones");
    if (ctx.data.options.resamples > 0)
        method += Tr::tr("; 95% percentile bootstrap interval from %1 resamples, seed %2")
                      .arg(ctx.data.options.resamples)
                      .arg(QString::number(ctx.data.options.seed));
    method += Tr::tr(". AC1: Gwet's AC1 on yes/no attributes, where alpha collapses when nearly everyone gives the "
                     "same answer. Within tolerance: within 1 point of the reference on 0-4 attributes, equal on "
                     "yes/no and critical ones, within 5 points on the total.");
    flow.addText(method, small, flow.left(), flow.width());
    flow.advance(P(10));
}

void layoutLeanings(pdf::PageFlow& flow, const Context& ctx)
{
    const auto& in = ctx.data.input;
    flow.addHeading(Tr::tr("Each participant against the reference"), P(40));
    flow.addText(Tr::tr("Per attribute: the mean absolute deviation from the reference, the leaning in words "
                        "(lenient: above the reference on average; strict: below it; neutral: neither) and the "
                        "mean signed deviation. The anchor is the reference and is left out."),
                 pdf::font(7), flow.left(), flow.width());
    flow.advance(P(3));
    // Up to five attributes side by side; a longer rubric continues in further
    // tables of even size (eight attributes: two tables of four, not five and three).
    constexpr std::size_t kMaxPerTable = 5;
    const std::size_t tables = std::max<std::size_t>(1, (in.attributes.size() + kMaxPerTable - 1) / kMaxPerTable);
    const std::size_t perTable = std::max<std::size_t>(1, (in.attributes.size() + tables - 1) / tables);
    const double w = flow.width();
    for (std::size_t first = 0; first < in.attributes.size(); first += perTable) {
        const std::size_t last = std::min(in.attributes.size(), first + perTable);
        std::vector<pdf::Column> columns{{w * 0.18}};
        std::vector<QString> header{Tr::tr("Participant")};
        for (std::size_t a = first; a < last; ++a) {
            columns.push_back({w * 0.82 / kMaxPerTable});
            header.push_back(QString::fromStdString(in.attributes[a].name));
        }
        pdf::Table table(std::move(columns), std::move(header));
        table.begin(flow);
        for (std::size_t p = 0; p < in.participants.size(); ++p) {
            if (in.anchor == p)
                continue;
            std::vector<pdf::Cell> cells{{ctx.people[int(p)]}};
            for (std::size_t a = first; a < last; ++a) {
                QString cell = Tr::tr("not compared");
                for (const auto& d : ctx.data.report.deviations)
                    if (d.participant == in.participants[p] && d.attribute == in.attributes[a].name && d.meanAbsolute &&
                        d.meanBias)
                        cell = Tr::tr("%1 %2 (%3)")
                                   .arg(format::number(*d.meanAbsolute, 2), analytics::leaningWord(d.leaning),
                                        format::signedNumber(*d.meanBias, 2));
                cells.push_back({cell});
            }
            table.row(flow, cells);
        }
        flow.advance(P(6));
    }
}

} // namespace

void layoutSummary(pdf::PageFlow& flow, const Context& ctx)
{
    layoutHeader(flow, ctx);
    layoutStatistics(flow, ctx);
    layoutLeanings(flow, ctx);
}

} // namespace fb::report::calibration
