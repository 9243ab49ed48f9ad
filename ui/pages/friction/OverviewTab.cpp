#include "pages/friction/OverviewTab.h"

#include "pages/friction/FrictionRows.h"

#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
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
    // A finished program's sentences are long: they scroll inside the tab
    // rather than make the window taller than a 1366 x 768 screen at 125 %.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto* l = new QVBoxLayout(content);
    auto* needsBox = new QGroupBox(tr("What each phase still needs"), content);
    auto* nl = new QVBoxLayout(needsBox);
    m_needs = richLabel(needsBox);
    nl->addWidget(m_needs);
    auto* sumBox = new QGroupBox(tr("In plain words"), content);
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
