#pragma once

// The rows of the evaluation and coaching note lists and the history line of
// a record, as pure functions (tests/ui/tst_recordrows.cpp).
#include "store/RecordStore.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fb::ui {

// When, evaluation, agent, team, evaluator, interaction, total, result, edits.
QStringList evaluationHeaders();
std::vector<QStringList> evaluationRows(const store::EvaluationList& list);
// Coached on, note, agent, team, coach, behaviour, target metric, follow-up, edits.
QStringList noteHeaders();
std::vector<QStringList> noteRows(const store::NoteList& list);
// "Showing 500 of 1,234 evaluations" / "12 evaluations" / "No evaluations match the filters."
QString evaluationCountText(const store::EvaluationList& list);
QString noteCountText(const store::NoteList& list);
// "Edited 2 times — last by Sara Lindqvist on 2026-03-04 14:05", or "Never edited."
QString historyLine(const std::vector<store::HistoryEntry>& history);
// The choices of the version box: "Current version", then "Before edit 1 (by …, …)" …
QStringList versionChoices(const std::vector<store::HistoryEntry>& history);

} // namespace fb::ui
