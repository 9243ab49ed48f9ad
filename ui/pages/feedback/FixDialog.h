#pragma once

// Marks an accepted feedback ticket fixed from the page (docs/feedback.md):
// the day, what changed (written to follow "We", as the digest reads it) and
// optionally the friction-to-flow fixes-log entry it became. The write is
// store::fixTicket, the same as `feedback fix`, on the page's DatabaseJobs; a
// refusal shows the store's message and keeps every field.
#include "domain/Feedback.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fb::ui {

class DatabaseJobs;

class FixDialog final : public QDialog {
    Q_OBJECT
public:
    FixDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, const QString& who,
              QWidget* parent = nullptr);

    [[nodiscard]] QDateEdit* day() const { return m_day; }
    [[nodiscard]] QLineEdit* what() const { return m_what; }
    [[nodiscard]] QSpinBox* programFix() const { return m_programFix; }
    [[nodiscard]] QLineEdit* by() const { return m_by; }
    [[nodiscard]] QLabel* problem() const { return m_problem; }
    // Runs the write; the dialog closes with Accepted when the store took it.
    void submit();

signals:
    void fixed(const QString& ticketId);

private:
    std::string m_id;
    DatabaseJobs* m_jobs;
    QDateEdit* m_day;
    QLineEdit* m_what;
    QSpinBox* m_programFix;
    QLineEdit* m_by;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fb::ui
