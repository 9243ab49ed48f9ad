#include "analytics/CalibrationReport.h"

#include "analytics/ScorecardStats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::CalibrationReport)
};

ReliabilityData matrixOf(const CalibrationInput& input, std::size_t a)
{
    ReliabilityData data;
    data.coders = input.participants;
    data.units = input.scores[a];
    return data;
}

void countScored(const ReliabilityData& data, qint64& units, qint64& coders)
{
    std::vector<bool> coderSeen(data.coders.size(), false);
    units = 0;
    for (const auto& row : data.units) {
        bool any = false;
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (row[c]) {
                any = true;
                coderSeen[c] = true;
            }
        }
        if (any)
            ++units;
    }
    coders = static_cast<qint64>(std::count(coderSeen.begin(), coderSeen.end(), true));
}

// groupOf: the interaction of each unit, for the overall row (empty: every unit its own).
void fillAlpha(AgreementRow& row, const ReliabilityData& data, const CalibrationReportOptions& options,
               const std::vector<std::size_t>& groupOf = {})
{
    auto alpha = krippendorffAlpha(data, row.metric);
    if (!alpha) {
        row.undefinedReason = alpha.error().reason;
        return;
    }
    row.alpha = alpha->alpha;
    if (options.resamples <= 0)
        return;
    auto interval = groupOf.empty() ? bootstrapAlpha(data, row.metric, options.resamples, options.seed)
                                    : bootstrapAlphaByGroup(data, groupOf, row.metric, options.resamples, options.seed);
    if (interval) {
        row.alphaLow = interval->low;
        row.alphaHigh = interval->high;
    } else {
        row.undefinedReason = Tr::tr("no bootstrap interval: %1").arg(interval.error().reason);
    }
}

std::vector<RubricAttribute> rubricOf(const CalibrationInput& input)
{
    std::vector<RubricAttribute> rubric;
    for (const auto& a : input.attributes) {
        RubricAttribute r;
        r.name = a.name;
        r.yesNo = a.yesNo;
        r.critical = a.critical;
        r.weight = a.weight;
        rubric.push_back(std::move(r));
    }
    return rubric;
}

template <typename ScoreOf>
Cell totalOf(const CalibrationInput& input, const std::vector<RubricAttribute>& rubric, ScoreOf&& scoreOf)
{
    std::vector<AttributeScore> scores;
    for (std::size_t a = 0; a < input.attributes.size(); ++a)
        if (const Cell c = scoreOf(a))
            scores.emplace_back(input.attributes[a].name, static_cast<int>(std::lround(*c)));
    return qaTotal(rubric, scores);
}

} // namespace

ReliabilityData participantTotals(const CalibrationInput& input)
{
    const auto rubric = rubricOf(input);
    ReliabilityData totals;
    totals.coders = input.participants;
    for (std::size_t u = 0; u < input.units.size(); ++u) {
        std::vector<Cell> row;
        for (std::size_t p = 0; p < input.participants.size(); ++p)
            row.push_back(totalOf(input, rubric, [&](std::size_t a) { return input.scores[a][u][p]; }));
        totals.units.push_back(std::move(row));
    }
    return totals;
}

std::vector<Cell> consensusTotals(const CalibrationInput& input)
{
    std::vector<Cell> out(input.units.size());
    if (input.consensus.empty())
        return out;
    const auto rubric = rubricOf(input);
    for (std::size_t u = 0; u < input.units.size(); ++u)
        out[u] = totalOf(input, rubric, [&](std::size_t a) { return input.consensus[a][u]; });
    return out;
}

Status validate(const CalibrationInput& input)
{
    if (input.anchor && *input.anchor >= input.participants.size())
        return Error::plain(Tr::tr("the anchor is not one of the participants"));
    if (input.scores.size() != input.attributes.size())
        return Error::plain(Tr::tr("scores are given for %1 attributes, the rubric has %2")
                                .arg(input.scores.size())
                                .arg(input.attributes.size()));
    if (!input.consensus.empty() && input.consensus.size() != input.attributes.size())
        return Error::plain(Tr::tr("consensus is given for %1 attributes, the rubric has %2")
                                .arg(input.consensus.size())
                                .arg(input.attributes.size()));
    for (std::size_t a = 0; a < input.scores.size(); ++a) {
        if (input.scores[a].size() != input.units.size())
            return Error::plain(Tr::tr("attribute %1 has %2 units, the session has %3")
                                    .arg(QString::fromStdString(input.attributes[a].name))
                                    .arg(input.scores[a].size())
                                    .arg(input.units.size()));
        for (const auto& row : input.scores[a])
            if (row.size() != input.participants.size())
                return Error::plain(Tr::tr("a unit of attribute %1 has %2 scores, the session has %3 participants")
                                        .arg(QString::fromStdString(input.attributes[a].name))
                                        .arg(row.size())
                                        .arg(input.participants.size()));
        if (!input.consensus.empty() && input.consensus[a].size() != input.units.size())
            return Error::plain(Tr::tr("the consensus of attribute %1 has %2 units, the session has %3")
                                    .arg(QString::fromStdString(input.attributes[a].name))
                                    .arg(input.consensus[a].size())
                                    .arg(input.units.size()));
    }
    return {};
}

double toleranceOf(const CalibrationAttribute& attribute)
{
    return attribute.yesNo || attribute.critical ? 0.0 : 1.0;
}

const char* referenceKindName(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Anchor:
        return "anchor";
    case ReferenceKind::Consensus:
        return "consensus";
    case ReferenceKind::Median:
        break;
    }
    return "median";
}

Result<Reference> attributeReference(const CalibrationInput& input, ReferenceKind kind, std::size_t attribute)
{
    const ReliabilityData data = matrixOf(input, attribute);
    switch (kind) {
    case ReferenceKind::Anchor:
        return referenceFor(data, input.anchor);
    case ReferenceKind::Consensus:
        if (attribute >= input.consensus.size())
            return Error::plain(Tr::tr("the session has no consensus to compare with"));
        return consensusReference(data, input.consensus[attribute]);
    case ReferenceKind::Median:
        break;
    }
    return referenceFor(data);
}

Result<std::vector<DeviationScore>> deviationScores(const CalibrationInput& input, ReferenceKind kind,
                                                    std::size_t attribute, std::size_t participant)
{
    if (auto v = validate(input); !v)
        return v.error();
    if (attribute >= input.attributes.size() || participant >= input.participants.size())
        return Error::plain(Tr::tr("no such attribute or participant in the session"));
    auto reference = attributeReference(input, kind, attribute);
    if (!reference)
        return reference.error();
    // The same deviations coderDeviations averages, so the rows add up to its figure.
    auto deviations = deviationsFrom(matrixOf(input, attribute), reference.value());
    if (!deviations)
        return deviations.error();
    std::vector<DeviationScore> out;
    for (std::size_t u = 0; u < input.units.size(); ++u) {
        const Cell d = deviations.value()[u][participant];
        if (!d)
            continue;
        out.push_back({u, *input.scores[attribute][u][participant], *reference->values[u], *d});
    }
    return out;
}

Result<CalibrationReport> calibrationReport(const CalibrationInput& input, const CalibrationReportOptions& options)
{
    if (auto v = validate(input); !v)
        return v.error();
    CalibrationReport report;
    if (input.anchor) {
        report.reference = ReferenceKind::Anchor;
    } else {
        for (const auto& perAttribute : input.consensus)
            for (const auto& c : perAttribute)
                if (c)
                    report.reference = ReferenceKind::Consensus;
    }

    ReliabilityData overall;
    overall.coders = input.participants;
    std::vector<std::size_t> overallInteraction; // the interaction of each overall unit
    AgreementRow total;
    total.attribute = "overall";
    total.metric = AlphaMetric::Interval;

    for (std::size_t a = 0; a < input.attributes.size(); ++a) {
        const CalibrationAttribute& attr = input.attributes[a];
        const ReliabilityData data = matrixOf(input, a);
        AgreementRow row;
        row.attribute = attr.name;
        row.metric = attr.yesNo ? AlphaMetric::Nominal : AlphaMetric::Interval;
        countScored(data, row.nUnits, row.nParticipants);
        fillAlpha(row, data, options);
        if (attr.yesNo) {
            if (auto ac1 = gwetAc1(data, {0.0, 1.0})) {
                row.ac1 = ac1->ac1;
                row.percentAgreement = ac1->percentAgreement;
            }
        }

        Result<Reference> reference = attributeReference(input, report.reference, a);
        if (!reference)
            return reference.error();
        auto share = withinTolerance(data, reference.value(), toleranceOf(attr));
        if (!share)
            return share.error();
        row.within = share->within;
        row.compared = share->total;
        row.withinTolerance = share->share;
        total.within += share->within;
        total.compared += share->total;

        auto coders = coderDeviations(data, reference.value());
        if (!coders)
            return coders.error();
        for (const auto& cd : coders.value()) {
            ParticipantAttributeDeviation d;
            d.participant = cd.coder;
            d.attribute = attr.name;
            d.compared = cd.compared;
            d.meanAbsolute = cd.meanAbsolute;
            d.meanBias = cd.meanBias;
            d.leaning = cd.meanBias ? leaningOf(*cd.meanBias) : Leaning::Neutral;
            report.deviations.push_back(std::move(d));
        }

        const double scaleMax = attr.yesNo ? 1.0 : 4.0;
        for (std::size_t u = 0; u < data.units.size(); ++u) {
            const auto& unit = data.units[u];
            overallInteraction.push_back(u);
            std::vector<Cell> scaled;
            scaled.reserve(unit.size());
            for (const auto& c : unit)
                scaled.push_back(c ? Cell{*c / scaleMax} : Cell{});
            overall.units.push_back(std::move(scaled));
        }
        report.rows.push_back(std::move(row));
    }

    // The QA total of each participant's scores of each interaction.
    {
        const ReliabilityData totals = participantTotals(input);
        const std::vector<Cell> agreedTotals = consensusTotals(input);
        AgreementRow row;
        row.attribute = "total";
        row.metric = AlphaMetric::Interval;
        countScored(totals, row.nUnits, row.nParticipants);
        fillAlpha(row, totals, options);
        Result<Reference> reference = report.reference == ReferenceKind::Anchor ? referenceFor(totals, input.anchor)
                                      : report.reference == ReferenceKind::Consensus
                                          ? consensusReference(totals, agreedTotals)
                                          : referenceFor(totals);
        if (!reference)
            return reference.error();
        auto share = withinTolerance(totals, reference.value(), kTotalTolerance);
        if (!share)
            return share.error();
        row.within = share->within;
        row.compared = share->total;
        row.withinTolerance = share->share;
        report.rows.push_back(std::move(row));
    }

    // Units of the overall row are interactions (scored on any attribute).
    {
        std::vector<bool> coderSeen(input.participants.size(), false);
        for (std::size_t u = 0; u < input.units.size(); ++u) {
            bool any = false;
            for (std::size_t a = 0; a < input.attributes.size(); ++a)
                for (std::size_t p = 0; p < input.participants.size(); ++p)
                    if (input.scores[a][u][p]) {
                        any = true;
                        coderSeen[p] = true;
                    }
            if (any)
                ++total.nUnits;
        }
        total.nParticipants = static_cast<qint64>(std::count(coderSeen.begin(), coderSeen.end(), true));
    }
    // An interaction's attribute pairs are resampled together (docs/calibration.md).
    fillAlpha(total, overall, options, overallInteraction);
    if (total.compared > 0)
        total.withinTolerance = static_cast<double>(total.within) / static_cast<double>(total.compared);
    report.rows.push_back(std::move(total));
    return report;
}

} // namespace fb::analytics
