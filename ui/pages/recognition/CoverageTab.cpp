#include "pages/recognition/CoverageTab.h"

#include "common/IsoWeek.h"
#include "pages/PageParts.h"
#include "pages/recognition/RecognitionRows.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

CoverageTab::CoverageTab(QWidget* parent) : QWidget(parent)
{
    auto* intro = new QLabel(tr("<b>Is recognition reaching everyone?</b> Agents on the team in the week, how many "
                                "of them were recognised at least once in the last 8 weeks, the week's "
                                "recognitions, and who is at or above target on a behaviour without being "
                                "recognised for 8 weeks (metrics against the scorecard's targets and minimum n; "
                                "rubric attributes against the quality gate)."),
                             this);
    intro->setWordWrap(true);
    m_coverage = makeResultTable(RecognitionRows::coverageHeaders(), tr("Recognition coverage"), this);
    m_coverage->setAccessibleDescription(
        tr("One row per team: how many agents were recognised in the last 8 weeks and this week."));
    m_unseenEmpty = new QLabel(this);
    m_unseenEmpty->setWordWrap(true);
    m_unseen = makeResultTable(RecognitionRows::unseenHeaders(), tr("Unseen at target"), this);
    m_unseen->setAccessibleDescription(
        tr("Agents at target on a behaviour who have not been recognised lately, with when they last were."));
    // Numbers stay beside their labels instead of at the far edge of a stretched last column.
    for (QTableWidget* t : {m_coverage, m_unseen})
        t->horizontalHeader()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_coverage, 2);
    auto* unseen = new QLabel(tr("<b>Doing well and unseen</b>: not recognised in 8 weeks, at or above target"), this);
    unseen->setWordWrap(true);
    layout->addWidget(unseen);
    layout->addWidget(m_unseenEmpty);
    layout->addWidget(m_unseen, 3);
}

void CoverageTab::present(const RecognitionView& view)
{
    fillResultTable(m_coverage, RecognitionRows::coverage(view.coverage), {1, 2, 3, 4});
    fillResultTable(m_unseen, RecognitionRows::unseen(view.coverage), {4, 5});
    m_unseenEmpty->setText(
        tr("Nobody at or above target went unrecognised in the 8 weeks up to %1 (agents with too little data are "
           "never listed).")
            .arg(IsoWeek::fromKey(view.week).toString()));
    m_unseenEmpty->setVisible(view.coverage.unseen.empty());
    m_unseen->setVisible(!view.coverage.unseen.empty());
}

QString CoverageTab::unseenEmptyText() const
{
    return m_unseenEmpty->isVisibleTo(this) ? m_unseenEmpty->text() : QString();
}

} // namespace fb::ui
