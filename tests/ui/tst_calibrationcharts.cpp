// The calibration charts on a hand-made history: one series per participant
// or attribute, gaps where a session is missing (never a zero), axis ranges,
// the reference lines, the empty-history message and the font scale.
#include "FbTestSupport.h"
#include "charts/CalibrationCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>
#include <QValueAxis>

#include <memory>
#include <set>

using namespace fb;
using analytics::Cell;

namespace {

const Cell NA{};

// Four weekly sessions: Ana missed the second, Lee joined for the last; alpha
// of accuracy is undefined in the third session.
analytics::CalibrationHistory history()
{
    analytics::CalibrationHistory h;
    h.sessions = {"2026-W34", "2026-W35", "2026-W36", "2026-W37"};
    for (int i = 0; i < 4; ++i)
        h.dates.push_back(QDate(2026, 8, 20).addDays(7 * i));
    h.attributes = {"accuracy", "clarity", "overall"};
    h.participants = {"Jonas Weber", "Ana Ruiz", "Lee Park"};
    h.alpha = {{0.3, 0.5, NA, 0.9}, {-0.2, 0.4, 0.7, 0.85}, {0.2, 0.45, 0.7, 0.88}};
    h.deviation = {{1.2, 0.9, 0.5, 0.3}, {0.4, NA, 0.5, 0.6}, {NA, NA, NA, 0.8}};
    h.bias = h.deviation;
    h.compared.assign(3, std::vector<qint64>(4, 10));
    return h;
}

template <typename T> std::vector<T*> seriesOf(QChart* chart, const QString& name = {})
{
    std::vector<T*> out;
    for (QAbstractSeries* s : chart->series())
        if (auto* t = qobject_cast<T*>(s); t && (name.isEmpty() || s->name() == name))
            out.push_back(t);
    return out;
}

QValueAxis* valueAxis(QChart* chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

std::vector<double> xs(const QXYSeries* s)
{
    std::vector<double> out;
    for (const QPointF& p : s->points())
        out.push_back(p.x());
    return out;
}

QGraphicsSimpleTextItem* label(QChart* chart, const QString& text)
{
    for (QGraphicsItem* item : chart->childItems())
        if (auto* t = dynamic_cast<QGraphicsSimpleTextItem*>(item); t && t->text() == text)
            return t;
    return nullptr;
}

} // namespace

class TestCalibrationCharts : public QObject {
    Q_OBJECT

private slots:
    void deviationHistoryHasOneSeriesPerParticipantWithGaps()
    {
        std::unique_ptr<QChartView> view(ui::makeDeviationHistoryChart(history(), nullptr));
        QChart* chart = view->chart();
        QCOMPARE(chart->title(), QString("Is calibration converging?"));
        const auto points = seriesOf<QScatterSeries>(chart);
        QCOMPARE(points.size(), std::size_t(3));
        std::set<int> shapes;
        for (auto* p : points)
            shapes.insert(p->markerShape());
        QCOMPARE(shapes.size(), std::size_t(3)); // told apart by shape, not colour alone

        // Jonas scored every session: one unbroken line.
        const auto jonas = seriesOf<QLineSeries>(chart, "Jonas Weber");
        QCOMPARE(jonas.size(), std::size_t(1));
        QCOMPARE(jonas[0]->count(), 4);
        // Ana missed session 2: the line breaks there, and no point sits at x = 1.
        const auto ana = seriesOf<QLineSeries>(chart, "Ana Ruiz");
        QCOMPARE(ana.size(), std::size_t(2));
        QCOMPARE(xs(ana[0]), std::vector<double>({0}));
        QCOMPARE(xs(ana[1]), std::vector<double>({2, 3}));
        QCOMPARE(xs(seriesOf<QScatterSeries>(chart, "Ana Ruiz").at(0)), std::vector<double>({0, 2, 3}));
        QVERIFY(ana[0]->pen().style() != jonas[0]->pen().style());
        // Lee: a single point, no line to draw through nothing.
        QCOMPARE(seriesOf<QLineSeries>(chart, "Lee Park").at(0)->count(), 1);

        // One legend entry per participant (the points), none per line segment.
        view->resize(800, 500);
        view->grab();
        int visible = 0;
        for (QLegendMarker* m : chart->legend()->markers())
            visible += m->isVisible();
        QCOMPARE(visible, 3);

        QValueAxis* y = valueAxis(chart, Qt::Vertical);
        QVERIFY(y);
        QCOMPARE(y->min(), 0.0);
        QCOMPARE(y->max(), 1.4); // 1.2 with room, up to the next tick (every 0.2)
        QCOMPARE(y->tickInterval(), 0.2);
        QCOMPARE(y->titleText(), QString("Mean absolute deviation (points, 0-4 scale)"));
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).first());
        QVERIFY(x);
        QCOMPARE(x->count(), 4); // one date label per session
        QCOMPARE(x->min(), -0.5);
        QCOMPARE(x->max(), 3.5);
    }

    void initialsHideNames()
    {
        const std::map<std::string, std::string> initials{{"Lee Park", "LP2"}};
        std::unique_ptr<QChartView> view(ui::makeDeviationHistoryChart(history(), nullptr, true, &initials));
        QStringList names;
        for (auto* s : seriesOf<QScatterSeries>(view->chart()))
            names << s->name();
        QCOMPARE(names, QStringList({"JW", "AR", "LP2"}));
    }

    void alphaHistoryHasThresholdsAndGaps()
    {
        std::unique_ptr<QChartView> view(ui::makeAlphaHistoryChart(history(), nullptr));
        QChart* chart = view->chart();
        QCOMPARE(seriesOf<QScatterSeries>(chart).size(), std::size_t(3)); // accuracy, clarity, overall
        QCOMPARE(seriesOf<QScatterSeries>(chart, "overall").size(), std::size_t(1));
        QCOMPARE(seriesOf<QLineSeries>(chart, "Accuracy").size(), std::size_t(2)); // undefined in session 3
        QCOMPARE(xs(seriesOf<QScatterSeries>(chart, "Accuracy").at(0)), std::vector<double>({0, 1, 3}));

        // Horizontal reference lines across every session at 0.667 and 0.8.
        std::set<double> levels;
        for (auto* line : seriesOf<QLineSeries>(chart))
            if (line->count() == 2 && line->at(0).y() == line->at(1).y()) {
                levels.insert(line->at(0).y());
                QCOMPARE(line->at(0).x(), -0.5);
                QCOMPARE(line->at(1).x(), 3.5);
            }
        QCOMPARE(levels, std::set<double>({ui::kTentativeAlpha, ui::kReliableAlpha}));

        QValueAxis* y = valueAxis(chart, Qt::Vertical);
        QCOMPARE(y->min(), -0.2); // down to the lowest alpha
        QCOMPARE(y->max(), 1.0);

        // Once laid out, "reliable" is drawn above "tentative", both inside the plot.
        view->resize(800, 500);
        view->grab();
        auto* reliable = label(chart, "reliable");
        auto* tentative = label(chart, "tentative");
        QVERIFY(reliable && tentative);
        QVERIFY(reliable->pos().y() < tentative->pos().y());
        QVERIFY(chart->plotArea().contains(tentative->pos()));
    }

    void alphaAxisStartsAtZeroWithoutNegatives()
    {
        auto h = history();
        h.alpha[1][0] = 0.1;
        std::unique_ptr<QChartView> view(ui::makeAlphaHistoryChart(h, nullptr));
        QCOMPARE(valueAxis(view->chart(), Qt::Vertical)->min(), 0.0);
    }

    void emptyHistorySaysWhatToDo()
    {
        auto h = history();
        for (int keep : {0, 1}) {
            analytics::CalibrationHistory few;
            few.sessions.assign(h.sessions.begin(), h.sessions.begin() + keep);
            few.dates.assign(h.dates.begin(), h.dates.begin() + keep);
            std::unique_ptr<QChartView> alpha(ui::makeAlphaHistoryChart(few, nullptr));
            std::unique_ptr<QChartView> deviation(ui::makeDeviationHistoryChart(few, nullptr));
            for (QChartView* view : {alpha.get(), deviation.get()}) {
                QCOMPARE(view->chart()->title(), QString("Run two or more sessions to see a trend"));
                QVERIFY(view->chart()->series().isEmpty());
                QVERIFY(view->chart()->axes().isEmpty());
            }
        }
    }

    void sessionChartHasPatternedBarsPerParticipant()
    {
        analytics::CalibrationReport r;
        r.reference = analytics::ReferenceKind::Anchor;
        for (const char* a : {"accuracy", "clarity", "empathy"})
            for (const char* p : {"Jonas Weber", "Ana Ruiz"}) {
                analytics::ParticipantAttributeDeviation d;
                d.participant = p;
                d.attribute = a;
                const bool missing = std::string(p) == "Ana Ruiz" && std::string(a) == "empathy";
                d.compared = missing ? 0 : 8;
                if (!missing)
                    d.meanAbsolute = std::string(p) == "Jonas Weber" ? 1.25 : 0.5;
                r.deviations.push_back(d);
            }
        std::unique_ptr<QChartView> view(ui::makeSessionDeviationChart(r, nullptr));
        QChart* chart = view->chart();
        QCOMPARE(chart->title(), QString("How far each scorer was from the anchor"));
        const auto bars = seriesOf<QHorizontalBarSeries>(chart);
        QCOMPARE(bars.size(), std::size_t(1));
        const auto sets = bars[0]->barSets();
        QCOMPARE(sets.size(), 2);
        QCOMPARE(sets[0]->count(), 3);
        QVERIFY(sets[0]->brush().style() != sets[1]->brush().style()); // prints in black and white
        QCOMPARE(sets[0]->label(), QString("Jonas Weber"));
        QCOMPARE(sets[1]->label(), QString("Ana Ruiz (not compared: Empathy)"));
        auto* categories = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).first());
        QCOMPARE(categories->categories(), QStringList({"Empathy", "Clarity", "Accuracy"})); // top-down rubric order
        QValueAxis* x = valueAxis(chart, Qt::Horizontal);
        QCOMPARE(x->min(), 0.0);
        QCOMPARE(x->max(), 1.6);

        analytics::CalibrationReport none;
        std::unique_ptr<QChartView> empty(ui::makeSessionDeviationChart(none, nullptr));
        QVERIFY(empty->chart()->series().isEmpty());
        QVERIFY(!empty->chart()->title().isEmpty());
    }

    void fontScaleEnlargesAndRestores()
    {
        std::unique_ptr<QChartView> view(ui::makeAlphaHistoryChart(history(), nullptr));
        QChart* chart = view->chart();
        const qreal title = chart->titleFont().pointSizeF(), axis = chart->axes().first()->labelsFont().pointSizeF();
        const qreal marker = seriesOf<QScatterSeries>(chart).front()->markerSize();
        const qreal text = label(chart, "reliable")->font().pointSizeF();
        ui::setChartFontScale(view.get(), 2.0);
        QCOMPARE(chart->titleFont().pointSizeF(), 2 * title);
        QCOMPARE(chart->axes().first()->labelsFont().pointSizeF(), 2 * axis);
        QCOMPARE(seriesOf<QScatterSeries>(chart).front()->markerSize(), 2 * marker);
        QCOMPARE(label(chart, "reliable")->font().pointSizeF(), 2 * text);
        ui::setChartFontScale(view.get(), 1.0);
        QCOMPARE(chart->titleFont().pointSizeF(), title);
        QCOMPARE(seriesOf<QScatterSeries>(chart).front()->markerSize(), marker);
    }
};

QTEST_MAIN(TestCalibrationCharts)
#include "tst_calibrationcharts.moc"
