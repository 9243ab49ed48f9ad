// The Pair progress and Pay it forward tabs' text and chart data, from values
// made by hand: pairs in the box (active first), the lines with their gaps,
// tooltips with unit and n, the start / planned end / end marks, the gaps'
// reason, shares drawn in percent, and the pay-forward rows.
#include "EnglishPlurals.h"
#include "pages/mentoring/MentoringProgressRows.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using ui::MentoringProgressRows;

namespace {

MentoringPair pairOf(const char* id, const char* behavior, QDate ended, const char* outcome)
{
    MentoringPair p;
    p.pairId = id;
    p.menteeId = "B09";
    p.mentorId = "B02";
    p.behavior = behavior;
    p.startedOn = QDate(2026, 3, 2);   // W10
    p.plannedEnd = QDate(2026, 3, 16); // W12
    p.endedOn = ended;
    p.outcome = outcome;
    return p;
}

ui::MentoringView view()
{
    ui::MentoringView v;
    v.attributes = {"empathy"};
    v.agents = {{"B02", "Dana", "Billing", "", "", true}, {"B09", "Lee", "Billing", "", "", true}};
    v.pairs = {pairOf("P0001", "csat", QDate(2026, 3, 13), "not_met"), pairOf("P0002", "empathy", {}, "")};
    v.payForward = {{"B09", "csat", "P0001", "B02", "not_met", QDate(2026, 3, 13), 202614, 202617, 0.85, 0.875, 48}};
    return v;
}

// Weeks W11..W13 of P0001 (CSAT): W11 the mentee has 3 surveys (a gap), the
// team 4 agents (no median); the end in W11 (Friday 2026-03-13), planned W12.
analytics::PairProgress progress()
{
    analytics::PairProgress p;
    p.pair = view().pairs[0];
    p.behavior.metric = analytics::Metric::Csat;
    p.fromWeek = 202611;
    p.toWeek = 202613;
    p.startWeek = 202610; // before the weeks shown: no mark
    p.plannedEndWeek = 202612;
    p.endedWeek = 202611;
    p.minN = 5;
    p.csatMinN = 5;
    p.qaMinN = 1;
    p.weeks = {{202611, {std::nullopt, 3}, {0.9, 10}, std::nullopt, 4, {std::nullopt, 3}, {80.0, 2}},
               {202612, {0.6, 5}, {0.8, 10}, 0.7, 6, {0.6, 5}, {std::nullopt, 0}},
               {202613, {0.75, 8}, {0.85, 20}, 0.725, 6, {0.75, 8}, {92.5, 1}}};
    return p;
}

} // namespace

class TestMentoringProgressRows final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(fbtest::installEnglishPlurals());
        QLocale::setDefault(QLocale::c());
    }

    void pairsActiveFirst()
    {
        const auto v = view();
        QCOMPARE(MentoringProgressRows::pairChoices(v),
                 (QStringList{u"P0002: Lee (B09) with Dana (B02), Empathy, active"_s,
                              u"P0001: Lee (B09) with Dana (B02), CSAT, ended 2026-03-13 (Not met)"_s}));
        QCOMPARE(MentoringProgressRows::pairChoiceIds(v), (std::vector<std::string>{"P0002", "P0001"}));
    }

    void behaviourChart()
    {
        const auto c = MentoringProgressRows::behaviorChart(view(), progress());
        QCOMPARE(c.weekLabels, (QStringList{u"W11"_s, u"W12"_s, u"W13"_s}));
        QCOMPARE(c.unit, u"%"_s);
        QCOMPARE(*c.yMax, 100.0);
        QCOMPARE(c.lines.size(), size_t(3));
        const auto& mentee = c.lines[0];
        QCOMPARE(mentee.name, u"Mentee Lee (B09)"_s);
        QVERIFY(!mentee.values[0]);        // 3 surveys < 5: a gap
        QCOMPARE(*mentee.values[1], 60.0); // a share drawn in percent
        QCOMPARE(mentee.tips[0], u"2026-W11, Mentee Lee (B09): not enough data (n = 3 surveys)"_s);
        QCOMPARE(mentee.tips[2], u"2026-W13, Mentee Lee (B09): 75.0 %, n = 8 surveys"_s);
        QCOMPARE(c.lines[1].name, u"Mentor Dana (B02)"_s);
        QCOMPARE(*c.lines[1].values[0], 90.0);
        const auto& team = c.lines[2];
        QVERIFY(!team.values[0]);
        QCOMPARE(team.tips[0], u"2026-W11, team median: not enough data (4 agents, 5 needed)"_s);
        QCOMPARE(*team.values[2], 72.5);
        QCOMPARE(team.tips[2], u"2026-W13, team median: 72.5 %, n = 6 agents"_s);
        // Start in W10 is before the weeks shown; planned end W12 and the end W11 are marked.
        QCOMPARE(c.marks.size(), size_t(2));
        QCOMPARE(c.marks[0].week, 1);
        QCOMPARE(c.marks[0].name, u"Planned end (2026-W12)"_s);
        QCOMPARE(c.marks[1].week, 0);
        QCOMPARE(c.marks[1].name, u"Ended (2026-W11)"_s);
        QCOMPARE(c.gapNote, u"Gap: under 5 surveys that week (median: under 5 agents)"_s);
        auto attribute = progress();
        attribute.behavior = {true, analytics::Metric::Qa, "empathy"};
        attribute.minN = 1;
        QCOMPARE(MentoringProgressRows::behaviorChart(view(), attribute).gapNote,
                 u"Gap: no evaluation that week (median: under 5 agents)"_s);
    }

    void csatAndQaChart()
    {
        const auto c = MentoringProgressRows::csatQaChart(view(), progress());
        QCOMPARE(c.lines.size(), size_t(2));
        QCOMPARE(*c.lines[0].values[1], 60.0);
        QCOMPARE(c.lines[0].tips[1], u"2026-W12, CSAT: 60.0 %, n = 5 surveys"_s);
        QCOMPARE(*c.lines[1].values[0], 80.0);
        QVERIFY(!c.lines[1].values[1]);
        QCOMPARE(c.lines[1].tips[1], u"2026-W12, QA total: not enough data (n = 0 evaluations)"_s);
        QCOMPARE(c.lines[1].tips[2], u"2026-W13, QA total: 92.5 points, n = 1 evaluation"_s);
        QCOMPARE(c.gapNote, u"Gap: under 5 surveys (CSAT) or 1 evaluation (QA) that week"_s);
        QCOMPARE(MentoringProgressRows::progressSummary(view(), progress()),
                 u"Lee (B09) in CSAT: 2026-W11 to 2026-W13; started 2026-W10, ended 2026-W11 (Not met). Weeks with "
                 "enough data: mentee 2 of 3, mentor 3 of 3. Hover a point for its value and n."_s);
    }

    void payForwardRows()
    {
        const auto rows = MentoringProgressRows::payForward(view());
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0],
                 (QStringList{u"Lee (B09)"_s, u"CSAT"_s, u"2026-W14 to 2026-W17"_s, u"87.5 % (target 85.0 %)"_s,
                              u"48"_s, u"P0001 with Dana (B02), ended 2026-03-13 (Not met)"_s}));
        QCOMPARE(MentoringProgressRows::payForwardEmpty(),
                 u"No former mentee has been at target for 4 weeks in a row since their pair ended."_s);
    }
};

QTEST_MAIN(TestMentoringProgressRows)
#include "tst_mentoringprogressrows.moc"
