#include "pages/coaching/NoteListView.h"

#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "pages/PageParts.h"
#include "pages/coaching/NoteRecordDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordRows.h"
#include "pages/records/RecordUndo.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

NoteListView::NoteListView(DatabaseJobs& jobs, QWidget* parent) : QWidget(parent), m_jobs(jobs)
{
    m_filters = new RecordFilterBar(tr("Coach"), tr("Every coach"), this);
    m_behaviour = new QComboBox(this);
    m_behaviour->setAccessibleName(tr("Behaviour"));
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Target metric"));
    m_followUp = new QComboBox(this);
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_followUp->addItem(tr("Open or done"));
    m_followUp->addItem(tr("Open"));
    m_followUp->addItem(tr("Done"));
    m_filters->addFilter(tr("Behaviour:"), m_behaviour);
    m_filters->addFilter(tr("Metric:"), m_metric);
    m_filters->addFilter(tr("Follow-up:"), m_followUp);
    m_count = new QLabel(this);
    m_open = new QPushButton(tr("O&pen…"), this);
    m_open->setToolTip(tr("Shows the note on its form, with Edit and Delete (Enter, or double-click a row)"));
    m_table = makeResultTable(noteHeaders(), tr("Coaching notes"), this);
    m_table->setAccessibleDescription(tr("One row per coaching note; double-click or Enter opens it."));
    m_undo = new RecordUndo(jobs, store::RecordKind::CoachingNote, this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undo);

    connect(m_filters, &RecordFilterBar::changed, this, &NoteListView::reload);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &NoteListView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &NoteListView::openCurrent);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &NoteListView::openCurrent);
    connect(m_undo, &RecordUndo::changed, this, [this] {
        reload();
        emit changed();
    });
}

void NoteListView::setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes,
                                QDate dataEnd)
{
    m_directory = directory;
    m_attributes = attributes;
    m_filters->setDirectory(directory, dataEnd);
    const QSignalBlocker b1(m_behaviour), b2(m_metric);
    const QString behaviour = m_behaviour->currentData().toString();
    const QString metric = m_metric->currentData().toString();
    m_behaviour->clear();
    m_behaviour->addItem(tr("Any behaviour"), QString());
    m_metric->clear();
    m_metric->addItem(tr("Any metric"), QString());
    for (const auto& m : analytics::targetableMetrics()) {
        const analytics::TargetMetric t{false, m, {}};
        m_metric->addItem(t.label(), QString::fromStdString(t.key()));
    }
    for (const auto& a : attributes) {
        m_behaviour->addItem(analytics::attributeLabel(a), QString::fromStdString(a));
        m_metric->addItem(analytics::attributeLabel(a), QString::fromStdString(a));
    }
    m_behaviour->setCurrentIndex(std::max(0, m_behaviour->findData(behaviour)));
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(metric)));
    m_ready = true;
    reload();
}

NoteRecordDialog* NoteListView::recordDialog() const
{
    return m_dialog;
}

QString NoteListView::countText() const
{
    return m_count->text();
}

void NoteListView::reload()
{
    if (!m_ready)
        return;
    store::NoteFilter f;
    f.team = m_filters->team();
    f.agentId = m_filters->agentId();
    f.coach = m_filters->person();
    f.from = m_filters->from();
    f.to = m_filters->to();
    f.attribute = m_behaviour->currentData().toString().toStdString();
    f.targetMetric = m_metric->currentData().toString().toStdString();
    f.followUp = static_cast<store::NoteFilter::FollowUp>(m_followUp->currentIndex());
    const int serial = ++m_serial;
    m_count->setText(tr("Reading…"));
    m_jobs.run(
        this, [f](store::Database& db) { return store::listCoachingNotes(db, f); },
        [this, serial](Result<store::NoteList> r) {
            if (serial != m_serial)
                return;
            if (!r) {
                m_count->setText(r.error().toString());
                return;
            }
            m_filters->setPeople(r->coaches);
            fillResultTable(m_table, noteRows(r.value()), {8});
            m_count->setText(noteCountText(r.value()));
            emit listed();
        });
}

void NoteListView::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 1))
        return;
    open(m_table->item(row, 1)->text());
}

void NoteListView::open(const QString& id)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new NoteRecordDialog(m_jobs, m_directory, m_attributes, id, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RecordDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    connect(m_dialog, &RecordDialog::deleteConfirmed, m_undo, &RecordUndo::deleteRecord);
    m_dialog->open();
}

} // namespace fb::ui
