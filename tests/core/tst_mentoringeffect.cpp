// The effect of peer mentoring (docs/mentoring.md, "The effect") against
// statsmodels. How the references were obtained: tests/reference/
// mentoring_effect.py holds kAgents below (same numbers), picks the controls
// on its own (fifths by scipy's average ranks within the team, same fifth as
// the mentee, not a mentee) and fits change ~ pair intercepts + mentored +
// baseline with statsmodels 0.13.5 OLS, cov_type="cluster" by team,
// use_t=True; run as `/usr/bin/python3 tests/reference/mentoring_effect.py`,
// its printed values (repr) are pasted below. The estimate, se and p agree to
// 1e-9; the bounds to 1e-6 (scipy's t.ppf, which statsmodels' conf_int uses,
// is off by about 6e-10 of a standard error, tst_clusterols.cpp).
#include "analytics/MentoringEffect.h"

#include <QTest>

#include <array>

using namespace fb;
using namespace fb::analytics;

namespace {

struct AgentRow {
    const char* id;
    const char* team;
    double before, after; // empathy, points
    const char* pair;     // the pair the agent is the mentee of, or ""
};

// Three teams of 15. Made by the reference script's generator (seed 15):
// after = before + 0.4 (55 - before) + N(0, 6), mentees 8 points more; the
// mentees are each team's lowest and fourth-lowest baseline, so they would
// improve by regression to the mean alone.
constexpr std::array<AgentRow, 45> kAgents = {{
    {"A01", "T1", 87.6, 77.0, ""},      {"A02", "T1", 20.8, 44.2, "P0001"}, {"A03", "T1", 71.5, 71.4, ""},
    {"A04", "T1", 31.1, 42.6, ""},      {"A05", "T1", 89.0, 79.5, ""},      {"A06", "T1", 21.2, 28.3, ""},
    {"A07", "T1", 81.6, 65.2, ""},      {"A08", "T1", 67.7, 66.7, ""},      {"A09", "T1", 80.0, 76.3, ""},
    {"A10", "T1", 90.0, 89.2, ""},      {"A11", "T1", 36.8, 49.4, "P0002"}, {"A12", "T1", 43.7, 51.7, ""},
    {"A13", "T1", 69.6, 59.6, ""},      {"A14", "T1", 39.6, 56.1, ""},      {"A15", "T1", 38.4, 39.6, ""},
    {"A16", "T2", 36.0, 55.4, ""},      {"A17", "T2", 80.0, 66.7, ""},      {"A18", "T2", 81.2, 76.3, ""},
    {"A19", "T2", 75.8, 79.2, ""},      {"A20", "T2", 35.6, 49.2, ""},      {"A21", "T2", 84.7, 74.8, ""},
    {"A22", "T2", 55.8, 49.0, ""},      {"A23", "T2", 36.2, 57.0, "P0004"}, {"A24", "T2", 51.9, 57.8, ""},
    {"A25", "T2", 49.4, 43.5, ""},      {"A26", "T2", 25.5, 53.4, "P0003"}, {"A27", "T2", 59.5, 66.6, ""},
    {"A28", "T2", 45.2, 44.8, ""},      {"A29", "T2", 59.9, 57.5, ""},      {"A30", "T2", 85.1, 74.8, ""},
    {"A31", "T3", 65.2, 72.5, ""},      {"A32", "T3", 48.4, 42.1, ""},      {"A33", "T3", 80.5, 74.1, ""},
    {"A34", "T3", 89.7, 81.7, ""},      {"A35", "T3", 54.3, 38.3, ""},      {"A36", "T3", 86.2, 75.7, ""},
    {"A37", "T3", 21.3, 44.8, "P0005"}, {"A38", "T3", 29.8, 40.5, ""},      {"A39", "T3", 32.1, 45.6, ""},
    {"A40", "T3", 85.7, 66.9, ""},      {"A41", "T3", 68.3, 52.9, ""},      {"A42", "T3", 70.3, 66.6, ""},
    {"A43", "T3", 40.1, 46.4, "P0006"}, {"A44", "T3", 54.6, 49.7, ""},      {"A45", "T3", 82.1, 71.2, ""},
}};

constexpr int kBefore = 202605; // the before window is W02..W05
constexpr int kAfter = 202613;  // the after window W13..W16

void put(MentoringEffectInput& in, const char* agent, int week, double points)
{
    in.data[agent][week].attributes["empathy"] = {10 * points, 10};
}

// Pairs started Monday 2026-02-02 (W06), planned end 6 weeks later (W12), ended with met.
MentoringEffectInput site()
{
    MentoringEffectInput in;
    in.attributes = {"empathy", "clarity"};
    for (const AgentRow& a : kAgents) {
        in.agents.push_back({a.id, a.id, a.team, "Leipzig", "day", true});
        put(in, a.id, kBefore, a.before);
        put(in, a.id, kAfter, a.after);
        if (a.pair[0] != '\0') {
            MentoringPair p;
            p.pairId = a.pair;
            p.menteeId = a.id;
            p.mentorId = std::string(a.team) == "T1" ? "A10" : std::string(a.team) == "T2" ? "A30" : "A34";
            p.behavior = "empathy";
            p.startedOn = QDate(2026, 2, 2);
            p.plannedEnd = defaultPlannedEnd(p.startedOn);
            p.endedOn = p.plannedEnd;
            p.outcome = "met";
            in.pairs.push_back(p);
        }
    }
    // The data's span: W02 to W16.
    in.data["A01"][202602];
    in.data["A01"][202616];
    return in;
}

} // namespace

class TestMentoringEffect final : public QObject {
    Q_OBJECT
private slots:
    void programEffectMatchesStatsmodels()
    {
        const auto rows = mentoringEffect(site(), MentoringOutcome::Behavior, MentoringEffectBy::Program);
        QCOMPARE(rows.size(), size_t(1));
        const MentoringEffectRow& r = rows[0];
        QCOMPARE(r.group, std::string("program"));
        QCOMPARE(r.pairs, qint64(6));
        QCOMPARE(r.measured, qint64(6));
        QCOMPARE(r.teams, qint64(3));
        QVERIFY(r.note.isEmpty());
        QVERIFY(std::abs(*r.change - 19.083333333333332) < 1e-9);
        QVERIFY(std::abs(*r.controlChange - 5.408333333333334) < 1e-9);
        QVERIFY(std::abs(*r.did - 9.268114830181439) < 1e-9);
        QVERIFY(std::abs(*r.pValue - 0.09708677459331866) < 1e-9);
        QCOMPARE(*r.pHolm, *r.pValue); // one row, one test
        QVERIFY(std::abs(*r.didLow - -4.155090018623046) < 1e-6);
        QVERIFY(std::abs(*r.didHigh - 22.691319678985924) < 1e-6);
    }

    void controlsShareTheMenteesFifth()
    {
        // T1 by baseline: A02 20.8, A06 21.2, A04 31.1 | A11 36.8, A15 38.4 ... with
        // k = 15 a fifth holds 3 ranks: A02's controls are A06 and A04.
        const auto effects = mentoringPairEffects(site(), MentoringOutcome::Behavior, MentoringEffectBy::Mentor);
        QCOMPARE(effects.size(), size_t(6));
        const PairEffect& p1 = effects[0];
        QCOMPARE(p1.pairId, std::string("P0001"));
        QCOMPARE(p1.group, std::string("A10"));
        QCOMPARE(p1.beforeFrom, 202602);
        QCOMPARE(p1.afterTo, 202616);
        QCOMPARE(p1.controls.size(), size_t(2));
        QCOMPARE(p1.controls[0].agent, std::string("A04"));
        QCOMPARE(p1.controls[1].agent, std::string("A06"));
        QVERIFY(std::abs(*p1.change - (44.2 - 20.8)) < 1e-9);
        QVERIFY(std::abs(*p1.controlChange - ((42.6 - 31.1) + (28.3 - 21.2)) / 2) < 1e-9);
    }

    void smallGroupsSayNotEnoughData()
    {
        const auto rows = mentoringEffect(site(), MentoringOutcome::Behavior, MentoringEffectBy::Mentor);
        QCOMPARE(rows.size(), size_t(3));
        QCOMPARE(rows[0].group, std::string("A10"));
        QCOMPARE(rows[0].measured, qint64(2));
        QVERIFY(!rows[0].did && !rows[0].didLow && !rows[0].pValue);
        QCOMPARE(rows[0].note, QStringLiteral("not enough data: 2 pairs measured, at least 5 needed"));
    }

    void oneTeamHasNoIntervalByTeam()
    {
        MentoringEffectInput in = site();
        for (auto& a : in.agents)
            a.team = "T1";
        const auto rows = mentoringEffect(in, MentoringOutcome::Behavior, MentoringEffectBy::Program);
        QCOMPARE(rows[0].measured, qint64(6));
        QVERIFY(!rows[0].did);
        QCOMPARE(rows[0].note, QStringLiteral("not enough data: the measured pairs are all of one team; an interval "
                                              "by team needs at least 2 teams"));
    }

    void pairsPastTheDataOrActiveAreLeftOut()
    {
        MentoringEffectInput in = site();
        in.pairs[0].startedOn = QDate(2026, 2, 23); // after window W16..W19: past the data
        in.pairs[0].plannedEnd = defaultPlannedEnd(in.pairs[0].startedOn);
        in.pairs[1].outcome.clear(); // active: not measured, not counted
        const auto rows = mentoringEffect(in, MentoringOutcome::Behavior, MentoringEffectBy::Program);
        QCOMPARE(rows[0].pairs, qint64(5));
        QCOMPARE(rows[0].measured, qint64(4));
        QCOMPARE(rows[0].note, QStringLiteral("not enough data: 4 pairs measured, at least 5 needed; pairs left out "
                                              "(1): its weeks reach past the data"));
    }

    void spilloverWithoutSurveysIsNotMeasured()
    {
        const auto rows = mentoringEffect(site(), MentoringOutcome::Csat, MentoringEffectBy::Program);
        QCOMPARE(rows[0].pairs, qint64(6));
        QCOMPARE(rows[0].measured, qint64(0));
        QCOMPARE(rows[0].note, QStringLiteral("not enough data: 0 pairs measured, at least 5 needed; pairs left out "
                                              "(6): the mentee has too little data before or after"));
    }

    void keysParse()
    {
        QCOMPARE(*mentoringEffectByFromKey("team"), MentoringEffectBy::Team);
        QVERIFY(!mentoringEffectByFromKey("coach"));
        QCOMPARE(*mentoringOutcomeFromKey("qa"), MentoringOutcome::Qa);
        QVERIFY(!mentoringOutcomeFromKey("aht"));
    }
};

QTEST_GUILESS_MAIN(TestMentoringEffect)
#include "tst_mentoringeffect.moc"
