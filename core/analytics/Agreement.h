#pragma once

// Agreement statistics for calibration sessions: Krippendorff's alpha (with a
// seeded bootstrap interval) and Gwet's AC1 on a units x coders reliability
// matrix with missing values. Formulas and worked examples: docs/calibration.md.
#include "common/Error.h"

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fb::analytics {

// One score, or nothing when the coder did not score the unit.
using Cell = std::optional<double>;

// Reliability data: units[u][c] is coder c's score of unit u. Every unit row
// has exactly coders.size() cells.
struct ReliabilityData final {
    std::vector<std::string> coders;
    std::vector<std::vector<Cell>> units;
};

// Checks the shape (every row as wide as coders) and that scores are finite.
Status validate(const ReliabilityData& data);

// Level of measurement: decides the difference function delta^2(c, k).
enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

// "nominal", "ordinal", "interval", "ratio".
const char* metricName(AlphaMetric metric);
std::optional<AlphaMetric> parseMetric(std::string_view name);

struct AlphaResult final {
    double alpha = 0;
    double observedDisagreement = 0; // D_o
    double expectedDisagreement = 0; // D_e
    qint64 pairableValues = 0;       // n: values in units with at least two values
    qint64 unitsUsed = 0;            // units with at least two values
    qint64 distinctValues = 0;       // distinct values among the pairable ones
};

// Krippendorff's alpha by the coincidence-matrix method (Krippendorff 2011).
// Values in units with fewer than two scores are not pairable and ignored.
// Undefined alpha is an error, never a number: no unit with two scores, or a
// single value throughout the pairable scores (D_e = 0). Ratio needs scores >= 0.
Result<AlphaResult> krippendorffAlpha(const ReliabilityData& data, AlphaMetric metric);

constexpr int kDefaultResamples = 1000;
constexpr quint64 kDefaultSeed = 20240601;

struct BootstrapInterval final {
    double low = 0;
    double high = 0;
    double level = 0.95;
    int resamples = 0; // requested
    int undefined = 0; // resamples skipped because alpha was undefined in them
};

// Percentile bootstrap interval for alpha: draws the units having at least
// two scores with replacement (as many as there are), `resamples` times, with
// a SplitMix64 stream seeded by `seed` (identical results on every platform),
// and takes the (1-level)/2 and (1+level)/2 quantiles (linear interpolation
// between order statistics) of the defined resampled alphas.
Result<BootstrapInterval> bootstrapAlpha(const ReliabilityData& data, AlphaMetric metric,
                                         int resamples = kDefaultResamples, quint64 seed = kDefaultSeed,
                                         double level = 0.95);
// The same, drawing whole groups of units: groupOf[u] names the group of
// data.units[u] (the interaction an (interaction, attribute) unit belongs to).
// Units of one group are not independent — one interaction's attributes are
// scored by the same people in the same listen — so they are drawn together:
// as many groups as have a pairable unit, with replacement, each bringing all
// its pairable units. With every unit its own group this is bootstrapAlpha,
// draw for draw.
Result<BootstrapInterval> bootstrapAlphaByGroup(const ReliabilityData& data, const std::vector<std::size_t>& groupOf,
                                                AlphaMetric metric, int resamples = kDefaultResamples,
                                                quint64 seed = kDefaultSeed, double level = 0.95);

struct Ac1Result final {
    double ac1 = 0;
    double percentAgreement = 0; // p_a
    double chanceAgreement = 0;  // p_e
    qint64 unitsRated = 0;       // units with at least one score (n)
    qint64 unitsPaired = 0;      // units with at least two scores
    int categories = 0;          // q
};

// Gwet's AC1 (Gwet 2008; Gwet 2014, as in the irrCAC R package's
// gwet.ac1.raw, unweighted) for nominal or yes/no scores with any number of
// coders and missing scores. `categories` lists the possible values (e.g. {0, 1}
// for yes/no); empty means the values that occur. Needs q >= 2 categories and
// one unit with two scores.
Result<Ac1Result> gwetAc1(const ReliabilityData& data, const std::vector<double>& categories = {});

// Deterministic 64-bit generator (SplitMix64, Steele, Lea & Flood 2014).
class SplitMix64 final {
public:
    explicit SplitMix64(quint64 seed) : m_state(seed) {}
    quint64 next();
    // Uniform integer in [0, bound), bound > 0, without modulo bias.
    quint64 below(quint64 bound);

private:
    quint64 m_state;
};

} // namespace fb::analytics
