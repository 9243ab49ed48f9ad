#pragma once

// How scorecard numbers read on screen and on paper (the Scorecards page and
// report/ScorecardPdf): units, n, score bands as shapes (never colour alone),
// small-sample marks and Wilson tooltips.
#include "analytics/Scorecard.h"

#include <QString>

namespace fb::scorecards {

enum class Band { Good, Watch, Low, NotEnough, NoData };
Band bandOf(const analytics::MetricValue& v);
Band bandOfScore(double score);
QString bandShape(Band b); // ▲ ■ ▼ · (empty for no data)
QString bandName(Band b);  // "on target", ...

// "78.4 %", "85.2", "12.3 /1000", "425 s", "3.82 /5"
QString formatValue(analytics::Metric m, double value);
// "78.4 %  ▲ 92", "n=3 < 5" or "—"
QString formatCell(const analytics::MetricDef& def, const analytics::MetricValue& v);
QString cellTooltip(const analytics::MetricDef& def, const analytics::MetricValue& v);
QString formatComposite(const analytics::ScoreRow& row);
QString formatWeights(const analytics::ScoreRow& row);
QString formatGate(const analytics::ScoreRow& row, double gateMin);
// "not enough data: CSAT (n=3 < 5), Pulse (n=2 < 5)" or empty
QString smallSampleNote(const analytics::ScorecardDefinition& def, const analytics::ScoreRow& row);
QString weekRangeText(int fromWeek, int toWeek);
// A week as the week picker lists it: "2026-W43 · 19 Oct – 25 Oct 2026".
QString weekItemText(int weekKey);
QString legendText();

} // namespace fb::scorecards
