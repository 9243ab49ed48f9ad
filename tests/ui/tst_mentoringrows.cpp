// The rows of the Mentoring page's tables and its empty states, from values
// made by hand: names with ids, counts with n, rates and lifts, pairs added
// by hand, sessions and minutes per active pair.
#include "EnglishPlurals.h"
#include "pages/mentoring/MentoringRows.h"

#include <QtTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace fb;
using ui::MentoringRows;

namespace {

ui::MentoringView view()
{
    ui::MentoringView v;
    v.fromWeek = 202610;
    v.toWeek = 202613;
    v.behavior = "empathy";
    v.attributes = {"accuracy", "empathy"};
    v.agents = {{"B01", "Bea", "Billing", "Leipzig", "early", true},
                {"B02", "Dana", "Billing", "Leipzig", "late", true},
                {"B09", "Lee", "Billing", "Leipzig", "late", true}};
    analytics::TriggerRow team{"Billing", "", "csat", "reason", "billing", 5, 9, 6, 20, 5.0 / 9.0 / 0.3, "csat"};
    analytics::TriggerRow agent{"Billing", "B09", "qa", "attribute", "empathy", 1, 1, 2, 3, std::nullopt, "empathy"};
    v.triggers = {team, agent};
    MentoringPair active;
    active.pairId = "P0001";
    active.menteeId = "B09";
    active.mentorId = "B02";
    active.behavior = "empathy";
    active.startedOn = QDate(2026, 3, 30);
    active.plannedEnd = QDate(2026, 5, 11);
    MentoringPair ended = active;
    ended.pairId = "P0002";
    ended.behavior = "csat";
    ended.endedOn = QDate(2026, 5, 1);
    ended.outcome = "met";
    v.pairs = {active, ended};
    v.sessions = {{"S0001", "P0001", QDate(2026, 4, 1), 30, "naming the situation", ""},
                  {"S0002", "P0001", QDate(2026, 4, 8), 45.5, "tone", ""},
                  {"S0003", "P0002", QDate(2026, 4, 2), 20, "", ""}};
    return v;
}

} // namespace

class TestMentoringRows final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(fbtest::installEnglishPlurals()); // "6 pairs in 3 teams"
    }
    void triggers();
    void suggestions();
    void activePairs();
    void emptyStates();
    void effectInPlainWords();
};

void TestMentoringRows::triggers()
{
    const auto rows = MentoringRows::triggers(view());
    QCOMPARE(rows.size(), size_t(2));
    // 5 of 9 = 55.6 %; the team's 6 of 20 = 30.0 %; lift (5/9) / 0.3 = 1.85.
    QCOMPARE(rows[0], QStringList({u"Billing"_s, u"whole team"_s, u"Detractors"_s, u"reason: billing"_s,
                                   u"5 of 9 (55.6 %)"_s, u"6 of 20 (30.0 %)"_s, u"1.85×"_s, u"CSAT"_s}));
    QCOMPARE(rows[1], QStringList({u"Billing"_s, u"Lee (B09)"_s, u"Failed QA"_s, u"Empathy scored low"_s,
                                   u"1 of 1 (100.0 %)"_s, u"2 of 3 (66.7 %)"_s, u"not enough data"_s, u"Empathy"_s}));
}

void TestMentoringRows::suggestions()
{
    const auto v = view();
    analytics::SuggestedPair measured;
    measured.mentee.agentId = "B09";
    measured.mentor.agentId = "B02";
    measured.benefit = 62.5;
    measured.reason = u"Dana is in the top fifth"_s;
    analytics::SuggestedPair byHand;
    byHand.mentee.agentId = "B09";
    byHand.mentor.agentId = "B01";
    byHand.benefit = std::numeric_limits<double>::quiet_NaN();
    byHand.reason = u"Added by hand"_s;
    const auto rows = MentoringRows::suggestions(v, {measured, byHand});
    QCOMPARE(rows[0], QStringList({u"Lee (B09)"_s, u"Dana (B02)"_s, u"62.5 points"_s, u"Dana is in the top fifth"_s}));
    QCOMPARE(rows[1], QStringList({u"Lee (B09)"_s, u"Bea (B01)"_s, u"not measured"_s, u"Added by hand"_s}));
}

void TestMentoringRows::activePairs()
{
    const auto v = view();
    const auto rows = MentoringRows::activePairs(v);
    QCOMPARE(rows.size(), size_t(1)); // P0002 ended
    QCOMPARE(rows[0], QStringList({u"P0001"_s, u"Lee (B09)"_s, u"Dana (B02)"_s, u"Empathy"_s, u"2026-03-30"_s,
                                   u"2026-05-11"_s, u"2"_s, u"75.5 min"_s}));
    QCOMPARE(MentoringRows::activePairIds(v), std::vector<std::string>{"P0001"});
    QCOMPARE(MentoringRows::pairsSummary(v), u"Active pairs: 1; ended: 1 (1 met); sessions: 3 (95.5 minutes)"_s);
}

void TestMentoringRows::emptyStates()
{
    auto v = view();
    QCOMPARE(MentoringRows::window(v), u"2026-W10 to 2026-W13"_s);
    QCOMPARE(MentoringRows::triggersEmpty(v), u"No detractor contacts and no failed QA evaluations in 2026-W10 to "
                                              "2026-W13."_s);
    v.team = "Billing";
    QCOMPARE(MentoringRows::triggersEmpty(v), u"No detractor contacts and no failed QA evaluations in 2026-W10 to "
                                              "2026-W13 for team Billing."_s);
    QCOMPARE(MentoringRows::suggestionsEmpty(v),
             u"No pair to suggest for Empathy in 2026-W10 to 2026-W13: a pair needs a mentee (below the floor or in "
             "the team's bottom fifth, with enough data) and a mentor of the same team (top fifth in 3 of 4 weeks, "
             "quality gate green, a free slot). Fifths need at least 5 agents of a team with enough data."_s);
    QCOMPARE(MentoringRows::pairsEmpty(),
             u"No active pair. Confirm suggested pairs, or add one by hand on the Suggestions tab."_s);
}

void TestMentoringRows::effectInPlainWords()
{
    ui::MentoringView v;
    QCOMPARE(ui::MentoringRows::effectSummary(v),
             u"No pair has ended yet: the effect is measured from the 4 weeks before a pair's start to the 4 weeks "
             u"after its planned end."_s);
    // The worked example of docs/mentoring.md (tst_mentoringeffect): 6 pairs in 3 teams.
    analytics::MentoringEffectRow& r = v.effectProgram;
    r.group = "program";
    r.pairs = 6;
    r.measured = 6;
    r.teams = 3;
    r.change = 19.083333333333332;
    r.controlChange = 5.408333333333334;
    r.did = 9.268114830181439;
    r.didLow = -4.155090018623046;
    r.didHigh = 22.691319678985924;
    r.pValue = 0.09708677459331866;
    QCOMPARE(ui::MentoringRows::effectSummary(v),
             u"Mentees improved 9.3 points more than similar agents who were not mentored (difference in differences "
             u"adjusted for the baseline, 95% CI -4.2 to +22.7 points, p = 0.097; 6 pairs in 3 teams). The interval "
             u"includes 0: the program may have had no effect."_s);
    const auto rows = ui::MentoringRows::effect(v);
    QCOMPARE(rows.size(), size_t(3));
    QCOMPARE(rows[0], (QStringList{u"All pairs: their behaviour"_s, u"6 of 6"_s, u"+19.1"_s, u"+5.4"_s,
                                   u"+9.3 (-4.2 to +22.7)"_s, u"p = 0.097"_s, QString()}));
    QCOMPARE(rows[1][4], u"not enough data"_s);
    r = {};
    r.pairs = 4;
    r.measured = 3;
    r.note = u"not enough data: 3 pairs measured, at least 5 needed"_s;
    QCOMPARE(ui::MentoringRows::effectSummary(v),
             u"Not enough data to tell whether mentoring worked (3 of 4 ended pairs measured): not enough data: 3 "
             u"pairs measured, at least 5 needed."_s);
}

QTEST_GUILESS_MAIN(TestMentoringRows)
#include "tst_mentoringrows.moc"
