// floorboard-cli as a user runs it: exit codes, help, JSON output and the
// way problems are printed.
#include "FbTestSupport.h"
#include "store/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
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

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void exitCodes_data();
    void exitCodes();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
    void inspectJson();
    void inspectReportsRaggedRows();
    void importInfoAndExport();
    void importPrintsProblems();
    void importListsHundredProblemsThenCounts();
    void importDryRunAndSkipInvalid();
    void checkReportsBrokenRollup();
    void backupWritesAnOpenableCopy();
    void demoThenInfo();

private:
    Run cli(const QStringList& args);
    QString db() const { return m_dir->filePath(QStringLiteral("fb.db")); }
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString p = m_dir->filePath(name);
        return writeFile(p, bytes) ? p : QString();
    }
    QJsonObject infoJson();
    // Fills the database through the library, for tests about other commands.
    bool seed(const std::vector<Kind>& kinds)
    {
        auto database = openDb(db());
        if (!database)
            return false;
        for (Kind k : kinds)
            if (auto r = importFile(*database, k, examplePath(k)); !r || !r->committed)
                return false;
        return true;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

Run TestCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's real database, whatever the arguments say.
    env.insert(QStringLiteral("FLOORBOARD_DB"), m_dir->filePath(QStringLiteral("default.db")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FB_CLI), args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject TestCli::infoJson()
{
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("info"), QStringLiteral("--json")});
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("errorLine"); // first line of stderr; DB and AGENTS stand for paths

    const QString usage = QStringLiteral("Usage: floorboard-cli [--db FILE|SITE] COMMAND [options]");
    QTest::newRow("no command") << QStringList() << 2 << usage;
    QTest::newRow("unknown command") << QStringList{"--db", "DB", "frobnicate"} << 2
                                     << "error: unknown command 'frobnicate'";
    QTest::newRow("unknown global option")
        << QStringList{"--verbose", "info"} << 2 << "error: unknown option --verbose before the command";
    QTest::newRow("unknown command option") << QStringList{"--db", "DB", "import", "--fast", "agents", "AGENTS"} << 2
                                            << "error: Unknown option 'fast'. (see floorboard-cli import --help)";
    QTest::newRow("bad kind to import") << QStringList{"--db", "DB", "import", "widgets", "AGENTS"} << 2
                                        << "error: unknown kind 'widgets' (agents, interactions, qa_evaluations, "
                                           "pulses, coaching, feedback, recognitions, mentoring_pairs, "
                                           "mentoring_sessions)";
    QTest::newRow("bad kind to export") << QStringList{"--db", "DB", "export", "widgets", "out.csv"} << 2
                                        << "error: unknown kind 'widgets'";
    QTest::newRow("import without file") << QStringList{"--db", "DB", "import", "agents"} << 2
                                         << "error: import takes 2 argument(s), got 1 (see floorboard-cli import "
                                            "--help)";
    QTest::newRow("backup without file") << QStringList{"--db", "DB", "backup"} << 2
                                         << "error: backup takes 1 argument(s), got 0 (see floorboard-cli backup "
                                            "--help)";
    QTest::newRow("info with argument") << QStringList{"--db", "DB", "info", "extra"} << 2
                                        << "error: info takes 0 argument(s), got 1 (see floorboard-cli info --help)";
    QTest::newRow("rejects without skip-invalid")
        << QStringList{"--db", "DB", "import", "--rejects", "r.csv", "agents", "AGENTS"} << 2
        << "error: --rejects goes with --skip-invalid";
    QTest::newRow("bad delimiter") << QStringList{"--db", "DB", "import", "--delimiter", "x", "agents", "AGENTS"} << 2
                                   << "error: --delimiter must be , ; tab or |, not 'x'";
    QTest::newRow("bad demo size") << QStringList{"--db", "DB", "demo", "--agents", "0"} << 2
                                   << "error: --agents takes a whole number from 1 to 100000, not '0'";
    QTest::newRow("bad map") << QStringList{"--db", "DB", "import", "--map", "oops", "agents", "AGENTS"} << 2
                             << "error: --map takes target=Source Header (or target=A+B to join two columns), not "
                                "'oops'";
    QTest::newRow("info on a missing database")
        << QStringList{"--db", "DB", "info"} << 1 << "error: DB: no such database";
    QTest::newRow("import a missing file")
        << QStringList{"--db", "DB", "import", "agents", "nope.csv"} << 1 << QString();
    QTest::newRow("import") << QStringList{"--db", "DB", "import", "agents", "AGENTS"} << 0 << QString();
    QTest::newRow("version") << QStringList{"--version"} << 0 << QString();
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, errorLine);
    for (QString& a : args) {
        if (a == QLatin1String("DB"))
            a = db();
        else if (a == QLatin1String("AGENTS"))
            a = examplePath(Kind::Agents);
        else if (a.endsWith(QLatin1String(".csv")))
            a = m_dir->filePath(a);
    }
    errorLine.replace(QStringLiteral("DB"), db());
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    if (!errorLine.isEmpty())
        QCOMPARE(r.err.section(QLatin1Char('\n'), 0, 0), errorLine);
    if (exitCode == 0)
        QCOMPARE(r.err, QString());
    else
        QVERIFY(!r.err.isEmpty());
}

void TestCli::helpOnEveryCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    QTest::newRow("init") << "init"
                          << "Usage: floorboard-cli init [options]";
    QTest::newRow("import") << "import"
                            << "Usage: floorboard-cli import [options] KIND FILE";
    QTest::newRow("export") << "export"
                            << "Usage: floorboard-cli export [options] KIND FILE";
    QTest::newRow("inspect") << "inspect"
                             << "Usage: floorboard-cli inspect [options] FILE";
    QTest::newRow("info") << "info"
                          << "Usage: floorboard-cli info [options]";
    QTest::newRow("check") << "check"
                           << "Usage: floorboard-cli check [options]";
    QTest::newRow("backup") << "backup"
                            << "Usage: floorboard-cli backup [options] FILE";
    QTest::newRow("demo") << "demo"
                          << "Usage: floorboard-cli demo [options]";
    QTest::newRow("global") << QString() << "Usage: floorboard-cli [--db FILE|SITE] COMMAND [options]";
}

void TestCli::helpOnEveryCommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    QStringList args;
    if (!command.isEmpty())
        args << command;
    args << QStringLiteral("--help");
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), usage);
    if (!command.isEmpty())
        QVERIFY(r.out.contains(QLatin1String("-h, --help")));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("default.db")))); // help opens no database
}

void TestCli::inspectJson()
{
    const QString f = file(QStringLiteral("small.csv"), "id;name;note\r\n1;Zoë;\"a;b\"\r\n2;Al;\r\n");
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), f});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("{\"encoding\":\"UTF-8\",\"delimiter\":\";\",\"line_ending\":\"CRLF\","
                                   "\"header\":[\"id\",\"name\",\"note\"],\"rows\":[[\"1\",\"Zoë\",\"a;b\"],"
                                   "[\"2\",\"Al\",\"\"]],\"row_count\":2,\"problems\":[]}\n"));
    // --rows bounds the preview; row_count still counts the whole file.
    const Run one =
        cli({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--rows"), QStringLiteral("1"), f});
    QCOMPARE(one.exitCode, 0);
    QCOMPARE(one.out, QStringLiteral("{\"encoding\":\"UTF-8\",\"delimiter\":\";\",\"line_ending\":\"CRLF\","
                                     "\"header\":[\"id\",\"name\",\"note\"],\"rows\":[[\"1\",\"Zoë\",\"a;b\"]],"
                                     "\"row_count\":2,\"problems\":[]}\n"));
}

void TestCli::inspectReportsRaggedRows()
{
    const QString f = file(QStringLiteral("ragged.csv"), "a,b\n1,2\n3,4,5\n");
    const Run r = cli({QStringLiteral("inspect"), QStringLiteral("--json"), f});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("problems")).toArray().size(), 1);
    QCOMPARE(o.value(QLatin1String("problems")).toArray().at(0).toObject().value(QLatin1String("line")).toInt(), 3);
}

void TestCli::importInfoAndExport()
{
    for (Kind k : allKinds()) {
        const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), kindName(k), examplePath(k)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
    }
    const Run again = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("interactions"),
                           examplePath(Kind::Interactions)});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("interactions.csv (UTF-8, delimiter ,): 3 rows read: 0 new, 0 replaced, 3 "
                                       "unchanged, 0 rejected. Everything was already there: nothing changed.\n"));

    const QJsonObject counts{{"agents", 3},       {"interactions", 3},    {"qa_evaluations", 2},
                             {"pulses", 3},       {"coaching", 2},        {"feedback", 3},
                             {"recognitions", 2}, {"mentoring_pairs", 3}, {"mentoring_sessions", 3}};
    const QJsonObject expected{{"database", db()},
                               {"schema_version", store::latestSchemaVersion()},
                               {"counts", counts},
                               {"first_interaction", "2026-07-06T08:12:31"},
                               {"last_interaction", "2026-07-07T14:02:44"},
                               {"rollup_rows", 2}};
    QCOMPARE(infoJson(), expected);

    const Run text = cli({QStringLiteral("--db"), db(), QStringLiteral("info")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("\ninteractions                   3\n")));
    QVERIFY(text.out.contains(QStringLiteral("interactions        2026-07-06T08:12:31 to 2026-07-07T14:02:44\n")));

    const QString out = m_dir->filePath(QStringLiteral("agents.csv"));
    const Run exported = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--excel"),
                              QStringLiteral("agents"), out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.out, QStringLiteral("3 agents rows written to %1\n").arg(out));
    QVERIFY(readAll(out).startsWith("\xEF\xBB\xBF"
                                    "\"agent_id\",name,team,")); // with Floorboard's mark

    // For a German Excel, whatever this machine's locale: ";" and the German
    // short date with four digits (docs/examples/agents.csv, rewritten by hand).
    const Run german = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("agents"), out,
                            QStringLiteral("--excel-locale"), QStringLiteral("de_DE")});
    QCOMPARE(german.exitCode, 0);
    QCOMPARE(readAll(out),
             QByteArray("\xEF\xBB\xBF\"agent_id\";name;team;supervisor;site;shift;hire_date;status;left_on\r\n"
                        "A0001;Maria Keller;Billing;Jonas Weber;Leipzig;early;15.03.2021;active;\r\n"
                        "A0002;Tom Becker;Billing;Jonas Weber;Leipzig;day;01.09.2023;active;\r\n"
                        "A0003;Aylin Demir;Tech Support;Sara Lindqvist;Leipzig;late;04.11.2019;left;"
                        "14.08.2026\r\n"));
    const QByteArray before = readAll(out);
    const Run unknown = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("agents"), out,
                             QStringLiteral("--excel-locale=xx_XX")});
    QCOMPARE(unknown.exitCode, 2);
    QCOMPARE(unknown.err, QStringLiteral("error: --excel-locale: unknown locale 'xx_XX' (e.g. de_DE or en_US)\n"));
    QCOMPARE(readAll(out), before); // nothing written after a refusal

    // Pulses: the anonymous P000002 stays out unless asked for (docs/scorecard.md).
    const QString pulses = m_dir->filePath(QStringLiteral("pulses.csv"));
    const Run signedOnly =
        cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("pulses"), pulses});
    QCOMPARE(signedOnly.exitCode, 0);
    QCOMPARE(signedOnly.out, QStringLiteral("2 pulses rows written to %1\n1 anonymous responses left out "
                                            "(--include-anonymous writes them)\n")
                                 .arg(pulses));
    QVERIFY(!readAll(pulses).contains("P000002"));
    const Run all = cli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("--include-anonymous"),
                         QStringLiteral("pulses"), pulses});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out, QStringLiteral("3 pulses rows written to %1\n").arg(pulses));
    QVERIFY(readAll(pulses).contains("P000002,2026-W28,Billing,,5,3,4,4,4,"));
}

void TestCli::importPrintsProblems()
{
    QVERIFY(seed({Kind::Agents}));
    const QString f = file(QStringLiteral("i.csv"), "interaction_id,agent_id,started_at,handle_seconds,csat,mood\n"
                                                    "C1,A0001,2026-07-06T08:00:00,30,5,ok\n"
                                                    "C2,A0001,03/04/2026,30,7,ok\n"
                                                    "C3,A0099,2026-07-06T08:00:00,30,,ok\n");
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("interactions"), f});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("warning: column 'mood' is not a column of interactions and was ignored"));
    QCOMPARE(lines[1],
             f + QStringLiteral(":3: column started_at: value '03/04/2026': is not an ISO 8601 date (YYYY-MM-DD); "
                                "a date like 03/04/2026 could be either day or month first, so say which with "
                                "--date-format, e.g. --date-format \"dd/MM/yyyy\" or --date-format "
                                "\"MM/dd/yyyy\" (add \" H:mm\" or \" H:mm:ss\" for a time)"));
    QCOMPARE(lines[2], f + QStringLiteral(":3: column csat: value '7': is out of range (1 to 5)"));
    QCOMPARE(lines[3], f + QStringLiteral(":4: column agent_id: value 'A0099': unknown agent; import the agents "
                                          "first, or use --create-agents to create it in team Unassigned"));
    QCOMPARE(lines[4], QString());
    QCOMPARE(r.out, QStringLiteral("i.csv (UTF-8, delimiter ,): 3 rows read: 1 new, 0 replaced, 0 unchanged, 2 "
                                   "rejected. 3 problems: nothing was changed.\n"));
    QCOMPARE(infoJson().value(QLatin1String("counts")).toObject().value(QLatin1String("interactions")).toInt(), 0);
}

void TestCli::importListsHundredProblemsThenCounts()
{
    QVERIFY(seed({Kind::Agents}));
    QByteArray csv = "interaction_id,agent_id,started_at,handle_seconds\n";
    for (int i = 0; i < 150; ++i)
        csv += "C" + QByteArray::number(i) + ",A0001,2026-07-06T08:00:00,-1\n";
    const QString f = file(QStringLiteral("bad.csv"), csv);
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("interactions"), f});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 101);
    QCOMPARE(lines[99], f + QStringLiteral(":101: column handle_seconds: value '-1': is not a duration (seconds, "
                                           "h:mm:ss or m:ss)"));
    QCOMPARE(lines[100], QStringLiteral("... and 50 more problems"));
    QCOMPARE(r.out, QStringLiteral("bad.csv (UTF-8, delimiter ,): 150 rows read: 0 new, 0 replaced, 0 unchanged, 150 "
                                   "rejected. 150 problems: nothing was changed.\n"));
}

void TestCli::importDryRunAndSkipInvalid()
{
    const QString agents = file(QStringLiteral("agents.csv"), "agent_id,name,team\nA1,Ann,T\nA2,Bo,T\nA3,,T\n");
    const Run dry = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--dry-run"),
                         QStringLiteral("agents"), examplePath(Kind::Agents)});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out, QStringLiteral("agents.csv (UTF-8, delimiter ,): 3 rows read: 3 new, 0 replaced, 0 unchanged, 0 "
                                     "rejected. Dry run: nothing was changed.\n"));
    QCOMPARE(infoJson().value(QLatin1String("counts")).toObject().value(QLatin1String("agents")).toInt(), 0);

    const QString rejects = m_dir->filePath(QStringLiteral("rejects.csv"));
    const Run skip = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), QStringLiteral("--skip-invalid"),
                          QStringLiteral("--rejects"), rejects, QStringLiteral("agents"), agents});
    QCOMPARE(skip.exitCode, 0);
    QCOMPARE(skip.err, agents + QStringLiteral(":4: column name: value '': is required\n"));
    QCOMPARE(skip.out, QStringLiteral("agents.csv (UTF-8, delimiter ,): 3 rows read: 2 new, 0 replaced, 0 unchanged, "
                                      "1 rejected\nRejected rows were written to %1\n")
                           .arg(rejects));
    QCOMPARE(
        readAll(rejects),
        QByteArray("agent_id,name,team,reject_line,reject_reason\r\nA3,,T,4,column name: value '': is required\r\n"));
    QCOMPARE(infoJson().value(QLatin1String("counts")).toObject().value(QLatin1String("agents")).toInt(), 2);
}

void TestCli::checkReportsBrokenRollup()
{
    QVERIFY(seed({Kind::Agents, Kind::Interactions}));
    const Run clean = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out, QStringLiteral("All checks passed.\n"));
    {
        SQLite::Database raw(db().toStdString(), SQLite::OPEN_READWRITE);
        raw.exec("UPDATE interaction_rollups SET interactions = 3 WHERE agent_id = 'A0001'");
    }
    const Run broken = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    QCOMPARE(broken.exitCode, 1);
    QCOMPARE(broken.out, QStringLiteral("rollups: rollup for A0001 2026-W28 says 3 interactions, the interactions say "
                                        "2\n1 problems found.\n"));
}

void TestCli::backupWritesAnOpenableCopy()
{
    QVERIFY(seed(allKinds()));
    const QString copy = m_dir->filePath(QStringLiteral("copy.db"));
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), copy});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("Backup written to %1\n").arg(copy));
    QCOMPARE(dumpAll(copy), dumpAll(db()));
    const Run check = cli({QStringLiteral("--db"), copy, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    const Run self = cli({QStringLiteral("--db"), db(), QStringLiteral("backup"), db()});
    QCOMPARE(self.exitCode, 1);
    QCOMPARE(self.err, QStringLiteral("error: %1: is the open database itself; choose another file\n").arg(db()));
}

void TestCli::demoThenInfo()
{
    const Run r = cli({QStringLiteral("--db"), db(), QStringLiteral("demo"), QStringLiteral("--agents"),
                       QStringLiteral("6"), QStringLiteral("--teams"), QStringLiteral("2"), QStringLiteral("--weeks"),
                       QStringLiteral("2"), QStringLiteral("--contacts-per-week"), QStringLiteral("10")});
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression re(QStringLiteral(
        "^Demo site: (\\d+) agents, (\\d+) interactions, (\\d+) QA evaluations, (\\d+) pulse responses, (\\d+) "
        "coaching notes, (\\d+) feedback tickets, (\\d+) recognitions \\(\\d+\\.\\d s\\)\n$"));
    const auto m = re.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1).toInt(), 6);
    const QJsonObject info = infoJson();
    const QJsonObject counts = info.value(QLatin1String("counts")).toObject();
    const char* kinds[] = {"agents",   "interactions", "qa_evaluations", "pulses",
                           "coaching", "feedback",     "recognitions"};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(counts.value(QLatin1String(kinds[i])).toInt(), m.captured(i + 1).toInt());
    QVERIFY(counts.value(QLatin1String("interactions")).toInt() > 0);
    QVERIFY(info.value(QLatin1String("rollup_rows")).toInt() > 0);
    QCOMPARE(cli({QStringLiteral("--db"), db(), QStringLiteral("check")}).out, QStringLiteral("All checks passed.\n"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
