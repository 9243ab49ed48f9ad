// Anonymous pulses stay anonymous whatever a user adds or subtracts
// (docs/scorecard.md, "Anonymous pulses"; issue 12, section 1): the rule of
// analytics::PulseCells, then each attack on the two demo sites the issue
// names, through the store's loads (people cache and source tables).
//
// Reference values: the sqlite3 shell (3.40) on the same demo databases
// (`floorboard-cli demo --agents 5 --teams 5 --weeks 8 --seed 5
// --contacts-per-week 40` and `floorboard-cli demo`), with kTeamSql below:
// signed answers plus anonymous (team, week, dimension) cells of at least 5,
// written independently of Floorboard's code.
#include "FbTestSupport.h"
#include "analytics/ProgramReport.h"
#include "analytics/PulseAnonymity.h"
#include "analytics/Scorecard.h"
#include "common/IsoWeek.h"
#include "demo/DemoGenerator.h"
#include "export/Exporter.h"
#include "export/ProgramReportCsv.h"
#include "export/ReportCsv.h"
#include "reports/ProgramReportBuilder.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

using namespace fb;
using namespace fb::analytics;

namespace {

[[maybe_unused]] const char* const kTeamSql = R"sql(
WITH r AS (SELECT response_id, team, week, agent_id IS NULL AS anon, role_clarity AS d1, tool_reliability AS d2,
                  coaching_usefulness AS d3, schedule_fit AS d4, fairness AS d5 FROM pulse_responses
           WHERE week BETWEEN :from AND :to AND team IN (SELECT value FROM json_each(:teams))),
ans AS (SELECT response_id, team, week, anon, 1 AS dim, d1 AS v FROM r UNION ALL SELECT response_id, team, week, anon, 2, d2 FROM r
        UNION ALL SELECT response_id, team, week, anon, 3, d3 FROM r UNION ALL SELECT response_id, team, week, anon, 4, d4 FROM r
        UNION ALL SELECT response_id, team, week, anon, 5, d5 FROM r),
cell AS (SELECT team, week, dim, count(v) AS n FROM ans WHERE anon AND v IS NOT NULL GROUP BY team, week, dim),
counted AS (SELECT a.* FROM ans a LEFT JOIN cell c USING (team, week, dim)
            WHERE a.v IS NOT NULL AND (a.anon = 0 OR c.n >= 5))
SELECT sum(v), count(v), count(DISTINCT response_id) FROM counted;
)sql";

struct Pulse {
    qint64 sum = 0;
    qint64 count = 0;
    qint64 responses = 0;
    bool operator==(const Pulse&) const = default;
};

Pulse pulseOf(const Sums& s)
{
    return {s.pulseScoreSum, s.pulseScoreCount, s.pulseResponses};
}

char* toString(const Pulse& p) // QCOMPARE's message
{
    return qstrdup(QByteArray::number(p.sum) + " / " + QByteArray::number(p.count) + ", " +
                   QByteArray::number(p.responses) + " responses");
}

PulseAnswers all(int v)
{
    return {v, v, v, v, v};
}

int week(const char* text)
{
    return isoWeekKeyOfWeekText(text);
}

} // namespace

class TestPulseAnonymity : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_small; // the issue's site: 5 teams of one agent, 8 weeks
    std::unique_ptr<store::Database> m_big;   // the default demo: 4 teams of 12, 16 weeks
    std::vector<AgentInfo> m_smallAgents, m_bigAgents;

    // A team's (or the site's) pulse over weeks [from, to] as the scorecard computes it.
    Pulse level(store::Database& db, const std::vector<AgentInfo>& agents, Level l, const std::string& id,
                const char* from, const char* to)
    {
        auto sums = store::loadPeriodSums(db, week(from), week(to));
        if (!sums)
            return {-1, -1, -1};
        const auto entities = entitySums(agents, *sums, l);
        const auto it = entities.find(id);
        return it == entities.end() ? Pulse{} : pulseOf(it->second);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = fbtest::openDb(m_dir.filePath(QStringLiteral("small.db")));
        m_big = fbtest::openDb(m_dir.filePath(QStringLiteral("big.db")));
        QVERIFY(m_small && m_big);
        demo::DemoOptions o;
        o.agents = 5;
        o.teams = 5;
        o.weeks = 8;
        o.seed = 5;
        o.contactsPerWeek = 40;
        QVERIFY(demo::generateDemo(*m_small, o));
        QVERIFY(demo::generateDemo(*m_big, demo::DemoOptions{}));
        m_smallAgents = store::scorecardAgents(*m_small).value();
        m_bigAgents = store::scorecardAgents(*m_big).value();
    }

    // The rule itself: a cell counts from 5 anonymous answers, per dimension;
    // signed answers always count; a response counts through answers that count.
    void cellsOfFewerThanFiveCountForNothing()
    {
        PulseCells four;
        for (int i = 0; i < 4; ++i)
            four.add("T", 202633, false, all(1));
        QVERIFY(four.publishable().empty());

        PulseCells five = four;
        five.add("T", 202633, false, all(5));
        const auto out = five.publishable();
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(pulseOf(out.at({"T", 202633})), (Pulse{45, 25, 5}));
        QCOMPARE(out.at({"T", 202633}).pulseDimSum[4], qint64(9));

        // The same answers split over two weeks (or two teams) are two cells of 2-3.
        PulseCells split;
        for (int i = 0; i < 5; ++i)
            split.add(i < 3 ? "T" : "U", 202633, false, all(3));
        QVERIFY(split.publishable().empty());
    }

    // Issue: five responses of which one answered fairness showed fairness,1,1.
    void perDimensionGuard()
    {
        PulseCells cells;
        for (int i = 0; i < 4; ++i)
            cells.add("T", 202633, false, {4, 4, 4, 4, std::nullopt});
        cells.add("T", 202633, false, {4, 4, 4, 4, 1});
        const Sums s = cells.publishable().at({"T", 202633});
        QCOMPARE(s.pulseDimCount[4], qint64(0));
        QCOMPARE(s.pulseDimSum[4], qint64(0));
        QCOMPARE(s.pulseDimCount[0], qint64(5));
        QCOMPARE(pulseOf(s), (Pulse{80, 20, 5}));
        QVERIFY(!dimensionMean(s.pulseDimSum[4], s.pulseDimCount[4]));
        QCOMPARE(dimensionMean(s.pulseDimSum[0], s.pulseDimCount[0]).value(), 4.0);
        // One signed fairness answer is no team mean either.
        QVERIFY(!dimensionMean(1, 1));

        // A response only in a suppressed cell stands behind nothing.
        PulseCells mixed;
        for (int i = 0; i < 5; ++i)
            mixed.add("T", 202633, false, {3, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
        mixed.add("T", 202633, false, {std::nullopt, 5, std::nullopt, std::nullopt, std::nullopt});
        QCOMPARE(pulseOf(mixed.publishable().at({"T", 202633})), (Pulse{15, 5, 5}));
    }

    void signedAnswersAlwaysCount()
    {
        PulseCells cells;
        cells.add("T", 202633, true, all(2));
        for (int i = 0; i < 4; ++i)
            cells.add("T", 202633, false, all(5));
        QCOMPARE(pulseOf(cells.publishable().at({"T", 202633})), (Pulse{10, 5, 1}));
        cells.add("T", 202633, true, {}); // empty: not a response
        QCOMPARE(pulseOf(cells.publishable().at({"T", 202633})), (Pulse{10, 5, 1}));
    }

    // Issue: --week W33 --weeks 6 gave 4.3667 (n = 6) and --week W32 --weeks 5
    // 4.4 (n = 5); 6 x 4.3667 - 5 x 4.4 = 4.2, W33's one anonymous answer.
    // Now both windows hold the same five signed responses (kTeamSql: 110 / 25, 5).
    void rollingWindowsOneWeekApart()
    {
        const Pulse six = level(*m_small, m_smallAgents, Level::Team, "Billing", "2026-W28", "2026-W33");
        const Pulse five = level(*m_small, m_smallAgents, Level::Team, "Billing", "2026-W28", "2026-W32");
        QCOMPARE(six, (Pulse{110, 25, 5}));
        QCOMPARE(five, six);
        const auto& def = defaultDefinition();
        auto sums = store::loadPeriodSums(*m_small, week("2026-W28"), week("2026-W33"));
        QVERIFY(sums);
        const auto card =
            computeScorecard(def, m_smallAgents, *sums, Level::Team, week("2026-W28"), week("2026-W33"), "Billing");
        QCOMPARE(card.rows.size(), size_t(1));
        const auto pulse =
            evaluate(*def.find(Metric::Pulse), entitySums(m_smallAgents, *sums, Level::Team).at("Billing"));
        QCOMPARE(pulse.value.value(), 4.4);
        QCOMPARE(pulse.n, qint64(5));

        // Default demo: Retention W40 has a publishable week (5 anonymous of 10
        // responses): the difference of the windows is that whole week,
        // 131 / 50 (kTeamSql: 552 / 200, 40 and 421 / 150, 30).
        const Pulse to40 = level(*m_big, m_bigAgents, Level::Team, "Retention", "2026-W35", "2026-W40");
        const Pulse to39 = level(*m_big, m_bigAgents, Level::Team, "Retention", "2026-W35", "2026-W39");
        QCOMPARE(to40, (Pulse{552, 200, 40}));
        QCOMPARE(to39, (Pulse{421, 150, 30}));
    }

    // A window that starts or ends inside a suppressed week gains only that
    // week's signed answers.
    void windowsEdgedBySuppressedWeeks()
    {
        // W33 of Billing (small site): one anonymous response, nothing else.
        QCOMPARE(level(*m_small, m_smallAgents, Level::Team, "Billing", "2026-W33", "2026-W33"), Pulse{});
        QCOMPARE(level(*m_small, m_smallAgents, Level::Team, "Billing", "2026-W33", "2026-W35"), (Pulse{45, 10, 2}));
        QCOMPARE(level(*m_small, m_smallAgents, Level::Team, "Billing", "2026-W34", "2026-W35"), (Pulse{45, 10, 2}));
        // Retention W38 (default demo): 5 signed responses, 75 / 25; its 3
        // anonymous ones make cells of 3.
        QCOMPARE(level(*m_big, m_bigAgents, Level::Team, "Retention", "2026-W38", "2026-W38"), (Pulse{75, 25, 5}));
        // W37 holds a publishable cell of 7 anonymous answers per dimension.
        QCOMPARE(level(*m_big, m_bigAgents, Level::Team, "Retention", "2026-W37", "2026-W37"), (Pulse{117, 40, 8}));
    }

    // Team minus its agents' rows is only publishable cells: Billing (default
    // demo, W28-W43) = 1442 / 485, 97; its agents signed 1337 / 455, 91; the
    // difference 105 / 30, 6 is W42's cell of 6 anonymous answers per dimension
    // (21 + 21 + 25 + 18 + 20). On the small site the difference is nothing.
    void teamMinusIdentifiedAgents()
    {
        auto big = store::loadPeriodSums(*m_big, week("2026-W28"), week("2026-W43"));
        QVERIFY(big);
        Pulse agents;
        for (const auto& [id, s] : entitySums(m_bigAgents, *big, Level::Agent, "Billing")) {
            agents.sum += s.pulseScoreSum;
            agents.count += s.pulseScoreCount;
            agents.responses += s.pulseResponses;
        }
        QCOMPARE(agents, (Pulse{1337, 455, 91}));
        QCOMPARE(pulseOf(entitySums(m_bigAgents, *big, Level::Team).at("Billing")), (Pulse{1442, 485, 97}));

        auto small = store::loadPeriodSums(*m_small, week("2026-W28"), week("2026-W35"));
        QVERIFY(small);
        const auto teams = entitySums(m_smallAgents, *small, Level::Team);
        const auto agentRows = entitySums(m_smallAgents, *small, Level::Agent);
        for (const auto& a : m_smallAgents) // a team of one agent: the team is the agent's signed answers
            QCOMPARE(pulseOf(teams.at(a.team)), pulseOf(agentRows.at(a.id)));
    }

    // Site minus the other teams is the last team's publishable figure: the
    // small site (Riverside, all 5 teams) 488 / 140, 28; without Team 5
    // 438 / 120, 24; Team 5 alone its 4 signed responses 50 / 20.
    void siteMinusOtherTeams()
    {
        QCOMPARE(level(*m_small, m_smallAgents, Level::Site, "Riverside", "2026-W28", "2026-W35"),
                 (Pulse{488, 140, 28}));
        QCOMPARE(level(*m_small, m_smallAgents, Level::Team, "Team 5", "2026-W28", "2026-W35"), (Pulse{50, 20, 4}));
        // Default demo: Riverside = Billing + Retention (2,936 / 990, 198).
        QCOMPARE(level(*m_big, m_bigAgents, Level::Site, "Riverside", "2026-W28", "2026-W43"), (Pulse{2936, 990, 198}));
        QCOMPARE(level(*m_big, m_bigAgents, Level::Team, "Retention", "2026-W28", "2026-W43"), (Pulse{1494, 505, 101}));
    }

    // A cache built before the rule is not read: it is rebuilt (or, read-only,
    // bypassed for the source tables), with the same figures.
    void cacheOfTheOldRuleIsRebuilt()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.db"));
        {
            auto db = fbtest::openDb(path);
            QVERIFY(db);
            demo::DemoOptions o;
            o.agents = 5;
            o.teams = 5;
            o.weeks = 8;
            o.seed = 5;
            o.contactsPerWeek = 40;
            QVERIFY(demo::generateDemo(*db, o));
            QVERIFY(store::refreshScorecardCache(*db).value());
        }
        {
            // What a Floorboard before the rule left: its generation without the
            // rule's tag, and the anonymous W33 answer in Billing's rollup.
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE);
            raw.exec("UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'people_generation') "
                     "WHERE key = 'people_rollups_generation'");
            raw.exec("INSERT OR REPLACE INTO team_pulse_rollups VALUES ('Billing', 202633, 1, 21, 5, 5, 1, 5, 1, 4, "
                     "1, 3, 1, 4, 1)");
        }
        auto ro = store::Database::open(path, store::Database::Mode::ReadOnly);
        QVERIFY(ro);
        QCOMPARE(level(*ro.value(), m_smallAgents, Level::Team, "Billing", "2026-W28", "2026-W33"),
                 (Pulse{110, 25, 5}));
        auto rw = fbtest::openDb(path);
        QVERIFY(rw);
        QCOMPARE(level(*rw, m_smallAgents, Level::Team, "Billing", "2026-W28", "2026-W33"), (Pulse{110, 25, 5}));
        const QStringList tag = fbtest::dump(path, "SELECT value FROM meta WHERE key = 'people_rollups_generation'");
        QCOMPARE(tag.size(), 1);
        QVERIFY2(tag[0].endsWith(QStringLiteral(":cells5")), qPrintable(tag[0]));
    }

    // The program's pulse table, pulse.csv and PDF read one PulseSummary.
    // Weeks 1-2 of a program on Billing: five anonymous responses of which
    // one answered fairness (1), and Ann's signed (3,3,3,3,3) in W29. Before
    // the rule: fairness (1 + 3) / 2 = 2 with n 2. Now fairness has Ann's one
    // answer (no mean, n 1) and role_clarity (4 x 5 + 3) / 6 = 23 / 6.
    void programPulseTable()
    {
        const QString dir = m_dir.filePath(QStringLiteral("program"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(fbtest::writeFile(dir + QStringLiteral("/agents.csv"),
                                  "agent_id,name,team,supervisor,site,shift,hire_date,status,left_on\n"
                                  "A1,Ann Ito,Billing,Sue,North,day,2024-01-01,active,\n"));
        QVERIFY(fbtest::writeFile(dir + QStringLiteral("/pulses.csv"),
                                  "response_id,week,team,agent_id,role_clarity,tool_reliability,coaching_usefulness,"
                                  "schedule_fit,fairness,comment\n"
                                  "P1,2026-W28,Billing,,4,4,4,4,,\n"
                                  "P2,2026-W28,Billing,,4,4,4,4,,\n"
                                  "P3,2026-W28,Billing,,4,4,4,4,,\n"
                                  "P4,2026-W28,Billing,,4,4,4,4,,\n"
                                  "P5,2026-W28,Billing,,4,4,4,4,1,\n"
                                  "P6,2026-W29,Billing,A1,3,3,3,3,3,\n"));
        auto db = fbtest::openDb(dir + QStringLiteral("/fb.db"));
        QVERIFY(db);
        for (const auto& [kind, file] :
             {std::pair{Kind::Agents, "/agents.csv"}, std::pair{Kind::Pulses, "/pulses.csv"}}) {
            auto r = fbtest::importFile(*db, kind, dir + QLatin1String(file));
            QVERIFY(r && r->committed);
        }
        QVERIFY(store::createProgram(*db, "P", {"Billing"}, QDate(2026, 7, 6)));
        auto report = reports::buildProgramReport(*db, "P", QDate(2026, 9, 1));
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        const PulseSummary& before = report->pulseBefore;
        QCOMPARE(before.responses, qint64(6));
        QVERIFY(!before.hidden);
        QCOMPARE(before.mean[0].value(), 23.0 / 6.0);
        QVERIFY(!before.mean[4]);
        QCOMPARE(before.n[4], qint64(1));
        QCOMPARE(exporting::csvText(exporting::pulseCsv(*report)),
                 std::string("dimension,before,n_before,after,n_after\r\n"
                             "role_clarity,3.8333333333333335,6,,0\r\n"
                             "tool_reliability,3.8333333333333335,6,,0\r\n"
                             "coaching_usefulness,3.8333333333333335,6,,0\r\n"
                             "schedule_fit,3.8333333333333335,6,,0\r\n"
                             "fairness,,1,,0\r\n"));
    }

    // export pulses leaves the anonymous responses out unless asked: the small
    // site has 40 responses, 12 of them anonymous (P000003 the first).
    void exportLeavesAnonymousOut()
    {
        const QString file = m_dir.filePath(QStringLiteral("pulses.csv"));
        exporting::ExportOptions o{Kind::Pulses, file};
        auto count = exporting::runExport(*m_small, o);
        QVERIFY(count);
        QCOMPARE(count->rows, qint64(28));
        QCOMPARE(count->anonymousLeftOut, qint64(12));
        const QByteArray text = fbtest::readAll(file);
        QCOMPARE(text.count("\r\n"), 29); // header + 28
        QVERIFY(!text.contains("P000003"));
        QVERIFY(!text.contains(",Retention,,"));
        o.includeAnonymous = true;
        count = exporting::runExport(*m_small, o);
        QVERIFY(count);
        QCOMPARE(count->rows, qint64(40));
        QCOMPARE(count->anonymousLeftOut, qint64(0));
        QVERIFY(fbtest::readAll(file).contains("P000003,2026-W28,Retention,,"));
        // Other kinds are not touched by the option.
        count = exporting::runExport(*m_small, exporting::ExportOptions{Kind::Agents, file});
        QVERIFY(count);
        QCOMPARE(count->rows, qint64(5));
    }
};

QTEST_GUILESS_MAIN(TestPulseAnonymity)
#include "tst_pulseanonymity.moc"
