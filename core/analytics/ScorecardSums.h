#pragma once

// The numerators and denominators a scorecard is computed from. Periods,
// teams and the site add these sums; rates are derived only at the end, so a
// period of several weeks or a team of many agents is exact (never an average
// of rates).
#include <QtGlobal>

#include <array>

namespace fb::analytics {

inline constexpr int kPulseDimensions =
    5; // role_clarity, tool_reliability, coaching_usefulness, schedule_fit, fairness

struct Sums final {
    // interaction_rollups
    qint64 interactions = 0;
    double handleSeconds = 0;
    qint64 fcrKnown = 0;
    qint64 fcrResolved = 0;
    qint64 repeatContacts = 0;
    qint64 escalations = 0;
    qint64 defects = 0;
    qint64 csatSurveyed = 0;
    qint64 csatTop2 = 0;
    // QA evaluations (each with a total 0-100)
    qint64 qaEvaluations = 0;
    double qaTotalSum = 0;
    // pulse responses (with at least one dimension answered)
    qint64 pulseResponses = 0;
    qint64 pulseScoreSum = 0;   // sum of all non-empty 1-5 dimension scores
    qint64 pulseScoreCount = 0; // number of non-empty dimension scores
    // per dimension; filled for team pulses only (Happiness and results)
    std::array<qint64, kPulseDimensions> pulseDimSum{};
    std::array<qint64, kPulseDimensions> pulseDimCount{};
    // coaching follow-ups due in the period, and those done on or before their date
    qint64 coachingDue = 0;
    qint64 coachingDone = 0;

    Sums& operator+=(const Sums& o);
    // Only the pulse fields of o (team pulses replace the agents' identified ones).
    void addPulse(const Sums& o);
    void clearPulse();
    [[nodiscard]] bool empty() const;
};

} // namespace fb::analytics
