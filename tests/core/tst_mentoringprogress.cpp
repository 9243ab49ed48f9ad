// One pair week by week and pay it forward (docs/mentoring.md), on a team
// made by hand; every expected value is worked out in the comments. No
// statistic beyond a median and a count is involved, so no reference package.
#include "analytics/MentoringProgress.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

constexpr int kFirst = 202606;
constexpr int kLast = 202622;

// Team Billing: mentee B09, mentor B01 and four others. Pair P0001 in
// empathy started Monday 2026-03-02 (W10), planned end 2026-04-13 (W16),
// ended Friday 2026-04-10 (W15), met.
struct Site final {
    MentoringInput in;
    std::vector<std::string> attributes{"empathy", "clarity"};

    void agent(const char* id, const char* team, bool active = true)
    {
        in.agents.push_back({id, id, team, "Leipzig", "day", active});
    }
    void empathy(const char* id, int week, int a, int b) // two scores on the 0-4 scale
    {
        in.data[id][week].attributes["empathy"] = {25.0 * (a + b), 2};
    }
    static MentoringPair pair(const char* id, const char* mentee, const char* behavior, QDate start, QDate end,
                              const char* outcome)
    {
        MentoringPair p;
        p.pairId = id;
        p.menteeId = mentee;
        p.mentorId = "B01";
        p.behavior = behavior;
        p.startedOn = start;
        p.plannedEnd = defaultPlannedEnd(start);
        p.endedOn = end;
        p.outcome = outcome;
        return p;
    }
    Site()
    {
        for (const char* id : {"B01", "B09", "O01", "O02", "O03", "O04"})
            agent(id, "Billing");
        agent("O05", "Billing", false); // left
        agent("T01", "Tech");
        for (int w = kFirst; w <= kLast; ++w) {
            empathy("B01", w, 4, 4);
            empathy("O01", w, 1, 1);
            empathy("O02", w, 2, 2);
            empathy("O03", w, 2, 2);
            if (w != 202608) // O04 has no evaluation in W08: 4 agents, no median
                empathy("O04", w, 3, 3);
            empathy("T01", w, 0, 0); // another team: never in Billing's median
        }
        // The mentee: 1.0 before, no evaluation in W10, 2.0 in W11, then the
        // weeks after the end (W16..W22): 3.5, 3.0, 3.5, 4.0, 3.5, 3.5, 2.0.
        for (int w = kFirst; w <= 202609; ++w)
            empathy("B09", w, 1, 1);
        empathy("B09", 202611, 2, 2);
        for (int w = 202612; w <= 202615; ++w)
            empathy("B09", w, 3, 3);
        const int after[] = {7, 6, 7, 8, 7, 7, 4};
        for (int i = 0; i < 7; ++i)
            empathy("B09", 202616 + i, after[i] / 2, after[i] - after[i] / 2);
        // B09's CSAT: W06 4 surveys (under the minimum of 5: a gap), W07 7 of 10 top-2.
        in.data["B09"][202606].sums.csatSurveyed = 4;
        in.data["B09"][202606].sums.csatTop2 = 3;
        in.data["B09"][202607].sums.csatSurveyed = 10;
        in.data["B09"][202607].sums.csatTop2 = 7;
        in.data["B09"][202606].sums.qaEvaluations = 2;
        in.data["B09"][202606].sums.qaTotalSum = 150;
        in.definition = defaultDefinition();
        in.pairs.push_back(pair("P0001", "B09", "empathy", {2026, 3, 2}, {2026, 4, 10}, "met"));
    }
};

} // namespace

class TestMentoringProgress : public QObject {
    Q_OBJECT

private slots:
    void targetsFollowTheDefinitionAndTheGate()
    {
        const ScorecardDefinition def = defaultDefinition();
        const auto empathy = behaviorTarget({true, Metric::Qa, "empathy"}, def);
        QCOMPARE(empathy.value, 3.2); // gate 80 of 100 -> 3.2 of 4
        QCOMPARE(empathy.minN, qint64(1));
        QVERIFY(empathy.met(3.25) && !empathy.met(3.0));
        const auto aht = behaviorTarget({false, Metric::Aht, {}}, def);
        QCOMPARE(aht.value, 420.0);
        QVERIFY(aht.lowerIsBetter && aht.met(400) && !aht.met(430));
        QCOMPARE(aht.minN, qint64(20));
    }

    void pairWeekByWeek()
    {
        const Site site;
        const PairProgress p = pairProgress(site.in.pairs[0], {true, Metric::Qa, "empathy"}, site.in, kLast);
        // 4 weeks before W10, to 4 weeks after the later of W16 (planned) and W15 (ended).
        QCOMPARE(p.fromWeek, 202606);
        QCOMPARE(p.toWeek, 202620);
        QCOMPARE(p.startWeek, 202610);
        QCOMPARE(p.plannedEndWeek, 202616);
        QCOMPARE(p.endedWeek, 202615);
        QCOMPARE(p.weeks.size(), size_t(15));
        const PairProgressWeek& w06 = p.weeks[0];
        QCOMPARE(*w06.mentee.value, 1.0);
        QCOMPARE(w06.mentee.n, qint64(2));
        QCOMPARE(*w06.mentor.value, 4.0);
        // The team without the mentee: 4 (mentor), 1, 2, 2, 3 -> median 2.
        QCOMPARE(*w06.teamMedian, 2.0);
        QCOMPARE(w06.teamAgents, qint64(5));
        QVERIFY(!w06.csat.value); // 4 surveys < 5
        QCOMPARE(w06.csat.n, qint64(4));
        QCOMPARE(*w06.qa.value, 75.0);
        QCOMPARE(*p.weeks[1].csat.value, 0.7);
        QVERIFY(!p.weeks[2].teamMedian); // W08: O04 missing, 4 agents
        QCOMPARE(p.weeks[2].teamAgents, qint64(4));
        QVERIFY(!p.weeks[4].mentee.value); // W10: no evaluation, a gap
        QCOMPARE(p.weeks[4].mentee.n, qint64(0));
        QCOMPARE(*p.weeks[5].mentee.value, 2.0);
        QCOMPARE(*p.weeks[14].mentee.value, 3.5); // W20
        // An active pair started in W20 runs to the last week with data.
        auto active = site.in.pairs[0];
        active.startedOn = QDate(2026, 5, 11); // W20
        active.plannedEnd = defaultPlannedEnd(active.startedOn);
        active.endedOn = {};
        active.outcome.clear();
        QCOMPARE(pairProgressSpan(active, kLast), std::make_pair(202616, kLast));
    }

    void payForwardNeedsFourWeeksInARow()
    {
        // B09 after W15: 3.5, 3.0 (under 3.2: the run restarts), 3.5, 4.0,
        // 3.5, 3.5 -> W18..W21, weakest 3.5, n 8.
        const Site site;
        QCOMPARE(payForwardSpan(site.in.pairs, kLast), std::make_pair(202616, kLast));
        const auto c = payForwardCandidates(site.in, site.attributes, kLast);
        QCOMPARE(c.size(), size_t(1));
        QCOMPARE(c[0].agentId, std::string("B09"));
        QCOMPARE(c[0].pairId, std::string("P0001"));
        QCOMPARE(c[0].fromWeek, 202618);
        QCOMPARE(c[0].toWeek, 202621);
        QCOMPARE(c[0].target, 3.2);
        QCOMPARE(c[0].weakest, 3.5);
        QCOMPARE(c[0].n, qint64(8));
        // With the data ending in W20 the run has 3 weeks: no candidate.
        QVERIFY(payForwardCandidates(site.in, site.attributes, 202620).empty());
        QVERIFY(payForwardCandidates(site.in, site.attributes, kLast, "clarity").empty());
    }

    void lowerIsBetterLeaversAndActiveAgain()
    {
        Site site;
        // O02's AHT pair ended 2026-03-27 (W13); W14..W17 have 20 contacts of
        // 400, 410, 400, 420 s: all at or under 420, the weakest 420.
        site.in.pairs.push_back(Site::pair("P0002", "O02", "aht", {2026, 2, 2}, {2026, 3, 27}, "not_met"));
        const double seconds[] = {400, 410, 400, 420};
        for (int i = 0; i < 4; ++i) {
            auto& s = site.in.data["O02"][202614 + i].sums;
            s.interactions = 20;
            s.handleSeconds = 20 * seconds[i];
        }
        // O05 left; O03 is a mentee in empathy again: neither is listed.
        site.in.pairs.push_back(Site::pair("P0003", "O05", "empathy", {2026, 2, 2}, {2026, 3, 13}, "met"));
        site.in.pairs.push_back(Site::pair("P0004", "O03", "empathy", {2026, 2, 2}, {2026, 3, 13}, "met"));
        auto again = Site::pair("P0005", "O03", "empathy", {2026, 5, 4}, {}, "");
        site.in.pairs.push_back(again);
        for (int w = 202612; w <= kLast; ++w) {
            site.empathy("O05", w, 4, 4);
            site.empathy("O03", w, 4, 4);
        }
        const auto c = payForwardCandidates(site.in, site.attributes, kLast);
        QCOMPARE(c.size(), size_t(2));
        QCOMPARE(c[0].agentId, std::string("B09"));
        QCOMPARE(c[1].agentId, std::string("O02"));
        QCOMPARE(c[1].behavior, std::string("aht"));
        QCOMPARE(c[1].outcome, std::string("not_met"));
        QCOMPARE(c[1].fromWeek, 202614);
        QCOMPARE(c[1].toWeek, 202617);
        QCOMPARE(c[1].weakest, 420.0);
        QCOMPARE(c[1].n, qint64(80));
        const auto onlyAht = payForwardCandidates(site.in, site.attributes, kLast, "aht");
        QCOMPARE(onlyAht.size(), size_t(1));
        QCOMPARE(onlyAht[0].agentId, std::string("O02"));
    }
};

QTEST_APPLESS_MAIN(TestMentoringProgress)
#include "tst_mentoringprogress.moc"
