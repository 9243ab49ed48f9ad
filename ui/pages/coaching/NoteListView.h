#pragma once

#include "analytics/Coaching.h"
#include "pages/records/RecordListView.h"

class QComboBox;

namespace fb::ui {

class NoteRecordDialog;

// The Coaching page's "Notes" tab: every coaching note, filtered (team,
// agent, coach, dates, behaviour, target metric, follow-up open or done),
// newest first with the total; Enter or a double-click opens one
// (NoteRecordDialog) to view, edit or delete, and a delete can be undone.
class NoteListView final : public RecordListView {
    Q_OBJECT
public:
    NoteListView(DatabaseJobs& jobs, QWidget* parent);
    void setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes, QDate dataEnd);

    // The notes behind a row of Coaching ▸ Effectiveness: the group's notes
    // (a coach's, a behaviour's or a team's) coached from `from` to `to`, as
    // many as the row's Notes column counts; the other filters are cleared.
    void showGroup(analytics::Grouping by, const QString& group, QDate from, QDate to);

    [[nodiscard]] QComboBox* behaviourBox() const { return m_behaviour; }
    [[nodiscard]] QComboBox* metricBox() const { return m_metric; }
    [[nodiscard]] QComboBox* followUpBox() const { return m_followUp; }
    [[nodiscard]] NoteRecordDialog* recordDialog() const;

private:
    void read(int serial) override;
    RecordDialog* makeDialog(const QString& id) override;

    std::vector<std::string> m_attributes;
    QComboBox* m_behaviour;
    QComboBox* m_metric;
    QComboBox* m_followUp;
};

} // namespace fb::ui
