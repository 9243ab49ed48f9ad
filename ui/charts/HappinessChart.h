#pragma once

// "Happiness and results" as a picture: each team's mean weekly pulse (x)
// against its mean outcome (y), with the site-wide least-squares line the
// learning labs are measured from. Teams only, from team-weeks of at least 5
// pulse responses, so no point reveals fewer answers than the table does.
// Shapes tell the readings apart without colour: ▲ better than the pulse
// predicts, ▼ below it, ● as predicted.
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace fb::ui::charts {

struct HappinessPoint final {
    QString team;
    double pulse = 0;   // mean weekly pulse, 1-5
    double outcome = 0; // mean weekly outcome, in the axis' unit (percent for proportions)
    int weeks = 0;      // team-weeks behind both means
    int reading = 0;    // +1 learning lab above the line, -1 below, 0 as predicted
    QString tooltip;    // "Billing: pulse 3.82 /5, FCR 74.3 % over 13 team-weeks"
};

struct HappinessPlot final {
    QString title;  // "Teams: mean pulse and mean FCR, 2026-W31 to W43"
    QString xTitle; // "Mean pulse (1-5)"
    QString yTitle; // "Mean FCR (%)"
    std::vector<HappinessPoint> points;
    // The site-wide line outcome = intercept + slope x pulse (same unit as outcome); none below 3 teams.
    std::optional<std::pair<double, double>> line; // (intercept, slope)
    QString lineName;                              // "Site-wide line: what the pulse predicts"
    QString emptyText;                             // shown when there are no points
};

// A QChartView (Qt Charts); a point's tooltip shows on hover. parent takes ownership.
QWidget* makeHappinessChart(const HappinessPlot& plot, QWidget* parent = nullptr);

} // namespace fb::ui::charts
