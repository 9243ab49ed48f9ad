#pragma once

// Recognition in the store (docs/recognition-and-incentives.md): nominations
// (one transaction each, with the same checks as the window and the CLI),
// the editable behaviour list, what coverage, fixers and the huddle list
// read, and the outcome of a nomination's evidence. All SQL of the feature
// is here.
#include "analytics/Recognition.h"
#include "common/Error.h"
#include "domain/Recognition.h"

#include <QDate>

#include <string>
#include <vector>

namespace fb::store {

class Database;

// Records a nomination: validateRecognition with evidence required, the agent
// and the peer known, the behaviour on the list, a cited interaction or
// evaluation in the data and of the recognised agent. An empty id gets the
// next free "R000001"-style id, which is returned.
Result<std::string> addRecognition(Database& db, Recognition recognition);

// Recognitions given on days [from, to], by given_on then id.
Result<std::vector<Recognition>> loadRecognitions(Database& db, QDate from, QDate to);

// The behaviour list in its order.
Result<std::vector<RecognitionBehavior>> recognitionBehaviors(Database& db);
// Replaces the list: names unique and not empty, each measure empty, a
// scorecard metric key or an attribute of the current rubric. Recognitions
// keep their behaviour's text, so nothing given is lost.
Status setRecognitionBehaviors(Database& db, const std::vector<RecognitionBehavior>& behaviors);

// What coverage, unseen-at-target, fixers and the huddle list of the window
// fromWeek..toWeek (yyyyww) read: agents, their weekly data over the window,
// the scorecard definition, the behaviour list, rubric attribute names, the
// recognitions given up to the window's last day and every feedback ticket.
Result<analytics::RecognitionInput> loadRecognitionInput(Database& db, int fromWeek, int toWeek);

// The outcome of what the nomination cites: FCR and CSAT of the interaction,
// the QA total of the evaluation and its score on the behaviour's attribute.
Result<analytics::EvidenceOutcome> evidenceOutcome(Database& db, const Recognition& recognition);

} // namespace fb::store
