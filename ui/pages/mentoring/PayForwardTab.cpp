#include "pages/mentoring/PayForwardTab.h"

#include "pages/PageParts.h"
#include "pages/mentoring/MentoringProgressRows.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

PayForwardTab::PayForwardTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    auto* rule = new QLabel(MentoringProgressRows::payForwardRule(), this);
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);
    l->addWidget(rule);
    m_empty = new QLabel(MentoringProgressRows::payForwardEmpty(), this);
    m_empty->setWordWrap(true);
    m_empty->hide();
    l->addWidget(m_empty);
    m_table = makeResultTable({tr("Former mentee"), tr("Behaviour"), tr("4 weeks at target"),
                               tr("Weakest week (target)"), tr("n, 4 weeks"), tr("After pair")},
                              tr("Mentor candidates who pay it forward"), this);
    m_table->setAccessibleDescription(
        tr("One row per former mentee who has held the target for four weeks and could now mentor others."));
    l->addWidget(m_table, 1);
}

void PayForwardTab::present(const MentoringView& v)
{
    const auto rows = MentoringProgressRows::payForward(v);
    fillResultTable(m_table, rows, {3, 4});
    m_empty->setVisible(rows.empty());
    m_table->setVisible(!rows.empty());
}

QString PayForwardTab::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

} // namespace fb::ui
