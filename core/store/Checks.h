#pragma once

#include "common/Error.h"

#include <QString>

#include <vector>

namespace fb::store {

class Database;

// `floorboard-cli check`: SQLite integrity and foreign keys (on a file; a
// site server enforces its foreign keys itself), then domain
// checks (rollups equal to the interactions they sum, dates in order, ...).
struct CheckFinding final {
    QString check;   // short name, e.g. "rollups"
    QString message; // what is wrong, with ids
};
Result<std::vector<CheckFinding>> runChecks(Database& db);
// The domain checks alone: what runChecks() finds on a file and on a site
// server alike (site push and pull compare them on both sides).
Result<std::vector<CheckFinding>> runDomainChecks(Database& db);

} // namespace fb::store
