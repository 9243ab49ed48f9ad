#pragma once

// The history of the demo's feedback tickets (docs/demo-site.md): who raised
// each ticket, the agents who raised it again (+1s, a long tail: most tickets
// one or two agents, a few many, the planted billing fix the most), who
// decided it and when, and who fixed it. The tickets come from the feedback
// kind; what the CSV kind cannot hold is written here, from a random stream
// of its own, so every other demo figure stays what it was.
#include "common/Error.h"
#include "demo/DemoModel.h"

namespace fb::store {
class Database;
}

namespace fb::demo {

Status addFeedbackHistory(store::Database& db, const Site& site);

} // namespace fb::demo
