// The QA page's random sample: the calibration sampler's draw, restricted to
// one team and week, with what the lead needs to pick up each contact.
#include "common/IsoWeek.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"
#include "store/Query.h"
#include "store/RecordStore.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::EvaluationSample)
};

} // namespace

Result<std::vector<SampledContact>> sampleToEvaluate(Database& db, int n, quint64 seed, const std::string& team,
                                                     int week)
{
    if (team.empty())
        return Error::plain(Tr::tr("Choose the team to sample from."));
    const QDate monday = IsoWeek::fromKey(week).monday();
    if (!monday.isValid())
        return Error::plain(Tr::tr("Choose the week to sample from."));
    auto ids = drawSample(db, n, seed, SamplePer::Interaction, SampleScope{team, monday, monday.addDays(6)});
    if (!ids)
        return ids.error();
    const QString what = Tr::tr("cannot read the sampled contacts");
    Query contact(db,
                  "SELECT i.agent_id, coalesce(a.name, ''), i.started_at FROM interactions i "
                  "LEFT JOIN agents a ON a.agent_id = i.agent_id WHERE i.interaction_id = ?",
                  what);
    if (!contact.ok())
        return contact.error();
    Query evaluated(db,
                    "SELECT evaluation_id FROM qa_evaluations WHERE interaction_id = ? "
                    "ORDER BY evaluation_id",
                    what);
    if (!evaluated.ok())
        return evaluated.error();
    std::vector<SampledContact> out;
    for (const std::string& id : ids.value()) {
        SampledContact c;
        c.interactionId = id;
        contact.bind(1, id);
        if (contact.next()) {
            c.agentId = contact.text(0);
            c.agentName = contact.text(1);
            c.startedAt = contact.qtext(2);
        }
        if (!contact.ok())
            return contact.error();
        contact.reset();
        evaluated.bind(1, id);
        while (evaluated.next())
            c.evaluationIds.push_back(evaluated.text(0));
        if (!evaluated.ok())
            return evaluated.error();
        evaluated.reset();
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace fb::store
