#include "pages/mentoring/EffectTab.h"

#include "pages/PageParts.h"
#include "pages/mentoring/MentoringRows.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

EffectTab::EffectTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->addWidget(m_summary);
    auto* how = new QLabel(tr("Ended pairs: each mentee's change in points from the 4 weeks before the start to the "
                              "4 weeks after the planned end, against unmentored agents of the same team whose "
                              "baseline was in the same fifth, adjusted for the baseline; interval and p by team, "
                              "p of the behaviours also adjusted with Holm. Fewer than 5 measured pairs: not enough "
                              "data."),
                           this);
    how->setWordWrap(true);
    how->setForegroundRole(QPalette::PlaceholderText);
    l->addWidget(how);
    m_table = makeResultTable({tr("What"), tr("Pairs measured"), tr("Mentees' change, pts"),
                               tr("Controls' change, pts"), tr("Effect, pts (95% CI)"), tr("p"), tr("Note")},
                              tr("Effect of mentoring"), this);
    m_table->setAccessibleDescription(
        tr("How much mentees changed against similar agents without a mentor, with the 95% interval."));
    l->addWidget(m_table, 1);
}

void EffectTab::present(const MentoringView& v)
{
    m_summary->setText(MentoringRows::effectSummary(v));
    fillResultTable(m_table, MentoringRows::effect(v), {1, 2, 3, 4, 5});
}

QString EffectTab::summaryText() const
{
    return m_summary->text();
}

} // namespace fb::ui
