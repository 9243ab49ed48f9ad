#pragma once

// Recognition records (docs/recognition-and-incentives.md): a nomination of
// one agent for one behaviour, given by a peer or a lead, with the evidence
// it rests on. The recognitions CSV kind (docs/csv-formats.md) holds the same
// fields; the behaviour list (recognition_behaviors) ties each behaviour to a
// rubric attribute or a scorecard metric so the evidence and the coverage can
// be measured.
#include "common/Error.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb {

// A peer is an agent (from_agent names them); a lead is named by from_name.
inline constexpr const char* kRecognitionRoles[] = {"peer", "lead"};

struct Recognition final {
    std::string id; // "R000001"; empty until stored (the next free id is given)
    QDate givenOn;
    std::string toAgent;
    std::string behavior;  // a name from the behaviour list, or free text from an old file
    std::string fromName;  // who gave it, as people read it
    std::string fromRole;  // peer, lead, or empty (files before the role existed)
    std::string fromAgent; // the peer's agent id; empty for a lead
    std::string outcome;   // what it led to, in words
    bool isPublic = true;  // private ones are shown to the lead only
    // Evidence: an interaction, an evaluation, or a sentence (any of them).
    std::string interactionId;
    std::string evaluationId;
    std::string evidence;

    [[nodiscard]] bool hasEvidence() const
    {
        return !interactionId.empty() || !evaluationId.empty() || !evidence.empty();
    }
};

// One entry of the editable behaviour list: its name and what measures it, a
// rubric attribute ("empathy") or a scorecard metric key ("fcr"); empty when
// nothing measures it (it is then never "at target").
struct RecognitionBehavior final {
    std::string name;
    std::string measure;
};

// The list a new store starts with, tied to the default rubric and scorecard.
const std::vector<RecognitionBehavior>& defaultRecognitionBehaviors();

// Ok, or what is wrong, naming the field: "to_agent: the agent is missing",
// "from_agent: a peer cannot recognise themselves (A0001)", "evidence: ...".
// A new nomination (requireEvidence) needs a role, a giver and some evidence;
// an imported row does not (old files have neither).
Status validateRecognition(const Recognition& r, bool requireEvidence);

} // namespace fb
