#pragma once

// A few weekly lines side by side (a mentee against the mentor and the team
// median), with vertical marks for dates that matter (start, planned end),
// a tooltip with unit and n on every point, and weeks without enough data
// left as gaps whose reason the legend names. Lines differ by dash and
// marker as well as colour, so the chart reads in black and white.
#include "Theme.h"

#include <QChartView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace fb::ui::charts {

struct WeeklyLine final {
    QString name;
    theme::Ink ink = theme::Ink::Primary; // the colour, for the palette in use
    Qt::PenStyle style = Qt::SolidLine;
    bool dots = true;
    std::vector<std::optional<double>> values; // per week; none: a gap
    QStringList tips;                          // per week: "Week 2026-W10: 3.5 of 4, n = 2"
};

struct WeeklyMark final {
    int week = 0; // index into the weeks
    QString name; // "Start (2026-W10)"
    Qt::PenStyle style = Qt::DashLine;
};

struct WeeklyComparison final {
    QString title;
    QString unit;           // the value axis' title
    QStringList weekLabels; // "W10", ...
    std::vector<WeeklyLine> lines;
    std::vector<WeeklyMark> marks;
    QString gapNote;            // "Gaps: weeks with fewer than 5 surveys" (legend); empty: none
    std::optional<double> yMin; // floor of the axis (0 for shares and points)
    std::optional<double> yMax; // cap of the axis (4 for a 0-4 score, 100 for percent)
};

class WeeklyComparisonChart final : public QChartView {
    Q_OBJECT
public:
    explicit WeeklyComparisonChart(QWidget* parent = nullptr);
    void setData(const WeeklyComparison& data);
    [[nodiscard]] const WeeklyComparison& data() const { return m_data; }

private:
    WeeklyComparison m_data;
};

} // namespace fb::ui::charts
