#include "charts/GappedLine.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace fb::ui::charts {

void addGappedLine(QChart* chart, const std::vector<std::optional<double>>& values, const QPen& pen,
                   const QString& name, bool dots, QAbstractAxis* x, QAbstractAxis* y)
{
    QLineSeries* line = nullptr;
    bool named = false;
    auto* points = dots ? new QScatterSeries : nullptr;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            line = nullptr;
            continue;
        }
        if (!line) {
            line = new QLineSeries;
            line->setPen(pen);
            line->setName(name);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            if (named)
                for (auto* m : chart->legend()->markers(line))
                    m->setVisible(false);
            named = true;
        }
        line->append(double(i), *values[i]);
        if (points)
            points->append(double(i), *values[i]);
    }
    if (points) {
        points->setMarkerSize(7);
        points->setColor(pen.color());
        points->setBorderColor(pen.color());
        chart->addSeries(points);
        points->attachAxis(x);
        points->attachAxis(y);
        for (auto* m : chart->legend()->markers(points))
            m->setVisible(false);
    }
}

} // namespace fb::ui::charts
