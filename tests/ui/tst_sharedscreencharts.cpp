// The charts of the calibration shared screen take the screen's own palette
// (white on black, Appearance.h projectorPalette), whatever the window's
// appearance: under View > Appearance > Light a chart drawn in the
// application's palette was a white box on the black screen, under Dark a
// grey one. Checked on a demo session's chart: the background is the
// screen's black (read from the rendered pixels too), and every text of the
// chart keeps WCAG AA (4.5:1) against it, every bar 3:1.
#include "Appearance.h"
#include "Theme.h"
#include "demo/DemoGenerator.h"
#include "pages/calibration/PresentationWindow.h"
#include "pages/calibration/SessionView.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::ui;

Q_DECLARE_METATYPE(fb::ui::Appearance)

class TestSharedScreenCharts final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    calibration::SessionViewPtr m_view;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // keep the user's settings out of it
        QVERIFY(m_dir.isValid());
        auto db = store::Database::open(m_dir.filePath(u"shared.floorboard"_s));
        QVERIFY(db.ok());
        demo::DemoOptions options;
        options.agents = 8;
        options.teams = 2;
        options.weeks = 6;
        options.contactsPerWeek = 20;
        QVERIFY(demo::generateDemo(**db, options).ok());
        auto sessions = store::listSessions(**db);
        QVERIFY(sessions.ok());
        QVERIFY(!sessions->empty());
        auto view = calibration::loadSessionView(**db, sessions->front().id, 50);
        QVERIFY(view.ok());
        QVERIFY(!view->data.report.deviations.empty()); // a revealed session: the chart has bars
        m_view = std::make_shared<const calibration::SessionView>(std::move(*view));
    }

    void chartsUseTheScreensPalette_data()
    {
        QTest::addColumn<Appearance>("appearance");
        QTest::newRow("light") << Appearance::Light;
        QTest::newRow("dark") << Appearance::Dark;
    }

    void chartsUseTheScreensPalette()
    {
        QFETCH(Appearance, appearance);
        applyAppearance(appearance);
        calibration::PresentationWindow screen(m_view);
        screen.resize(1280, 720);
        screen.show();
        QCOMPARE(screen.chart(), calibration::PresentationWindow::Chart::SessionDeviation);
        auto* view = screen.findChild<QChartView*>();
        QVERIFY(view);
        QTest::qWait(50); // laid out on the next pass of the event loop
        QChart* chart = view->chart();
        const QColor black(Qt::black);
        QCOMPARE(chart->backgroundBrush().color(), black);
        QStringList weak;
        auto check = [&](const QString& what, const QColor& c, double least) {
            const double ratio = theme::contrast(c, black);
            if (ratio < least)
                weak << u"%1 %2 is %3:1"_s.arg(what, c.name()).arg(ratio, 0, 'f', 2);
        };
        check(u"title"_s, chart->titleBrush().color(), 4.5);
        check(u"legend"_s, chart->legend()->labelColor(), 4.5);
        for (QAbstractAxis* axis : chart->axes()) {
            check(u"axis labels"_s, axis->labelsBrush().color(), 4.5);
            check(u"axis title"_s, axis->titleBrush().color(), 4.5);
        }
        int bars = 0;
        for (QAbstractSeries* series : chart->series())
            if (auto* barSeries = qobject_cast<QAbstractBarSeries*>(series))
                for (QBarSet* set : barSeries->barSets()) {
                    ++bars;
                    check(u"bar labels"_s, set->labelColor(), 4.5);
                    check(u"bar"_s, set->brush().color(), 3.0);
                    check(u"bar outline"_s, set->pen().color(), 3.0);
                }
        QVERIFY(bars > 0);
        QVERIFY2(weak.isEmpty(), qPrintable(weak.join(u'\n')));
        // What is drawn: the chart's corner is the screen's black, not the window's Base.
        const QImage image = view->grab().toImage();
        QCOMPARE(image.pixelColor(2, 2), black);
        QCOMPARE(image.pixelColor(image.width() - 3, image.height() / 2), black);
    }
};

QTEST_MAIN(TestSharedScreenCharts)
#include "tst_sharedscreencharts.moc"
