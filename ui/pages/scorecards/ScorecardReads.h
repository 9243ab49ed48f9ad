#pragma once

// What the Scorecards page reads, as functions of one connection: each runs on
// the page's DatabaseJobs thread and returns the store's error unchanged.
#include "analytics/Happiness.h"
#include "analytics/Scorecard.h"
#include "common/Error.h"
#include "pages/scorecards/AgentCardDialog.h"
#include "store/ScorecardStore.h"

#include <memory>
#include <string>
#include <vector>

namespace fb::store {
class Database;
}

namespace fb::ui::scorecards {

// What the selectors offer: weeks with data (yyyyww, ascending), teams and definition versions.
struct ScorecardMeta final {
    std::vector<int> weeks;
    std::vector<std::string> teams;
    std::vector<store::DefinitionVersion> versions;
};

// What a printout needs (report::ScorecardPrint): at the agents level the agents
// and their teams' rows; at the teams or site level only that level's rows.
struct PrintCards final {
    std::shared_ptr<const analytics::Scorecard> agents; // null unless the agents level
    std::shared_ptr<const analytics::Scorecard> totals;
};

Result<ScorecardMeta> readScorecardMeta(store::Database& db);
// The scorecard of a level over weeks from..to (team: only its agents; empty: all).
Result<analytics::Scorecard> readScorecard(store::Database& db, int version, analytics::Level level, int from, int to,
                                           const std::string& team);
Result<analytics::Happiness> readHappiness(store::Database& db, int version, int from, int to,
                                           analytics::Metric outcome);
// An agent's 13 weeks up to `to` against the team, with coaching marks.
Result<AgentCardData> readAgentCard(store::Database& db, int version, const std::string& agentId,
                                    const std::string& team, int to);
// team: only its agents and its row (agents level); empty: every team.
// Leaves out the weeks before the agent's first contact, evaluation or coaching note (the pulse, the team's,
// does not count): a new agent's card starts at their data, not at weeks of nothing.
void startAtTheData(AgentCardData& data);
Result<PrintCards> readPrintCards(store::Database& db, int version, analytics::Level level, int from, int to,
                                  const std::string& team);

} // namespace fb::ui::scorecards
