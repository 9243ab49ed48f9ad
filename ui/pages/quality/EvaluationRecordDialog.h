#pragma once

#include "pages/records/RecordDialog.h"
#include "store/AgentDirectory.h"
#include "store/RecordStore.h"

namespace fb::ui {

class DatabaseJobs;
class EvaluationForm;

// One stored evaluation on the evaluation form (under its own rubric
// version), read-only, with its history; Edit makes the form editable and
// Save replaces it with the earlier version kept (RecordDialog).
class EvaluationRecordDialog final : public RecordDialog {
    Q_OBJECT
public:
    EvaluationRecordDialog(DatabaseJobs& jobs, const AgentDirectory& directory, const QString& evaluationId,
                           QWidget* parent);
    [[nodiscard]] EvaluationForm* form() const { return m_form; }

protected:
    QString deleteQuestion() const override;
    void load() override;
    void showVersion(int index) override;
    void startEdit() override;

private:
    DatabaseJobs& m_jobs;
    AgentDirectory m_directory;
    EvaluationForm* m_form;
    store::Evaluation m_current;
    std::vector<store::HistoryEntry> m_history;
    int m_rubricVersion = -1;
};

} // namespace fb::ui
