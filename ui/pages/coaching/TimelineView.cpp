#include "pages/coaching/TimelineView.h"

#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "charts/CoachingTimelineChart.h"
#include "common/IsoWeek.h"
#include "pages/coaching/ReportParts.h"
#include "store/AgentDirectory.h"
#include "store/CoachingStore.h"
#include "store/ScorecardStore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace fb::ui {

TimelineView::TimelineView(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_agent = new QComboBox(this);
    m_agent->setAccessibleName(tr("Agent"));
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Metric"));
    m_chart = new CoachingTimelineChart(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    auto* al = new QLabel(tr("A&gent"), this);
    al->setBuddy(m_agent);
    auto* ml = new QLabel(tr("&Metric"), this);
    ml->setBuddy(m_metric);
    bar->addWidget(al);
    bar->addWidget(m_agent, 1);
    bar->addWidget(ml);
    bar->addWidget(m_metric);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_status);
    connect(m_agent, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &TimelineView::reload);
}

void TimelineView::setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes)
{
    const QSignalBlocker b1(m_agent), b2(m_metric);
    m_agent->clear();
    for (const auto& a : directory.agents)
        m_agent->addItem(QStringLiteral("%1 — %2 (%3)").arg(a.id, a.name, a.team), a.id);
    m_metric->clear();
    m_metric->addItem(tr("The metric of the agent's notes"), QString());
    for (const auto& m : analytics::targetableMetrics())
        m_metric->addItem(analytics::metricLabel(m), QString::fromStdString(analytics::metricKey(m)));
    for (const auto& a : attributes)
        m_metric->addItem(QString::fromStdString(a), QString::fromStdString(a));
}

void TimelineView::showAgent(const QString& agentId, const QString& metric)
{
    const int a = m_agent->findData(agentId);
    if (a >= 0)
        m_agent->setCurrentIndex(a);
    const int m = m_metric->findData(metric);
    if (m >= 0)
        m_metric->setCurrentIndex(m);
    reload();
}

void TimelineView::reload()
{
    const std::string agent = m_agent->currentData().toString().toStdString();
    if (agent.empty())
        return;
    const std::string wanted = m_metric->currentData().toString().toStdString();
    m_status->setText(tr("Loading…"));
    struct Out {
        QString title, unit;
        std::vector<CoachingTimelineChart::Point> points;
        std::vector<CoachingTimelineChart::Marker> markers;
        std::optional<double> target;
        int notes = 0;
    };
    m_worker.run(
        this,
        [agent, wanted](store::Database& db) -> Result<Out> {
            Out out;
            auto notes = store::loadCoachingNotes(db);
            if (!notes)
                return notes.error();
            auto attrs = store::rubricAttributeNames(db);
            if (!attrs)
                return attrs.error();
            auto weeks = store::rollupWeeks(db);
            if (!weeks)
                return weeks.error();
            std::string metricKey = wanted;
            std::vector<const analytics::CoachingNote*> mine;
            for (const auto& n : notes.value())
                if (n.agentId == agent)
                    mine.push_back(&n);
            if (metricKey.empty())
                metricKey = mine.empty() ? std::string("qa") : mine.back()->targetMetric;
            const auto metric = analytics::parseTargetMetric(metricKey, attrs.value());
            if (!metric)
                return Error::plain(QStringLiteral("unknown metric %1").arg(QString::fromStdString(metricKey)));
            int to = weeks->empty() ? IsoWeek::ofDate(QDate::currentDate()).key() : weeks->back();
            for (const auto* n : mine)
                to = std::max(to, IsoWeek::ofDate(n->followUpOn).key());
            const int from = IsoWeek::fromKey(to).next(-25).key();
            auto data = store::loadCoachingData(db, from, to);
            if (!data)
                return data.error();
            const auto& agentWeeks = data.value()[agent];
            // Proportions are plotted in percent.
            const bool percent = !metric->isAttribute && analytics::isProportion(metric->metric);
            const double plotScale = percent ? 100.0 : 1.0;
            for (int w = from; w <= to; w = IsoWeek::fromKey(w).next(1).key()) {
                auto v = analytics::targetValue(*metric, agentWeeks, w, w);
                if (v.value)
                    *v.value *= plotScale;
                out.points.push_back({IsoWeek::fromKey(w).monday(), v.value, v.n, !v.enough});
            }
            for (const auto* n : mine) {
                if (n->targetMetric != metricKey && n->attribute != metricKey)
                    continue;
                ++out.notes;
                out.markers.push_back({n->coachedOn,
                                       QStringLiteral("%1 %2").arg(QString::fromStdString(n->noteId),
                                                                   analytics::attributeLabel(n->attribute)),
                                       false});
                out.markers.push_back({n->followedUpOn.isValid() ? n->followedUpOn : n->followUpOn,
                                       QString::fromStdString(n->noteId), true});
                if (n->targetMetric == metricKey && n->target)
                    out.target = *n->target / analytics::noteScale(*n, *metric) * plotScale;
            }
            out.title = QStringLiteral("%1 — %2").arg(QString::fromStdString(agent), metric->label());
            out.unit = percent ? tr("percent") : metric->unitText();
            return out;
        },
        [this](Result<Out> r) {
            if (!r) {
                m_status->setText(tr("⚠ %1").arg(r.error().toString()));
                return;
            }
            const Out& o = r.value();
            m_chart->setData(o.title, o.unit, o.points, o.markers, o.target);
            m_status->setText(tr("Coaching notes on this metric: %1. ▲ note, ■ follow-up, hollow points: fewer than "
                                 "the metric's minimum sample that week.")
                                  .arg(o.notes));
            emit loaded();
        });
}

} // namespace fb::ui
