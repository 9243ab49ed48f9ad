// floorboard-cli feedback on the example site (docs/examples) with a holiday
// on Monday 2026-10-12: recording (add, +1, decide, fix) with its refusals,
// then the queue, the digest and the SLA table, byte for byte.
//
// Working days checked with Python 3 (datetime, the holiday skipped; the script
// of docs/feedback.md "Checking the numbers"): T0004 raised Fri 10-09, decided
// Wed 10-14 = 2 (13, 14), fixed Fri 10-16 = 4; T0005 raised Mon 10-05, open at
// 10-30 = 18; T0006 raised Tue 10-13, decided Tue 10-20 = 5, open (deferred) at
// 10-30 = 13; T0003 (example, raised 2026-07-09) was 66 working days open at
// 10-12, 46 past its fix SLA of 20, which ended on 2026-08-06.
// statistics.quantiles([2, 5], n=10, method='inclusive')[8] = 4.7, median 3.5.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;

namespace {

using Run = fbtest::ProcessRun;

} // namespace

class TestFeedbackCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void recordAndReport();
    void usageErrors();

private:
    Run cli(QStringList args);
    QString db() const { return m_dir.filePath("site.db"); }
    QTemporaryDir m_dir;
};

Run TestFeedbackCli::cli(QStringList args)
{
    return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db()} + args,
                              fbtest::isolatedEnvironment(m_dir.path()));
}

void TestFeedbackCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({"init"}).exitCode, 0);
    QCOMPARE(cli({"import", "agents", examplePath(fb::Kind::Agents)}).exitCode, 0);
    QCOMPARE(cli({"import", "feedback", examplePath(fb::Kind::Feedback)}).exitCode, 0);
    const QString holidays = m_dir.filePath("holidays.csv");
    QVERIFY(writeFile(holidays, "day,name\n2026-10-12,Harvest Day\n"));
    const Run r = cli({"feedback", "holidays", holidays});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("1 holiday(s) added\n"));
}

void TestFeedbackCli::recordAndReport()
{
    Run r = cli({"feedback", "add", "--category", "tool", "--friction", "tool lag", "--title",
                 "Refund tool times out at lunch", "--team", "Billing", "--agent", "A0001", "--on", "2026-10-09",
                 "--by", "Jonas Weber"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("ticket T0004 raised on 2026-10-09: Refund tool times out at lunch\n"));
    // {refund, tool, time, out, lunchtime} and {refund, tool, time, out, lunch} share 4 of 6 words.
    r = cli({"feedback", "add", "--category", "tool", "--friction", "Tool lag", "--title",
             "Refund tool times out at lunchtime", "--agent", "A0002", "--on", "2026-10-09", "--by", "Jonas Weber"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: 'Refund tool times out at lunchtime' resembles open ticket T0004 'Refund tool "
                            "times out at lunch' (tool lag, 1 agent, 67 % of the words shared); record it as +1 with "
                            "--plus-one T0004 --agent AGENT_ID, or as a new ticket with --new\n"));
    r = cli(
        {"feedback", "add", "--plus-one", "T0004", "--agent", "A0002", "--on", "2026-10-09", "--by", "Jonas Weber"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("+1 to T0004 from A0002\n"));
    r = cli({"feedback", "decide", "T0004", "--as", "accepted", "--plan", "Move the batch job to 02:00", "--owner",
             "Priya Shah", "--on", "2026-10-14", "--by", "Jonas Weber"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("ticket T0004 accepted on 2026-10-14\n"));
    r = cli({"feedback", "fix", "T0004", "--what", "Moved the batch job to 02:00", "--on", "2026-10-16", "--by",
             "Priya Shah"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("ticket T0004 fixed on 2026-10-16\n"));

    r = cli({"feedback", "add", "--category", "policy", "--friction", "policy ambiguity", "--title",
             "Late fee waivers differ by lead", "--team", "Billing", "--on", "2026-10-05", "--by", "Jonas Weber"});
    QCOMPARE(r.out, QString("ticket T0005 raised on 2026-10-05: Late fee waivers differ by lead\n"));
    r = cli({"feedback", "decide", "T0005", "--as", "declined", "--on", "2026-10-07", "--by", "Jonas Weber"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: a declined ticket needs the rationale\n"));
    r = cli({"feedback", "add", "--category", "training", "--friction", "knowledge gap", "--title",
             "No training on the new router models", "--team", "Billing", "--agent", "A0002", "--on", "2026-10-13",
             "--by", "Jonas Weber"});
    QCOMPARE(r.out, QString("ticket T0006 raised on 2026-10-13: No training on the new router models\n"));
    r = cli({"feedback", "decide", "T0006", "--as", "deferred", "--reason", "After the router launch", "--revisit",
             "2026-11-16", "--on", "2026-10-20", "--by", "Jonas Weber"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // The week of the holiday Monday: T0005 is 4 working days old (the 12th does not count), due on the 13th.
    r = cli({"feedback", "due", "--week", "2026-W42"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("ticket_id,state,category,team,owner,title,raised_on,due_on,over_by_days,agents\r\n"
                            "T0005,due_review,policy,Billing,,Late fee waivers differ by lead,2026-10-05,2026-10-13,0,"
                            "0\r\n"
                            "T0003,overdue_fix,schedule,Billing,Jonas Weber,Shift swaps are approved after the week "
                            "has started,2026-07-09,2026-08-06,46,1\r\n"
                            "T0002,revisit,policy,Billing,,Refund limit unclear for repeat callers,2026-07-08,"
                            "2026-10-01,0,0\r\n"));

    r = cli({"feedback", "digest", "--week", "2026-W42"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("# You said, we did: site-wide, 2026-W42\n\n"
                            "## You said, we did\n\n"
                            "- You said: Refund tool times out at lunch (2 agents). We moved the batch job to 02:00 "
                            "on 16 Oct 2026. (T0004)\n"
                            "\n## Top open issues by agents raising them\n\n"
                            "- No training on the new router models (T0006, 1 agent, raised 13 Oct 2026): undecided\n"
                            "- Refund limit unclear for repeat callers (T0002, anonymous, raised 8 Jul 2026): "
                            "deferred\n"
                            "- Late fee waivers differ by lead (T0005, anonymous, raised 5 Oct 2026): undecided\n"
                            "\n## Next steps\n\n"
                            "- Shift swaps are approved after the week has started (T0003): Approve swaps by Thursday "
                            "noon, owner Jonas Weber, fix due 6 Aug 2026\n"
                            "\n## Blockers retired\n\n"
                            "- 16 Oct 2026: Moved the batch job to 02:00 (scope all queues; answers T0004)\n"));
    const QString digestCsv = m_dir.filePath("digest.csv");
    r = cli({"feedback", "digest", "--week", "2026-W42", "--team", "Billing", "--format", "csv", "--out", digestCsv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(readAll(digestCsv)),
             QString("section,ticket_id,category,team,title,agents,status,day,owner,text\r\n"
                     "you_said_we_did,T0004,tool,Billing,Refund tool times out at lunch,2,fixed,2026-10-16,Priya "
                     "Shah,You said: Refund tool times out at lunch (2 agents). We moved the batch job to 02:00 on 16 "
                     "Oct 2026.\r\n"
                     "top_issue,T0006,training,Billing,No training on the new router models,1,undecided,2026-10-13,,"
                     "\r\n"
                     "top_issue,T0002,policy,Billing,Refund limit unclear for repeat callers,0,deferred,2026-07-08,,"
                     "\r\n"
                     "top_issue,T0005,policy,Billing,Late fee waivers differ by lead,0,undecided,2026-10-05,,\r\n"
                     "next_step,T0003,schedule,Billing,Shift swaps are approved after the week has started,1,accepted,"
                     "2026-08-06,Jonas Weber,Approve swaps by Thursday noon\r\n"
                     "blocker_retired,T0004,tool,Billing,Refund tool times out at lunch,2,fixed,2026-10-16,Priya "
                     "Shah,Moved the batch job to 02:00\r\n"));

    // The huddle PDF: one A4 page.
    const QString pdf = m_dir.filePath("digest.pdf");
    r = cli({"feedback", "digest", "--week", "2026-W42", "--format", "pdf", "--out", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QByteArray pdfBytes = readAll(pdf);
    QVERIFY(pdfBytes.startsWith("%PDF-"));
    QCOMPARE(pdfBytes.count("/Type /Page\n"), 1);

    r = cli({"feedback", "sla", "--from", "2026-10-01", "--to", "2026-10-30"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("group,tickets,decided,median_days_to_decision,p90_days_to_decision,breached,"
                            "median_days_to_fix,p90_days_to_fix,open_longest_days\r\n"
                            "policy,1,0,,,1,,,18\r\n"
                            "tool,1,1,2,2,0,4,4,\r\n"
                            "training,1,1,5,5,0,,,13\r\n"
                            "all,3,2,3.5,4.7,1,4,4,18\r\n"));
    const QString slaCsv = m_dir.filePath("sla.csv");
    r = cli({"feedback", "sla", "--from", "2026-10-01", "--to", "2026-10-30", "--by", "owner", "--out", slaCsv});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QString::fromUtf8(readAll(slaCsv)),
             QString("group,tickets,decided,median_days_to_decision,p90_days_to_decision,breached,"
                     "median_days_to_fix,p90_days_to_fix,open_longest_days\r\n"
                     "(no owner),2,1,5,5,1,,,18\r\n"
                     "Priya Shah,1,1,2,2,0,4,4,\r\n"
                     "all,3,2,3.5,4.7,1,4,4,18\r\n"));
}

void TestFeedbackCli::usageErrors()
{
    Run r = cli({"feedback", "digest"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: feedback digest needs --week (see floorboard-cli feedback digest --help)\n"));
    r = cli({"feedback", "digest", "--week", "2026-W42", "--format", "pdf"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --format pdf needs --out FILE.pdf\n"));
    r = cli({"feedback", "digest", "--week", "2026-W42", "--format", "html"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --format takes md, csv or pdf, not 'html'\n"));
    r = cli({"feedback", "sla", "--by", "team"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --by takes category, owner or month, not 'team'\n"));
    r = cli({"feedback", "sla", "--from", "2026-10-30", "--to", "2026-10-01"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --to 2026-10-01 is before --from 2026-10-30\n"));
    r = cli({"feedback", "add", "--title", "x", "--category", "tool", "--on", "2026-13-01", "--by", "J"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --on takes a date YYYY-MM-DD, not '2026-13-01'\n"));
    r = cli({"feedback", "fix", "T0005", "--what", "Something", "--on", "2026-10-20", "--by", "J"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: ticket T0005 is new; only an accepted ticket (with its planned fix and owner) is "
                            "fixed\n"));
    const QString bad = m_dir.filePath("bad-holidays.csv");
    QVERIFY(writeFile(bad, "day,name\n2026-12-24,Christmas Eve\n24.12.2026,Christmas\n"));
    r = cli({"feedback", "holidays", bad});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: %1:3: column day: value '24.12.2026': not a date YYYY-MM-DD\n").arg(bad));
    // Categories: the six defaults, then one added with its own SLAs.
    r = cli({"feedback", "category"});
    QCOMPARE(r.out, QString("other\t5\t20\npolicy\t5\t20\nproduct\t5\t20\nschedule\t5\t20\ntool\t5\t20\n"
                            "training\t5\t20\n"));
    r = cli({"feedback", "category", "Facilities", "--review", "3"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("category facilities: review SLA 3 working days, fix SLA 20 working days\n"));
    r = cli({"feedback", "category", "tool", "--fix", "-2"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: the SLAs of category 'tool' are working days, 0 or more, not 5 and -2\n"));
    r = cli({"feedback", "category", "tool", "--fix", "ten"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --fix takes a whole number of working days, not 'ten'\n"));

    r = cli({"feedback", "frobnicate"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("error: unknown feedback subcommand 'frobnicate'\n"));
}

QTEST_GUILESS_MAIN(TestFeedbackCli)
#include "tst_feedback_cli.moc"
