#pragma once

// Low-score triggers (docs/mentoring.md, "Where are customers hurt most, and
// by whom?"): where CSAT detractor contacts (1-2 of 5) and failed QA
// evaluations concentrate, by contact reason, queue and rubric attribute, per
// team and per agent, against the team's base rate. Pure computation;
// core/store/MentoringStore.h reads the contacts and evaluations.
#include "analytics/ScorecardStats.h"
#include "domain/Kinds.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr qint64 kTriggerMinN = 5; // fewer contacts or evaluations in a cell: "not enough data"

// One contact with a CSAT answer in the window.
struct SurveyedContact final {
    std::string agentId;
    std::string reason; // contact_reason; empty when none
    std::string queue;  // empty when none
    int csat = 0;       // 1-5
};

// One QA evaluation of the window, with the reason and queue of its interaction when linked.
struct EvaluatedContact final {
    std::string agentId;
    std::string reason;
    std::string queue;
    int rubricVersion = 0;
    std::vector<AttributeScore> scores;
};

struct TriggerInput final {
    std::map<std::string, std::string> teamOf; // agent_id -> team
    std::vector<SurveyedContact> contacts;
    std::vector<EvaluatedContact> evaluations;
    std::map<int, std::vector<RubricAttribute>> rubrics; // by version
    double gateQaMin = 80;                               // an evaluation fails below the quality gate
};

struct TriggerRow final {
    std::string team;
    std::string agentId;   // empty: the whole team
    std::string source;    // "csat" (detractor contacts) or "qa" (failed evaluations)
    std::string dimension; // "reason", "queue", "attribute" (scored low), or "all"
    std::string value;     // the reason, queue or attribute; empty for "all"
    qint64 events = 0;     // detractors / failed evaluations in the cell
    qint64 n = 0;          // surveyed contacts / evaluations in the cell
    qint64 baseEvents = 0; // the team's, over all its contacts or evaluations
    qint64 baseN = 0;
    std::optional<double> lift; // (events / n) / (baseEvents / baseN); none below kTriggerMinN
    std::string behavior;       // what it suggests mentoring: csat, qa or the attribute
    [[nodiscard]] double rate() const { return n > 0 ? double(events) / double(n) : 0.0; }
    [[nodiscard]] double baseRate() const { return baseN > 0 ? double(baseEvents) / double(baseN) : 0.0; }
};

// A score is low when below half its scale (0 or 1 of 4, 0 on yes/no).
bool lowScore(int score, const RubricAttribute& attribute);

// Cells with at least one event; per team (teams in name order): measured
// cells by lift (highest first), then events, then those without enough
// data; team-wide cells before the agents' for equal lift.
std::vector<TriggerRow> lowScoreTriggers(const TriggerInput& in, const std::string& team = {});

} // namespace fb::analytics
