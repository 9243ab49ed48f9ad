// floorboard-cli feedback did-it-help on the default demo site (seed 1): the
// planted billing fix (ticket T0010, fixed Monday 2026-08-31) against the
// queues no fixed ticket touched, and the refusals, message for message.
//
// The cells were counted independently of Floorboard with the sqlite3 shell on
// the demo database (interactions of agents with a team; started_at's day;
// T0006, fixed 2026-08-09 in tech, is the other queue-scoped fix inside the
// window 2026-08-03 to 2026-09-27, so tech is no control):
//   SELECT sum(queue='billing' AND d>='2026-08-03' AND d<'2026-08-31' AND repeat_contact IS NOT NULL),
//          avg(CASE WHEN queue='billing' AND d>='2026-08-03' AND d<'2026-08-31' THEN repeat_contact END), ...
//   rework in billing before 5219 at 0.132784058248707, after 5094 at 0.0755791126815862;
//   untouched (queue not billing or tech) before 13339 at 0.0968588349951271, after 12981 at 0.0895154456513366;
//   48 agents. The difference in differences by hand (Python):
//   (0.0755791126815862 - 0.132784058248707) - (0.0895154456513366 - 0.0968588349951271) = -0.0498615562233303
// The interval and p come from the regression whose statsmodels references are in tst_feedbackfixcheck.cpp.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fbtest;

class TestFeedbackDidItHelp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void plantedFixMovedRework();
    void refusals();

private:
    ProcessRun cli(const QStringList& args)
    {
        return runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), m_dir.filePath("demo.db")} + args,
                          isolatedEnvironment(m_dir.path()));
    }
    QTemporaryDir m_dir;
};

void TestFeedbackDidItHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = cli({"demo"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestFeedbackDidItHelp::plantedFixMovedRework()
{
    const QString out = m_dir.filePath("t0010.csv");
    const auto r = cli({"feedback", "did-it-help", "--ticket", "T0010", "--out", out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 7);
    QCOMPARE(lines[0], QStringLiteral("ticket T0010: 2026-08-03 to 2026-08-30 before the fix, 2026-08-31 to "
                                      "2026-09-27 from it"));
    QVERIFY2(lines[3].startsWith(QStringLiteral(
                 "Rework in billing: 13.3% before, 7.6% from the fix (n 5219, 5094); untouched queues 9.7% and 9.0% "
                 "(n 13339, 12981): the fix accounts for -5.0 points (95% CI ")),
             qPrintable(lines[3]));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList csv = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(csv.size(), 7);
    const QStringList rework = csv[3].split(QLatin1Char(','));
    QCOMPARE(rework.mid(0, 2), (QStringList{"T0010", "rework"}));
    QCOMPARE(rework[3], QStringLiteral("5219"));
    QCOMPARE(rework[5], QStringLiteral("5094"));
    QCOMPARE(rework[7], QStringLiteral("13339"));
    QCOMPARE(rework[9], QStringLiteral("12981"));
    QVERIFY(std::abs(rework[2].toDouble() - 0.132784058248707) < 1e-12);
    QVERIFY(std::abs(rework[4].toDouble() - 0.0755791126815862) < 1e-12);
    QVERIFY(std::abs(rework[6].toDouble() - 0.0968588349951271) < 1e-12);
    QVERIFY(std::abs(rework[8].toDouble() - 0.0895154456513366) < 1e-12);
    QVERIFY(std::abs(rework[10].toDouble() - -0.0498615562233303) < 1e-12);
    // The planted fix stands after Holm: the whole interval below zero, adjusted p under 0.05.
    QVERIFY(rework[12].toDouble() < 0);
    QVERIFY(rework[14].toDouble() < 0.05);
    QCOMPARE(rework[15], QStringLiteral("48"));
}

void TestFeedbackDidItHelp::refusals()
{
    auto r = cli({"feedback", "did-it-help", "--ticket", "T0004"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("error: ticket T0004 has no queue scope: a site-wide fix leaves no untouched queue "
                                   "to compare with\n"));
    r = cli({"feedback", "did-it-help", "--ticket", "T0002"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("error: ticket T0002 is reviewing, not fixed: there is no fix day to compare "
                                   "before and after\n"));
    r = cli({"feedback", "did-it-help", "--ticket", "T9999"});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("error: no feedback ticket 'T9999'\n"));
    r = cli({"feedback", "did-it-help"});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: feedback did-it-help needs --ticket ID\n")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestFeedbackDidItHelp)
#include "tst_feedback_didithelp.moc"
