#include "store/Rollups.h"

#include "common/IsoWeek.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace fb::store {
namespace {

qint64 intOr0(const Value& v)
{
    const auto* i = std::get_if<qint64>(&v);
    return i ? *i : 0;
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

void RollupBuffer::flushDeltas(SQLite::Database& db)
{
    if (!m_deltas.empty()) {
        SQLite::Statement upsert(
            db, "INSERT INTO interaction_rollups(agent_id, week, interactions, handle_seconds, handle_seconds_sq, "
                "fcr_known, fcr_resolved, repeat_contacts, escalations, defects, csat_surveyed, csat_top2, csat_sum) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(agent_id, week) DO UPDATE SET "
                "interactions = interactions + excluded.interactions, "
                "handle_seconds = handle_seconds + excluded.handle_seconds, "
                "handle_seconds_sq = handle_seconds_sq + excluded.handle_seconds_sq, "
                "fcr_known = fcr_known + excluded.fcr_known, fcr_resolved = fcr_resolved + excluded.fcr_resolved, "
                "repeat_contacts = repeat_contacts + excluded.repeat_contacts, "
                "escalations = escalations + excluded.escalations, defects = defects + excluded.defects, "
                "csat_surveyed = csat_surveyed + excluded.csat_surveyed, csat_top2 = csat_top2 + excluded.csat_top2, "
                "csat_sum = csat_sum + excluded.csat_sum");
        for (const auto& [key, s] : m_deltas) {
            upsert.bind(1, key.agentId);
            upsert.bind(2, key.week);
            upsert.bind(3, static_cast<int64_t>(s.interactions));
            upsert.bind(4, s.handleSeconds);
            upsert.bind(5, s.handleSecondsSq);
            upsert.bind(6, static_cast<int64_t>(s.fcrKnown));
            upsert.bind(7, static_cast<int64_t>(s.fcrResolved));
            upsert.bind(8, static_cast<int64_t>(s.repeatContacts));
            upsert.bind(9, static_cast<int64_t>(s.escalations));
            upsert.bind(10, static_cast<int64_t>(s.defects));
            upsert.bind(11, static_cast<int64_t>(s.csatSurveyed));
            upsert.bind(12, static_cast<int64_t>(s.csatTop2));
            upsert.bind(13, static_cast<int64_t>(s.csatSum));
            upsert.exec();
            upsert.reset();
        }
        m_deltas.clear();
        m_last = nullptr;
    }
}

void RollupBuffer::flush(SQLite::Database& db)
{
    flushDeltas(db);
    if (!m_recompute.empty()) {
        // A replaced interaction may have moved between agents or weeks: the
        // affected keys are summed again from the rows themselves, in one scan
        // over the weeks they span. (A query per key scanned the whole table
        // each time, as interactions has no index on agent or time: 504k
        // replaced rows took minutes.)
        std::unordered_map<RollupKey, RollupSums, RollupKeyHash> sums;
        int first = m_recompute.begin()->week;
        int last = first;
        for (const auto& key : m_recompute) {
            sums.emplace(key, RollupSums{});
            first = std::min(first, key.week);
            last = std::max(last, key.week);
        }
        SQLite::Statement scan(db, "SELECT agent_id, started_at, handle_seconds, resolved_first_contact, "
                                   "repeat_contact, escalated, defects, csat FROM interactions "
                                   "WHERE started_at >= ? AND started_at < ?");
        scan.bind(1, IsoWeek::fromKey(first).monday().toString(Qt::ISODate).toStdString());
        scan.bind(2, IsoWeek::fromKey(last).monday().addDays(7).toString(Qt::ISODate).toStdString());
        RollupKey key;
        while (scan.executeStep()) {
            key.agentId = scan.getColumn(0).getString();
            key.week = isoWeekKeyOfIsoDate(scan.getColumn(1).getText());
            const auto it = sums.find(key);
            if (it == sums.end())
                continue;
            RollupSums& s = it->second;
            const double handle = scan.getColumn(2).getDouble();
            s.interactions += 1;
            s.handleSeconds += handle;
            s.handleSecondsSq += handle * handle;
            if (!scan.getColumn(3).isNull()) {
                s.fcrKnown += 1;
                s.fcrResolved += scan.getColumn(3).getInt64();
            }
            s.repeatContacts += scan.getColumn(4).getInt64();
            s.escalations += scan.getColumn(5).getInt64();
            s.defects += scan.getColumn(6).getInt64();
            if (!scan.getColumn(7).isNull()) {
                const qint64 csat = scan.getColumn(7).getInt64();
                s.csatSurveyed += 1;
                s.csatTop2 += csat >= 4 ? 1 : 0;
                s.csatSum += csat;
            }
        }
        SQLite::Statement remove(db, "DELETE FROM interaction_rollups WHERE agent_id = ? AND week = ?");
        for (const auto& [k, s] : sums) {
            remove.bind(1, k.agentId);
            remove.bind(2, k.week);
            remove.exec();
            remove.reset();
            if (s.interactions > 0)
                m_deltas.emplace(k, s); // written below as new rows
        }
        flushDeltas(db);
        m_recompute.clear();
    }
}

} // namespace fb::store
