// The store's integrity checks (clean, and every tampering they find) and
// the weekly rollups against an independent computation.
#include "CheckFindingTexts.h"
#include "FbTestSupport.h"

#include <QDate>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace fb;
using namespace fbtest;

class TestStoreChecks : public QObject {
    Q_OBJECT

private slots:
    void checksPassOnCleanDatabase();
    void checksFindTamperedRows_data();
    void checksFindTamperedRows();
    void rollupsEqualIndependentComputation();
};

void TestStoreChecks::checksPassOnCleanDatabase()
{
    QTemporaryDir dir;
    auto db = openDb(dir.filePath(QStringLiteral("fb.db")));
    QVERIFY(db);
    auto empty = store::runChecks(*db);
    QVERIFY(empty);
    QCOMPARE(findingTexts(empty.value()), QStringList());
    QVERIFY(importExamples(*db));
    auto findings = store::runChecks(*db);
    QVERIFY(findings);
    QCOMPARE(findingTexts(findings.value()), QStringList());
}

void TestStoreChecks::checksFindTamperedRows_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QString>("finding");
    // The examples: A0001 has two interactions in 2026-W28 (412 s and 655 s).
    QTest::newRow("count") << "UPDATE interaction_rollups SET interactions = 3 WHERE agent_id = 'A0001'"
                           << "rollups: rollup for A0001 2026-W28 says 3 interactions, the interactions say 2";
    QTest::newRow("handle seconds")
        << "UPDATE interaction_rollups SET handle_seconds = 1000 WHERE agent_id = 'A0001'"
        << "rollups: rollup for A0001 2026-W28 says 1000 handle_seconds, the interactions say 1067";
    QTest::newRow("csat") << "UPDATE interaction_rollups SET csat_top2 = 0 WHERE agent_id = 'A0001'"
                          << "rollups: rollup for A0001 2026-W28 says 0 csat_top2, the interactions say 1";
    QTest::newRow("defects") << "UPDATE interaction_rollups SET defects = 0 WHERE agent_id = 'A0001'"
                             << "rollups: rollup for A0001 2026-W28 says 0 defects, the interactions say 1";
    QTest::newRow("missing") << "DELETE FROM interaction_rollups WHERE agent_id = 'A0001'"
                             << "rollups: 2 interactions of A0001 2026-W28 are missing from the rollups";
    QTest::newRow("orphan") << "UPDATE interaction_rollups SET week = 202630 WHERE agent_id = 'A0003'"
                            << "rollups: rollup for A0003 2026-W30 has no interactions behind it";
    // Row rules (domain/RowRules), which import enforces, checked on rows written around it.
    QTest::newRow("agent left without date")
        << "UPDATE agents SET status = 'left', left_on = NULL WHERE agent_id = 'A0002'"
        << "agents: A0002: status is 'left' but left_on is empty";
    QTest::newRow("active agent with date") << "UPDATE agents SET left_on = '2026-01-31' WHERE agent_id = 'A0001'"
                                            << "agents: A0001: left_on is set but status is not 'left'";
    QTest::newRow("left before hired")
        << "UPDATE agents SET status = 'left', left_on = '2021-03-14' WHERE agent_id = 'A0001'"
        << "agents: A0001: left_on (2021-03-14) is before hire_date (2021-03-15)";
    QTest::newRow("follow-up before coaching")
        << "UPDATE coaching_notes SET follow_up_on = '2026-07-09' WHERE note_id = 'N0002'"
        << "coaching: N0002: follow_up_on (2026-07-09) is before coached_on (2026-07-10)";
    QTest::newRow("outcome without follow-up")
        << "UPDATE coaching_notes SET followed_up_on = NULL WHERE note_id = 'N0001'"
        << "coaching: N0001: outcome is set but followed_up_on is empty";
    QTest::newRow("fixed ticket without date")
        << "UPDATE feedback_tickets SET fixed_on = NULL WHERE ticket_id = 'T0001'"
        << "feedback: T0001: status is 'fixed' but fixed_on is empty";
}

void TestStoreChecks::checksFindTamperedRows()
{
    QFETCH(QString, tamper);
    QFETCH(QString, finding);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importExamples(*db));
    {
        SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
        raw.exec(tamper.toStdString());
    }
    auto findings = store::runChecks(*db);
    QVERIFY(findings);
    QStringList texts = findingTexts(findings.value());
    if (tamper.contains(QLatin1String("week = 202630"))) // the moved rollup also leaves its week uncovered
        QVERIFY(
            texts.removeOne(QStringLiteral("rollups: 1 interactions of A0003 2026-W28 are missing from the rollups")));
    QCOMPARE(texts, QStringList{finding});
}

void TestStoreChecks::rollupsEqualIndependentComputation()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fb.db"));
    auto db = openDb(path);
    QVERIFY(db);
    QVERIFY(importFile(*db, Kind::Agents, examplePath(Kind::Agents))->committed);

    // 400 interactions over three agents and the turn of the year, where ISO
    // weeks and calendar years part (2026-12-31 is 2026-W53, 2027-01-04 is 2027-W01).
    QRandomGenerator rng(42);
    const QStringList agents{"A0001", "A0002", "A0003"};
    QByteArray csv = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,"
                     "repeat_contact,escalated,defects,csat,contact_reason\n";
    std::map<std::pair<QString, int>, RollupRow> expected;
    for (int i = 0; i < 400; ++i) {
        const QString agent = agents[int(rng.bounded(3))];
        const QDate day = QDate(2026, 12, 20).addDays(rng.bounded(30));
        const double handle = rng.bounded(2000) / 4.0; // quarters of a second
        const int fcr = int(rng.bounded(3)) - 1;       // -1 = unknown
        const int repeat = int(rng.bounded(2)), escalated = int(rng.bounded(2)), defects = int(rng.bounded(4));
        const int csat = int(rng.bounded(6)); // 0 = not surveyed
        csv += QStringLiteral("I%1,%2,%3T%4:15:00,voice,q,%5,%6,%7,%8,%9,%10,\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(agent, day.toString(Qt::ISODate))
                   .arg(8 + i % 10, 2, 10, QLatin1Char('0'))
                   .arg(handle)
                   .arg(fcr < 0 ? QString() : QString::number(fcr))
                   .arg(repeat)
                   .arg(escalated)
                   .arg(defects)
                   .arg(csat == 0 ? QString() : QString::number(csat))
                   .toUtf8();
        RollupRow& r = expected[{agent, isoWeekKey(day)}];
        r.n += 1;
        r.handle += handle;
        r.handleSq += handle * handle;
        r.fcrKnown += fcr < 0 ? 0 : 1;
        r.fcrResolved += fcr > 0 ? 1 : 0;
        r.repeats += repeat;
        r.escalations += escalated;
        r.defects += defects;
        r.csatSurveyed += csat > 0 ? 1 : 0;
        r.csatTop2 += csat >= 4 ? 1 : 0;
        r.csatSum += csat;
    }
    QStringList expectedRows;
    for (const auto& [key, r] : expected)
        expectedRows << rollupText(key.first, key.second, r);
    QVERIFY(expected.count({QStringLiteral("A0001"), 202653}) == 1);
    QVERIFY(expected.count({QStringLiteral("A0001"), 202701}) == 1);

    const QString file = dir.filePath(QStringLiteral("interactions.csv"));
    QVERIFY(writeFile(file, csv));
    auto report = importFile(*db, Kind::Interactions, file);
    QVERIFY(report);
    QCOMPARE(problemTexts(report.value()), QStringList());
    QCOMPARE(report->inserted, 400);
    QCOMPARE(storedRollups(path), expectedRows);

    // A second file adds to existing weeks.
    const QString more = dir.filePath(QStringLiteral("more.csv"));
    QVERIFY(writeFile(more, "interaction_id,agent_id,started_at,handle_seconds,csat\n"
                            "J1,A0001,2026-12-31T23:59:59,100,5\nJ2,A0001,2027-01-01,50,\n"));
    QVERIFY(importFile(*db, Kind::Interactions, more)->committed);
    RollupRow& w53 = expected[{QStringLiteral("A0001"), 202653}];
    w53.n += 2;
    w53.handle += 150;
    w53.handleSq += 100 * 100 + 50 * 50;
    w53.csatSurveyed += 1;
    w53.csatTop2 += 1;
    w53.csatSum += 5;
    expectedRows.clear();
    for (const auto& [key, r] : expected)
        expectedRows << rollupText(key.first, key.second, r);
    QCOMPARE(storedRollups(path), expectedRows);
    QCOMPARE(rollupsFromInteractions(path), expectedRows);
}

QTEST_GUILESS_MAIN(TestStoreChecks)
#include "tst_storechecks.moc"
