#include "store/Rollups.h"

#include "common/IsoWeek.h"
#include "store/Query.h"

#include <algorithm>
#include <tuple>

namespace fb::store {
namespace {

qint64 intOr0(const Value& v)
{
    const auto* i = std::get_if<qint64>(&v);
    return i ? *i : 0;
}

using SumsByKey = std::unordered_map<RollupKey, RollupSums, RollupKeyHash>;

// The entries by agent, then week: the one order in which every import
// locks rollup rows on a site server (see flushDeltas).
std::vector<const SumsByKey::value_type*> inKeyOrder(const SumsByKey& sums)
{
    std::vector<const SumsByKey::value_type*> ordered;
    ordered.reserve(sums.size());
    for (const auto& entry : sums)
        ordered.push_back(&entry);
    std::sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
        return std::tie(a->first.agentId, a->first.week) < std::tie(b->first.agentId, b->first.week);
    });
    return ordered;
}

} // namespace

RollupKey RollupBuffer::keyOf(const std::string& agentId, const std::string& startedAt)
{
    return RollupKey{agentId, isoWeekKeyOfIsoDate(startedAt.c_str())};
}

void RollupBuffer::add(const std::vector<Value>& row)
{
    const auto& agent = std::get<std::string>(row[m_cols.agentId]);
    const auto& started = std::get<std::string>(row[m_cols.startedAt]);
    if (!m_last || agent != m_lastAgent || started.compare(0, 10, m_lastDay) != 0) {
        m_last = &m_deltas[keyOf(agent, started)];
        m_lastAgent = agent;
        m_lastDay.assign(started, 0, 10);
    }
    RollupSums& s = *m_last;
    const double handle = std::get<double>(row[m_cols.handleSeconds]);
    s.interactions += 1;
    s.handleSeconds += handle;
    s.handleSecondsSq += handle * handle;
    if (!isNull(row[m_cols.fcr])) {
        s.fcrKnown += 1;
        s.fcrResolved += intOr0(row[m_cols.fcr]);
    }
    s.repeatContacts += intOr0(row[m_cols.repeat]);
    s.escalations += intOr0(row[m_cols.escalated]);
    s.defects += intOr0(row[m_cols.defects]);
    if (!isNull(row[m_cols.csat])) {
        const qint64 csat = intOr0(row[m_cols.csat]);
        s.csatSurveyed += 1;
        s.csatTop2 += csat >= 4 ? 1 : 0;
        s.csatSum += csat;
    }
}

void RollupBuffer::markForRecompute(const std::string& agentId, const std::string& startedAt)
{
    m_recompute.insert(keyOf(agentId, startedAt));
}

Status RollupBuffer::flushDeltas(Database& db)
{
    if (!m_deltas.empty()) {
        // The old sums are named by their table: PostgreSQL reads a bare
        // column here as either the stored row or `excluded` (ambiguous);
        // SQLite reads both forms as the stored row.
        Query upsert(
            db,
            "INSERT INTO interaction_rollups(agent_id, week, interactions, handle_seconds, handle_seconds_sq, "
            "fcr_known, fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, csat_sum) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(agent_id, week) DO UPDATE SET "
            "interactions = interaction_rollups.interactions + excluded.interactions, "
            "handle_seconds = interaction_rollups.handle_seconds + excluded.handle_seconds, "
            "handle_seconds_sq = interaction_rollups.handle_seconds_sq + excluded.handle_seconds_sq, "
            "fcr_known = interaction_rollups.fcr_known + excluded.fcr_known, "
            "fcr_resolved = interaction_rollups.fcr_resolved + excluded.fcr_resolved, "
            "repeat_contacts = interaction_rollups.repeat_contacts + excluded.repeat_contacts, "
            "escalations = interaction_rollups.escalations + excluded.escalations, "
            "defects = interaction_rollups.defects + excluded.defects, "
            "csat_surveyed = interaction_rollups.csat_surveyed + excluded.csat_surveyed, "
            "csat_top2 = interaction_rollups.csat_top2 + excluded.csat_top2, "
            "csat_sum = interaction_rollups.csat_sum + excluded.csat_sum",
            QString());
        // In key order: concurrent imports into a site server add to the
        // same rows, and each holds a row's lock until it commits; in hash
        // order two of them took each other's rows in opposite orders and
        // PostgreSQL ended one with "deadlock detected".
        for (const auto* entry : inKeyOrder(m_deltas)) {
            const auto& [key, s] = *entry;
            upsert.bind(1, key.agentId);
            upsert.bind(2, key.week);
            upsert.bind(3, s.interactions);
            upsert.bind(4, s.handleSeconds);
            upsert.bind(5, s.handleSecondsSq);
            upsert.bind(6, s.fcrKnown);
            upsert.bind(7, s.fcrResolved);
            upsert.bind(8, s.repeatContacts);
            upsert.bind(9, s.escalations);
            upsert.bind(10, s.defects);
            upsert.bind(11, s.csatSurveyed);
            upsert.bind(12, s.csatTop2);
            upsert.bind(13, s.csatSum);
            if (auto st = upsert.run(); !st)
                return st;
            upsert.reset();
        }
        m_deltas.clear();
        m_last = nullptr;
    }
    return {};
}

Status RollupBuffer::flush(Database& db)
{
    if (auto st = flushDeltas(db); !st)
        return st;
    if (!m_recompute.empty()) {
        // A replaced interaction may have moved between agents or weeks: the
        // affected keys are summed again from the rows themselves, in one scan
        // over the weeks they span. (A query per key scanned the whole table
        // each time, as interactions has no index on agent or time: 504k
        // replaced rows took minutes.)
        SumsByKey sums;
        int first = m_recompute.begin()->week;
        int last = first;
        for (const auto& key : m_recompute) {
            sums.emplace(key, RollupSums{});
            first = std::min(first, key.week);
            last = std::max(last, key.week);
        }
        Query scan(db,
                   "SELECT agent_id, started_at, handle_seconds, resolved_first_contact, "
                   "repeat_contact, escalated, defects, csat FROM interactions "
                   "WHERE started_at >= ? AND started_at < ?",
                   QString());
        scan.bind(1, IsoWeek::fromKey(first).monday().toString(Qt::ISODate).toStdString());
        scan.bind(2, IsoWeek::fromKey(last).monday().addDays(7).toString(Qt::ISODate).toStdString());
        RollupKey key;
        while (scan.next()) {
            key.agentId = scan.text(0);
            key.week = isoWeekKeyOfIsoDate(scan.text(1).c_str());
            const auto it = sums.find(key);
            if (it == sums.end())
                continue;
            RollupSums& s = it->second;
            const double handle = scan.real(2);
            s.interactions += 1;
            s.handleSeconds += handle;
            s.handleSecondsSq += handle * handle;
            if (!scan.isNull(3)) {
                s.fcrKnown += 1;
                s.fcrResolved += scan.integer(3);
            }
            s.repeatContacts += scan.integer(4);
            s.escalations += scan.integer(5);
            s.defects += scan.integer(6);
            if (!scan.isNull(7)) {
                const qint64 csat = scan.integer(7);
                s.csatSurveyed += 1;
                s.csatTop2 += csat >= 4 ? 1 : 0;
                s.csatSum += csat;
            }
        }
        if (!scan.ok())
            return scan.error();
        Query remove(db, "DELETE FROM interaction_rollups WHERE agent_id = ? AND week = ?", QString());
        for (const auto* entry : inKeyOrder(sums)) {
            const auto& [k, s] = *entry;
            remove.bind(1, k.agentId);
            remove.bind(2, k.week);
            if (auto st = remove.run(); !st)
                return st;
            remove.reset();
            if (s.interactions > 0)
                m_deltas.emplace(k, s); // written below as new rows
        }
        if (auto st = flushDeltas(db); !st)
            return st;
        m_recompute.clear();
    }
    return {};
}

} // namespace fb::store
