// The rows of the Recognition page's tables from values made by hand: counts
// with their share and per-agent rate, behaviours at target in their unit
// with the target and n, nominations with the outcome of the cited work and
// who sees them, the huddle list and the fixers.
#include "pages/recognition/RecognitionRows.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;
using ui::RecognitionRows;

class TestRecognitionRows final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void coverage()
    {
        analytics::Coverage c;
        c.rows = {{"North", 202610, 5, 1, 0, 3}, {"Empty", 202610, 0, 0, 0, 0}};
        const auto rows = RecognitionRows::coverage(c);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0], QStringList({u"North"_s, u"5"_s, u"1 (20 %)"_s, u"0 (0.00 per agent)"_s, u"3"_s}));
        QCOMPARE(rows[1], QStringList({u"Empty"_s, u"0"_s, u"0 (—)"_s, u"0 (— per agent)"_s, u"0"_s}));
    }

    void unseenInTheMeasuresUnit()
    {
        analytics::Coverage c;
        c.unseen = {{"A2", "Bo Berg", "North", {}, {{"first-contact completion", "fcr", 0.85, 0.8, 20}}},
                    {"A3", "Cy Chan", "North", QDate(2025, 12, 1), {{"productive empathy", "empathy", 3.5, 3.2, 2}}}};
        const auto rows = RecognitionRows::unseen(c);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0], QStringList({u"North"_s, u"Bo Berg (A2)"_s, u"never"_s, u"first-contact completion"_s,
                                       u"85.0 % (target 80.0 %)"_s, u"20"_s}));
        QCOMPARE(rows[1], QStringList({u"North"_s, u"Cy Chan (A3)"_s, u"2025-12-01"_s, u"productive empathy"_s,
                                       u"3.5 of 4 (target 3.2 of 4)"_s, u"2"_s}));
    }

    void nominationsWithTheirEvidence()
    {
        Recognition cited;
        cited.id = "R1";
        cited.givenOn = QDate(2026, 3, 3);
        cited.toAgent = "A1";
        cited.behavior = "accurate resolution";
        cited.interactionId = "C1";
        cited.evidence = "Found the double charge";
        Recognition hidden = cited;
        hidden.id = "R2";
        hidden.interactionId.clear();
        hidden.isPublic = false;
        analytics::EvidenceOutcome e;
        e.interactionCited = e.interactionFound = true;
        e.fcr = false;
        const std::vector<analytics::HuddleRow> list{{&cited, "Al Ames", "North", u"Bo Berg (peer)"_s},
                                                     {&hidden, "Al Ames", "North", u"Lea Chef (lead)"_s}};
        const auto rows = RecognitionRows::given(list, {{"R1", e}, {"R2", {}}});
        QCOMPARE(rows[0], QStringList({u"2026-03-03"_s, u"Al Ames"_s, u"accurate resolution"_s, u"Bo Berg (peer)"_s,
                                       u"public"_s, u"C1: Found the double charge"_s, u"FCR no · no CSAT answer"_s}));
        QCOMPARE(rows[1], QStringList({u"2026-03-03"_s, u"Al Ames"_s, u"accurate resolution"_s, u"Lea Chef (lead)"_s,
                                       u"private (lead only)"_s, u"Found the double charge"_s, u"nothing cited"_s}));
        QCOMPARE(RecognitionRows::huddle(list)[0],
                 QStringList({u"2026-03-03"_s, u"Al Ames"_s, u"North"_s, u"accurate resolution"_s, u"Bo Berg (peer)"_s,
                              u"Found the double charge"_s, QString()}));
    }

    void fixers()
    {
        FeedbackTicket t;
        t.id = "T0001";
        t.title = "CRM freezes";
        t.fixedOn = QDate(2026, 7, 20);
        t.fixWhat = "Added an index";
        const std::vector<analytics::Fixer> list{{"A1", "Al Ames", "North", {&t}}};
        QCOMPARE(RecognitionRows::fixers(list)[0],
                 QStringList({u"Al Ames (A1)"_s, u"North"_s, u"1"_s, u"T0001 CRM freezes"_s, u"2026-07-20"_s,
                              u"Added an index"_s}));
    }
};

QTEST_GUILESS_MAIN(TestRecognitionRows)
#include "tst_recognitionrows.moc"
