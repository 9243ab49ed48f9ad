// Payouts of a hand-computed incentive plan, the quality gate, the pool, the
// explanation in words, periods, worked examples and what-if
// (docs/recognition-and-incentives.md, "Incentives"). Every expected value
// below was computed by hand from the plan and sums in kPlan/agents() (the
// arithmetic is written beside each), not taken from the code.
#include "analytics/IncentivePayout.h"
#include "domain/Incentive.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

class TestIncentivePayout : public QObject {
    Q_OBJECT

private slots:
    void handComputedPlan();
    void gateNeedsThresholdAndEvaluations();
    void poolIsSharedByScore();
    void handleTimeIsLowerBetter();
    void explanationSaysEachStep();
    void workedExamplesAndWhatIf();
    void periods_data();
    void periods();
    void refusals_data();
    void refusals();
};

namespace {

// quality: QA 70 -> 90 (weight 0.4), CSAT 60% -> 90% (0.2, at least 10 surveys);
// productivity: contacts 1000 -> 1500 (0.4); gate QA >= 80 over >= 3 evaluations; 1000 per agent.
IncentivePlan plan()
{
    IncentivePlan p;
    p.name = "Q plan";
    p.amountKind = AmountKind::PerAgent;
    p.amount = 1000;
    p.gateQaMin = 80;
    p.gateMinEvaluations = 3;
    p.components = {{IncentiveMetric::Qa, 0.4, 70, 90, 1},
                    {IncentiveMetric::Csat, 0.2, 0.6, 0.9, 10},
                    {IncentiveMetric::Contacts, 0.4, 1000, 1500, 1}};
    return p;
}

IncentiveAgent agent(const char* id, qint64 evals, double qaSum, qint64 surveyed, qint64 top2, qint64 contacts)
{
    IncentiveAgent a;
    a.id = id;
    a.name = std::string("Agent ") + id;
    a.team = "North";
    a.sums.qaEvaluations = evals;
    a.sums.qaTotalSum = qaSum;
    a.sums.csatSurveyed = surveyed;
    a.sums.csatTop2 = top2;
    a.sums.interactions = contacts;
    a.sums.handleSeconds = 300.0 * static_cast<double>(contacts);
    return a;
}

std::vector<IncentiveAgent> agents()
{
    return {
        agent("A", 5, 430, 40, 30, 1400), // QA 86 -> .8, CSAT .75 -> .5, contacts -> .8, green: .32+.1+.32 = .74
        agent("B", 4, 300, 20, 18, 1600), // QA 75 -> .25, CSAT .9 -> 1, contacts -> 1 locked: .1+.2 = .3
        agent("C", 2, 190, 5, 5, 900),    // QA 95 -> 1 but 2 evaluations: red; CSAT 5 surveys < 10 -> 0: .4
        agent("D", 3, 240, 10, 6, 1250),  // QA 80 exactly -> green, .5; CSAT .6 -> 0; contacts .5: .2+0+.2 = .4
    };
}

} // namespace

void TestIncentivePayout::handComputedPlan()
{
    const auto out = computePayouts(plan(), agents());
    QCOMPARE(out.size(), size_t(4));
    QCOMPARE(out[0].payout, 740.0);
    QCOMPARE(out[0].score, 0.74);
    QCOMPARE(out[0].qualityScore, (0.4 * 0.8 + 0.2 * 0.5) / 0.6);
    QCOMPARE(*out[0].productivityScore, 0.8);
    QCOMPARE(out[1].payout, 300.0);
    QCOMPARE(out[1].qualityScore, 0.5);
    QCOMPARE(*out[1].productivityScore, 1.0); // earned but locked
    QVERIFY(!out[1].components[2].counted);
    QCOMPARE(out[2].payout, 400.0);
    QVERIFY(!out[2].components[1].enough);
    QCOMPARE(out[2].components[1].score, 0.0);
    QCOMPARE(out[3].payout, 400.0);
}

void TestIncentivePayout::gateNeedsThresholdAndEvaluations()
{
    const auto out = computePayouts(plan(), agents());
    QCOMPARE(out[0].gateGreen, true);  // 86 >= 80 over 5
    QCOMPARE(out[1].gateGreen, false); // 75 < 80
    QCOMPARE(out[2].gateGreen, false); // 95 but only 2 < 3 evaluations
    QCOMPARE(out[3].gateGreen, true);  // exactly 80 over exactly 3
    // The rule is data: a gate of 76 over 2 evaluations opens C's and... not B's (75).
    IncentivePlan loose = plan();
    loose.gateQaMin = 76;
    loose.gateMinEvaluations = 2;
    const auto l = computePayouts(loose, agents());
    QCOMPARE(l[1].gateGreen, false);
    QCOMPARE(l[2].gateGreen, true);
    QCOMPARE(l[2].payout, 400.0); // contacts 900 < floor: the volume part counts, and adds 0
}

void TestIncentivePayout::poolIsSharedByScore()
{
    IncentivePlan p = plan();
    p.amountKind = AmountKind::Pool;
    p.amount = 1840;
    const auto out = computePayouts(p, agents());
    // scores .74 + .3 + .4 + .4 = 1.84; 1840 x score / 1.84 = 1000 x score
    QCOMPARE(out[0].payout, 740.0);
    QCOMPARE(out[1].payout, 300.0);
    QCOMPARE(out[3].payout, 400.0);
}

void TestIncentivePayout::handleTimeIsLowerBetter()
{
    IncentivePlan p = plan();
    p.components = {{IncentiveMetric::HandleTime, 1, 400, 300, 1}};
    auto a = agent("E", 3, 270, 0, 0, 100);
    a.sums.handleSeconds = 32000; // 320 s: (320 - 400) / (300 - 400) = 0.8
    const auto out = computePayouts(p, {a});
    QCOMPARE(out[0].components[0].score, 0.8);
    QCOMPARE(out[0].payout, 800.0);
}

void TestIncentivePayout::explanationSaysEachStep()
{
    const auto out = computePayouts(plan(), agents());
    QCOMPARE(explainPayout(plan(), out[0], format::file()),
             QStringLiteral("QA 86.0 (5 evaluations) → 0.80 × 0.4; CSAT 75.0% (40 surveys) → 0.50 × 0.2. "
                            "Gate green (QA 86.0 ≥ 80 over 5 evaluations), so the volume part counts: "
                            "contacts 1400 → 0.80 × 0.4. Score 0.740 of 1 → 0.740 × 1000.00 = 740.00."));
    QCOMPARE(explainPayout(plan(), out[1], format::file()),
             QStringLiteral("QA 75.0 (4 evaluations) → 0.25 × 0.4; CSAT 90.0% (20 surveys) → 1.00 × 0.2. "
                            "Gate red (QA 75.0 < 80), so the volume part does not count "
                            "(contacts 1600 → 1.00 × 0.4). Score 0.300 of 1 → 0.300 × 1000.00 = 300.00."));
    QCOMPARE(explainPayout(plan(), out[2], format::file()),
             QStringLiteral("QA 95.0 (2 evaluations) → 1.00 × 0.4; CSAT 100.0% (5 surveys) is not enough data "
                            "(at least 10 needed) → 0.00 × 0.2. Gate red (2 evaluations, fewer than the 3 the "
                            "gate needs), so the volume part does not count (contacts 900 → 0.00 × 0.4). "
                            "Score 0.400 of 1 → 0.400 × 1000.00 = 400.00."));
}

void TestIncentivePayout::workedExamplesAndWhatIf()
{
    const auto out = computePayouts(plan(), agents());
    const auto ex = workedExamples(out);
    QCOMPARE(ex.size(), size_t(3));
    QCOMPARE(ex[0].kind, WorkedExample::Kind::GateRed);
    QCOMPARE(ex[0].payout.agent.id, std::string("B")); // red with the most volume locked (1.0 vs C's 0)
    QCOMPARE(ex[1].kind, WorkedExample::Kind::GreenBelowTarget);
    QCOMPARE(ex[1].payout.agent.id, std::string("D")); // green below 1 other than the best (A): D
    QCOMPARE(ex[2].kind, WorkedExample::Kind::GreenBest);
    QCOMPARE(ex[2].payout.agent.id, std::string("A"));

    // Lowering the gate to 75 opens B's volume: B gains 400 (.3 -> .7), nobody else changes.
    IncentivePlan after = plan();
    after.gateQaMin = 75;
    const auto rows = whatIf(out, computePayouts(after, agents()));
    QCOMPARE(rows.size(), size_t(4));
    QCOMPARE(rows[0].id, std::string("B"));
    QCOMPARE(rows[0].change(), 400.0);
    QCOMPARE(rows[0].gateAfter, true);
    QCOMPARE(rows[1].change(), 0.0);
}

void TestIncentivePayout::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    // Weeks whose Thursday is inside: 2026-07-02 (Thu) is W27, 2026-10-01 (Thu) is W40, so Q3 = W27..W39.
    QTest::newRow("quarter") << "2026-Q3"
                             << "2026-Q3" << 202627 << 202639;
    QTest::newRow("lower q") << "2026-q4"
                             << "2026-Q4" << 202640 << 202653;
    // September 2026: Thu 3 Sep is W36; Thu 1 Oct is W40, so W36..W39.
    QTest::newRow("month") << "2026-09"
                           << "2026-09" << 202636 << 202639;
    // January 2027: Fri 1 Jan belongs to 2026-W53; Thu 7 Jan is 2027-W01; Thu 4 Feb is W05.
    QTest::newRow("january") << "2027-01"
                             << "2027-01" << 202701 << 202704;
}

void TestIncentivePayout::periods()
{
    QFETCH(QString, text);
    const auto p = parseIncentivePeriod(text);
    QVERIFY(p.ok());
    QTEST(p->label, "label");
    QTEST(p->fromWeek, "from");
    QTEST(p->toWeek, "to");
}

void TestIncentivePayout::refusals_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("message");
    QTest::newRow("gate over 100") << 0
                                   << "column gate_qa_min: value '120': the gate's QA threshold must lie "
                                      "between 0 and 100 points";
    QTest::newRow("twice") << 1 << "column component: value 'qa': each component may appear once";
    QTest::newRow("flat") << 2
                          << "column target: value '70': the floor and the target of qa must be numbers "
                             "that differ";
    QTest::newRow("no weight") << 3 << "column weight: value '0': at least one component needs a weight above 0";
    QTest::newRow("period") << 4
                            << "column period: value '2026-13': a period is a quarter such as 2026-Q3 or a "
                               "month such as 2026-09";
}

void TestIncentivePayout::refusals()
{
    QFETCH(int, which);
    IncentivePlan p = plan();
    Error e;
    switch (which) {
    case 0:
        p.gateQaMin = 120;
        break;
    case 1:
        p.components.push_back(p.components[0]);
        break;
    case 2:
        p.components[0].target = 70;
        break;
    case 3:
        for (auto& c : p.components)
            c.weight = 0;
        break;
    default:
        break;
    }
    if (which == 4) {
        const auto r = parseIncentivePeriod(QStringLiteral("2026-13"));
        QVERIFY(!r.ok());
        e = r.error();
    } else {
        const Status st = validate(p);
        QVERIFY(!st.ok());
        e = st.error();
    }
    QTEST(e.toString(), "message");
}

QTEST_GUILESS_MAIN(TestIncentivePayout)
#include "tst_incentivepayout.moc"
