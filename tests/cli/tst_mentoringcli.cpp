// floorboard-cli mentoring on the worked example of docs/mentoring.md: ten
// agents of one team with two empathy scores a week over 2026-W10..W13.
// Every expected value is worked out by hand in the document: the pairs that
// maximise the total (125 points, where a greedy pass finds 115), the reason
// in words, and what a failed pair forbids.
#include "FbTestSupport.h"
#include "ProcessRun.h"
#include "common/IsoWeek.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

using Run = fbtest::ProcessRun;

const QString kHeader =
    QStringLiteral("mentee_id,mentor_id,behavior,mentee_value,mentee_n,mentor_value,mentor_n,benefit,reason\r\n");

} // namespace

class TestMentoringCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void suggestMaximisesTheTotal();
    void recordAPairAndItsSessions();
    void failedPairIsNotSuggestedAgain();
    void effectOfAPairPastTheData();
    void payForwardAfterThePair();
    void reportOnOnePage();
    void triggersOfASiteWithoutLowScores();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList& args);
    Run suggest()
    {
        return cli({"mentoring", "suggest", "--behavior", "empathy", "--week", "2026-W13", "--capacity", "1"});
    }
    QString db() const { return m_dir.filePath(QStringLiteral("fb.db")); }
    QTemporaryDir m_dir;
};

Run TestMentoringCli::cli(const QStringList& args)
{
    return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db()} + args,
                              fbtest::isolatedEnvironment(m_dir.path()));
}

void TestMentoringCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    struct Agent {
        const char* id;
        const char* name;
        const char* shift;
        int s1, s2; // the two empathy scores of every week
    };
    const Agent agents[] = {{"B01", "Bea", "early", 4, 4}, {"B02", "Dana", "late", 3, 4}, {"B03", "Cem", "day", 3, 3},
                            {"B04", "Dirk", "day", 3, 3},  {"B05", "Eva", "day", 2, 3},   {"B06", "Finn", "day", 2, 3},
                            {"B07", "Gina", "day", 2, 2},  {"B08", "Hana", "day", 2, 2},  {"B09", "Lee", "late", 1, 1},
                            {"B10", "Ben", "early", 1, 2}};
    QByteArray agentCsv = "agent_id,name,team,site,shift\n";
    QByteArray qaCsv = "evaluation_id,agent_id,evaluator,evaluated_at,accuracy,clarity,empathy,policy_adherence,"
                       "documentation\n";
    int id = 0;
    for (const Agent& a : agents) {
        agentCsv += QByteArray(a.id) + ',' + a.name + ",Billing,Leipzig," + a.shift + '\n';
        for (int w = 10; w <= 13; ++w)
            for (int score : {a.s1, a.s2})
                qaCsv += QStringLiteral("E%1,%2,Jo,%3T10:00:00,4,4,%4,4,4\n")
                             .arg(++id, 4, 10, QLatin1Char('0'))
                             .arg(QLatin1String(a.id), IsoWeek{2026, w}.monday().addDays(1).toString(Qt::ISODate))
                             .arg(score)
                             .toUtf8();
    }
    const QString agentsFile = m_dir.filePath(QStringLiteral("agents.csv"));
    const QString qaFile = m_dir.filePath(QStringLiteral("qa.csv"));
    QVERIFY(writeFile(agentsFile, agentCsv));
    QVERIFY(writeFile(qaFile, qaCsv));
    QCOMPARE(cli({"import", "agents", agentsFile}).exitCode, 0);
    const Run qa = cli({"import", "qa_evaluations", qaFile});
    QVERIFY2(qa.exitCode == 0, qPrintable(qa.err));
}

void TestMentoringCli::suggestMaximisesTheTotal()
{
    const Run r = suggest();
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, kHeader + QStringLiteral(
                                  "B09,B02,empathy,1,8,3.5,8,62.5,\"Dana is in the top fifth for Empathy in 4 of 4 "
                                  "weeks (3.5 of 4, n=8); Lee is in the bottom fifth (1.0 of 4, n=8); same shift, same "
                                  "site; benefit 62.5 points\"\r\n"
                                  "B10,B01,empathy,1.5,8,4,8,62.5,\"Bea is in the top fifth for Empathy in 4 of 4 "
                                  "weeks (4.0 of 4, n=8); Ben is in the bottom fifth (1.5 of 4, n=8); same shift, same "
                                  "site; benefit 62.5 points\"\r\n"));
    // With room for two mentees each, Bea takes both: 70 + 62.5 = 132.5 beats 125.
    const Run two = cli({"mentoring", "suggest", "--behavior", "empathy", "--week", "2026-W13"});
    QCOMPARE(two.out.count(QStringLiteral(",B01,")), 2);
    QVERIFY(two.out.contains(QStringLiteral("B09,B01,empathy,1,8,4,8,70,")));
    // Bea's own capacity of 1 wins over the default of 2: back to 125.
    QCOMPARE(cli({"mentoring", "capacity", "--mentor", "B01", "--mentees", "1"}).exitCode, 0);
    QCOMPARE(cli({"mentoring", "suggest", "--behavior", "empathy", "--week", "2026-W13"}).out, r.out);
    QCOMPARE(cli({"mentoring", "capacity", "--mentor", "B01", "--mentees", "21"}).err,
             QStringLiteral("error: capacity: must be 0 to 20, not 21\n"));
    QCOMPARE(cli({"mentoring", "capacity", "--mentor", "B01", "--mentees", "2"}).exitCode, 0);
    QCOMPARE(dump(db(), "SELECT count(*) FROM mentoring_capacity"), QStringList{QStringLiteral("0")});
}

void TestMentoringCli::recordAPairAndItsSessions()
{
    const Run start = cli(
        {"mentoring", "start", "--mentee", "B09", "--mentor", "B02", "--behavior", "empathy", "--on", "2026-03-30"});
    QCOMPARE(start.err, QString());
    QCOMPARE(start.out, QStringLiteral("P0001\n"));
    QCOMPARE(dump(db(), "SELECT * FROM mentoring_pairs"),
             QStringList{QStringLiteral("P0001|B09|B02|empathy|2026-03-30|2026-05-11|NULL|NULL")});
    // Lee is now a mentee and Dana has no slot left: only Ben is paired, with Bea.
    QCOMPARE(suggest().out.count(QStringLiteral("\r\n")), 2);
    QVERIFY(suggest().out.contains(QStringLiteral("\r\nB10,B01,empathy,")));

    const Run session = cli({"mentoring", "session", "--pair", "P0001", "--on", "2026-04-01", "--minutes", "30",
                             "--practised", "Naming the customer's situation", "--next-step", "Two calls together"});
    QCOMPARE(session.out, QStringLiteral("S0001\n"));
    const Run early = cli({"mentoring", "session", "--pair", "P0001", "--on", "2026-03-01", "--minutes", "30"});
    QCOMPARE(early.exitCode, 1);
    QCOMPARE(early.err, QStringLiteral("error: held_on: 2026-03-01 is before the pair started (2026-03-30)\n"));
    const Run export_ = cli({"export", "mentoring_sessions", m_dir.filePath(QStringLiteral("s.csv"))});
    QCOMPARE(export_.exitCode, 0);
    QCOMPARE(readAll(m_dir.filePath(QStringLiteral("s.csv"))),
             QByteArray("\"session_id\",pair_id,held_on,minutes,practised,next_step\r\n"
                        "S0001,P0001,2026-04-01,30,Naming the customer's situation,Two calls together\r\n"));
}

void TestMentoringCli::failedPairIsNotSuggestedAgain()
{
    const Run end = cli({"mentoring", "end", "--pair", "P0001", "--on", "2026-05-11", "--outcome", "not_met"});
    QCOMPARE(end.err, QString());
    QCOMPARE(end.exitCode, 0);
    const Run again = cli({"mentoring", "end", "--pair", "P0001", "--on", "2026-05-12", "--outcome", "met"});
    QCOMPARE(again.err, QStringLiteral("error: pair_id: pair P0001 already ended on 2026-05-11 (not_met)\n"));
    // Dana-Lee is forbidden now: Bea-Lee 70 + Dana-Ben 45 = 115.
    const Run r = suggest();
    QVERIFY(r.out.contains(QStringLiteral("\r\nB09,B01,empathy,1,8,4,8,70,")));
    QVERIFY(r.out.contains(QStringLiteral("\r\nB10,B02,empathy,1.5,8,3.5,8,45,")));
    QVERIFY(r.out.contains(QStringLiteral("different shifts, same site; benefit 45.0 points")));
}

void TestMentoringCli::effectOfAPairPastTheData()
{
    // P0001 ended; its before window is W10-W13, but its after window (W21-W24) is past the data (W10-W13).
    const QString header = QStringLiteral("group,pairs,measured,change,control_change,did,did_low,did_high,p_value,"
                                          "p_holm,teams,outcome,method,note\r\n");
    const Run r = cli({"mentoring", "effect"});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out,
             header + QStringLiteral("program,1,0,,,,,,,,0,behavior,did_ancova_same_team_fifth_cluster_team_cr1_t,\""
                                     "not enough data: 0 pairs measured, at least 5 needed; pairs left out "
                                     "(1): its weeks reach past the data\"\r\n"));
    const Run byMentor = cli({"mentoring", "effect", "--by", "mentor", "--outcome", "qa"});
    QCOMPARE(byMentor.out,
             header + QStringLiteral("B02,1,0,,,,,,,,0,qa,did_ancova_same_team_fifth_cluster_team_cr1_t,\""
                                     "not enough data: 0 pairs measured, at least 5 needed; pairs left "
                                     "out (1): its weeks reach past the data\"\r\n"));
    // Only clarity's pairs: there are none.
    QCOMPARE(cli({"mentoring", "effect", "--behavior", "clarity"}).out,
             header + QStringLiteral("program,0,0,,,,,,,,0,behavior,did_ancova_same_team_fifth_cluster_team_cr1_t,"
                                     "not enough data: no pair has ended\r\n"));
}

void TestMentoringCli::payForwardAfterThePair()
{
    // Lee's pair P0001 ended on Monday 2026-05-11 (W20). One evaluation a
    // week with empathy 4 in W21-W24: 4 of 4 against the target 3.2 (the
    // gate's 80 % of the scale), n 1 each, so W21-W24 is the first run of 4.
    QByteArray qaCsv = "evaluation_id,agent_id,evaluator,evaluated_at,accuracy,clarity,empathy,policy_adherence,"
                       "documentation\n";
    for (int w = 21; w <= 24; ++w)
        qaCsv += QStringLiteral("L%1,B09,Jo,%2T10:00:00,4,4,4,4,4\n")
                     .arg(w)
                     .arg(IsoWeek{2026, w}.monday().addDays(1).toString(Qt::ISODate))
                     .toUtf8();
    const QString qaFile = m_dir.filePath(QStringLiteral("qa-after.csv"));
    QVERIFY(writeFile(qaFile, qaCsv));
    QCOMPARE(cli({"import", "qa_evaluations", qaFile}).exitCode, 0);
    const QString header =
        QStringLiteral("agent_id,behavior,pair_id,mentor_id,outcome,ended_on,from_week,to_week,target,weakest,n\r\n");
    const Run r = cli({"mentoring", "pay-forward", "--week", "2026-W24"});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out, header + QStringLiteral("B09,empathy,P0001,B02,not_met,2026-05-11,2026-W21,2026-W24,3.2,4,4\r\n"));
    // Three weeks are not four; and Lee had no pair in clarity.
    QCOMPARE(cli({"mentoring", "pay-forward", "--week", "2026-W23"}).out, header);
    QCOMPARE(cli({"mentoring", "pay-forward", "--week", "2026-W24", "--behavior", "clarity"}).out, header);
    const QString out = m_dir.filePath(QStringLiteral("pf.csv"));
    const Run toFile = cli({"mentoring", "pay-forward", "--week", "2026-W24", "--out", out});
    QCOMPARE(toFile.err, QStringLiteral("1 mentor candidates written to %1\n").arg(out));
    QCOMPARE(readAll(out), r.out.toUtf8());
}

void TestMentoringCli::reportOnOnePage()
{
    const QString pdf = m_dir.filePath(QStringLiteral("mentoring.pdf"));
    const Run r = cli({"mentoring", "report", "--out", pdf, "--today", "2026-06-17"});
    QCOMPARE(r.err, QStringLiteral("mentoring report written to %1\n").arg(pdf));
    QCOMPARE(r.exitCode, 0);
    const QByteArray bytes = readAll(pdf);
    QVERIFY(bytes.startsWith("%PDF"));
    QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), qsizetype(1));
    const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/m.pdf"));
    const Run refused = cli({"mentoring", "report", "--out", missing});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(missing), qPrintable(refused.err));
    QVERIFY(!QFile::exists(missing));
}

void TestMentoringCli::triggersOfASiteWithoutLowScores()
{
    // Every evaluation totals at least 80 + 5 x empathy >= 80, the gate: nothing failed, and no CSAT answers.
    const Run r = cli({"mentoring", "triggers", "--week", "2026-W13"});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("team,agent_id,source,dimension,value,events,n,rate,base_events,base_n,base_rate,"
                                   "lift,behavior\r\n"));
}

void TestMentoringCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("err");
    QTest::newRow("no behaviour") << QStringList{"mentoring", "suggest"} << 2
                                  << "error: --behavior is required (see floorboard-cli mentoring suggest --help)\n";
    QTest::newRow("unknown behaviour")
        << QStringList{"mentoring", "suggest", "--behavior", "charm", "--week", "2026-W13"} << 2
        << "error: --behavior must be a rubric attribute or a scorecard metric (accuracy, clarity, empathy, "
           "policy_adherence, documentation, csat, fcr, qa, dpti, rework, aht, escalation), not 'charm'\n";
    QTest::newRow("bad week") << QStringList{"mentoring", "triggers", "--week", "2026-W60"} << 2
                              << "error: --week takes an ISO week like 2026-W10, not '2026-W60'\n";
    QTest::newRow("unknown team") << QStringList{"mentoring", "triggers", "--week", "2026-W13", "--team", "Nowhere"}
                                  << 1 << "error: --team: unknown team 'Nowhere'\n";
    QTest::newRow("bad capacity") << QStringList{"mentoring", "suggest", "--behavior", "empathy", "--capacity", "x"}
                                  << 2 << "error: --capacity takes a whole number from 0 to 20, not 'x'\n";
    QTest::newRow("same agent") << QStringList{"mentoring", "start", "--mentee",   "B01",
                                               "--mentor",  "B01",   "--behavior", "empathy"}
                                << 1 << "error: mentor_id: the mentor and the mentee are the same agent (B01)\n";
    QTest::newRow("start without mentor")
        << QStringList{"mentoring", "start", "--mentee", "B01", "--behavior", "empathy"} << 2
        << "error: --mentor is required (see floorboard-cli mentoring start --help)\n";
    QTest::newRow("bad outcome") << QStringList{"mentoring", "end", "--pair", "P0001", "--outcome", "great"} << 1
                                 << "error: outcome: must be met, not_met or stopped, not 'great'\n";
    // 'effect' was the unknown subcommand of this row until the effect was built.
    QTest::newRow("unknown subcommand") << QStringList{"mentoring", "forward"} << 2
                                        << "error: unknown mentoring subcommand 'forward'\n";
    QTest::newRow("effect: bad by") << QStringList{"mentoring", "effect", "--by", "coach"} << 2
                                    << "error: --by takes mentor, behavior, team or program, not 'coach'\n";
    QTest::newRow("effect: bad outcome") << QStringList{"mentoring", "effect", "--outcome", "aht"} << 2
                                         << "error: --outcome takes behavior, csat or qa, not 'aht'\n";
    QTest::newRow("pay-forward: unknown behaviour")
        << QStringList{"mentoring", "pay-forward", "--behavior", "charm"} << 2
        << "error: --behavior must be a rubric attribute or a scorecard metric (csat, fcr, qa, dpti, rework, aht, "
           "escalation), not 'charm'\n";
    QTest::newRow("report without --out")
        << QStringList{"mentoring", "report"} << 2 << "error: --out FILE.pdf is required\n";
    QTest::newRow("report: bad day") << QStringList{"mentoring", "report", "--out", "x.pdf", "--today", "soon"} << 2
                                     << "error: --today takes a date YYYY-MM-DD, not 'soon'\n";
    QTest::newRow("effect: unknown behaviour")
        << QStringList{"mentoring", "effect", "--behavior", "charm"} << 2
        << "error: --behavior must be a rubric attribute or a scorecard metric (csat, fcr, qa, dpti, rework, aht, "
           "escalation), not 'charm'\n";
}

void TestMentoringCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, err);
    const QStringList before = dump(db(), "SELECT * FROM mentoring_pairs");
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(err), qPrintable(r.err));
    QCOMPARE(dump(db(), "SELECT * FROM mentoring_pairs"), before); // nothing written
}

QTEST_GUILESS_MAIN(TestMentoringCli)
#include "tst_mentoringcli.moc"
