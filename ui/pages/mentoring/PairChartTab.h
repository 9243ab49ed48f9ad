#pragma once

#include "analytics/MentoringProgress.h"

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QTabWidget;

namespace fb::ui {

namespace charts {
class WeeklyComparisonChart;
}
struct MentoringView;

// Mentoring, fifth tab: one pair week by week (docs/mentoring.md, "One pair,
// week by week"). A box of every pair (active first, then ended), and two
// charts: the behaviour (mentee, mentor, team median) and the mentee's CSAT
// and QA total. The page reads the weeks on its worker when a pair is chosen.
class PairChartTab final : public QWidget {
    Q_OBJECT
public:
    explicit PairChartTab(QWidget* parent = nullptr);
    void present(const MentoringView& v);
    // Chooses the pair (which asks the page for its weeks).
    void selectPair(const std::string& pairId);
    void showProgress(const MentoringView& v, const analytics::PairProgress& progress);
    [[nodiscard]] std::string currentPair() const;
    [[nodiscard]] QTabWidget* charts() const { return m_charts; }
    [[nodiscard]] charts::WeeklyComparisonChart* behaviorChart() const { return m_behavior; }
    [[nodiscard]] charts::WeeklyComparisonChart* csatQaChart() const { return m_csatQa; }
    [[nodiscard]] QString summaryText() const;

signals:
    void pairRequested(const std::string& pairId);

private:
    std::vector<std::string> m_ids;
    QComboBox* m_pair;
    QLabel* m_summary;
    QTabWidget* m_charts;
    charts::WeeklyComparisonChart* m_behavior;
    charts::WeeklyComparisonChart* m_csatQa;
};

} // namespace fb::ui
