#pragma once

#include "analytics/Coaching.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace fb::ui {

class DatabaseJobs;

// Open follow-ups in three groups: overdue (red, "⚠ Overdue n days"), due
// this week, upcoming; each with baseline, target and the metric's value now
// (weeks after the note through today). Completing one records the outcome
// and that value.
class FollowUpQueue final : public QWidget {
    Q_OBJECT
public:
    explicit FollowUpQueue(DatabaseJobs& worker, QWidget* parent = nullptr);
    void setToday(QDate today); // tests; default: the current date
    void reload();
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

signals:
    void loaded();
    void completed(const QString& noteId);

private:
    void complete();
    struct Row {
        analytics::CoachingNote note;
        QString agentName;
        analytics::TargetValue now;
        QString unit;
        double scale = 1; // metric value -> the note's units (percent notes)
    };
    DatabaseJobs& m_worker;
    QDate m_today;
    QTreeWidget* m_tree;
    QComboBox* m_outcome;
    QPushButton* m_complete;
    QLabel* m_status;
    std::vector<Row> m_rows;
    int m_serial = 0;
    QString m_pending; // what the last action did, shown after the reload
};

} // namespace fb::ui
