#pragma once

#include "analytics/Scorecard.h"
#include "pages/ContactsRequest.h"

#include <optional>

namespace fb::ui::scorecards {

// The contacts a scorecard cell was computed from: the row's agent (or
// team), the card's weeks, and for CSAT the surveyed contacts, for FCR those
// with a known resolution, for the per-contact metrics (defects per
// thousand, rework, handle time, escalation) and the Interactions column all
// of them; n is the cell's own n. Nothing for the site row, for a column
// that is not a figure, and for metrics whose n counts something other than
// contacts (QA evaluations, pulse responses, coaching follow-ups).
std::optional<ContactsRequest> contactsBehind(const analytics::Scorecard& card, size_t row, int column);

} // namespace fb::ui::scorecards
