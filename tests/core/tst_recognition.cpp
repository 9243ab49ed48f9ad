// Recognition analytics on a hand-built site (docs/recognition-and-incentives.md):
// coverage per team, unseen at target (exactly at the target counts, lower is
// better for rework, too few contacts never count), fixers, the huddle list
// (private ones only on request), the evidence in words, and the CSV and
// Markdown the CLI writes. Every expectation is counted by hand from the
// fixture below; nothing is taken from the code under test.
#include "analytics/Recognition.h"
#include "export/HuddleMarkdown.h"
#include "export/RecognitionCsv.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

constexpr int kWeek = 202610; // Monday 2026-03-02 to Sunday 2026-03-08; the window starts 2026-01-12 (W03)

Recognition given(const char* id, QDate on, const char* to, const char* role, const char* from, bool isPublic = true)
{
    Recognition r;
    r.id = id;
    r.givenOn = on;
    r.toAgent = to;
    r.behavior = "productive empathy";
    r.fromRole = role;
    if (std::string(role) == "peer")
        r.fromAgent = from;
    r.fromName = std::string(role) == "peer" ? std::string("Peer ") + from : from;
    r.isPublic = isPublic;
    r.evidence = "Calmed an upset customer";
    return r;
}

FeedbackTicket ticket(const char* id, const char* agent, const char* status, QDate fixedOn)
{
    FeedbackTicket t;
    t.id = id;
    t.agentId = agent;
    t.status = status;
    t.fixedOn = fixedOn;
    t.title = std::string("Ticket ") + id;
    t.fixWhat = "Changed it";
    return t;
}

RecognitionInput site()
{
    RecognitionInput in;
    in.definition = defaultDefinition(); // FCR target 0.80 (n >= 20), rework 0.05 (n >= 20), gate QA 80
    in.behaviors = defaultRecognitionBehaviors();
    in.attributes = {"accuracy", "clarity", "empathy", "policy_adherence", "documentation"};
    in.agents = {
        {"A1", "Al Ames", "North", {}, {}},
        {"A2", "Bo Berg", "North", QDate(2025, 1, 6), {}},
        {"A3", "Cy Chan", "North", {}, {}},
        {"A4", "Di Dorn", "North", {}, {}},
        {"A5", "Ed Eck", "North", {}, QDate(2026, 2, 20)}, // left before the week
        {"A6", "Fa Fox", "North", {}, {}},
        {"B1", "Gil Gray", "South", {}, {}},
        {"B2", "Hal Hart", "South", QDate(2026, 3, 9), {}}, // hired after the week
    };
    // A2: FCR 17 of 20 = 0.85, above the 0.80 target with n = 20.
    in.data["A2"][202608].sums.fcrKnown = 20;
    in.data["A2"][202608].sums.fcrResolved = 17;
    // A3: FCR 15 of 20 = 0.75 (below); empathy scored 100 and 75 = 87.5 of 100 >= the gate's 80.
    in.data["A3"][202609].sums.fcrKnown = 20;
    in.data["A3"][202609].sums.fcrResolved = 15;
    in.data["A3"][202609].attributes["empathy"] = {175, 2};
    // A4: FCR 19 of 19, but 19 is below the minimum of 20: not enough data.
    in.data["A4"][202605].sums.fcrKnown = 19;
    in.data["A4"][202605].sums.fcrResolved = 19;
    // A6: exactly at two targets: FCR 16 of 20 = 0.80, rework 1 of 20 = 0.05 (lower is better).
    in.data["A6"][202610].sums.fcrKnown = 20;
    in.data["A6"][202610].sums.fcrResolved = 16;
    in.data["A6"][202610].sums.interactions = 20;
    in.data["A6"][202610].sums.repeatContacts = 1;
    // A3's only recognition is before the window; A2's is after the week.
    in.recognitions = {given("R1", QDate(2026, 2, 10), "A1", "peer", "A2"),
                       given("R2", QDate(2026, 3, 3), "B1", "lead", "Lea Chef"),
                       given("R3", QDate(2026, 3, 5), "B1", "peer", "A1", false),
                       given("R4", QDate(2025, 12, 1), "A3", "lead", "Lea Chef"),
                       given("R5", QDate(2026, 3, 10), "A2", "lead", "Lea Chef")};
    in.tickets = {ticket("T1", "A2", "fixed", QDate(2026, 3, 4)),
                  ticket("T2", "A2", "fixed", QDate(2026, 2, 1)),
                  ticket("T3", "A3", "fixed", QDate(2025, 11, 1)),
                  ticket("T4", "", "fixed", QDate(2026, 2, 2)),
                  ticket("T5", "B1", "accepted", {}),
                  ticket("T6", "B1", "fixed", QDate(2026, 3, 6))};
    return in;
}

} // namespace

class TestRecognition : public QObject {
    Q_OBJECT

private slots:
    void coveragePerTeam()
    {
        const auto c = recognitionCoverage(site(), kWeek);
        QCOMPARE(c.rows.size(), size_t(2));
        const CoverageRow& north = c.rows[0];
        QCOMPARE(north.team, std::string("North"));
        QCOMPARE(north.agents, 5);     // A1-A4 and A6; A5 left on 2026-02-20
        QCOMPARE(north.recognised, 1); // A1 on 2026-02-10
        QCOMPARE(*north.share(), 0.2);
        QCOMPARE(north.recognitions, 0);
        QCOMPARE(north.unseenAtTarget, 3); // A2, A3, A6
        const CoverageRow& south = c.rows[1];
        QCOMPARE(south.agents, 1); // B2 starts on 2026-03-09
        QCOMPARE(south.recognised, 1);
        QCOMPARE(*south.share(), 1.0);
        QCOMPARE(south.recognitions, 2); // the private one counts too: coverage is the lead's view
        QCOMPARE(*south.perAgent(), 2.0);
        QCOMPARE(south.unseenAtTarget, 0);
    }

    void unseenAtTargetNamesTheBehaviourAndN()
    {
        const auto c = recognitionCoverage(site(), kWeek);
        QCOMPARE(c.unseen.size(), size_t(3));
        const UnseenAgent& bo = c.unseen[0];
        QCOMPARE(bo.agentId, std::string("A2"));
        QVERIFY(!bo.lastRecognised.isValid()); // R5 comes after the week
        QCOMPARE(bo.atTarget.size(), size_t(1));
        QCOMPARE(bo.atTarget[0].behavior, std::string("first-contact completion"));
        QCOMPARE(bo.atTarget[0].value, 0.85);
        QCOMPARE(bo.atTarget[0].target, 0.8);
        QCOMPARE(bo.atTarget[0].n, qint64(20));
        const UnseenAgent& cy = c.unseen[1];
        QCOMPARE(cy.lastRecognised, QDate(2025, 12, 1));
        QCOMPARE(cy.atTarget.size(), size_t(1));
        QCOMPARE(cy.atTarget[0].behavior, std::string("productive empathy"));
        QCOMPARE(cy.atTarget[0].value, 3.5);  // 87.5 of 100 on the 0-4 scale
        QCOMPARE(cy.atTarget[0].target, 3.2); // the gate's 80 on the 0-4 scale
        QCOMPARE(cy.atTarget[0].n, qint64(2));
        const UnseenAgent& fa = c.unseen[2];
        QCOMPARE(fa.agentId, std::string("A6"));
        QCOMPARE(fa.atTarget.size(), size_t(2));
        QCOMPARE(fa.atTarget[0].behavior, std::string("first-contact completion"));
        QCOMPARE(fa.atTarget[1].behavior, std::string("clean handoff"));
        QCOMPARE(fa.atTarget[1].value, 0.05);
    }

    void oneTeamAndAShortWindow()
    {
        // A window of 4 weeks (W07-W10) still holds R1 (W07); a team filter keeps one row.
        const auto c = recognitionCoverage(site(), kWeek, "North", 4);
        QCOMPARE(c.rows.size(), size_t(1));
        QCOMPARE(c.rows[0].recognised, 1);
        // A2's FCR is in W08, inside; A3's empathy W09, inside; A6's W10.
        QCOMPARE(c.rows[0].unseenAtTarget, 3);
        // A window of 3 weeks (W08-W10) no longer holds R1: A1 is not recognised and not at target.
        const auto shorter = recognitionCoverage(site(), kWeek, "North", 3);
        QCOMPARE(shorter.rows[0].recognised, 0);
        QCOMPARE(shorter.rows[0].unseenAtTarget, 3);
    }

    void fixersCountTheirFixedTicketsInTheWindow()
    {
        const auto in = site();
        const auto list = fixers(in, QDate(2026, 1, 12), QDate(2026, 3, 8));
        QCOMPARE(list.size(), size_t(2)); // T3 is before the window, T4 anonymous, T5 not fixed
        QCOMPARE(list[0].agentId, std::string("A2"));
        QCOMPARE(list[0].fixed.size(), size_t(2));
        QCOMPARE(list[0].fixed[0]->id, std::string("T2")); // by fixed_on
        QCOMPARE(list[1].agentId, std::string("B1"));
        QCOMPARE(fixers(in, QDate(2026, 1, 12), QDate(2026, 3, 8), "South").size(), size_t(1));
    }

    void huddleListIsPublicUnlessTheLeadAsks()
    {
        const auto in = site();
        const auto rows = huddleList(in, kWeek);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].recognition->id, std::string("R2"));
        QCOMPARE(rows[0].from, QStringLiteral("Lea Chef (lead)"));
        const auto all = huddleList(in, kWeek, {}, true);
        QCOMPARE(all.size(), size_t(2));
        QCOMPARE(all[1].from, QStringLiteral("Peer A1 (peer)"));
        QVERIFY(huddleList(in, kWeek, "North").empty());
    }

    void evidenceInWords()
    {
        EvidenceOutcome e;
        QCOMPARE(evidenceText(e, format::file()), QString());
        e.interactionCited = e.interactionFound = true;
        e.fcr = true;
        e.csat = 5;
        e.evaluationCited = e.evaluationFound = true;
        e.qaTotal = 86.4;
        e.attribute = "empathy";
        e.attributeScore = 4;
        QCOMPARE(evidenceText(e, format::file()),
                 QStringLiteral("FCR yes · CSAT 5 of 5 · QA 86 of 100 · Empathy 4 of 4"));
        EvidenceOutcome missing;
        missing.interactionCited = true;
        missing.evaluationCited = true;
        QCOMPARE(evidenceText(missing, format::file()),
                 QStringLiteral("interaction not in the data · evaluation not in the data"));
    }

    void coverageAndUnseenCsv()
    {
        const auto c = recognitionCoverage(site(), kWeek);
        QCOMPARE(exporting::csvText(exporting::coverageCsv(c)),
                 std::string("team,week,agents,recognised,share,recognitions,unseen_at_target\r\n"
                             "North,2026-W10,5,1,0.2,0,3\r\n"
                             "South,2026-W10,1,1,1,2,0\r\n"));
        QCOMPARE(exporting::csvText(exporting::unseenCsv(c)),
                 std::string("team,agent_id,name,last_recognised,behavior,measure,value,target,n\r\n"
                             "North,A2,Bo Berg,,first-contact completion,fcr,0.85,0.8,20\r\n"
                             "North,A3,Cy Chan,2025-12-01,productive empathy,empathy,3.5,3.2,2\r\n"
                             "North,A6,Fa Fox,,first-contact completion,fcr,0.8,0.8,20\r\n"
                             "North,A6,Fa Fox,,clean handoff,rework,0.05,0.05,20\r\n"));
    }

    void huddleMarkdown()
    {
        const auto in = site();
        QCOMPARE(exporting::huddleMarkdown(huddleList(in, kWeek), kWeek, {}),
                 std::string("# Shout-outs, week 2026-W10\n\n"
                             "- **Gil Gray** (South), productive empathy — from Lea Chef (lead): Calmed an upset "
                             "customer\n\n1 recognition.\n"));
        QCOMPARE(exporting::huddleMarkdown({}, kWeek, "North"),
                 std::string("# Shout-outs, week 2026-W10 (North)\n\nNo public recognitions this week.\n"));
    }
};

QTEST_GUILESS_MAIN(TestRecognition)
#include "tst_recognition.moc"
