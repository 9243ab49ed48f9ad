#pragma once

#include <QChartView>
#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace fb::ui {

// An agent's target metric per ISO week with coaching notes (▲) and
// follow-ups (■) as markers on the line and the note's target as a dashed
// line, so a lead sees at a glance whether coaching moved the metric.
class CoachingTimelineChart final : public QChartView {
    Q_OBJECT
public:
    struct Point {
        QDate monday;
        std::optional<double> value; // none: no data that week (a gap)
        qint64 n = 0;
        bool small = false; // below the metric's minimum sample (hollow point)
    };
    struct Marker {
        QDate date;
        QString label; // "N0001 clarity (Sara)"
        bool followUp = false;
    };
    explicit CoachingTimelineChart(QWidget* parent = nullptr);
    // The first day the axis shows: the Monday of the first week with a value, or of an earlier marker
    // within the points' weeks (empty weeks before both are left out).
    [[nodiscard]] static QDate startOf(const std::vector<Point>& points, const std::vector<Marker>& markers);
    void setData(const QString& title, const QString& unit, const std::vector<Point>& points,
                 const std::vector<Marker>& markers, std::optional<double> target);
};

} // namespace fb::ui
