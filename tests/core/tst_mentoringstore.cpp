// Mentoring pairs and sessions in the store: start, log, end and capacity,
// each refusal's exact message, and nothing written after a refusal.
#include "FbTestSupport.h"
#include "store/MentoringStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fb;
using namespace fbtest;

namespace {

MentoringPair pair(const char* mentee, const char* mentor, const char* behavior = "empathy")
{
    MentoringPair p;
    p.menteeId = mentee;
    p.mentorId = mentor;
    p.behavior = behavior;
    p.startedOn = QDate(2026, 7, 6);
    p.plannedEnd = QDate(2026, 8, 17);
    return p;
}

MentoringSession session(const char* pairId, QDate on, double minutes)
{
    MentoringSession s;
    s.pairId = pairId;
    s.heldOn = on;
    s.minutes = minutes;
    s.practised = "Naming the customer's situation";
    return s;
}

} // namespace

class TestMentoringStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void startLogAndEnd();
    void startRefusals_data();
    void startRefusals();
    void capacityLimitsMentors();
    void sessionAndEndRefusals();
    void confirmedPairsStartAllOrNone();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<store::Database> m_db;
};

void TestMentoringStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("fb.db"));
    m_db = openDb(m_path);
    QVERIFY(m_db);
    QVERIFY(importFile(*m_db, Kind::Agents, examplePath(Kind::Agents))->committed); // A0001..A0003
}

void TestMentoringStore::startLogAndEnd()
{
    auto id = store::startMentoringPair(*m_db, pair("A0002", "A0001"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QCOMPARE(id.value(), std::string("P0001"));
    auto s1 = store::logMentoringSession(*m_db, session("P0001", QDate(2026, 7, 8), 30));
    QVERIFY(s1);
    QCOMPARE(s1.value(), std::string("S0001"));
    auto s2 = store::logMentoringSession(*m_db, session("P0001", QDate(2026, 7, 15), 45.5));
    QCOMPARE(s2.value(), std::string("S0002"));
    QVERIFY(store::endMentoringPair(*m_db, "P0001", QDate(2026, 8, 17), "met"));
    QCOMPARE(dump(m_path, "SELECT * FROM mentoring_pairs"),
             QStringList{"P0001|A0002|A0001|empathy|2026-07-06|2026-08-17|2026-08-17|met"});
    QCOMPARE(dump(m_path, "SELECT * FROM mentoring_sessions ORDER BY 1"),
             QStringList({"S0001|P0001|2026-07-08|30.0|Naming the customer's situation|NULL",
                          "S0002|P0001|2026-07-15|45.5|Naming the customer's situation|NULL"}));
    auto pairs = store::loadMentoringPairs(*m_db);
    QCOMPARE(pairs.value().size(), size_t(1));
    QCOMPARE(pairs.value()[0].outcome, std::string("met"));
    QCOMPARE(pairs.value()[0].endedOn, QDate(2026, 8, 17));
    auto sessions = store::loadMentoringSessions(*m_db, "P0001");
    QCOMPARE(sessions.value().size(), size_t(2));
    QCOMPARE(sessions.value()[1].minutes, 45.5);
    // The minutes count as coaching time of the mentee (A0002) in the week held.
    const auto minutes = store::mentoringMinutes(*m_db);
    QCOMPARE(minutes.value().size(), size_t(2));
    QCOMPARE(minutes.value()[1].agentId, std::string("A0002"));
    QCOMPARE(minutes.value()[1].on, QDate(2026, 7, 15));
    QCOMPARE(minutes.value()[1].minutes, 45.5);
    // After it ended, the same mentee may start again in the behaviour.
    QCOMPARE(store::startMentoringPair(*m_db, pair("A0002", "A0003")).value(), std::string("P0002"));
}

void TestMentoringStore::startRefusals_data()
{
    QTest::addColumn<QString>("mentee");
    QTest::addColumn<QString>("mentor");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<QString>("message");
    const QDate end(2026, 8, 17);
    QTest::newRow("same agent") << "A0001"
                                << "A0001" << end << "mentor_id: the mentor and the mentee are the same agent (A0001)";
    QTest::newRow("unknown mentee") << "A0099"
                                    << "A0001" << end << "mentee_id: unknown agent A0099";
    QTest::newRow("unknown mentor") << "A0002"
                                    << "A0098" << end << "mentor_id: unknown agent A0098";
    QTest::newRow("end before start")
        << "A0002"
        << "A0001" << QDate(2026, 7, 1)
        << "planned_end: the planned end (2026-07-01) is not after the start (2026-07-06)";
    QTest::newRow("already a mentee") << "A0003"
                                      << "A0001" << end
                                      << "mentee_id: A0003 is already a mentee in empathy (pair P0001)";
}

void TestMentoringStore::startRefusals()
{
    QFETCH(QString, mentee);
    QFETCH(QString, mentor);
    QFETCH(QDate, plannedEnd);
    QFETCH(QString, message);
    QVERIFY(store::startMentoringPair(*m_db, pair("A0003", "A0002")));
    const QStringList before = dump(m_path, "SELECT * FROM mentoring_pairs");
    MentoringPair p = pair(qPrintable(mentee), qPrintable(mentor));
    p.plannedEnd = plannedEnd;
    auto refused = store::startMentoringPair(*m_db, p);
    QVERIFY(!refused);
    QCOMPARE(refused.error().toString(), message);
    QCOMPARE(dump(m_path, "SELECT * FROM mentoring_pairs"), before);
}

void TestMentoringStore::capacityLimitsMentors()
{
    QCOMPARE(store::setMentorCapacity(*m_db, "A0001", 21).error().toString(),
             QStringLiteral("capacity: must be 0 to 20, not 21"));
    QCOMPARE(store::setMentorCapacity(*m_db, "A0077", 1).error().toString(),
             QStringLiteral("mentor_id: unknown agent A0077"));
    QVERIFY(store::setMentorCapacity(*m_db, "A0001", 1));
    QCOMPARE(store::mentorCapacities(*m_db).value(), (std::map<std::string, int>{{"A0001", 1}}));
    QVERIFY(store::startMentoringPair(*m_db, pair("A0002", "A0001")));
    auto full = store::startMentoringPair(*m_db, pair("A0003", "A0001", "csat"));
    QCOMPARE(full.error().toString(), QStringLiteral("mentor_id: A0001 already mentors 1 of 1 at once"));
    // Back to the default: the row goes, and a second mentee fits.
    QVERIFY(store::setMentorCapacity(*m_db, "A0001", kMentoringDefaultCapacity));
    QCOMPARE(store::mentorCapacities(*m_db).value(), (std::map<std::string, int>{}));
    QCOMPARE(store::startMentoringPair(*m_db, pair("A0003", "A0001", "csat")).value(), std::string("P0002"));
}

void TestMentoringStore::sessionAndEndRefusals()
{
    QVERIFY(store::startMentoringPair(*m_db, pair("A0002", "A0001")));
    const auto refusal = [this](const MentoringSession& s) {
        auto r = store::logMentoringSession(*m_db, s);
        return r ? QStringLiteral("stored") : r.error().toString();
    };
    QCOMPARE(refusal(session("P0009", QDate(2026, 7, 8), 30)), QStringLiteral("pair_id: unknown mentoring pair P0009"));
    QCOMPARE(refusal(session("P0001", QDate(2026, 7, 5), 30)),
             QStringLiteral("held_on: 2026-07-05 is before the pair started (2026-07-06)"));
    QCOMPARE(refusal(session("P0001", QDate(2026, 7, 8), 0)),
             QStringLiteral("minutes: must be more than 0 and at most 1440 (one day)"));
    QCOMPARE(store::endMentoringPair(*m_db, "P0001", QDate(2026, 8, 1), "done").error().toString(),
             QStringLiteral("outcome: must be met, not_met or stopped, not 'done'"));
    QCOMPARE(store::endMentoringPair(*m_db, "P0001", QDate(2026, 7, 1), "met").error().toString(),
             QStringLiteral("ended_on: 2026-07-01 is before the pair started (2026-07-06)"));
    QCOMPARE(dump(m_path, "SELECT count(*) FROM mentoring_sessions"), QStringList{"0"});
    QVERIFY(store::endMentoringPair(*m_db, "P0001", QDate(2026, 8, 1), "stopped"));
    QCOMPARE(store::endMentoringPair(*m_db, "P0001", QDate(2026, 8, 2), "met").error().toString(),
             QStringLiteral("pair_id: pair P0001 already ended on 2026-08-01 (stopped)"));
    QCOMPARE(refusal(session("P0001", QDate(2026, 8, 3), 30)),
             QStringLiteral("pair_id: pair P0001 ended on 2026-08-01 (stopped)"));
    QCOMPARE(dump(m_path, "SELECT ended_on, outcome FROM mentoring_pairs"), QStringList{"2026-08-01|stopped"});
}

void TestMentoringStore::confirmedPairsStartAllOrNone()
{
    // The second pair is refused (A0001 mentors itself), so the first is not kept either.
    auto refused = store::startMentoringPairs(*m_db, {pair("A0002", "A0001"), pair("A0001", "A0001", "csat")});
    QCOMPARE(refused.error().toString(),
             QStringLiteral("pair 2 of 2 (A0001 with A0001): mentor_id: the mentor and the mentee are the same agent "
                            "(A0001)"));
    QCOMPARE(dump(m_path, "SELECT count(*) FROM mentoring_pairs"), QStringList{"0"});
    auto ids = store::startMentoringPairs(*m_db, {pair("A0002", "A0001"), pair("A0003", "A0001")});
    QVERIFY(ids);
    QCOMPARE(ids.value(), (std::vector<std::string>{"P0001", "P0002"}));
    // A third mentee would exceed the default capacity of 2.
    QCOMPARE(store::startMentoringPairs(*m_db, {pair("A0002", "A0001", "csat")}).error().toString(),
             QStringLiteral("mentor_id: A0001 already mentors 2 of 2 at once"));
}

QTEST_GUILESS_MAIN(TestMentoringStore)
#include "tst_mentoringstore.moc"
