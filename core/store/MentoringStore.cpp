#include "store/MentoringStore.h"

#include "store/Database.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::MentoringStore)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// The next free id of the form prefix + 4 digits (P0001, S0001).
std::string nextId(SQLite::Database& sql, const char* table, const char* column, char prefix)
{
    int next = sql.execAndGet(fmt::format("SELECT count(*) + 1 FROM {}", table)).getInt();
    SQLite::Statement exists(sql, fmt::format("SELECT 1 FROM {} WHERE {} = ?", table, column));
    for (;; ++next) {
        std::string id = fmt::format("{}{:04}", prefix, next);
        exists.bind(1, id);
        const bool taken = exists.executeStep();
        exists.reset();
        if (!taken)
            return id;
    }
}

MentoringPair pairFrom(SQLite::Statement& st)
{
    MentoringPair p;
    p.pairId = st.getColumn(0).getString();
    p.menteeId = st.getColumn(1).getString();
    p.mentorId = st.getColumn(2).getString();
    p.behavior = st.getColumn(3).getString();
    p.startedOn = dateColumn(st.getColumn(4));
    p.plannedEnd = dateColumn(st.getColumn(5));
    p.endedOn = dateColumn(st.getColumn(6));
    p.outcome = st.getColumn(7).getString();
    return p;
}

constexpr const char* kPairColumns = "pair_id, mentee_id, mentor_id, behavior, started_on, planned_end, "
                                     "ended_on, coalesce(outcome, '')";

} // namespace

Result<std::vector<MentoringPair>> loadMentoringPairs(Database& db)
{
    try {
        std::vector<MentoringPair> out;
        SQLite::Statement st(db.sql(),
                             fmt::format("SELECT {} FROM mentoring_pairs ORDER BY started_on, pair_id", kPairColumns));
        while (st.executeStep())
            out.push_back(pairFrom(st));
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read mentoring pairs"), e);
    }
}

Result<std::vector<MentoringSession>> loadMentoringSessions(Database& db, const std::string& pairId)
{
    try {
        std::vector<MentoringSession> out;
        SQLite::Statement st(db.sql(), "SELECT session_id, pair_id, held_on, minutes, coalesce(practised, ''), "
                                       "coalesce(next_step, '') FROM mentoring_sessions "
                                       "WHERE ?1 IS NULL OR pair_id = ?1 ORDER BY held_on, session_id");
        bindTextOrNull(st, 1, pairId);
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), dateColumn(st.getColumn(2)),
                           st.getColumn(3).getDouble(), st.getColumn(4).getString(), st.getColumn(5).getString()});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read mentoring sessions"), e);
    }
}

Result<std::unordered_set<std::string>> mentoringPairIds(Database& db)
{
    try {
        std::unordered_set<std::string> out;
        SQLite::Statement st(db.sql(), "SELECT pair_id FROM mentoring_pairs");
        while (st.executeStep())
            out.insert(st.getColumn(0).getString());
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read mentoring pairs"), e);
    }
}

namespace {

// The checks and the insert of one new pair, inside the caller's transaction.
Result<std::string> insertPair(SQLite::Database& sql, MentoringPair p)
{
    if (auto v = validatePair(p); !v)
        return v.error();
    if (!p.active())
        return Error::plain(Tr::tr("outcome: a new pair starts without an outcome"));
    for (const auto& [field, id] : {std::pair{"mentee_id", &p.menteeId}, std::pair{"mentor_id", &p.mentorId}})
        if (!exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", *id))
            return Error::plain(Tr::tr("%1: unknown agent %2").arg(QLatin1String(field), q(*id)));
    SQLite::Statement busy(sql, "SELECT pair_id FROM mentoring_pairs WHERE mentee_id = ? AND behavior = ? "
                                "AND outcome IS NULL");
    busy.bind(1, p.menteeId);
    busy.bind(2, p.behavior);
    if (busy.executeStep())
        return Error::plain(Tr::tr("mentee_id: %1 is already a mentee in %2 (pair %3)")
                                .arg(q(p.menteeId), q(p.behavior), q(busy.getColumn(0).getString())));
    SQLite::Statement load(sql, "SELECT count(*), coalesce((SELECT capacity FROM mentoring_capacity WHERE "
                                "agent_id = ?1), ?2) FROM mentoring_pairs WHERE mentor_id = ?1 AND outcome IS NULL");
    load.bind(1, p.mentorId);
    load.bind(2, kMentoringDefaultCapacity);
    load.executeStep();
    const int active = load.getColumn(0).getInt();
    const int capacity = load.getColumn(1).getInt();
    if (active >= capacity)
        return Error::plain(
            Tr::tr("mentor_id: %1 already mentors %2 of %3 at once").arg(q(p.mentorId)).arg(active).arg(capacity));
    if (p.pairId.empty()) {
        p.pairId = nextId(sql, "mentoring_pairs", "pair_id", 'P');
    } else {
        SQLite::Statement exists(sql, "SELECT 1 FROM mentoring_pairs WHERE pair_id = ?");
        exists.bind(1, p.pairId);
        if (exists.executeStep())
            return Error::plain(Tr::tr("pair_id: %1 already exists").arg(q(p.pairId)));
    }
    SQLite::Statement st(sql, "INSERT INTO mentoring_pairs(pair_id, mentee_id, mentor_id, behavior, started_on, "
                              "planned_end) VALUES (?, ?, ?, ?, ?, ?)");
    st.bind(1, p.pairId);
    st.bind(2, p.menteeId);
    st.bind(3, p.mentorId);
    st.bind(4, p.behavior);
    st.bind(5, isoDay(p.startedOn));
    st.bind(6, isoDay(p.plannedEnd));
    st.exec();
    return p.pairId;
}

} // namespace

Result<std::string> startMentoringPair(Database& db, MentoringPair p)
{
    auto ids = startMentoringPairs(db, {std::move(p)});
    if (!ids)
        return ids.error();
    return ids.value().front();
}

Result<std::vector<std::string>> startMentoringPairs(Database& db, const std::vector<MentoringPair>& pairs)
{
    try {
        SQLite::Transaction tx(db.sql(), SQLite::TransactionBehavior::IMMEDIATE);
        std::vector<std::string> ids;
        for (size_t i = 0; i < pairs.size(); ++i) {
            auto id = insertPair(db.sql(), pairs[i]);
            if (!id) {
                if (pairs.size() == 1)
                    return id.error();
                return Error::plain(Tr::tr("pair %1 of %2 (%3 with %4): %5")
                                        .arg(i + 1)
                                        .arg(pairs.size())
                                        .arg(q(pairs[i].menteeId), q(pairs[i].mentorId), id.error().toString()));
            }
            ids.push_back(std::move(id.value()));
        }
        tx.commit();
        return ids;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot start the mentoring pair"), e);
    }
}

Result<std::string> logMentoringSession(Database& db, MentoringSession s)
{
    if (auto v = validateSession(s); !v)
        return v.error();
    try {
        auto& sql = db.sql();
        SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement pair(sql, fmt::format("SELECT {} FROM mentoring_pairs WHERE pair_id = ?", kPairColumns));
        pair.bind(1, s.pairId);
        if (!pair.executeStep())
            return Error::plain(Tr::tr("pair_id: unknown mentoring pair %1").arg(q(s.pairId)));
        const MentoringPair p = pairFrom(pair);
        if (!p.active())
            return Error::plain(Tr::tr("pair_id: pair %1 ended on %2 (%3)")
                                    .arg(q(p.pairId), p.endedOn.toString(Qt::ISODate), q(p.outcome)));
        if (s.heldOn < p.startedOn)
            return Error::plain(Tr::tr("held_on: %1 is before the pair started (%2)")
                                    .arg(s.heldOn.toString(Qt::ISODate), p.startedOn.toString(Qt::ISODate)));
        if (s.sessionId.empty())
            s.sessionId = nextId(sql, "mentoring_sessions", "session_id", 'S');
        SQLite::Statement st(sql, "INSERT INTO mentoring_sessions(session_id, pair_id, held_on, minutes, practised, "
                                  "next_step) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id) DO NOTHING");
        st.bind(1, s.sessionId);
        st.bind(2, s.pairId);
        st.bind(3, isoDay(s.heldOn));
        st.bind(4, s.minutes);
        bindTextOrNull(st, 5, s.practised);
        bindTextOrNull(st, 6, s.nextStep);
        if (st.exec() != 1)
            return Error::plain(Tr::tr("session_id: %1 already exists").arg(q(s.sessionId)));
        tx.commit();
        return s.sessionId;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot log the mentoring session"), e);
    }
}

Status endMentoringPair(Database& db, const std::string& pairId, QDate on, const std::string& outcome)
{
    const auto& outcomes = mentoringOutcomes();
    if (std::find(outcomes.begin(), outcomes.end(), outcome) == outcomes.end())
        return Error::plain(Tr::tr("outcome: must be met, not_met or stopped, not '%1'").arg(q(outcome)));
    if (!on.isValid())
        return Error::plain(Tr::tr("ended_on: the end date is missing"));
    try {
        auto& sql = db.sql();
        SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
        SQLite::Statement pair(sql, fmt::format("SELECT {} FROM mentoring_pairs WHERE pair_id = ?", kPairColumns));
        pair.bind(1, pairId);
        if (!pair.executeStep())
            return Error::plain(Tr::tr("pair_id: unknown mentoring pair %1").arg(q(pairId)));
        const MentoringPair p = pairFrom(pair);
        if (!p.active())
            return Error::plain(Tr::tr("pair_id: pair %1 already ended on %2 (%3)")
                                    .arg(q(pairId), p.endedOn.toString(Qt::ISODate), q(p.outcome)));
        if (on < p.startedOn)
            return Error::plain(Tr::tr("ended_on: %1 is before the pair started (%2)")
                                    .arg(on.toString(Qt::ISODate), p.startedOn.toString(Qt::ISODate)));
        SQLite::Statement up(sql, "UPDATE mentoring_pairs SET ended_on = ?, outcome = ? WHERE pair_id = ?");
        up.bind(1, isoDay(on));
        up.bind(2, outcome);
        up.bind(3, pairId);
        up.exec();
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot end the mentoring pair"), e);
    }
}

Result<std::map<std::string, int>> mentorCapacities(Database& db)
{
    try {
        std::map<std::string, int> out;
        SQLite::Statement st(db.sql(), "SELECT agent_id, capacity FROM mentoring_capacity");
        while (st.executeStep())
            out[st.getColumn(0).getString()] = st.getColumn(1).getInt();
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read mentor capacities"), e);
    }
}

Status setMentorCapacity(Database& db, const std::string& agentId, int capacity)
{
    if (capacity < 0 || capacity > 20)
        return Error::plain(Tr::tr("capacity: must be 0 to 20, not %1").arg(capacity));
    try {
        auto& sql = db.sql();
        SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
        if (!exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", agentId))
            return Error::plain(Tr::tr("mentor_id: unknown agent %1").arg(q(agentId)));
        SQLite::Statement st(sql, capacity == kMentoringDefaultCapacity
                                      ? "DELETE FROM mentoring_capacity WHERE agent_id = ?1"
                                      : "INSERT INTO mentoring_capacity(agent_id, capacity) VALUES (?1, ?2) "
                                        "ON CONFLICT(agent_id) DO UPDATE SET capacity = excluded.capacity");
        st.bind(1, agentId);
        if (capacity != kMentoringDefaultCapacity)
            st.bind(2, capacity);
        st.exec();
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot set the mentor's capacity"), e);
    }
}

} // namespace fb::store
