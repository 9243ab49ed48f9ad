#include "pages/quality/EvaluationRecordDialog.h"

#include "background/DatabaseJobs.h"
#include "pages/quality/EvaluationForm.h"
#include "pages/records/RecordRows.h"
#include "store/QaStore.h"
#include "store/RubricStore.h"

namespace fb::ui {

EvaluationRecordDialog::EvaluationRecordDialog(DatabaseJobs& jobs, const AgentDirectory& directory,
                                               const QString& evaluationId, QWidget* parent)
    : RecordDialog(evaluationId, tr("Evaluation %1").arg(evaluationId), parent), m_jobs(jobs), m_directory(directory)
{
    m_form = new EvaluationForm(jobs, this);
    m_form->setDirectory(directory);
    m_form->setReadOnly(true);
    setForm(m_form);
    connect(m_form, &EvaluationForm::saved, this, [this] { editSaved(); });
    load();
}

QString EvaluationRecordDialog::deleteQuestion() const
{
    return tr("Delete evaluation %1 of %2, evaluated by %3 on %4?\n\nUndo delete (or Ctrl+Z) in the list brings "
              "it back.")
        .arg(recordId(), QString::fromStdString(m_current.agentId), QString::fromStdString(m_current.evaluator),
             m_current.evaluatedAt.left(10));
}

void EvaluationRecordDialog::load()
{
    struct Loaded {
        store::Evaluation evaluation;
        store::FullRubric rubric;
        std::vector<store::HistoryEntry> history;
    };
    const std::string id = recordId().toStdString();
    m_jobs.run(
        this,
        [id](store::Database& db) -> Result<Loaded> {
            auto ev = store::loadEvaluation(db, id);
            if (!ev)
                return ev.error();
            auto rubric = store::loadRubric(db, ev->rubricVersion);
            if (!rubric)
                return rubric.error();
            auto history = store::recordHistory(db, store::RecordKind::Evaluation, id);
            if (!history)
                return history.error();
            return Loaded{std::move(ev.value()), std::move(rubric.value()), std::move(history.value())};
        },
        [this](Result<Loaded> r) {
            if (!r)
                return showError(r.error().toString());
            m_current = r->evaluation;
            m_history = r->history;
            if (m_rubricVersion != r->rubric.version) {
                m_form->setRubric(r->rubric);
                m_rubricVersion = r->rubric.version;
            }
            m_form->setEditing(QString());
            m_form->setEvaluation(m_current);
            m_form->setReadOnly(true);
            showLoaded(historyLine(m_history), versionChoices(m_history));
        });
}

void EvaluationRecordDialog::showVersion(int index)
{
    if (index <= 0 || index > static_cast<int>(m_history.size())) {
        m_form->setEvaluation(m_current);
        return;
    }
    auto earlier = store::evaluationSnapshot(m_history[static_cast<size_t>(index - 1)]);
    if (!earlier)
        return showError(earlier.error().toString());
    m_form->setEvaluation(earlier.value());
}

void EvaluationRecordDialog::startEdit()
{
    m_form->setEvaluation(m_current);
    m_form->setEditing(recordId());
    m_form->setReadOnly(false);
}

} // namespace fb::ui
