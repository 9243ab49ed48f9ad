// The scorecard's rules on their own, without a site: pulse anonymity,
// minimum samples and weights, scoring, QA totals, Wilson intervals,
// Spearman's rho and the happiness correlations.
#include "analytics/Happiness.h"
#include "analytics/Scorecard.h"
#include "analytics/ScorecardStats.h"

#include <QDate>
#include <QTest>

#include <cmath>

using namespace fb;
using namespace fb::analytics;

class TestScorecardRules : public QObject {
    Q_OBJECT

private slots:
    // Pulse anonymity: an agent's own pulse needs 5 identified responses.
    void pulseAnonymityAtAgentLevel()
    {
        Sums s;
        s.pulseResponses = 4;
        s.pulseScoreSum = 80;
        s.pulseScoreCount = 20;
        const MetricDef& pulse = *defaultDefinition().find(Metric::Pulse);
        QVERIFY(!evaluate(pulse, s).enough);
        s.pulseResponses = 5;
        s.pulseScoreSum = 100;
        s.pulseScoreCount = 25;
        QVERIFY(evaluate(pulse, s).enough);
        QCOMPARE(*evaluate(pulse, s).value, 4.0);
    }

    void minimumSampleAndWeightsUsed()
    {
        const auto& def = defaultDefinition();
        ScoreRow row;
        Sums s;
        s.interactions = 19; // below 20: dpti, rework, aht, escalation all out
        s.handleSeconds = 19 * 420.0;
        s.fcrKnown = 20;
        s.fcrResolved = 16;
        for (const auto& d : def.metrics)
            row.metrics.push_back(evaluate(d, s));
        finishRow(def, row);
        QCOMPARE(row.weightsUsed, 20.0); // fcr only
        QCOMPARE(row.weightsTotal, 100.0);
        QCOMPARE(row.composite.value(), 100.0);
        QVERIFY(!row.gateGreen);
        Sums none;
        ScoreRow empty;
        for (const auto& d : def.metrics)
            empty.metrics.push_back(evaluate(d, none));
        finishRow(def, empty);
        QVERIFY(!empty.composite);
        QCOMPARE(empty.weightsUsed, 0.0);
    }

    void scoringClampsAndLowerIsBetter()
    {
        QCOMPARE(metricScore(0.75, 0.60, 0.80), 100.0 * ((0.75 - 0.60) / (0.80 - 0.60)));
        QCOMPARE(metricScore(0.50, 0.60, 0.80), 0.0);
        QCOMPARE(metricScore(0.95, 0.60, 0.80), 100.0);
        // Lower is better: floor above target.
        QCOMPARE(metricScore(570, 720, 420), 50.0);
        QCOMPARE(metricScore(800, 720, 420), 0.0);
        QCOMPARE(metricScore(300, 720, 420), 100.0);
        // value == floor gives 0, never -0 (which would print as "-0").
        QVERIFY(!std::signbit(metricScore(30, 30, 5)));
    }

    void qaTotalRules()
    {
        const auto& rubric = defaultRubric();
        using S = std::vector<AttributeScore>;
        QCOMPARE(
            *qaTotal(rubric,
                     S{{"accuracy", 4}, {"clarity", 4}, {"empathy", 4}, {"policy_adherence", 4}, {"documentation", 4}}),
            100.0);
        QCOMPARE(
            *qaTotal(rubric,
                     S{{"accuracy", 3}, {"clarity", 3}, {"empathy", 3}, {"policy_adherence", 3}, {"documentation", 3}}),
            75.0);
        // NA leaves the attribute and its weight out: (30x1 + 20x0.5) / 50.
        QCOMPARE(*qaTotal(rubric, S{{"accuracy", 4},
                                    {"clarity", 2},
                                    {"empathy", std::nullopt},
                                    {"policy_adherence", std::nullopt},
                                    {"documentation", std::nullopt}}),
                 100.0 * 40.0 / 50.0);
        // A 0 on the critical attribute makes the total 0.
        QCOMPARE(
            *qaTotal(rubric,
                     S{{"accuracy", 4}, {"clarity", 4}, {"empathy", 4}, {"policy_adherence", 0}, {"documentation", 4}}),
            0.0);
        // A 0 elsewhere only counts as a 0.
        QCOMPARE(
            *qaTotal(rubric,
                     S{{"accuracy", 0}, {"clarity", 4}, {"empathy", 4}, {"policy_adherence", 4}, {"documentation", 4}}),
            70.0);
        QVERIFY(!qaTotal(rubric, S{{"accuracy", std::nullopt}}));
    }

    void wilsonKnownValues()
    {
        // Newcombe (1998), example 81/263: 0.2553 to 0.3662.
        const auto a = wilsonInterval(81, 263);
        QVERIFY(a);
        QVERIFY(std::abs(a->low - 0.2553) < 5e-5);
        QVERIFY(std::abs(a->high - 0.3662) < 5e-5);
        // 0 of 10: [0, z^2 / (n + z^2)].
        const double z = 1.959963984540054;
        const auto b = wilsonInterval(0, 10);
        QCOMPARE(b->low, 0.0);
        QVERIFY(std::abs(b->high - z * z / (10 + z * z)) < 1e-15);
        QVERIFY(!wilsonInterval(0, 0));
    }

    void spearmanWithTies()
    {
        // Ranks x = 1, 2.5, 2.5, 4, 5 and y = 2, 1, 4, 3, 5: rho = 6.5 / sqrt(9.5 x 10).
        const auto rho = spearman({1, 2, 2, 3, 4}, {2, 1, 4, 3, 5});
        QVERIFY(rho);
        QVERIFY(std::abs(*rho - 6.5 / std::sqrt(95.0)) < 1e-15);
        QCOMPARE(averageRanks({10, 20, 20, 20, 5}), (std::vector<double>{2, 4, 4, 4, 1}));
        QVERIFY(!spearman({1, 1, 1}, {1, 2, 3}));
        QCOMPARE(*spearman({1, 2, 3, 4}, {8, 6, 4, 2}), -1.0);
        // Its p values (exact for n <= 10, never 0) are tested in tst_withinteamspearman.
    }

    // Happiness and results: FCR rises with every pulse dimension within each
    // team, week after week, so the within-team rho = 1 at lag 0 over all 3 x 6
    // team-weeks; a team-week with 4 responses is left out.
    void happinessCorrelations()
    {
        std::vector<AgentInfo> agents{{"a", "A", "T1", "S"}, {"b", "B", "T2", "S"}, {"c", "C", "T3", "S"}};
        std::map<int, PeriodSums> weekly;
        int k = 0;
        for (int w = 202610; w <= 202615; ++w)
            for (const auto& a : agents) {
                ++k;
                Sums& s = weekly[w].byAgent[a.id];
                s.interactions = 100;
                s.fcrKnown = 100;
                s.fcrResolved = 50 + k; // strictly increasing with k
                Sums& p = weekly[w].pulseByTeam[a.team];
                p.pulseResponses = (w == 202615 && a.team == "T3") ? 4 : 6;
                for (int d = 0; d < kPulseDimensions; ++d) {
                    p.pulseDimSum[d] = 6 * (10 + k); // mean 10 + k: increasing with k
                    p.pulseDimCount[d] = 6;
                }
                p.pulseScoreSum = 5 * 6 * (10 + k);
                p.pulseScoreCount = 30;
            }
        const auto h = happiness(defaultDefinition(), agents, weekly, Metric::Fcr);
        bool seen = false;
        for (const auto& c : h.correlations)
            if (c.outcome == Metric::Fcr && c.lag == 0) {
                QCOMPARE(c.n, size_t(17));
                QCOMPARE(c.rho.value(), 1.0);
                seen = true;
            } else if (c.outcome == Metric::Fcr && c.lag == 1) {
                QCOMPARE(c.n, size_t(15)); // pulses of W10-W14 paired with outcomes a week later
            }
        QVERIFY(seen);
        QCOMPARE(h.teams.size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestScorecardRules)
#include "tst_scorecardrules.moc"
