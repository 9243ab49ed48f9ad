// The rows of the friction-to-flow tables, from a report made by hand: program
// weeks and scope of fixes, recognition totals, pulse cells, interval texts in
// each metric's unit and the verdict in words.
#include "ProgramPdf.h"
#include "pages/friction/FrictionRows.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using analytics::ProgramMetric;
using ui::FrictionRows;

namespace {

analytics::ProgramReport sample()
{
    analytics::ProgramReport r;
    r.program.start = QDate(2026, 7, 6); // a Monday; the program ends before 2026-08-31
    r.end = QDate(2026, 8, 31);
    r.today = QDate(2026, 8, 12);
    fb::ProgramFix lag;
    lag.id = 1;
    lag.fixedOn = QDate(2026, 7, 22); // day 16: week 3
    lag.friction = "tool lag";
    lag.what = "Payment history loads lazily";
    lag.owner = "IT service desk";
    lag.queues = {"billing", "retention"};
    fb::ProgramFix late;
    late.id = 2;
    late.fixedOn = QDate(2026, 9, 7); // after the eighth week
    late.friction = "policy ambiguity";
    late.what = "One-page refund rules";
    r.fixes = {lag, late};
    r.recognitions = {{1, "helped a colleague", 2},
                      {3, "helped a colleague", 1},
                      {3, "clear answer", 4},
                      {9, "clear answer", 5}}; // outside the program: not counted
    return r;
}

} // namespace

class TestFrictionRows final : public QObject {
    Q_OBJECT
private slots:
    void fixes()
    {
        const auto rows = FrictionRows::fixes(sample());
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0], (QStringList{u"1"_s, u"2026-07-22"_s, u"3"_s, u"tool lag"_s, u"billing, retention"_s,
                                       u"Payment history loads lazily"_s, u"IT service desk"_s}));
        QCOMPARE(rows[1], (QStringList{u"2"_s, u"2026-09-07"_s, u"outside"_s, u"policy ambiguity"_s, u"all queues"_s,
                                       u"One-page refund rules"_s, QString()}));
    }

    void recognitionTotals()
    {
        const auto rows = FrictionRows::recognition(sample());
        QCOMPARE(rows.size(), size_t(3));
        // Behaviours in name order, W1..W8 and the total, then all behaviours.
        QCOMPARE(rows[0], (QStringList{u"clear answer"_s, u"0"_s, u"0"_s, u"4"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s,
                                       u"0"_s, u"4"_s}));
        QCOMPARE(rows[1], (QStringList{u"helped a colleague"_s, u"2"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s,
                                       u"0"_s, u"3"_s}));
        QCOMPARE(rows[2], (QStringList{u"All behaviours"_s, u"2"_s, u"0"_s, u"5"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s,
                                       u"0"_s, u"7"_s}));
        QVERIFY(FrictionRows::recognition(analytics::ProgramReport{}).empty()); // no total row without rows
    }

    void pulseCells()
    {
        auto r = sample();
        r.pulseBefore.hidden = true;
        r.pulseBefore.responses = 3;
        r.pulseAfter.hidden = false;
        r.pulseAfter.responses = 12;
        r.pulseAfter.mean[0] = 3.456;
        r.pulseAfter.n[0] = 12;
        r.pulseAfter.n[1] = 0;
        r.pulseAfter.n[4] = 1; // one answer of fairness: no mean (docs/scorecard.md, anonymous pulses)
        const auto rows = FrictionRows::pulse(r);
        QCOMPARE(rows.size(), size_t(5));
        QCOMPARE(rows[4], (QStringList{u"Fairness"_s, u"hidden (3 responses)"_s, u"0"_s, u"not enough data (n=1 < 5)"_s,
                                       u"1"_s}));
        // The PDF's pulse table says the same.
        QCOMPARE(fb::report::pulseCellText(r.pulseBefore, 0), u"hidden (3 resp.)"_s);
        QCOMPARE(fb::report::pulseCellText(r.pulseAfter, 0), u"3.46 (n 12)"_s);
        QCOMPARE(fb::report::pulseCellText(r.pulseAfter, 1), u"no answers"_s);
        QCOMPARE(fb::report::pulseCellText(r.pulseAfter, 4), u"n 1 < 5"_s);
        QCOMPARE(rows[0], (QStringList{u"Role clarity"_s, u"hidden (3 responses)"_s, u"0"_s, u"3.46"_s, u"12"_s}));
        QCOMPARE(rows[1],
                 (QStringList{u"Tool reliability"_s, u"hidden (3 responses)"_s, u"0"_s, u"no answers"_s, u"0"_s}));
    }

    void intervals()
    {
        // Proportions in points with one decimal, handle time in whole seconds, DPTI per 1,000 with one
        // decimal (its interval bounds the change, like every other metric's).
        QCOMPARE(FrictionRows::interval(ProgramMetric::Fcr, -0.012, 0.034), u"-1.2 to 3.4"_s);
        QCOMPARE(FrictionRows::interval(ProgramMetric::Aht, 12.4, 30.6), u"12 to 31"_s);
        QCOMPARE(FrictionRows::interval(ProgramMetric::Dpti, -3.24, 1.04), u"-3.2 to 1.0"_s);
        QCOMPARE(FrictionRows::interval(ProgramMetric::Fcr, std::nullopt, 0.1), u"n/a"_s);
    }

    void verdicts()
    {
        // The reading follows the Holm-adjusted p, not the interval alone.
        analytics::MetricComparison c;
        c.stats = analytics::TwoSample{};
        c.stats->change = 0.03;
        c.stats->low = 0.01;
        c.stats->high = 0.05;
        c.pHolm = 0.01;
        QCOMPARE(FrictionRows::verdict(c), u"better"_s); // more resolved first time
        c.metric = ProgramMetric::Aht;
        QCOMPARE(FrictionRows::verdict(c), u"worse"_s); // longer calls
        c.pHolm = 0.06;                                 // the unadjusted interval excludes 0, the adjusted p does not
        QCOMPARE(FrictionRows::verdict(c), u"not significant after adjustment"_s);
        c.note = u"incomplete: 4 of 14 comparison days"_s;
        QCOMPARE(FrictionRows::verdict(c), u"incomplete: 4 of 14 comparison days"_s);
        analytics::MetricComparison none;
        none.stats = analytics::TwoSample{};
        QCOMPARE(FrictionRows::verdict(none), u"cannot tell"_s);
    }
};

QTEST_MAIN(TestFrictionRows)
#include "tst_frictionrows.moc"
