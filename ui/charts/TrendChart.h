#pragma once

// A small line chart of one metric over weeks: the agent (solid, dots) against
// the team (dashed), with coaching notes as triangle markers along the
// bottom. Black and grey only, so it reads on paper and without colour.
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QWidget;

namespace fb::ui::charts {

struct TrendData final {
    QString title;          // "FCR (%)"
    QStringList weekLabels; // "W10", ...
    std::vector<std::optional<double>> agent;
    std::vector<std::optional<double>> team;
    QString agentName;
    QString teamName;             // "team median"
    std::vector<int> markerWeeks; // indexes into weekLabels with coaching notes
    QString markerName;           // "coaching note"
    std::optional<double> yMax;   // cap of the axis (100 for percentages)
};

// A QChartView (Qt Charts) showing the data; parent takes ownership.
QWidget* makeTrendChart(const TrendData& data, QWidget* parent = nullptr);

} // namespace fb::ui::charts
