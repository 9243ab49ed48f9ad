#pragma once

// Decides a feedback ticket from the page (docs/feedback.md "A ticket"):
// accepted with the planned fix and its owner, deferred with the reason and a
// revisit date, declined with the rationale. Keyboard only: every field has a
// mnemonic, Enter saves. The write is store::decideTicket, the same as
// `feedback decide`, run on the page's DatabaseJobs; a refusal shows the
// store's message and keeps every field, success closes the dialog.
#include "domain/Feedback.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fb::ui {

class DatabaseJobs;

class DecisionDialog final : public QDialog {
    Q_OBJECT
public:
    // today: the day offered for the decision; who: the name offered as deciding.
    DecisionDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, const QString& who,
                   QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* decision() const { return m_decision; }
    [[nodiscard]] QLineEdit* plan() const { return m_plan; }
    [[nodiscard]] QLineEdit* owner() const { return m_owner; }
    [[nodiscard]] QLineEdit* reason() const { return m_reason; }
    [[nodiscard]] QDateEdit* day() const { return m_day; }
    [[nodiscard]] QDateEdit* revisit() const { return m_revisit; }
    [[nodiscard]] QLineEdit* by() const { return m_by; }
    [[nodiscard]] QLabel* problem() const { return m_problem; }
    // Runs the write; the dialog closes with Accepted when the store took it.
    void submit();

signals:
    void decided(const QString& ticketId, const QString& status);

private:
    void follow();

    std::string m_id;
    DatabaseJobs* m_jobs;
    QComboBox* m_decision;
    QDateEdit* m_day;
    QLineEdit* m_plan;
    QLineEdit* m_owner;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel;
    QDateEdit* m_revisit;
    QLineEdit* m_by;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace fb::ui
