// Coaching notes and follow-ups through the store: saved, completed, read
// back, refused when incomplete, and the coaching-ratio floor setting.
#include "FbTestSupport.h"
#include "analytics/Coaching.h"
#include "store/CoachingStore.h"

#include <QTemporaryDir>

using namespace fb;
using namespace fb::analytics;

namespace {

// A note on A0001's clarity, to bring handle time from 600 s to 540 s.
CoachingNote clarityNote(const char* coach)
{
    CoachingNote n;
    n.agentId = "A0001";
    n.coach = coach;
    n.coachedOn = QDate(2026, 3, 4);
    n.attribute = "clarity";
    n.targetMetric = "aht";
    n.baseline = 600;
    n.target = 540;
    n.followUpOn = n.coachedOn.addDays(21);
    n.stage = "commit";
    n.commitment = "I will";
    n.minutes = 30;
    return n;
}

} // namespace

class TestCoachingStore : public QObject {
    Q_OBJECT

private slots:
    void storeSavesNotesAndFollowUps();
    void storeRefusesIncompleteNote();
};

void TestCoachingStore::storeSavesNotesAndFollowUps()
{
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath(QStringLiteral("c.db")));
    QVERIFY(db);
    QVERIFY(fbtest::importFile(*db, Kind::Agents, fbtest::examplePath(Kind::Agents)).ok());
    CoachingNote n = clarityNote("Sara");
    auto id = store::saveCoachingNote(*db, n);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    QCOMPARE(id.value(), std::string("N0001"));
    TargetValue now;
    now.value = 555;
    now.n = 30;
    QVERIFY(store::completeFollowUp(*db, "N0001", QDate(2026, 3, 25), "partly", now).ok());
    auto notes = store::loadCoachingNotes(*db);
    QVERIFY(notes.ok());
    QCOMPARE(notes->size(), size_t(1));
    const CoachingNote& back = notes->front();
    QCOMPARE(back.outcome, std::string("partly"));
    QCOMPARE(back.followedUpOn, QDate(2026, 3, 25));
    QCOMPARE(*back.valueNow, 555.0);
    QCOMPARE(back.valueNowN, qint64(30));
    QCOMPARE(back.stage, std::string("follow_up"));
    QCOMPARE(back.commitment, std::string("I will"));
    QVERIFY(!store::completeFollowUp(*db, "N0001", QDate(2026, 3, 25), "maybe", now).ok());
    // The floor setting.
    QCOMPARE(store::coachingRatioFloor(*db).value(), 0.02);
    QVERIFY(store::setCoachingRatioFloor(*db, 0.03).ok());
    QCOMPARE(store::coachingRatioFloor(*db).value(), 0.03);
    QVERIFY(!store::setCoachingRatioFloor(*db, 2).ok());
}

void TestCoachingStore::storeRefusesIncompleteNote()
{
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath(QStringLiteral("c.db")));
    QVERIFY(db);
    CoachingNote n = clarityNote("");
    auto id = store::saveCoachingNote(*db, n);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().reason, QStringLiteral("This note cannot be saved. Missing: coach."));
    QVERIFY(store::loadCoachingNotes(*db)->empty());
}

QTEST_GUILESS_MAIN(TestCoachingStore)
#include "tst_coachingstore.moc"
