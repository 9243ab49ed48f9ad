// Recognition reads (docs/recognition-and-incentives.md): the nominations of
// a period, everything coverage and the lists read, and the outcome of the
// evidence a nomination cites.
#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"
#include "store/QaStore.h"
#include "store/Query.h"
#include "store/RecognitionStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecognitionStore)
};

Result<std::vector<analytics::RecognitionAgent>> recognitionAgents(Database& db)
{
    std::vector<analytics::RecognitionAgent> out;
    Query st(db, "SELECT agent_id, name, team, hire_date, left_on FROM agents ORDER BY agent_id",
             Tr::tr("cannot read agents"));
    while (st.next())
        out.push_back({st.text(0), st.text(1), st.text(2), st.day(3), st.day(4)});
    if (!st.ok())
        return st.error();
    return out;
}

// The interaction's FCR and CSAT into e, when the interaction is in the data.
Status addInteractionOutcome(Database& db, const std::string& interactionId, analytics::EvidenceOutcome& e)
{
    auto facts = interactionFacts(db, interactionId);
    if (!facts)
        return facts.error();
    if (const auto& f = facts.value()) {
        e.interactionFound = true;
        if (f->resolvedFirstContact)
            e.fcr = *f->resolvedFirstContact != 0;
        if (f->csat)
            e.csat = int(*f->csat);
    }
    return {};
}

} // namespace

Result<std::vector<Recognition>> loadRecognitions(Database& db, QDate from, QDate to)
{
    std::vector<Recognition> out;
    // given_on is ISO text, which orders as dates: [from, the day after to) reads the index recognitions_given.
    Query st(db,
             "SELECT recognition_id, substr(given_on, 1, 10), to_agent, behavior, from_name, outcome, "
             "visibility, from_role, from_agent, interaction_id, evaluation_id, evidence "
             "FROM recognitions WHERE given_on >= ? AND given_on < ? "
             "ORDER BY given_on, recognition_id",
             Tr::tr("cannot read recognitions"));
    st.bind(1, isoDay(from)).bind(2, isoDay(to.addDays(1)));
    while (st.next()) {
        Recognition r;
        r.id = st.text(0);
        r.givenOn = st.day(1);
        r.toAgent = st.text(2);
        r.behavior = st.text(3);
        r.fromName = st.text(4);
        r.outcome = st.text(5);
        r.isPublic = st.text(6) != "private"; // an empty visibility is public, as before
        r.fromRole = st.text(7);
        r.fromAgent = st.text(8);
        r.interactionId = st.text(9);
        r.evaluationId = st.text(10);
        r.evidence = st.text(11);
        out.push_back(std::move(r));
    }
    if (!st.ok())
        return st.error();
    return out;
}

Result<analytics::RecognitionInput> loadRecognitionInput(Database& db, int fromWeek, int toWeek)
{
    analytics::RecognitionInput in;
    auto agents = recognitionAgents(db);
    if (!agents)
        return agents.error();
    in.agents = std::move(agents.value());
    auto data = loadCoachingData(db, fromWeek, toWeek);
    if (!data)
        return data.error();
    in.data = std::move(data.value());
    auto def = scorecardDefinition(db);
    if (!def)
        return def.error();
    in.definition = std::move(def.value());
    auto behaviors = recognitionBehaviors(db);
    if (!behaviors)
        return behaviors.error();
    in.behaviors = std::move(behaviors.value());
    auto attributes = rubricAttributeNames(db);
    if (!attributes)
        return attributes.error();
    in.attributes = std::move(attributes.value());
    // Every recognition up to the window's end, so "last recognised" reaches back before the window.
    auto recognitions = loadRecognitions(db, QDate(1900, 1, 1), IsoWeek::fromKey(toWeek).monday().addDays(6));
    if (!recognitions)
        return recognitions.error();
    in.recognitions = std::move(recognitions.value());
    auto tickets = loadTickets(db);
    if (!tickets)
        return tickets.error();
    in.tickets = std::move(tickets.value());
    return in;
}

Result<analytics::EvidenceOutcome> evidenceOutcome(Database& db, const Recognition& r)
{
    analytics::EvidenceOutcome e;
    if (!r.interactionId.empty()) {
        e.interactionCited = true;
        if (Status st = addInteractionOutcome(db, r.interactionId, e); !st)
            return st.error();
    }
    if (r.evaluationId.empty())
        return e;
    e.evaluationCited = true;
    const auto found = exists(db, "SELECT 1 FROM qa_evaluations WHERE evaluation_id = ?", r.evaluationId,
                              Tr::tr("cannot read the evaluation"));
    if (!found)
        return found.error();
    if (!*found)
        return e;
    auto evaluation = loadEvaluation(db, r.evaluationId);
    if (!evaluation)
        return evaluation.error();
    e.evaluationFound = true;
    // An evaluation scores one interaction: its FCR and CSAT belong beside the QA score.
    if (r.interactionId.empty() && !evaluation.value().interactionId.empty())
        if (Status st = addInteractionOutcome(db, evaluation.value().interactionId, e); !st)
            return st.error();
    auto total = evaluationTotal(db, r.evaluationId);
    if (!total)
        return total.error();
    e.qaTotal = total.value();
    // The behaviour's attribute, when the list ties it to one of the rubric the evaluation was scored with.
    auto behaviors = recognitionBehaviors(db);
    if (!behaviors)
        return behaviors.error();
    const auto b = std::find_if(behaviors.value().begin(), behaviors.value().end(),
                                [&](const RecognitionBehavior& x) { return x.name == r.behavior; });
    if (b == behaviors.value().end() || b->measure.empty())
        return e;
    auto rubric = loadRubric(db, evaluation.value().rubricVersion);
    if (!rubric)
        return rubric.error();
    const auto& attrs = rubric.value().attributes;
    const auto a =
        std::find_if(attrs.begin(), attrs.end(), [&](const RubricAttribute& x) { return x.name == b->measure; });
    if (a == attrs.end())
        return e;
    e.attribute = a->name;
    e.attributeMax = a->yesNo ? 1 : 4;
    for (const auto& [name, score] : evaluation.value().scores)
        if (name == a->name)
            e.attributeScore = score;
    return e;
}

} // namespace fb::store
