#include "store/AgentDirectory.h"

#include "domain/Kinds.h"
#include "models/NaturalOrder.h"
#include "store/Browse.h"
#include "store/Catalog.h"

#include <algorithm>

namespace fb::ui {

namespace {

int columnIndex(const KindSpec& spec, const char* name)
{
    for (size_t i = 0; i < spec.columns.size(); ++i)
        if (spec.columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

QString textAt(const std::vector<Value>& row, int i)
{
    if (i < 0 || static_cast<size_t>(i) >= row.size() || isNull(row[static_cast<size_t>(i)]))
        return {};
    return QString::fromStdString(valueToText(row[static_cast<size_t>(i)]));
}

} // namespace

Result<AgentDirectory> readAgentDirectory(store::Database& db)
{
    const KindSpec& spec = kindSpec(Kind::Agents);
    const int idCol = columnIndex(spec, "agent_id");
    const int nameCol = columnIndex(spec, "name");
    const int teamCol = columnIndex(spec, "team");

    AgentDirectory directory;
    const Status read = store::forEachRow(db, spec, [&](const std::vector<Value>& row) {
        directory.agents.push_back({textAt(row, idCol), textAt(row, nameCol), textAt(row, teamCol)});
        return true;
    });
    if (!read.ok())
        return read.error();

    auto teams = store::teamNames(db);
    if (!teams.ok())
        return teams.error();
    for (const auto& team : teams.value())
        directory.teams << QString::fromStdString(team);
    std::sort(directory.teams.begin(), directory.teams.end(), naturalLess); // "Team 2" before "Team 10"
    return directory;
}

} // namespace fb::ui
