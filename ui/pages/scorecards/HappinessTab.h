#pragma once

#include "analytics/Happiness.h"
#include "charts/HappinessChart.h"
#include "common/Error.h"

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace fb::ui::scorecards {

// The chart of the learning labs: each team's mean pulse against its mean
// outcome (percent for proportions) with the site-wide line, teams in natural order.
charts::HappinessPlot happinessPlot(const analytics::Happiness& h, int from, int to);

// "Happiness and results": Spearman correlations of each pulse dimension with
// each outcome over 0-4 weeks of lag, and the learning-lab teams whose outcome
// sits far from what their pulse predicts. The page computes; this tab asks
// for the period and outcome and shows the result.
class HappinessTab final : public QWidget {
    Q_OBJECT
public:
    explicit HappinessTab(QWidget* parent = nullptr);

    [[nodiscard]] int weeks() const;                 // team-weeks looked at: 13, 26 or 52
    [[nodiscard]] analytics::Metric outcome() const; // the outcome learning labs are judged by
    void showComputing(int from, int to);
    void showError(const Error& error);
    void present(const analytics::Happiness& h, int from, int to);

signals:
    void settingsChanged(); // weeks or outcome changed: compute again

private:
    void showCorrelations(const analytics::Happiness& h);
    void showTeams(const analytics::Happiness& h);

    QComboBox* m_weeks = nullptr;
    QComboBox* m_outcome = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_correlations = nullptr;
    QTableWidget* m_teams = nullptr;
    QHBoxLayout* m_labs = nullptr; // the teams' table and their chart
    QWidget* m_chart = nullptr;
};

} // namespace fb::ui::scorecards
