#include "pages/coaching/NoteListView.h"

#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "pages/coaching/NoteRecordDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordRows.h"

#include <QComboBox>
#include <QTableWidget>

namespace fb::ui {

NoteListView::NoteListView(DatabaseJobs& jobs, QWidget* parent)
    : RecordListView(jobs, store::RecordKind::CoachingNote, noteHeaders(),
                     {tr("Coach"), tr("Every coach"),
                      tr("Shows the note on its form, with Edit and Delete (Enter, or double-click a row)"),
                      tr("Coaching notes")},
                     parent)
{
    m_behaviour = new QComboBox(this);
    m_behaviour->setAccessibleName(tr("Behaviour"));
    m_metric = new QComboBox(this);
    m_metric->setAccessibleName(tr("Target metric"));
    m_followUp = new QComboBox(this);
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_followUp->addItem(tr("Open or done"));
    m_followUp->addItem(tr("Open"));
    m_followUp->addItem(tr("Done"));
    filters()->addFilter(tr("Behaviour:"), m_behaviour);
    filters()->addFilter(tr("Metric:"), m_metric);
    filters()->addFilter(tr("Follow-up:"), m_followUp);
    table()->setAccessibleDescription(tr("One row per coaching note; double-click or Enter opens it."));
}

void NoteListView::setDirectory(const AgentDirectory& directory, const std::vector<std::string>& attributes,
                                QDate dataEnd)
{
    m_attributes = attributes;
    {
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
    }
    RecordListView::setDirectory(directory, dataEnd);
}

void NoteListView::showGroup(analytics::Grouping by, const QString& group, QDate from, QDate to)
{
    using analytics::Grouping;
    const std::string key = group.toStdString();
    filters()->setFilters(by == Grouping::Team ? key : std::string(), by == Grouping::Coach ? key : std::string(), from,
                          to);
    if (by == Grouping::Attribute && m_behaviour->findData(group) < 0) // a behaviour no longer in the rubric
        m_behaviour->addItem(analytics::attributeLabel(key), group);
    m_behaviour->setCurrentIndex(by == Grouping::Attribute ? m_behaviour->findData(group) : 0);
    m_metric->setCurrentIndex(0);
    m_followUp->setCurrentIndex(0);
    reloadFromStart();
}

NoteRecordDialog* NoteListView::recordDialog() const
{
    return qobject_cast<NoteRecordDialog*>(dialog());
}

void NoteListView::read(int serial)
{
    store::NoteFilter f;
    f.team = filters()->team();
    f.agentId = filters()->agentId();
    f.coach = filters()->person();
    f.from = filters()->from();
    f.to = filters()->to();
    f.attribute = m_behaviour->currentData().toString().toStdString();
    f.targetMetric = m_metric->currentData().toString().toStdString();
    f.limit = limit();
    f.followUp = static_cast<store::NoteFilter::FollowUp>(m_followUp->currentIndex());
    jobs().run(
        this, [f](store::Database& db) { return store::listCoachingNotes(db, f); },
        [this, serial](Result<store::NoteList> r) {
            if (!r)
                showError(serial, r.error().toString());
            else
                show(serial, r->coaches, noteRows(r.value()), {8}, noteCountText(r.value()), r->total);
        });
}

RecordDialog* NoteListView::makeDialog(const QString& id)
{
    return new NoteRecordDialog(jobs(), directory(), m_attributes, id, this);
}

} // namespace fb::ui
