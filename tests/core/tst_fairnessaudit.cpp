// Fisher's exact test, the fairness audit's groups, Holm over them, the flag
// and the groups under 5 (docs/recognition-and-incentives.md, "Fairness audit").
//
// How the references were made: tests/reference/fisher_exact.py computes the
// hypergeometric probabilities exactly (Python's fractions and math.comb, no
// scipy) with R's two-sided rule (P <= P(observed) x (1 + 1e-7)), and Holm by
// its definition; `python3 tests/reference/fisher_exact.py` printed the values
// below with 17 significant digits. Three of them are also published:
//   tea tasting [[3,1],[1,3]]: 0.4857 (Agresti, Categorical Data Analysis,
//     section 3.5.2; R's ?fisher.test TeaTasting),
//   Convictions [[2,10],[15,3]]: 0.0005367 (R's ?fisher.test, Fisher 1935),
//   dieting [[1,9],[11,3]]: 0.002759 (Wikipedia, "Fisher's exact test").
#include "analytics/FairnessAudit.h"
#include "analytics/FisherExact.h"

#include <QTest>

#include <cmath>

using namespace fb;
using namespace fb::analytics;

class TestFairnessAudit : public QObject {
    Q_OBJECT

private slots:
    void fisherMatchesReferences_data();
    void fisherMatchesReferences();
    void fisherNeedsBothMargins();
    void auditFlagsOnlyTheShiftWithTheGap();
    void smallGroupsArePooledOrLeftOut();
    void tenureBands_data();
    void tenureBands();
};

namespace {

void near(double got, double want, double rel = 1e-12)
{
    QVERIFY2(std::abs(got - want) <= rel * std::max(1e-300, std::abs(want)),
             qPrintable(QStringLiteral("got %1, want %2").arg(got, 0, 'g', 17).arg(want, 0, 'g', 17)));
}

AgentPayout payout(const std::string& id, const std::string& shift, bool green, double amount)
{
    AgentPayout p;
    p.agent.id = id;
    p.agent.shift = shift;
    p.gateGreen = green;
    p.payout = amount;
    p.qualityScore = green ? 0.8 : 0.4;
    p.productivityScore = 0.5;
    return p;
}

// day 20 agents (17 pass), early 16 (13), late 12 (4), night 3 (2): the script's audit scenario.
std::vector<AgentPayout> shifts()
{
    std::vector<AgentPayout> out;
    int id = 0;
    const auto add = [&](const std::string& shift, int n, int pass) {
        for (int i = 0; i < n; ++i)
            out.push_back(payout("A" + std::to_string(++id), shift, i < pass, i < pass ? 900.0 : 300.0));
    };
    add("late", 12, 4);
    add("day", 20, 17);
    add("night", 3, 2);
    add("early", 16, 13);
    return out;
}

} // namespace

void TestFairnessAudit::fisherMatchesReferences_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<qint64>("c");
    QTest::addColumn<qint64>("d");
    QTest::addColumn<double>("p");
    QTest::newRow("tea tasting, 17/35") << qint64(3) << qint64(1) << qint64(1) << qint64(3) << 0.48571428571428571;
    QTest::newRow("Convictions") << qint64(2) << qint64(10) << qint64(15) << qint64(3) << 0.00053672411914343582;
    QTest::newRow("dieting") << qint64(1) << qint64(9) << qint64(11) << qint64(3) << 0.0027594561852200836;
    QTest::newRow("extreme, 1/126") << qint64(0) << qint64(5) << qint64(5) << qint64(0) << 0.0079365079365079361;
    QTest::newRow("demo-like") << qint64(4) << qint64(8) << qint64(30) << qint64(6) << 0.0021791921584016403;
    QTest::newRow("no gap") << qint64(7) << qint64(5) << qint64(20) << qint64(16) << 1.0;
}

void TestFairnessAudit::fisherMatchesReferences()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(qint64, c);
    QFETCH(qint64, d);
    QFETCH(double, p);
    const auto got = fisherExactTwoSided(a, b, c, d);
    QVERIFY(got.has_value());
    near(*got, p, 1e-9);
    // The test does not depend on which way round the table is written.
    near(*fisherExactTwoSided(d, c, b, a), p, 1e-9);
}

void TestFairnessAudit::fisherNeedsBothMargins()
{
    QVERIFY(!fisherExactTwoSided(3, 2, 0, 0).has_value()); // no rest
    QVERIFY(!fisherExactTwoSided(3, 0, 4, 0).has_value()); // everyone passed
}

void TestFairnessAudit::auditFlagsOnlyTheShiftWithTheGap()
{
    const auto audit = fairnessAudit(shifts(), AuditBy::Shift, QDate(2026, 9, 30));
    QCOMPARE(audit.agents, qint64(51));
    QCOMPARE(audit.passed, qint64(36));
    QCOMPARE(audit.rows.size(), size_t(3)); // day, early, late; night (3) alone under 5 is left out
    QCOMPARE(audit.smallGroupsLeftOut, 1);
    QCOMPARE(audit.smallAgentsLeftOut, qint64(3));
    const AuditRow& day = audit.rows[0];
    const AuditRow& early = audit.rows[1];
    const AuditRow& late = audit.rows[2];
    QCOMPARE(day.group, std::string("day"));
    QCOMPARE(late.group, std::string("late"));
    QCOMPARE(late.agents, qint64(12));
    QCOMPARE(late.passRate, 4.0 / 12.0);
    QCOMPARE(late.payoutMean, (4 * 900.0 + 8 * 300.0) / 12.0);
    near(*late.differenceVsRest, -0.48717948717948717);
    near(*day.differenceVsRest, 0.23709677419354835);
    near(*day.p, 0.11497435164375032, 1e-9);
    near(*early.p, 0.33306143615605932, 1e-9);
    near(*late.p, 0.0026250202295680239, 1e-9);
    near(*day.pHolm, 0.22994870328750064, 1e-9);
    near(*early.pHolm, 0.33306143615605932, 1e-9);
    near(*late.pHolm, 0.0078750606887040726, 1e-9);
    QCOMPARE(late.flag, true);
    QCOMPARE(day.flag, false); // a gap of 24 points, but p_holm 0.23: not enough evidence
    QCOMPARE(early.flag, false);
    // A threshold above the late shift's gap of 48.7 points flags nobody.
    const auto strict = fairnessAudit(shifts(), AuditBy::Shift, QDate(2026, 9, 30), 0.5);
    QCOMPARE(strict.rows[2].flag, false);
}

void TestFairnessAudit::smallGroupsArePooledOrLeftOut()
{
    auto all = shifts();
    all.push_back(payout("B1", "weekend", true, 900));
    all.push_back(payout("B2", "weekend", false, 300));
    const auto audit = fairnessAudit(all, AuditBy::Shift, QDate(2026, 9, 30));
    // night (3) + weekend (2) = 5: one pooled row, shown, not tested, not in Holm's m.
    QCOMPARE(audit.rows.size(), size_t(4));
    const AuditRow& pool = audit.rows.back();
    QCOMPARE(pool.pooled, true);
    QCOMPARE(pool.pooledGroups, 2);
    QCOMPARE(pool.agents, qint64(5));
    QCOMPARE(pool.passed, qint64(3));
    QVERIFY(!pool.p.has_value());
    QVERIFY(!pool.pHolm.has_value());
    QCOMPARE(audit.smallGroupsLeftOut, 0);
}

void TestFairnessAudit::tenureBands_data()
{
    QTest::addColumn<QDate>("hired");
    QTest::addColumn<QString>("band");
    const QDate end(2026, 9, 30);
    QTest::newRow("a day") << end << "under 6 months";
    QTest::newRow("6 months less a day") << QDate(2026, 4, 1) << "under 6 months";
    QTest::newRow("6 months") << QDate(2026, 3, 30) << "6-12 months";
    QTest::newRow("a year") << QDate(2025, 9, 30) << "1-2 years";
    QTest::newRow("two years") << QDate(2024, 9, 30) << "2+ years";
    QTest::newRow("unknown") << QDate() << "hire date unknown";
    QTest::newRow("after the end") << QDate(2026, 10, 1) << "hire date unknown";
}

void TestFairnessAudit::tenureBands()
{
    QFETCH(QDate, hired);
    QTEST(QString::fromStdString(tenureBand(hired, QDate(2026, 9, 30))), "band");
}

QTEST_GUILESS_MAIN(TestFairnessAudit)
#include "tst_fairnessaudit.moc"
