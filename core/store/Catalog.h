#pragma once

#include "common/Error.h"
#include "domain/Kinds.h"

#include <QString>

#include <string>
#include <unordered_set>
#include <vector>

namespace fb::store {

class Database;

// Small look-ups that import, export and pages need; no SQL leaves core/store.
Result<std::unordered_set<std::string>> agentIds(Database& db);
Result<std::unordered_set<std::string>> teamNames(Database& db);
Status ensureTeam(Database& db, const std::string& team);
// An agent created by --create-agents: its id as name, in team "Unassigned".
Status createPlaceholderAgent(Database& db, const std::string& agentId);
// Takes back an agent createPlaceholderAgent made, while nothing refers to it yet.
Status removePlaceholderAgent(Database& db, const std::string& agentId);

struct Rubric final {
    int version = 0;
    std::vector<RubricAttribute> attributes;
};
Result<Rubric> currentRubric(Database& db);
// The spec to import/export a kind with (qa_evaluations gains the rubric's columns).
Result<KindSpec> effectiveSpec(Database& db, Kind kind);

struct KindCount final {
    Kind kind;
    qint64 rows = 0;
};
struct DatabaseInfo final {
    QString path;
    int schemaVersion = 0;
    std::vector<KindCount> counts;
    QString firstInteraction; // started_at of the earliest / latest interaction; empty when none
    QString lastInteraction;
    qint64 rollupRows = 0;
};
Result<DatabaseInfo> databaseInfo(Database& db);

// Records one import in import_log (shown by info).
Status logImport(Database& db, Kind kind, const QString& file, qint64 inserted, qint64 replaced, qint64 unchanged,
                 qint64 rejected);

} // namespace fb::store
