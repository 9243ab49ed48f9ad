#pragma once

#include "analytics/Coaching.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;

// A group's result in plain words first, the statistical term second:
// "Coached agents improved 4.0 points more than similar uncoached agents
// (difference in differences, 95% CI 1.0 to 7.0; 12 notes in 3 teams)."
QString effectSentence(const analytics::EffectRow& e);

// Per coach, attribute or team: notes, follow-ups done, share met, and the
// difference in differences of the target metric with its 95% interval and n.
class EffectivenessView final : public QWidget {
    Q_OBJECT
public:
    explicit EffectivenessView(DatabaseJobs& worker, QWidget* parent = nullptr);
    void reload();
    // The period ends on the data's last day when the data end before today.
    void setDataEnd(QDate dataEnd);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
signals:
    void loaded();
    // Double-click or "Notes behind this row…": the row's notes, in the
    // period and grouping the table was computed for.
    void notesRequested(analytics::Grouping by, const QString& group, QDate from, QDate to);

private:
    void exportCsv();
    void requestNotes();
    DatabaseJobs& m_worker;
    QComboBox* m_by;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_table;
    QLabel* m_status;
    QLabel* m_reading; // the selected group's result in a sentence
    std::vector<analytics::EffectRow> m_rows;
    analytics::Grouping m_shownBy = analytics::Grouping::Coach; // what m_rows were computed for
    QDate m_shownFrom, m_shownTo;
};

} // namespace fb::ui
