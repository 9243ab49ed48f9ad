#include "pages/incentives/PlanView.h"

#include "pages/PageParts.h"
#include "pages/incentives/IncentiveRows.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fb::ui {

PlanView::PlanView(QWidget* parent) : QWidget(parent)
{
    m_gate = new QLabel(this);
    m_gate->setWordWrap(true);
    m_components = makeResultTable(IncentiveRows::planHeaders(), tr("Plan components"), this);
    m_components->setAccessibleDescription(
        tr("One row per component of the plan: its weight, floor, target and minimum n."));
    m_versions = makeResultTable(IncentiveRows::versionHeaders(), tr("Published versions"), this);
    m_versions->setAccessibleDescription(tr("One row per published version of the plan, with its note."));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_gate);
    layout->addWidget(m_components, 2);
    layout->addWidget(new QLabel(tr("Published versions (a change is stored as a new version; a published one never "
                                    "changes):"),
                                 this));
    layout->addWidget(m_versions, 1);
}

QString PlanView::gateText() const
{
    return m_gate->text();
}

void PlanView::show(const IncentiveSnapshot& data)
{
    if (data.versions.empty()) {
        m_gate->setText(tr("No incentive plan yet: import one with floorboard-cli incentive plan import FILE "
                           "(docs/csv-formats.md, \"Incentive plans\")."));
        fillResultTable(m_components, {});
        fillResultTable(m_versions, {});
        return;
    }
    const IncentivePlan& shown = data.report ? data.report->plan : data.versions.back();
    m_gate->setText(IncentiveRows::gateText(shown));
    fillResultTable(m_components, IncentiveRows::plan(shown), {2, 3, 4, 5});
    fillResultTable(m_versions, IncentiveRows::versions(data.versions), {0});
}

} // namespace fb::ui
