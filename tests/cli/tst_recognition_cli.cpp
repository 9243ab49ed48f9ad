// floorboard-cli recognition on the example site (docs/examples): a
// nomination recorded and refused, then coverage, the huddle list (Markdown,
// CSV, PDF) and the fixers of a week, byte for byte. Every figure is counted
// by hand from docs/examples: Billing has Maria Keller (A0001) and Tom Becker
// (A0002), Tech Support Aylin Demir (A0003, left 2026-08-14); R0001 (public)
// and the new nomination go to A0001 in week 2026-W28, R0002 (private) to A0003.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fbtest;

namespace {

using Run = fbtest::ProcessRun;

} // namespace

class TestRecognitionCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void addAndRefuse();
    void coverage();
    void huddle();
    void fixers();
    void usageErrors();
    void behaviourList();

private:
    Run cli(QStringList args);
    QString db() const { return m_dir.filePath("site.db"); }
    QTemporaryDir m_dir;
};

Run TestRecognitionCli::cli(QStringList args)
{
    return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db()} + args,
                              fbtest::isolatedEnvironment(m_dir.path()));
}

void TestRecognitionCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto database = openDb(db());
    QVERIFY(database);
    QVERIFY(importExamples(*database));
}

void TestRecognitionCli::addAndRefuse()
{
    Run r = cli({"recognition", "add", "--to", "A0001", "--behavior", "productive empathy", "--peer", "A0002",
                 "--evidence", "Stayed calm with a customer who had called three times", "--on", "2026-07-10"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("R000003\n"));
    r = cli({"recognition", "add", "--to", "A0001", "--behavior", "productive empathy", "--peer", "A0002", "--lead",
             "Jonas Weber", "--evidence", "x"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: give exactly one of --peer ID and --lead NAME\n"));
    r = cli({"recognition", "add", "--to", "A0001", "--behavior", "productive empathy", "--lead", "Jonas Weber",
             "--interaction", "C00000003", "--on", "2026-07-10"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: interaction_id: C00000003 belongs to A0003, not to A0001\n"));
    r = cli({"recognition", "add", "--to", "A0001", "--behavior", "productive empathy", "--lead", "Jonas Weber", "--on",
             "2026-07-10"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: evidence: cite an interaction, an evaluation or a sentence saying what the agent "
                            "did\n"));
}

void TestRecognitionCli::coverage()
{
    const Run r = cli({"recognition", "coverage", "--week", "2026-W28"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("team,week,agents,recognised,share,recognitions,unseen_at_target\r\n"
                            "Billing,2026-W28,2,1,0.5,2,0\r\n"
                            "Tech Support,2026-W28,1,1,1,1,0\r\n"));
    // Eight weeks later (W36) the window W29-W36 holds none of them; A0003 left in W33.
    const Run later = cli({"recognition", "coverage", "--week", "2026-W36", "--team", "Billing"});
    QVERIFY2(later.exitCode == 0, qPrintable(later.err));
    QCOMPARE(later.out, QString("team,week,agents,recognised,share,recognitions,unseen_at_target\r\n"
                                "Billing,2026-W36,2,0,0,0,0\r\n"));
}

void TestRecognitionCli::huddle()
{
    Run r = cli({"recognition", "huddle", "--week", "2026-W28"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("# Shout-outs, week 2026-W28\n\n"
                            "- **Maria Keller** (Billing), accurate resolution — from Tom Becker (peer): Found the "
                            "double charge and refunded it on the call (Customer did not need to call back)\n"
                            "- **Maria Keller** (Billing), productive empathy — from Tom Becker (peer): Stayed calm "
                            "with a customer who had called three times\n\n"
                            "2 recognitions.\n"));
    r = cli({"recognition", "huddle", "--week", "2026-W28", "--team", "Tech Support", "--private", "--format", "csv"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("given_on,agent_id,name,team,behavior,from,from_role,visibility,evidence,outcome\r\n"
                            "2026-07-10,A0003,Aylin Demir,Tech Support,owned the follow-up,Sara Lindqvist,lead,private,"
                            "Called the customer back after the outage as promised,\r\n"));
    const QString pdf = m_dir.filePath("huddle.pdf");
    r = cli({"recognition", "huddle", "--week", "2026-W28", "--format", "pdf", "--out", pdf});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(readAll(pdf).startsWith("%PDF-"));
}

void TestRecognitionCli::fixers()
{
    const Run r = cli({"recognition", "fixers", "--week", "2026-W30"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("agent_id,name,team,tickets_fixed,ticket_id,fixed_on,title,fix_what\r\n"
                            "A0001,Maria Keller,Billing,1,T0001,2026-07-20,CRM freezes when opening invoices,"
                            "Added an index to invoice search\r\n"));
}

void TestRecognitionCli::usageErrors()
{
    Run r = cli({"recognition", "coverage", "--weeks", "0"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --weeks takes a whole number from 1 to 52, not '0'\n"));
    r = cli({"recognition", "coverage", "--week", "2026-W28", "--team", "Nowhere"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: --team: unknown team 'Nowhere'\n"));
    r = cli({"recognition", "huddle", "--week", "2026-W28", "--format", "pdf"});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QString("error: --format pdf needs --out FILE.pdf\n"));
    r = cli({"recognition", "praise"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("error: unknown recognition subcommand 'praise'\n"));
}

void TestRecognitionCli::behaviourList()
{
    Run r = cli({"recognition", "behaviors"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("name,measure\r\naccurate resolution,accuracy\r\nfirst-contact completion,fcr\r\n"
                            "productive empathy,empathy\r\nclean handoff,rework\r\n"
                            "precise documentation,documentation\r\nperfect escalation,policy_adherence\r\n"));
    const QString bad = m_dir.filePath("bad.csv");
    QVERIFY(writeFile(bad, "name,measure\ncalm under pressure,speed\n"));
    r = cli({"recognition", "behaviors", "--set", bad});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: behaviour 1 (calm under pressure): 'speed' is neither a rubric attribute nor a "
                            "scorecard metric (csat, fcr, qa, dpti, rework, aht, escalation)\n"));
    const QString good = m_dir.filePath("good.csv");
    QVERIFY(writeFile(good, "name,measure\ncalm under pressure,empathy\nhelped a colleague,\n"));
    r = cli({"recognition", "behaviors", "--set", good});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, QString("name,measure\r\ncalm under pressure,empathy\r\nhelped a colleague,\r\n"));
}

QTEST_GUILESS_MAIN(TestRecognitionCli)
#include "tst_recognition_cli.moc"
