#include "charts/ProgramCharts.h"

#include "Theme.h"
#include "charts/ChartTheme.h"
#include "charts/NiceAxis.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::ProgramCharts)
};

} // namespace

QChartView* makeWeeklyChart(const analytics::ProgramReport& r, analytics::ProgramMetric metric, double unit,
                            QWidget* parent)
{
    auto* chart = new QChart;
    charts::applyChartTheme(chart);
    const QPalette pal = QGuiApplication::palette();
    chart->setTitle(analytics::metricLabel(metric) + (analytics::isProportion(metric) ? Tr::tr(" (%)") : QString()));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    auto* x = new QValueAxis;
    x->setRange(0.5, analytics::kProgramWeeks + 0.5);
    x->setTickCount(analytics::kProgramWeeks + 1);
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(Tr::tr("Program week (bands: Baseline, Fixes, Recognition, Comparison)"));
    x->setGridLineVisible(false);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1);
    x->setTickInterval(1);
    x->setLabelFormat(QStringLiteral("%d"));
    auto* y = new QValueAxis;
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    auto* line = new QLineSeries;
    line->setName(Tr::tr("Weekly %1").arg(analytics::metricLabel(metric)));
    auto* points = new QScatterSeries;
    points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    points->setMarkerSize(8);
    double lo = 0, hi = 1;
    bool any = false;
    for (int w = 1; w <= analytics::kProgramWeeks; ++w) {
        const auto v = r.weeks[static_cast<size_t>(w - 1)].value(metric);
        if (!v)
            continue;
        const double value = *v * unit;
        line->append(w, value);
        points->append(w, value);
        lo = any ? std::min(lo, value) : value;
        hi = any ? std::max(hi, value) : value;
        any = true;
    }
    const double pad = std::max((hi - lo) * 0.2, std::max(std::abs(hi) * 0.03, 0.5));
    lo = std::max(0.0, lo - pad);
    hi += pad;
    charts::setNiceRange(y, lo, hi);

    // Phase bands: grey under baseline and recognition, none under fixes and
    // comparison; the axis title names them in order.
    for (int phase = 0; phase < 4; phase += 2) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double from = phase * 2 + 0.5, to = phase * 2 + 2.5;
        upper->append(from, hi);
        upper->append(to, hi);
        lower->append(from, lo);
        lower->append(to, lo);
        auto* band = new QAreaSeries(upper, lower);
        band->setName(analytics::phaseName(phase));
        band->setBrush(theme::ink(theme::Ink::Faint, pal));
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
    }
    // Fix markers: dashed vertical lines at the fix date.
    for (const auto& f : r.fixes) {
        const qint64 off = r.program.start.daysTo(f.fixedOn);
        if (off < 0 || off >= analytics::kProgramDays)
            continue;
        auto* marker = new QLineSeries;
        marker->setName(Tr::tr("Fix #%1: %2").arg(f.id).arg(QString::fromStdString(f.friction)));
        const double at = 0.5 + off / 7.0;
        marker->append(at, lo);
        marker->append(at, hi);
        QPen pen(theme::ink(theme::Ink::Text, pal));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.2);
        marker->setPen(pen);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
    }
    QPen pen(theme::ink(theme::Ink::Primary, pal));
    pen.setWidthF(2);
    line->setPen(pen);
    points->setColor(theme::ink(theme::Ink::Primary, pal));
    points->setBorderColor(theme::ink(theme::Ink::Text, pal));
    chart->addSeries(line);
    chart->addSeries(points);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(points)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The legend names the line as well as the bands and the fixes (the dots are the line's).
    for (auto* m : chart->legend()->markers(points))
        m->setVisible(false);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    view->setAccessibleName(Tr::tr("Weekly %1 with phase bands and fix markers").arg(analytics::metricLabel(metric)));
    return view;
}

QChartView* makePulseChart(const analytics::ProgramReport& r, QWidget* parent)
{
    auto* chart = new QChart;
    charts::applyChartTheme(chart);
    const QPalette pal = QGuiApplication::palette();
    chart->setTitle(Tr::tr("Pulse dimensions, weeks 1-2 and weeks 7-8 (each shown from 5 answers)"));
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* before = new QBarSet(Tr::tr("Weeks 1-2 (%1 responses)").arg(r.pulseBefore.responses));
    auto* after = new QBarSet(Tr::tr("Weeks 7-8 (%1 responses)").arg(r.pulseAfter.responses));
    QStringList categories;
    for (size_t d = 0; d < 5; ++d) {
        categories << analytics::dimensionLabel(kPulseDimensionNames[d]);
        *before << r.pulseBefore.mean[d].value_or(0);
        *after << r.pulseAfter.mean[d].value_or(0);
    }
    // Solid and hatched fills: readable without colour.
    before->setBrush(QBrush(theme::ink(theme::Ink::Muted, pal)));
    before->setBorderColor(theme::ink(theme::Ink::Text, pal));
    after->setBrush(QBrush(theme::ink(theme::Ink::Primary, pal), Qt::BDiagPattern));
    after->setBorderColor(theme::ink(theme::Ink::Text, pal));
    auto* series = new QBarSeries;
    series->append(before);
    series->append(after);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setRange(0, 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(240);
    view->setAccessibleName(Tr::tr("Pulse dimensions before and after"));
    return view;
}

} // namespace fb::ui
