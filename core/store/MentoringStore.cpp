#include "store/MentoringStore.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

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
Result<std::string> nextId(Database& db, const char* table, const char* column, char prefix, const QString& what)
{
    const auto count = scalar(db, fmt::format("SELECT count(*) + 1 FROM {}", table), what);
    if (!count)
        return count.error();
    int next = static_cast<int>(*count);
    Query exists(db, fmt::format("SELECT 1 FROM {} WHERE {} = ?", table, column), what);
    for (;; ++next) {
        std::string id = fmt::format("{}{:04}", prefix, next);
        exists.bind(1, id);
        const bool taken = exists.next();
        if (!exists.ok())
            return exists.error();
        exists.reset();
        if (!taken)
            return id;
    }
}

MentoringPair pairFrom(const Query& st)
{
    MentoringPair p;
    p.pairId = st.text(0);
    p.menteeId = st.text(1);
    p.mentorId = st.text(2);
    p.behavior = st.text(3);
    p.startedOn = st.day(4);
    p.plannedEnd = st.day(5);
    p.endedOn = st.day(6);
    p.outcome = st.text(7);
    return p;
}

constexpr const char* kPairColumns = "pair_id, mentee_id, mentor_id, behavior, started_on, planned_end, "
                                     "ended_on, coalesce(outcome, '')";

} // namespace

Result<std::vector<MentoringPair>> loadMentoringPairs(Database& db)
{
    std::vector<MentoringPair> out;
    Query st(db, fmt::format("SELECT {} FROM mentoring_pairs ORDER BY started_on, pair_id", kPairColumns),
             Tr::tr("cannot read mentoring pairs"));
    while (st.next())
        out.push_back(pairFrom(st));
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::vector<MentoringSession>> loadMentoringSessions(Database& db, const std::string& pairId)
{
    std::vector<MentoringSession> out;
    Query st(db,
             "SELECT session_id, pair_id, held_on, minutes, coalesce(practised, ''), "
             "coalesce(next_step, '') FROM mentoring_sessions "
             "WHERE CAST(?1 AS TEXT) IS NULL OR pair_id = ?1 ORDER BY held_on, session_id",
             Tr::tr("cannot read mentoring sessions"));
    st.bindTextOrNull(1, pairId);
    while (st.next())
        out.push_back({st.text(0), st.text(1), st.day(2), st.real(3), st.text(4), st.text(5)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<std::unordered_set<std::string>> mentoringPairIds(Database& db)
{
    std::unordered_set<std::string> out;
    Query st(db, "SELECT pair_id FROM mentoring_pairs", Tr::tr("cannot read mentoring pairs"));
    while (st.next())
        out.insert(st.text(0));
    if (!st.ok())
        return st.error();
    return out;
}

namespace {

// A new pair's id, or why the pair is refused: a broken rule, which the
// caller words per pair, unlike a failure of the database.
struct Inserted {
    std::string id;
    std::optional<Error> refused;
};

Inserted refuse(const QString& why)
{
    return {{}, Error::plain(why)};
}

// The checks and the insert of one new pair, inside the caller's transaction.
Result<Inserted> insertPair(Database& db, MentoringPair p, const QString& what)
{
    if (auto v = validatePair(p); !v)
        return Inserted{{}, v.error()};
    if (!p.active())
        return refuse(Tr::tr("outcome: a new pair starts without an outcome"));
    for (const auto& [field, id] : {std::pair{"mentee_id", &p.menteeId}, std::pair{"mentor_id", &p.mentorId}}) {
        const auto known = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", *id, what);
        if (!known)
            return known.error();
        if (!*known)
            return refuse(Tr::tr("%1: unknown agent %2").arg(QLatin1String(field), q(*id)));
    }
    Query busy(db,
               "SELECT pair_id FROM mentoring_pairs WHERE mentee_id = ? AND behavior = ? "
               "AND outcome IS NULL",
               what);
    busy.bind(1, p.menteeId).bind(2, p.behavior);
    if (busy.next())
        return refuse(Tr::tr("mentee_id: %1 is already a mentee in %2 (pair %3)")
                          .arg(q(p.menteeId), q(p.behavior), busy.qtext(0)));
    if (!busy.ok())
        return busy.error();
    Query load(db,
               "SELECT count(*), coalesce((SELECT capacity FROM mentoring_capacity WHERE "
               "agent_id = ?1), ?2) FROM mentoring_pairs WHERE mentor_id = ?1 AND outcome IS NULL",
               what);
    load.bind(1, p.mentorId).bind(2, kMentoringDefaultCapacity);
    const bool row = load.next(); // an aggregate: always one row
    if (!load.ok())
        return load.error();
    const int active = row ? static_cast<int>(load.integer(0)) : 0;
    const int capacity = row ? static_cast<int>(load.integer(1)) : kMentoringDefaultCapacity;
    if (active >= capacity)
        return refuse(
            Tr::tr("mentor_id: %1 already mentors %2 of %3 at once").arg(q(p.mentorId)).arg(active).arg(capacity));
    if (p.pairId.empty()) {
        auto id = nextId(db, "mentoring_pairs", "pair_id", 'P', what);
        if (!id)
            return id.error();
        p.pairId = std::move(*id);
    } else {
        const auto taken = exists(db, "SELECT 1 FROM mentoring_pairs WHERE pair_id = ?", p.pairId, what);
        if (!taken)
            return taken.error();
        if (*taken)
            return refuse(Tr::tr("pair_id: %1 already exists").arg(q(p.pairId)));
    }
    Query st(db,
             "INSERT INTO mentoring_pairs(pair_id, mentee_id, mentor_id, behavior, started_on, "
             "planned_end) VALUES (?, ?, ?, ?, ?, ?)",
             what);
    st.bind(1, p.pairId).bind(2, p.menteeId).bind(3, p.mentorId).bind(4, p.behavior);
    st.bind(5, isoDay(p.startedOn)).bind(6, isoDay(p.plannedEnd));
    if (auto r = st.run(); !r)
        return r.error();
    return Inserted{std::move(p.pairId), std::nullopt};
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
    const QString what = Tr::tr("cannot start the mentoring pair");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    std::vector<std::string> ids;
    for (size_t i = 0; i < pairs.size(); ++i) {
        auto inserted = insertPair(db, pairs[i], what);
        if (!inserted)
            return inserted.error();
        if (const auto& refused = inserted->refused) {
            if (pairs.size() == 1)
                return *refused;
            return Error::plain(Tr::tr("pair %1 of %2 (%3 with %4): %5")
                                    .arg(i + 1)
                                    .arg(pairs.size())
                                    .arg(q(pairs[i].menteeId), q(pairs[i].mentorId), refused->toString()));
        }
        ids.push_back(std::move(inserted->id));
    }
    if (auto st = (*tx)->commit(); !st)
        return st.error();
    return ids;
}

Result<std::string> logMentoringSession(Database& db, MentoringSession s)
{
    if (auto v = validateSession(s); !v)
        return v.error();
    const QString what = Tr::tr("cannot log the mentoring session");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query pair(db, fmt::format("SELECT {} FROM mentoring_pairs WHERE pair_id = ?", kPairColumns), what);
    pair.bind(1, s.pairId);
    if (!pair.next()) {
        if (!pair.ok())
            return pair.error();
        return Error::plain(Tr::tr("pair_id: unknown mentoring pair %1").arg(q(s.pairId)));
    }
    const MentoringPair p = pairFrom(pair);
    if (!p.active())
        return Error::plain(Tr::tr("pair_id: pair %1 ended on %2 (%3)")
                                .arg(q(p.pairId), p.endedOn.toString(Qt::ISODate), q(p.outcome)));
    if (s.heldOn < p.startedOn)
        return Error::plain(Tr::tr("held_on: %1 is before the pair started (%2)")
                                .arg(s.heldOn.toString(Qt::ISODate), p.startedOn.toString(Qt::ISODate)));
    if (s.sessionId.empty()) {
        auto id = nextId(db, "mentoring_sessions", "session_id", 'S', what);
        if (!id)
            return id.error();
        s.sessionId = std::move(*id);
    }
    Query st(db,
             "INSERT INTO mentoring_sessions(session_id, pair_id, held_on, minutes, practised, "
             "next_step) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id) DO NOTHING",
             what);
    st.bind(1, s.sessionId).bind(2, s.pairId).bind(3, isoDay(s.heldOn)).bind(4, s.minutes);
    st.bindTextOrNull(5, s.practised).bindTextOrNull(6, s.nextStep);
    if (auto r = st.run(); !r)
        return r.error();
    if (st.changes() != 1)
        return Error::plain(Tr::tr("session_id: %1 already exists").arg(q(s.sessionId)));
    if (auto c = (*tx)->commit(); !c)
        return c.error();
    return s.sessionId;
}

Status endMentoringPair(Database& db, const std::string& pairId, QDate on, const std::string& outcome)
{
    const auto& outcomes = mentoringOutcomes();
    if (std::find(outcomes.begin(), outcomes.end(), outcome) == outcomes.end())
        return Error::plain(Tr::tr("outcome: must be met, not_met or stopped, not '%1'").arg(q(outcome)));
    if (!on.isValid())
        return Error::plain(Tr::tr("ended_on: the end date is missing"));
    const QString what = Tr::tr("cannot end the mentoring pair");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    Query pair(db, fmt::format("SELECT {} FROM mentoring_pairs WHERE pair_id = ?", kPairColumns), what);
    pair.bind(1, pairId);
    if (!pair.next()) {
        if (!pair.ok())
            return pair.error();
        return Error::plain(Tr::tr("pair_id: unknown mentoring pair %1").arg(q(pairId)));
    }
    const MentoringPair p = pairFrom(pair);
    if (!p.active())
        return Error::plain(Tr::tr("pair_id: pair %1 already ended on %2 (%3)")
                                .arg(q(pairId), p.endedOn.toString(Qt::ISODate), q(p.outcome)));
    if (on < p.startedOn)
        return Error::plain(Tr::tr("ended_on: %1 is before the pair started (%2)")
                                .arg(on.toString(Qt::ISODate), p.startedOn.toString(Qt::ISODate)));
    Query up(db, "UPDATE mentoring_pairs SET ended_on = ?, outcome = ? WHERE pair_id = ?", what);
    up.bind(1, isoDay(on)).bind(2, outcome).bind(3, pairId);
    if (auto r = up.run(); !r)
        return r;
    return (*tx)->commit();
}

Result<std::map<std::string, int>> mentorCapacities(Database& db)
{
    std::map<std::string, int> out;
    Query st(db, "SELECT agent_id, capacity FROM mentoring_capacity", Tr::tr("cannot read mentor capacities"));
    while (st.next())
        out[st.text(0)] = static_cast<int>(st.integer(1));
    if (!st.ok())
        return st.error();
    return out;
}

Status setMentorCapacity(Database& db, const std::string& agentId, int capacity)
{
    if (capacity < 0 || capacity > 20)
        return Error::plain(Tr::tr("capacity: must be 0 to 20, not %1").arg(capacity));
    const QString what = Tr::tr("cannot set the mentor's capacity");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto known = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", agentId, what);
    if (!known)
        return known.error();
    if (!*known)
        return Error::plain(Tr::tr("mentor_id: unknown agent %1").arg(q(agentId)));
    Query st(db,
             capacity == kMentoringDefaultCapacity
                 ? "DELETE FROM mentoring_capacity WHERE agent_id = ?1"
                 : "INSERT INTO mentoring_capacity(agent_id, capacity) VALUES (?1, ?2) "
                   "ON CONFLICT(agent_id) DO UPDATE SET capacity = excluded.capacity",
             what);
    st.bind(1, agentId);
    if (capacity != kMentoringDefaultCapacity)
        st.bind(2, capacity);
    if (auto r = st.run(); !r)
        return r;
    return (*tx)->commit();
}

} // namespace fb::store
