#pragma once

// Where the scorecard loads put their sums (one PeriodSums, or one per week),
// and the computation from the source tables that both the people cache and
// the loads without a current cache use. Private to core/store.
#include "analytics/Scorecard.h"
#include "common/Error.h"

#include <QString>

#include <map>
#include <string>
#include <unordered_set>

namespace fb::store {

class Database;

namespace scorecard {

using analytics::PeriodSums;
using analytics::Sums;

// Where sums land: one PeriodSums, or one per week.
class Sink final {
public:
    explicit Sink(bool perWeek) : m_perWeek(perWeek) {}

    Sums& agent(const char* id, int week)
    {
        if (m_lastAgent && m_lastAgentWeek == (m_perWeek ? week : 0) && m_lastAgentId == id)
            return *m_lastAgent;
        m_lastAgentId = id;
        m_lastAgentWeek = m_perWeek ? week : 0;
        m_lastAgent = &target(week).byAgent[m_lastAgentId];
        return *m_lastAgent;
    }
    Sums& team(const std::string& team, int week) { return target(week).pulseByTeam[team]; }

    PeriodSums period;
    std::map<int, PeriodSums> weekly;

private:
    PeriodSums& target(int week) { return m_perWeek ? weekly[week] : period; }
    bool m_perWeek;
    Sums* m_lastAgent = nullptr;
    std::string m_lastAgentId;
    int m_lastAgentWeek = -1;
};

// QA totals, pulses and coaching follow-ups straight from their tables.
// from/to = 0: everything. A failure reads "what: the engine's message".
Status computePeople(Database& db, int from, int to, const std::unordered_set<std::string>* agents,
                     const std::string& team, Sink& sink, const QString& what);

} // namespace scorecard
} // namespace fb::store
