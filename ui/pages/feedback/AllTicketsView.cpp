#include "pages/feedback/AllTicketsView.h"

#include "common/Text.h"
#include "domain/ChoiceLabels.h"
#include "pages/PageParts.h"
#include "pages/feedback/FeedbackRows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

// Keeps the lead's choice across a reload when it still exists.
std::string choice(const QComboBox* box)
{
    return filterChoice(box).toStdString();
}

} // namespace

AllTicketsView::AllTicketsView(QWidget* parent) : QWidget(parent)
{
    m_state = new QComboBox(this);
    m_category = new QComboBox(this);
    m_team = new QComboBox(this);
    m_owner = new QComboBox(this);
    m_search = makeSearchBox(tr("Words of the title"), this, &m_debounce);
    m_search->setAccessibleName(tr("Search titles"));
    m_search->setMinimumWidth(140); // the four filters and the search fit 1366 x 768 at 125 %
    m_table = makeResultTable(FeedbackRows::allTicketsHeaders(), tr("All feedback tickets"), this);
    m_table->setAccessibleDescription(
        tr("One row per feedback ticket, open or closed; Enter or double-click opens it."));
    // By ticket id, the order they were raised in; a column the lead sorts by stays across filters.
    m_table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    const std::pair<QString, QComboBox*> filters[] = {
        {tr("Stat&us:"), m_state}, {tr("Cate&gory:"), m_category}, {tr("Tea&m:"), m_team}, {tr("O&wner:"), m_owner}};
    for (const auto& [label, box] : filters) {
        auto* l = new QLabel(label, this);
        l->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(l);
        bar->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &AllTicketsView::refill);
    }
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    connect(m_debounce, &QTimer::timeout, this, &AllTicketsView::refill);
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const auto* item = m_table->item(index.row(), 0))
            emit ticketActivated(item->text());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    QStringList statuses;
    for (const char* s : kFeedbackStatuses)
        statuses << QString::fromLatin1(s);
    setFilterChoices(m_state, tr("All"), statuses, [](const QString& s) { return choiceLabel("status", s); });
}

void AllTicketsView::show(const FeedbackSnapshot& data)
{
    m_data = &data;
    const auto choices = FeedbackRows::filterChoices(data.teams, data.categories, data.tickets);
    setFilterChoices(m_team, tr("All"), choices.teams);
    setFilterChoices(m_category, tr("All"), choices.categories,
                     [](const QString& c) { return choiceLabel("category", c); });
    setFilterChoices(m_owner, tr("All"), choices.owners);
    refill();
}

void AllTicketsView::refill()
{
    if (!m_data)
        return;
    const FeedbackRows::TicketFilter filter{choice(m_state), choice(m_category), choice(m_team), choice(m_owner),
                                            m_search->text().trimmed()};
    const auto rows = FeedbackRows::allTickets(m_data->tickets, filter);
    m_table->setSortingEnabled(false);
    fillResultTable(m_table, rows, {8});
    m_table->setSortingEnabled(true);
    m_table->resizeColumnToContents(0); // room for the sort arrow beside "Ticket", measured without it
    const int total = static_cast<int>(m_data->tickets.size());
    if (total == 0)
        m_status->setText(tr("No feedback tickets yet: record one on the Intake tab or import a feedback CSV."));
    else if (rows.empty())
        m_status->setText(tr("None of the %n ticket(s) matches these filters.", nullptr, total));
    else
        m_status->setText(
            tr("%1 of %n ticket(s), every status. Enter on a row opens the ticket.", nullptr, total).arg(rows.size()));
}

} // namespace fb::ui
