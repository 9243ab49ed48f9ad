#include "pages/quality/EvaluationListView.h"

#include "background/DatabaseJobs.h"
#include "pages/PageParts.h"
#include "pages/quality/EvaluationRecordDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordRows.h"
#include "pages/records/RecordUndo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

EvaluationListView::EvaluationListView(DatabaseJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    m_filters = new RecordFilterBar(tr("Evaluator"), tr("Everyone"), this);
    m_result = new QComboBox(this);
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("Pass or fail"));
    m_result->addItem(tr("Pass (at or above the quality gate)"));
    m_result->addItem(tr("Fail (below the quality gate)"));
    m_filters->addFilter(tr("Result:"), m_result);
    m_count = new QLabel(this);
    m_open = new QPushButton(tr("O&pen…"), this);
    m_open->setToolTip(tr("Shows the evaluation on its form, with Edit and Delete (Enter, or double-click a row)"));
    m_table = makeResultTable(evaluationHeaders(), tr("Evaluations"), this);
    m_table->setAccessibleDescription(tr("One row per evaluation; double-click or Enter opens it."));
    m_undo = new RecordUndo(jobs, store::RecordKind::Evaluation, this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undo);

    connect(m_filters, &RecordFilterBar::changed, this, &EvaluationListView::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &EvaluationListView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &EvaluationListView::openCurrent);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &EvaluationListView::openCurrent);
    connect(m_undo, &RecordUndo::changed, this, [this] {
        reload();
        emit changed();
    });
}

void EvaluationListView::setDirectory(const AgentDirectory& directory, QDate dataEnd)
{
    m_directory = directory;
    m_filters->setDirectory(directory, dataEnd);
    m_ready = true;
    reload();
}

EvaluationRecordDialog* EvaluationListView::recordDialog() const
{
    return m_dialog;
}

QString EvaluationListView::countText() const
{
    return m_count->text();
}

void EvaluationListView::reload()
{
    if (!m_ready)
        return;
    store::EvaluationFilter f;
    f.team = m_filters->team();
    f.agentId = m_filters->agentId();
    f.evaluator = m_filters->person();
    f.from = m_filters->from();
    f.to = m_filters->to();
    f.result = static_cast<store::EvaluationFilter::Result>(m_result->currentIndex());
    const int serial = ++m_serial;
    m_count->setText(tr("Reading…"));
    m_jobs.run(
        this, [f](store::Database& db) { return store::listEvaluations(db, f); },
        [this, serial](Result<store::EvaluationList> r) {
            if (serial != m_serial)
                return; // a newer filter is on its way
            if (!r) {
                m_count->setText(r.error().toString());
                return;
            }
            m_filters->setPeople(r->evaluators);
            fillResultTable(m_table, evaluationRows(r.value()), {6, 8});
            m_count->setText(evaluationCountText(r.value()));
            emit listed();
        });
}

void EvaluationListView::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 1))
        return;
    open(m_table->item(row, 1)->text());
}

void EvaluationListView::open(const QString& id)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new EvaluationRecordDialog(m_jobs, m_directory, id, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RecordDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    connect(m_dialog, &RecordDialog::deleteConfirmed, m_undo, &RecordUndo::deleteRecord);
    m_dialog->open();
}

} // namespace fb::ui
