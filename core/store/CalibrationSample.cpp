// The seeded random sample of a calibration session, drawn in bounded
// memory: a site holds millions of interactions, a sample a few dozen. The
// draw is a partial Fisher-Yates shuffle over *positions* (interactions in id
// order, or agents/queues in name order) whose displaced entries live in a
// small map, so it picks exactly what shuffling the whole list would pick
// without ever holding the list; one more pass over the ids in order then
// turns the chosen positions into interaction ids.
#include "analytics/Agreement.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"

#include <QCoreApplication>

#include <map>
#include <unordered_map>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationSample)
};

// The first n positions of a Fisher-Yates shuffle of 0..size-1, drawn from rng
// in the same order as shuffling a materialised array would draw them.
std::vector<quint64> shuffledPrefix(quint64 size, int n, analytics::SplitMix64& rng)
{
    std::unordered_map<quint64, quint64> displaced; // position -> value, where it differs
    auto at = [&](quint64 p) {
        const auto it = displaced.find(p);
        return it == displaced.end() ? p : it->second;
    };
    std::vector<quint64> out;
    out.reserve(static_cast<std::size_t>(n));
    for (quint64 i = 0; i < static_cast<quint64>(n); ++i) {
        const quint64 j = i + rng.below(size - i);
        const quint64 vi = at(i);
        const quint64 vj = at(j);
        displaced[j] = vi;
        out.push_back(vj);
    }
    return out;
}

// The interactions of the scope: "FROM ... WHERE ..." with ?1 team, ?2 first
// day, ?3 the day after the last ('' = open).
const char* const kScoped = " FROM interactions i WHERE (?1 = '' OR i.agent_id IN (SELECT agent_id FROM agents "
                            "WHERE team = ?1)) AND (?2 = '' OR i.started_at >= ?2) AND (?3 = '' OR i.started_at < ?3)";

bool scoped(const SampleScope& scope)
{
    return !scope.team.empty() || scope.from.isValid() || scope.to.isValid();
}

// The unscoped draw keeps its plain scan (and SQLite's fast count).
std::string fromClause(const SampleScope& scope)
{
    return scoped(scope) ? kScoped : " FROM interactions i";
}

void bindScope(Query& st, const SampleScope& scope)
{
    if (!scoped(scope))
        return;
    st.bind(1, scope.team);
    st.bind(2, scope.from.isValid() ? scope.from.toString(Qt::ISODate).toStdString() : std::string());
    st.bind(3, scope.to.isValid() ? scope.to.addDays(1).toString(Qt::ISODate).toStdString() : std::string());
}

} // namespace

Result<std::vector<std::string>> drawSample(Database& db, int n, quint64 seed, SamplePer per, const SampleScope& scope)
{
    if (n < 1)
        return Error::plain(Tr::tr("the sample needs at least one interaction"));
    analytics::SplitMix64 rng(seed);
    const QString what = Tr::tr("cannot read the interactions");
    if (per == SamplePer::Interaction) {
        Query count(db, std::string("SELECT count(*)") + fromClause(scope), what);
        bindScope(count, scope);
        const auto total = static_cast<quint64>(count.next() ? count.integer(0) : 0);
        if (!count.ok())
            return count.error();
        if (static_cast<quint64>(n) > total)
            return Error::plain(
                scoped(scope)
                    ? Tr::tr("The team has %1 interactions in the week chosen: too few to draw %2.").arg(total).arg(n)
                    : Tr::tr("cannot draw %1 interactions: the database has %2").arg(n).arg(total));
        const std::vector<quint64> ranks = shuffledPrefix(total, n, rng);
        std::unordered_map<quint64, std::size_t> slot; // rank -> place in the draw
        for (std::size_t i = 0; i < ranks.size(); ++i)
            slot[ranks[i]] = i;
        std::vector<std::string> out(ranks.size());
        Query st(db, std::string("SELECT i.interaction_id") + fromClause(scope) + " ORDER BY i.interaction_id", what);
        bindScope(st, scope);
        for (quint64 rank = 0; st.next(); ++rank)
            if (const auto it = slot.find(rank); it != slot.end())
                out[it->second] = st.text(0);
        if (!st.ok())
            return st.error();
        return out;
    }

    // Agents (queues) and how many interactions each has, in name order.
    const char* keyColumn = per == SamplePer::Agent ? "i.agent_id" : "coalesce(i.queue, '')";
    const std::string scan =
        std::string("SELECT i.interaction_id, ") + keyColumn + fromClause(scope) + " ORDER BY i.interaction_id";
    std::map<std::string, quint64> counts; // name order, as the draw needs
    {
        // Counted in a hash map (millions of rows, a few thousand keys), then ordered.
        std::unordered_map<std::string, quint64> hashed;
        Query st(db, scan, what);
        bindScope(st, scope);
        while (st.next()) {
            const std::string key = st.text(1);
            if (!key.empty())
                ++hashed[key];
        }
        if (!st.ok())
            return st.error();
        counts.insert(hashed.begin(), hashed.end());
    }
    if (static_cast<std::size_t>(n) > counts.size())
        return Error::plain((per == SamplePer::Agent ? Tr::tr("cannot draw one interaction from each of %1 agents: "
                                                              "%2 agents have interactions")
                                                     : Tr::tr("cannot draw one interaction from each of %1 queues: "
                                                              "%2 queues have interactions"))
                                .arg(n)
                                .arg(counts.size()));
    std::vector<const std::pair<const std::string, quint64>*> keys;
    keys.reserve(counts.size());
    for (const auto& entry : counts)
        keys.push_back(&entry);
    const std::vector<quint64> chosen = shuffledPrefix(keys.size(), n, rng);
    // Then one interaction of each chosen group: its k-th in id order.
    struct Want {
        quint64 index = 0;
        quint64 seen = 0;
        std::size_t slot = 0;
    };
    std::unordered_map<std::string, Want> wanted;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const auto* entry = keys[static_cast<std::size_t>(chosen[i])];
        wanted[entry->first] = {rng.below(entry->second), 0, i};
    }
    std::vector<std::string> out(chosen.size());
    Query st(db, scan, what);
    bindScope(st, scope);
    while (st.next()) {
        const std::string key = st.text(1);
        const auto it = wanted.find(key);
        if (it != wanted.end() && it->second.seen++ == it->second.index)
            out[it->second.slot] = st.text(0);
    }
    if (!st.ok())
        return st.error();
    return out;
}

} // namespace fb::store
