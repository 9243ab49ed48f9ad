#pragma once

// The demo site's friction-to-flow program (docs/demo-site.md, "A finished
// friction-to-flow program"): the Billing team's eight weeks around the
// planted tool fix, over by the site's last day, so the Friction to flow page
// shows a whole cycle on first open.
#include "common/Error.h"

namespace fb::store {
class Database;
}

namespace fb::demo {

struct Site;

// The program's name on the demo site.
inline constexpr const char* kDemoProgramName = "Billing console fix";

// Writes the program, its fixes log (the Billing team's tickets fixed in
// program weeks 3-4, the planted fix among them) and its confirmed friction.
// Reads the tickets already written, so it runs after them. A site too short
// for eight weeks around the fix gets no program.
Status addDemoProgram(store::Database& db, const Site& site);

} // namespace fb::demo
