#include "domain/Mentoring.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fb {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::Mentoring)
};

Error fieldError(const char* field, const QString& reason)
{
    return Error::plain(QStringLiteral("%1: %2").arg(QLatin1String(field), reason));
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

const std::vector<std::string>& mentoringOutcomes()
{
    static const std::vector<std::string> outcomes{"met", "not_met", "stopped"};
    return outcomes;
}

Status validatePair(const MentoringPair& p)
{
    if (p.menteeId.empty())
        return fieldError("mentee_id", Tr::tr("the mentee is missing"));
    if (p.mentorId.empty())
        return fieldError("mentor_id", Tr::tr("the mentor is missing"));
    if (p.menteeId == p.mentorId)
        return fieldError(
            "mentor_id",
            Tr::tr("the mentor and the mentee are the same agent (%1)").arg(QString::fromStdString(p.menteeId)));
    if (p.behavior.empty())
        return fieldError("behavior", Tr::tr("the behaviour is missing"));
    if (!p.startedOn.isValid())
        return fieldError("started_on", Tr::tr("the start date is missing"));
    if (!p.plannedEnd.isValid())
        return fieldError("planned_end", Tr::tr("the planned end is missing"));
    if (p.plannedEnd <= p.startedOn)
        return fieldError(
            "planned_end",
            Tr::tr("the planned end (%1) is not after the start (%2)").arg(iso(p.plannedEnd), iso(p.startedOn)));
    const auto& outcomes = mentoringOutcomes();
    if (!p.outcome.empty() && std::find(outcomes.begin(), outcomes.end(), p.outcome) == outcomes.end())
        return fieldError("outcome",
                          Tr::tr("must be met, not_met or stopped, not '%1'").arg(QString::fromStdString(p.outcome)));
    if (!p.outcome.empty() && !p.endedOn.isValid())
        return fieldError("ended_on", Tr::tr("the outcome is set but the end date is missing"));
    if (p.outcome.empty() && p.endedOn.isValid())
        return fieldError("outcome", Tr::tr("the end date is set but the outcome is missing"));
    if (p.endedOn.isValid() && p.endedOn < p.startedOn)
        return fieldError("ended_on",
                          Tr::tr("the end (%1) is before the start (%2)").arg(iso(p.endedOn), iso(p.startedOn)));
    return {};
}

Status validateSession(const MentoringSession& s)
{
    if (s.pairId.empty())
        return fieldError("pair_id", Tr::tr("the pair is missing"));
    if (!s.heldOn.isValid())
        return fieldError("held_on", Tr::tr("the date is missing"));
    if (!std::isfinite(s.minutes) || s.minutes <= 0 || s.minutes > 1440)
        return fieldError("minutes", Tr::tr("must be more than 0 and at most 1440 (one day)"));
    return {};
}

} // namespace fb
