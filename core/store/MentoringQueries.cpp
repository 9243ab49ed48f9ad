// The reads of peer mentoring: everything candidates and suggestions need
// (agents with site, shift and status; weekly data; the scorecard definition;
// pairs; capacities), and the contacts and evaluations low-score triggers
// count. interactions has no index by time, so the triggers' read is one scan.
#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

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
    try {
        SQLite::Statement st(db.sql(), "SELECT agent_id, name, team, coalesce(site, ''), coalesce(shift, ''), "
                                       "coalesce(status, 'active') FROM agents ORDER BY agent_id");
        while (st.executeStep())
            in.agents.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                                 st.getColumn(3).getString(), st.getColumn(4).getString(),
                                 st.getColumn(5).getString() != "left"});
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read agents"), e);
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
    try {
        std::vector<analytics::CoachingMinutes> out;
        SQLite::Statement st(db.sql(), "SELECT p.mentee_id, s.held_on, s.minutes FROM mentoring_sessions s "
                                       "JOIN mentoring_pairs p ON p.pair_id = s.pair_id ORDER BY s.session_id");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), dateColumn(st.getColumn(1)), st.getColumn(2).getDouble()});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read mentoring sessions"), e);
    }
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
    try {
        auto& sql = db.sql();
        SQLite::Statement agents(sql, "SELECT agent_id, team FROM agents");
        while (agents.executeStep())
            in.teamOf[agents.getColumn(0).getString()] = agents.getColumn(1).getString();
        SQLite::Statement contacts(sql, "SELECT agent_id, coalesce(contact_reason, ''), coalesce(queue, ''), csat "
                                        "FROM interactions WHERE csat IS NOT NULL AND started_at >= ? "
                                        "AND started_at < ?");
        contacts.bind(1, from);
        contacts.bind(2, to);
        while (contacts.executeStep())
            in.contacts.push_back({contacts.getColumn(0).getString(), contacts.getColumn(1).getString(),
                                   contacts.getColumn(2).getString(), contacts.getColumn(3).getInt()});
        // Evaluations and their scores in evaluation_id order, merged in one pass.
        SQLite::Statement evals(sql, "SELECT e.evaluation_id, e.agent_id, coalesce(i.contact_reason, ''), "
                                     "coalesce(i.queue, ''), e.rubric_version FROM qa_evaluations e "
                                     "LEFT JOIN interactions i ON i.interaction_id = e.interaction_id "
                                     "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? ORDER BY e.evaluation_id");
        evals.bind(1, from);
        evals.bind(2, to);
        std::vector<std::string> ids;
        while (evals.executeStep()) {
            ids.push_back(evals.getColumn(0).getString());
            in.evaluations.push_back({evals.getColumn(1).getString(),
                                      evals.getColumn(2).getString(),
                                      evals.getColumn(3).getString(),
                                      evals.getColumn(4).getInt(),
                                      {}});
            versions.push_back(in.evaluations.back().rubricVersion);
        }
        SQLite::Statement scores(sql, "SELECT s.evaluation_id, s.attribute, s.score FROM qa_scores s "
                                      "JOIN qa_evaluations e ON e.evaluation_id = s.evaluation_id "
                                      "WHERE e.evaluated_at >= ? AND e.evaluated_at < ? "
                                      "ORDER BY s.evaluation_id, s.attribute");
        scores.bind(1, from);
        scores.bind(2, to);
        size_t k = 0;
        while (scores.executeStep()) {
            const std::string id = scores.getColumn(0).getString();
            while (k < ids.size() && ids[k] < id)
                ++k;
            if (k == ids.size() || ids[k] != id)
                continue;
            const auto score = scores.getColumn(2);
            in.evaluations[k].scores.emplace_back(scores.getColumn(1).getString(),
                                                  score.isNull() ? std::nullopt : std::optional<int>(score.getInt()));
        }
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the contacts and evaluations of the window"), e);
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
