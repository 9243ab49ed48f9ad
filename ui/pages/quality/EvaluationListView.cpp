#include "pages/quality/EvaluationListView.h"

#include "background/DatabaseJobs.h"
#include "pages/quality/EvaluationRecordDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordRows.h"

#include <QComboBox>
#include <QTableWidget>

namespace fb::ui {

EvaluationListView::EvaluationListView(DatabaseJobs& jobs, QWidget* parent)
    : RecordListView(jobs, store::RecordKind::Evaluation, evaluationHeaders(),
                     {tr("Evaluator"), tr("Everyone"),
                      tr("Shows the evaluation on its form, with Edit and Delete (Enter, or double-click a row)"),
                      tr("Evaluations")},
                     parent)
{
    m_result = new QComboBox(this);
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("Pass or fail"));
    m_result->addItem(tr("Pass (at or above the quality gate)"));
    m_result->addItem(tr("Fail (below the quality gate)"));
    filters()->addFilter(tr("Result:"), m_result);
    table()->setAccessibleDescription(tr("One row per evaluation; double-click or Enter opens it."));
}

void EvaluationListView::setDirectory(const AgentDirectory& directory, QDate dataEnd)
{
    RecordListView::setDirectory(directory, dataEnd);
}

EvaluationRecordDialog* EvaluationListView::recordDialog() const
{
    return qobject_cast<EvaluationRecordDialog*>(dialog());
}

void EvaluationListView::read(int serial)
{
    store::EvaluationFilter f;
    f.team = filters()->team();
    f.agentId = filters()->agentId();
    f.evaluator = filters()->person();
    f.from = filters()->from();
    f.to = filters()->to();
    f.limit = limit();
    f.result = static_cast<store::EvaluationFilter::Result>(m_result->currentIndex());
    jobs().run(
        this, [f](store::Database& db) { return store::listEvaluations(db, f); },
        [this, serial](Result<store::EvaluationList> r) {
            if (!r)
                showError(serial, r.error().toString());
            else
                show(serial, r->evaluators, evaluationRows(r.value()), {6, 8}, evaluationCountText(r.value()),
                     r->total);
        });
}

RecordDialog* EvaluationListView::makeDialog(const QString& id)
{
    return new EvaluationRecordDialog(jobs(), directory(), id, this);
}

} // namespace fb::ui
