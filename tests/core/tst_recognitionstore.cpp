// Recognition in the store: the migration's behaviour list, an old
// recognitions file (7 columns) importing as before and exporting with the new
// columns empty, a nomination recorded with every refusal's exact message
// and nothing written after a refusal, the behaviour list edited, and the
// outcome of the evidence the docs/examples nomination cites.
#include "FbTestSupport.h"
#include "export/Exporter.h"
#include "store/Migrations.h"
#include "store/RecognitionStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace fb;
using namespace fbtest;

namespace {

Recognition nomination()
{
    Recognition r;
    r.givenOn = QDate(2026, 7, 10);
    r.toAgent = "A0001";
    r.behavior = "productive empathy";
    r.fromRole = "peer";
    r.fromAgent = "A0002";
    r.evidence = "Stayed calm with a customer who had called three times";
    return r;
}

} // namespace

class TestRecognitionStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void migrationSeedsTheBehaviourList();
    void migrationKeepsEveryOldRecognition();
    void oldFileImportsAndExportsWithNewColumnsEmpty();
    void addNamesThePeerAndGivesTheNextId();
    void addRefusals_data();
    void addRefusals();
    void behaviourListIsEditable();
    void evidenceOutcomeOfTheExample();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<store::Database> m_db;
};

void TestRecognitionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("fb.db"));
    m_db = openDb(m_path);
    QVERIFY(m_db);
    QVERIFY(importExamples(*m_db));
}

void TestRecognitionStore::migrationSeedsTheBehaviourList()
{
    QCOMPARE(m_db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(dump(m_path, "SELECT name, measure FROM recognition_behaviors ORDER BY position"),
             QStringList({"accurate resolution|accuracy", "first-contact completion|fcr", "productive empathy|empathy",
                          "clean handoff|rework", "precise documentation|documentation",
                          "perfect escalation|policy_adherence"}));
}

void TestRecognitionStore::migrationKeepsEveryOldRecognition()
{
    // The recognition migration's version: the first whose schema has the behaviour list
    // (never a fixed number: other migrations may come before it when branches merge).
    int mine = 0;
    for (int v = 1; v <= store::latestSchemaVersion() && mine == 0; ++v) {
        SQLite::Database probe(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY(store::migrate(probe, v));
        if (probe.execAndGet("SELECT count(*) FROM sqlite_schema WHERE name = 'recognition_behaviors'").getInt() == 1)
            mine = v;
    }
    QVERIFY(mine > 1);
    const QString path = m_dir->filePath(QStringLiteral("old.db"));
    {
        SQLite::Database old(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY(store::migrate(old, mine - 1));
        old.exec("INSERT INTO teams(name) VALUES ('Billing');"
                 "INSERT INTO agents(agent_id, name, team) VALUES ('A1', 'Maria Keller', 'Billing');"
                 "INSERT INTO recognitions VALUES ('R1', '2026-07-09', 'A1', 'clear next steps', 'Tom Becker', "
                 "'No call back', 'public'), ('R2', '2026-07-10', 'A1', 'owned it', NULL, NULL, 'private')");
    }
    auto db = openDb(path);
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(dump(path, "SELECT * FROM recognitions ORDER BY 1"),
             QStringList({"R1|2026-07-09|A1|clear next steps|Tom Becker|No call back|public|NULL|NULL|NULL|NULL|NULL",
                          "R2|2026-07-10|A1|owned it|NULL|NULL|private|NULL|NULL|NULL|NULL|NULL"}));
    QCOMPARE(dump(path, "SELECT count(*) FROM recognition_behaviors"), QStringList{"6"});
}

void TestRecognitionStore::oldFileImportsAndExportsWithNewColumnsEmpty()
{
    const QString old = m_dir->filePath(QStringLiteral("old.csv"));
    QVERIFY(writeFile(old, "recognition_id,given_on,to_agent,behavior,from,outcome,visibility\n"
                           "R0009,2026-07-11,A0002,clear next steps,Jonas Weber,,public\n"));
    auto imported = importFile(*m_db, Kind::Recognitions, old);
    QVERIFY(imported && imported->committed);
    const QString out = m_dir->filePath(QStringLiteral("out.csv"));
    QVERIFY(
        exporting::runExport(*m_db, exporting::ExportOptions{Kind::Recognitions, out, false, std::nullopt, true}, {}));
    // The quoted first name marks a file Floorboard wrote (docs/csv-formats.md, "Formula guard").
    QCOMPARE(readAll(out).split('\n').at(0),
             QByteArray("\"recognition_id\",given_on,to_agent,behavior,from,outcome,visibility,from_role,from_agent,"
                        "interaction_id,evaluation_id,evidence\r"));
    QCOMPARE(readAll(out).split('\n').at(3),
             QByteArray("R0009,2026-07-11,A0002,clear next steps,Jonas Weber,,public,,,,,\r"));
}

void TestRecognitionStore::addNamesThePeerAndGivesTheNextId()
{
    auto id = store::addRecognition(*m_db, nomination());
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QCOMPARE(id.value(), std::string("R000003")); // the examples hold two
    QCOMPARE(dump(m_path, "SELECT * FROM recognitions WHERE recognition_id = 'R000003'"),
             QStringList({"R000003|2026-07-10|A0001|productive empathy|Tom Becker|NULL|public|peer|A0002|NULL|NULL|"
                          "Stayed calm with a customer who had called three times"}));
}

void TestRecognitionStore::addRefusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no evidence")
        << "evidence"
        << ""
        << "evidence: cite an interaction, an evaluation or a sentence saying what the agent did";
    QTest::newRow("self") << "from_agent"
                          << "A0001"
                          << "from_agent: a peer cannot recognise themselves (A0001)";
    QTest::newRow("unknown agent") << "to_agent"
                                   << "A0099"
                                   << "to_agent: unknown agent A0099";
    QTest::newRow("unknown peer") << "from_agent"
                                  << "A0098"
                                  << "from_agent: unknown agent A0098";
    QTest::newRow("not on the list")
        << "behavior"
        << "clear next steps"
        << "behavior: 'clear next steps' is not on the behaviour list (recognition behaviors)";
    QTest::newRow("interaction missing") << "interaction_id"
                                         << "C09"
                                         << "interaction_id: C09 is not in the data";
    QTest::newRow("another's interaction") << "interaction_id"
                                           << "C00000003"
                                           << "interaction_id: C00000003 belongs to A0003, not to A0001";
    QTest::newRow("another's evaluation") << "evaluation_id"
                                          << "E000002"
                                          << "evaluation_id: E000002 belongs to A0003, not to A0001";
    QTest::newRow("taken id") << "recognition_id"
                              << "R0001"
                              << "recognition_id: R0001 already exists";
    QTest::newRow("lead without name") << "from_role"
                                       << "lead"
                                       << "from: the lead's name is missing";
}

void TestRecognitionStore::addRefusals()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    Recognition r = nomination();
    const std::string v = value.toStdString();
    if (field == QLatin1String("evidence"))
        r.evidence = v;
    else if (field == QLatin1String("from_agent"))
        r.fromAgent = v;
    else if (field == QLatin1String("to_agent"))
        r.toAgent = v;
    else if (field == QLatin1String("behavior"))
        r.behavior = v;
    else if (field == QLatin1String("interaction_id"))
        r.interactionId = v;
    else if (field == QLatin1String("evaluation_id"))
        r.evaluationId = v;
    else if (field == QLatin1String("recognition_id"))
        r.id = v;
    else if (field == QLatin1String("from_role")) {
        r.fromRole = v;
        r.fromAgent.clear();
    }
    const QStringList before = dump(m_path, "SELECT * FROM recognitions ORDER BY 1");
    auto id = store::addRecognition(*m_db, r);
    QVERIFY(!id);
    QCOMPARE(id.error().toString(), message);
    QCOMPARE(dump(m_path, "SELECT * FROM recognitions ORDER BY 1"), before);
}

void TestRecognitionStore::behaviourListIsEditable()
{
    QVERIFY(store::setRecognitionBehaviors(*m_db, {{"owned the follow-up", ""}, {"calm under pressure", "empathy"}}));
    auto list = store::recognitionBehaviors(*m_db);
    QVERIFY(list);
    QCOMPARE(list.value().size(), size_t(2));
    QCOMPARE(list.value()[1].measure, std::string("empathy"));
    const QStringList before = dump(m_path, "SELECT * FROM recognition_behaviors ORDER BY 1");
    auto twice = store::setRecognitionBehaviors(*m_db, {{"a", ""}, {"a", "fcr"}});
    QCOMPARE(twice.error().toString(), QStringLiteral("behaviour 2: 'a' is on the list twice"));
    auto unknown = store::setRecognitionBehaviors(*m_db, {{"b", "speed"}});
    QCOMPARE(unknown.error().toString(),
             QStringLiteral("behaviour 1 (b): 'speed' is neither a rubric attribute nor a scorecard metric "
                            "(csat, fcr, qa, dpti, rework, aht, escalation)"));
    QCOMPARE(dump(m_path, "SELECT * FROM recognition_behaviors ORDER BY 1"), before);
    // The recognitions given keep their behaviour's text.
    QCOMPARE(dump(m_path, "SELECT behavior FROM recognitions ORDER BY 1"),
             QStringList({"accurate resolution", "owned the follow-up"}));
}

void TestRecognitionStore::evidenceOutcomeOfTheExample()
{
    auto rows = store::loadRecognitions(*m_db, QDate(2026, 7, 1), QDate(2026, 7, 31));
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), size_t(2));
    auto e = store::evidenceOutcome(*m_db, rows.value()[0]);
    QVERIFY(e);
    // docs/examples: C00000001 resolved on first contact with CSAT 5; E000001 scored accuracy 4, clarity 3,
    // empathy 3, policy 4, documentation NA: 100 x (30 + 20 x 3/4 + 20 x 3/4 + 20) / 90 = 88.9, shown as 89.
    QCOMPARE(analytics::evidenceText(e.value(), format::file()),
             QStringLiteral("FCR yes · CSAT 5 of 5 · QA 89 of 100 · Accuracy 4 of 4"));
    // An evaluation alone brings the FCR and CSAT of the interaction it scored.
    Recognition evaluationOnly = rows.value()[0];
    evaluationOnly.interactionId.clear();
    auto viaEvaluation = store::evidenceOutcome(*m_db, evaluationOnly);
    QVERIFY(viaEvaluation);
    QCOMPARE(analytics::evidenceText(viaEvaluation.value(), format::file()),
             QStringLiteral("FCR yes · CSAT 5 of 5 · QA 89 of 100 · Accuracy 4 of 4"));
    QVERIFY(!rows.value()[1].isPublic);
    auto none = store::evidenceOutcome(*m_db, rows.value()[1]);
    QVERIFY(none);
    QCOMPARE(analytics::evidenceText(none.value(), format::file()), QString());
}

QTEST_GUILESS_MAIN(TestRecognitionStore)
#include "tst_recognitionstore.moc"
