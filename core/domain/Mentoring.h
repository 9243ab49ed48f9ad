#pragma once

// Peer mentoring records (docs/mentoring.md): a pair puts a mentor who is
// strong in one behaviour beside a mentee who is weak in it; sessions log
// what they practised. The mentoring_pairs and mentoring_sessions CSV kinds
// (docs/csv-formats.md) hold the same fields.
#include "common/Error.h"

#include <QDate>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace fb {

inline constexpr int kMentoringDefaultWeeks = 6;    // planned end: 6 weeks after the start
inline constexpr int kMentoringDefaultCapacity = 2; // mentees one mentor takes at once

struct MentoringPair final {
    std::string pairId; // "P0001"; empty until stored
    std::string menteeId;
    std::string mentorId;
    std::string behavior; // a target metric key: csat, fcr, ... or a rubric attribute
    QDate startedOn;
    QDate plannedEnd;
    QDate endedOn;       // null while active
    std::string outcome; // met, not_met, stopped; empty while active

    [[nodiscard]] bool active() const { return outcome.empty(); }
    // Ended without success: a new pair of the same two in the same behaviour is forbidden.
    [[nodiscard]] bool failed() const { return outcome == "not_met" || outcome == "stopped"; }
};

struct MentoringSession final {
    std::string sessionId; // "S0001"; empty until stored
    std::string pairId;
    QDate heldOn;
    double minutes = 0;
    std::string practised;
    std::string nextStep;
};

// The planned end of a pair started on that day: 6 weeks later.
inline QDate defaultPlannedEnd(QDate start)
{
    return start.addDays(qint64(7) * kMentoringDefaultWeeks);
}

// met, not_met, stopped.
const std::vector<std::string>& mentoringOutcomes();

// Ok, or what makes the pair impossible, naming the field:
// "mentor_id: the mentor and the mentee are the same agent (A001)".
Status validatePair(const MentoringPair& pair);
// Ok, or what is wrong with the session ("minutes: must be more than 0").
Status validateSession(const MentoringSession& session);

} // namespace fb
