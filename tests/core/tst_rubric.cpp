// Rubric versions and QA evaluations entered in Floorboard: an edit makes a
// new version, old evaluations keep theirs and their totals do not change.
#include "FbTestSupport.h"
#include "store/QaStore.h"
#include "store/RubricStore.h"

#include <QTemporaryDir>

using namespace fb;

class TestRubric : public QObject {
    Q_OBJECT

private slots:
    void init();
    void defaultRubricHasAnchors();
    void editMakesANewVersion();
    void unchangedRubricIsNotANewVersion();
    void oldEvaluationsKeepTheirVersionAndTotal();
    void evaluationRefusesMissingScores();
    void validation_data();
    void validation();
    void attributeWeeksUseEachVersionsScale();

private:
    store::Evaluation evaluation(int accuracy, int clarity, std::optional<int> empathy, int policy, int documentation);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
};

void TestRubric::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = fbtest::openDb(m_dir->filePath(QStringLiteral("r.db")));
    QVERIFY(m_db);
    QVERIFY(fbtest::importFile(*m_db, Kind::Agents, fbtest::examplePath(Kind::Agents)).ok());
}

store::Evaluation TestRubric::evaluation(int accuracy, int clarity, std::optional<int> empathy, int policy,
                                         int documentation)
{
    store::Evaluation e;
    e.agentId = "A0001";
    e.evaluator = "Sara Lindqvist";
    e.evaluatedAt = QStringLiteral("2026-03-04T10:00:00");
    e.scores = {{"accuracy", accuracy},
                {"clarity", clarity},
                {"empathy", empathy},
                {"policy_adherence", policy},
                {"documentation", documentation}};
    e.comments["clarity"] = "Explained the refund steps twice";
    return e;
}

void TestRubric::defaultRubricHasAnchors()
{
    auto r = store::loadRubric(*m_db);
    QVERIFY(r.ok());
    QCOMPARE(r->version, 1);
    QCOMPARE(r->attributes.size(), size_t(5));
    QCOMPARE(r->attributes[3].name, std::string("policy_adherence"));
    QVERIFY(r->attributes[3].critical);
    QCOMPARE(r->anchors.at("empathy").size(), size_t(5));
    QCOMPARE(r->anchors.at("empathy")[0], std::string("Dismissive or rude"));
    QCOMPARE(r->anchors.at("accuracy")[4], std::string("Fully right and complete the first time"));
}

void TestRubric::editMakesANewVersion()
{
    auto r = store::loadRubric(*m_db).value();
    r.attributes[1].weight = 25;
    r.anchors["clarity"][2] = "Understandable after a second explanation";
    RubricAttribute greeting;
    greeting.name = "greeting";
    greeting.weight = 5;
    greeting.yesNo = true;
    r.attributes.push_back(greeting);
    r.anchors["greeting"] = {"No greeting", "Greeted by name"};
    auto v = store::saveRubricVersion(*m_db, r);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().toString()));
    QCOMPARE(v.value(), 2);
    auto now = store::loadRubric(*m_db).value();
    QCOMPARE(now.version, 2);
    QCOMPARE(now.attributes.size(), size_t(6));
    QCOMPARE(now.attributes[1].weight, 25.0);
    QCOMPARE(now.anchors.at("clarity")[2], std::string("Understandable after a second explanation"));
    QCOMPARE(now.anchors.at("greeting")[1], std::string("Greeted by name"));
    QCOMPARE(store::loadRubric(*m_db, 1)->attributes[1].weight, 20.0);
    QCOMPARE(store::currentRubric(*m_db)->version, 2); // what CSV import scores against
    QCOMPARE(store::rubricVersions(*m_db)->size(), size_t(2));
}

void TestRubric::unchangedRubricIsNotANewVersion()
{
    auto r = store::loadRubric(*m_db).value();
    QCOMPARE(store::saveRubricVersion(*m_db, r).value(), 1);
    QCOMPARE(store::rubricVersions(*m_db)->size(), size_t(1));
}

void TestRubric::oldEvaluationsKeepTheirVersionAndTotal()
{
    // accuracy 4, clarity 3, empathy NA, policy 4, documentation 2:
    // 100 x (30 x 1 + 20 x 0.75 + 20 x 1 + 10 x 0.5) / (30 + 20 + 20 + 10) = 100 x 70 / 80 = 87.5
    auto id = store::saveEvaluation(*m_db, evaluation(4, 3, std::nullopt, 4, 2));
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    QCOMPARE(*store::evaluationTotal(*m_db, id.value()).value(), 87.5);

    auto r = store::loadRubric(*m_db).value();
    r.attributes[3].weight = 40; // policy_adherence 20 -> 40
    QCOMPARE(store::saveRubricVersion(*m_db, r).value(), 2);

    auto back = store::loadEvaluation(*m_db, id.value());
    QVERIFY(back.ok());
    QCOMPARE(back->rubricVersion, 1);
    QCOMPARE(back->comments.at("clarity"), std::string("Explained the refund steps twice"));
    QCOMPARE(*store::evaluationTotal(*m_db, id.value()).value(), 87.5); // unchanged

    // A new evaluation with the same scores is scored with version 2:
    // 100 x (30 + 15 + 40 + 5) / (30 + 20 + 40 + 10) = 90
    auto id2 = store::saveEvaluation(*m_db, evaluation(4, 3, std::nullopt, 4, 2));
    QVERIFY(id2.ok());
    QVERIFY(id2.value() != id.value());
    QCOMPARE(store::loadEvaluation(*m_db, id2.value())->rubricVersion, 2);
    QCOMPARE(*store::evaluationTotal(*m_db, id2.value()).value(), 90.0);

    // A 0 on the critical attribute makes the total 0.
    auto id3 = store::saveEvaluation(*m_db, evaluation(4, 4, 4, 0, 4));
    QCOMPARE(*store::evaluationTotal(*m_db, id3.value()).value(), 0.0);
}

void TestRubric::evaluationRefusesMissingScores()
{
    auto r = store::loadRubric(*m_db).value();
    r.attributes[3].naAllowed = false;
    QVERIFY(store::saveRubricVersion(*m_db, r).ok());
    auto e = evaluation(4, 3, 3, 4, 2);
    e.scores[3].second = std::nullopt;
    auto id = store::saveEvaluation(*m_db, e);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().reason, QStringLiteral("Score every attribute (NA is not allowed for: policy_adherence)."));
    e.scores[3].second = 5;
    QCOMPARE(store::saveEvaluation(*m_db, e).error().reason,
             QStringLiteral("The score of policy_adherence is outside its scale."));
}

void TestRubric::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("weight");
    QTest::addColumn<QString>("message");
    QTest::newRow("space") << "first call" << 10.0
                           << "Attribute name 'first call' must start with a letter and use only a-z, 0-9 and _.";
    QTest::newRow("reserved") << "comment" << 10.0
                              << "'comment' is a column of the evaluations file and cannot be an attribute.";
    QTest::newRow("twice") << "clarity" << 10.0 << "Attribute 'clarity' appears twice.";
    QTest::newRow("negative") << "tone" << -1.0 << "The weight of 'tone' must be 0 or more.";
}

void TestRubric::validation()
{
    QFETCH(QString, name);
    QFETCH(double, weight);
    QFETCH(QString, message);
    auto r = store::loadRubric(*m_db).value();
    RubricAttribute a;
    a.name = name.toStdString();
    a.weight = weight;
    r.attributes.push_back(a);
    auto v = store::saveRubricVersion(*m_db, r);
    QVERIFY(!v.ok());
    QCOMPARE(v.error().reason, message);
    QCOMPARE(store::rubricVersions(*m_db)->size(), size_t(1));
}

void TestRubric::attributeWeeksUseEachVersionsScale()
{
    QVERIFY(store::saveEvaluation(*m_db, evaluation(4, 3, 2, 4, 2)).ok());
    auto r = store::loadRubric(*m_db).value();
    r.attributes[2].yesNo = true; // empathy becomes yes/no
    QVERIFY(store::saveRubricVersion(*m_db, r).ok());
    auto e = evaluation(4, 3, 1, 4, 2);
    e.evaluatedAt = QStringLiteral("2026-03-05T09:00:00");
    QVERIFY(store::saveEvaluation(*m_db, e).ok());
    analytics::WeeklyData data;
    QVERIFY(store::addAttributeWeeks(*m_db, 202610, 202610, data).ok());
    const auto& empathy = data["A0001"][202610].attributes["empathy"];
    QCOMPARE(empathy.n, qint64(2));
    QCOMPARE(empathy.sum, 50.0 + 100.0); // 2 of 4, then yes
}

QTEST_GUILESS_MAIN(TestRubric)
#include "tst_rubric.moc"
