#include "pages/friction/ChartsTab.h"

#include "analytics/ProgramReport.h"
#include "charts/ProgramCharts.h"

#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

namespace fb::ui {

ChartsTab::ChartsTab(QWidget* parent) : QScrollArea(parent), m_host(new QWidget(this))
{
    setWidgetResizable(true);
    m_layout = new QVBoxLayout(m_host);
    setWidget(m_host);
}

void ChartsTab::present(const analytics::ProgramReport& r)
{
    using analytics::ProgramMetric;
    while (auto* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* legend = new QLabel(tr("Grey bands: weeks 1-2 (Baseline) and 5-6 (Recognition); white: 3-4 (Fixes) and "
                                 "7-8 (Comparison). Dashed lines: fixes, named in the legend."),
                              m_host);
    legend->setWordWrap(true);
    m_layout->addWidget(legend);
    m_layout->addWidget(makeWeeklyChart(r, ProgramMetric::Fcr, 100.0, m_host));
    m_layout->addWidget(makeWeeklyChart(r, ProgramMetric::Dpti, 1.0, m_host));
    m_layout->addWidget(makeWeeklyChart(r, ProgramMetric::Rework, 100.0, m_host));
    m_layout->addWidget(makePulseChart(r, m_host));
}

} // namespace fb::ui
