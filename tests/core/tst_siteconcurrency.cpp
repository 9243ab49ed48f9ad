// Many people at once on a PostgreSQL site server (issue #18): eight writers
// importing, evaluating and coaching while eight readers compute scorecards,
// each thread on its own connection as the window has; two leads saving the
// same coaching note; two new evaluations taking the same id; a calibration
// session scored from three connections.
// Runs against the throwaway cluster (tests/support/pg_cluster.sh).
#include "SiteConcurrency.h"
#include "SiteTestSite.h"
#include "export/CalibrationSessionCsv.h"
#include "store/CalibrationReportData.h"
#include "store/CalibrationStore.h"
#include "store/Checks.h"
#include "store/CoachingStore.h"
#include "store/QaStore.h"
#include "store/RecordStore.h"
#include "store/RubricStore.h"
#include "store/Sql.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace fb;
using namespace conctest;

namespace {

constexpr int kWriters = 8;
constexpr int kReaders = 8;
constexpr int kEvaluationsPerWriter = 5;

// The rows of a table of the site database standing for `name`.
qint64 rowCount(const QString& name, const char* table)
{
    return fbtest::dump(name, std::string("SELECT count(*) FROM ") + table).value(0).toLongLong();
}

} // namespace

class TestSiteConcurrency final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // One writer: its import (one transaction), then evaluations of its own
    // interactions and a coaching note, each a transaction of its own.
    void write(const QString& address, int w, Errors& errors)
    {
        const QString who = QStringLiteral("writer %1").arg(w);
        auto db = openSite(address);
        const QString csv = m_dir.filePath(QStringLiteral("writer%1.csv").arg(w));
        if (!fbtest::writeFile(csv, interactionsCsv(w, rowsOfWriter(w))))
            return errors.add(who, Error::plain(QStringLiteral("cannot write ") + csv));
        auto imported = fbtest::importFile(*db, Kind::Interactions, csv);
        if (!imported)
            return errors.add(who, imported.error());
        if (!imported->committed)
            return errors.add(who, imported->problems.empty() ? Error::plain(imported->summary())
                                                              : imported->problems.front());
        auto rubric = store::loadRubric(*db);
        if (!rubric)
            return errors.add(who, rubric.error());
        for (int k = 0; k < kEvaluationsPerWriter; ++k) {
            store::Evaluation e;
            e.evaluationId = fmt::format("E-W{}-{}", w, k);
            e.agentId = kAgents[k % 3];
            e.evaluator = fmt::format("QA {}", w);
            e.evaluatedAt = QStringLiteral("2026-07-2%1T10:00:00").arg(k);
            e.interactionId = fmt::format("W{}-{:05}", w, k);
            for (const auto& a : rubric->attributes)
                e.scores.emplace_back(a.name, 1);
            if (auto saved = store::saveEvaluation(*db, e); !saved)
                errors.add(who, saved.error());
        }
        analytics::CoachingNote note;
        note.noteId = fmt::format("N-W{}", w);
        note.agentId = kAgents[w % 3];
        note.coach = fmt::format("Lead {}", w);
        note.coachedOn = QDate(2026, 7, 20);
        note.attribute = "accuracy";
        note.targetMetric = "qa";
        note.baseline = 60;
        note.target = 80;
        note.followUpOn = QDate(2026, 7, 31);
        note.stage = "practice";
        note.commitment = "I will check the account before I answer";
        note.minutes = 20;
        if (auto saved = store::saveCoachingNote(*db, note); !saved)
            errors.add(who, saved.error());
    }

    // Two leads' versions of note N0002 of docs/examples/coaching.csv.
    static analytics::CoachingNote edited(analytics::CoachingNote note, const char* commitment, double minutes)
    {
        note.commitment = commitment;
        note.minutes = minutes;
        return note;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eightWritersEightReaders()
    {
        const QString address = fb::test::storeAddress(QStringLiteral("main"));
        auto seeded = openSite(address);
        QVERIFY(fbtest::importExamples(*seeded));
        const qint64 seed = rowCount(QStringLiteral("main"), "interactions");
        const qint64 seedEvaluations = rowCount(QStringLiteral("main"), "qa_evaluations");
        const qint64 seedNotes = rowCount(QStringLiteral("main"), "coaching_notes");
        auto before = scorecardInteractions(*seeded);
        QVERIFY2(before, before ? "" : qPrintable(before.error().toString()));
        QCOMPARE(*before, seed);

        Errors errors;
        std::atomic<int> writing = kWriters;
        std::vector<std::vector<qint64>> seen(kReaders);
        std::vector<std::thread> threads;
        for (int r = 0; r < kReaders; ++r)
            threads.emplace_back([&, r] {
                auto db = openSite(address);
                // One scorecard more after the last writer: it must show everything.
                bool last = false;
                while (!last) {
                    last = writing.load() == 0;
                    auto total = scorecardInteractions(*db);
                    if (!total)
                        return errors.add(QStringLiteral("reader %1").arg(r), total.error());
                    seen[r].push_back(*total);
                }
            });
        QElapsedTimer clock;
        clock.start();
        for (int w = 0; w < kWriters; ++w)
            threads.emplace_back([&, w] {
                write(address, w, errors);
                --writing;
            });
        for (auto& t : threads)
            t.join();
        qInfo("8 writers and 8 readers: %lld ms", clock.elapsed());
        QVERIFY2(errors.texts().isEmpty(), qPrintable(errors.texts().join(QLatin1Char('\n'))));

        qint64 written = 0;
        for (int w = 0; w < kWriters; ++w) {
            written += rowsOfWriter(w);
            QCOMPARE(fbtest::dump(QStringLiteral("main"), fmt::format("SELECT count(*) FROM interactions WHERE "
                                                                      "interaction_id LIKE 'W{}-%'",
                                                                      w))
                         .value(0)
                         .toLongLong(),
                     qint64(rowsOfWriter(w)));
        }
        QCOMPARE(rowCount(QStringLiteral("main"), "interactions"), seed + written);
        QCOMPARE(rowCount(QStringLiteral("main"), "qa_evaluations"),
                 seedEvaluations + kWriters * kEvaluationsPerWriter);
        QCOMPARE(rowCount(QStringLiteral("main"), "coaching_notes"), seedNotes + kWriters);
        QCOMPARE(fbtest::storedRollups(QStringLiteral("main")),
                 fbtest::rollupsFromInteractions(QStringLiteral("main")));
        auto findings = store::runChecks(*seeded);
        QVERIFY2(findings, findings ? "" : qPrintable(findings.error().toString()));
        QCOMPARE(findings->size(), std::size_t(0));

        // Every scorecard showed the seed plus whole imports, never fewer
        // than it had shown before, and the last of each showed all of them.
        int scorecards = 0;
        QSet<qint64> totals;
        for (int r = 0; r < kReaders; ++r) {
            for (qint64 total : seen[r])
                totals.insert(total);
            unsigned shown = 0;
            for (qint64 total : seen[r]) {
                const auto imports = importsIn(total - seed, kWriters);
                QVERIFY2(imports, qPrintable(QStringLiteral("reader %1 saw %2 interactions").arg(r).arg(total)));
                QCOMPARE(*imports & shown, shown);
                shown = *imports;
            }
            QCOMPARE(seen[r].back(), seed + written);
            scorecards += int(seen[r].size());
        }
        qInfo("scorecards computed meanwhile: %d, showing %lld different totals", scorecards, qint64(totals.size()));
    }

    // Both leads load the note, both save: the later save wins whole, and
    // the history keeps the version each save replaced. Nobody is asked.
    void twoLeadsOneNoteOneAfterTheOther()
    {
        auto seeded = openSite(fb::test::storeAddress(QStringLiteral("note")));
        QVERIFY(fbtest::importExamples(*seeded));
        auto first = openSite(fb::test::storeAddress(QStringLiteral("note")));
        auto second = openSite(fb::test::storeAddress(QStringLiteral("note")));
        auto loadedA = store::loadCoachingNote(*first, "N0002");
        auto loadedB = store::loadCoachingNote(*second, "N0002");
        QVERIFY(loadedA && loadedB);
        QVERIFY(store::updateCoachingNote(*first, edited(*loadedA, "A: two case notes a day", 25), "Lead A").ok());
        QVERIFY(store::updateCoachingNote(*second, edited(*loadedB, "B: every case note", 40), "Lead B").ok());

        auto now = store::loadCoachingNote(*seeded, "N0002");
        QVERIFY(now);
        QCOMPARE(now->commitment, std::string("B: every case note"));
        QCOMPARE(now->minutes, std::optional<double>(40));
        auto history = store::recordHistory(*seeded, store::RecordKind::CoachingNote, "N0002");
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(2));
        QCOMPARE(history->at(0).by, std::string("Lead A"));
        QCOMPARE(store::noteSnapshot(history->at(0))->commitment,
                 std::string("I will write the next step in every case note"));
        QCOMPARE(history->at(1).by, std::string("Lead B"));
        QCOMPARE(store::noteSnapshot(history->at(1))->commitment, std::string("A: two case notes a day"));
    }

    // Both saves at the same moment: the first locks the note's row when it
    // reads it for the history, so the second waits there and then reads the
    // first's version. The later save wins, and the history holds the
    // original (replaced by A) and A's version (replaced by B): nothing is
    // lost, though nobody is asked yet (row versions are still to come).
    void twoLeadsOneNoteAtOnce()
    {
        const QString address = fb::test::storeAddress(QStringLiteral("noteatonce"));
        auto seeded = openSite(address);
        QVERIFY(fbtest::importExamples(*seeded));
        auto original = store::loadCoachingNote(*seeded, "N0002");
        QVERIFY(original);
        // A third connection holds the note's row, so both saves wait where
        // they read it, first A, then B.
        auto blocker = store::sql::openPostgres(address.toStdString());
        QVERIFY(blocker);
        QVERIFY((*blocker)->exec("BEGIN; SELECT 1 FROM coaching_notes WHERE note_id = 'N0002' FOR UPDATE").ok());
        const auto waiting = [](int n) {
            return waitingAt(QStringLiteral("noteatonce"), "SELECT * FROM coaching_notes", n);
        };
        Status savedA, savedB;
        std::thread a([&] {
            auto db = openSite(address);
            savedA = store::updateCoachingNote(*db, edited(*original, "A: two case notes a day", 25), "Lead A");
        });
        const bool firstWaited = waiting(1);
        std::thread b([&] {
            auto db = openSite(address);
            savedB = store::updateCoachingNote(*db, edited(*original, "B: every case note", 40), "Lead B");
        });
        const bool bothWaited = firstWaited && waiting(2);
        QVERIFY((*blocker)->commit().ok());
        a.join();
        b.join();
        QVERIFY(bothWaited);
        QVERIFY2(savedA, savedA ? "" : qPrintable(savedA.error().toString()));
        QVERIFY2(savedB, savedB ? "" : qPrintable(savedB.error().toString()));

        auto now = store::loadCoachingNote(*seeded, "N0002");
        QVERIFY(now);
        QCOMPARE(now->commitment, std::string("B: every case note"));
        QCOMPARE(now->minutes, std::optional<double>(40));
        auto history = store::recordHistory(*seeded, store::RecordKind::CoachingNote, "N0002");
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(2));
        QStringList entries;
        for (const auto& h : *history)
            entries << QString::fromStdString(h.by + ": " + store::noteSnapshot(h)->commitment);
        entries.sort();
        QCOMPARE(entries, QStringList({"Lead A: I will write the next step in every case note",
                                       "Lead B: A: two case notes a day"}));
    }

    // Two QA leads save a new evaluation at the same moment, each leaving the
    // id to the store: one at a time takes the day's next free number
    // (ServerLock::NewEvaluationId), so both are saved, -001 and -002. A third
    // connection's uncommitted insert of -001 holds the first at its INSERT
    // while the second waits for the lock; before the lock both took -001
    // and the later insert failed on the key.
    void twoEvaluationsWithTheSameNewId()
    {
        const QString address = fb::test::storeAddress(QStringLiteral("evaluations"));
        auto seeded = openSite(address);
        QVERIFY(fbtest::importExamples(*seeded));
        auto rubric = store::loadRubric(*seeded);
        QVERIFY(rubric);
        const std::string day = QDate::currentDate().toString("yyyyMMdd").toStdString();
        const std::string first = fmt::format("E{}-001", day);
        const std::string second = fmt::format("E{}-002", day);
        auto blocker = store::sql::openPostgres(address.toStdString());
        QVERIFY(blocker);
        QVERIFY((*blocker)
                    ->exec("BEGIN; INSERT INTO qa_evaluations(evaluation_id, agent_id, evaluator, evaluated_at, "
                           "rubric_version) VALUES ('" +
                           first + "', 'A0001', 'QA', '2026-07-08T10:00:00', 1)")
                    .ok());
        const auto evaluationBy = [&](int lead) {
            store::Evaluation e;
            e.agentId = "A0001";
            e.evaluator = fmt::format("QA lead {}", lead);
            e.evaluatedAt = QStringLiteral("2026-07-08T11:00:00");
            e.interactionId = "C00000001";
            for (const auto& a : rubric->attributes)
                e.scores.emplace_back(a.name, 1);
            return e;
        };
        std::vector<Result<std::string>> saved(2, Result<std::string>(std::string()));
        std::vector<std::thread> leads;
        const char* waitsAt[] = {"INSERT INTO qa_evaluations", "SELECT pg_advisory_xact_lock"};
        bool bothWaited = true;
        for (int lead = 0; lead < 2; ++lead) {
            leads.emplace_back([&, lead] {
                auto db = openSite(address);
                saved[lead] = store::saveEvaluation(*db, evaluationBy(lead));
            });
            bothWaited = bothWaited && waitingAt(QStringLiteral("evaluations"), waitsAt[lead], 1);
        }
        QVERIFY((*blocker)->rollback().ok());
        for (auto& t : leads)
            t.join();
        QVERIFY(bothWaited);
        for (const auto& s : saved)
            QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(saved[0].value(), first);
        QCOMPARE(saved[1].value(), second);
        QCOMPARE(
            fbtest::dump(QStringLiteral("evaluations"), "SELECT evaluation_id, evaluator FROM qa_evaluations "
                                                        "WHERE evaluator LIKE 'QA lead%' ORDER BY 1"),
            QStringList({QString::fromStdString(first) + "|QA lead 0", QString::fromStdString(second) + "|QA lead 1"}));
    }

    // Three participants score the same interactions at once, each from
    // their own connection, one interaction per save.
    void calibrationFromThreeConnections()
    {
        constexpr int kUnits = 24;
        const std::vector<std::string> people{"Jonas Weber", "Ana Ruiz", "Li Wei"};
        const auto scoreOf = [](std::size_t p, std::size_t u, bool yesNo) {
            return double(yesNo ? (p + u) % 3 != 0 : (p * 3 + u * 5) % 5);
        };
        const auto makeSession = [&](const QString& name) {
            return calibrationSite(name, m_dir.filePath(name + QStringLiteral(".csv")), people, kUnits);
        };
        const auto scoresOf = [&](std::size_t p, std::size_t u) {
            const std::string unit = fmt::format("W0-{:05}", u);
            return std::vector<CalibrationScore>{{people[p], unit, "accuracy", scoreOf(p, u, false)},
                                                 {people[p], unit, "greeting", scoreOf(p, u, true)}};
        };

        auto shared = makeSession(QStringLiteral("calibration"));
        QVERIFY(shared);
        const QString address = fb::test::storeAddress(QStringLiteral("calibration"));
        Errors errors;
        std::vector<std::thread> threads;
        for (std::size_t p = 0; p < people.size(); ++p)
            threads.emplace_back([&, p] {
                auto db = openSite(address);
                for (std::size_t u = 0; u < std::size_t(kUnits); ++u)
                    if (auto st = store::recordScores(*db, "S1", scoresOf(p, u)); !st)
                        errors.add(QString::fromStdString(people[p]), st.error());
            });
        for (auto& t : threads)
            t.join();
        QVERIFY2(errors.texts().isEmpty(), qPrintable(errors.texts().join(QLatin1Char('\n'))));
        QCOMPARE(fbtest::dump(QStringLiteral("calibration"),
                              "SELECT count(*), count(DISTINCT (participant, interaction_id, attribute)) "
                              "FROM calibration_scores"),
                 QStringList({"144|144"}));

        auto alone = makeSession(QStringLiteral("calibrationalone"));
        QVERIFY(alone);
        std::vector<CalibrationScore> all;
        for (std::size_t p = 0; p < people.size(); ++p)
            for (std::size_t u = 0; u < std::size_t(kUnits); ++u)
                for (auto& s : scoresOf(p, u))
                    all.push_back(s);
        QVERIFY(store::recordScores(*alone, "S1", all).ok());
        QCOMPARE(fbtest::dump(QStringLiteral("calibration"),
                              "SELECT participant, interaction_id, attribute, score FROM calibration_scores "
                              "ORDER BY 1, 2, 3"),
                 fbtest::dump(QStringLiteral("calibrationalone"),
                              "SELECT participant, interaction_id, attribute, score FROM calibration_scores "
                              "ORDER BY 1, 2, 3"));

        // The session report (statistics, reveal table) from both, file by file.
        analytics::CalibrationReportOptions options;
        options.resamples = 200;
        for (auto* db : {shared.get(), alone.get()}) {
            auto data = store::loadSessionReportData(*db, "S1", options);
            QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
            QVERIFY(
                exporting::writeCalibrationSessionCsv(*data, m_dir.filePath(db == alone.get() ? "one" : "three")).ok());
        }
        const auto one = exporting::sessionCsvFiles(m_dir.filePath("one"), "S1");
        const auto three = exporting::sessionCsvFiles(m_dir.filePath("three"), "S1");
        for (const auto& [a, b] : {std::pair{one.reveal, three.reveal},
                                   {one.agreement, three.agreement},
                                   {one.participants, three.participants},
                                   {one.agreed, three.agreed}}) {
            QVERIFY(!fbtest::readAll(a).isEmpty());
            QCOMPARE(fbtest::readAll(b), fbtest::readAll(a));
        }
    }
};

int main(int argc, char** argv)
{
    if (const int skip = fb::test::skipWithoutCluster())
        return skip;
    // PostgreSQL only: the store helpers of FbTestSupport.h read the cluster.
    qputenv("FB_SQL_ENGINE", "postgresql");
    QCoreApplication app(argc, argv);
    TestSiteConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_siteconcurrency.moc"
