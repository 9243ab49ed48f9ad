#include "pages/friction/ProgramDrillDown.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::ui {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::ProgramDrillDown)
};

using Q = store::InteractionQuery;

} // namespace

std::optional<ContactsRequest> programContactsBehind(const analytics::ProgramReport& r, int row, int column)
{
    if (row < 0 || row >= int(r.comparison.size()) || column < 1 || column > 4 || !r.program.start.isValid())
        return std::nullopt;
    const analytics::MetricComparison& c = r.comparison[size_t(row)];
    const bool before = column == 1 || column == 3;
    ContactsRequest request;
    Q& q = request.query;
    request.n = before ? c.nPre : c.nPost;
    QString noun;
    switch (c.metric) {
    case analytics::ProgramMetric::Fcr:
        q.fcr = Q::Fcr::Known;
        noun = Tr::tr("%L1 contacts with a known first-contact resolution");
        break;
    case analytics::ProgramMetric::Rework:
        q.repeat = Q::Flag::Known;
        noun = Tr::tr("%L1 contacts where a repeat contact is known");
        break;
    case analytics::ProgramMetric::Escalation:
        q.escalated = Q::Flag::Known;
        noun = Tr::tr("%L1 contacts where escalation is known");
        break;
    case analytics::ProgramMetric::Csat:
        q.csat = Q::Csat::Surveyed;
        noun = Tr::tr("%L1 surveyed contacts");
        break;
    case analytics::ProgramMetric::Dpti:
    case analytics::ProgramMetric::Aht:
        noun = Tr::tr("%L1 contacts");
        break;
    }
    if (r.program.teams.size() == 1)
        q.team = r.program.teams.front();
    else
        q.teams = r.program.teams;
    // Program days: weeks 1-2 are days 0-13, weeks 7-8 days 42-55, cut where the comparison was.
    const QDate from = r.program.start.addDays(before ? 0 : 42);
    QDate to = r.program.start.addDays(before ? 13 : 55);
    to = std::min(to, analytics::comparisonCut(r).addDays(-1));
    q.fromDay = from.toString(Qt::ISODate).toStdString();
    q.toDay = to.toString(Qt::ISODate).toStdString();
    request.banner = Tr::tr("Contacts behind: %1 of %2, %3 (%4 to %5) — %6")
                         .arg(analytics::metricLabel(c.metric), QString::fromStdString(r.program.name),
                              before ? Tr::tr("weeks 1-2") : Tr::tr("weeks 7-8"), from.toString(Qt::ISODate),
                              to.toString(Qt::ISODate), noun.arg(request.n));
    return request;
}

} // namespace fb::ui
