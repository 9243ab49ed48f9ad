#pragma once

// Every ticket of the site, whatever its status: the queue and the long tail
// show only open ones, so a fixed or declined ticket is found here by status,
// category, team, owner or a word of its title, and opens with Enter.
#include "pages/feedback/FeedbackSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace fb::ui {

class AllTicketsView final : public QWidget {
    Q_OBJECT
public:
    explicit AllTicketsView(QWidget* parent = nullptr);
    void show(const FeedbackSnapshot& data);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] QComboBox* statusFilter() const { return m_state; }
    [[nodiscard]] QComboBox* categoryFilter() const { return m_category; }
    [[nodiscard]] QComboBox* teamFilter() const { return m_team; }
    [[nodiscard]] QComboBox* ownerFilter() const { return m_owner; }
    [[nodiscard]] QLineEdit* search() const { return m_search; }
    // Applies the filters now (typing waits 250 ms before it does).
    void refill();

signals:
    // Enter or a double click on a row: the page opens the ticket.
    void ticketActivated(const QString& ticketId);

private:
    const FeedbackSnapshot* m_data = nullptr;
    QComboBox* m_state;
    QComboBox* m_category;
    QComboBox* m_team;
    QComboBox* m_owner;
    QLineEdit* m_search;
    QTimer* m_debounce = nullptr;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace fb::ui
