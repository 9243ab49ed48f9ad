// The pre/post statistics of a friction-to-flow program against reference
// values computed outside Floorboard (docs/friction-to-flow.md).
//
// How the references were obtained (no R or scipy on the build machines):
//  - Proportions 150/500 before, 200/500 after: the Wald standard error is
//    exactly sqrt(.3*.7/500 + .4*.6/500) = sqrt(0.0009) = 0.03, so the interval
//    is 0.1 +- 1.96*0.03 = [0.0412, 0.1588] by hand. The pooled z and p come
//    from Python 3's standard library (statistics.NormalDist, math.erfc):
//      pp = 350/1000, z = 0.1 / sqrt(pp(1-pp)(2/500)) = 3.3149677206589807,
//      p = 2(1 - NormalDist().cdf(z)) = 0.0009165370761143876.
//    Cross-check: z^2 = 10.989010989 is the X-squared that R's
//    prop.test(c(150, 200), c(500, 500), correct = FALSE) prints (the pooled
//    z test and the uncorrected chi-square test are the same test), p-value 0.0009165.
//  - Rates 40 defects / 10,000 before, 20 / 10,000 after: RR = 0.5 exactly,
//    SE = sqrt(1/40 + 1/20) = sqrt(0.075); Python: low = 0.29231733973565516,
//    high = 0.8552349314141848, z = -2.5310156430919224, p = 0.011373277615037833.
//  - Welch: R's documented example t.test(extra ~ group, data = sleep)
//    (Student's sleep data, datasets package), whose printed output is
//    "t = -1.8608, df = 17.776, p-value = 0.07939", 95 percent confidence
//    interval -3.3654832 0.2054832 for group 1 - group 2. Here pre = group 1,
//    post = group 2, so the change is +1.58 and the interval [-0.2054832, 3.3654832].
#include "FbTestSupport.h"
#include "analytics/PrePost.h"
#include "analytics/ProportionTests.h"
#include "export/ProgramReportCsv.h"

#include <QTest>

#include <cmath>

using namespace fb;
using namespace fb::analytics;

namespace {

// The CSV text the export layer writes for these rows.
std::string prePostCsv(const std::vector<MetricComparison>& rows)
{
    return exporting::csvText(exporting::prePostCsv(rows));
}

bool close(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

fb::ProgramInteraction row(std::string_view day, std::string_view queue, double handle, int fcr, int repeat,
                           int escalated, int defects, int csat)
{
    fb::ProgramInteraction r;
    r.day = day;
    r.queue = queue;
    r.handleSeconds = handle;
    r.fcr = fcr;
    r.repeat = repeat;
    r.escalated = escalated;
    r.defects = defects;
    r.csat = csat;
    return r;
}

} // namespace

class TestPrePost : public QObject {
    Q_OBJECT

private slots:
    void proportionsMatchReference();
    void proportionEdgeCases();
    void rateRatioMatchesReference();
    void rateWithoutDefectsHasNoInterval();
    void welchMatchesRSleepExample();
    void welchNeedsTwoOnEachSide();
    void runningMeanVarianceMerges();
    void cellsBinWeeksPrePostAndFixes();
    void csvHasTheIssueColumns();
};

void TestPrePost::proportionsMatchReference()
{
    const auto r = compareProportions(150, 500, 200, 500);
    QVERIFY(r);
    QCOMPARE(r->pre, 0.3);
    QCOMPARE(r->post, 0.4);
    QVERIFY(close(r->change, 0.1, 1e-15));
    QVERIFY(close(*r->relative, 1.0 / 3.0, 1e-12));
    QVERIFY(close(*r->low, 0.0412, 1e-12));
    QVERIFY(close(*r->high, 0.1588, 1e-12));
    QVERIFY(close(*r->z, 3.3149677206589807, 1e-12));
    QVERIFY(close(*r->p, 0.0009165370761143876, 1e-15));
    QVERIFY(close(*r->z * *r->z, 10.989010989, 1e-8)); // R prop.test X-squared
}

void TestPrePost::proportionEdgeCases()
{
    QVERIFY(!compareProportions(1, 0, 1, 10));
    // All successes on both sides: nothing varies, so no interval and no p.
    const auto same = compareProportions(10, 10, 20, 20);
    QVERIFY(same);
    QCOMPARE(same->change, 0.0);
    QVERIFY(!same->low && !same->p);
    // No success before: no relative change.
    const auto zero = compareProportions(0, 100, 5, 100);
    QVERIFY(zero && !zero->relative && zero->p);
}

void TestPrePost::rateRatioMatchesReference()
{
    const auto r = compareRates(40, 10000, 20, 10000, 1000.0);
    QVERIFY(r);
    QCOMPARE(r->pre, 4.0); // per 1,000
    QCOMPARE(r->post, 2.0);
    QCOMPARE(r->change, -2.0);
    QVERIFY(close(*r->relative, -0.5, 1e-15));
    QVERIFY(close(*r->low, 0.29231733973565516, 1e-12));
    QVERIFY(close(*r->high, 0.8552349314141848, 1e-12));
    QVERIFY(close(*r->z, -2.5310156430919224, 1e-12));
    QVERIFY(close(*r->p, 0.011373277615037833, 1e-14));
}

void TestPrePost::rateWithoutDefectsHasNoInterval()
{
    const auto r = compareRates(0, 1000, 3, 1000);
    QVERIFY(r);
    QVERIFY(!r->relative && !r->low && !r->high && !r->p);
    QCOMPARE(r->post, 3.0);
}

void TestPrePost::welchMatchesRSleepExample()
{
    const double g1[] = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    const double g2[] = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
    Running a, b;
    for (double v : g1)
        a.add(v);
    for (double v : g2)
        b.add(v);
    const auto r = compareMeans(a.meanVar(), b.meanVar());
    QVERIFY(r);
    QVERIFY(close(r->pre, 0.75, 1e-12));
    QVERIFY(close(r->post, 2.33, 1e-12));
    QVERIFY(close(r->change, 1.58, 1e-12));
    QVERIFY(close(*r->z, 1.8608, 5e-5));  // R: t = -1.8608 (group 1 - group 2)
    QVERIFY(close(*r->df, 17.776, 5e-4)); // R: df = 17.776
    QVERIFY(close(*r->p, 0.07939, 5e-6)); // R: p-value = 0.07939
    QVERIFY(close(*r->low, -0.2054832, 5e-8));
    QVERIFY(close(*r->high, 3.3654832, 5e-8));
}

void TestPrePost::welchNeedsTwoOnEachSide()
{
    Running a, b;
    a.add(1);
    b.add(2);
    b.add(4);
    const auto r = compareMeans(a.meanVar(), b.meanVar());
    QVERIFY(r);
    QCOMPARE(r->change, 2.0);
    QVERIFY(!r->low && !r->p);
    QVERIFY(!compareMeans(MeanVar{}, b.meanVar()));
}

void TestPrePost::runningMeanVarianceMerges()
{
    Running all, x, y;
    for (int i = 1; i <= 10; ++i) {
        all.add(i * 1.5);
        (i <= 4 ? x : y).add(i * 1.5);
    }
    x.merge(y);
    QCOMPARE(x.n, qint64(10));
    QVERIFY(close(x.mean, all.mean, 1e-12));
    QVERIFY(close(x.meanVar().variance, all.meanVar().variance, 1e-12));
    QVERIFY(close(all.meanVar().variance, 2.25 * 55.0 / 6.0, 1e-12)); // var(1..10) = 55/6
}

void TestPrePost::cellsBinWeeksPrePostAndFixes()
{
    fb::ProgramFix fix;
    fix.id = 7;
    fix.fixedOn = QDate(2026, 7, 27); // start of week 4
    fix.queues = {"billing"};
    ProgramCells cells(QDate(2026, 7, 6), {fix});
    cells.add(row("2026-07-05", "billing", 100, 1, 0, 0, 0, 5));    // before the program: ignored
    cells.add(row("2026-07-06", "billing", 100, 1, 0, 0, 0, 5));    // week 1, pre
    cells.add(row("2026-07-19", "general", 200, 0, 1, 0, 2, 0));    // week 2 (Sunday), pre
    cells.add(row("2026-07-26", "billing", 300, -1, 0, 1, 0, 3));   // week 3, before the fix
    cells.add(row("2026-07-27", "billing", 400, 1, -1, -1, -1, 0)); // week 4, on the fix day
    cells.add(row("2026-08-17", "general", 500, 1, 0, 0, 0, 4));    // week 7, post
    cells.add(row("2026-08-30", "billing", 600, 0, 1, 0, 1, 2));    // week 8 (last day), post
    cells.add(row("2026-08-31", "billing", 700, 0, 1, 0, 1, 2));    // after the program: ignored
    QCOMPARE(cells.pre.interactions, qint64(2));
    QCOMPARE(cells.post.interactions, qint64(2));
    QCOMPARE(cells.weeks[0].interactions, qint64(1));
    QCOMPARE(cells.weeks[1].interactions, qint64(1));
    QCOMPARE(cells.weeks[2].interactions, qint64(1));
    QCOMPARE(cells.weeks[3].interactions, qint64(1));
    QCOMPARE(cells.weeks[7].interactions, qint64(1));
    QCOMPARE(cells.pre.value(ProgramMetric::Fcr).value(), 0.5);
    QCOMPARE(cells.pre.value(ProgramMetric::Dpti).value(), 1000.0);
    QCOMPARE(cells.pre.value(ProgramMetric::Aht).value(), 150.0);
    QCOMPARE(cells.pre.n(ProgramMetric::Csat), qint64(1));
    // Week 4's unknown values stay out of the proportions' n.
    QCOMPARE(cells.weeks[3].n(ProgramMetric::Fcr), qint64(1));
    QCOMPARE(cells.weeks[3].n(ProgramMetric::Rework), qint64(0));
    QCOMPARE(cells.weeks[3].n(ProgramMetric::Dpti), qint64(1));
    const auto& fc = cells.fixes.at(0);
    QCOMPARE(fc.inBefore.interactions, qint64(2));  // 07-06, 07-26
    QCOMPARE(fc.inAfter.interactions, qint64(2));   // 07-27, 08-30
    QCOMPARE(fc.outBefore.interactions, qint64(1)); // 07-19
    QCOMPARE(fc.outAfter.interactions, qint64(1));  // 08-17
}

void TestPrePost::csvHasTheIssueColumns()
{
    CellSums pre, post;
    for (int i = 0; i < 500; ++i) {
        pre.add(row("2026-07-06", "billing", 100 + i % 3, i < 150 ? 1 : 0, 0, 0, 0, 0));
        post.add(row("2026-08-17", "billing", 100 + i % 5, i < 200 ? 1 : 0, 0, 0, 0, 0));
    }
    const std::string csv = prePostCsv(comparePrePost(pre, post));
    QVERIFY(csv.rfind("metric,pre,post,n_pre,n_post,change,relative,low,high,p_value\r\n", 0) == 0);
    QVERIFY(csv.find("\r\nfcr,0.3,0.4,500,500,0.10000000000000003,0.3333333333333335,0.041200000000000035,"
                     "0.15880000000000002,0.0009165370761145") != std::string::npos);
    // No defects and no surveys: dpti has values but no ratio, csat is empty.
    QVERIFY(csv.find("\r\ndpti,0,0,500,500,0,,,,\r\n") != std::string::npos);
    QVERIFY(csv.find("\r\ncsat,,,0,0,,,,,\r\n") != std::string::npos);
    QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 7L);
}

QTEST_GUILESS_MAIN(TestPrePost)
#include "tst_prepost.moc"
