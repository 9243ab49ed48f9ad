#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fb::store {
class Database;
}

namespace fb::ui {

// The agents and teams the filter combos offer, read once per database.
struct AgentEntry final {
    QString id;
    QString name;
    QString team;
};
struct AgentDirectory final {
    std::vector<AgentEntry> agents; // in agent id order
    QStringList teams;              // sorted
};

// Reads the directory through core (forEachRow over agents, teamNames); run it on a DatabaseJobs.
Result<AgentDirectory> readAgentDirectory(store::Database& db);

} // namespace fb::ui
