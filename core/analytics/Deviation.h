#pragma once

// Descriptive helpers for the calibration reveal table: spread per unit,
// deviation from a reference (anchor, consensus or per-unit median), share of
// scores within tolerance, and each coder's mean absolute deviation and bias.
#include "analytics/Agreement.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace fb::analytics {

struct Spread final {
    qint64 count = 0; // scores present
    double min = 0;
    double max = 0;
    double range = 0; // max - min
    double mean = 0;
    double median = 0;
    std::optional<double> sd; // sample standard deviation (n - 1); needs two scores
};

// Spread of one unit's scores; nullopt when nobody scored it.
std::optional<Spread> spreadOf(std::span<const Cell> scores);

// Median of the scores present (mean of the two middle ones for an even count).
std::optional<double> medianOf(std::span<const Cell> scores);

// What each unit's scores are compared with. anchorCoder, when set, names the
// column the reference came from; that coder is left out of deviations, shares
// and per-coder statistics (its deviation is zero by construction).
struct Reference final {
    std::vector<Cell> values; // one per unit; nullopt = no reference for that unit
    std::optional<std::size_t> anchorCoder;
};

// The anchor coder's scores; without an anchor, the per-unit median of all scores.
Result<Reference> referenceFor(const ReliabilityData& data, std::optional<std::size_t> anchorCoder = std::nullopt);
// An agreed (consensus) score per unit.
Result<Reference> consensusReference(const ReliabilityData& data, std::vector<Cell> consensus);

// deviations[u][c] = score - reference; nullopt where either is missing and
// for the anchor's own column.
Result<std::vector<std::vector<Cell>>> deviationsFrom(const ReliabilityData& data, const Reference& reference);

struct ToleranceShare final {
    qint64 within = 0;           // scores with |score - reference| <= tolerance
    qint64 total = 0;            // scores compared
    std::optional<double> share; // within / total; nullopt when nothing was compared
};

// Tolerance 0 for yes/no and critical attributes (any disagreement counts),
// 1 for a 0-4 attribute, 5 for the total (see the defaults).
Result<ToleranceShare> withinTolerance(const ReliabilityData& data, const Reference& reference, double tolerance);

enum class Leaning { Lenient, Strict, Neutral };

struct CoderDeviation final {
    std::string coder;
    qint64 compared = 0;                // scores compared with the reference
    std::optional<double> meanAbsolute; // mean |score - reference|
    std::optional<double> meanBias;     // mean (score - reference): > 0 lenient, < 0 strict
};

// One entry per coder except the anchor, in the order of data.coders.
Result<std::vector<CoderDeviation>> coderDeviations(const ReliabilityData& data, const Reference& reference);

// Lenient when bias > threshold, strict when bias < -threshold, else neutral.
Leaning leaningOf(double bias, double threshold = 0.0);
const char* leaningName(Leaning leaning); // "lenient", "strict", "neutral"

} // namespace fb::analytics
