#pragma once

#include "analytics/ProgramReport.h"
#include "pages/ContactsRequest.h"

#include <optional>

namespace fb::ui {

// The contacts behind a cell of the program comparison (weeks 7-8 against
// weeks 1-2): the program's teams, the side's days (weeks 7-8 end at the
// report's cut, as the comparison does), and the contacts the metric's n
// counts: FCR, rework and escalation those where it is known, CSAT the
// surveyed ones, defects and handle time all. Columns 1 and 3 are weeks
// 1-2, 2 and 4 weeks 7-8; nothing for the other columns.
std::optional<ContactsRequest> programContactsBehind(const analytics::ProgramReport& r, int row, int column);

} // namespace fb::ui
