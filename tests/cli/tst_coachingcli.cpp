// floorboard-cli coaching: the effectiveness CSV of the worked example in
// docs/coaching.md, imported through the CLI, and the follow-ups due.
#include "FbTestSupport.h"
#include "common/IsoWeek.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCoachingCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void effectivenessByCoach();
    void effectivenessByAttributeAndRange();
    void effectivenessWritesFile();
    void dueAndOverdue();
    void usageErrors();

private:
    Run cli(const QStringList& args);
    QString db() const { return m_dir.filePath(QStringLiteral("fb.db")); }
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString p = m_dir.filePath(name);
        return writeFile(p, bytes) ? p : QString();
    }
    QTemporaryDir m_dir;
};

Run TestCoachingCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FLOORBOARD_DB"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db()} + args);
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The dataset of docs/coaching.md ("Worked example").
void TestCoachingCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray agents = "agent_id,name,team\n"
                              "A1,Ana,North\nA2,Ben,North\nA3,Cleo,North\nA4,Dev,North\nA5,Eli,South\n";
    QByteArray interactions = "interaction_id,agent_id,started_at,handle_seconds\n";
    struct Aht {
        const char* agent;
        int before, after;
    };
    int id = 0;
    for (const Aht& a : {Aht{"A1", 600, 540}, Aht{"A2", 630, 615}, Aht{"A3", 690, 660}, Aht{"A4", 700, 500}}) {
        for (int w : {6, 7, 8, 9, 11, 12, 13, 14}) {
            const QDate monday = IsoWeek{2026, w}.monday();
            for (int i = 0; i < 10; ++i)
                interactions += QStringLiteral("C%1,%2,%3T%4:00:00,%5\n")
                                    .arg(++id, 6, 10, QLatin1Char('0'))
                                    .arg(QLatin1String(a.agent), monday.addDays(i % 5).toString(Qt::ISODate))
                                    .arg(8 + i, 2, 10, QLatin1Char('0'))
                                    .arg(w < 10 ? a.before : a.after)
                                    .toUtf8();
        }
    }
    // The site's data runs from W06 to W15 (Eli's calls), so N4's after window (W13-W16) is cut.
    for (int w : {6, 15})
        for (int i = 0; i < 10; ++i)
            interactions += QStringLiteral("C%1,A5,%2T%3:00:00,500\n")
                                .arg(++id, 6, 10, QLatin1Char('0'))
                                .arg(IsoWeek{2026, w}.monday().addDays(i % 5).toString(Qt::ISODate))
                                .arg(8 + i, 2, 10, QLatin1Char('0'))
                                .toUtf8();
    // empathy: W08 (Feb 16-22) and W13 (Mar 23-29)
    const QByteArray evaluations =
        "evaluation_id,agent_id,evaluator,evaluated_at,accuracy,clarity,empathy,"
        "policy_adherence,documentation\n"
        "E1,A2,Q,2026-02-17T10:00:00,NA,NA,2,NA,NA\nE2,A2,Q,2026-02-18T10:00:00,NA,NA,2,NA,NA\n"
        "E3,A2,Q,2026-03-24T10:00:00,NA,NA,3,NA,NA\nE4,A2,Q,2026-03-25T10:00:00,NA,NA,3,NA,NA\n"
        "E5,A1,Q,2026-02-17T10:00:00,NA,NA,2,NA,NA\nE6,A1,Q,2026-02-18T10:00:00,NA,NA,2,NA,NA\n"
        "E7,A1,Q,2026-03-24T10:00:00,NA,NA,2,NA,NA\nE8,A1,Q,2026-03-25T10:00:00,NA,NA,3,NA,NA\n"
        "E9,A3,Q,2026-02-17T10:00:00,NA,NA,3,NA,NA\nE10,A3,Q,2026-02-18T10:00:00,NA,NA,3,NA,NA\n"
        "E11,A3,Q,2026-03-24T10:00:00,NA,NA,4,NA,NA\nE12,A3,Q,2026-03-25T10:00:00,NA,NA,4,NA,NA\n";
    const QByteArray coaching =
        "note_id,agent_id,coach,coached_on,attribute,target_metric,baseline,target,follow_up_on,stage,commitment,"
        "minutes,followed_up_on,outcome\n"
        "N1,A1,Sara,2026-03-04,clarity,aht,600,540,2026-03-25,commit,I will,30,2026-03-25,met\n"
        "N2,A2,Sara,2026-03-11,empathy,empathy,2,3,2026-04-01,commit,I will,30,2026-04-01,partly\n"
        "N3,A5,Jonas,2026-03-12,clarity,csat,0.7,0.8,2026-04-02,commit,I will,30,,\n"
        "N4,A4,Jonas,2026-03-18,clarity,qa,70,85,2026-04-08,commit,I will,30,2026-04-08,not_met\n";
    QCOMPARE(cli({QStringLiteral("init")}).exitCode, 0);
    const std::pair<const char*, QByteArray> files[] = {
        {"agents", agents}, {"interactions", interactions}, {"qa_evaluations", evaluations}, {"coaching", coaching}};
    for (const auto& [kind, bytes] : files) {
        const Run r = cli(
            {QStringLiteral("import"), QLatin1String(kind), file(QLatin1String(kind) + QStringLiteral(".csv"), bytes)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }
}

void TestCoachingCli::effectivenessByCoach()
{
    const Run r = cli(
        {QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--by"), QStringLiteral("coach")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,"
                                      "did_high,measured,small_sample,cut_windows,teams,method,note"));
    QCOMPARE(lines[1], QStringLiteral("Jonas,2,1,0,0,,,,,,0,1,1,0,ancova_note_baseline_cluster_team_cr1_t,"));
    // did: statsmodels' OLS of the six rows (tests/reference/cluster_ols.py) 8.620481927710852.
    const QStringList sara = lines[2].split(QLatin1Char(','));
    QCOMPARE(sara.mid(0, 7).join(QLatin1Char(',')), QStringLiteral("Sara,2,2,1,0.5,22.5,13.125"));
    QVERIFY(qAbs(sara[7].toDouble() - 8.620481927710852) < 1e-9);
    QCOMPARE(sara.mid(8, 7).join(QLatin1Char(',')),
             QStringLiteral(",,2,1,0,1,ancova_note_baseline_cluster_team_cr1_t"));
    QVERIFY(lines[2].endsWith(QStringLiteral(
        "\"notes of one team share their controls, so an interval needs notes from at least 2 teams\"")));
}

void TestCoachingCli::effectivenessByAttributeAndRange()
{
    Run r = cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--by"),
                 QStringLiteral("attribute")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
             QStringLiteral(
                 "group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,"
                 "did_high,measured,small_sample,cut_windows,teams,method,note\r\n"
                 "clarity,3,2,1,0.5,20,7.5,17.5,,,1,1,1,1,ancova_note_baseline_cluster_team_cr1_t,"
                 "\"notes of one team share their controls, so an interval needs notes from at least 2 teams\"\r\n"
                 "empathy,1,1,0,0,25,18.75,12.500000000000028,,,1,1,0,1,"
                 "ancova_note_baseline_cluster_team_cr1_t,\"notes of one team share their controls, so an interval "
                 "needs notes from at least 2 teams\"\r\n"));
    r = cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--by"),
             QStringLiteral("team"), QStringLiteral("--from"), QStringLiteral("2026-03-10"), QStringLiteral("--to"),
             QStringLiteral("2026-03-12")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,"
                                   "did_high,measured,small_sample,cut_windows,teams,method,note\r\n"
                                   "North,1,1,0,0,25,18.75,12.500000000000028,,,1,1,0,1,"
                                   "ancova_note_baseline_cluster_team_cr1_t,\"notes of one team share their controls, "
                                   "so an interval needs notes from at least 2 teams\"\r\n"
                                   "South,1,0,0,,,,,,,0,1,0,0,ancova_note_baseline_cluster_team_cr1_t,\r\n"));
}

void TestCoachingCli::effectivenessWritesFile()
{
    const QString out = m_dir.filePath(QStringLiteral("eff.csv"));
    const Run r = cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--out"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(readAll(out).startsWith("group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,"
                                    "did_high,measured,small_sample,cut_windows,teams,method,note\r\nJonas,2,1,0,0,"));
}

void TestCoachingCli::dueAndOverdue()
{
    // Week 2026-W14 (Mar 30 - Apr 5): N3 (Apr 2) is due; nothing overdue (the others are done).
    Run r =
        cli({QStringLiteral("coaching"), QStringLiteral("due"), QStringLiteral("--week"), QStringLiteral("2026-W14")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("status,note_id,agent_id,coach,coached_on,attribute,target_metric,baseline,target,"
                                   "follow_up_on,days_overdue\r\n"
                                   "due,N3,A5,Jonas,2026-03-12,clarity,csat,0.7,0.8,2026-04-02,0\r\n"));
    r = cli({QStringLiteral("coaching"), QStringLiteral("due"), QStringLiteral("--week"), QStringLiteral("2026-W16")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith(QStringLiteral("overdue,N3,A5,Jonas,2026-03-12,clarity,csat,0.7,0.8,2026-04-02,11\r\n")));
}

void TestCoachingCli::usageErrors()
{
    QCOMPARE(cli({QStringLiteral("coaching")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("coaching"), QStringLiteral("nope")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--by"),
                  QStringLiteral("shift")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("coaching"), QStringLiteral("due"), QStringLiteral("--week"), QStringLiteral("W99")})
                 .exitCode,
             2);
    QCOMPARE(cli({QStringLiteral("coaching"), QStringLiteral("effectiveness"), QStringLiteral("--help")}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCoachingCli)
#include "tst_coachingcli.moc"
