// OLS with cluster-robust (CR1) standard errors against statsmodels
// (docs/friction-to-flow.md, "How a comparison is computed").
//
// How the references were obtained: tests/reference/cluster_ols.py holds the
// same rows as this file and fits them with statsmodels 0.13.5 (numpy 1.24.2,
// Debian 12's python3-statsmodels) as
//   sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": agent}, use_t=True)
// run as `/usr/bin/python3 tests/reference/cluster_ols.py`; its printed values
// (repr, 17 digits) are pasted below. Agreement is required to 1e-9.
// The interval bounds are statsmodels' estimate -+ q x its se with q the 0.975
// quantile of t(G-1) to 40 digits (mpmath): scipy 1.10.1's t.ppf, which
// statsmodels' own conf_int uses, is off by about 6e-10 (the script prints
// both; statsmodels' own bounds differ from these by under 1e-9 standard errors).
#include "FbTestSupport.h"
#include "analytics/ClusterOls.h"

#include <QTest>

#include <array>
#include <cmath>
#include <map>
#include <vector>

using namespace fb;
using namespace fb::analytics;

namespace {

// (agent, post, y): an FCR-like 1/0 outcome, six agents, 43 interactions.
constexpr std::array<std::array<int, 3>, 43> kPrePost = {{
    {1, 0, 0}, {1, 1, 1}, {1, 0, 1}, {1, 1, 1}, {1, 0, 1}, {1, 1, 0}, {1, 0, 0}, {1, 1, 1}, {2, 0, 1},
    {2, 1, 1}, {2, 0, 1}, {2, 1, 0}, {2, 0, 1}, {2, 1, 0}, {2, 0, 1}, {2, 1, 1}, {3, 0, 0}, {3, 1, 1},
    {3, 0, 0}, {3, 1, 0}, {3, 0, 0}, {3, 1, 1}, {3, 0, 0}, {4, 0, 1}, {4, 1, 1}, {4, 0, 1}, {4, 1, 1},
    {4, 0, 0}, {4, 1, 1}, {4, 0, 0}, {5, 0, 0}, {5, 1, 1}, {5, 0, 0}, {5, 1, 0}, {5, 0, 0}, {6, 0, 1},
    {6, 1, 1}, {6, 0, 0}, {6, 1, 0}, {6, 0, 0}, {6, 1, 1}, {6, 0, 1}, {6, 1, 1},
}};

// (agent, in scope, after fix, handle seconds), eight agents, 48 interactions.
constexpr std::array<std::array<int, 4>, 48> kDid = {{
    {1, 0, 0, 393}, {1, 0, 1, 422}, {1, 1, 0, 393}, {1, 1, 1, 378}, {1, 0, 0, 414}, {1, 0, 1, 419}, {2, 0, 0, 372},
    {2, 0, 1, 305}, {2, 1, 0, 398}, {2, 1, 1, 285}, {2, 0, 0, 369}, {3, 0, 0, 443}, {3, 0, 1, 436}, {3, 1, 0, 495},
    {3, 1, 1, 505}, {3, 0, 0, 454}, {4, 0, 0, 433}, {4, 0, 1, 485}, {4, 1, 0, 446}, {4, 1, 1, 507}, {4, 0, 0, 517},
    {4, 0, 1, 507}, {5, 0, 0, 349}, {5, 0, 1, 261}, {5, 1, 0, 253}, {5, 1, 1, 324}, {5, 0, 0, 344}, {5, 0, 1, 346},
    {6, 0, 0, 402}, {6, 0, 1, 362}, {6, 1, 0, 324}, {6, 1, 1, 378}, {6, 0, 0, 419}, {6, 0, 1, 339}, {6, 1, 0, 352},
    {7, 0, 0, 413}, {7, 0, 1, 395}, {7, 1, 0, 369}, {7, 1, 1, 341}, {7, 0, 0, 353}, {7, 0, 1, 384}, {7, 1, 0, 345},
    {8, 0, 0, 433}, {8, 0, 1, 365}, {8, 1, 0, 394}, {8, 1, 1, 424}, {8, 0, 0, 426}, {8, 0, 1, 452},
}};

struct Ref {
    double estimate, se, t, p, low, high;
};

// statsmodels, data set "prepost: y ~ 1 + post".
constexpr std::array<Ref, 2> kPrePostRef = {{
    {0.43478260869565294, 0.15275544545687889, 2.8462658558276215, 0.03598093425895158, 0.042112235309666145,
     0.8274529820816398},
    {0.2652173913043475, 0.1808173294959032, 1.4667697617465176, 0.20235172002668037, -0.19958835146608783,
     0.7300231340747829},
}};

// statsmodels, data set "did: y ~ 1 + in + after + in*after".
constexpr std::array<Ref, 4> kDidRef = {{
    {408.37500000000017, 15.398226108515274, 26.52091202727354, 2.7750722019364896e-08, 371.96398111229576,
     444.7860188877046},
    {-31.474999999999955, 15.144303880213043, -2.0783391728637963, 0.0762719306264183, -67.28558822864244,
     4.335588228642526},
    {-17.089285714285623, 13.118140966025765, -1.3027216096049428, 0.23388696386672778, -48.108759978362954,
     13.930188549791708},
    {32.93928571428585, 25.639983043062315, 1.284684379820547, 0.2397786155107467, -27.68963999976708,
     93.56821142833878},
}};

std::vector<OlsRow> prePostRows()
{
    std::vector<OlsRow> rows;
    for (const auto& r : kPrePost)
        rows.push_back({{1.0, double(r[1])}, double(r[2]), 1, r[0]});
    return rows;
}

std::vector<OlsRow> didRows()
{
    std::vector<OlsRow> rows;
    for (const auto& r : kDid)
        rows.push_back({{1.0, double(r[1]), double(r[2]), double(r[1] * r[2])}, double(r[3]), 1, r[0]});
    return rows;
}

// The same observations summed per (agent, regressors): what the program's scan hands over.
std::vector<OlsRow> grouped(const std::vector<OlsRow>& rows)
{
    std::map<std::pair<qint64, std::vector<double>>, OlsRow> cells;
    for (const auto& r : rows) {
        auto& c = cells[{r.cluster, r.x}];
        if (c.x.empty())
            c = OlsRow{r.x, 0, 0, r.cluster};
        c.sumY += r.sumY;
        c.count += r.count;
    }
    std::vector<OlsRow> out;
    for (auto& [key, c] : cells)
        out.push_back(c);
    return out;
}

template <size_t K> void compare(const ClusterOlsFit& fit, const std::array<Ref, K>& ref)
{
    QCOMPARE(fit.terms.size(), K);
    for (size_t i = 0; i < K; ++i) {
        const auto& t = fit.terms[i];
        const auto& r = ref[i];
        const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
        QVERIFY2(near(t.estimate, r.estimate),
                 qPrintable(QStringLiteral("term %1 estimate %2").arg(i).arg(t.estimate, 0, 'g', 17)));
        QVERIFY2(near(t.se, r.se), qPrintable(QStringLiteral("term %1 se %2").arg(i).arg(t.se, 0, 'g', 17)));
        QVERIFY(t.t && t.p);
        QVERIFY2(near(*t.t, r.t), qPrintable(QStringLiteral("term %1 t %2").arg(i).arg(*t.t, 0, 'g', 17)));
        QVERIFY2(std::abs(*t.p - r.p) <= 1e-9, qPrintable(QStringLiteral("term %1 p %2").arg(i).arg(*t.p, 0, 'g', 17)));
        QVERIFY2(near(t.low, r.low), qPrintable(QStringLiteral("term %1 low %2").arg(i).arg(t.low, 0, 'g', 17)));
        QVERIFY2(near(t.high, r.high), qPrintable(QStringLiteral("term %1 high %2").arg(i).arg(t.high, 0, 'g', 17)));
    }
}

} // namespace

class TestClusterOls : public QObject {
    Q_OBJECT

private slots:
    void prePostMatchesStatsmodels();
    void differenceInDifferencesMatchesStatsmodels();
    void groupedRowsGiveTheIndividualFit();
    void refusesUndefinedFits();
    void noVariationHasNoTest();
};

void TestClusterOls::prePostMatchesStatsmodels()
{
    const auto fit = clusterOls(prePostRows());
    QVERIFY2(fit.ok(), qPrintable(fit.ok() ? QString() : fit.error().toString()));
    QCOMPARE(fit.value().observations, qint64(43));
    QCOMPARE(fit.value().clusters, qint64(6));
    QCOMPARE(fit.value().df, 5);
    compare(fit.value(), kPrePostRef);
}

void TestClusterOls::differenceInDifferencesMatchesStatsmodels()
{
    const auto fit = clusterOls(didRows());
    QVERIFY(fit.ok());
    QCOMPARE(fit.value().observations, qint64(48));
    QCOMPARE(fit.value().clusters, qint64(8));
    QCOMPARE(fit.value().df, 7);
    compare(fit.value(), kDidRef);
}

void TestClusterOls::groupedRowsGiveTheIndividualFit()
{
    const auto pp = grouped(prePostRows());
    QCOMPARE(pp.size(), size_t(12)); // six agents, pre and post
    const auto fit = clusterOls(pp);
    QVERIFY(fit.ok());
    QCOMPARE(fit.value().observations, qint64(43));
    compare(fit.value(), kPrePostRef);

    const auto did = grouped(didRows());
    QCOMPARE(did.size(), size_t(32)); // eight agents, four cells each
    const auto fit2 = clusterOls(did);
    QVERIFY(fit2.ok());
    compare(fit2.value(), kDidRef);
}

void TestClusterOls::refusesUndefinedFits()
{
    QCOMPARE(clusterOls({}).error().toString(), QString("no observations to fit"));

    // One agent only.
    std::vector<OlsRow> one;
    for (const auto& r : prePostRows())
        if (r.cluster == 1)
            one.push_back(r);
    QCOMPARE(clusterOls(one).error().toString(),
             QString("1 cluster(s): cluster-robust errors need at least 2, so there is no interval or p value"));

    // Everyone post: the post column equals the intercept.
    std::vector<OlsRow> allPost = prePostRows();
    for (auto& r : allPost)
        r.x[1] = 1.0;
    QCOMPARE(clusterOls(allPost).error().toString(),
             QString("regressor 2 is a combination of the others (or never varies): its effect cannot be told "
                     "apart, so nothing is estimated"));

    // No in-scope interaction after the fix: the product column is all zero.
    std::vector<OlsRow> noInAfter;
    for (const auto& r : didRows())
        if (r.x[3] == 0.0)
            noInAfter.push_back(r);
    QCOMPARE(clusterOls(noInAfter).error().toString(),
             QString("regressor 4 is a combination of the others (or never varies): its effect cannot be told "
                     "apart, so nothing is estimated"));

    const std::vector<OlsRow> tiny = {{{1.0, 0.0}, 1, 1, 1}, {{1.0, 1.0}, 0, 1, 2}};
    QCOMPARE(clusterOls(tiny).error().toString(),
             QString("2 observations for 2 coefficients: the fit needs more observations than coefficients"));

    const std::vector<OlsRow> ragged = {{{1.0, 0.0}, 1, 1, 1}, {{1.0}, 0, 1, 2}};
    QCOMPARE(clusterOls(ragged).error().toString(), QString("row 2 has 1 regressors where row 1 has 2"));
}

void TestClusterOls::noVariationHasNoTest()
{
    // Every outcome 1: the estimates are exact (intercept 1, change 0) and there is nothing to test.
    std::vector<OlsRow> rows = prePostRows();
    for (auto& r : rows)
        r.sumY = 1.0;
    const auto fit = clusterOls(rows);
    QVERIFY(fit.ok());
    QCOMPARE(fit.value().terms[0].estimate, 1.0);
    QVERIFY(std::abs(fit.value().terms[1].estimate) < 1e-15);
    QVERIFY(!fit.value().terms[1].p.has_value());
    QVERIFY(!fit.value().terms[1].t.has_value());
}

QTEST_GUILESS_MAIN(TestClusterOls)
#include "tst_clusterols.moc"
