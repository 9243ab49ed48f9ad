#include "pages/friction/OverviewTab.h"

#include "pages/friction/FrictionRows.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {
namespace {

QLabel* richLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

} // namespace

OverviewTab::OverviewTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    auto* needsBox = new QGroupBox(tr("What each phase still needs"), this);
    auto* nl = new QVBoxLayout(needsBox);
    m_needs = richLabel(needsBox);
    nl->addWidget(m_needs);
    auto* sumBox = new QGroupBox(tr("In plain words"), this);
    auto* sl = new QVBoxLayout(sumBox);
    m_summary = richLabel(sumBox);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sl->addWidget(m_summary);
    l->addWidget(needsBox);
    l->addWidget(sumBox, 1);
}

void OverviewTab::present(const analytics::ProgramReport& r)
{
    m_needs->setText(FrictionRows::needsHtml(r));
    m_summary->setText(FrictionRows::overviewHtml(r));
}

void OverviewTab::showNoProgram()
{
    m_needs->setText(tr("No program yet. <b>New program…</b> starts one."));
    m_summary->clear();
}

} // namespace fb::ui
