#pragma once

// Per-agent per-ISO-week sums of interactions (table interaction_rollups),
// private to core/store: RowWriter feeds it, scorecards read the table.
#include "common/Error.h"
#include "domain/Value.h"

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace fb::store {

class Database;

struct RollupSums final {
    qint64 interactions = 0;
    double handleSeconds = 0;
    double handleSecondsSq = 0;
    qint64 fcrKnown = 0;
    qint64 fcrResolved = 0;
    qint64 repeatContacts = 0;
    qint64 escalations = 0;
    qint64 defects = 0;
    qint64 csatSurveyed = 0;
    qint64 csatTop2 = 0;
    qint64 csatSum = 0;
};

struct RollupKey final {
    std::string agentId;
    int week = 0;
    friend bool operator==(const RollupKey& a, const RollupKey& b)
    {
        return a.week == b.week && a.agentId == b.agentId;
    }
};
struct RollupKeyHash final {
    size_t operator()(const RollupKey& k) const { return std::hash<std::string>()(k.agentId) * 31 + size_t(k.week); }
};

// Column positions of an interaction row (KindSpec order) that rollups read.
struct InteractionColumns final {
    int agentId = 1, startedAt = 2, handleSeconds = 5, fcr = 6, repeat = 7, escalated = 8, defects = 9, csat = 10;
};

// Collects deltas of newly inserted interactions and keys to recompute after
// replacements; flush() writes both inside the caller's transaction. A
// failure's reason is the engine's message alone, for the caller to word.
class RollupBuffer final {
public:
    void add(const std::vector<Value>& row);
    void markForRecompute(const std::string& agentId, const std::string& startedAt);
    Status flush(Database& db);

    static RollupKey keyOf(const std::string& agentId, const std::string& startedAt);

private:
    // Adds the collected deltas to the table (upserts).
    Status flushDeltas(Database& db);

    InteractionColumns m_cols;
    std::unordered_map<RollupKey, RollupSums, RollupKeyHash> m_deltas;
    // Files come grouped by agent or by day: most rows hit the previous key.
    RollupSums* m_last = nullptr;
    std::string m_lastAgent;
    std::string m_lastDay;
    std::unordered_set<RollupKey, RollupKeyHash> m_recompute;
};

} // namespace fb::store
