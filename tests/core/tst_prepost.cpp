// The pre/post comparison of a friction-to-flow program (docs/friction-to-flow.md):
// the cells a scan fills, and the comparison as a regression with errors
// clustered by agent against statsmodels.
//
// How the references were obtained: the FCR outcomes below are the data set
// "prepost" of tests/reference/cluster_ols.py (also in tst_clusterols.cpp),
// fitted by statsmodels 0.13.5 (Debian 12's python3-statsmodels) as
//   sm.OLS(y, [1, post]).fit(cov_type="cluster", cov_kwds={"groups": agent}, use_t=True)
// term 1 (post): estimate 0.2652173913043475, se 0.1808173294959032,
// p 0.20235172002668037, 95% CI -0.19958835146608783 to 0.7300231340747829
// (bounds with the exact t quantile, see tst_clusterols.cpp).
// DPTI uses the same 1/0 as defects, so its outcome is 1,000 times FCR's and
// its change and bounds are 1,000 times FCR's with the same p (OLS is linear
// in the outcome); the pre/post means are counted by hand.
// Until 2026-12 this comparison used the Wald, log-normal rate ratio and Welch
// tests, which treat interactions as independent; those tests were removed with them.
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
                           int escalated, int defects, int csat, std::string_view agent = "A1")
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
    r.agent = agent;
    return r;
}

// (agent, post, fcr): the data set "prepost" of tests/reference/cluster_ols.py.
constexpr int kPrePost[43][3] = {
    {1, 0, 0}, {1, 1, 1}, {1, 0, 1}, {1, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 0, 0}, {1, 1, 1}, {2, 0, 1},
    {2, 1, 1}, {2, 0, 1}, {2, 1, 0}, {2, 0, 1}, {2, 1, 0}, {2, 0, 1}, {2, 1, 1}, {3, 0, 0}, {3, 1, 1},
    {3, 0, 0}, {3, 1, 0}, {3, 0, 0}, {3, 1, 1}, {3, 0, 0}, {4, 0, 1}, {4, 1, 1}, {4, 0, 1}, {4, 1, 1},
    {4, 0, 0}, {4, 1, 1}, {4, 0, 0}, {5, 0, 0}, {5, 1, 1}, {5, 0, 0}, {5, 1, 0}, {5, 0, 0}, {6, 0, 1},
    {6, 1, 1}, {6, 0, 0}, {6, 1, 0}, {6, 0, 0}, {6, 1, 1}, {6, 0, 1}, {6, 1, 1},
};
constexpr const char* kAgents[] = {"", "A1", "A2", "A3", "A4", "A5", "A6"};

} // namespace

class TestPrePost : public QObject {
    Q_OBJECT

private slots:
    void runningMeanVarianceMerges();
    void cellsBinWeeksPrePostAndFixes();
    void untouchedMeansOutsideEveryFix();
    void comparisonMatchesStatsmodels();
    void csvHasTheIssueColumns();
};

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
    // One agent: its cells are the totals.
    QCOMPARE(cells.agents.size(), size_t(1));
    QCOMPARE(cells.agents[0].pre.interactions, qint64(2));
    QCOMPARE(cells.agents[0].fixes[0][1].interactions, qint64(2));
}

void TestPrePost::untouchedMeansOutsideEveryFix()
{
    // Two fixes in the program, on billing and on general; tech is touched by
    // neither, and a fix dated after the program leaves controls alone.
    fb::ProgramFix billing, general, later;
    billing.id = 1;
    billing.fixedOn = QDate(2026, 7, 27);
    billing.queues = {"billing"};
    general.id = 2;
    general.fixedOn = QDate(2026, 8, 3);
    general.queues = {"general"};
    later.id = 3;
    later.fixedOn = QDate(2026, 9, 7);
    later.queues = {"tech"};
    ProgramCells cells(QDate(2026, 7, 6), {billing, general, later});
    cells.add(row("2026-07-06", "billing", 100, 1, 0, 0, 0, 0, "A1"));
    cells.add(row("2026-07-07", "general", 100, 1, 0, 0, 0, 0, "A2"));
    cells.add(row("2026-07-08", "tech", 100, 1, 0, 0, 0, 0, "A1"));
    cells.add(row("2026-08-20", "tech", 100, 1, 0, 0, 0, 0, "A2"));
    cells.add(row("2026-08-21", "general", 100, 1, 0, 0, 0, 0, "A1"));
    const auto& b = cells.fixes.at(0);
    QCOMPARE(b.inBefore.interactions, qint64(1));
    QCOMPARE(b.inAfter.interactions, qint64(0));
    QCOMPARE(b.outBefore.interactions, qint64(1)); // tech 07-08; not general 07-07
    QCOMPARE(b.outAfter.interactions, qint64(1));  // tech 08-20; not general 08-21
    const auto& g = cells.fixes.at(1);
    QCOMPARE(g.inBefore.interactions, qint64(1));
    QCOMPARE(g.inAfter.interactions, qint64(1));
    QCOMPARE(g.outBefore.interactions, qint64(1));
    QCOMPARE(g.outAfter.interactions, qint64(1));
    QCOMPARE(cells.agents.size(), size_t(2));
    QCOMPARE(cells.agents[0].fixes[1][1].interactions, qint64(1)); // A1's general 08-21
    QCOMPARE(cells.agents[1].fixes[1][3].interactions, qint64(1)); // A2's tech 08-20
}

void TestPrePost::comparisonMatchesStatsmodels()
{
    ProgramCells cells(QDate(2026, 7, 6), {});
    for (const auto& r : kPrePost)
        cells.add(row(r[1] ? "2026-08-17" : "2026-07-06", "billing", 300, r[2], 0, 0, r[2], 0, kAgents[r[0]]));
    const auto rows = comparePrePost(cells);
    QCOMPARE(rows.size(), size_t(6));
    const auto& fcr = rows[0];
    QCOMPARE(fcr.nPre, qint64(23));
    QCOMPARE(fcr.nPost, qint64(20));
    QCOMPARE(fcr.agents, qint64(6));
    QVERIFY(fcr.stats && fcr.stats->low && fcr.stats->p && fcr.note.isEmpty());
    QVERIFY(close(fcr.stats->pre, 10.0 / 23.0, 1e-15));  // 10 of 23 resolved before
    QVERIFY(close(fcr.stats->post, 14.0 / 20.0, 1e-15)); // 14 of 20 after
    QVERIFY(close(fcr.stats->change, 0.2652173913043475, 1e-9));
    QVERIFY(close(*fcr.stats->low, -0.19958835146608783, 1e-9));
    QVERIFY(close(*fcr.stats->high, 0.7300231340747829, 1e-9));
    QVERIFY(close(*fcr.stats->p, 0.20235172002668037, 1e-9));
    QCOMPARE(*fcr.stats->df, 5.0);
    const auto& dpti = rows[1];
    QVERIFY(close(dpti.stats->pre, 10000.0 / 23.0, 1e-9));
    QVERIFY(close(dpti.stats->change, 265.2173913043475, 1e-6));
    QVERIFY(close(*dpti.stats->low, -199.58835146608783, 1e-6));
    QVERIFY(close(*dpti.stats->high, 730.0231340747829, 1e-6));
    QVERIFY(close(*dpti.stats->p, 0.20235172002668037, 1e-9));
    // Rework and escalation never happen: nothing varies, so no test and no adjusted p.
    QVERIFY(rows[2].stats && !rows[2].stats->p && !rows[2].pHolm);
    // No CSAT surveyed: nothing to compare.
    QVERIFY(!rows[3].stats);
    // Handle time is 300 s for everyone: no variation.
    QVERIFY(rows[4].stats && !rows[4].stats->p);
    // Holm over the two tests made (fcr, dpti): both p doubled.
    QVERIFY(close(*fcr.pHolm, 2 * 0.20235172002668037, 1e-9));
    QVERIFY(close(*dpti.pHolm, 2 * 0.20235172002668037, 1e-9));
    QVERIFY(!fcr.significant());
}

void TestPrePost::csvHasTheIssueColumns()
{
    ProgramCells cells(QDate(2026, 7, 6), {});
    for (const auto& r : kPrePost)
        cells.add(row(r[1] ? "2026-08-17" : "2026-07-06", "billing", 300, r[2], 0, 0, r[2], 0, kAgents[r[0]]));
    const std::string csv = prePostCsv(comparePrePost(cells));
    QVERIFY(csv.rfind("metric,pre,post,n_pre,n_post,change,relative,low,high,p_value,p_holm,agents,method,rate_ratio,"
                      "note\r\n",
                      0) == 0);
    const auto line = [&](const char* metric) {
        const auto at = csv.find(std::string("\r\n") + metric + ",");
        return at == std::string::npos ? std::string() : csv.substr(at + 2, csv.find("\r\n", at + 2) - at - 2);
    };
    const std::string fcr = line("fcr");
    QVERIFY2(fcr.rfind("fcr,0.43478260869565216,0.7,23,20,0.2652173913043", 0) == 0, fcr.c_str());
    QVERIFY2(fcr.find(",6,ols_cluster_agent_cr1_t,,") != std::string::npos, fcr.c_str());
    // DPTI carries its rate ratio (post / pre = 700 / 434.78... = 1.61) in its own column.
    const std::string dpti = line("dpti");
    QVERIFY2(dpti.find(",6,ols_cluster_agent_cr1_t,1.6099999999999999,") != std::string::npos, dpti.c_str());
    // No surveys: csat is empty but for its counts, the method and agents.
    QCOMPARE(line("csat"), std::string("csat,,,0,0,,,,,,,0,ols_cluster_agent_cr1_t,,"));
    QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), 7L);
}

QTEST_GUILESS_MAIN(TestPrePost)
#include "tst_prepost.moc"
