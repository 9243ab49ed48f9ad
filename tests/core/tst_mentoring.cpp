// Mentoring candidates, suggestions and low-score triggers on small sites
// made by hand, with every expected value worked out by hand below
// (docs/mentoring.md has the same rules and a worked example).
#include "analytics/Mentoring.h"
#include "analytics/MentoringTriggers.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

constexpr int kFrom = 202610;
constexpr int kTo = 202613;

// Billing, 10 agents with two empathy scores a week: ranks (1 = worst) give
// B09 1, B10 2, B07/B08 3.5, B05/B06 5.5, B03/B04 7.5, B02 9, B01 10. With
// k = 10 the bottom fifth is r <= 2 (B09, B10) and the top r >= 9 (B01, B02).
// Tech has 3 agents: too few for fifths.
struct Site final {
    MentoringInput in;
    MentoringOptions options;

    void agent(const char* id, const char* name, const char* team, const char* shift, std::pair<int, int> scores,
               double qa = 90)
    {
        in.agents.push_back({id, name, team, "Leipzig", shift, true});
        for (int w = kFrom; w <= kTo; ++w)
            week(id, w, scores, qa);
    }
    void week(const char* id, int w, std::pair<int, int> scores, double qa = 90)
    {
        AgentWeekData& d = in.data[id][w];
        d.attributes["empathy"] = {25.0 * (scores.first + scores.second), 2};
        d.sums.qaEvaluations = 2;
        d.sums.qaTotalSum = 2 * qa;
    }
    Site()
    {
        agent("B01", "Bea", "Billing", "early", {4, 4});
        agent("B02", "Dana", "Billing", "late", {3, 4});
        agent("B03", "Cem", "Billing", "day", {3, 3});
        agent("B04", "Dirk", "Billing", "day", {3, 3});
        agent("B05", "Eva", "Billing", "day", {2, 3});
        agent("B06", "Finn", "Billing", "day", {2, 3});
        agent("B07", "Gül", "Billing", "day", {2, 2});
        agent("B08", "Hana", "Billing", "day", {2, 2});
        agent("B09", "Lee", "Billing", "late", {1, 1});
        agent("B10", "Ben", "Billing", "early", {1, 2});
        agent("T01", "Tom", "Tech", "day", {4, 4});
        agent("T02", "Uta", "Tech", "day", {0, 0});
        agent("T03", "Vic", "Tech", "day", {2, 2});
        in.definition = defaultDefinition();
        in.capacity["B01"] = 1;
        // Dana already mentors Eva in CSAT: one of her two slots is taken.
        MentoringPair busy;
        busy.pairId = "P0001";
        busy.menteeId = "B05";
        busy.mentorId = "B02";
        busy.behavior = "csat";
        in.pairs.push_back(busy);
        options.fromWeek = kFrom;
        options.toWeek = kTo;
    }
};

QStringList L(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* i : items)
        out << QString::fromUtf8(i);
    return out;
}

const TargetMetric kEmpathy{true, Metric::Qa, "empathy"};

QStringList ids(const std::vector<MentoringCandidate>& c)
{
    QStringList out;
    for (const auto& x : c)
        out << QString::fromStdString(x.agentId);
    return out;
}

QStringList pairs(const std::vector<SuggestedPair>& p)
{
    QStringList out;
    for (const auto& x : p)
        out << QStringLiteral("%1<-%2 %3")
                   .arg(QString::fromStdString(x.mentee.agentId), QString::fromStdString(x.mentor.agentId),
                        QString::number(x.benefit, 'f', 1));
    return out;
}

} // namespace

class TestMentoring : public QObject {
    Q_OBJECT

private slots:
    void candidatesFollowTheFifths();
    void optimumBeatsTheGreedyPass();
    void reasonSaysWhyInWords();
    void payingForwardIsNamedNotAShortcut();
    void failedPairIsForbidden();
    void unstableOrRedGateMentorsAreOut();
    void activeMenteesAndLeaversAreOut();
    void triggersSetCellsAgainstTheTeamBaseRate();
};

void TestMentoring::candidatesFollowTheFifths()
{
    const Site site;
    const auto c = mentoringCandidates(kEmpathy, site.in, site.options);
    QCOMPARE(ids(c.mentees), L({"B09", "B10"}));
    QCOMPARE(ids(c.mentors), L({"B01", "B02"}));
    QCOMPARE(c.mentees[0].value, 1.0);
    QCOMPARE(c.mentees[0].n, 8);
    QCOMPARE(c.mentees[0].points, 25.0);
    QCOMPARE(c.mentors[0].topWeeks, 4);
    QCOMPARE(c.mentors[0].spare, 1); // capacity 1, no pair
    QCOMPARE(c.mentors[1].spare, 1); // capacity 2, one active pair
}

void TestMentoring::optimumBeatsTheGreedyPass()
{
    // Points: Bea 100, Dana 87.5, Lee 25, Ben 37.5; 5 points off for a
    // different shift. Bea-Lee 70, Bea-Ben 62.5, Dana-Lee 62.5, Dana-Ben 45.
    // Greedy takes Bea-Lee (70) and is left with Dana-Ben: 115. The optimum
    // is Bea-Ben + Dana-Lee = 125.
    const Site site;
    const auto p = suggestPairs(kEmpathy, site.in, site.options, format::file());
    QCOMPARE(pairs(p), L({"B09<-B02 62.5", "B10<-B01 62.5"}));
}

void TestMentoring::reasonSaysWhyInWords()
{
    const Site site;
    const auto p = suggestPairs(kEmpathy, site.in, site.options, format::file());
    QCOMPARE(p.at(0).reason, QStringLiteral("Dana is in the top fifth for Empathy in 4 of 4 weeks (3.5 of 4, n=8); Lee "
                                            "is in the bottom fifth (1.0 of 4, n=8); same shift, same site; benefit "
                                            "62.5 points"));
}

void TestMentoring::payingForwardIsNamedNotAShortcut()
{
    // Dana stayed at target after her pair P0007 ended: her reason says so.
    // Lee is marked too, but is in the bottom fifth: the mark does not make
    // him a mentor (the mentor rules stay as they are).
    Site site;
    site.in.payForward["B02"] = "P0007";
    site.in.payForward["B09"] = "P0008";
    const auto c = mentoringCandidates(kEmpathy, site.in, site.options);
    QCOMPARE(ids(c.mentors), L({"B01", "B02"}));
    const auto p = suggestPairs(kEmpathy, site.in, site.options, format::file());
    QCOMPARE(pairs(p), L({"B09<-B02 62.5", "B10<-B01 62.5"}));
    QCOMPARE(p.at(0).reason, QStringLiteral("Dana is in the top fifth for Empathy in 4 of 4 weeks (3.5 of 4, n=8), "
                                            "paying it forward after pair P0007; Lee is in the bottom fifth (1.0 of "
                                            "4, n=8); same shift, same site; benefit 62.5 points"));
    QVERIFY(!p.at(1).reason.contains(QStringLiteral("paying it forward")));
}

void TestMentoring::failedPairIsForbidden()
{
    Site site;
    MentoringPair failed;
    failed.pairId = "P0002";
    failed.menteeId = "B09";
    failed.mentorId = "B02";
    failed.behavior = "empathy";
    failed.outcome = "not_met";
    site.in.pairs.push_back(failed);
    QCOMPARE(forbiddenReason(site.in.agents[8], site.in.agents[1], "empathy", site.in.pairs, false),
             QStringLiteral("their pair P0002 in empathy ended without success (not_met)"));
    QCOMPARE(forbiddenReason(site.in.agents[8], site.in.agents[10], "empathy", site.in.pairs, false),
             QStringLiteral("different teams (Billing, Tech)"));
    QCOMPARE(forbiddenReason(site.in.agents[8], site.in.agents[8], "empathy", site.in.pairs, true),
             QStringLiteral("the same person"));
    // Without Dana-Lee: Bea-Lee 70 + Dana-Ben 45 = 115 beats Bea-Ben 62.5 alone.
    QCOMPARE(pairs(suggestPairs(kEmpathy, site.in, site.options)), L({"B09<-B01 70.0", "B10<-B02 45.0"}));
}

void TestMentoring::unstableOrRedGateMentorsAreOut()
{
    Site stable;
    // Cem scores 4, 4 in the first two weeks (2, 2 after: still 3.0 overall):
    // he ties Bea at the top those weeks, which pushes Dana to rank 8 of 10,
    // so Dana is in the top fifth in 2 of 4 weeks only; Cem too.
    stable.week("B03", kFrom, {4, 4});
    stable.week("B03", kFrom + 1, {4, 4});
    stable.week("B03", kFrom + 2, {2, 2});
    stable.week("B03", kFrom + 3, {2, 2});
    const auto c = mentoringCandidates(kEmpathy, stable.in, stable.options);
    QCOMPARE(ids(c.mentors), L({"B01"}));
    QCOMPARE(pairs(suggestPairs(kEmpathy, stable.in, stable.options)), L({"B09<-B01 70.0"}));

    Site red;
    for (int w = kFrom; w <= kTo; ++w)
        red.week("B01", w, {4, 4}, 79.5); // QA 79.5 < the gate of 80
    QCOMPARE(ids(mentoringCandidates(kEmpathy, red.in, red.options).mentors), L({"B02"}));
}

void TestMentoring::activeMenteesAndLeaversAreOut()
{
    Site site;
    MentoringPair active;
    active.pairId = "P0003";
    active.menteeId = "B10";
    active.mentorId = "B03";
    active.behavior = "empathy";
    site.in.pairs.push_back(active);
    site.in.agents[0].active = false; // Bea left
    // Without Bea the team has 9 agents with data: bottom fifth 5r <= 9 (r = 1, Lee), top 5(10 - r) <= 9 (Dana).
    const auto c = mentoringCandidates(kEmpathy, site.in, site.options);
    QCOMPARE(ids(c.mentees), L({"B09"}));
    QCOMPARE(ids(c.mentors), L({"B02"}));
}

void TestMentoring::triggersSetCellsAgainstTheTeamBaseRate()
{
    TriggerInput in;
    in.teamOf = {{"X", "T"}, {"Y", "T"}};
    const auto contacts = [&](const char* agent, const char* reason, int n, int detractors) {
        for (int i = 0; i < n; ++i)
            in.contacts.push_back({agent, reason, {}, i < detractors ? 1 : 5});
    };
    // Team: 6 detractors of 20 surveyed, base rate 0.3.
    contacts("X", "billing", 5, 4);
    contacts("X", "login", 5, 0);
    contacts("Y", "billing", 4, 1);
    contacts("Y", "login", 6, 1);
    // Default rubric (accuracy 30, clarity 20, empathy 20, policy 20, documentation 10):
    // 4,4,0,4,0 totals 70 (fails the gate of 80; empathy and documentation low),
    // all 4 totals 100, all 2 totals 50 (fails; 2 of 4 is not low).
    in.rubrics[1] = defaultRubric();
    const auto eval = [&](const char* agent, std::vector<int> s) {
        EvaluatedContact e{agent, {}, {}, 1, {}};
        const char* names[] = {"accuracy", "clarity", "empathy", "policy_adherence", "documentation"};
        for (size_t i = 0; i < s.size(); ++i)
            e.scores.emplace_back(names[i], s[i]);
        in.evaluations.push_back(e);
    };
    eval("X", {4, 4, 0, 4, 0});
    eval("X", {4, 4, 4, 4, 4});
    eval("Y", {2, 2, 2, 2, 2});
    QStringList rows;
    for (const auto& r : lowScoreTriggers(in))
        rows << QStringLiteral("%1|%2|%3|%4|%5|%6/%7|%8/%9|%10|%11")
                    .arg(QString::fromStdString(r.team), QString::fromStdString(r.agentId),
                         QString::fromStdString(r.source), QString::fromStdString(r.dimension),
                         QString::fromStdString(r.value))
                    .arg(r.events)
                    .arg(r.n)
                    .arg(r.baseEvents)
                    .arg(r.baseN)
                    .arg(r.lift ? QString::number(*r.lift, 'f', 4) : QStringLiteral("n/a"),
                         QString::fromStdString(r.behavior));
    // Lifts: X billing 0.8 / 0.3 = 2.6667; team billing (5/9) / 0.3 = 1.8519;
    // X 0.4 / 0.3 = 1.3333; Y 0.2 / 0.3 = 0.6667; Y login (1/6) / 0.3 = 0.5556;
    // team login (1/11) / 0.3 = 0.3030. Cells under 5 have no lift and come last.
    QCOMPARE(rows, L({
                       "T|X|csat|reason|billing|4/5|6/20|2.6667|csat",
                       "T||csat|reason|billing|5/9|6/20|1.8519|csat",
                       "T|X|csat|all||4/10|6/20|1.3333|csat",
                       "T|Y|csat|all||2/10|6/20|0.6667|csat",
                       "T|Y|csat|reason|login|1/6|6/20|0.5556|csat",
                       "T||csat|reason|login|1/11|6/20|0.3030|csat",
                       "T||qa|attribute|documentation|1/1|2/3|n/a|documentation",
                       "T||qa|attribute|empathy|1/1|2/3|n/a|empathy",
                       "T|X|qa|all||1/2|2/3|n/a|qa",
                       "T|X|qa|attribute|documentation|1/1|2/3|n/a|documentation",
                       "T|X|qa|attribute|empathy|1/1|2/3|n/a|empathy",
                       "T|Y|csat|reason|billing|1/4|6/20|n/a|csat",
                       "T|Y|qa|all||1/1|2/3|n/a|qa",
                   }));
    QVERIFY(lowScoreTriggers(in, "Other").empty());
}

QTEST_GUILESS_MAIN(TestMentoring)
#include "tst_mentoring.moc"
