#include "charts/HappinessChart.h"

#include "charts/NiceAxis.h"
#include "charts/TrendParts.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace fb::ui::charts {

QWidget* makeHappinessChart(const HappinessPlot& plot, QWidget* parent)
{
    QFont small;
    QChart* chart = makeTrendFrame(plot.points.empty() ? plot.emptyText : plot.title, &small);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    for (const auto& [axis, title] : {std::pair{x, &plot.xTitle}, std::pair{y, &plot.yTitle}}) {
        axis->setTitleText(*title);
        axis->setLabelsFont(small);
        axis->setTitleFont(small);
    }
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const auto& p : plot.points) {
        x0 = std::min(x0, p.pulse);
        x1 = std::max(x1, p.pulse);
        y0 = std::min(y0, p.outcome);
        y1 = std::max(y1, p.outcome);
    }
    if (plot.points.empty()) {
        x0 = 1;
        x1 = 5;
        y0 = 0;
        y1 = 1;
    }
    const double padX = std::max((x1 - x0) * 0.1, 0.05), padY = std::max((y1 - y0) * 0.1, std::abs(y1) * 0.01 + 1e-9);
    setNiceRange(x, std::max(1.0, x0 - padX), std::min(5.0, x1 + padX));
    setNiceRange(y, y0 - padY, y1 + padY);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    if (plot.line && !plot.points.empty()) {
        auto* line = new QLineSeries;
        line->setName(plot.lineName);
        line->setPen(QPen(QColor(0x60, 0x60, 0x60), 1.5, Qt::DashLine));
        const auto [a, b] = *plot.line;
        line->append(x->min(), a + b * x->min());
        line->append(x->max(), a + b * x->max());
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    // One series per reading, so the legend explains the shapes.
    struct Kind {
        int reading;
        QScatterSeries::MarkerShape shape;
        const char* name;
    };
    const Kind kinds[] = {
        {0, QScatterSeries::MarkerShapeCircle,
         QT_TRANSLATE_NOOP("fb::ui::charts::HappinessChart", "Team, as its pulse predicts")},
        {1, QScatterSeries::MarkerShapeTriangle,
         QT_TRANSLATE_NOOP("fb::ui::charts::HappinessChart", "▲ Team doing better than its pulse predicts")},
        {-1, QScatterSeries::MarkerShapeRectangle,
         QT_TRANSLATE_NOOP("fb::ui::charts::HappinessChart", "■ Team below what its pulse predicts")},
    };
    auto tips = std::make_shared<std::vector<std::pair<QPointF, QString>>>();
    for (const auto& k : kinds) {
        auto* s = new QScatterSeries;
        s->setName(QCoreApplication::translate("fb::ui::charts::HappinessChart", k.name));
        s->setMarkerShape(k.shape);
        s->setMarkerSize(12);
        s->setColor(k.reading == 0  ? QColor(0x1f, 0x4e, 0x79)
                    : k.reading > 0 ? QColor(0x00, 0x72, 0xB2)
                                    : QColor(0xD5, 0x5E, 0x00));
        s->setBorderColor(Qt::black);
        for (const auto& p : plot.points)
            if (p.reading == k.reading) {
                s->append(p.pulse, p.outcome);
                tips->emplace_back(QPointF(p.pulse, p.outcome), p.tooltip);
            }
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (s->count() == 0)
            for (auto* m : chart->legend()->markers(s))
                m->setVisible(false);
        QObject::connect(s, &QScatterSeries::hovered, s, [tips](const QPointF& at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            for (const auto& [point, text] : *tips)
                if (point == at)
                    return QToolTip::showText(QCursor::pos(), text);
        });
    }
    auto* view = static_cast<QChartView*>(makeTrendView(chart, parent));
    view->setAccessibleName(plot.title);
    return view;
}

} // namespace fb::ui::charts
