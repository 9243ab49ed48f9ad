// The Incentives page's rows as text: the plan, the gate in words, payouts,
// what-if and the audit with n and the flag in words (C locale). The values
// are those of the hand-computed plan of tests/core/tst_incentivepayout.cpp
// and the shift scenario of tests/core/tst_fairnessaudit.cpp (references in
// tests/reference/fisher_exact.py).
#include "EnglishPlurals.h"
#include "pages/incentives/IncentiveRows.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fb;
using namespace fb::ui;

class TestIncentiveRows : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(fbtest::installEnglishPlurals());
        QLocale::setDefault(QLocale::c());
    }
    void planAndGate();
    void payoutRow();
    void whatIfRowsAndSummary();
    void auditRows();
};

namespace {

IncentivePlan plan()
{
    IncentivePlan p;
    p.name = "Q plan";
    p.version = 2;
    p.amount = 1000;
    p.gateQaMin = 80;
    p.gateMinEvaluations = 3;
    p.components = {{IncentiveMetric::Qa, 0.4, 70, 90, 1},
                    {IncentiveMetric::Csat, 0.2, 0.6, 0.9, 10},
                    {IncentiveMetric::Contacts, 0.4, 1000, 1500, 1}};
    return p;
}

} // namespace

void TestIncentiveRows::planAndGate()
{
    const auto rows = IncentiveRows::plan(plan());
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[0],
             (QStringList{u"QA total (points)"_s, u"quality: always counts"_s, u"40 %"_s, u"70"_s, u"90"_s, u"1"_s}));
    QCOMPARE(rows[1], (QStringList{u"CSAT (share 4-5)"_s, u"quality: always counts"_s, u"20 %"_s, u"60 %"_s, u"90 %"_s,
                                   u"10"_s}));
    QCOMPARE(rows[2], (QStringList{u"Contacts handled"_s, u"productivity: behind the gate"_s, u"40 %"_s, u"1000"_s,
                                   u"1500"_s, u"1"_s}));
    QCOMPARE(IncentiveRows::gateText(plan()),
             u"Version 2, per quarter, 1000.00 per agent at a full score. Quality gate: green when the mean QA "_s
             u"total of the period is at least 80 over at least 3 evaluations; the productivity components "_s
             u"count only behind a green gate."_s);
}

void TestIncentiveRows::payoutRow()
{
    analytics::IncentiveAgent a;
    a.id = "A";
    a.name = "Agent A";
    a.team = "North";
    a.sums.qaEvaluations = 5;
    a.sums.qaTotalSum = 430;
    a.sums.csatSurveyed = 40;
    a.sums.csatTop2 = 30;
    a.sums.interactions = 1400;
    const auto payouts = analytics::computePayouts(plan(), {a});
    const auto rows = IncentiveRows::payouts(plan(), payouts);
    QCOMPARE(rows.size(), size_t(1));
    QCOMPARE(rows[0].mid(0, 7),
             (QStringList{u"Agent A"_s, u"North"_s, u"green"_s, u"86.0 (n = 5)"_s, u"0.70"_s, u"0.80"_s, u"740.00"_s}));
    QVERIFY(rows[0][7].endsWith(u"Score 0.740 of 1 → 0.740 × 1000.00 = 740.00."_s));
}

void TestIncentiveRows::whatIfRowsAndSummary()
{
    const std::vector<analytics::WhatIfRow> rows = {{"B", "Agent B", "North", 300, 700, false, true},
                                                    {"A", "Agent A", "North", 740, 740, true, true},
                                                    {"C", "Agent C", "South", 400, 360, false, false}};
    const auto text = IncentiveRows::whatIf(rows);
    QCOMPARE(text[0],
             (QStringList{u"Agent B"_s, u"North"_s, u"300.00"_s, u"700.00"_s, u"+400.00"_s, u"red → green"_s}));
    QCOMPARE(text[1], (QStringList{u"Agent A"_s, u"North"_s, u"740.00"_s, u"740.00"_s, u"+0.00"_s, u"green"_s}));
    QCOMPARE(IncentiveRows::whatIfSummary(rows),
             u"1 agent gains (+400.00 in all), 1 loses (-40.00), 1 unchanged, of 3."_s);
}

void TestIncentiveRows::auditRows()
{
    std::vector<analytics::AgentPayout> payouts;
    const auto add = [&](const std::string& shift, int n, int pass) {
        for (int i = 0; i < n; ++i) {
            analytics::AgentPayout p;
            p.agent.id = shift + std::to_string(i);
            p.agent.shift = shift;
            p.gateGreen = i < pass;
            p.payout = i < pass ? 900 : 300;
            p.qualityScore = i < pass ? 0.8 : 0.4; // day (17 x 0.8 + 3 x 0.4) / 20 = 0.74
            p.productivityScore = 0.5;
            payouts.push_back(p);
        }
    };
    add("late", 12, 4);
    add("day", 20, 17);
    add("night", 3, 2);
    add("early", 16, 13);
    const auto audit = analytics::fairnessAudit(payouts, analytics::AuditBy::Shift, QDate(2026, 9, 30));
    const auto rows = IncentiveRows::audit(audit);
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[0], (QStringList{u"day"_s, u"20"_s, u"810.00"_s, u"85 % (17 of 20)"_s, u"+23.7 pp"_s, u"0.74"_s,
                                   u"0.50"_s, u"0.11"_s, u"0.23"_s, u""_s}));
    QCOMPARE(rows[2], (QStringList{u"late"_s, u"12"_s, u"500.00"_s, u"33 % (4 of 12)"_s, u"-48.7 pp"_s, u"0.53"_s,
                                   u"0.50"_s, u"0.0026"_s, u"0.0079"_s, u"flagged"_s}));
}

QTEST_MAIN(TestIncentiveRows)
#include "tst_incentiverows.moc"
