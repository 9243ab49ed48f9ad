#pragma once

#include "analytics/ScorecardDefinition.h"

namespace fb::analytics {

// The decimals of a metric's value (a proportion as such, 0.784) that screens
// and PDFs show ("78.4 %": 3); "Excel on this computer" CSV rounds to the same,
// so a spreadsheet shows what the Scorecards page shows.
int valueDecimals(Metric m);

} // namespace fb::analytics
