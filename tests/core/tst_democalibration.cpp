// The demo site's calibration sessions (docs/demo-site.md, effect 4): their
// shape, the open latest session, and that the history computed from them
// converges the way the planted scorers say, on several seeds.
#include "FbTestSupport.h"
#include "analytics/CalibrationHistory.h"
#include "demo/DemoCalibration.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoModel.h"
#include "store/CalibrationStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace fb;

namespace {

demo::DemoOptions options(quint64 seed)
{
    demo::DemoOptions o;
    o.agents = 24;
    o.teams = 4;
    o.weeks = 12;
    o.contactsPerWeek = 30;
    o.seed = seed;
    return o;
}

// Mean of the defined cells of row[from, to).
double meanOf(const std::vector<analytics::Cell>& row, std::size_t from, std::size_t to)
{
    double sum = 0;
    int n = 0;
    for (std::size_t s = from; s < to; ++s)
        if (row[s]) {
            sum += *row[s];
            ++n;
        }
    return n > 0 ? sum / n : NAN;
}

std::size_t indexOf(const std::vector<std::string>& names, const std::string& name)
{
    return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

} // namespace

class TestDemoCalibration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<store::Database> demoDb(quint64 seed, demo::DemoSummary* summary = nullptr)
    {
        auto db = fbtest::openDb(m_dir.filePath(QStringLiteral("demo%1.db").arg(++m_n)));
        if (!db)
            return nullptr;
        auto made = demo::generateDemo(*db, options(seed));
        if (!made) {
            qWarning() << made.error().toString();
            return nullptr;
        }
        if (summary)
            *summary = made.value();
        return db;
    }

private slots:
    void sessionsOfTheDemo()
    {
        demo::DemoSummary summary;
        auto db = demoDb(1, &summary);
        QVERIFY(db);
        const demo::Site site = demo::buildSite(options(1));
        const auto roster = demo::calibrationRoster(site);
        QCOMPARE(roster.size(), std::size_t(6));
        QCOMPARE(roster[0].name, site.teams[0].supervisor);
        QCOMPARE(roster.back().name, site.qaAnalysts[0]);

        auto list = store::listSessions(*db);
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(10)); // weeks 3-12 of 12
        QCOMPARE(summary.calibrationSessions, qint64(10));
        int anchored = 0;
        for (const auto& row : list.value()) {
            auto s = store::loadSession(*db, row.id);
            QVERIFY(s);
            QCOMPARE(s->participants.size(), std::size_t(5));
            QCOMPARE(s->units.size(), std::size_t(8));
            QCOMPARE(s->heldOn.dayOfWeek(), 4); // Thursday
            QVERIFY(!s->seed);                  // not one repeatable draw
            anchored += s->anchor.has_value();
            std::set<std::string> agents;
            for (const auto& u : s->units) {
                agents.insert(u.agentId);
                // Every interaction was handled before the session.
                SQLite::Statement at(db->sql(), "SELECT started_at FROM interactions WHERE interaction_id = ?");
                at.bind(1, u.interactionId);
                QVERIFY(at.executeStep());
                QVERIFY(at.getColumn(0).getString() < s->heldOn.toString(Qt::ISODate).toStdString());
            }
            QCOMPARE(agents.size(), s->units.size()); // one interaction per agent
        }
        QCOMPARE(anchored, 8);

        // Newest first: the latest session is open, every other one fully agreed.
        QCOMPARE(list->front().agreedUnits, 0);
        for (std::size_t i = 1; i < list->size(); ++i) {
            QCOMPARE(list->at(i).agreedUnits, 8);
            auto agreed = store::sessionConsensus(*db, list->at(i).id);
            QVERIFY(agreed);
            QCOMPARE(agreed->size(), std::size_t(8 * 5));
            for (const auto& c : agreed.value())
                QVERIFY(!c.note.empty());
        }
        QCOMPARE(
            db->sql().execAndGet("SELECT count(*) FROM qa_evaluations WHERE evaluation_id LIKE 'CAL-%'").getInt64(),
            qint64(9 * 8));
    }

    void historyConverges_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1, 2, 3, 4, 5, 6})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void historyConverges()
    {
        QFETCH(quint64, seed);
        auto db = demoDb(seed);
        QVERIFY(db);
        auto sessions = store::loadCalibrationHistory(*db);
        QVERIFY(sessions);
        auto h = analytics::calibrationHistory(sessions.value());
        QVERIFY(h);
        QCOMPARE(h->sessions.size(), std::size_t(10));
        const auto roster = demo::calibrationRoster(demo::buildSite(options(seed)));
        auto row = [&](demo::ScorerRole role) {
            const auto& c = *std::find_if(roster.begin(), roster.end(), [&](const auto& r) { return r.role == role; });
            return indexOf(h->participants, c.name);
        };
        const std::size_t lenient = row(demo::ScorerRole::Lenient), strict = row(demo::ScorerRole::Strict),
                          noisy = row(demo::ScorerRole::Noisy), calibrated = row(demo::ScorerRole::Calibrated),
                          standIn = row(demo::ScorerRole::StandIn);
        // The QA lead is the anchor or away: never a compared participant.
        QCOMPARE(h->participants.size(), std::size_t(5));
        QCOMPARE(row(demo::ScorerRole::Anchor), h->participants.size());

        // The lenient scorer starts well above the reference and learns.
        const double firstDev = meanOf(h->deviation[lenient], 0, 3), lastDev = meanOf(h->deviation[lenient], 7, 10);
        QVERIFY2(firstDev > lastDev + 0.3, qPrintable(QStringLiteral("%1 -> %2").arg(firstDev).arg(lastDev)));
        QVERIFY(meanOf(h->bias[lenient], 0, 3) > 0.5);
        QVERIFY(std::abs(meanOf(h->bias[lenient], 7, 10)) < 0.3);
        // The strict one stays below it; the noisy one stays further off than a calibrated one.
        QVERIFY(meanOf(h->bias[strict], 0, 10) < -0.25);
        QVERIFY(meanOf(h->bias[strict], 7, 10) < -0.1);
        QVERIFY(meanOf(h->deviation[noisy], 7, 10) > meanOf(h->deviation[calibrated], 7, 10));
        // The stand-in scored only in the two sessions without the QA lead.
        int standInSessions = 0;
        for (const auto& c : h->deviation[standIn])
            standInSessions += c.has_value();
        QCOMPARE(standInSessions, 2);
        // Agreement rises with it.
        const auto& overall = h->alpha.back();
        QCOMPARE(h->attributes.back(), std::string("overall"));
        QVERIFY2(meanOf(overall, 7, 10) > meanOf(overall, 0, 3) + 0.1,
                 qPrintable(QStringLiteral("%1 -> %2").arg(meanOf(overall, 0, 3)).arg(meanOf(overall, 7, 10))));
    }

    void sameSeedSameSessions()
    {
        auto a = demoDb(3), b = demoDb(3), c = demoDb(4);
        QVERIFY(a && b && c);
        auto units = [](store::Database& db) {
            std::vector<std::string> out;
            auto list = store::listSessions(db);
            for (const auto& s : list.value()) {
                const auto session = store::loadSession(db, s.id);
                for (const auto& u : session->units)
                    out.push_back(u.interactionId);
            }
            return out;
        };
        auto history = [](store::Database& db) {
            return analytics::calibrationHistory(store::loadCalibrationHistory(db).value()).value().deviation;
        };
        QCOMPARE(units(*a), units(*b));
        QVERIFY(history(*a) == history(*b));
        QVERIFY(units(*a) != units(*c));
    }

    void tinySitesGetFewerSessions()
    {
        // One week: nothing earlier to review, so no session.
        auto db = fbtest::openDb(m_dir.filePath(QStringLiteral("tiny1.db")));
        demo::DemoOptions o = options(1);
        o.agents = 6;
        o.teams = 2;
        o.weeks = 1;
        auto made = demo::generateDemo(*db, o);
        QVERIFY(made);
        QCOMPARE(made->calibrationSessions, qint64(0));
        // Three weeks, two teams: two sessions, names filled in for the missing teams.
        db = fbtest::openDb(m_dir.filePath(QStringLiteral("tiny3.db")));
        o.weeks = 3;
        made = demo::generateDemo(*db, o);
        QVERIFY(made);
        QCOMPARE(made->calibrationSessions, qint64(2));
        auto list = store::listSessions(*db);
        QVERIFY(list);
        QCOMPARE(list->size(), std::size_t(2));
        for (const auto& s : list.value())
            QVERIFY(s.units >= 2 && s.units <= 6);
    }
};

QTEST_GUILESS_MAIN(TestDemoCalibration)
#include "tst_democalibration.moc"
