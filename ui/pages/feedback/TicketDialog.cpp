#include "pages/feedback/TicketDialog.h"

#include "ScreenFit.h"
#include "Settings.h"
#include "analytics/FeedbackFixCheck.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "pages/PageParts.h"
#include "pages/feedback/DecisionDialog.h"
#include "pages/feedback/FeedbackRows.h"
#include "pages/feedback/FixDialog.h"
#include "reports/FeedbackFixCheckBuilder.h"
#include "store/FeedbackStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace fb::ui {

namespace {
struct TicketAndHistory final {
    FeedbackTicket ticket;
    std::vector<FeedbackEvent> history;
};
} // namespace

TicketDialog::TicketDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, QWidget* parent)
    : QDialog(parent), m_ticket(ticket), m_jobs(jobs), m_today(today)
{
    setWindowTitle(tr("Ticket %1").arg(q(ticket.id)));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_history = makeResultTable(FeedbackRows::historyHeaders(), tr("History of the ticket"), this);
    m_history->setAccessibleDescription(tr("Every change to this ticket, oldest first: who made it and what changed."));
    m_decide = new QPushButton(tr("&Decide…"), this);
    m_fix = new QPushButton(tr("&Mark fixed…"), this);
    m_help = new QPushButton(tr("Did it &help?"), this);
    m_result = new QTextBrowser(this);
    m_result->setAccessibleName(tr("Did it help?"));
    m_result->setPlaceholderText(tr("For a fixed ticket with a queue scope: did the fix move FCR, defects or rework "
                                    "in its queue, against the queues no fix touched?"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_decide);
    actions->addWidget(m_fix);
    actions->addWidget(m_help);
    actions->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    layout->addWidget(new QLabel(tr("History (who and when):"), this));
    layout->addWidget(m_history, 2);
    layout->addWidget(m_result, 3);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decide, &QPushButton::clicked, this, &TicketDialog::decide);
    connect(m_fix, &QPushButton::clicked, this, &TicketDialog::fix);
    connect(m_help, &QPushButton::clicked, this, &TicketDialog::didItHelp);
    resizeToScreen(this, QSize(900, 640));
    present();
    reload();
}

void TicketDialog::present()
{
    const auto& t = m_ticket;
    m_summary->setText(FeedbackRows::ticketSummary(t));
    m_decide->setEnabled(t.status == "new" || t.status == "reviewing" || t.status == "deferred");
    m_fix->setEnabled(t.status == "accepted");
    m_help->setEnabled(t.status == "fixed");
    m_help->setToolTip(t.scopeQueue.empty() ? tr("This ticket has no queue scope: a site-wide fix has nothing to "
                                                 "compare with.")
                                            : QString());
}

void TicketDialog::reload()
{
    const std::string id = m_ticket.id;
    m_jobs->run(
        this,
        [id](store::Database& db) -> Result<TicketAndHistory> {
            auto tickets = store::loadTickets(db);
            if (!tickets)
                return tickets.error();
            const auto it = std::find_if(tickets->begin(), tickets->end(), [&](const auto& t) { return t.id == id; });
            if (it == tickets->end())
                return Error::plain(tr("no feedback ticket '%1'").arg(q(id)));
            auto history = store::ticketHistory(db, id);
            if (!history)
                return history.error();
            return TicketAndHistory{*it, std::move(history.value())};
        },
        [this](Result<TicketAndHistory> r) {
            if (!r) {
                m_summary->setText(tr("Problem: %1").arg(r.error().toString()));
                return;
            }
            m_ticket = std::move(r->ticket);
            present();
            fillResultTable(m_history, FeedbackRows::history(r->history));
            emit loaded();
        });
}

void TicketDialog::decide()
{
    auto* dialog = new DecisionDialog(m_ticket, m_jobs, m_today, Settings::myName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DecisionDialog::decided, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void TicketDialog::fix()
{
    auto* dialog = new FixDialog(m_ticket, m_jobs, m_today, Settings::myName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FixDialog::fixed, this, [this] {
        reload();
        emit changed();
    });
    dialog->open();
}

void TicketDialog::didItHelp()
{
    const std::string id = m_ticket.id;
    m_result->setPlainText(tr("Comparing the four weeks before the fix with the four weeks from it…"));
    m_help->setEnabled(false);
    // One scan of eight weeks of interactions: behind a progress dialog with Cancel, as on a large site it takes
    // seconds (0.1-0.2 s on the default demo's 91,757 interactions).
    m_jobs->runWithProgress(
        this, tr("Did it help?"), tr("Comparing the four weeks before the fix with the four weeks from it…"),
        [id](store::Database& db, const JobProgress& progress) {
            return reports::checkTicketFix(db, id, progress.cancelFlag());
        },
        [this](Result<analytics::FixCheck> r) {
            m_help->setEnabled(true);
            if (!r) {
                m_result->setPlainText(tr("Problem: %1").arg(r.error().toString()));
                emit checked();
                return;
            }
            const auto& c = r.value();
            if (!c.refusal.isEmpty()) {
                m_result->setPlainText(tr("Not compared: %1.").arg(c.refusal));
                emit checked();
                return;
            }
            QString html =
                QStringLiteral("<p>") +
                tr("Queue %1, %2 to %3 before the fix against %4 to %5 from it; the comparison is every "
                   "queue no fixed ticket touched. Difference in differences with errors clustered by "
                   "agent, p Holm-adjusted over the six metrics.")
                    .arg(q(c.queue).toHtmlEscaped(), format::date(c.from), format::date(c.fixedOn.addDays(-1)),
                         format::date(c.fixedOn), format::date(c.to.addDays(-1))) +
                QStringLiteral("</p><ul>");
            for (const auto& row : c.rows)
                html += QStringLiteral("<li>") + analytics::fixCheckSentence(row, c.queue).toHtmlEscaped() +
                        QStringLiteral("</li>");
            html += QStringLiteral("</ul>");
            m_result->setHtml(html);
            emit checked();
        });
}

} // namespace fb::ui
