// The one-session chart of the shared screen and the font scale of the
// presentation mode.
#include "Theme.h"
#include "analytics/CalibrationText.h"
#include "charts/CalibrationChartParts.h"
#include "charts/CalibrationCharts.h"
#include "charts/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace fb::ui {
namespace {

using namespace calibrationcharts;

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::ui::CalibrationCharts)
};

} // namespace

QChartView* makeSessionDeviationChart(const analytics::CalibrationReport& report, QWidget* parent, bool initialsOnly,
                                      const std::map<std::string, std::string>* initials)
{
    std::vector<std::string> attributes, participants;
    for (const auto& d : report.deviations) {
        if (std::find(attributes.begin(), attributes.end(), d.attribute) == attributes.end())
            attributes.push_back(d.attribute);
        if (std::find(participants.begin(), participants.end(), d.participant) == participants.end())
            participants.push_back(d.participant);
    }
    const bool any = std::any_of(report.deviations.begin(), report.deviations.end(),
                                 [](const auto& d) { return d.meanAbsolute.has_value(); });
    if (!any)
        return messageView(Tr::tr("No deviations yet: enter the scores, then reveal them"), parent);
    const QString reference = report.reference == analytics::ReferenceKind::Anchor      ? Tr::tr("the anchor")
                              : report.reference == analytics::ReferenceKind::Consensus ? Tr::tr("the consensus")
                                                                                        : Tr::tr("the median");
    const QPalette pal = paletteFor(parent); // the shared screen's own
    QChart* chart = newChart(Tr::tr("How far each scorer was from %1").arg(reference), pal);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle); // shows the fill pattern

    auto* series = new QHorizontalBarSeries;
    double top = 0;
    for (std::size_t p = 0; p < participants.size(); ++p) {
        QString name = nameOf(participants[p], initialsOnly, initials);
        QStringList missing;
        auto* set = new QBarSet(QString());
        // Horizontal bars stack categories bottom-up: feed them reversed so
        // the rubric reads top-down.
        for (auto a = attributes.rbegin(); a != attributes.rend(); ++a) {
            const auto d = std::find_if(report.deviations.begin(), report.deviations.end(), [&](const auto& v) {
                return v.participant == participants[p] && v.attribute == *a;
            });
            const auto value = d != report.deviations.end() ? d->meanAbsolute : std::nullopt;
            if (!value)
                missing.prepend(analytics::attributeLabel(*a));
            *set << value.value_or(0);
            top = std::max(top, value.value_or(0));
        }
        // No bar reads as zero: say in the legend where there was nothing to compare.
        if (!missing.isEmpty())
            name = Tr::tr("%1 (not compared: %2)").arg(name, missing.join(QStringLiteral(", ")));
        set->setLabel(name);
        set->setBrush(QBrush(theme::seriesColour(int(p), pal), cycle(kFills, p)));
        // An outline, so a sparse pattern still reads as a bar.
        set->setPen(QPen(theme::ink(theme::Ink::Text, pal), 1));
        set->setLabelColor(theme::ink(theme::Ink::Text, pal));
        series->append(set);
    }
    series->setBarWidth(0.85); // wide enough for the fill patterns to show
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(2);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    for (auto a = attributes.rbegin(); a != attributes.rend(); ++a)
        categories->append(analytics::attributeLabel(*a));
    auto* value = new QValueAxis;
    tickEvenly(value, 0, top * 1.15, 1.0); // room for the value labels
    value->setTitleText(Tr::tr("Mean absolute deviation from %1 (points)").arg(reference));
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(value, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(value);
    return viewOf(chart, parent, Tr::tr("Mean absolute deviation of each participant per attribute"));
}

void setChartFontScale(QChartView* view, double scale)
{
    QChart* chart = view ? view->chart() : nullptr;
    if (!chart || scale <= 0)
        return;
    const QVariant previous = chart->property(kScaleProperty);
    const double factor = scale / (previous.isValid() ? previous.toDouble() : 1.0);
    chart->setProperty(kScaleProperty, scale);
    auto grow = [factor](QFont f) {
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * factor);
        else if (f.pixelSize() > 0)
            f.setPixelSize(std::max(1, static_cast<int>(std::lround(f.pixelSize() * factor))));
        return f;
    };
    chart->setTitleFont(grow(chart->titleFont()));
    chart->legend()->setFont(grow(chart->legend()->font()));
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsFont(grow(axis->labelsFont()));
        axis->setTitleFont(grow(axis->titleFont()));
    }
    for (QAbstractSeries* s : chart->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(s))
            scatter->setMarkerSize(scatter->markerSize() * factor);
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(grow(set->labelFont()));
    }
    for (QGraphicsItem* item : chart->childItems())
        if (item->data(kLabelTag).toBool())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                text->setFont(grow(text->font()));
    emit chart->plotAreaChanged(chart->plotArea()); // re-place the labels above their lines
}

} // namespace fb::ui
