#include "pages/scorecards/ScorecardDrillDown.h"

#include "ScorecardFormat.h"
#include "common/IsoWeek.h"
#include "pages/scorecards/ScorecardModel.h"

#include <QCoreApplication>

namespace fb::ui::scorecards {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::scorecards::ScorecardDrillDown)
};

using Q = store::InteractionQuery;

QString contacts(qint64 n)
{
    return n == 1 ? Tr::tr("1 contact") : Tr::tr("%L1 contacts").arg(n);
}

} // namespace

std::optional<ContactsRequest> contactsBehind(const analytics::Scorecard& card, size_t row, int column)
{
    if (row >= card.rows.size() || card.level == analytics::Level::Site || card.fromWeek == 0)
        return std::nullopt;
    const analytics::ScoreRow& r = card.rows[row];
    ContactsRequest request;
    Q& q = request.query;
    QString figure;
    QString noun;
    if (column == ScorecardModel::InteractionsColumn) {
        figure = Tr::tr("Interactions");
        request.n = r.interactions;
        noun = contacts(request.n);
    } else {
        const int metric = column - ScorecardModel::FirstMetricColumn;
        if (metric < 0 || metric >= int(card.definition.metrics.size()) || size_t(metric) >= r.metrics.size())
            return std::nullopt;
        const analytics::Metric m = card.definition.metrics[size_t(metric)].metric;
        request.n = r.metrics[size_t(metric)].n;
        switch (m) {
        case analytics::Metric::Csat:
            q.csat = Q::Csat::Surveyed;
            noun = request.n == 1 ? Tr::tr("1 surveyed contact") : Tr::tr("%L1 surveyed contacts").arg(request.n);
            break;
        case analytics::Metric::Fcr:
            q.fcr = Q::Fcr::Known;
            noun = request.n == 1 ? Tr::tr("1 contact with a known first-contact resolution")
                                  : Tr::tr("%L1 contacts with a known first-contact resolution").arg(request.n);
            break;
        case analytics::Metric::Dpti:
        case analytics::Metric::Rework:
        case analytics::Metric::Aht:
        case analytics::Metric::Escalation:
            noun = contacts(request.n);
            break;
        default:
            return std::nullopt;
        }
        figure = analytics::metricLabel(m);
    }
    if (card.level == analytics::Level::Agent)
        q.agentId = r.id;
    else
        q.team = r.id;
    q.fromDay = IsoWeek::fromKey(card.fromWeek).monday().toString(Qt::ISODate).toStdString();
    q.toDay = IsoWeek::fromKey(card.toWeek).monday().addDays(6).toString(Qt::ISODate).toStdString();
    request.banner = Tr::tr("Contacts behind: %1 of %2, %3 — %4")
                         .arg(figure, QString::fromStdString(r.name),
                              fb::scorecards::weekRangeText(card.fromWeek, card.toWeek), noun);
    return request;
}

} // namespace fb::ui::scorecards
