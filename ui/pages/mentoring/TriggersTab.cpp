#include "pages/mentoring/TriggersTab.h"

#include "pages/PageParts.h"
#include "pages/mentoring/MentoringRows.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

TriggersTab::TriggersTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    l->addWidget(new QLabel(tr("<b>Where are customers hurt most, and by whom?</b> Detractor contacts (CSAT 1–2) "
                               "and failed QA evaluations (below the quality gate) by contact reason, queue and "
                               "low-scored attribute, per team and agent, against the team's base rate (lift; not "
                               "enough data below n = 5). Press Enter on a row to see mentoring pairs for the "
                               "behaviour it suggests."),
                            this));
    l->itemAt(0)->widget()->setProperty("wordWrap", true);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    l->addWidget(m_empty);
    m_table = makeResultTable({tr("Team"), tr("Agent"), tr("Low scores"), tr("Where"), tr("Low of n (rate)"),
                               tr("Team base rate"), tr("Lift"), tr("Suggests")},
                              tr("Low-score triggers"), this);
    m_table->setAccessibleDescription(tr("One row per agent with repeated low scores on a behaviour: how often, "
                                         "against the team's rate, and the mentoring it suggests."));
    l->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && size_t(row) < m_behaviors.size())
            emit behaviorChosen(m_behaviors[size_t(row)]);
    });
}

void TriggersTab::present(const MentoringView& v)
{
    fillResultTable(m_table, MentoringRows::triggers(v), {4, 5, 6});
    m_behaviors.clear();
    for (const auto& t : v.triggers)
        m_behaviors.push_back(t.behavior);
    m_empty->setText(MentoringRows::triggersEmpty(v));
    m_empty->setVisible(v.triggers.empty());
    m_table->setVisible(!v.triggers.empty());
}

QString TriggersTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

} // namespace fb::ui
