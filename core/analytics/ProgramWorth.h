#pragma once

// "What it is worth next cycle" (docs/friction-to-flow.md): the value of the
// fixes whose attributed effect stands after the Holm adjustment of the
// attribution table, carried over the next eight weeks at the volume the fix's
// scope had since the fix, with the effect's 95% interval carried the same
// way. A fix whose effect does not stand is worth nothing that can be
// claimed; when none stands, or the comparison is incomplete, one sentence says so.
#include "analytics/Attribution.h"
#include "analytics/PrePost.h"

#include <QDate>
#include <QString>

#include <vector>

namespace fb::analytics {

// cutEnd: the first day not in the data (the program end, or the day after
// --today); comparisonDays: days of weeks 7-8 in the data (14 when complete).
std::vector<QString> worthNextCycle(const std::vector<AttributionRow>& attribution, const ProgramCells& cells,
                                    QDate cutEnd, int comparisonDays);

// "incomplete: k of 14 comparison days": the note of every figure of an unfinished program.
QString incompleteNote(int comparisonDays);

} // namespace fb::analytics
