#include "pages/feedback/QueueView.h"

#include "analytics/FeedbackQueue.h"
#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"
#include "pages/PageParts.h"
#include "pages/feedback/FeedbackRows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

QueueView::QueueView(QWidget* parent) : QWidget(parent)
{
    m_team = new QComboBox(this);
    m_category = new QComboBox(this);
    m_owner = new QComboBox(this);
    m_table = makeResultTable(FeedbackRows::queueHeaders(), tr("Feedback queue"), this);
    m_table->setAccessibleDescription(
        tr("One row per ticket that is overdue, due or waiting; Enter or double-click opens it."));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    const std::pair<QString, QComboBox*> filters[] = {
        {tr("T&eam:"), m_team}, {tr("&Category:"), m_category}, {tr("&Owner:"), m_owner}};
    for (const auto& [label, box] : filters) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(l);
        bar->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &QueueView::refill);
    }
    bar->addStretch();
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const auto* item = m_table->item(index.row(), 1))
            emit ticketActivated(item->text());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
}

void QueueView::show(const FeedbackSnapshot& data, QDate monday)
{
    m_data = &data;
    m_monday = monday;
    const auto choices = FeedbackRows::filterChoices(data.teams, data.categories, data.tickets);
    setFilterChoices(m_team, tr("All"), choices.teams);
    setFilterChoices(m_category, tr("All"), choices.categories,
                     [](const QString& c) { return choiceLabel("category", c); });
    setFilterChoices(m_owner, tr("All"), choices.owners);
    refill();
}

void QueueView::refill()
{
    if (!m_data)
        return;
    auto choice = [](QComboBox* box) { return filterChoice(box).toStdString(); };
    const analytics::QueueFilter filter{choice(m_team), choice(m_category), choice(m_owner)};
    const auto items =
        analytics::feedbackQueue(m_data->tickets, m_data->categories, m_data->calendar, m_monday, filter);
    // The queue's own order (state, most overdue, due date) until the lead sorts by a column.
    m_table->setSortingEnabled(false);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    fillResultTable(m_table, FeedbackRows::queue(items), {7, 8});
    m_table->setSortingEnabled(true);
    const QString week = IsoWeek::ofDate(m_monday).toString();
    if (m_data->tickets.empty())
        m_status->setText(tr("No feedback tickets yet: record one on the Intake tab or import a feedback CSV."));
    else if (items.empty())
        m_status->setText(tr("Nothing is overdue, due or waiting in %1 with these filters.").arg(week));
    else
        m_status->setText(
            tr("%n ticket(s) need someone in %1, as of its Monday %2. Enter on a row opens the ticket: decide it, "
               "mark it fixed, see its history.",
               nullptr, static_cast<int>(items.size()))
                .arg(week, format::date(m_monday)));
}

} // namespace fb::ui
