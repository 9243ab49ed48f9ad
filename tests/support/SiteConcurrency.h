#pragma once

// What tst_siteconcurrency shares between its threads: a database of the
// throwaway cluster per scenario, the CSV of one writer's new interactions,
// the interaction total a reader's scorecard shows, and the decomposition of
// an observed total into whole imports.
#include "FbTestSupport.h"
#include "analytics/Scorecard.h"
#include "store/Database.h"
#include "store/ScorecardStore.h"

#include <QDate>
#include <QStringList>

#include <fmt/format.h>

#include <bit>
#include <memory>
#include <mutex>
#include <optional>

namespace conctest {

// The agents of docs/examples/agents.csv (A0003 left on 2026-08-14, after
// every day the writers use).
inline const char* const kAgents[] = {"A0001", "A0002", "A0003"};

// Writer w imports 2,000 + 2^w rows: any sum of whole imports is then
// 2,000 x (how many) + (the bit mask of which), so an observed total names
// exactly the imports it contains.
inline int rowsOfWriter(int w)
{
    return 2000 + (1 << w);
}

// Which imports a total over the seed is made of; nullopt when it is no sum
// of whole imports of `writers` writers (half an import, or a row lost).
inline std::optional<unsigned> importsIn(qint64 overSeed, int writers)
{
    for (unsigned mask = 0; mask < (1u << writers); ++mask)
        if (overSeed == 2000 * qint64(std::popcount(mask)) + mask)
            return mask;
    return std::nullopt;
}

// Interactions "W<w>-<i>" of the three agents over the four weeks from
// 2026-07-06, each writer starting on another day so that the writers add to
// the same rollup rows in different orders.
inline QByteArray interactionsCsv(int w, int rows)
{
    QByteArray csv = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,"
                     "repeat_contact,escalated,defects,csat,contact_reason\n";
    const QDate monday(2026, 7, 6);
    for (int i = 0; i < rows; ++i) {
        const QDate day = monday.addDays((i / 3 + 5 * w) % 28);
        const std::string fcr = i % 3 == 0 ? "" : std::to_string(i % 2);
        const std::string csat = i % 3 == 1 ? "" : std::to_string(1 + (i + w) % 5);
        csv +=
            fmt::format("W{}-{:05},{},{}T{:02}:{:02}:00,voice,billing,{},{},{},{},{},{},test\n", w, i, kAgents[i % 3],
                        day.toString(Qt::ISODate).toStdString(), 8 + i % 9, i % 60, 100 + (i * 7 + w) % 900, fcr,
                        i % 5 == 0 ? 1 : 0, i % 7 == 0 ? 1 : 0, i % 4 == 0 ? 1 : 0, csat)
                .c_str();
    }
    return csv;
}

// A connection of its own to the site database at `address`
// (fb::test::storeAddress, taken on the main thread: it makes the database).
inline std::unique_ptr<fb::store::Database> openSite(const QString& address)
{
    auto db = fb::store::Database::open(address);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    return std::move(db).value();
}

// One scorecard of every agent over 2026, as the Scorecards page computes it;
// its interaction total (or the error that stopped it).
inline fb::Result<qint64> scorecardInteractions(fb::store::Database& db)
{
    auto def = fb::store::scorecardDefinition(db);
    if (!def)
        return def.error();
    auto agents = fb::store::scorecardAgents(db);
    if (!agents)
        return agents.error();
    auto sums = fb::store::loadPeriodSums(db, 202601, 202652);
    if (!sums)
        return sums.error();
    const auto card =
        fb::analytics::computeScorecard(*def, *agents, *sums, fb::analytics::Level::Agent, 202601, 202652);
    if (card.rows.empty())
        return fb::Error::plain(QStringLiteral("a scorecard without rows"));
    qint64 total = 0;
    for (const auto& [agent, s] : sums->byAgent)
        total += s.interactions;
    return total;
}

// Errors the threads met, each "who: message", for one assertion at the end.
class Errors final {
public:
    void add(const QString& who, const fb::Error& e)
    {
        const std::lock_guard lock(m_mutex);
        m_texts << who + QStringLiteral(": ") + e.toString();
    }
    QStringList texts() const
    {
        const std::lock_guard lock(m_mutex);
        return m_texts;
    }

private:
    mutable std::mutex m_mutex;
    QStringList m_texts;
};

} // namespace conctest
