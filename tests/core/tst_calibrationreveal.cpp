// The reveal table and the history across sessions, on hand-made scores
// whose every deviation and total is worked out in the comments.
#include "FbTestSupport.h"
#include "analytics/CalibrationHistory.h"
#include "analytics/CalibrationReveal.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

// accuracy 0-4 (weight 50), policy 0-4 critical (30), greeting yes/no (20).
// Participants A, B, C; one interaction u0:
//   accuracy  A 2  B 3  C 4   median 3
//   policy    A 4  B 4  C 3   median 4
//   greeting  A 1  B 1  C 0   median 1
CalibrationInput oneInteraction()
{
    CalibrationInput in;
    in.units = {"u0"};
    in.participants = {"A", "B", "C"};
    in.attributes = {
        {"accuracy", false, false, 50, true}, {"policy", false, true, 30, true}, {"greeting", true, false, 20, false}};
    in.scores = {{{2.0, 3.0, 4.0}}, {{4.0, 4.0, 3.0}}, {{1.0, 1.0, 0.0}}};
    return in;
}

} // namespace

class TestCalibrationReveal : public QObject {
    Q_OBJECT
private slots:
    void medianReferenceAndTolerances()
    {
        auto reveal = revealTable(oneInteraction());
        QVERIFY(reveal.ok());
        QCOMPARE(reveal->reference, ReferenceKind::Median);
        QCOMPARE(reveal->rows.size(), std::size_t(4)); // three attributes and the total
        const RevealRow& accuracy = reveal->rows[0];
        QCOMPARE(*accuracy.reference, 3.0);
        QCOMPARE(*accuracy.cells[0].deviation, -1.0);
        QCOMPARE(*accuracy.cells[2].deviation, 1.0);
        QCOMPARE(accuracy.beyondCount, 0); // 1 point is within the tolerance of a 0-4 attribute
        QCOMPARE(accuracy.spread->range, 2.0);
        QCOMPARE(*accuracy.spread->sd, 1.0);
        // Critical and yes/no: any difference is beyond.
        QVERIFY(reveal->rows[1].cells[2].beyond);
        QVERIFY(reveal->rows[2].cells[2].beyond);
        QCOMPARE(reveal->rows[1].tolerance, 0.0);
        // Totals: A 25+30+20 = 75, B 37.5+30+20 = 87.5, C 50+22.5+0 = 72.5; median 75, tolerance 5.
        const RevealRow& total = reveal->rows[3];
        QVERIFY(!total.attribute);
        QCOMPARE(total.attributeName, std::string("total"));
        QCOMPARE(*total.cells[0].score, 75.0);
        QCOMPARE(*total.cells[1].score, 87.5);
        QCOMPARE(*total.cells[2].score, 72.5);
        QCOMPARE(*total.reference, 75.0);
        QVERIFY(total.cells[1].beyond);  // +12.5
        QVERIFY(!total.cells[2].beyond); // -2.5
        QCOMPARE(reveal->beyondCount, 3);
    }

    void anchorIsTheReferenceAndHasNoDeviation()
    {
        CalibrationInput in = oneInteraction();
        in.anchor = 2; // C
        auto reveal = revealTable(in);
        QVERIFY(reveal.ok());
        QCOMPARE(reveal->reference, ReferenceKind::Anchor);
        const RevealRow& accuracy = reveal->rows[0];
        QCOMPARE(*accuracy.reference, 4.0);
        QCOMPARE(*accuracy.cells[0].deviation, -2.0);
        QVERIFY(accuracy.cells[0].beyond);
        QCOMPARE(*accuracy.cells[1].deviation, -1.0);
        QVERIFY(!accuracy.cells[1].beyond);
        QVERIFY(!accuracy.cells[2].deviation); // the anchor's own score
        QVERIFY(!accuracy.cells[2].beyond);
    }

    void missingScoresStayMissing()
    {
        CalibrationInput in = oneInteraction();
        in.scores[2][0][0] = std::nullopt; // A did not score greeting
        in.consensus = {{3.0}, {4.0}, {1.0}};
        auto reveal = revealTable(in);
        QVERIFY(reveal.ok());
        QVERIFY(!reveal->rows[2].cells[0].score);
        QVERIFY(!reveal->rows[2].cells[0].deviation);
        QCOMPARE(*reveal->rows[2].reference, 0.5); // median of B 1 and C 0
        // A's total over what A scored: (25 + 30) / 80 weights = 68.75.
        QCOMPARE(*reveal->rows[3].cells[0].score, 68.75);
        // The agreed total: 37.5 + 30 + 20 = 87.5.
        QCOMPARE(*reveal->rows[3].consensus, 87.5);
    }

    void badShapeIsRefused()
    {
        CalibrationInput in = oneInteraction();
        in.scores[0][0].pop_back();
        QVERIFY(!revealTable(in).ok());
    }

    void historyFollowsEachParticipantAcrossSessions()
    {
        // Session 1 (anchor C: accuracy 4, policy 3): A is off by -2 and +1 -> MAD 1.5, bias -0.5;
        // B by -1 and +1 -> MAD 1, bias 0. The yes/no attribute is left out of the deviation.
        HistorySession s1{"S1", QDate(2026, 9, 1), oneInteraction()};
        s1.input.anchor = 2;
        // Session 2: A matches the anchor everywhere; B is not there.
        HistorySession s2{"S2", QDate(2026, 9, 8), oneInteraction()};
        s2.input.participants = {"A", "D", "C"};
        s2.input.anchor = 2;
        s2.input.scores = {{{4.0, 4.0, 4.0}}, {{3.0, 2.0, 3.0}}, {{0.0, 0.0, 0.0}}};
        auto h = calibrationHistory({s1, s2});
        QVERIFY(h.ok());
        QCOMPARE(h->sessions, (std::vector<std::string>{"S1", "S2"}));
        QCOMPARE(h->participants, (std::vector<std::string>{"A", "B", "D"})); // the anchor C is left out
        QCOMPARE(*h->deviation[0][0], 1.5);
        QCOMPARE(*h->bias[0][0], -0.5);
        QCOMPARE(h->compared[0][0], qint64(2));
        QCOMPARE(*h->deviation[0][1], 0.0);
        QCOMPARE(*h->deviation[1][0], 1.0);
        QCOMPARE(*h->bias[1][0], 0.0);
        QVERIFY(!h->deviation[1][1]);       // B missed session 2: a gap, not a zero
        QCOMPARE(*h->deviation[2][1], 0.5); // D: 0 on accuracy, -1 on policy
        QCOMPARE(h->attributes.back(), std::string("overall"));
        QCOMPARE(h->alpha.size(), h->attributes.size());
        // One slot per session in every alpha series (a gap where alpha is undefined).
        for (const auto& series : h->alpha)
            QCOMPARE(series.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestCalibrationReveal)
#include "tst_calibrationreveal.moc"
