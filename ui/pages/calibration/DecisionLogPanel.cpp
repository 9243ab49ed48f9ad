#include "pages/calibration/DecisionLogPanel.h"

#include "analytics/CalibrationText.h"
#include "background/DatabaseJobs.h"
#include "common/DateFormat.h"
#include "pages/PageParts.h"
#include "pages/calibration/SessionView.h"
#include "store/CalibrationStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace fb::ui::calibration {

DecisionLogPanel::DecisionLogPanel(DatabaseJobs& worker, QWidget* parent) : QWidget(parent), m_worker(worker)
{
    m_search = makeSearchBox(tr("Search decision notes, e.g. refund or hold time"), this, &m_debounce);
    m_count = new QLabel(this);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_table = makeResultTable(
        {tr("Decided"), tr("Session"), tr("Interaction"), tr("Attribute"), tr("Agreed score"), tr("Decision note")},
        tr("Decision log"), this);
    m_table->setAccessibleDescription(
        tr("One row per decision of a calibration session: the agreed score and the note that explains it."));
    // One line a decision, every row the same height, so the log scans like a
    // list; a note too long for its column ends in "…" and reads whole in its tooltip.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_debounce, &QTimer::timeout, this, [this] { search(m_search->text()); });
}

void DecisionLogPanel::reload()
{
    search(m_search->text());
}

void DecisionLogPanel::search(const QString& text)
{
    const int generation = ++m_generation;
    m_worker.run(
        this, [text](store::Database& db) { return store::searchDecisionNotes(db, text); },
        [this, text, generation](Result<std::vector<DecisionNote>> notes) {
            if (generation != m_generation)
                return; // a newer search is on its way
            m_table->setRowCount(0);
            if (!notes) {
                m_count->setText(notes.error().toString());
                return;
            }
            const auto& list = notes.value();
            std::vector<QStringList> rows;
            rows.reserve(list.size());
            for (const auto& n : list)
                rows.push_back({format::date(n.decidedOn), QString::fromStdString(n.sessionId),
                                QString::fromStdString(n.interactionId), analytics::attributeLabel(n.attribute),
                                n.score ? numberText(*n.score) : tr("NA"), QString::fromStdString(n.note)});
            fillResultTable(m_table, rows, {4});
            m_count->setText(list.empty() && !text.trimmed().isEmpty()
                                 ? tr("No decision note mentions “%1”.").arg(text.trimmed())
                             : list.empty() ? tr("No decisions recorded yet: agree on a revealed interaction first.")
                                            : tr("%n decision(s)", nullptr, static_cast<int>(list.size())));
            emit searched();
        });
}

} // namespace fb::ui::calibration
