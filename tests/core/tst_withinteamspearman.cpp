// Spearman's rho within teams, its exact and t p values (docs/scorecard.md).
//
// How the references were obtained: tests/reference/within_team_spearman.py
// (scipy 1.10.1, numpy 1.24.2; Debian 12's python3-scipy) centres each team's
// values on its means, takes scipy.stats.spearmanr of the pooled values,
// enumerates every within-team permutation by brute force (itertools) for the
// exact p and uses scipy.stats.t.sf with df = n - teams - 1 otherwise; run as
// `/usr/bin/python3 tests/reference/within_team_spearman.py`, printed with repr.
#include "analytics/WithinTeamSpearman.h"

#include <QTest>

#include <cmath>

using namespace fb::analytics;

namespace {

bool close(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

const TeamPairs kTeamA{{3.2, 3.8, 4.1, 3.5, 4.4}, {0.70, 0.74, 0.71, 0.69, 0.78}};
const TeamPairs kTeamB{{2.9, 3.1, 2.7, 3.3}, {0.66, 0.65, 0.61, 0.68}};

} // namespace

class TestWithinTeamSpearman : public QObject {
    Q_OBJECT

private slots:
    void smallSampleIsExact();
    void largerSampleUsesT();
    void perfectCorrelationIsNeverZero();
    void levelDifferencesBetweenTeamsAreNoLink();
    void tooLittleGivesNothing();
};

void TestWithinTeamSpearman::smallSampleIsExact()
{
    const auto r = withinTeamSpearman({kTeamA, kTeamB});
    QCOMPARE(r.n, size_t(9));
    QCOMPARE(r.teams, size_t(2));
    QVERIFY(r.exact);
    QVERIFY(close(*r.rho, 0.7647328842025762, 1e-12));
    QVERIFY(close(*r.p, 106.0 / 2880.0, 1e-15)); // 106 of the 5! x 4! orderings
}

void TestWithinTeamSpearman::largerSampleUsesT()
{
    const TeamPairs b{{2.9, 3.1, 2.7, 3.3, 3.0}, {0.66, 0.65, 0.61, 0.68, 0.60}};
    const TeamPairs c{{4.0, 4.2, 3.9, 4.5}, {0.80, 0.79, 0.83, 0.84}};
    const auto r = withinTeamSpearman({kTeamA, b, c});
    QCOMPARE(r.n, size_t(14));
    QCOMPARE(r.teams, size_t(3));
    QVERIFY(!r.exact);
    QVERIFY(close(*r.rho, 0.6284488621849837, 1e-12));
    QVERIFY(close(*r.p, 0.028622522081679192, 1e-12)); // t = 2.554898103550169, df = 10
}

void TestWithinTeamSpearman::perfectCorrelationIsNeverZero()
{
    // n = 4: two of the 24 orderings reach |rho| = 1.
    const auto small = withinTeamSpearman({{{1, 2, 3, 4}, {0.5, 0.6, 0.7, 0.9}}});
    QCOMPARE(*small.rho, 1.0);
    QVERIFY(small.exact);
    QVERIFY(close(*small.p, 2.0 / 24.0, 1e-15));
    // n = 12, one team, no ties: 2 / 12! (t would be infinite and p 0).
    TeamPairs big;
    for (int i = 0; i < 12; ++i) {
        big.x.push_back(i);
        big.y.push_back(100 - 3 * i);
    }
    const auto r = withinTeamSpearman({big});
    QCOMPARE(*r.rho, -1.0);
    QVERIFY(!r.exact);
    QVERIFY(*r.p > 0);
    QVERIFY(std::abs(*r.p / 4.17535139757362e-09 - 1) < 1e-12);
}

void TestWithinTeamSpearman::levelDifferencesBetweenTeamsAreNoLink()
{
    // Team B is happier and resolves more every week, but within each team
    // the weeks move in opposite directions: pooled raw values would
    // correlate positively; within teams rho is -1.
    const TeamPairs low{{2.0, 2.1, 2.2}, {0.62, 0.61, 0.60}};
    const TeamPairs high{{4.0, 4.1, 4.2}, {0.82, 0.81, 0.80}};
    const auto r = withinTeamSpearman({low, high});
    QCOMPARE(*r.rho, -1.0);
    QCOMPARE(r.n, size_t(6));
    // Exact: of the 3! x 3! orderings, those giving |rho| = 1 are the
    // observed one and its mirror (both teams reversed): 2 of 36.
    QVERIFY(close(*r.p, 2.0 / 36.0, 1e-15));
}

void TestWithinTeamSpearman::tooLittleGivesNothing()
{
    // A team with one pair carries no within-team information.
    const auto r = withinTeamSpearman({{{3.0}, {0.5}}, {{1, 2}, {3, 4}}});
    QCOMPARE(r.n, size_t(2));
    QVERIFY(!r.rho && !r.p);
    // No spread after centring.
    QVERIFY(!withinTeamSpearman({{{1, 1, 1}, {1, 2, 3}}}).rho);
}

QTEST_GUILESS_MAIN(TestWithinTeamSpearman)
#include "tst_withinteamspearman.moc"
