// Recognition writes (docs/recognition-and-incentives.md): a nomination and
// the behaviour list, each in one transaction, with every refusal naming the
// field. The reads are in RecognitionQueries.cpp.
#include "store/RecognitionStore.h"

#include "analytics/Coaching.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/FeedbackSql.h"

#include <QCoreApplication>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace fb::store {
namespace {

using namespace feedbacksql;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::RecognitionStore)
};

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

// The agent who owns a row of table (interactions, qa_evaluations), or nullopt when the id is unknown.
std::optional<std::string> ownerOf(SQLite::Database& sql, const char* table, const char* key, const std::string& id)
{
    SQLite::Statement st(sql, fmt::format("SELECT agent_id FROM {} WHERE {} = ?", table, key));
    st.bind(1, id);
    if (!st.executeStep())
        return std::nullopt;
    return st.getColumn(0).getString();
}

// Refuses evidence that is not in the data or shows another agent's work.
Status checkCited(SQLite::Database& sql, const char* field, const char* table, const char* key, const std::string& id,
                  const std::string& agent)
{
    if (id.empty())
        return {};
    const auto owner = ownerOf(sql, table, key, id);
    if (!owner)
        return Error::plain(Tr::tr("%1: %2 is not in the data").arg(QLatin1String(field), q(id)));
    if (*owner != agent)
        return Error::plain(
            Tr::tr("%1: %2 belongs to %3, not to %4").arg(QLatin1String(field), q(id), q(*owner), q(agent)));
    return {};
}

// The next free id R000001, R000002, ... (the demo's form).
std::string nextRecognitionId(SQLite::Database& sql)
{
    qint64 next = sql.execAndGet("SELECT count(*) + 1 FROM recognitions").getInt64();
    SQLite::Statement taken(sql, "SELECT 1 FROM recognitions WHERE recognition_id = ?");
    for (;; ++next) {
        std::string id = fmt::format("R{:06}", next);
        taken.bind(1, id);
        const bool used = taken.executeStep();
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
    try {
        auto& sql = db.sql();
        SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
        if (!exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", r.toAgent))
            return Error::plain(Tr::tr("to_agent: unknown agent %1").arg(q(r.toAgent)));
        if (!r.fromAgent.empty() && !exists(sql, "SELECT 1 FROM agents WHERE agent_id = ?", r.fromAgent))
            return Error::plain(Tr::tr("from_agent: unknown agent %1").arg(q(r.fromAgent)));
        if (!exists(sql, "SELECT 1 FROM recognition_behaviors WHERE name = ?", r.behavior))
            return Error::plain(
                Tr::tr("behavior: '%1' is not on the behaviour list (recognition behaviors)").arg(q(r.behavior)));
        if (Status st = checkCited(sql, "interaction_id", "interactions", "interaction_id", r.interactionId, r.toAgent);
            !st)
            return st.error();
        if (Status st = checkCited(sql, "evaluation_id", "qa_evaluations", "evaluation_id", r.evaluationId, r.toAgent);
            !st)
            return st.error();
        if (r.fromName.empty() && !r.fromAgent.empty()) { // a peer is shown by name, as on old rows
            SQLite::Statement name(sql, "SELECT name FROM agents WHERE agent_id = ?");
            name.bind(1, r.fromAgent);
            if (name.executeStep())
                r.fromName = name.getColumn(0).getString();
        }
        if (r.id.empty())
            r.id = nextRecognitionId(sql);
        else if (exists(sql, "SELECT 1 FROM recognitions WHERE recognition_id = ?", r.id))
            return Error::plain(Tr::tr("recognition_id: %1 already exists").arg(q(r.id)));
        SQLite::Statement st(sql,
                             "INSERT INTO recognitions(recognition_id, given_on, to_agent, behavior, from_name, "
                             "outcome, visibility, from_role, from_agent, interaction_id, evaluation_id, evidence) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, r.id);
        st.bind(2, isoDay(r.givenOn));
        st.bind(3, r.toAgent);
        st.bind(4, r.behavior);
        bindTextOrNull(st, 5, r.fromName);
        bindTextOrNull(st, 6, r.outcome);
        st.bind(7, r.isPublic ? "public" : "private");
        bindTextOrNull(st, 8, r.fromRole);
        bindTextOrNull(st, 9, r.fromAgent);
        bindTextOrNull(st, 10, r.interactionId);
        bindTextOrNull(st, 11, r.evaluationId);
        bindTextOrNull(st, 12, r.evidence);
        st.exec();
        tx.commit();
        return r.id;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot record the recognition"), e);
    }
}

Result<std::vector<RecognitionBehavior>> recognitionBehaviors(Database& db)
{
    try {
        std::vector<RecognitionBehavior> out;
        SQLite::Statement st(db.sql(), "SELECT name, measure FROM recognition_behaviors ORDER BY position, name");
        while (st.executeStep())
            out.push_back({st.getColumn(0).getString(), textOr(st.getColumn(1))});
        return out;
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot read the recognition behaviours"), e);
    }
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
    try {
        auto& sql = db.sql();
        SQLite::Transaction tx(sql, SQLite::TransactionBehavior::IMMEDIATE);
        sql.exec("DELETE FROM recognition_behaviors");
        SQLite::Statement st(sql, "INSERT INTO recognition_behaviors(name, measure, position) VALUES (?, ?, ?)");
        int position = 0;
        for (const RecognitionBehavior& b : behaviors) {
            st.bind(1, b.name);
            bindTextOrNull(st, 2, b.measure);
            st.bind(3, position++);
            st.exec();
            st.reset();
        }
        tx.commit();
        return {};
    } catch (const SQLite::Exception& e) {
        return sqlFailure(db, Tr::tr("cannot write the recognition behaviours"), e);
    }
}

} // namespace fb::store
