#include "pages/feedback/IntakeForm.h"

#include "analytics/FeedbackDigest.h"
#include "analytics/FeedbackDuplicates.h"
#include "common/DateFormat.h"
#include "common/Format.h"
#include "common/Text.h"
#include "domain/ChoiceLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fb::ui {

IntakeForm::IntakeForm(QWidget* parent) : QWidget(parent)
{
    m_category = new QComboBox(this);
    m_friction = new QLineEdit(this);
    m_friction->setPlaceholderText(tr("e.g. tool lag, policy ambiguity, knowledge gap"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("What gets in the way, in a few words"));
    m_detail = new QPlainTextEdit(this);
    m_detail->setTabChangesFocus(true); // keyboard only: Tab leaves the field
    m_detail->setMaximumHeight(70);
    m_team = new QComboBox(this);
    m_agent = new QLineEdit(this);
    m_agent->setPlaceholderText(tr("Agent ID; empty when raised anonymously"));
    m_queue = new QLineEdit(this);
    m_queue->setPlaceholderText(tr("Empty for all queues"));
    m_raised = new QDateEdit(this);
    m_raised->setCalendarPopup(true);
    m_raised->setDisplayFormat(format::dateFormat());
    m_who = new QLineEdit(this);
    m_who->setPlaceholderText(tr("Your name"));
    m_duplicate = new QLabel(this);
    m_duplicate->setWordWrap(true);
    m_plusOne = new QPushButton(this);
    m_plusOne->setVisible(false);
    m_save = new QPushButton(tr("&Save ticket"), this);
    m_save->setDefault(true);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Friction ta&g:"), m_friction);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Detail:"), m_detail);
    form->addRow(tr("T&eam:"), m_team);
    form->addRow(tr("&Agent:"), m_agent);
    form->addRow(tr("Q&ueue:"), m_queue);
    form->addRow(tr("&Raised on:"), m_raised);
    form->addRow(tr("Recorded &by:"), m_who);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_plusOne);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicate);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_title, &QLineEdit::textChanged, this, &IntakeForm::checkDuplicates);
    connect(m_friction, &QLineEdit::textChanged, this, &IntakeForm::checkDuplicates);
    connect(m_title, &QLineEdit::returnPressed, this, &IntakeForm::save);
    connect(m_save, &QPushButton::clicked, this, &IntakeForm::save);
    connect(m_plusOne, &QPushButton::clicked, this, [this] {
        emit plusOneRequested(m_match, m_agent->text().trimmed(), m_raised->date(), m_who->text().trimmed());
    });
}

void IntakeForm::setData(const std::vector<FeedbackCategory>& categories, const std::vector<std::string>& teams,
                         const std::vector<FeedbackTicket>& tickets, QDate today)
{
    const QString category = m_category->currentData().toString();
    m_category->clear();
    for (const auto& c : categories)
        m_category->addItem(choiceLabel("category", c.name), q(c.name));
    if (const int i = m_category->findData(category); i >= 0)
        m_category->setCurrentIndex(i);
    const QString team = m_team->currentText();
    m_team->clear();
    m_team->addItem(tr("(none)"));
    for (const auto& t : teams)
        m_team->addItem(q(t));
    if (const int i = m_team->findText(team); i >= 0)
        m_team->setCurrentIndex(i);
    m_tickets = tickets;
    m_raised->setDate(today);
    checkDuplicates();
}

FeedbackTicket IntakeForm::ticket() const
{
    FeedbackTicket t;
    t.category = m_category->currentData().toString().toStdString();
    t.friction = m_friction->text().trimmed().toStdString();
    t.title = m_title->text().trimmed().toStdString();
    t.detail = m_detail->toPlainText().trimmed().toStdString();
    t.team = m_team->currentIndex() > 0 ? m_team->currentText().toStdString() : std::string();
    t.agentId = m_agent->text().trimmed().toStdString();
    t.scopeQueue = m_queue->text().trimmed().toStdString();
    t.raisedOn = m_raised->date();
    return t;
}

void IntakeForm::checkDuplicates()
{
    const auto t = ticket();
    const auto matches = t.title.empty() ? std::vector<analytics::DuplicateMatch>{}
                                         : analytics::findDuplicates(t.title, t.friction, m_tickets);
    if (matches.empty()) {
        m_match.clear();
        m_duplicate->clear();
        m_plusOne->setVisible(false);
        m_save->setText(tr("&Save ticket"));
        return;
    }
    const auto& m = matches.front();
    m_match = q(m.ticket.id);
    m_duplicate->setText(tr("This resembles open ticket %1 \"%2\" (%3, %4 of the words shared, raised by %5). "
                            "Count the agent as raising it too instead of a new ticket?")
                             .arg(m_match, q(m.ticket.title),
                                  m.ticket.friction.empty() ? tr("no tag") : q(m.ticket.friction),
                                  format::percent(m.overlap, 0), analytics::agentsText(m.ticket.agents)));
    m_plusOne->setText(tr("&+1 to %1").arg(m_match));
    m_plusOne->setVisible(true);
    m_save->setText(tr("&Save as a new ticket"));
}

void IntakeForm::save()
{
    emit saveRequested(ticket(), m_who->text().trimmed());
}

void IntakeForm::saved(const QString& message)
{
    m_title->clear();
    m_detail->clear();
    m_friction->clear();
    m_agent->clear();
    m_queue->clear();
    m_status->setText(message);
    m_category->setFocus();
}

void IntakeForm::failed(const QString& message)
{
    m_status->setText(tr("Not saved: %1").arg(message));
}

} // namespace fb::ui
