#include "charts/WeeklyComparisonChart.h"

#include "Theme.h"
#include "charts/ChartTheme.h"
#include "charts/NiceAxis.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui::charts {
namespace {

void attach(QChart* chart, QAbstractSeries* s, QAbstractAxis* x, QAbstractAxis* y, bool inLegend)
{
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
    if (!inLegend)
        for (auto* m : chart->legend()->markers(s))
            m->setVisible(false);
}

} // namespace

WeeklyComparisonChart::WeeklyComparisonChart(QWidget* parent) : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
}

void WeeklyComparisonChart::setData(const WeeklyComparison& d)
{
    m_data = d;
    auto* chart = new QChart;
    applyChartTheme(chart);
    const QPalette pal = QGuiApplication::palette();
    chart->setTitle(d.title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    chart->legend()->setFont(small);

    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int n = int(d.weekLabels.size());
    const int every = n > 14 ? 2 : 1; // about a dozen labels fit the width of a 1280 x 720 window
    for (int i = 0; i < n; ++i)
        if ((n - 1 - i) % every == 0) // always the last week
            x->append(d.weekLabels[i], i);
    x->setRange(-0.5, std::max(0.5, n - 0.5));
    x->setLabelsFont(small);
    x->setGridLineVisible(false);
    auto* y = new QValueAxis;
    y->setTitleText(d.unit);
    y->setLabelsFont(small);
    double lo = INFINITY, hi = -INFINITY;
    for (const auto& line : d.lines)
        for (const auto& v : line.values)
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
    if (!std::isfinite(lo)) {
        lo = d.yMin.value_or(0);
        hi = d.yMax.value_or(1);
    }
    const double pad = std::max((hi - lo) * 0.1, std::abs(hi) * 0.02 + 1e-9);
    const double bottom = d.yMin ? std::max(*d.yMin, lo - pad) : lo - pad;
    const double top = d.yMax ? std::min(*d.yMax, hi + pad) : hi + pad;
    setNiceRange(y, bottom, std::max(top, bottom + 1e-6));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Marks first, so the lines are drawn over them.
    for (const auto& m : d.marks) {
        auto* mark = new QLineSeries;
        mark->setName(m.name);
        mark->setPen(QPen(theme::ink(theme::Ink::Muted, pal), 1.5, m.style));
        mark->append(m.week, y->min());
        mark->append(m.week, y->max());
        attach(chart, mark, x, y, true);
    }
    for (const auto& line : d.lines) {
        const QColor colour = theme::ink(line.ink, pal);
        const QPen pen(colour, 2.2, line.style);
        QLineSeries* run = nullptr; // one series per run of weeks with a value: gaps stay gaps
        bool named = false;
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(line.dots ? 8 : 5);
        dots->setColor(colour);
        dots->setBorderColor(colour);
        for (int i = 0; i < int(line.values.size()); ++i) {
            if (!line.values[size_t(i)]) {
                run = nullptr;
                continue;
            }
            if (!run) {
                run = new QLineSeries;
                run->setPen(pen);
                run->setName(line.name);
                attach(chart, run, x, y, !named);
                named = true;
            }
            run->append(i, *line.values[size_t(i)]);
            dots->append(i, *line.values[size_t(i)]);
        }
        if (!named) { // no week with a value: still named in the legend, so its absence is seen
            auto* empty = new QLineSeries;
            empty->setPen(pen);
            empty->setName(line.name);
            attach(chart, empty, x, y, true);
        }
        attach(chart, dots, x, y, false);
        // Hovering a point shows its week, value with unit and n.
        const QStringList tips = line.tips;
        connect(dots, &QScatterSeries::hovered, this, [tips](const QPointF& p, bool state) {
            const int i = int(std::lround(p.x()));
            if (state && i >= 0 && i < tips.size())
                QToolTip::showText(QCursor::pos(), tips[i]);
            else
                QToolTip::hideText();
        });
    }
    if (!d.gapNote.isEmpty()) {
        auto* gap = new QLineSeries; // no points: a legend entry that explains the gaps
        gap->setName(d.gapNote);
        gap->setPen(QPen(theme::ink(theme::Ink::Muted, pal), 1.5, Qt::DotLine));
        attach(chart, gap, x, y, true);
    }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace fb::ui::charts
