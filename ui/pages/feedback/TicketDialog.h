#pragma once

// One feedback ticket from the page: what was raised, its decision, owner and
// fix, the history of every change (who, the day it took effect, when it was
// recorded), and the actions its status allows: Decide… (new, reviewing,
// deferred), Mark fixed… (accepted) and Did it help? (fixed with a queue
// scope: the friction-to-flow attribution of its fix, analytics/FeedbackFixCheck.h).
// Every read and write runs on the page's DatabaseJobs.
#include "domain/Feedback.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace fb::ui {

class DatabaseJobs;

class TicketDialog final : public QDialog {
    Q_OBJECT
public:
    TicketDialog(const FeedbackTicket& ticket, DatabaseJobs* jobs, QDate today, QWidget* parent = nullptr);

    [[nodiscard]] QLabel* summary() const { return m_summary; }
    [[nodiscard]] QTableWidget* history() const { return m_history; }
    [[nodiscard]] QPushButton* decideButton() const { return m_decide; }
    [[nodiscard]] QPushButton* fixButton() const { return m_fix; }
    [[nodiscard]] QPushButton* helpButton() const { return m_help; }
    [[nodiscard]] QTextBrowser* result() const { return m_result; }
    [[nodiscard]] const FeedbackTicket& ticket() const { return m_ticket; }

    void reload();    // the ticket and its history, from the store
    void decide();    // opens the decision dialog
    void fix();       // opens the fix dialog
    void didItHelp(); // runs the attribution of the fix and shows it

signals:
    void changed(); // a decision or a fix was saved: the page re-reads
    void loaded();  // the ticket and its history were read
    void checked(); // "Did it help?" has its answer

private:
    void present();

    FeedbackTicket m_ticket;
    DatabaseJobs* m_jobs;
    QDate m_today;
    QLabel* m_summary;
    QTableWidget* m_history;
    QPushButton* m_decide;
    QPushButton* m_fix;
    QPushButton* m_help;
    QTextBrowser* m_result;
};

} // namespace fb::ui
