// Recognition reads (docs/recognition-and-incentives.md): the nominations of
// a period, everything coverage and the lists read, and the outcome of the
// evidence a nomination cites.
#include "common/IsoWeek.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"
#include "store/FeedbackStore.h"
#include "store/QaStore.h"
#include "store/RecognitionStore.h"
#include "store/RubricStore.h"
#include "store/ScorecardStore.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <algorithm>

namespace fb::store {
namespace {

using namespace feedbacksql;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecognitionStore)
};

Result<std::vector<analytics::RecognitionAgent>> recognitionAgents(Database& db)
{
    try {
        std::vector<analytics::RecognitionAgent> out;
        SQLite::Statement st(db.sql(), "SELECT agent_id, name, team, hire_date, left_on FROM agents ORDER BY agent_id");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), st.getColumn(1).getString(), st.getColumn(2).getString(),
                           dateColumn(st.getColumn(3)), dateColumn(st.getColumn(4))});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read agents"), e);
    }
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
    try {
        std::vector<Recognition> out;
        // given_on is ISO text, which orders as dates: [from, the day after to) reads the index recognitions_given.
        SQLite::Statement st(db.sql(),
                             "SELECT recognition_id, substr(given_on, 1, 10), to_agent, behavior, from_name, outcome, "
                             "visibility, from_role, from_agent, interaction_id, evaluation_id, evidence "
                             "FROM recognitions WHERE given_on >= ? AND given_on < ? "
                             "ORDER BY given_on, recognition_id");
        st.bind(1, isoDay(from));
        st.bind(2, isoDay(to.addDays(1)));
        while (st.executeStep()) {
            Recognition r;
            r.id = st.getColumn(0).getString();
            r.givenOn = dateColumn(st.getColumn(1));
            r.toAgent = st.getColumn(2).getString();
            r.behavior = st.getColumn(3).getString();
            r.fromName = textOr(st.getColumn(4));
            r.outcome = textOr(st.getColumn(5));
            r.isPublic = textOr(st.getColumn(6)) != "private"; // an empty visibility is public, as before
            r.fromRole = textOr(st.getColumn(7));
            r.fromAgent = textOr(st.getColumn(8));
            r.interactionId = textOr(st.getColumn(9));
            r.evaluationId = textOr(st.getColumn(10));
            r.evidence = textOr(st.getColumn(11));
            out.push_back(std::move(r));
        }
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read recognitions"), e);
    }
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
    try {
        SQLite::Statement head(db.sql(), "SELECT 1 FROM qa_evaluations WHERE evaluation_id = ?");
        head.bind(1, r.evaluationId);
        if (!head.executeStep())
            return e;
    } catch (const SQLite::Exception& ex) {
        return sqlFailure(db, Tr::tr("cannot read the evaluation"), ex);
    }
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
