// Duplicate offers at intake and "you said / we did" (docs/feedback.md): the
// normalised word overlap, which open tickets are offered, the sentences of
// each decision, and the Markdown digest of a week, all exact.
#include "analytics/FeedbackDigest.h"
#include "analytics/FeedbackDuplicates.h"
#include "analytics/ProgramReport.h"

#include <QTest>

using namespace fb;
using namespace fb::analytics;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

FeedbackTicket open(const char* id, const char* title, const char* friction, const char* status = "new")
{
    FeedbackTicket t;
    t.id = id;
    t.title = title;
    t.friction = friction;
    t.status = status;
    t.category = "tool";
    t.raisedOn = d("2026-10-05");
    return t;
}

using Words = std::vector<std::string>;

} // namespace

class TestFeedbackLoop : public QObject {
    Q_OBJECT

private slots:
    void normalisedWords()
    {
        QCOMPARE(analytics::normalisedWords("CRM search is slow on busy afternoons"),
                 (Words{"afternoon", "busy", "crm", "search", "slow"}));
        // Apostrophes and punctuation split; "class" keeps its double s; 2 is a word.
        QCOMPARE(analytics::normalisedWords("Customers' bills: 2 lines in the class!"),
                 (Words{"2", "bill", "class", "customer", "line"}));
        QCOMPARE(analytics::normalisedWords("Über-Größe"), (Words{"größe", "über"}));
        QCOMPARE(analytics::normalisedWords(" the, of "), Words{});
    }

    void overlapIsJaccard()
    {
        // {afternoon, crm, search, slow} of {afternoon, busy, crm, search, slow}: 4 / 5.
        QCOMPARE(wordOverlap(analytics::normalisedWords("CRM search slow in the afternoon"),
                             analytics::normalisedWords("CRM search is slow on busy afternoons")),
                 0.8);
        QCOMPARE(wordOverlap({}, {}), 0.0);
        QCOMPARE(wordOverlap({"a"}, {"b"}), 0.0);
    }

    void duplicatesAreOpenTicketsWithTheSameTag()
    {
        const std::vector<FeedbackTicket> tickets{
            open("T0001", "CRM search is slow on busy afternoons", "tool lag"),
            open("T0002", "CRM search is slow on afternoons", "Tool  Lag", "accepted"), // 4/4 of the new title
            open("T0003", "CRM search slow in the afternoon", "tool crash"),            // other tag
            open("T0004", "CRM search slow afternoon", "tool lag", "fixed"),            // closed
            open("T0005", "Knowledge base search returns old articles first", "tool lag"),
            open("T0006", "Search slow", ""), // no tag: any tag; 2 / 4 = 0.5
        };
        const auto matches = findDuplicates("CRM search slow in the afternoon", "tool lag", tickets);
        QCOMPARE(matches.size(), size_t(3));
        QCOMPARE(matches[0].ticket.id, std::string("T0002"));
        QCOMPARE(matches[0].overlap, 1.0);
        QCOMPARE(matches[1].ticket.id, std::string("T0001"));
        QCOMPARE(matches[1].overlap, 0.8);
        QCOMPARE(matches[2].ticket.id, std::string("T0006"));
        QCOMPARE(matches[2].overlap, 0.5);
        QVERIFY(findDuplicates("Welcome email links to an expired page", "", tickets).empty());
    }

    // The file flavour: English, C-locale dates (the CLI and files).
    void youSaidWeDid()
    {
        const auto file = format::file();
        FeedbackTicket t = open("T0042", "The refund tool times out at lunch", "tool lag", "fixed");
        t.agents = 14;
        t.decidedOn = d("2026-10-02");
        t.fixedOn = d("2026-10-12");
        t.fixWhat = "Moved the batch job to 02:00.";
        QCOMPARE(youSaid(t, file), QStringLiteral("You said: The refund tool times out at lunch (14 agents)."));
        QCOMPARE(weDid(t, file), QStringLiteral("We moved the batch job to 02:00 on 12 Oct 2026."));

        t.status = "accepted";
        t.fixedOn = {};
        t.plannedFix = "Move the batch job to 02:00";
        t.owner = "Dana Ruiz";
        QCOMPARE(weDid(t, file),
                 QStringLiteral("We accepted it: Move the batch job to 02:00; Dana Ruiz owns the fix."));
        t.status = "deferred";
        t.decisionReason = "Behind the billing migration";
        t.revisitOn = d("2026-11-02");
        QCOMPARE(weDid(t, file), QStringLiteral("We deferred it until 2 Nov 2026: Behind the billing migration."));
        t.status = "declined";
        t.decisionReason = "Works as intended.";
        QCOMPARE(weDid(t, file), QStringLiteral("We declined it: Works as intended."));
        t.agents = 1;
        QCOMPARE(youSaid(t, file), QStringLiteral("You said: The refund tool times out at lunch (1 agent)."));
        t.agents = 0;
        QCOMPARE(youSaid(t, file), QStringLiteral("You said: The refund tool times out at lunch (anonymous)."));
    }

    // The words of a screen come from the translation, not the locale: with no
    // German translation loaded (an English window on a German system), the
    // sentence is English and so is its capitalisation, with German dates.
    void englishWordsOnAGermanSystem()
    {
        FeedbackTicket t = open("T0042", "The refund tool times out at lunch", "tool lag", "fixed");
        t.fixedOn = d("2026-10-12");
        t.fixWhat = "Moved the batch job to 02:00.";
        const auto german = format::screenIn(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(weDid(t, german), QStringLiteral("We moved the batch job to 02:00 on 12. Okt. 2026."));
    }

    // A bullet's text that would start a Markdown block of its own (a numbered
    // list, a list, a heading) is escaped, so it reads as written.
    void markdownKeepsLinesAsText()
    {
        FeedbackTicket numbered = open("T0007", "1. line gets no dial tone", "tool crash");
        numbered.agents = 2;
        FeedbackTicket dash = open("T0008", "- no headsets in stock", "equipment");
        dash.agents = 1;
        const WorkingCalendar cal({d("2026-10-12")});
        const auto digest = buildDigest({numbered, dash}, {}, cal, d("2026-10-12"), d("2026-10-18"), "");
        const QString md = digestMarkdown(digest, QStringLiteral("Site"), format::file());
        QVERIFY2(md.contains(QStringLiteral("\n- 1\\. line gets no dial tone (T0007, 2 agents, raised 5 Oct 2026): "
                                            "undecided\n")),
                 qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("\n- \\- no headsets in stock (T0008, 1 agent, raised 5 Oct 2026): "
                                            "undecided\n")),
                 qPrintable(md));
    }

    // A title or fix the user typed with "%2" in it stays as written: every
    // place of the sentence is filled at once.
    void typedPlaceholdersStayAsWritten()
    {
        YouSaidWeDid y;
        y.ticket.ticketId = "T0009";
        y.ticket.title = "Refund %2 fails at %1";
        y.ticket.status = "fixed";
        y.ticket.decidedOn = "2026-10-02";
        ProgramFix fix;
        fix.id = 3;
        fix.fixedOn = d("2026-10-12");
        fix.what = "Rounded %3 to cents";
        y.fix = fix;
        QCOMPARE(youSaidText(y, format::file()),
                 QStringLiteral("You said: Refund %2 fails at %1. We did: Rounded %3 to cents (fix #3, 2026-10-12)."));
    }

    void weeklyDigest()
    {
        FeedbackTicket fixed = open("T0001", "Refund tool times out at lunch", "tool lag", "fixed");
        fixed.team = "Billing";
        fixed.agents = 3;
        fixed.decidedOn = d("2026-10-06");
        fixed.plannedFix = "Move the batch job";
        fixed.owner = "Dana";
        fixed.fixedOn = d("2026-10-14");
        fixed.fixWhat = "Moved the batch job to 02:00";
        fixed.scopeQueue = "billing";
        FeedbackTicket declined = open("T0002", "Late fee waivers", "policy ambiguity", "declined");
        declined.team = "Billing";
        declined.agents = 1;
        declined.decidedOn = d("2026-10-13");
        declined.decisionReason = "The waiver rule is in the handbook, 4.2";
        FeedbackTicket accepted = open("T0003", "No router training", "knowledge gap", "accepted");
        accepted.team = "Billing";
        accepted.decidedOn = d("2026-10-07");
        accepted.plannedFix = "Two sessions on the new models";
        accepted.owner = "Lee";
        FeedbackTicket waiting = open("T0004", "Softphone drops transfers", "tool crash");
        waiting.team = "Billing";
        waiting.agents = 5;
        FeedbackTicket other = open("T0005", "Another team's issue", "tool lag");
        other.team = "Tech";
        other.agents = 9;

        const auto file = format::file();
        const WorkingCalendar cal({d("2026-10-12")});
        const auto digest = buildDigest({fixed, declined, accepted, waiting, other}, {{"tool", 3, 10}}, cal,
                                        d("2026-10-12"), d("2026-10-18"), "Billing");
        QCOMPARE(digest.decided.size(), size_t(1)); // T0002; T0001 and T0003 were decided the week before
        QCOMPARE(digest.fixed.size(), size_t(1));
        QCOMPARE(digest.topIssues.size(), size_t(1)); // T0004; T0005 is another team's
        QCOMPARE(digest.nextSteps.size(), size_t(1));
        // T0003 raised Monday 10-05, fix SLA 10 working days: 6..9, 13..16 (12th holiday), 19, 20 -> 10-20.
        QCOMPARE(digest.nextSteps[0].fixDue, d("2026-10-20"));
        const QString expected =
            QStringLiteral("# You said, we did: Billing, 2026-W42\n\n"
                           "## You said, we did\n\n"
                           "- You said: Refund tool times out at lunch (3 agents). We moved the batch job "
                           "to 02:00 on 14 Oct 2026. (T0001)\n"
                           "- You said: Late fee waivers (1 agent). We declined it: The waiver rule is in "
                           "the handbook, 4.2. (T0002)\n"
                           "\n## Top open issues by agents raising them\n\n"
                           "- Softphone drops transfers (T0004, 5 agents, raised 5 Oct 2026): undecided\n"
                           "\n## Next steps\n\n"
                           "- No router training (T0003): Two sessions on the new models, owner Lee, fix "
                           "due 20 Oct 2026\n"
                           "\n## Blockers retired\n\n"
                           "- 14 Oct 2026: Moved the batch job to 02:00 (scope billing; answers T0001)\n");
        QCOMPARE(digestMarkdown(digest, QStringLiteral("You said, we did: Billing, 2026-W42"), file), expected);

        const auto empty = buildDigest({}, {}, cal, d("2026-10-12"), d("2026-10-18"), "");
        QCOMPARE(digestMarkdown(empty, QStringLiteral("Site"), file),
                 QStringLiteral("# Site\n\n## You said, we did\n\n"
                                "No ticket was decided or fixed in this range.\n"
                                "\n## Top open issues by agents raising them\n\n"
                                "No ticket is waiting for a decision.\n"
                                "\n## Next steps\n\n"
                                "No accepted ticket is waiting for its fix.\n"
                                "\n## Blockers retired\n\nNo fix in this range.\n"));
    }
};

QTEST_GUILESS_MAIN(TestFeedbackLoop)
#include "tst_feedbackloop.moc"
