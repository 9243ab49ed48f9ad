#pragma once

// The records of a calibration session (docs/calibration.md): the session with
// its participants and sampled interactions, the blind scores, the agreed
// scores with their notes, and the summaries the page lists. Values only: the
// store reads and writes them (store/CalibrationStore.h).
#include "domain/Kinds.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fb {

struct CalibrationParticipant final {
    std::string name;
    std::string initials; // empty: made from the name ("Jonas Weber" -> "JW")
};

struct CalibrationUnit final {
    int position = 0; // 1-based order in the session
    std::string interactionId;
    std::string agentId; // filled from interactions on create
};

struct CalibrationSession final {
    std::string id; // letters, digits, '-' and '_'
    QDate heldOn;
    std::string facilitator;
    std::optional<std::string> anchor; // one of the participants
    std::optional<quint64> seed;       // the seed of the random draw, shown so it can be repeated
    int rubricVersion = 0;             // 0: the current version
    std::vector<CalibrationParticipant> participants;
    std::vector<CalibrationUnit> units; // on create only interactionId is read
};

enum class SamplePer { Interaction, Agent, Queue };

struct CalibrationScore final {
    std::string participant;
    std::string interactionId;
    std::string attribute;
    std::optional<double> score; // nullopt = NA (where the rubric allows it)
};

struct Consensus final {
    std::string interactionId;
    std::string attribute;
    std::optional<double> score; // nullopt = NA
    std::string note;            // why; required
    QDate decidedOn;             // invalid: the session's date
};

struct DecisionNote final {
    std::string sessionId;
    QDate heldOn;
    std::string interactionId;
    std::string attribute;
    std::optional<double> score;
    std::string note;
    QDate decidedOn;
};

struct SessionSummary final {
    std::string id;
    QDate heldOn;
    std::string facilitator;
    int participants = 0;
    int units = 0;
    int agreedUnits = 0; // interactions with at least one agreed score
};

struct ScoringProgress final {
    std::string participant;
    qint64 scored = 0;   // scores given (NA counts as given)
    qint64 expected = 0; // units x rubric attributes
};

// A session with the rubric it is scored against: what checking a score needs.
struct ScoringSheet final {
    CalibrationSession session;
    std::map<std::string, RubricAttribute> attributes;
    std::vector<RubricAttribute> ordered;

    [[nodiscard]] bool hasParticipant(const std::string& name) const
    {
        return std::any_of(session.participants.begin(), session.participants.end(),
                           [&](const auto& p) { return p.name == name; });
    }
    [[nodiscard]] const CalibrationUnit* unit(const std::string& interactionId) const
    {
        for (const auto& u : session.units)
            if (u.interactionId == interactionId)
                return &u;
        return nullptr;
    }
};

// Why a score is not acceptable for the attribute (a whole number on its
// scale, NA only where allowed); empty when it is.
QString scoreProblem(const RubricAttribute& a, const std::optional<double>& score);
// A score as written in messages: the number, or NA.
QString scoreText(const std::optional<double>& score);

} // namespace fb
