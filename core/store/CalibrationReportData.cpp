#include "store/CalibrationReportData.h"

#include "store/CalibrationStore.h"

#include <QCoreApplication>

namespace fb::store {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationReportData)
};

analytics::CalibrationSessionInfo infoOf(const CalibrationSession& s)
{
    analytics::CalibrationSessionInfo info;
    info.id = s.id;
    info.heldOn = s.heldOn;
    info.facilitator = s.facilitator;
    info.anchor = s.anchor;
    info.seed = s.seed;
    info.rubricVersion = s.rubricVersion;
    for (const auto& p : s.participants)
        info.participants.push_back({p.name, p.initials});
    for (const auto& u : s.units)
        info.units.push_back({u.interactionId, u.agentId});
    return info;
}

// The session and the score matrix are two reads; a participant or unit added
// in between would shift every column, so the report refuses rather than
// mislabel anyone's scores.
bool sameShape(const analytics::CalibrationSessionInfo& info, const analytics::CalibrationInput& input)
{
    if (info.participants.size() != input.participants.size() || info.units.size() != input.units.size())
        return false;
    for (std::size_t p = 0; p < input.participants.size(); ++p)
        if (info.participants[p].name != input.participants[p])
            return false;
    for (std::size_t u = 0; u < input.units.size(); ++u)
        if (info.units[u].interactionId != input.units[u])
            return false;
    return true;
}

} // namespace

Result<analytics::CalibrationSessionReportData>
loadSessionReportData(Database& db, const std::string& sessionId, const analytics::CalibrationReportOptions& options)
{
    auto session = loadSession(db, sessionId);
    if (!session)
        return session.error();
    auto input = loadCalibrationInput(db, sessionId);
    if (!input)
        return input.error();
    auto agreed = sessionConsensus(db, sessionId);
    if (!agreed)
        return agreed.error();

    analytics::CalibrationSessionReportData data;
    data.session = infoOf(session.value());
    if (!sameShape(data.session, input.value()))
        return Error::plain(Tr::tr("calibration session %1 changed while its report was being read; try again")
                                .arg(QString::fromStdString(sessionId)));
    data.options = options;
    data.input = std::move(input.value());
    for (auto& c : agreed.value())
        data.agreed.push_back({std::move(c.interactionId), std::move(c.attribute), c.score, std::move(c.note),
                               c.decidedOn.isValid() ? c.decidedOn : data.session.heldOn});

    auto report = analytics::calibrationReport(data.input, options);
    if (!report)
        return report.error();
    data.report = std::move(report.value());
    auto reveal = analytics::revealTable(data.input);
    if (!reveal)
        return reveal.error();
    data.reveal = std::move(reveal.value());
    return data;
}

} // namespace fb::store
