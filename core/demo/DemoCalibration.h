#pragma once

// Calibration sessions of the demo site: weekly sessions over the last weeks
// of the period, with blind scores from scorers whose bias and noise shrink
// from session to session, so the calibration history visibly converges
// (planted effect 4 in docs/demo-site.md). Written through the calibration
// store's validating functions after the rest of the site is committed.

#include "common/Error.h"
#include "demo/DemoModel.h"

#include <string>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::demo {

struct WeekStats;

namespace effects {
// 4. Calibration converges: a scorer's bias and noise (QA points) move from
// their first-session value towards their last with this time constant in
// sessions: b(i) = last + (first - last) * exp(-i / kCalibrationSessionsToLearn).
inline constexpr double kCalibrationSessionsToLearn = 3.0;
inline constexpr int kCalibrationSessions = 10;      // at most; weeks - 1 on shorter sites
inline constexpr int kCalibrationUnits = 8;          // interactions per session, one per agent
inline constexpr int kCalibrationPool = 600;         // interactions drawn once, shared out to the sessions
inline constexpr double kInteractionQualitySd = 0.8; // an interaction around its agent's level
} // namespace effects

enum class ScorerRole { Lenient, Strict, Noisy, Calibrated, StandIn, Anchor };

struct CalibrationScorer final {
    std::string name;
    ScorerRole role = ScorerRole::Calibrated;
    double biasFirst = 0; // QA points added to the true quality, first session
    double biasLast = 0;  // ... and what it tends to
    double noiseFirst = 0;
    double noiseLast = 0;
};

// Who scores in the demo's sessions: the supervisors of the first four
// teams (lenient, strict, noisy, calibrated; plausible extra names on sites
// with fewer teams), the QA lead (the anchor, the first QA analyst) and the
// second QA analyst, who stands in when the QA lead is away.
std::vector<CalibrationScorer> calibrationRoster(const Site& site);

struct CalibrationDemoSummary final {
    qint64 sessions = 0;
    qint64 agreedUnits = 0; // = official "CAL-..." QA evaluations written
};

// Adds the sessions to a database that holds the site's other rows.
// weekStats[agent * weeks + week].n are the interactions the generator
// wrote, which maps an interaction id (C + serial) back to its agent and week.
Result<CalibrationDemoSummary> addCalibrationSessions(store::Database& db, const Site& site,
                                                      const std::vector<WeekStats>& weekStats);

} // namespace fb::demo
