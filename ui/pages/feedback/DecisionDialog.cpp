#include "pages/feedback/DecisionDialog.h"

#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"
#include "store/FeedbackStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace fb::ui {

namespace {
// The store's words for the three decisions, in the order of the combo box.
constexpr const char* kDecisions[] = {"accepted", "deferred", "declined"};
} // namespace

DecisionDialog::DecisionDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, const QString& who,
                               QWidget* parent)
    : QDialog(parent), m_id(ticket.id), m_jobs(jobs)
{
    setWindowTitle(tr("Decide ticket %1").arg(q(ticket.id)));
    m_decision = new QComboBox(this);
    m_decision->addItems({tr("Accepted: we will fix it"), tr("Deferred: later, with a revisit date"),
                          tr("Declined: we will not change it")});
    m_day = new QDateEdit(today, this);
    m_plan = new QLineEdit(this);
    m_plan->setPlaceholderText(tr("What will change"));
    m_owner = new QLineEdit(q(ticket.owner), this);
    m_owner->setPlaceholderText(tr("Who owns the fix"));
    m_reason = new QLineEdit(this);
    m_reasonLabel = new QLabel(this);
    m_revisit = new QDateEdit(today.addDays(28), this);
    for (auto* d : {m_day, m_revisit}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(format::dateFormat());
    }
    m_by = new QLineEdit(who, this);
    m_by->setPlaceholderText(tr("Your name"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::LinkVisited);

    auto* title = new QLabel(tr("%1 (%2, raised %3): %4")
                                 .arg(q(ticket.id), choiceLabel("category", ticket.category),
                                      format::date(ticket.raisedOn), q(ticket.title)),
                             this);
    title->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(title);
    form->addRow(tr("&Decision:"), m_decision);
    form->addRow(tr("D&ay decided:"), m_day);
    form->addRow(tr("&Planned fix:"), m_plan);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(m_reasonLabel, m_reason);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(tr("Re&visit on:"), m_revisit);
    form->addRow(tr("Decided &by:"), m_by);
    form->addRow(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_decision, &QComboBox::currentIndexChanged, this, &DecisionDialog::follow);
    follow();
    setMinimumWidth(520);
}

// Only the fields the chosen decision needs are open; the reason's label says what it is.
void DecisionDialog::follow()
{
    const int i = m_decision->currentIndex();
    m_plan->setEnabled(i == 0);
    m_owner->setEnabled(i == 0);
    m_revisit->setEnabled(i == 1);
    const QString labels[] = {tr("&Note (optional):"), tr("&Reason:"), tr("&Rationale:")};
    m_reasonLabel->setText(labels[std::clamp(i, 0, 2)]);
    m_problem->clear();
}

void DecisionDialog::submit()
{
    store::FeedbackDecision d;
    const int i = std::clamp(m_decision->currentIndex(), 0, 2);
    d.status = kDecisions[i];
    d.on = m_day->date();
    d.reason = m_reason->text().trimmed().toStdString();
    if (i == 0) {
        d.plannedFix = m_plan->text().trimmed().toStdString();
        d.owner = m_owner->text().trimmed().toStdString();
    }
    if (i == 1)
        d.revisitOn = m_revisit->date();
    const std::string who = m_by->text().trimmed().toStdString();
    const std::string id = m_id;
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_problem->setText(tr("Saving…"));
    m_jobs->run(
        this, [id, d, who](store::Database& db) { return store::decideTicket(db, id, d, who); },
        [this, status = d.status](const Status& st) {
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!st) {
                m_problem->setText(tr("Not saved: %1").arg(st.error().toString()));
                return;
            }
            emit decided(q(m_id), q(status));
            accept();
        });
}

} // namespace fb::ui
