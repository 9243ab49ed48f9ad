// Sentences and cells the program composes from stored data, read in German:
// the translations installed as the program installs them and QLocale de_DE.
// Exact texts, for what the walk (tst_germanwalk) cannot see: it checks words
// on screen, and only those of the rows its small demo site has.
#include "DemoSite.h"
#include "GermanLanguage.h"
#include "analytics/Attribution.h"
#include "analytics/FeedbackDigest.h"
#include "analytics/ProgramReport.h"
#include "domain/ChoiceLabels.h"
#include "models/CellFormat.h"
#include "pages/feedback/FeedbackRows.h"
#include "store/Browse.h"
#include "store/Database.h"
#include "store/InteractionQuery.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace fb;

class TestGermanSentences final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void feedbackDigest();
    void storedChoicesAndDates();
    void frictionProgram();
    void searchFindsWhatTheTableShows();
};

void TestGermanSentences::initTestCase()
{
    QVERIFY(fbtest::installGerman());
}

void TestGermanSentences::cleanupTestCase()
{
    fbtest::leaveGerman();
}

// "You said, we did" for the page and the PDF: German words, plural forms and
// dates; the writer's capitals kept after "Wir haben umgesetzt:".
void TestGermanSentences::feedbackDigest()
{
    FeedbackTicket t;
    t.id = "T0042";
    t.title = "Refund-Tool hängt mittags";
    t.agents = 14;
    t.status = "fixed";
    t.category = "tool";
    t.raisedOn = QDate(2026, 9, 28);
    t.decidedOn = QDate(2026, 10, 2);
    t.fixedOn = QDate(2026, 10, 12);
    t.fixWhat = "Batch-Job auf 02:00 verlegt.";
    QCOMPARE(analytics::youSaid(t), u"Ihr habt gesagt: Refund-Tool hängt mittags (14 Agenten)."_s);
    QCOMPARE(analytics::weDid(t), u"Wir haben umgesetzt: Batch-Job auf 02:00 verlegt (am 12. Okt. 2026)."_s);

    // "Blockers retired" starts with the date: "12. Okt." must not open a numbered list.
    const analytics::WorkingCalendar calendar;
    const auto digest = analytics::buildDigest({t}, {}, calendar, QDate(2026, 10, 12), QDate(2026, 10, 18), "");
    const QString md = analytics::digestMarkdown(digest, u"Digest"_s);
    QVERIFY2(
        md.contains(u"\n- 12\\. Okt. 2026: Batch-Job auf 02:00 verlegt (Bereich alle Queues; beantwortet T0042)\n"_s),
        qPrintable(md));

    t.agents = 1;
    QCOMPARE(analytics::youSaid(t), u"Ihr habt gesagt: Refund-Tool hängt mittags (1 Agent)."_s);
    t.status = "deferred";
    t.fixedOn = {};
    t.revisitOn = QDate(2026, 11, 2);
    t.decisionReason = "Erst nach der Umstellung";
    QCOMPARE(analytics::weDid(t), u"Wir haben es bis 2. Nov. 2026 zurückgestellt. Grund: Erst nach der Umstellung."_s);
}

// Stored values as a German lead reads them; stored as they were.
void TestGermanSentences::storedChoicesAndDates()
{
    QCOMPARE(choiceLabel("status", std::string("reviewing")), u"in Prüfung"_s);
    QCOMPARE(choiceLabel("category", std::string("schedule")), u"Dienstplan"_s);
    QCOMPARE(choiceLabel("channel", std::string("voice")), u"Telefon"_s);
    QCOMPARE(choiceLabel("category", std::string("Abrechnung")), u"Abrechnung"_s); // a site's own category
    ColumnSpec status{"status", ColumnType::Enum};
    QCOMPARE(ui::cellText(status, Value(std::string("left"))), u"Ausgeschieden"_s);
    QCOMPARE(ui::cellText(ColumnSpec{"hire_date", ColumnType::Date}, Value(std::string("2025-02-13"))),
             u"13.02.2025"_s);

    // A ticket's history: a ticket raised without an agent stores the word "anonymous".
    FeedbackEvent raised{"T0042", QDate(2026, 9, 28), "2026-09-28T08:00:00Z", "Dana", "raised", "anonymous"};
    FeedbackEvent named{"T0043", QDate(2026, 9, 28), "2026-09-28T08:00:00Z", "Dana", "raised", "A017"};
    const auto rows = ui::FeedbackRows::history({raised, named});
    QCOMPARE(rows.at(0), (QStringList{u"28.09.2026"_s, u"gemeldet"_s, u"Dana"_s, u"anonym"_s, u"2026-09-28 08:00"_s}));
    QCOMPARE(rows.at(1).at(3), u"A017"_s);
}

// The friction program's sentences: decimal commas, German dates, and the
// "you said / we did" text of the page (its CSV keeps English, tst_reportcsv).
void TestGermanSentences::frictionProgram()
{
    analytics::MetricComparison c;
    c.metric = analytics::ProgramMetric::Rework;
    c.agents = 12;
    c.stats =
        analytics::TwoSample{0.14, 0.0855, -0.0545, std::nullopt, -0.072, -0.038, 0.0004, std::nullopt, std::nullopt};
    c.pHolm = 0.0024;
    QCOMPARE(analytics::summarySentence(c, {}, {}),
             u"Nacharbeit sank um 5,5 Punkte (95-%-KI -7,2 bis -3,8, p < 0,001, nach Holm korrigiert p = 0,002, "
             "12 Agenten)."_s);

    analytics::YouSaidWeDid y;
    y.ticket.ticketId = "T0042";
    y.ticket.title = "Refund-Tool hängt mittags";
    y.ticket.status = "fixed";
    y.ticket.decidedOn = "2026-10-02";
    y.ticket.fixedOn = "2026-10-12";
    ProgramFix fix;
    fix.id = 3;
    fix.fixedOn = QDate(2026, 10, 12);
    fix.what = "Batch-Job auf 02:00 verlegt";
    y.fix = fix;
    QCOMPARE(analytics::youSaidText(y),
             u"Ihr habt gesagt: Refund-Tool hängt mittags. Wir haben umgesetzt: Batch-Job auf 02:00 verlegt "
             "(Maßnahme #3, 12.10.2026)."_s);
}

// A search box looks for what the table shows: a German lead types
// "Telefon", not the stored "voice".
void TestGermanSentences::searchFindsWhatTheTableShows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"search.floorboard"_s);
    demo::DemoOptions options;
    options.agents = 40; // 6 % of them leave in a period over four weeks
    options.teams = 2;
    options.weeks = 6;
    options.contactsPerWeek = 10;
    QVERIFY(fbtest::makeDemoSite(path, options));
    auto db = store::Database::open(path, store::Database::Mode::Read);
    QVERIFY(db);

    store::InteractionQuery byLabel;
    byLabel.contains = "telefon";
    store::InteractionQuery byValue;
    byValue.channel = "voice";
    const auto labelled = store::countInteractions(*db.value(), byLabel);
    const auto stored = store::countInteractions(*db.value(), byValue);
    QVERIFY(labelled && stored);
    QVERIFY(stored.value() > 0);
    QCOMPARE(labelled.value(), stored.value());

    store::BrowseFilter leftByLabel;
    leftByLabel.contains = "Ausgeschieden";
    store::BrowseFilter leftByValue;
    leftByValue.column = "status";
    leftByValue.equals = "left";
    const auto& agents = kindSpec(Kind::Agents);
    const auto found = store::browse(*db.value(), agents, "", 1000, leftByLabel);
    const auto left = store::browse(*db.value(), agents, "", 1000, leftByValue);
    QVERIFY(found && left);
    QCOMPARE(left->rows.size(), size_t(2)); // round(40 * 0.06)
    QCOMPARE(found->rows.size(), left->rows.size());
}

QTEST_MAIN(TestGermanSentences)
#include "tst_germansentences.moc"
