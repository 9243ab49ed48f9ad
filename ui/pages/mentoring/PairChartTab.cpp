#include "pages/mentoring/PairChartTab.h"

#include "charts/WeeklyComparisonChart.h"
#include "pages/mentoring/MentoringProgressRows.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fb::ui {

PairChartTab::PairChartTab(QWidget* parent) : QWidget(parent)
{
    auto* l = new QVBoxLayout(this);
    m_pair = new QComboBox(this);
    m_pair->setAccessibleName(tr("Pair"));
    // Sized by a length, not by the longest pair, so the page fits 1280 x 720.
    m_pair->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pair->setMinimumContentsLength(40);
    auto* label = new QLabel(tr("Pai&r:"), this);
    label->setBuddy(m_pair);
    auto* bar = new QHBoxLayout;
    bar->addWidget(label);
    bar->addWidget(m_pair, 1);
    l->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    l->addWidget(m_summary);
    m_charts = new QTabWidget(this);
    m_behavior = new charts::WeeklyComparisonChart(m_charts);
    m_csatQa = new charts::WeeklyComparisonChart(m_charts);
    m_charts->addTab(m_behavior, tr("The behaviour"));
    m_charts->addTab(m_csatQa, tr("CSAT and QA total"));
    l->addWidget(m_charts, 1);
    connect(m_pair, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && size_t(i) < m_ids.size())
            emit pairRequested(m_ids[size_t(i)]);
    });
}

void PairChartTab::present(const MentoringView& v)
{
    const std::string selected = currentPair();
    {
        const QSignalBlocker block(m_pair);
        m_pair->clear();
        m_pair->addItems(MentoringProgressRows::pairChoices(v));
        m_ids = MentoringProgressRows::pairChoiceIds(v);
    }
    m_charts->setVisible(!m_ids.empty());
    if (m_ids.empty()) {
        m_summary->setText(tr("No pair yet: confirm suggested pairs, and each pair's weeks appear here."));
        return;
    }
    const auto it = std::find(m_ids.begin(), m_ids.end(), selected);
    const int index = it == m_ids.end() ? 0 : int(it - m_ids.begin());
    {
        const QSignalBlocker block(m_pair);
        m_pair->setCurrentIndex(index);
    }
    emit pairRequested(m_ids[size_t(index)]);
}

void PairChartTab::selectPair(const std::string& pairId)
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), pairId);
    if (it == m_ids.end())
        return;
    const int index = int(it - m_ids.begin());
    if (m_pair->currentIndex() == index)
        emit pairRequested(pairId);
    else
        m_pair->setCurrentIndex(index); // asks through currentIndexChanged
}

void PairChartTab::showProgress(const MentoringView& v, const analytics::PairProgress& p)
{
    if (p.pair.pairId != currentPair())
        return; // an answer for a pair no longer chosen
    m_behavior->setData(MentoringProgressRows::behaviorChart(v, p));
    m_csatQa->setData(MentoringProgressRows::csatQaChart(v, p));
    m_summary->setText(MentoringProgressRows::progressSummary(v, p));
}

std::string PairChartTab::currentPair() const
{
    const int i = m_pair->currentIndex();
    return i >= 0 && size_t(i) < m_ids.size() ? m_ids[size_t(i)] : std::string();
}

QString PairChartTab::summaryText() const
{
    return m_summary->text();
}

} // namespace fb::ui
