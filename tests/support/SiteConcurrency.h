#pragma once

// What tst_siteconcurrency shares between its threads: a database of the
// throwaway cluster per scenario, the CSV of one writer's new interactions,
// the interaction total a reader's scorecard shows, and the decomposition of
// an observed total into whole imports.
#include "FbTestSupport.h"
#include "analytics/Scorecard.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/RubricStore.h"
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

// The examples, `units` interactions "W0-00000"… (written to csvPath) and a
// rubric of a 0-4 accuracy and a yes/no greeting; calibration session S1 of
// those interactions with `people` as its participants. Null on failure.
inline std::unique_ptr<fb::store::Database> calibrationSite(const QString& name, const QString& csvPath,
                                                            const std::vector<std::string>& people, int units)
{
    auto db = openSite(fb::test::storeAddress(name));
    if (!fbtest::importExamples(*db) || !fbtest::writeFile(csvPath, interactionsCsv(0, units)) ||
        !fbtest::importFile(*db, fb::Kind::Interactions, csvPath).ok())
        return nullptr;
    fb::store::FullRubric rubric;
    rubric.attributes = {{"accuracy", "", 30, false, true, false}, {"greeting", "", 10, true, true, false}};
    if (!fb::store::saveRubricVersion(*db, rubric))
        return nullptr;
    fb::CalibrationSession s;
    s.id = "S1";
    s.heldOn = QDate(2026, 9, 3);
    s.facilitator = "Sara Lindqvist";
    for (const auto& p : people)
        s.participants.push_back({p, {}});
    for (int u = 0; u < units; ++u)
        s.units.push_back({0, fmt::format("W0-{:05}", u), {}});
    if (!fb::store::createSession(*db, s))
        return nullptr;
    return db;
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

// Waits (up to 10 s) until n connections of the site database standing for
// `name` wait for a lock in a statement starting with `statement`.
inline bool waitingAt(const QString& name, const std::string& statement, int n)
{
    const std::string query = "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                              "AND query LIKE '" +
                              statement + "%'";
    return QTest::qWaitFor([&] { return fbtest::dump(name, query).value(0).toInt() == n; }, 10000);
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
