#pragma once

// Agreement of one calibration session: per rubric attribute and overall,
// Krippendorff's alpha with a bootstrap interval, the share of scores within
// tolerance of the reference, and each participant's deviation and leaning.
// Pure computation; CalibrationStore loads the input. See docs/calibration.md.
#include "analytics/Agreement.h"
#include "analytics/Deviation.h"
#include "common/Error.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

struct CalibrationAttribute final {
    std::string name;
    bool yesNo = false;    // yes/no scale (0/1): nominal alpha, tolerance 0
    bool critical = false; // tolerance 0
    double weight = 0;     // rubric weight, for the total
    bool naAllowed = true; // NA is a valid score (entry forms)
};

// Everything the report reads. scores[a][u][p] is participant p's score of
// unit (interaction) u on attribute a; nullopt = not scored or NA.
struct CalibrationInput final {
    std::vector<std::string> units;        // interaction ids, in session order
    std::vector<std::string> participants; // coders, anchor included
    std::optional<std::size_t> anchor;     // index into participants
    std::vector<CalibrationAttribute> attributes;
    std::vector<std::vector<std::vector<Cell>>> scores;
    std::vector<std::vector<Cell>> consensus; // consensus[a][u]; may be empty
};

// Checks the shape of the input (every matrix units x participants).
Status validate(const CalibrationInput& input);

// Tolerance of an attribute: 0 on yes/no or critical attributes, 1 on 0-4.
double toleranceOf(const CalibrationAttribute& attribute);
constexpr double kTotalTolerance = 5.0; // points of the 0-100 total

enum class ReferenceKind { Anchor, Consensus, Median };
const char* referenceKindName(ReferenceKind kind); // "anchor", "consensus", "median"

struct AgreementRow final {
    std::string attribute; // rubric attribute, or "overall"
    AlphaMetric metric = AlphaMetric::Interval;
    std::optional<double> alpha; // nullopt when undefined; see reason
    std::optional<double> alphaLow;
    std::optional<double> alphaHigh;
    QString undefinedReason; // why alpha is undefined; empty when defined
    // Gwet's AC1 on yes/no attributes (alpha collapses when nearly everyone
    // answers the same); nullopt on scale attributes or when undefined.
    std::optional<double> ac1;
    std::optional<double> percentAgreement; // AC1's p_a
    std::optional<double> withinTolerance;  // within / compared
    qint64 within = 0;
    qint64 compared = 0;
    qint64 nUnits = 0;        // units with at least one score
    qint64 nParticipants = 0; // participants with at least one score
};

struct ParticipantAttributeDeviation final {
    std::string participant;
    std::string attribute;
    qint64 compared = 0;
    std::optional<double> meanAbsolute;
    std::optional<double> meanBias; // > 0 lenient, < 0 strict
    Leaning leaning = Leaning::Neutral;
};

struct CalibrationReport final {
    ReferenceKind reference = ReferenceKind::Median;
    std::vector<AgreementRow> rows;                        // one per attribute, then "overall"
    std::vector<ParticipantAttributeDeviation> deviations; // per attribute, per participant (anchor left out)
};

struct CalibrationReportOptions final {
    int resamples = kDefaultResamples; // 0: no bootstrap interval (history charts)
    quint64 seed = kDefaultSeed;
};

// Reference per attribute: the anchor's scores when the session has an
// anchor; else the consensus where the attribute has any; else the per-unit
// median. The "total" row compares each participant's QA total (qaTotal: 0-100
// over the attributes they scored) per interaction, interval metric,
// tolerance 5 points. The overall row stacks every (unit, attribute) pair as one unit with
// scores divided by the scale maximum (4, or 1 on yes/no), interval metric.
Result<CalibrationReport> calibrationReport(const CalibrationInput& input,
                                            const CalibrationReportOptions& options = {});

// What attribute `attribute`'s scores are compared with, as calibrationReport
// compares them (the anchor, the consensus or the per-unit median).
Result<Reference> attributeReference(const CalibrationInput& input, ReferenceKind kind, std::size_t attribute);

// One score behind a participant's deviation: the interaction, the score, the
// reference it was compared with and the difference.
struct DeviationScore final {
    std::size_t unit = 0; // index into input.units
    double score = 0;
    double reference = 0;
    double deviation = 0; // score - reference
};
// The scores a participant's deviation on one attribute was computed from, in
// unit order: as many as its ParticipantAttributeDeviation::compared, with
// mean |deviation| = meanAbsolute. Empty for the anchor.
Result<std::vector<DeviationScore>> deviationScores(const CalibrationInput& input, ReferenceKind kind,
                                                    std::size_t attribute, std::size_t participant);

// Each participant's QA total (0-100, qaTotal over the attributes they
// scored) per unit: totals[u][p]. consensusTotals[u] from the consensus.
ReliabilityData participantTotals(const CalibrationInput& input);
std::vector<Cell> consensusTotals(const CalibrationInput& input);

} // namespace fb::analytics
