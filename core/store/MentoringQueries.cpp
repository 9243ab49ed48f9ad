// The reads of peer mentoring: everything candidates and suggestions need
// (agents with site, shift and status; weekly data; the scorecard definition;
// pairs; capacities), and the contacts and evaluations low-score triggers
// count. interactions has no index by time, so the triggers' read is one scan.
#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/Query.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::MentoringStore)
};

// Days [from, to) of weeks fromWeek..toWeek as ISO text, which orders like the stored timestamps.
std::pair<std::string, std::string> dayRange(int fromWeek, int toWeek)
{
    const QDate from = IsoWeek::fromKey(fromWeek).monday();
    const QDate to = IsoWeek::fromKey(toWeek).monday().addDays(7);
    return {from.toString(Qt::ISODate).toStdString(), to.toString(Qt::ISODate).toStdString()};
}

} // namespace

Result<analytics::MentoringInput> loadMentoringInput(Database& db, int fromWeek, int toWeek)
{
    analytics::MentoringInput in;
    {
        Query st(db,
                 "SELECT agent_id, name, team, coalesce(site, ''), coalesce(shift, ''), "
                 "coalesce(status, 'active') FROM agents ORDER BY agent_id",
                 Tr::tr("cannot read agents"));
        while (st.next())
            in.agents.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5) != "left"});
        if (!st.ok())
            return st.error();
    }
    auto data = loadCoachingData(db, fromWeek, toWeek);
    if (!data)
        return data.error();
    in.data = std::move(data.value());
    auto def = scorecardDefinition(db);
    if (!def)
        return def.error();
    in.definition = std::move(def.value());
    auto pairs = loadMentoringPairs(db);
    if (!pairs)
        return pairs.error();
    in.pairs = std::move(pairs.value());
    auto capacity = mentorCapacities(db);
    if (!capacity)
        return capacity.error();
    in.capacity = std::move(capacity.value());
    return in;
}

Result<analytics::MentoringEffectInput> loadMentoringEffectInput(Database& db)
{
    analytics::MentoringEffectInput in;
    auto pairs = loadMentoringPairs(db);
    if (!pairs)
        return pairs.error();
    in.pairs = std::move(pairs.value());
    auto attributes = rubricAttributeNames(db);
    if (!attributes)
        return attributes.error();
    in.attributes = std::move(attributes.value());
    int from = 0, to = 0;
    for (const MentoringPair& p : in.pairs) {
        if (p.active() || !p.startedOn.isValid() || !p.plannedEnd.isValid())
            continue;
        const int start = IsoWeek::ofDate(p.startedOn).next(-analytics::kMentoringEffectWeeks).key();
        const int end = IsoWeek::ofDate(p.plannedEnd).next(analytics::kMentoringEffectWeeks).key();
        from = from == 0 ? start : std::min(from, start);
        to = std::max(to, end);
    }
    // Agents as candidates read them; the weekly data only when there is
    // something to measure (else one week is read and dropped).
    const bool measure = from != 0;
    if (!measure)
        from = to = IsoWeek::ofDate(QDate::currentDate()).key();
    auto window = loadMentoringInput(db, from, to);
    if (!window)
        return window.error();
    in.agents = std::move(window.value().agents);
    if (measure)
        in.data = std::move(window.value().data);
    return in;
}

Result<analytics::MentoringInput> loadPayForwardInput(Database& db, int lastWeek)
{
    auto pairs = loadMentoringPairs(db);
    if (!pairs)
        return pairs.error();
    auto [from, to] = analytics::payForwardSpan(pairs.value(), lastWeek);
    if (from == 0)
        from = to = lastWeek;
    return loadMentoringInput(db, from, to);
}

Result<std::vector<analytics::CoachingMinutes>> mentoringMinutes(Database& db)
{
    std::vector<analytics::CoachingMinutes> out;
    Query st(db,
             "SELECT p.mentee_id, s.held_on, s.minutes FROM mentoring_sessions s "
             "JOIN mentoring_pairs p ON p.pair_id = s.pair_id ORDER BY s.session_id",
             Tr::tr("cannot read mentoring sessions"));
    while (st.next())
        out.push_back({st.text(0), st.day(1), st.real(2)});
    if (!st.ok())
        return st.error();
    return out;
}

Result<analytics::TriggerInput> loadTriggerInput(Database& db, int fromWeek, int toWeek)
{
    analytics::TriggerInput in;
    auto def = scorecardDefinition(db);
    if (!def)
        return def.error();
    in.gateQaMin = def.value().gateQaMin;
    const auto [from, to] = dayRange(fromWeek, toWeek);
    std::vector<int> versions;
    {
        const QString what = Tr::tr("cannot read the contacts and evaluations of the window");
        Query agents(db, "SELECT agent_id, team FROM agents", what);
        while (agents.next())
            in.teamOf[agents.text(0)] = agents.text(1);
        if (!agents.ok())
            return agents.error();
        Query contacts(db,
                       "SELECT agent_id, coalesce(contact_reason, ''), coalesce(queue, ''), csat "
                       "FROM interactions WHERE csat IS NOT NULL AND started_at >= ? "
                       "AND started_at < ?",
                       what);
        contacts.bind(1, from).bind(2, to);
        while (contacts.next())
            in.contacts.push_back(
                {contacts.text(0), contacts.text(1), contacts.text(2), static_cast<int>(contacts.integer(3))});
        if (!contacts.ok())
            return contacts.error();
        // Evaluations and their scores in evaluation_id order, merged in one pass.
        Query evals(db,
                    "SELECT e.evaluation_id, e.agent_id, coalesce(i.contact_reason, ''), "
                    "coalesce(i.queue, ''), e.rubric_version FROM qa_evaluations e "
                    "LEFT JOIN interactions i ON i.interaction_id = e.interaction_id "
                    "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? ORDER BY e.evaluation_id",
                    what);
        evals.bind(1, from).bind(2, to);
        std::vector<std::string> ids;
        while (evals.next()) {
            ids.push_back(evals.text(0));
            in.evaluations.push_back(
                {evals.text(1), evals.text(2), evals.text(3), static_cast<int>(evals.integer(4)), {}});
            versions.push_back(in.evaluations.back().rubricVersion);
        }
        if (!evals.ok())
            return evals.error();
        Query scores(db,
                     "SELECT s.evaluation_id, s.attribute, s.score FROM qa_scores s "
                     "JOIN qa_evaluations e ON e.evaluation_id = s.evaluation_id "
                     "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? "
                     "ORDER BY s.evaluation_id, s.attribute",
                     what);
        scores.bind(1, from).bind(2, to);
        size_t k = 0;
        while (scores.next()) {
            const std::string id = scores.text(0);
            while (k < ids.size() && ids[k] < id)
                ++k;
            if (k == ids.size() || ids[k] != id)
                continue;
            in.evaluations[k].scores.emplace_back(
                scores.text(1),
                scores.isNull(2) ? std::nullopt : std::optional<int>(static_cast<int>(scores.integer(2))));
        }
        if (!scores.ok())
            return scores.error();
    }
    std::sort(versions.begin(), versions.end());
    versions.erase(std::unique(versions.begin(), versions.end()), versions.end());
    for (int v : versions) {
        auto rubric = loadRubric(db, v);
        if (!rubric)
            return rubric.error();
        in.rubrics[v] = std::move(rubric.value().attributes);
    }
    return in;
}

} // namespace fb::store
