#pragma once

// Every chart starts here: Qt Charts' light or dark theme to match the palette
// in use (Theme.h tells which), with the palette's Base behind it and its
// text for the title and legend, so a chart sits in a dark window without a
// white box. Call it before adding axes and series: the theme colours those
// it gets afterwards, and colours set by hand (Theme.h inks) stay.
#include <QGuiApplication>
#include <QPalette>

class QChart;

namespace fb::ui::charts {

void applyChartTheme(QChart* chart, const QPalette& palette = QGuiApplication::palette());

} // namespace fb::ui::charts
