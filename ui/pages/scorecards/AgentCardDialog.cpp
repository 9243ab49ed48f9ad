#include "pages/scorecards/AgentCardDialog.h"

#include "ScorecardFormat.h"
#include "ScreenFit.h"
#include "analytics/CalibrationText.h"
#include "analytics/Coaching.h"
#include "charts/TrendChart.h"
#include "common/IsoWeek.h"
#include "domain/ChoiceLabels.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui::scorecards {

namespace {

// A note's target metric in words: "CSAT", or the rubric attribute ("Documentation").
QString targetLabel(const QString& key)
{
    const auto metric = analytics::parseTargetMetric(key.toStdString(), {});
    return metric ? metric->label() : analytics::attributeLabel(key.toStdString());
}

} // namespace

using namespace fb::scorecards; // report/ScorecardFormat.h: how the numbers read

AgentCardDialog::AgentCardDialog(const QString& agentName, const QString& team, QWidget* parent)
    : QDialog(parent), m_agent(agentName), m_team(team)
{
    setWindowTitle(tr("Agent card — %1").arg(agentName));
    resizeToScreen(this, QSize(1100, 820)); // Close stays reachable on a 720 px laptop
    auto* v = new QVBoxLayout(this);
    m_status = new QLabel(tr("Computing 13 weeks of %1…").arg(agentName));
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto* inner = new QWidget;
    m_grid = new QGridLayout(inner);
    scroll->setWidget(inner);
    v->addWidget(scroll, 4);
    m_notes = new QTableWidget;
    m_notes->setAccessibleName(tr("Coaching notes"));
    m_notes->setAccessibleDescription(
        tr("The agent's coaching notes: when, on which attribute and metric, and when the follow-up is due."));
    m_notes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notes->verticalHeader()->hide();
    m_notes->setMaximumHeight(150);
    v->addWidget(m_notes, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
}

void AgentCardDialog::setData(const AgentCardData& d)
{
    if (!d.error.isEmpty()) {
        m_status->setText(tr("Cannot compute the card: %1").arg(d.error));
        return;
    }
    QStringList labels;
    for (int w : d.weeks)
        labels << QStringLiteral("W%1").arg(w % 100, 2, 10, QLatin1Char('0'));
    // Weeks with a coaching note (by coached_on).
    std::vector<int> marks;
    for (const auto& n : d.notes) {
        const int key = IsoWeek::ofDate(QDate::fromString(n.coachedOn.left(10), Qt::ISODate)).key();
        for (size_t i = 0; i < d.weeks.size(); ++i)
            if (d.weeks[i] == key)
                marks.push_back(int(i));
    }
    m_status->setText(tr("%1 (%2), %3. Solid line with dots: %1, each week with enough data; dashed: the median of "
                         "the team's agents (pulse: the team's own pulse, at least 5 responses). △ coaching note. "
                         "Gaps are weeks below the minimum sample.")
                          .arg(m_agent, m_team, weekRangeText(d.weeks.front(), d.weeks.back())));
    int i = 0;
    for (const auto& t : d.trends) {
        charts::TrendData td;
        const auto unit = analytics::metricUnit(t.metric);
        const double scale = unit == analytics::Unit::Proportion ? 100.0 : 1.0;
        const QString suffix = unit == analytics::Unit::Proportion    ? tr(" (%)")
                               : unit == analytics::Unit::Seconds     ? tr(" (s)")
                               : unit == analytics::Unit::PerThousand ? tr(" (per 1000)")
                               : unit == analytics::Unit::PulsePoints ? tr(" (1-5)")
                                                                      : QString();
        const auto* def = d.definition.find(t.metric);
        td.title = analytics::metricLabel(t.metric) + suffix +
                   (def && def->lowerIsBetter() ? tr(" · lower is better") : QString());
        td.weekLabels = labels;
        for (const auto& v : t.agent)
            td.agent.push_back(v ? std::optional<double>(*v * scale) : std::nullopt);
        for (const auto& v : t.team)
            td.team.push_back(v ? std::optional<double>(*v * scale) : std::nullopt);
        td.agentName = m_agent;
        td.teamName = t.teamIsPooled ? tr("team pulse") : tr("team median");
        td.markerWeeks = marks;
        td.markerName = tr("coaching");
        if (unit == analytics::Unit::Proportion)
            td.yMax = 100;
        m_grid->addWidget(charts::makeTrendChart(td), i / 3, i % 3);
        ++i;
    }
    m_charts = i;

    m_notes->setColumnCount(6);
    m_notes->setHorizontalHeaderLabels({tr("Coached on"), tr("Attribute"), tr("Target metric"), tr("Follow-up due"),
                                        tr("Followed up"), tr("Outcome")});
    m_notes->setRowCount(int(d.notes.size()));
    for (int r = 0; r < int(d.notes.size()); ++r) {
        const auto& n = d.notes[size_t(r)];
        const QString cells[] = {n.coachedOn,
                                 analytics::attributeLabel(n.attribute.toStdString()),
                                 targetLabel(n.targetMetric),
                                 n.followUpOn,
                                 n.followedUpOn.isEmpty() ? tr("not yet") : n.followedUpOn,
                                 n.outcome.isEmpty() ? choiceLabel("stage", n.stage)
                                                     : choiceLabel("outcome", n.outcome)};
        for (int c = 0; c < 6; ++c)
            m_notes->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    if (d.notes.empty()) {
        m_notes->setRowCount(1);
        m_notes->setItem(0, 0, new QTableWidgetItem(tr("No coaching notes in these 13 weeks.")));
    }
    m_notes->resizeColumnsToContents();
    m_notes->horizontalHeader()->setStretchLastSection(true);
}

} // namespace fb::ui::scorecards
