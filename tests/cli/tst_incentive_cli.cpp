// floorboard-cli incentive on the seeded demo site: the plan file's round
// trip, the payout and audit CSVs with the columns of the issue, the planted
// unfairness (the late shift's harder queue) flagged and nothing else, the
// PDF for HR, what-if, and every refusal with its exact message and nothing
// written after it.
#include "FbTestSupport.h"
#include "ProcessRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

class TestIncentiveCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planRoundTrip();
    void payoutColumns();
    void auditFindsThePlantedShift();
    void auditOtherGroupingsFlagNothing();
    void auditPdf();
    void whatIfLoweredGate();
    void refusals_data();
    void refusals();
    void badPlanFileStoresNothing();

private:
    fbtest::ProcessRun cli(const QString& db, const QStringList& args) const
    {
        return fbtest::runProcess(QStringLiteral(FB_CLI), QStringList{QStringLiteral("--db"), db} + args,
                                  fbtest::isolatedEnvironment(m_dir.path()));
    }
    [[nodiscard]] QString demo() const { return m_dir.filePath(QStringLiteral("demo.db")); }
    [[nodiscard]] QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static QByteArray read(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QList<QByteArray> lines(const QString& file) { return read(file).trimmed().split('\n'); }
    QTemporaryDir m_dir;
};

void TestIncentiveCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = cli(demo(), {"demo"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestIncentiveCli::planRoundTrip()
{
    // The example file into an empty database, out again, into a third and out: the same bytes.
    const QString example = QStringLiteral(FB_EXAMPLES "/incentive-plan.csv");
    auto r = cli(path("a.db"), {"incentive", "plan", "import", example});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString("plan 'Quality first' stored as version 1 (4 components)\n"));
    r = cli(path("a.db"), {"incentive", "plan", "export", path("a.csv"), "--plan", "Quality first"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(path("b.db"), {"incentive", "plan", "import", path("a.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(path("b.db"), {"incentive", "plan", "export", path("b.csv"), "--plan", "Quality first"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(read(path("b.csv")), read(path("a.csv")));
    // The demo's plan is the example's: its export has the same bytes.
    r = cli(demo(), {"incentive", "plan", "export", path("demo-plan.csv"), "--plan", "Quality first"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(read(path("demo-plan.csv")), read(path("a.csv")));
    // The example itself, modulo the writer's CRLF line ends.
    QCOMPARE(read(path("a.csv")).replace("\r\n", "\n"), read(example));
    // The same rules again store nothing; a changed gate stores version 2.
    r = cli(path("b.db"), {"incentive", "plan", "import", path("a.csv")});
    QCOMPARE(r.err, QString("plan 'Quality first' unchanged: version 1 has the same rules\n"));
    QByteArray changed = read(path("a.csv")).replace(",68,3,", ",70,3,");
    QFile f(path("changed.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(changed);
    f.close();
    r = cli(path("b.db"), {"incentive", "plan", "import", path("changed.csv")});
    QCOMPARE(r.err, QString("plan 'Quality first' stored as version 2 (4 components)\n"));
}

void TestIncentiveCli::payoutColumns()
{
    const auto r = cli(
        demo(), {"incentive", "payout", "--plan", "Quality first", "--period", "2026-Q3", "--out", path("payout.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString("48 payouts written to %1\n").arg(path("payout.csv")));
    const auto rows = lines(path("payout.csv"));
    QCOMPARE(rows.size(), 49);
    QCOMPARE(rows[0].trimmed(), QByteArray("agent_id,name,team,period,gate,quality_score,productivity_score,payout,"
                                           "explanation"));
    QVERIFY(rows[1].startsWith("A0001,"));
}

void TestIncentiveCli::auditFindsThePlantedShift()
{
    const auto r = cli(demo(), {"incentive", "audit", "--plan", "Quality first", "--period", "2026-Q3", "--by", "shift",
                                "--out", path("shift.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString("fairness audit of 'Quality first' version 1, 2026-Q3, by shift: 48 agents, 3 groups\n"));
    const auto rows = lines(path("shift.csv"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].trimmed(),
             QByteArray("group,agents,payout_mean,gate_pass_rate,difference_vs_rest,p_value,p_holm,flag"));
    // Measured on the seeded demo (seed 1): day 14 of 24 pass the gate, early 8 of 16, late 0 of 8.
    QVERIFY(rows[1].startsWith("day,24,"));
    QVERIFY(rows[1].trimmed().endsWith(",0"));
    QVERIFY(rows[2].startsWith("early,16,"));
    QVERIFY(rows[2].trimmed().endsWith(",0"));
    QVERIFY(rows[3].startsWith("late,8,"));
    const auto late = rows[3].trimmed().split(',');
    QCOMPARE(late[3], QByteArray("0"));              // pass rate 0 of 8
    QCOMPARE(late[4].toDouble(), 0.0 - 22.0 / 40.0); // rest: 22 of 40
    // Fisher on (0, 8 / 22, 18) and Holm over the three shifts, from
    // tests/reference/fisher_exact.py's fisher_two_sided and holm on the tables
    // (14, 10 / 8, 16), (8, 8 / 14, 18), (0, 8 / 22, 18): exact fractions.
    QVERIFY(std::abs(late[5].toDouble() - 0.004987544766052828) < 1e-12);
    QVERIFY(std::abs(late[6].toDouble() - 0.014962634298158483) < 1e-12);
    QCOMPARE(late[7], QByteArray("1")); // flagged
    const auto day = rows[1].trimmed().split(',');
    QVERIFY(std::abs(day[6].toDouble() - 0.29361365933562594) < 1e-12); // a gap of 25 points, not enough evidence
}

void TestIncentiveCli::auditOtherGroupingsFlagNothing()
{
    for (const char* by : {"team", "site", "tenure", "supervisor"}) {
        const auto r =
            cli(demo(), {"incentive", "audit", "--plan", "Quality first", "--period", "2026-Q3", "--by", by});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto rows = r.out.trimmed().split(QStringLiteral("\r\n"));
        QVERIFY2(rows.size() > 1, by);
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(rows[i].endsWith(QStringLiteral(",0")), qPrintable(QString::fromLatin1(by) + ": " + rows[i]));
    }
}

void TestIncentiveCli::auditPdf()
{
    const auto r = cli(demo(), {"incentive", "audit", "--plan", "Quality first", "--period", "2026-Q3", "--format",
                                "pdf", "--out", path("audit.pdf")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.err,
             QString("fairness audit of 'Quality first' version 1 (2026-Q3) written to %1\n").arg(path("audit.pdf")));
    QVERIFY(read(path("audit.pdf")).startsWith("%PDF-"));
}

void TestIncentiveCli::whatIfLoweredGate()
{
    QByteArray lowered = read(QStringLiteral(FB_EXAMPLES "/incentive-plan.csv")).replace(",68,3,", ",0,3,");
    QFile f(path("lowered.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(lowered);
    f.close();
    const auto r = cli(demo(), {"incentive", "whatif", "--plan", "Quality first", "--period", "2026-Q3", "--with",
                                path("lowered.csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto rows = r.out.trimmed().split(QStringLiteral("\r\n"));
    QCOMPARE(rows.size(), 49);
    QCOMPARE(rows[0], QString("agent_id,name,team,payout_before,payout_after,change,gate_before,gate_after"));
    // A gate of 0 opens every red gate: nobody loses, the largest gain first.
    QVERIFY(rows[1].endsWith(QStringLiteral(",red,green")));
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY(rows[i].split(',')[5].toDouble() >= 0);
}

void TestIncentiveCli::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("err");
    QTest::newRow("no period") << QStringList{"incentive", "payout", "--plan", "Quality first"} << 2
                               << "error: incentive payout needs --plan NAME and --period P\n";
    QTest::newRow("bad period") << QStringList{"incentive", "payout", "--plan", "Quality first", "--period", "2026-Q5"}
                                << 1
                                << "error: column period: value '2026-Q5': a period is a quarter such as 2026-Q3 or "
                                   "a month such as 2026-09\n";
    QTest::newRow("month for a quarterly plan")
        << QStringList{"incentive", "audit", "--plan", "Quality first", "--period", "2026-09"} << 1
        << "error: column period: value '2026-09': the plan 'Quality first' pays per quarter; give a quarter such "
           "as 2026-Q3\n";
    QTest::newRow("unknown plan") << QStringList{"incentive", "payout", "--plan", "Nope", "--period", "2026-Q3"} << 1
                                  << "error: there is no incentive plan named 'Nope'\n";
    QTest::newRow("unknown version") << QStringList{"incentive", "payout", "--plan",   "Quality first",
                                                    "--version", "7",      "--period", "2026-Q3"}
                                     << 1 << "error: the incentive plan 'Quality first' has no version 7\n";
    QTest::newRow("bad grouping") << QStringList{"incentive", "audit",   "--plan", "Quality first",
                                                 "--period",  "2026-Q3", "--by",   "age"}
                                  << 2 << "error: --by takes team, shift, site, tenure or supervisor, not 'age'\n";
    QTest::newRow("unknown subcommand") << QStringList{"incentive", "pay"} << 2
                                        << "error: unknown incentive subcommand 'pay'\n";
}

void TestIncentiveCli::refusals()
{
    QFETCH(QStringList, args);
    const auto r = cli(demo(), args);
    QTEST(r.exitCode, "code");
    QFETCH(QString, err);
    QVERIFY2(r.err.startsWith(err), qPrintable(r.err));
}

void TestIncentiveCli::badPlanFileStoresNothing()
{
    QFile f(path("bad.csv"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("plan,period,amount_kind,amount,gate_qa_min,gate_min_evaluations,component,weight,floor,target,min_n\n"
            "Bad,quarter,per_agent,600,68,3,qa,0.5,55,80,3\n"
            "Bad,quarter,per_agent,600,68,3,volume,0.5,900,1400,1\n");
    f.close();
    auto r = cli(demo(), {"incentive", "plan", "import", path("bad.csv")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QString("error: %1:3: column component: value 'volume': the component is qa, csat, fcr, "
                            "contacts or aht\n")
                        .arg(path("bad.csv")));
    r = cli(demo(), {"incentive", "plan", "list"});
    QVERIFY(!r.out.contains(QStringLiteral("Bad")));
}

QTEST_GUILESS_MAIN(TestIncentiveCli)
#include "tst_incentive_cli.moc"
