#pragma once

// Frontline feedback (docs/feedback.md): the intake form with its duplicate
// offer, the queue of the week, every ticket, "you said / we did" and time to fix. The
// page reads everything in one job on its own DatabaseJobs and hands the
// snapshot to the tabs; writes go through the same worker, then it re-reads.
// A ticket opens from any table (Enter) or by its id (Alt+T).
//     auto* page = new fb::ui::FeedbackPage(databasePath, this);
#include "pages/feedback/FeedbackSnapshot.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace fb::ui {

class AllTicketsView;
class DatabaseJobs;
class IntakeForm;
class LoopView;
class QueueView;
class TicketDialog;
class TimeToFixView;

class FeedbackPage final : public QWidget {
    Q_OBJECT
public:
    explicit FeedbackPage(const QString& databasePath, QWidget* parent = nullptr);
    ~FeedbackPage() override;

    // The day the page works as of (default: today, or the last day of the
    // interactions when they end before today): its week's Monday for the
    // queue and the digest, the day itself for time to fix. Tests and screenshots set it.
    void setToday(QDate today);
    void reload();
    // Opens a ticket (its history, Decide…, Mark fixed…, Did it help?); an
    // unknown id says so in the status line. Returns the dialog, or null.
    TicketDialog* openTicket(const QString& ticketId);
    void openSetup(); // categories with their SLAs, and the site's holidays

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] IntakeForm* intake() const { return m_intake; }
    [[nodiscard]] QueueView* queue() const { return m_queue; }
    [[nodiscard]] AllTicketsView* allTickets() const { return m_all; }
    [[nodiscard]] LoopView* loop() const { return m_loop; }
    [[nodiscard]] TimeToFixView* timeToFix() const { return m_time; }
    [[nodiscard]] const FeedbackSnapshot& snapshot() const { return m_data; }
    [[nodiscard]] QDate today() const { return m_today; }
    [[nodiscard]] QString statusText() const;

signals:
    void loaded();
    void written();

private:
    void present();
    void addTicket(const FeedbackTicket& ticket, const QString& who);
    void addPlusOne(const QString& ticketId, const QString& agentId, QDate on, const QString& who);

    std::unique_ptr<DatabaseJobs> m_worker;
    FeedbackSnapshot m_data;
    QDate m_today;
    bool m_todayGiven = false; // setToday() was called: the data end does not move it
    int m_generation = 0;
    QDateEdit* m_week;
    QLabel* m_status;
    QLineEdit* m_ticket;
    QTabWidget* m_tabs;
    IntakeForm* m_intake;
    QueueView* m_queue;
    AllTicketsView* m_all;
    LoopView* m_loop;
    TimeToFixView* m_time;
};

} // namespace fb::ui
