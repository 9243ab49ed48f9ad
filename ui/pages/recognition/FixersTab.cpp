#include "pages/recognition/FixersTab.h"

#include "common/IsoWeek.h"
#include "pages/PageParts.h"
#include "pages/recognition/RecognitionRows.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

FixersTab::FixersTab(QWidget* parent) : QWidget(parent)
{
    auto* intro = new QLabel(tr("<b>Fixers</b>: agents who raised a feedback ticket that was fixed in the last 8 "
                                "weeks. Their tickets changed how everyone works; say so at the huddle."),
                             this);
    intro->setWordWrap(true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_table = makeResultTable(RecognitionRows::fixersHeaders(), tr("Fixers"), this);
    m_table->setAccessibleDescription(
        tr("One row per agent whose feedback led to a fix: the ticket and what changed."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
}

void FixersTab::present(const RecognitionView& view)
{
    fillResultTable(m_table, RecognitionRows::fixers(view.fixers), {2});
    m_empty->setText(tr("No ticket raised by an agent was fixed in the 8 weeks up to %1.")
                         .arg(IsoWeek::fromKey(view.week).toString()));
    m_empty->setVisible(view.fixers.empty());
    m_table->setVisible(!view.fixers.empty());
}

QString FixersTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

} // namespace fb::ui
