// The helpers the calibration sessions, scores and consensus share (see
// CalibrationContext.h).
#include "store/CalibrationContext.h"

#include "store/Database.h"

#include <QCoreApplication>

#include <cmath>

namespace fb::store::calibration {
namespace {

// The Tr::tr() of this file; its strings stay under the context they had
// before CalibrationStore.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

} // namespace

std::string trimmed(const std::string& s)
{
    return QString::fromStdString(s).trimmed().toStdString();
}

void bindScore(Query& q, int i, const std::optional<double>& v)
{
    if (v)
        q.bind(i, static_cast<qint64>(std::llround(*v)));
    else
        q.bindNull(i);
}

} // namespace fb::store::calibration

namespace fb::store {

Result<ScoringSheet> loadScoringSheet(Database& db, const std::string& sessionId)
{
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    auto rubric = loadRubric(db, session->rubricVersion);
    if (!rubric)
        return rubric.error();
    ScoringSheet ctx;
    ctx.session = std::move(session.value());
    ctx.ordered = rubric->attributes;
    for (const auto& a : rubric->attributes)
        ctx.attributes[a.name] = a;
    return ctx;
}

} // namespace fb::store
