// Holm and Benjamini-Hochberg adjustments against statsmodels.
//
// How the references were obtained: tests/reference/cluster_ols.py ends with
//   multipletests(P, method="holm") and multipletests(P, method="fdr_bh")
// (statsmodels 0.13.5, Debian 12's python3-statsmodels) on the p values below,
// run as `/usr/bin/python3 tests/reference/cluster_ols.py`; printed with repr.
#include "analytics/MultipleTesting.h"

#include <QTest>

#include <cmath>

using namespace fb::analytics;

class TestMultipleTesting : public QObject {
    Q_OBJECT

private slots:
    void holmMatchesStatsmodels();
    void benjaminiHochbergMatchesStatsmodels();
    void emptyEntriesStayEmptyAndDoNotCount();
};

namespace {

const std::vector<std::optional<double>> kP = {0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 0.0001};

void compare(const std::vector<std::optional<double>>& got, const std::vector<double>& want)
{
    QCOMPARE(got.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        QVERIFY(got[i].has_value());
        QVERIFY2(std::abs(*got[i] - want[i]) <= 1e-15,
                 qPrintable(QStringLiteral("entry %1: %2").arg(i).arg(*got[i], 0, 'g', 17)));
    }
}

} // namespace

void TestMultipleTesting::holmMatchesStatsmodels()
{
    compare(holm(kP), {0.06, 0.16, 0.15, 0.035, 0.4, 0.16, 0.5, 0.0008});
}

void TestMultipleTesting::benjaminiHochbergMatchesStatsmodels()
{
    compare(benjaminiHochberg(kP), {0.02666666666666667, 0.05333333333333334, 0.05333333333333334, 0.02,
                                    0.2285714285714286, 0.05333333333333334, 0.5, 0.0008});
}

void TestMultipleTesting::emptyEntriesStayEmptyAndDoNotCount()
{
    // Two tests made of four: Holm multiplies by 2, not 4.
    const auto h = holm({std::nullopt, 0.01, std::nullopt, 0.04});
    QVERIFY(!h[0] && !h[2]);
    QCOMPARE(*h[1], 0.02);
    QCOMPARE(*h[3], 0.04);
    QVERIFY(holm({}).empty());
}

QTEST_GUILESS_MAIN(TestMultipleTesting)
#include "tst_multipletesting.moc"
