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

// The two scorecards a printout needs: every agent, and the teams.
struct PrintCards final {
    std::shared_ptr<const analytics::Scorecard> agents;
    std::shared_ptr<const analytics::Scorecard> teams;
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
Result<PrintCards> readPrintCards(store::Database& db, int version, int from, int to);

} // namespace fb::ui::scorecards
