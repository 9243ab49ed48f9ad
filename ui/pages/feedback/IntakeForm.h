#pragma once

// The intake form of the Feedback page: a lead records a ticket on behalf of
// an agent, keyboard only (every field has a mnemonic, Enter saves). While
// the title is typed, an open ticket with a similar title and the same tag
// is offered as "+1 to T0012" instead.
#include "domain/Feedback.h"

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fb::ui {

class IntakeForm final : public QWidget {
    Q_OBJECT
public:
    explicit IntakeForm(QWidget* parent = nullptr);
    // The choices and the open tickets duplicates are looked for in.
    void setData(const std::vector<FeedbackCategory>& categories, const std::vector<std::string>& teams,
                 const std::vector<FeedbackTicket>& tickets, QDate today);
    void saved(const QString& message);  // clears the ticket's fields, keeps who records
    void failed(const QString& message); // keeps every field
    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QLabel* duplicateLabel() const { return m_duplicate; }
    [[nodiscard]] QPushButton* plusOneButton() const { return m_plusOne; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

signals:
    void saveRequested(const fb::FeedbackTicket& ticket, const QString& who);
    void plusOneRequested(const QString& ticketId, const QString& agentId, QDate on, const QString& who);

private:
    void checkDuplicates();
    void save();
    [[nodiscard]] FeedbackTicket ticket() const;

    std::vector<FeedbackTicket> m_tickets;
    QString m_match; // the ticket offered for a +1
    QComboBox* m_category;
    QLineEdit* m_friction;
    QLineEdit* m_title;
    QPlainTextEdit* m_detail;
    QComboBox* m_team;
    QLineEdit* m_agent;
    QLineEdit* m_queue;
    QDateEdit* m_raised;
    QLineEdit* m_who;
    QLabel* m_duplicate;
    QPushButton* m_plusOne;
    QPushButton* m_save;
    QLabel* m_status;
};

} // namespace fb::ui
