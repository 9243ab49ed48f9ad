// floorboard-cli scorecard on a small imported dataset: exact header and rows.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScorecardCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.path() + QLatin1Char('/') + QLatin1String(name); }

    int run(const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr)
    {
        QProcess p;
        p.setProgram(QStringLiteral(FB_CLI));
        // The PDF is drawn under an offscreen QGuiApplication, which warns on
        // stderr when there is no runtime folder; a real session has one.
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        p.setProcessEnvironment(env);
        p.setArguments(QStringList{QStringLiteral("--db"), path("fb.db")} + args);
        p.start();
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        const QByteArray e = p.readAllStandardError();
        if (err)
            *err = e;
        return p.exitCode();
    }

    void write(const char* name, const QByteArray& text)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write("agents.csv", "agent_id,name,team,site\nA1,Ann Ito,Billing,North\nA2,\"Ode, Ben\",Billing,North\n");
        // Ann, 2026-W10: 20 contacts of 600 s, 16 of 20 resolved, 2 repeats, 1 escalation, 1 defect, CSAT 5,5,4,3,2.
        QByteArray rows = "interaction_id,agent_id,started_at,handle_seconds,resolved_first_contact,repeat_contact,"
                          "escalated,defects,csat\n";
        const int csat[] = {5, 5, 4, 3, 2};
        for (int i = 0; i < 20; ++i)
            rows += QStringLiteral("C%1,A1,2026-03-0%2T09:%3:00,600,%4,%5,%6,%7,%8\n")
                        .arg(i + 1)
                        .arg(2 + i % 5)
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(i < 16 ? 1 : 0)
                        .arg(i < 2 ? 1 : 0)
                        .arg(i < 1 ? 1 : 0)
                        .arg(i < 1 ? 1 : 0)
                        .arg(i < 5 ? QString::number(csat[i]) : QString())
                        .toUtf8();
        // Ben, 2026-W10: 3 contacts only.
        rows += "D1,A2,2026-03-03T10:00:00,300,1,0,0,0,\nD2,A2,2026-03-03T11:00:00,300,1,0,0,0,\n"
                "D3,A2,2026-03-04T11:00:00,300,0,0,0,0,\n";
        write("interactions.csv", rows);
        write("qa.csv", "evaluation_id,agent_id,evaluator,evaluated_at,accuracy,clarity,empathy,policy_adherence,"
                        "documentation\nE1,A1,Sue,2026-03-04T10:00:00,4,3,3,4,NA\n");
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("agents"), path("agents.csv")}), 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("interactions"), path("interactions.csv")}), 0);
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("qa_evaluations"), path("qa.csv")}), 0);
    }

    void agentLevel()
    {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--out"), path("card.csv")}, &out, &err), 0);
        QFile f(path("card.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, two agents, empty after the last CRLF
        QCOMPARE(lines[0],
                 QByteArray("level,id,name,team,week_from,week_to,csat,csat_n,csat_score,fcr,fcr_n,fcr_score,qa,qa_n,"
                            "qa_score,dpti,dpti_n,dpti_score,rework,rework_n,rework_score,aht,aht_n,aht_score,"
                            "escalation,escalation_n,escalation_score,pulse,pulse_n,pulse_score,coaching,coaching_n,"
                            "coaching_score,composite,weights_used,gate\r"));
        // csat 3/5 = 0.6 -> score 0 (its floor); fcr 0.8 -> 100; qa 100 x 80/90; dpti 50 -> 0; rework 0.1 -> 50;
        // aht 600 -> 40; escalation 0.05 -> 71.43; composite over 85 of 90 weights (an agent's
        // pulse is its team's, left empty here and no part of the composite). Unrounded: the
        // rework score is 100 x (0.1 - 0.15) / (0.05 - 0.15) in doubles. One QA evaluation: the gate
        // needs 3, so it is empty (it read "green" before that rule).
        QCOMPARE(lines[1],
                 QByteArray("agent,A1,Ann Ito,Billing,2026-W10,2026-W10,0.6,5,0,0.8,20,100,"
                            "88.88888888888889,1,94.44444444444443,50,20,0,0.1,20,49.99999999999999,600,20,40,"
                            "0.05,20,71.42857142857143,,,,,0,,54.98599439775909,85,\r"));
        // Ben: 3 interactions, below every minimum sample: all values empty, no composite, no gate.
        QCOMPARE(lines[2], QByteArray("agent,A2,\"Ode, Ben\",Billing,2026-W10,2026-W10,,0,,,3,,,0,,,3,,,3,,,3,,,3,,,"
                                      ",,,0,,,0,\r"));
    }

    void agentLevelForGermanExcel()
    {
        // The rows of agentLevel as a German Excel reads them, rounded by hand as
        // the Scorecards page shows them: proportions to three decimals (60.0 %),
        // QA and defects to one, seconds and the 0-100 scores whole, the
        // composite to one decimal; ";" between cells, the name with a comma quoted.
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--out"), path("card-de.csv"),
                      QStringLiteral("--excel-locale"), QStringLiteral("de_DE")}),
                 0);
        QFile f(path("card-de.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBFlevel;id;name;team;week_from;week_to;csat;csat_n;csat_score;fcr;"));
        QCOMPARE(lines[1], QByteArray("agent;A1;Ann Ito;Billing;2026-W10;2026-W10;0,600;5;0;0,800;20;100;88,9;1;94;"
                                      "50,0;20;0;0,100;20;50;600;20;40;0,050;20;71;;;;;0;;55,0;85;\r"));
        QCOMPARE(lines[2], QByteArray("agent;A2;\"Ode, Ben\";Billing;2026-W10;2026-W10;;0;;;3;;;0;;;3;;;3;;;3;;;3;;;"
                                      ";;;0;;;0;\r")); // no pulse on an agent row: the team's is shown instead
    }

    void teamLevelToStdout()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--level"), QStringLiteral("team"),
                      QStringLiteral("--week"), QStringLiteral("2026-W10"), QStringLiteral("--weeks"),
                      QStringLiteral("2"), QStringLiteral("--team"), QStringLiteral("Billing")},
                     &out),
                 0);
        const QList<QByteArray> lines = out.split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith("team,Billing,Billing,Billing,2026-W09,2026-W10,0.6,5,0,0.782608695652174,23,"),
                 lines[1].constData());
    }

    void definitionExportsAsCsv()
    {
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--definition-out"), path("definition.csv")}), 0);
        QFile f(path("definition.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        // The default definition of docs/scorecard.md, version 1, in definition order.
        QCOMPARE(f.readAll(), QByteArray("version,metric,perspective,direction,floor,target,weight,min_n\r\n"
                                         "1,csat,customer,higher_is_better,0.65,0.85,15,5\r\n"
                                         "1,fcr,customer,higher_is_better,0.6,0.8,20,20\r\n"
                                         "1,qa,quality,higher_is_better,70,90,15,1\r\n"
                                         "1,dpti,quality,lower_is_better,30,5,10,20\r\n"
                                         "1,rework,quality,lower_is_better,0.15,0.05,10,20\r\n"
                                         "1,aht,efficiency,lower_is_better,720,420,10,20\r\n"
                                         "1,escalation,efficiency,lower_is_better,0.1,0.03,5,20\r\n"
                                         "1,pulse,people,higher_is_better,3,4.2,10,5\r\n"
                                         "1,coaching,people,higher_is_better,0.6,0.95,5,1\r\n"));
        QByteArray err;
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--definition-out"), path("d.csv"),
                      QStringLiteral("--definition"), QStringLiteral("x")},
                     nullptr, &err),
                 2);
        QCOMPARE(err, QByteArray("error: --definition takes a version number, not 'x'\n"));
        QVERIFY(!QFile::exists(path("d.csv")));
    }

    void printsPdf()
    {
        QByteArray err;
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--pdf"), path("card.pdf"), QStringLiteral("--out"),
                      path("card2.csv")},
                     nullptr, &err),
                 0);
        QVERIFY2(err.startsWith("Scorecards (2026-W10 to 2026-W10; agents: 2, teams: 1) printed to " +
                                path("card.pdf").toUtf8() + "\n"),
                 err.constData());
        QFile f(path("card.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        QVERIFY(QFile::exists(path("card2.csv"))); // the CSV is still written beside it
    }

    void pdfRefusals()
    {
        // Into a folder that does not exist: an error naming the file, exit 1, nothing written.
        QByteArray err;
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--pdf"), path("missing/card.pdf")}, nullptr, &err),
                 1);
        QVERIFY2(err.contains(path("missing/card.pdf").toUtf8()), err.constData());
        QVERIFY(!QFile::exists(path("missing/card.pdf")));
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--pdf"), path("x.pdf"),
                      QStringLiteral("--definition-out"), path("d.csv")},
                     nullptr, &err),
                 2);
        QCOMPARE(err, QByteArray("error: --pdf prints a scorecard; it does not go with --definition-out\n"));
    }

    void usageErrors()
    {
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--level"), QStringLiteral("floor")}), 2);
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--week"), QStringLiteral("2026-W60")}), 2);
        QCOMPARE(run({QStringLiteral("scorecard"), QStringLiteral("--team"), QStringLiteral("Nobody")}), 1);
    }
};

QTEST_GUILESS_MAIN(TestScorecardCli)
#include "tst_scorecard_cli.moc"
