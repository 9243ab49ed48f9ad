// Coaching notes and their follow-ups: the stages and outcomes with their
// labels, what a complete note needs, and where a follow-up stands. Target
// metrics are in CoachingTargets.cpp, the effectiveness, ratio and quality
// profile in their own files.
#include "analytics/Coaching.h"

#include "common/IsoWeek.h"
#include "domain/ChoiceLabels.h"

#include <QCoreApplication>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; its strings stay under the context they had
// before Coaching.cpp was split, so the translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::Coaching)
};

} // namespace

const std::vector<std::string>& coachingStages()
{
    static const std::vector<std::string> s{"define", "demonstrate", "practice", "commit", "follow_up"};
    return s;
}

QString stageLabel(const std::string& stage)
{
    return choiceLabel("stage", stage);
}

const std::vector<std::string>& followUpOutcomes()
{
    static const std::vector<std::string> o{"met", "partly", "not_met"};
    return o;
}

QString outcomeLabel(const std::string& outcome)
{
    return choiceLabel("outcome", outcome);
}

QStringList missingNoteParts(const CoachingNote& n)
{
    QStringList missing;
    auto blank = [](const std::string& s) { return QString::fromStdString(s).trimmed().isEmpty(); };
    if (blank(n.agentId))
        missing << Tr::tr("agent");
    if (blank(n.coach))
        missing << Tr::tr("coach");
    if (!n.coachedOn.isValid())
        missing << Tr::tr("date");
    if (blank(n.attribute))
        missing << Tr::tr("quality attribute");
    if (blank(n.targetMetric))
        missing << Tr::tr("target metric");
    if (!n.baseline || !std::isfinite(*n.baseline))
        missing << Tr::tr("baseline");
    if (!n.target || !std::isfinite(*n.target))
        missing << Tr::tr("target value");
    if (!n.followUpOn.isValid())
        missing << Tr::tr("follow-up date");
    if (blank(n.stage))
        missing << Tr::tr("stage");
    if (blank(n.commitment))
        missing << Tr::tr("the agent's commitment");
    if (!n.minutes || !std::isfinite(*n.minutes))
        missing << Tr::tr("minutes spent");
    return missing;
}

Status validateNote(const CoachingNote& n)
{
    const QStringList missing = missingNoteParts(n);
    if (!missing.isEmpty())
        return Error::plain(Tr::tr("This note cannot be saved. Missing: %1.").arg(missing.join(QStringLiteral(", "))));
    if (n.followUpOn <= n.coachedOn)
        return Error::plain(Tr::tr("The follow-up date must be after the coaching date."));
    if (*n.minutes < 0)
        return Error::plain(Tr::tr("Minutes spent cannot be negative."));
    if (*n.target == *n.baseline)
        return Error::plain(Tr::tr("The target value must differ from the baseline."));
    if (std::find(coachingStages().begin(), coachingStages().end(), n.stage) == coachingStages().end())
        return Error::plain(Tr::tr("Unknown stage '%1'.").arg(QString::fromStdString(n.stage)));
    return {};
}

FollowUpStatus followUpStatus(const CoachingNote& note, QDate today)
{
    if (note.followUpDone())
        return FollowUpStatus::Done;
    if (note.followUpOn < today)
        return FollowUpStatus::Overdue;
    const QDate sunday = IsoWeek::ofDate(today).monday().addDays(6);
    if (note.followUpOn <= sunday)
        return FollowUpStatus::DueThisWeek;
    return FollowUpStatus::Upcoming;
}

QString followUpStatusLabel(FollowUpStatus s)
{
    switch (s) {
    case FollowUpStatus::Done:
        return Tr::tr("Done");
    case FollowUpStatus::Overdue:
        return Tr::tr("Overdue");
    case FollowUpStatus::DueThisWeek:
        return Tr::tr("Due this week");
    case FollowUpStatus::Upcoming:
        return Tr::tr("Upcoming");
    }
    return {};
}

} // namespace fb::analytics
