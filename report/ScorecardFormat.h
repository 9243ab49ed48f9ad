#pragma once

// How scorecard numbers read on screen and on paper (the Scorecards page and
// report/ScorecardPdf): units, n, score bands as shapes (never colour alone),
// small-sample marks and Wilson tooltips.
#include "analytics/Scorecard.h"

#include <QString>

#include <optional>

namespace fb::scorecards {

enum class Band { Good, Watch, Low, NotEnough, NoData };
Band bandOf(const analytics::MetricValue& v);
Band bandOfScore(double score);
QString bandShape(Band b); // ▲ ■ ▼ · (empty for no data)
QString bandName(Band b);  // "on target", ...
// When the 95% Wilson interval of a proportion reaches two bands: the worse
// and the better band of its ends (docs/scorecard.md, "Between bands").
struct BandSpan final {
    Band worse = Band::Low;
    Band better = Band::Good;
    double low = 0; // the interval's ends (values, not scores)
    double high = 0;
};
std::optional<BandSpan> bandSpan(const analytics::MetricDef& def, const analytics::MetricValue& v);
// "▲", or "▼/■" when the interval reaches two bands.
QString cellMark(const analytics::MetricDef& def, const analytics::MetricValue& v);

// "78.4 %", "85.2", "12.3 /1000", "425 s", "3.82 /5"
QString formatValue(analytics::Metric m, double value);
// "78.4 %  ▲ 92", "61.5 %  ▼/■ 43" (between bands), "n=3 < 5" or "—"
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
// How to read a cell, for the column headers' tooltips.
QString cellReading();
// The header of the pulse column on agent rows ("Team pulse") and its tooltip.
QString teamPulseHeader();
QString teamPulseTooltip();

} // namespace fb::scorecards
