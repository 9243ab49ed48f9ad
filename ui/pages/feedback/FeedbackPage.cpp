#include "pages/feedback/FeedbackPage.h"

#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/IsoWeek.h"
#include "common/Text.h"
#include "pages/PageParts.h"
#include "pages/feedback/AllTicketsView.h"
#include "pages/feedback/IntakeForm.h"
#include "pages/feedback/LoopView.h"
#include "pages/feedback/QueueView.h"
#include "pages/feedback/SetupDialog.h"
#include "pages/feedback/TicketDialog.h"
#include "pages/feedback/TimeToFixView.h"
#include "store/DataEnd.h"
#include "store/FeedbackStore.h"
#include "store/ProgramStore.h"

#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

FeedbackPage::FeedbackPage(const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_worker(std::make_unique<DatabaseJobs>(databasePath)), m_today(QDate::currentDate())
{
    m_week = new QDateEdit(m_today, this);
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(format::dateFormat());
    m_week->setAccessibleName(tr("Week of"));
    auto* weekLabel = new QLabel(tr("&Week of:"), this);
    weekLabel->setBuddy(m_week);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true); // wraps beside the ticket field rather than widening the page on a small screen
    m_ticket = new QLineEdit(this);
    m_ticket->setPlaceholderText(tr("T0001"));
    m_ticket->setMaximumWidth(110);
    auto* ticketLabel = new QLabel(tr("&Ticket:"), this);
    ticketLabel->setBuddy(m_ticket);
    auto* open = new QPushButton(tr("Open"), this);
    auto* setup = new QPushButton(tr("Categories and &holidays…"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(weekLabel);
    bar->addWidget(m_week);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    bar->addWidget(ticketLabel);
    bar->addWidget(m_ticket);
    bar->addWidget(open);
    bar->addWidget(setup);

    m_tabs = new QTabWidget(this);
    m_intake = new IntakeForm(this);
    m_queue = new QueueView(this);
    m_all = new AllTicketsView(this);
    m_loop = new LoopView(this);
    m_time = new TimeToFixView(this);
    m_tabs->addTab(m_queue, tr("&Queue"));
    m_tabs->addTab(m_all, tr("&All tickets"));
    m_tabs->addTab(m_intake, tr("&Intake"));
    m_tabs->addTab(m_loop, tr("&You said, we did"));
    m_tabs->addTab(m_time, tr("Time to &fix"));

    auto* layout = makePageLayout(this, tr("Feedback"),
                                  tr("What agents raise, decided within its SLA, answered in public, and how "
                                     "long fixes take."));
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_week, &QDateEdit::dateChanged, this, [this] { present(); });
    connect(m_intake, &IntakeForm::saveRequested, this, &FeedbackPage::addTicket);
    connect(m_intake, &IntakeForm::plusOneRequested, this, &FeedbackPage::addPlusOne);
    connect(m_queue, &QueueView::ticketActivated, this, &FeedbackPage::openTicket);
    connect(m_all, &AllTicketsView::ticketActivated, this, &FeedbackPage::openTicket);
    connect(m_time, &TimeToFixView::ticketActivated, this, &FeedbackPage::openTicket);
    const auto openTyped = [this] { openTicket(m_ticket->text().trimmed().toUpper()); };
    connect(m_ticket, &QLineEdit::returnPressed, this, openTyped);
    connect(open, &QPushButton::clicked, this, openTyped);
    connect(setup, &QPushButton::clicked, this, &FeedbackPage::openSetup);
    reload();
}

FeedbackPage::~FeedbackPage() = default;

void FeedbackPage::setToday(QDate today)
{
    m_today = today;
    m_todayGiven = true;
    const QSignalBlocker block(m_week);
    m_week->setDate(today);
    present();
}

QString FeedbackPage::statusText() const
{
    return m_status->text();
}

void FeedbackPage::reload()
{
    const int generation = ++m_generation;
    m_status->setText(tr("Reading the tickets…"));
    m_worker->run(
        this,
        [](store::Database& db) -> Result<FeedbackSnapshot> {
            FeedbackSnapshot s;
            auto tickets = store::loadTickets(db);
            if (!tickets)
                return tickets.error();
            auto categories = store::feedbackCategories(db);
            if (!categories)
                return categories.error();
            auto holidays = store::siteHolidays(db);
            if (!holidays)
                return holidays.error();
            auto teams = store::allTeams(db);
            if (!teams)
                return teams.error();
            std::vector<QDate> days;
            for (const auto& h : holidays.value())
                days.push_back(h.day);
            auto dataEnd = readDataEnd(db);
            if (!dataEnd)
                return dataEnd.error();
            return FeedbackSnapshot{std::move(tickets.value()), std::move(categories.value()),
                                    analytics::WorkingCalendar(days), std::move(teams.value()), dataEnd.value()};
        },
        [this, generation](Result<FeedbackSnapshot> r) {
            if (generation != m_generation)
                return;
            if (!r) {
                m_status->setText(tr("Problem: %1").arg(r.error().toString()));
                return;
            }
            m_data = std::move(r.value());
            // Dates follow the data, not the clock, when the data end before today.
            if (const QDate day = workingDay(m_data.dataEnd); !m_todayGiven && day != m_today) {
                m_today = day;
                const QSignalBlocker block(m_week);
                m_week->setDate(day);
            }
            present();
            emit loaded();
        });
}

void FeedbackPage::present()
{
    const QDate monday = IsoWeek::ofDate(m_week->date()).monday();
    QString status = tr("%n ticket(s); week %1, as of %2", nullptr, static_cast<int>(m_data.tickets.size()))
                         .arg(IsoWeek::ofDate(monday).toString(), format::date(m_today));
    if (const QString note = m_todayGiven ? QString() : dataEndNote(m_data.dataEnd); !note.isEmpty())
        status += QStringLiteral(" (") + note + QLatin1Char(')');
    m_status->setText(status);
    m_intake->setData(m_data.categories, m_data.teams, m_data.tickets, m_today);
    QStringList ids;
    for (const auto& t : m_data.tickets)
        ids << q(t.id);
    auto* completer = new QCompleter(ids, m_ticket);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_ticket->completer();
    m_ticket->setCompleter(completer);
    m_queue->show(m_data, monday);
    m_all->show(m_data);
    m_loop->show(m_data, monday);
    m_time->show(m_data, m_today);
}

void FeedbackPage::addTicket(const FeedbackTicket& ticket, const QString& who)
{
    const std::string by = who.toStdString();
    m_worker->run(
        this, [ticket, by](store::Database& db) { return store::addTicket(db, ticket, by); },
        [this](Result<std::string> id) {
            if (!id) {
                m_intake->failed(id.error().toString());
                return;
            }
            m_intake->saved(tr("Ticket %1 saved.").arg(q(id.value())));
            reload();
            emit written();
        });
}

void FeedbackPage::addPlusOne(const QString& ticketId, const QString& agentId, QDate on, const QString& who)
{
    const std::string id = ticketId.toStdString();
    const std::string agent = agentId.toStdString();
    const std::string by = who.toStdString();
    m_worker->run(
        this, [id, agent, on, by](store::Database& db) { return store::addPlusOne(db, id, agent, on, by); },
        [this, ticketId, agentId](const Status& st) {
            if (!st) {
                m_intake->failed(st.error().toString());
                return;
            }
            m_intake->saved(tr("+1 from %1 counted on ticket %2.").arg(agentId, ticketId));
            reload();
            emit written();
        });
}

TicketDialog* FeedbackPage::openTicket(const QString& ticketId)
{
    const auto it = std::find_if(m_data.tickets.begin(), m_data.tickets.end(),
                                 [&](const FeedbackTicket& t) { return q(t.id) == ticketId; });
    if (it == m_data.tickets.end()) {
        m_status->setText(tr("No feedback ticket '%1'.").arg(ticketId));
        return nullptr;
    }
    auto* dialog = new TicketDialog(*it, m_worker.get(), m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TicketDialog::changed, this, [this] {
        reload();
        emit written();
    });
    dialog->open();
    return dialog;
}

void FeedbackPage::openSetup()
{
    auto* dialog = new SetupDialog(m_worker.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SetupDialog::changed, this, [this] {
        reload();
        emit written();
    });
    dialog->open();
}

} // namespace fb::ui
