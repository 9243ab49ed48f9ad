// Recognition writes (docs/recognition-and-incentives.md): a nomination and
// the behaviour list, each in one transaction, with every refusal naming the
// field. The reads are in RecognitionQueries.cpp.
#include "store/RecognitionStore.h"

#include "analytics/Coaching.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/SqlValues.h"
#include "store/Transaction.h"

#include <QCoreApplication>

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace fb::store {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecognitionStore)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// The agent who owns a row of table (interactions, qa_evaluations), or nullopt when the id is unknown.
Result<std::optional<std::string>> ownerOf(Database& db, const char* table, const char* key, const std::string& id,
                                           const QString& what)
{
    Query st(db, fmt::format("SELECT agent_id FROM {} WHERE {} = ?", table, key), what);
    st.bind(1, id);
    if (!st.next()) {
        if (!st.ok())
            return st.error();
        return std::optional<std::string>();
    }
    return std::optional<std::string>(st.text(0));
}

// Refuses evidence that is not in the data or shows another agent's work.
Status checkCited(Database& db, const char* field, const char* table, const char* key, const std::string& id,
                  const std::string& agent, const QString& what)
{
    if (id.empty())
        return {};
    const auto owner = ownerOf(db, table, key, id, what);
    if (!owner)
        return owner.error();
    if (!*owner)
        return Error::plain(Tr::tr("%1: %2 is not in the data").arg(QLatin1String(field), q(id)));
    if (**owner != agent)
        return Error::plain(
            Tr::tr("%1: %2 belongs to %3, not to %4").arg(QLatin1String(field), q(id), q(**owner), q(agent)));
    return {};
}

// The next free id R000001, R000002, ... (the demo's form).
Result<std::string> nextRecognitionId(Database& db, const QString& what)
{
    const auto count = scalar(db, "SELECT count(*) + 1 FROM recognitions", what);
    if (!count)
        return count.error();
    qint64 next = *count;
    Query taken(db, "SELECT 1 FROM recognitions WHERE recognition_id = ?", what);
    for (;; ++next) {
        std::string id = fmt::format("R{:06}", next);
        taken.bind(1, id);
        const bool used = taken.next();
        if (!taken.ok())
            return taken.error();
        taken.reset();
        if (!used)
            return id;
    }
}

} // namespace

Result<std::string> addRecognition(Database& db, Recognition r)
{
    if (Status valid = validateRecognition(r, true); !valid)
        return valid.error();
    const QString what = Tr::tr("cannot record the recognition");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto to = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", r.toAgent, what);
    if (!to)
        return to.error();
    if (!*to)
        return Error::plain(Tr::tr("to_agent: unknown agent %1").arg(q(r.toAgent)));
    if (!r.fromAgent.empty()) {
        const auto from = exists(db, "SELECT 1 FROM agents WHERE agent_id = ?", r.fromAgent, what);
        if (!from)
            return from.error();
        if (!*from)
            return Error::plain(Tr::tr("from_agent: unknown agent %1").arg(q(r.fromAgent)));
    }
    const auto listed = exists(db, "SELECT 1 FROM recognition_behaviors WHERE name = ?", r.behavior, what);
    if (!listed)
        return listed.error();
    if (!*listed)
        return Error::plain(
            Tr::tr("behavior: '%1' is not on the behaviour list (recognition behaviors)").arg(q(r.behavior)));
    if (Status st =
            checkCited(db, "interaction_id", "interactions", "interaction_id", r.interactionId, r.toAgent, what);
        !st)
        return st.error();
    if (Status st = checkCited(db, "evaluation_id", "qa_evaluations", "evaluation_id", r.evaluationId, r.toAgent, what);
        !st)
        return st.error();
    if (r.fromName.empty() && !r.fromAgent.empty()) { // a peer is shown by name, as on old rows
        Query name(db, "SELECT name FROM agents WHERE agent_id = ?", what);
        name.bind(1, r.fromAgent);
        if (name.next())
            r.fromName = name.text(0);
        if (!name.ok())
            return name.error();
    }
    if (r.id.empty()) {
        auto id = nextRecognitionId(db, what);
        if (!id)
            return id.error();
        r.id = std::move(*id);
    } else {
        const auto taken = exists(db, "SELECT 1 FROM recognitions WHERE recognition_id = ?", r.id, what);
        if (!taken)
            return taken.error();
        if (*taken)
            return Error::plain(Tr::tr("recognition_id: %1 already exists").arg(q(r.id)));
    }
    Query st(db,
             "INSERT INTO recognitions(recognition_id, given_on, to_agent, behavior, from_name, "
             "outcome, visibility, from_role, from_agent, interaction_id, evaluation_id, evidence) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             what);
    st.bind(1, r.id).bind(2, isoDay(r.givenOn)).bind(3, r.toAgent).bind(4, r.behavior);
    st.bindTextOrNull(5, r.fromName).bindTextOrNull(6, r.outcome);
    st.bind(7, r.isPublic ? "public" : "private");
    st.bindTextOrNull(8, r.fromRole).bindTextOrNull(9, r.fromAgent);
    st.bindTextOrNull(10, r.interactionId).bindTextOrNull(11, r.evaluationId).bindTextOrNull(12, r.evidence);
    if (auto run = st.run(); !run)
        return run.error();
    if (auto c = (*tx)->commit(); !c)
        return c.error();
    return r.id;
}

Result<std::vector<RecognitionBehavior>> recognitionBehaviors(Database& db)
{
    std::vector<RecognitionBehavior> out;
    Query st(db, "SELECT name, measure FROM recognition_behaviors ORDER BY position, name",
             Tr::tr("cannot read the recognition behaviours"));
    while (st.next())
        out.push_back({st.text(0), st.text(1)});
    if (!st.ok())
        return st.error();
    return out;
}

Status setRecognitionBehaviors(Database& db, const std::vector<RecognitionBehavior>& behaviors)
{
    auto attributes = rubricAttributeNames(db);
    if (!attributes)
        return attributes.error();
    std::set<std::string> names;
    for (size_t i = 0; i < behaviors.size(); ++i) {
        const RecognitionBehavior& b = behaviors[i];
        if (b.name.empty())
            return Error::plain(Tr::tr("behaviour %1: the name is missing").arg(i + 1));
        if (!names.insert(b.name).second)
            return Error::plain(Tr::tr("behaviour %1: '%2' is on the list twice").arg(i + 1).arg(q(b.name)));
        if (!b.measure.empty() && !analytics::parseTargetMetric(b.measure, attributes.value()))
            return Error::plain(Tr::tr("behaviour %1 (%2): '%3' is neither a rubric attribute nor a scorecard metric "
                                       "(csat, fcr, qa, dpti, rework, aht, escalation)")
                                    .arg(i + 1)
                                    .arg(q(b.name), q(b.measure)));
    }
    const QString what = Tr::tr("cannot write the recognition behaviours");
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto cleared = execute(db, "DELETE FROM recognition_behaviors", what); !cleared)
        return cleared;
    Query st(db, "INSERT INTO recognition_behaviors(name, measure, position) VALUES (?, ?, ?)", what);
    int position = 0;
    for (const RecognitionBehavior& b : behaviors) {
        st.bind(1, b.name).bindTextOrNull(2, b.measure).bind(3, position++);
        if (auto run = st.run(); !run)
            return run;
        st.reset();
    }
    if (!st.ok()) // an empty list runs nothing, so a failed prepare shows here
        return st.error();
    return (*tx)->commit();
}

} // namespace fb::store
