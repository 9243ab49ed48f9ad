#include "pages/feedback/FixDialog.h"

#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "common/Text.h"
#include "store/FeedbackStore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

namespace fb::ui {

FixDialog::FixDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, const QString& who, QWidget* parent)
    : QDialog(parent), m_id(ticket.id), m_jobs(jobs)
{
    setWindowTitle(tr("Mark ticket %1 fixed").arg(q(ticket.id)));
    m_day = new QDateEdit(today, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(format::dateFormat());
    m_what = new QLineEdit(q(ticket.plannedFix), this);
    m_what->setPlaceholderText(tr("Moved the batch job to 02:00"));
    m_programFix = new QSpinBox(this);
    m_programFix->setRange(0, std::numeric_limits<int>::max());
    m_programFix->setSpecialValueText(tr("none"));
    m_by = new QLineEdit(who, this);
    m_by->setPlaceholderText(tr("Your name"));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);

    auto* title = new QLabel(
        tr("%1: %2. Planned: %3 (owner %4).").arg(q(ticket.id), q(ticket.title), q(ticket.plannedFix), q(ticket.owner)),
        this);
    title->setWordWrap(true);
    auto* hint = new QLabel(tr("What changed is read after \"We\" in \"You said, we did\"."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout(this);
    form->addRow(title);
    form->addRow(tr("&Day fixed:"), m_day);
    form->addRow(tr("&What changed:"), m_what);
    form->addRow(hint);
    form->addRow(tr("&Program fix (optional):"), m_programFix);
    form->addRow(tr("Recorded &by:"), m_by);
    form->addRow(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FixDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void FixDialog::submit()
{
    const std::string id = m_id;
    const QDate on = m_day->date();
    const std::string what = m_what->text().trimmed().toStdString();
    const qint64 programFix = m_programFix->value();
    const std::string who = m_by->text().trimmed().toStdString();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    m_problem->setText(tr("Saving…"));
    m_jobs->run(
        this,
        [id, on, what, programFix, who](store::Database& db) {
            return store::fixTicket(db, id, on, what, programFix, who);
        },
        [this](const Status& st) {
            m_buttons->button(QDialogButtonBox::Save)->setEnabled(true);
            if (!st) {
                m_problem->setText(tr("Not saved: %1").arg(st.error().toString()));
                return;
            }
            emit fixed(q(m_id));
            accept();
        });
}

} // namespace fb::ui
