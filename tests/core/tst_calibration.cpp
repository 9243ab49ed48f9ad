// Calibration sessions: store round trip, seeded samples, score import,
// consensus as the official evaluation, and the session report's statistics.
#include "FbTestSupport.h"
#include "analytics/Agreement.h"
#include "analytics/CalibrationReport.h"
#include "analytics/ScorecardStats.h"
#include "demo/DemoGenerator.h"
#include "import/CalibrationScoresImport.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Statement.h>

#include <map>

using namespace fb;
using namespace fb::store;
using fb::analytics::Cell;

namespace {

const Cell NA{};

qint64 scalar(Database& db, const std::string& query)
{
    return db.sql().execAndGet(query).getInt64();
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    // A fresh database with the docs/examples data (3 interactions, default rubric).
    std::unique_ptr<Database> freshDb()
    {
        auto db = fbtest::openDb(m_dir.filePath(QStringLiteral("cal%1.db").arg(++m_n)));
        if (db && !fbtest::importExamples(*db))
            return nullptr;
        return db;
    }

    static CalibrationSession handMade(std::optional<std::string> anchor = std::nullopt)
    {
        CalibrationSession s;
        s.id = "S1";
        s.heldOn = QDate(2026, 9, 3);
        s.facilitator = "Sara Lindqvist";
        s.participants = {{"Jonas Weber", {}}, {"Ana Ruiz", "AR"}, {"Li Wei", {}}};
        s.anchor = std::move(anchor);
        s.units = {{0, "C00000001", {}}, {0, "C00000002", {}}, {0, "C00000003", {}}};
        return s;
    }

    // scores[unit][participant] of one attribute.
    static std::vector<CalibrationScore> scoresOf(const std::string& attribute,
                                                  const std::vector<std::vector<Cell>>& matrix)
    {
        const char* units[] = {"C00000001", "C00000002", "C00000003"};
        const char* people[] = {"Jonas Weber", "Ana Ruiz", "Li Wei"};
        std::vector<CalibrationScore> out;
        for (std::size_t u = 0; u < matrix.size(); ++u)
            for (std::size_t p = 0; p < matrix[u].size(); ++p)
                if (matrix[u][p])
                    out.push_back({people[p], units[u], attribute, matrix[u][p]});
        return out;
    }

    const std::vector<std::vector<Cell>> m_accuracy{{3, 3, 4}, {2, 1, 2}, {4, 4, 4}};
    const std::vector<std::vector<Cell>> m_clarity{{2, 2, 2}, {3, NA, 1}, {0, 1, 3}};
    const std::vector<std::vector<Cell>> m_policy{{4, 3, 4}, {NA, NA, NA}, {NA, NA, NA}};

    // The hand-made session with its scores recorded.
    std::unique_ptr<Database> scoredDb()
    {
        auto db = freshDb();
        if (!db || !createSession(*db, handMade()))
            return nullptr;
        std::vector<CalibrationScore> all = scoresOf("accuracy", m_accuracy);
        for (const auto& more : {scoresOf("clarity", m_clarity), scoresOf("policy_adherence", m_policy)})
            all.insert(all.end(), more.begin(), more.end());
        if (auto st = recordScores(*db, "S1", all); !st) {
            qWarning("%s", qPrintable(st.error().toString()));
            return nullptr;
        }
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sessionRoundTrip()
    {
        auto db = freshDb();
        QVERIFY(db);
        auto s = handMade("Ana Ruiz");
        s.seed = 42;
        auto created = createSession(*db, s);
        QVERIFY2(created, created ? "" : qPrintable(created.error().toString()));
        auto loaded = loadSession(*db, "S1");
        QVERIFY(loaded);
        QCOMPARE(loaded->heldOn, QDate(2026, 9, 3));
        QCOMPARE(loaded->facilitator, std::string("Sara Lindqvist"));
        QCOMPARE(loaded->anchor, std::optional<std::string>("Ana Ruiz"));
        QCOMPARE(loaded->seed, std::optional<quint64>(42));
        QCOMPARE(loaded->rubricVersion, 1);
        QCOMPARE(loaded->participants.size(), std::size_t(3));
        QCOMPARE(loaded->participants[0].initials, std::string("JW"));
        QCOMPARE(loaded->participants[1].initials, std::string("AR"));
        QCOMPARE(loaded->units.size(), std::size_t(3));
        QCOMPARE(loaded->units[1].position, 2);
        QCOMPARE(loaded->units[1].interactionId, std::string("C00000002"));
        QCOMPARE(loaded->units[2].agentId, std::string("A0003"));

        auto again = createSession(*db, s);
        QVERIFY(!again);
        QCOMPARE(again.error().reason, QStringLiteral("A calibration session with id S1 already exists."));
        auto badAnchor = handMade("Nobody");
        badAnchor.id = "S2";
        QCOMPARE(createSession(*db, badAnchor).error().reason,
                 QStringLiteral("The anchor Nobody is not one of the participants."));
        QVERIFY(addParticipants(*db, "S1", {{"Tom Becker", {}}}));
        QCOMPARE(loadSession(*db, "S1")->participants.back().initials, std::string("TB"));
    }

    void seededSampleIsReproducible()
    {
        auto db = freshDb();
        QVERIFY(db);
        auto a = drawSample(*db, 2, 7);
        auto b = drawSample(*db, 2, 7);
        QVERIFY(a && b);
        QCOMPARE(a.value(), b.value());
        QCOMPARE(a->size(), std::size_t(2));
        QVERIFY(a->at(0) != a->at(1));
        auto all = drawSample(*db, 3, 123);
        QVERIFY(all);
        auto sorted = all.value();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, (std::vector<std::string>{"C00000001", "C00000002", "C00000003"}));

        auto perAgent = drawSample(*db, 2, 99, SamplePer::Agent);
        QVERIFY(perAgent);
        QCOMPARE(perAgent.value(), drawSample(*db, 2, 99, SamplePer::Agent).value());
        // C00000001 and C00000002 are both A0001's: one per agent means C00000003 is always drawn.
        QVERIFY(std::find(perAgent->begin(), perAgent->end(), "C00000003") != perAgent->end());
        auto tooMany = drawSample(*db, 3, 1, SamplePer::Agent);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().reason,
                 QStringLiteral("cannot draw one interaction from each of 3 agents: 2 agents have interactions"));
        QCOMPARE(drawSample(*db, 4, 1).error().reason,
                 QStringLiteral("cannot draw 4 interactions: the database has 3"));
    }

    // The bounded-memory draw picks exactly what a Fisher-Yates shuffle of the
    // whole list (interactions in id order, or agents in id order) would pick.
    void sampleEqualsShufflingTheWholeList()
    {
        auto db = fbtest::openDb(m_dir.filePath(QStringLiteral("draw.db")));
        QVERIFY(db);
        demo::DemoOptions o;
        o.agents = 12;
        o.weeks = 2;
        o.contactsPerWeek = 20;
        QVERIFY(demo::generateDemo(*db, o).ok());
        std::vector<std::string> ids;
        std::map<std::string, std::vector<std::string>> byAgent;
        SQLite::Statement st(db->sql(), "SELECT interaction_id, agent_id FROM interactions ORDER BY interaction_id");
        while (st.executeStep()) {
            ids.push_back(st.getColumn(0).getString());
            byAgent[st.getColumn(1).getString()].push_back(ids.back());
        }
        for (const quint64 seed : {1ULL, 7ULL, 20261123ULL}) {
            analytics::SplitMix64 rng(seed);
            std::vector<std::string> all = ids;
            for (std::size_t i = 0; i < 25; ++i)
                std::swap(all[i], all[i + rng.below(all.size() - i)]);
            all.resize(25);
            QCOMPARE(drawSample(*db, 25, seed).value(), all);

            analytics::SplitMix64 agentRng(seed);
            std::vector<std::string> agents;
            for (const auto& [agent, members] : byAgent)
                agents.push_back(agent);
            for (std::size_t i = 0; i < 5; ++i)
                std::swap(agents[i], agents[i + agentRng.below(agents.size() - i)]);
            std::vector<std::string> perAgent;
            for (std::size_t i = 0; i < 5; ++i) {
                const auto& members = byAgent[agents[i]];
                perAgent.push_back(members[agentRng.below(members.size())]);
            }
            QCOMPARE(drawSample(*db, 5, seed, SamplePer::Agent).value(), perAgent);
        }
    }

    void scoreValidation()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(createSession(*db, handMade()));
        auto st = recordScores(*db, "S1", {{"Li Wei", "C00000001", "accuracy", 5.0}});
        QVERIFY(!st);
        QCOMPARE(st.error().toString(),
                 QStringLiteral("column accuracy: value '5': outside the scale 0-4 (whole numbers)"));
        QCOMPARE(recordScores(*db, "S1", {{"Li Wei", "C00000001", "tone", 2.0}}).error().reason,
                 QStringLiteral("tone is not an attribute of rubric version 1."));
        QCOMPARE(recordScores(*db, "S1", {{"Tom", "C00000001", "accuracy", 2.0}}).error().reason,
                 QStringLiteral("Tom is not a participant of session S1."));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores"), qint64(0));
    }

    void reportAlphaMatchesDirectComputation()
    {
        auto db = scoredDb();
        QVERIFY(db);
        auto input = loadCalibrationInput(*db, "S1");
        QVERIFY(input);
        auto report = analytics::calibrationReport(input.value());
        QVERIFY(report);
        QCOMPARE(report->reference, analytics::ReferenceKind::Median);
        QCOMPARE(report->rows.size(), std::size_t(7)); // 5 attributes, total, overall
        QCOMPARE(report->rows.back().attribute, std::string("overall"));

        for (const auto& [name, matrix] : {std::pair{"accuracy", m_accuracy}, std::pair{"clarity", m_clarity}}) {
            analytics::ReliabilityData direct;
            direct.coders = {"Jonas Weber", "Ana Ruiz", "Li Wei"};
            direct.units = matrix;
            auto expected = analytics::krippendorffAlpha(direct, analytics::AlphaMetric::Interval);
            QVERIFY(expected);
            auto interval = analytics::bootstrapAlpha(direct, analytics::AlphaMetric::Interval);
            QVERIFY(interval);
            const auto row = std::find_if(report->rows.begin(), report->rows.end(),
                                          [&](const auto& r) { return r.attribute == name; });
            QVERIFY(row != report->rows.end());
            QVERIFY(row->alpha);
            QCOMPARE(*row->alpha, expected->alpha); // the same computation: exactly equal
            QCOMPARE(*row->alphaLow, interval->low);
            QCOMPARE(*row->alphaHigh, interval->high);
            QCOMPARE(row->nUnits, qint64(3));
            QCOMPARE(row->nParticipants, qint64(3));
        }

        // Within tolerance of the per-unit median (no anchor, no consensus):
        // accuracy all 9 within 1 point; clarity 3 + 2 + 2 of 8; policy_adherence
        // is critical (any disagreement): 2 of 3.
        const auto& accuracy = report->rows[0];
        QCOMPARE(accuracy.within, qint64(9));
        QCOMPARE(accuracy.compared, qint64(9));
        QCOMPARE(*accuracy.withinTolerance, 1.0);
        const auto& clarity = report->rows[1];
        QCOMPARE(clarity.within, qint64(7));
        QCOMPARE(clarity.compared, qint64(8));
        QCOMPARE(*clarity.withinTolerance, 7.0 / 8.0);
        const auto& policy = report->rows[3];
        QCOMPARE(policy.attribute, std::string("policy_adherence"));
        QCOMPARE(policy.within, qint64(2));
        QCOMPARE(policy.compared, qint64(3));
        QCOMPARE(policy.nUnits, qint64(1));
        const auto& empathy = report->rows[2];
        QVERIFY(!empathy.alpha && !empathy.alphaLow && !empathy.alphaHigh && !empathy.withinTolerance);
        QVERIFY(!empathy.undefinedReason.isEmpty());
        QCOMPARE(empathy.nUnits, qint64(0));
        // Totals (weights 30/20/20/20/10, over the attributes scored), median reference:
        // unit 1: 75, 67.86, 85.71 (median 75); unit 2: 60, 25, 40 (40); unit 3: 60, 70, 90 (70):
        // one of three within 5 points in each unit.
        const auto& total = report->rows[5];
        QCOMPARE(total.attribute, std::string("total"));
        QCOMPARE(total.within, qint64(3));
        QCOMPARE(total.compared, qint64(9));
        {
            const auto& rubric = fb::defaultRubric();
            analytics::ReliabilityData totals;
            totals.coders = {"Jonas Weber", "Ana Ruiz", "Li Wei"};
            for (std::size_t u = 0; u < 3; ++u) {
                std::vector<Cell> row;
                for (std::size_t p = 0; p < 3; ++p) {
                    std::vector<analytics::AttributeScore> sc;
                    for (const auto& [name, m] : {std::pair{"accuracy", &m_accuracy}, std::pair{"clarity", &m_clarity},
                                                  std::pair{"policy_adherence", &m_policy}})
                        if ((*m)[u][p])
                            sc.emplace_back(name, static_cast<int>(*(*m)[u][p]));
                    row.push_back(analytics::qaTotal(rubric, sc));
                }
                totals.units.push_back(row);
            }
            QCOMPARE(*totals.units[0][0], 75.0);
            QCOMPARE(*totals.units[1][1], 25.0);
            auto expected = analytics::krippendorffAlpha(totals, analytics::AlphaMetric::Interval);
            QVERIFY(expected);
            QCOMPARE(*total.alpha, expected->alpha);
        }
        const auto& overall = report->rows.back();
        QCOMPARE(overall.within, qint64(18));
        QCOMPARE(overall.compared, qint64(20));
        QCOMPARE(overall.nUnits, qint64(3));
        QCOMPARE(overall.nParticipants, qint64(3));
        QVERIFY(overall.alpha);

        // Deviations from the median: Li Wei on clarity: +0, +? (unit 2 median 2: -1), +2 -> bias 1/3.
        const auto li = std::find_if(report->deviations.begin(), report->deviations.end(), [](const auto& d) {
            return d.participant == "Li Wei" && d.attribute == "clarity";
        });
        QVERIFY(li != report->deviations.end());
        QCOMPARE(li->compared, qint64(3));
        QCOMPARE(*li->meanAbsolute, 1.0);
        QCOMPARE(*li->meanBias, 1.0 / 3.0);
        QCOMPARE(li->leaning, analytics::Leaning::Lenient);
    }

    void anchorIsACoderAndTheReference()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(createSession(*db, handMade("Li Wei")));
        QVERIFY(recordScores(*db, "S1", scoresOf("accuracy", m_accuracy)));
        auto input = loadCalibrationInput(*db, "S1");
        QVERIFY(input);
        QCOMPARE(input->anchor, std::optional<std::size_t>(2));
        auto report = analytics::calibrationReport(input.value());
        QVERIFY(report);
        QCOMPARE(report->reference, analytics::ReferenceKind::Anchor);
        // Alpha uses all three coders, the anchor included.
        analytics::ReliabilityData direct{{"a", "b", "c"}, m_accuracy};
        QCOMPARE(*report->rows[0].alpha, analytics::krippendorffAlpha(direct, analytics::AlphaMetric::Interval)->alpha);
        // Compared with Li Wei's scores (4, 2, 4): the other two's 6 scores, all within 1 point.
        QCOMPARE(report->rows[0].compared, qint64(6));
        QCOMPARE(report->rows[0].within, qint64(6));
        const auto jonas = std::find_if(report->deviations.begin(), report->deviations.end(), [](const auto& d) {
            return d.participant == "Jonas Weber" && d.attribute == "accuracy";
        });
        QVERIFY(jonas != report->deviations.end());
        QCOMPARE(*jonas->meanBias, -1.0 / 3.0);
        QCOMPARE(jonas->leaning, analytics::Leaning::Strict);
    }

    void pageReadsShowProgressOwnScoresAndAgreements()
    {
        auto db = scoredDb();
        QVERIFY(db);
        auto sessions = listSessions(*db);
        QVERIFY(sessions);
        QCOMPARE(sessions->size(), std::size_t(1));
        QCOMPARE(sessions->front().participants, 3);
        QCOMPARE(sessions->front().units, 3);
        QCOMPARE(sessions->front().agreedUnits, 0);

        // Progress counts scores (NA included) against 3 interactions x 5 attributes, never showing one.
        auto progress = scoringProgress(*db, "S1");
        QVERIFY(progress);
        QCOMPARE(progress->size(), std::size_t(3));
        QCOMPARE(progress->at(0).participant, std::string("Jonas Weber"));
        QCOMPARE(progress->at(0).scored, qint64(7)); // 3 accuracy + 3 clarity + 1 policy
        QCOMPARE(progress->at(0).expected, qint64(15));
        QCOMPARE(progress->at(1).scored, qint64(6)); // the fixture leaves Ana's clarity of C00000002 unscored

        // A participant's own scores only, in unit order.
        auto own = participantScores(*db, "S1", "Ana Ruiz");
        QVERIFY(own);
        QCOMPARE(own->size(), std::size_t(6));
        for (const auto& score : own.value())
            QCOMPARE(score.participant, std::string("Ana Ruiz"));
        QCOMPARE(own->front().interactionId, std::string("C00000001"));

        // Several agreed scores in one transaction: one bad score writes none.
        std::vector<Consensus> agreed{{"C00000001", "accuracy", 3.0, "Right answer, slow", {}},
                                      {"C00000001", "clarity", 9.0, "Right answer, slow", {}}};
        QVERIFY(!recordConsensus(*db, "S1", agreed));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_consensus"), qint64(0));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_evaluations WHERE evaluation_id LIKE 'CAL-%'"), qint64(0));
        agreed[1].score = 2.0;
        QVERIFY(recordConsensus(*db, "S1", agreed));
        auto stored = sessionConsensus(*db, "S1");
        QVERIFY(stored);
        QCOMPARE(stored->size(), std::size_t(2));
        QCOMPARE(stored->at(0).attribute, std::string("accuracy")); // rubric order
        QCOMPARE(stored->at(1).note, std::string("Right answer, slow"));
        QCOMPARE(stored->at(1).decidedOn, QDate(2026, 9, 3)); // the session's date
        QCOMPARE(listSessions(*db)->front().agreedUnits, 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_scores WHERE evaluation_id = 'CAL-S1-C00000001'"), qint64(2));

        auto history = loadCalibrationHistory(*db);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(1));
        QCOMPARE(history->front().id, std::string("S1"));
        QCOMPARE(history->front().input.units.size(), std::size_t(3));
    }

    void consensusIsTheOfficialEvaluation()
    {
        auto db = scoredDb();
        QVERIFY(db);
        const qint64 evaluations = scalar(*db, "SELECT count(*) FROM qa_evaluations");
        const qint64 scores = scalar(*db, "SELECT count(*) FROM qa_scores");
        // Participants' scores never reach the QA tables.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores"), qint64(20));
        // docs/examples has 2 evaluations; the 20 calibration scores added none.
        QCOMPARE(evaluations, qint64(2));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_evaluations WHERE evaluation_id LIKE 'CAL-%'"), qint64(0));

        Consensus c{"C00000002", "accuracy", 2.0, "Refund promised before checking eligibility: partly right", {}};
        auto id = recordConsensus(*db, "S1", c);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        QCOMPARE(id.value(), std::string("CAL-S1-C00000002"));
        Consensus c2{"C00000002", "clarity", 2.0, "Steps were clear once repeated", QDate(2026, 9, 4)};
        QCOMPARE(recordConsensus(*db, "S1", c2).value(), id.value());

        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_evaluations"), evaluations + 1);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_scores"), scores + 2);
        auto rows = fbtest::dump(db->path(), "SELECT evaluation_id, agent_id, evaluator, evaluated_at, interaction_id, "
                                             "rubric_version, comment FROM qa_evaluations WHERE evaluation_id LIKE "
                                             "'CAL-%'");
        QCOMPARE(rows.size(), 1);
        QVERIFY2(rows[0].contains("CAL-S1-C00000002") && rows[0].contains("A0001") &&
                     rows[0].contains("calibration S1") && rows[0].contains("2026-09-04T00:00:00") &&
                     rows[0].contains("Steps were clear once repeated"),
                 qPrintable(rows[0]));
        QCOMPARE(scalar(*db, "SELECT score FROM qa_scores WHERE evaluation_id = 'CAL-S1-C00000002' AND attribute = "
                             "'accuracy'"),
                 qint64(2));

        // A bad consensus writes nothing.
        Consensus bad{"C00000001", "accuracy", 7.0, "x", {}};
        QVERIFY(!recordConsensus(*db, "S1", bad));
        Consensus noNote{"C00000001", "accuracy", 3.0, "  ", {}};
        QCOMPARE(recordConsensus(*db, "S1", noNote).error().reason,
                 QStringLiteral("Enter a decision note for accuracy: why the score was agreed."));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_consensus"), qint64(2));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM qa_evaluations"), evaluations + 1);

        // The decision log, searched case-insensitively.
        auto found = searchDecisionNotes(*db, QStringLiteral("REFUND"));
        QVERIFY(found);
        QCOMPARE(found->size(), std::size_t(1));
        QCOMPARE(found->front().attribute, std::string("accuracy"));
        QCOMPARE(found->front().decidedOn, QDate(2026, 9, 3));
        QCOMPARE(searchDecisionNotes(*db, QStringLiteral("50%"))->size(), std::size_t(0));
        QCOMPARE(searchDecisionNotes(*db, QString())->size(), std::size_t(2));

        // With consensus recorded (and no anchor) the report compares with it.
        auto report = analytics::calibrationReport(loadCalibrationInput(*db, "S1").value());
        QVERIFY(report);
        QCOMPARE(report->reference, analytics::ReferenceKind::Consensus);
        QCOMPARE(report->rows[0].compared, qint64(3)); // only unit 2 has an agreed accuracy
        QCOMPARE(report->rows[0].within, qint64(3));
    }

    void importScores()
    {
        auto db = freshDb();
        QVERIFY(db);
        QVERIFY(createSession(*db, handMade()));
        const QString good = m_dir.filePath(QStringLiteral("good.csv"));
        QVERIFY(fbtest::writeFile(good, "evaluation_id,session,participant,interaction_id,accuracy,clarity\n"
                                        "X1,S1,Jonas Weber,C00000001,3,2\n"
                                        "X2,S1,Ana Ruiz,C00000001,4,NA\n"
                                        "X3,S1,Li Wei,C00000001,,1\n"));
        auto ok = import::importScoresCsv(*db, good, "S1");
        QVERIFY(ok);
        QVERIFY(ok->problems.empty());
        QCOMPARE(ok->rows, qint64(3));
        QCOMPARE(ok->scores, qint64(5));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores"), qint64(5));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores WHERE score IS NULL"), qint64(1));

        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QVERIFY(fbtest::writeFile(bad, "evaluation_id,session,participant,interaction_id,accuracy,clarity\n"
                                       "X4,S1,Jonas Weber,C00000002,3,2\n"
                                       "X5,S1,Ana Ruiz,C00000002,5,x\n"
                                       "X6,S9,Ana Ruiz,C00000002,1,1\n"
                                       "X7,S1,Li Wei,C00000009,2,2\n"));
        auto rejected = import::importScoresCsv(*db, bad);
        QVERIFY(rejected);
        QCOMPARE(rejected->scores, qint64(0));
        QStringList messages;
        for (const auto& e : rejected->problems)
            messages << e.toString();
        QCOMPARE(messages,
                 (QStringList{bad + ":3: column accuracy: value '5': outside the scale 0-4 (whole numbers)",
                              bad + ":3: column clarity: value 'x': not a number (leave the cell empty when not "
                                    "scored, NA for not applicable)",
                              bad + ":4: column session: value 'S9': no calibration session with this id",
                              bad + ":5: column interaction_id: value 'C00000009': not an interaction of session S1"}));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores"), qint64(5)); // nothing written
        QCOMPARE(scalar(*db, "SELECT count(*) FROM calibration_scores WHERE interaction_id = 'C00000002'"), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
