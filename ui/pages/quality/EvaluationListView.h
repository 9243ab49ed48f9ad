#pragma once

#include "pages/records/RecordListView.h"

class QComboBox;

namespace fb::ui {

class EvaluationRecordDialog;

// The Quality page's "Evaluations" tab: every stored evaluation, filtered
// (team, agent, evaluator, dates, pass or fail against the quality gate),
// newest first with the total; Enter or a double-click opens one
// (EvaluationRecordDialog) to view, edit or delete, and a delete can be undone.
class EvaluationListView final : public RecordListView {
    Q_OBJECT
public:
    EvaluationListView(DatabaseJobs& jobs, QWidget* parent);
    void setDirectory(const AgentDirectory& directory, QDate dataEnd);

    [[nodiscard]] QComboBox* resultBox() const { return m_result; }
    [[nodiscard]] EvaluationRecordDialog* recordDialog() const;

private:
    void read(int serial) override;
    RecordDialog* makeDialog(const QString& id) override;

    QComboBox* m_result;
};

} // namespace fb::ui
