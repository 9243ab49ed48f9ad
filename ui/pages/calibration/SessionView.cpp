#include "pages/calibration/SessionView.h"

#include "analytics/CalibrationText.h"
#include "common/Format.h"
#include "store/AgentDirectory.h"
#include "store/CalibrationReportData.h"
#include "store/RubricStore.h"

#include <QCoreApplication>

#include <cmath>

namespace fb::ui::calibration {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::calibration::SessionView)
};

} // namespace

QString SessionView::agentLabel(std::size_t unit, bool masked) const
{
    const auto& units = data.session.units;
    if (unit >= units.size())
        return {};
    if (masked)
        return QString::fromStdString(analytics::agentLabels(data.session, true)[unit]);
    const std::string& agent = units[unit].agentId;
    const auto it = agentNames.find(agent);
    const QString id = QString::fromStdString(agent);
    return it == agentNames.end() || it->second.isEmpty() ? id : Tr::tr("%1 (%2)").arg(it->second, id);
}

QString SessionView::participantLabel(std::size_t participant, bool initials) const
{
    if (participant >= data.session.participants.size())
        return {};
    return QString::fromStdString(analytics::participantLabels(data.session, initials)[participant]);
}

const analytics::AgreedScore* SessionView::agreed(const std::string& interactionId, const std::string& attribute) const
{
    return analytics::agreedScoreOf(data, interactionId, attribute);
}

bool SessionView::allScored() const
{
    return !progress.empty() &&
           std::all_of(progress.begin(), progress.end(), [](const auto& p) { return p.scored >= p.expected; });
}

QString SessionView::referenceText(bool initials) const
{
    if (data.input.anchor)
        return Tr::tr("Deviations are from the anchor, %1.").arg(participantLabel(*data.input.anchor, initials));
    if (data.report.reference == analytics::ReferenceKind::Consensus)
        return Tr::tr("No anchor: deviations are from the agreed (consensus) scores.");
    return Tr::tr("No anchor: deviations are from the median of everyone's scores.");
}

Result<SessionView> loadSessionView(store::Database& db, const std::string& sessionId, int resamples)
{
    SessionView v;
    analytics::CalibrationReportOptions options;
    options.resamples = resamples;
    auto data = store::loadSessionReportData(db, sessionId, options);
    if (!data)
        return data.error();
    v.data = std::move(data.value());
    auto progress = store::scoringProgress(db, sessionId);
    if (!progress)
        return progress.error();
    v.progress = std::move(progress.value());
    auto rubric = store::loadRubric(db, v.data.session.rubricVersion);
    if (!rubric)
        return rubric.error();
    for (const auto& a : rubric->attributes)
        v.descriptions[a.name] = a.description;
    v.anchors = rubric->anchors;
    auto directory = readAgentDirectory(db);
    if (!directory)
        return directory.error();
    for (const auto& u : v.data.session.units)
        for (const auto& a : directory->agents)
            if (a.id == QString::fromStdString(u.agentId))
                v.agentNames[u.agentId] = a.name;
    return v;
}

QString scoreText(const analytics::Cell& score, bool yesNo)
{
    if (!score)
        return QStringLiteral("—");
    if (yesNo)
        return *score >= 0.5 ? Tr::tr("yes") : Tr::tr("no");
    return numberText(*score, 1);
}

QString deviationText(double deviation, int decimals)
{
    if (std::fabs(deviation) < 1e-9)
        return QStringLiteral("0");
    const QString magnitude = numberText(std::fabs(deviation), decimals);
    return deviation > 0 ? QStringLiteral("+") + magnitude : QStringLiteral("−") + magnitude;
}

QString numberText(double value, int decimals)
{
    return format::compact(value, decimals);
}

} // namespace fb::ui::calibration
