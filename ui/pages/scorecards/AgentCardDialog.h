#pragma once

#include "analytics/Happiness.h"
#include "store/ScorecardStore.h"

#include <QDialog>

class QGridLayout;
class QLabel;
class QTableWidget;

namespace fb::ui::scorecards {

struct AgentCardData final {
    QString error;
    std::vector<int> weeks;
    analytics::ScorecardDefinition definition;
    std::vector<analytics::TrendSeries> trends;
    std::vector<store::CoachingMark> notes;
};

// Every metric's weekly trend over the last 13 weeks against the team median,
// with the agent's coaching notes as markers on the timeline.
class AgentCardDialog final : public QDialog {
    Q_OBJECT
public:
    AgentCardDialog(const QString& agentName, const QString& team, QWidget* parent = nullptr);
    void setData(const AgentCardData& data);
    [[nodiscard]] int chartCount() const { return m_charts; }

private:
    QString m_agent;
    QString m_team;
    QLabel* m_status = nullptr;
    QGridLayout* m_grid = nullptr;
    QTableWidget* m_notes = nullptr;
    int m_charts = 0;
};

} // namespace fb::ui::scorecards
