// Chart value axes tick at round numbers: the range grows to whole steps of
// 1, 2, 2.5 or 5 times a power of ten. Expected values worked by hand from
// that rule (raw step = span / 4, the next round step, floor and ceiling).
#include "charts/NiceAxis.h"

#include <QValueAxis>
#include <QtTest>

using fb::ui::charts::niceRange;

class TestNiceAxis final : public QObject {
    Q_OBJECT
private slots:
    void ranges_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("step");
        // The ticks the issue saw (68.3, 70.3 …): raw step 1.95 -> 2, so 68 to 78.
        QTest::newRow("percent band") << 68.3 << 76.1 << 68.0 << 78.0 << 2.0;
        QTest::newRow("whole percent") << 0.0 << 100.0 << 0.0 << 100.0 << 25.0; // raw 25
        QTest::newRow("shares") << 0.12 << 0.87 << 0.0 << 1.0 << 0.2;           // raw 0.1875 -> 0.2
        QTest::newRow("seconds") << 312.0 << 498.0 << 300.0 << 500.0 << 50.0;   // raw 46.5 -> 50
        QTest::newRow("one value") << 50.0 << 50.0 << 40.0 << 60.0 << 20.0;     // raw 12.5 -> 20
        QTest::newRow("reversed") << 5.0 << 1.0 << 1.0 << 5.0 << 1.0;           // raw 1
        QTest::newRow("pulse 1-5") << 2.6 << 4.1 << 2.5 << 4.5 << 0.5;          // raw 0.375 -> 0.5
    }
    void ranges()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        const auto r = niceRange(lo, hi, 4);
        QTEST(r.min, "min");
        QTEST(r.max, "max");
        QTEST(r.step, "step");
    }
    void axisLabelsHaveTheStepsDecimals()
    {
        QValueAxis axis;
        fb::ui::charts::setNiceRange(&axis, 68.3, 76.1);
        QCOMPARE(axis.min(), 68.0);
        QCOMPARE(axis.max(), 78.0);
        QCOMPARE(axis.tickInterval(), 2.0);
        QCOMPARE(axis.tickAnchor(), 68.0);
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.0f"));
        fb::ui::charts::setNiceRange(&axis, 0.0, 9.0); // raw 2.25 -> 2.5
        QCOMPARE(axis.labelFormat(), QStringLiteral("%.1f"));
    }
};

QTEST_MAIN(TestNiceAxis)
#include "tst_niceaxis.moc"
