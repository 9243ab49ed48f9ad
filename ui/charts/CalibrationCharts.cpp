#include "charts/CalibrationCharts.h"

#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "charts/CalibrationChartParts.h"
#include "charts/ChartTheme.h"
#include "common/DateFormat.h"

#include <QCategoryAxis>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <set>

namespace fb::ui {
namespace calibrationcharts {

QString nameOf(const std::string& name, bool initialsOnly, const std::map<std::string, std::string>* initials)
{
    if (!initialsOnly)
        return QString::fromStdString(name);
    if (initials)
        if (const auto it = initials->find(name); it != initials->end() && !it->second.empty())
            return QString::fromStdString(it->second);
    QString made; // as the store makes them: "Jonas Weber" -> "JW"
    for (const QString& word : QString::fromStdString(name).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        made += word.left(1).toUpper();
    return made;
}

QPalette paletteFor(const QWidget* parent)
{
    return parent ? parent->palette() : QGuiApplication::palette();
}

QChart* newChart(const QString& title, const QPalette& palette)
{
    auto* chart = new QChart;
    charts::applyChartTheme(chart, palette);
    chart->setTitle(title);
    // The title is the question the chart answers: a little larger than the axes.
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chart->setTitleFont(titleFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}

QChartView* viewOf(QChart* chart, QWidget* parent, const QString& accessibleName)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    view->setAccessibleName(accessibleName);
    return view;
}

QChartView* messageView(const QString& message, QWidget* parent)
{
    QChart* chart = newChart(message, paletteFor(parent));
    chart->legend()->hide();
    return viewOf(chart, parent, message);
}

void tickEvenly(QValueAxis* axis, double lo, double top, double minTop)
{
    const double interval = std::max(top, minTop) - lo <= 1.6 ? 0.2 : 0.5;
    axis->setRange(lo, std::max(minTop, std::ceil(top / interval - 1e-9) * interval));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setLabelFormat(QStringLiteral("%.1f"));
}

} // namespace calibrationcharts

namespace {

using namespace calibrationcharts;

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::CalibrationCharts)
};

// Sessions on x by index, labelled by date (thinned to about a dozen labels).
QCategoryAxis* sessionAxis(const std::vector<QDate>& dates)
{
    auto* x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const bool oneYear = !dates.empty() && dates.front().year() == dates.back().year();
    const std::size_t n = dates.size(), step = std::max<std::size_t>(1, (n + 11) / 12);
    std::set<QString> used; // a category axis needs distinct labels; two sessions may share a day
    for (std::size_t i = 0; i < n; ++i) {
        if ((n - 1 - i) % step != 0) // always label the latest session
            continue;
        QString label = oneYear ? format::dayMonth(dates[i]) : format::dayMonthYear(dates[i]);
        while (!used.insert(label).second)
            label += QChar(0x200B); // zero-width space: looks the same, counts as another label
        x->append(label, static_cast<double>(i));
    }
    x->setRange(-0.5, static_cast<double>(n) - 0.5);
    x->setTitleText(Tr::tr("Session date"));
    x->setGridLineVisible(false);
    return x;
}

// One line per run of defined cells (a missing session is a gap, never a
// zero), plus its points with the series' own marker shape; the points
// carry the legend entry.
void addSeries(QChart* chart, const std::vector<analytics::Cell>& values, const QString& name, const QPen& pen,
               QScatterSeries::MarkerShape shape, qreal markerSize, QAbstractAxis* x, QAbstractAxis* y,
               const QPalette& palette)
{
    auto attach = [&](QAbstractSeries* s, bool inLegend) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
        if (!inLegend)
            for (auto* m : chart->legend()->markers(s))
                m->setVisible(false);
    };
    QLineSeries* line = nullptr;
    auto* points = new QScatterSeries;
    points->setName(name);
    points->setMarkerShape(shape);
    points->setMarkerSize(markerSize);
    points->setColor(pen.color());
    points->setBorderColor(theme::ink(theme::Ink::Text, palette));
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i]) {
            line = nullptr;
            continue;
        }
        if (!line) {
            line = new QLineSeries;
            line->setName(name);
            line->setPen(pen);
            attach(line, false);
        }
        line->append(static_cast<double>(i), *values[i]);
        points->append(static_cast<double>(i), *values[i]);
    }
    attach(points, true);
}

bool anyValue(const std::vector<std::vector<analytics::Cell>>& rows)
{
    return std::any_of(rows.begin(), rows.end(), [](const auto& row) {
        return std::any_of(row.begin(), row.end(), [](const auto& c) { return c.has_value(); });
    });
}

} // namespace

QChartView* makeDeviationHistoryChart(const analytics::CalibrationHistory& h, QWidget* parent, bool initialsOnly,
                                      const std::map<std::string, std::string>* initials)
{
    if (h.sessions.size() < 2)
        return messageView(Tr::tr("Run two or more sessions to see a trend"), parent);
    if (!anyValue(h.deviation))
        return messageView(Tr::tr("No scores could be compared yet: enter scores to see a trend"), parent);
    const QPalette pal = paletteFor(parent);
    QChart* chart = newChart(Tr::tr("Is calibration converging?"), pal);
    QCategoryAxis* x = sessionAxis(h.dates);
    auto* y = new QValueAxis;
    double top = 0;
    for (const auto& row : h.deviation)
        for (const auto& c : row)
            top = std::max(top, c.value_or(0));
    tickEvenly(y, 0, top * 1.1, 1.0);
    y->setTitleText(Tr::tr("Mean absolute deviation (points, 0-4 scale)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (std::size_t p = 0; p < h.participants.size(); ++p) {
        QPen pen(theme::seriesColour(int(p), pal), 2, cycle(kDashes, p));
        addSeries(chart, h.deviation[p], nameOf(h.participants[p], initialsOnly, initials), pen, cycle(kShapes, p), 10,
                  x, y, pal);
    }
    return viewOf(chart, parent, Tr::tr("Mean absolute deviation of each participant per session"));
}

QChartView* makeAlphaHistoryChart(const analytics::CalibrationHistory& h, QWidget* parent)
{
    if (h.sessions.size() < 2)
        return messageView(Tr::tr("Run two or more sessions to see a trend"), parent);
    if (!anyValue(h.alpha))
        return messageView(Tr::tr("Alpha is undefined in every session: too few scores, or one value throughout"),
                           parent);
    const QPalette pal = paletteFor(parent);
    QChart* chart = newChart(Tr::tr("Does agreement hold? Krippendorff's alpha per attribute"), pal);
    QCategoryAxis* x = sessionAxis(h.dates);
    auto* y = new QValueAxis;
    double lowest = 0;
    for (const auto& row : h.alpha)
        for (const auto& c : row)
            lowest = std::min(lowest, c.value_or(0));
    tickEvenly(y, std::floor(lowest * 10) / 10, 1.0, 1.0);
    y->setTitleText(Tr::tr("Krippendorff's alpha (1 = full agreement)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Reference lines first, so the data draws over them.
    const double x0 = -0.5, x1 = static_cast<double>(h.sessions.size()) - 0.5;
    struct Threshold {
        double value;
        QString legend, label;
        Qt::PenStyle dash;
    };
    const Threshold thresholds[] = {
        {kReliableAlpha, Tr::tr("reliable (0.800)"), Tr::tr("reliable"), Qt::DashLine},
        {kTentativeAlpha, Tr::tr("tentative (0.667)"), Tr::tr("tentative"), Qt::DotLine},
    };
    QLineSeries* anchorSeries = nullptr;
    std::vector<std::pair<QGraphicsSimpleTextItem*, double>> labels;
    for (const Threshold& t : thresholds) {
        auto* line = new QLineSeries;
        line->setName(t.legend);
        line->setPen(QPen(theme::ink(theme::Ink::Muted, pal), 1.5, t.dash));
        line->append(x0, t.value);
        line->append(x1, t.value);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        anchorSeries = line;
        auto* text = new QGraphicsSimpleTextItem(t.label, chart);
        text->setBrush(theme::ink(theme::Ink::Text, pal));
        text->setData(kLabelTag, true);
        text->setZValue(10);
        labels.emplace_back(text, t.value);
    }
    // The labels sit at the left end, just above their line, wherever the plot area moves.
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [chart, labels, anchorSeries, x0] {
        for (const auto& [text, value] : labels) {
            const QPointF at = chart->mapToPosition(QPointF(x0, value), anchorSeries);
            text->setPos(at.x() + 4, at.y() - text->boundingRect().height());
        }
    });

    for (std::size_t a = 0; a < h.attributes.size(); ++a) {
        const bool overall = h.attributes[a] == "overall";
        const QString name = overall ? Tr::tr("overall") : analytics::attributeLabel(h.attributes[a]);
        QPen pen(overall ? theme::ink(theme::Ink::Text, pal) : theme::seriesColour(int(a), pal), overall ? 3.5 : 2,
                 overall ? Qt::SolidLine : cycle(kDashes, a + 1));
        addSeries(chart, h.alpha[a], name, pen, overall ? QScatterSeries::MarkerShapeCircle : cycle(kShapes, a + 1),
                  overall ? 12 : 9, x, y, pal);
    }
    return viewOf(chart, parent, Tr::tr("Krippendorff's alpha per attribute and session"));
}

} // namespace fb::ui
