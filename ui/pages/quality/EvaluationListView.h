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
class EvaluationRecordDialog;
class RecordFilterBar;
class RecordUndo;

// The Quality page's "Evaluations" tab: every stored evaluation, filtered
// (team, agent, evaluator, dates, pass or fail against the quality gate),
// newest first with the total; Enter or a double-click opens one
// (EvaluationRecordDialog) to view, edit or delete, and a delete can be undone.
class EvaluationListView final : public QWidget {
    Q_OBJECT
public:
    EvaluationListView(DatabaseJobs& jobs, QWidget* parent);
    void setDirectory(const AgentDirectory& directory, QDate dataEnd);
    void reload();
    // Opens evaluation `id` (the row's, or any).
    void open(const QString& id);

    [[nodiscard]] RecordFilterBar* filters() const { return m_filters; }
    [[nodiscard]] QComboBox* resultBox() const { return m_result; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString countText() const;
    [[nodiscard]] RecordUndo* undo() const { return m_undo; }
    [[nodiscard]] EvaluationRecordDialog* recordDialog() const;

signals:
    void listed();  // a list arrived (tests)
    void changed(); // an evaluation was edited, deleted or restored

private:
    void openCurrent();

    DatabaseJobs& m_jobs;
    AgentDirectory m_directory;
    RecordFilterBar* m_filters;
    QComboBox* m_result;
    QLabel* m_count;
    QTableWidget* m_table;
    QPushButton* m_open;
    RecordUndo* m_undo;
    QPointer<EvaluationRecordDialog> m_dialog;
    int m_serial = 0;
    bool m_ready = false;
};

} // namespace fb::ui
