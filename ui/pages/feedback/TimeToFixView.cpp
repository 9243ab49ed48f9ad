#include "pages/feedback/TimeToFixView.h"

#include "analytics/FeedbackSla.h"
#include "analytics/FeedbackTrend.h"
#include "charts/MonthTrendChart.h"
#include "common/DateFormat.h"
#include "pages/PageParts.h"
#include "pages/feedback/FeedbackRows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
constexpr size_t kLongTail = 10;
}

TimeToFixView::TimeToFixView(QWidget* parent) : QWidget(parent)
{
    m_by = new QComboBox(this);
    m_by->addItem(tr("Category"));
    m_by->addItem(tr("Owner"));
    m_by->addItem(tr("Month raised"));
    auto* byLabel = new QLabel(tr("&Group by:"), this);
    byLabel->setBuddy(m_by);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_sla = makeResultTable(FeedbackRows::slaHeaders(), tr("Time to decision and fix"), this);
    m_sla->setAccessibleDescription(tr("One row per group: how many working days tickets took to a decision and to a "
                                       "fix, and how many kept the deadline."));
    m_tail = makeResultTable(FeedbackRows::longTailHeaders(), tr("Longest open tickets"), this);
    m_tail->setAccessibleDescription(tr("The tickets open longest, in working days; Enter or double-click opens one."));
    auto* bar = new QHBoxLayout;
    bar->addWidget(byLabel);
    bar->addWidget(m_by);
    bar->addStretch();
    m_trendNote = new QLabel(this);
    m_trendNote->setWordWrap(true);
    // The SLA table keeps the full width for its ten columns; the long tail's
    // titles shrink beside the trend, so both fit at 1280x720.
    auto* tail = new QVBoxLayout;
    tail->addWidget(new QLabel(tr("The long tail: the %1 tickets open longest").arg(kLongTail), this));
    tail->addWidget(m_tail, 1);
    m_trendBox = new QVBoxLayout;
    m_trendBox->addWidget(m_trendNote);
    auto* bottom = new QHBoxLayout;
    bottom->addLayout(tail, 3);
    bottom->addLayout(m_trendBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_sla, 2);
    layout->addLayout(bottom, 3);
    connect(m_by, &QComboBox::currentIndexChanged, this, &TimeToFixView::refill);
    connect(m_tail, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const auto* item = m_tail->item(index.row(), 0))
            emit ticketActivated(item->text());
    });
}

void TimeToFixView::show(const FeedbackSnapshot& data, QDate today)
{
    m_data = &data;
    m_today = today;
    refill();
}

void TimeToFixView::refillTrend()
{
    const auto months = analytics::timeToFixTrend(m_data->tickets, m_data->calendar, m_today);
    charts::MonthTrendData d;
    d.title = tr("Median working days to decision and to fix, by month");
    d.yTitle = tr("working days");
    d.solidName = tr("to decision (decided in the month)");
    d.dashedName = tr("to fix (fixed in the month)");
    for (const auto& m : months) {
        d.monthLabels << FeedbackRows::trendLabel(m);
        d.solid.push_back(m.medianDaysToDecision);
        d.dashed.push_back(m.medianDaysToFix);
    }
    auto* chart = charts::makeMonthTrendChart(d, this);
    chart->setAccessibleName(d.title);
    if (m_chart) {
        m_trendBox->replaceWidget(m_chart, chart);
        delete m_chart;
    } else {
        m_trendBox->addWidget(chart, 1);
    }
    m_chart = chart;
    m_trendNote->setText(
        months.empty()
            ? tr("No ticket decided yet: the trend starts with the first decision.")
            : tr("Under each month: tickets decided · fixed in it (n); * the month is not over yet. A month with "
                 "fewer than %1 shows no median (not enough data).")
                  .arg(analytics::kMinTrendTickets));
}

void TimeToFixView::refill()
{
    if (!m_data)
        return;
    QDate first = m_today;
    for (const auto& t : m_data->tickets)
        if (t.raisedOn.isValid())
            first = std::min(first, t.raisedOn);
    const analytics::SlaGroupBy groups[] = {analytics::SlaGroupBy::Category, analytics::SlaGroupBy::Owner,
                                            analytics::SlaGroupBy::Month};
    const auto by = groups[std::clamp(m_by->currentIndex(), 0, 2)];
    const auto rows = analytics::slaTable(m_data->tickets, m_data->categories, m_data->calendar, first, m_today, by);
    const std::set<int> numeric{1, 2, 3, 4, 5, 6, 7, 8, 9};
    fillResultTable(m_sla, m_data->tickets.empty() ? FeedbackRows::Rows{} : FeedbackRows::sla(rows, by), numeric);
    refillTrend();
    fillResultTable(
        m_tail, FeedbackRows::longTail(analytics::longestOpen(m_data->tickets, m_data->calendar, m_today, kLongTail)),
        {4});
    if (m_data->tickets.empty())
        m_status->setText(tr("No feedback tickets yet: record one on the Intake tab or import a feedback CSV."));
    else
        m_status->setText(tr("Tickets raised %1 to %2; days are working days after the day raised, medians and "
                             "90th percentiles as PERCENTILE.INC.")
                              .arg(format::date(first), format::date(m_today)));
}

} // namespace fb::ui
