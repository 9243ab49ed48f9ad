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
    // Tests; default: today, or the data's last day when the data end before today.
    void setToday(QDate today);
    // The coach filter: starts on "my name" (Settings) when that coach has follow-ups.
    [[nodiscard]] QComboBox* coachFilter() const { return m_coach; }
    [[nodiscard]] QDate today() const { return m_shownToday; }
    void reload();
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

signals:
    void loaded();
    void completed(const QString& noteId);

private:
    void complete();
    void fill(); // the tree from m_rows, for the chosen coach
    struct Row {
        analytics::CoachingNote note;
        QString agentName;
        analytics::TargetValue now;
        QString unit;
        QString metric;                              // the target metric in words
        std::optional<analytics::Metric> metricKind; // empty for rubric attributes
        double scale = 1;                            // metric value -> the note's units (percent notes)
    };
    DatabaseJobs& m_worker;
    QDate m_today;      // set by a test; invalid: from the clock and the data
    QDate m_shownToday; // the day the statuses count from
    QString m_dataNote; // "data end on …" when that day is not today
    bool m_firstLoad = true;
    QTreeWidget* m_tree;
    QComboBox* m_coach;
    QComboBox* m_outcome;
    QPushButton* m_complete;
    QLabel* m_status;
    std::vector<Row> m_rows;
    int m_serial = 0;
    QString m_pending; // what the last action did, shown after the reload
};

} // namespace fb::ui
