#include "pages/records/RecordListView.h"

#include "pages/PageParts.h"
#include "pages/records/RecordDialog.h"
#include "pages/records/RecordFilterBar.h"
#include "pages/records/RecordUndo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

RecordListView::RecordListView(DatabaseJobs& jobs, store::RecordKind kind, const QStringList& headers,
                               const Words& words, QWidget* parent)
    : QWidget(parent), m_jobs(jobs)
{
    m_filters = new RecordFilterBar(words.person, words.everyone, this);
    m_count = new QLabel(this);
    m_open = new QPushButton(tr("O&pen…"), this);
    m_open->setToolTip(words.openTip);
    m_more = new QPushButton(tr("Show &more"), this);
    m_more->setToolTip(tr("Adds the next %1 records to the list").arg(store::kRecordListLimit));
    m_more->hide();
    m_table = makeResultTable(headers, words.tableName, this);
    m_undo = new RecordUndo(jobs, kind, this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_more);
    bar->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_undo);

    connect(m_filters, &RecordFilterBar::changed, this, &RecordListView::reloadFromStart);
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_limit += store::kRecordListLimit;
        reload();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RecordListView::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &RecordListView::openCurrent);
    auto* enter = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, &RecordListView::openCurrent);
    connect(m_undo, &RecordUndo::changed, this, [this] {
        reload();
        emit changed();
    });
}

void RecordListView::setDirectory(const AgentDirectory& directory, QDate dataEnd)
{
    m_directory = directory;
    m_filters->setDirectory(directory, dataEnd);
    m_ready = true;
    reload();
}

QString RecordListView::countText() const
{
    return m_count->text();
}

void RecordListView::reload()
{
    if (!m_ready)
        return;
    m_count->setText(tr("Reading…"));
    read(++m_serial);
}

void RecordListView::reloadFromStart()
{
    m_limit = store::kRecordListLimit;
    reload();
}

void RecordListView::show(int serial, const std::vector<std::string>& people, const std::vector<QStringList>& rows,
                          const std::set<int>& numeric, const QString& count, qint64 total)
{
    if (serial != m_serial)
        return; // a newer filter is on its way
    const int current = m_table->currentRow();
    m_filters->setPeople(people);
    fillResultTable(m_table, rows, numeric);
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current, 0); // Show more keeps the reader's place
    m_count->setText(count);
    m_more->setVisible(static_cast<qint64>(rows.size()) < total);
    emit listed();
}

void RecordListView::showError(int serial, const QString& message)
{
    if (serial == m_serial)
        m_count->setText(message);
}

void RecordListView::openCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 1))
        return;
    open(m_table->item(row, 1)->text());
}

void RecordListView::open(const QString& id)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = makeDialog(id);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RecordDialog::changed, this, [this] {
        reload();
        emit changed();
    });
    connect(m_dialog, &RecordDialog::deleteConfirmed, m_undo, &RecordUndo::deleteRecord);
    m_dialog->open();
}

} // namespace fb::ui
