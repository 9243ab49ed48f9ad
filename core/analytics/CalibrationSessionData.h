#pragma once

// Everything the session report of one calibration session shows, gathered
// once (store::loadSessionReportData) so the PDF, the session CSV files and
// the window draw the same numbers. Plain data: no store types, no SQL.
// See docs/calibration.md, "Session report".
#include "analytics/CalibrationReport.h"
#include "analytics/CalibrationReveal.h"

#include <QDate>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

struct SessionParticipant final {
    std::string name;
    std::string initials;
};

struct SessionUnit final {
    std::string interactionId;
    std::string agentId;
};

// An agreed (consensus) score with its decision note.
struct AgreedScore final {
    std::string interactionId;
    std::string attribute;
    std::optional<double> score; // nullopt = agreed NA
    std::string note;
    QDate decidedOn;
};

struct CalibrationSessionInfo final {
    std::string id;
    QDate heldOn;
    std::string facilitator;
    std::optional<std::string> anchor; // a participant's name
    std::optional<quint64> seed;       // seed of the random draw; nullopt = chosen by hand
    int rubricVersion = 0;
    std::vector<SessionParticipant> participants; // the order of CalibrationInput::participants
    std::vector<SessionUnit> units;               // the order of CalibrationInput::units
};

struct CalibrationSessionReportData final {
    CalibrationSessionInfo session;
    CalibrationReportOptions options; // the bootstrap's resamples and seed
    CalibrationInput input;
    CalibrationReport report;
    Reveal reveal;
    std::vector<AgreedScore> agreed; // in unit and rubric order
};

// How people appear in a report that leaves the room.
struct SessionLabelOptions final {
    bool maskAgents = false;   // "Agent A", "Agent B", ... in unit order of first appearance
    bool initialsOnly = false; // participants by their initials
};

// One label per unit: its agent id, or with maskAgents a letter per distinct
// agent ("Agent A" ... "Agent Z", "Agent AA" ...), the same agent keeping its letter.
std::vector<std::string> agentLabels(const CalibrationSessionInfo& session, bool maskAgents);
// One label per participant: the name, or with initialsOnly the initials,
// numbered where two participants share them ("JW", "JW2") so columns stay apart.
std::vector<std::string> participantLabels(const CalibrationSessionInfo& session, bool initialsOnly);
// Index of a participant by name; nullopt when not one of the session's.
std::optional<std::size_t> participantIndex(const CalibrationSessionInfo& session, const std::string& name);
// The agreed score of an interaction's attribute, or nullptr when none was agreed.
const AgreedScore* agreedScoreOf(const CalibrationSessionReportData& data, const std::string& interactionId,
                                 const std::string& attribute);

} // namespace fb::analytics
