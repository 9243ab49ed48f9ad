#pragma once

// Two medians by month on one axis of working days: time to decision (solid),
// and time to fix (dashed), dots on both, every month labelled with its n,
// so a month of two tickets is not read like a month of forty. Black and grey
// only, as the other trend charts, so it reads on paper. A missing median
// (not enough data) is a gap in its line, never a zero (charts/GappedLine.h).
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QWidget;

namespace fb::ui::charts {

struct MonthTrendData final {
    QString title;                             // "Median working days to decision and to fix, by month"
    QString yTitle;                            // "working days"
    QStringList monthLabels;                   // "Oct 2026\nn 7 · 3"; the unfinished month says so
    std::vector<std::optional<double>> solid;  // median days to decision
    std::vector<std::optional<double>> dashed; // median days to fix
    QString solidName;
    QString dashedName;
};

// A QChartView (Qt Charts) showing the data; parent takes ownership.
QWidget* makeMonthTrendChart(const MonthTrendData& data, QWidget* parent = nullptr);

} // namespace fb::ui::charts
