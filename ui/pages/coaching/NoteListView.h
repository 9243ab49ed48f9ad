#pragma once

#include "store/AgentDirectory.h"
#include "store/RecordStore.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace fb::ui {

class DatabaseJobs;
class NoteRecordDialog;
class RecordFilterBar;
class RecordUndo;

// The Coaching page's "Notes" tab: every coaching note, filtered (team,
// agent, coach, dates, behaviour, target metric, follow-up open or done),
// newest first with the total; Enter or a double-click opens one
// (NoteRecordDialog) to view, edit or delete, and a delete can be undone.
class NoteListView final : public QWidget {
    Q_OBJECT
public:
    NoteListView(DatabaseJobs& jobs, QWidget* parent);
    void setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes, QDate dataEnd);
    void reload();
    void open(const QString& id);

    [[nodiscard]] RecordFilterBar* filters() const { return m_filters; }
    [[nodiscard]] QComboBox* behaviourBox() const { return m_behaviour; }
    [[nodiscard]] QComboBox* metricBox() const { return m_metric; }
    [[nodiscard]] QComboBox* followUpBox() const { return m_followUp; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] RecordUndo* undo() const { return m_undo; }
    [[nodiscard]] NoteRecordDialog* recordDialog() const;

signals:
    void listed();
    void changed(); // a note was edited, deleted or restored

private:
    void openCurrent();

    DatabaseJobs& m_jobs;
    AgentDirectory m_directory;
    std::vector<std::string> m_attributes;
    RecordFilterBar* m_filters;
    QComboBox* m_behaviour;
    QComboBox* m_metric;
    QComboBox* m_followUp;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_open;
    RecordUndo* m_undo;
    QPointer<NoteRecordDialog> m_dialog;
    int m_serial = 0;
    bool m_ready = false;
};

} // namespace fb::ui
