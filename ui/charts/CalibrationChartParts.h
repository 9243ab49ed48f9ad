#pragma once

// Internals shared by CalibrationCharts.cpp and CalibrationSessionChart.cpp:
// the series styles (colour plus shape, dash or fill, so charts read without
// colour), names or initials, and the chart and view every chart starts from.
#include <QChart>
#include <QChartView>
#include <QColor>
#include <QPalette>
#include <QScatterSeries>
#include <QString>

#include <cstddef>
#include <map>
#include <string>

class QValueAxis;

namespace fb::ui::calibrationcharts {

// Series colours come from theme::seriesColour (Okabe-Ito, for the palette
// in use); the text ink is kept for "overall". Shape and dash pattern carry
// the difference on paper.
inline const QScatterSeries::MarkerShape kShapes[] = {
    QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle,
    QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle,
    QScatterSeries::MarkerShapeStar,     QScatterSeries::MarkerShapePentagon};
inline constexpr Qt::PenStyle kDashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                           Qt::DashDotDotLine};
inline constexpr Qt::BrushStyle kFills[] = {Qt::SolidPattern,  Qt::BDiagPattern, Qt::DiagCrossPattern,
                                            Qt::Dense4Pattern, Qt::FDiagPattern, Qt::CrossPattern,
                                            Qt::VerPattern,    Qt::Dense6Pattern};
inline constexpr const char* kScaleProperty = "fbFontScale";
inline constexpr int kLabelTag = 0; // QGraphicsItem data key marking our own text items

template <typename T, std::size_t N> const T& cycle(const T (&items)[N], std::size_t i)
{
    return items[i % N];
}

// The participant's name, or with initialsOnly their initials (from
// `initials` by name, else made from the name as the store makes them).
QString nameOf(const std::string& name, bool initialsOnly, const std::map<std::string, std::string>* initials);
// The palette a chart for parent draws with: the parent's own, so a chart on
// the shared screen (black projector palette) matches the screen whatever
// the window's appearance is; the application's without a parent.
QPalette paletteFor(const QWidget* parent);
// A chart with its title, bottom legend showing each series' marker shape,
// coloured for palette (charts::applyChartTheme).
QChart* newChart(const QString& title, const QPalette& palette);
QChartView* viewOf(QChart* chart, QWidget* parent, const QString& accessibleName);
// A chart with nothing but a title saying what to do: better than empty axes.
QChartView* messageView(const QString& message, QWidget* parent);
// A value axis from lo to top rounded up (at least minTop), ticked every 0.2
// or 0.5 from 0: evenly spaced ticks whose one-decimal labels are exact.
void tickEvenly(QValueAxis* axis, double lo, double top, double minTop);

} // namespace fb::ui::calibrationcharts
