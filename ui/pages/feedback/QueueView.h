#pragma once

// The feedback queue of a week: overdue, due this week, to revisit, waiting
// on an owner; filtered by team, category and owner, sortable by column.
#include "pages/feedback/FeedbackSnapshot.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fb::ui {

class QueueView final : public QWidget {
    Q_OBJECT
public:
    explicit QueueView(QWidget* parent = nullptr);
    void show(const FeedbackSnapshot& data, QDate monday);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* status() const { return m_status; }
    [[nodiscard]] QComboBox* teamFilter() const { return m_team; }

signals:
    // Enter or a double click on a row: the page opens the ticket.
    void ticketActivated(const QString& ticketId);

private:
    void refill();

    const FeedbackSnapshot* m_data = nullptr;
    QDate m_monday;
    QComboBox* m_team;
    QComboBox* m_category;
    QComboBox* m_owner;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace fb::ui
