// Attribution of a program's change to its fixes: difference-in-differences
// as a regression with errors clustered by agent, against the interactions no
// fix touched; the refusals and their notes, and the demo site's planted tool
// fix found with the right sign (docs/friction-to-flow.md).
//
// How the references were obtained: syntheticCells() below is the data set
// "attribution synthetic" of tests/reference/cluster_ols.py, fitted by
// statsmodels 0.13.5 (Debian 12's python3-statsmodels) as
//   sm.OLS(y, [1, in, after, in*after]).fit(cov_type="cluster", cov_kwds={"groups": agent}, use_t=True)
// run as `/usr/bin/python3 tests/reference/cluster_ols.py`; term 3 (in*after) printed with repr
// (bounds with the exact t quantile, see tst_clusterols.cpp):
//  - rework: -0.05999999999999437, 95% CI -0.06351680600528718 to -0.05648319399470156, p 1.2637423084930551e-08
//  - dpti (1,000 x defects): -19.99999999999364, CI -22.45677148870775 to -17.54322851127953, p 1.0386992559581214e-06
//  - aht: -16.79999999999936, CI -17.748271665220575 to -15.851728334778146, p 1.0085574735143194e-08
// The point estimates are the hand-computed differences of differences:
// rework (0.08 - 0.14) - (0.10 - 0.10) = -0.06, dpti (10 - 30) - (20 - 20) = -20,
// aht (mean of 550 x 2/3 + 350 x 1/3 = 483.33... minus 500) - 0 = -16.8 (1,000 rows: 667 of 550, 333 of 350).
// Until 2026-12 the interval was did +- 1.96 sqrt(sum of the cells' binomial
// variances), which treats interactions as independent; the expected values changed with the method.
#include "FbTestSupport.h"
#include "analytics/Attribution.h"
#include "analytics/ProgramReport.h"
#include "demo/DemoGenerator.h"
#include "export/ProgramReportCsv.h"
#include "reports/ProgramReportBuilder.h"
#include "store/ProgramStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <fmt/format.h>

#include <cmath>

using namespace fb;
using namespace fb::analytics;

namespace {

// The CSV text the export layer writes for these rows.
std::string attributionCsv(const std::vector<AttributionRow>& rows)
{
    return exporting::csvText(exporting::attributionCsv(rows));
}

bool close(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

fb::ProgramInteraction row(std::string_view day, std::string_view queue, double handle, int repeat, int defects,
                           std::string_view agent = "A0")
{
    fb::ProgramInteraction r;
    r.agent = agent;
    r.day = day;
    r.queue = queue;
    r.handleSeconds = handle;
    r.fcr = 1;
    r.repeat = repeat;
    r.escalated = 0;
    r.defects = defects;
    return r;
}

fb::ProgramFix fixOf(qint64 id, QDate on, std::vector<std::string> queues, std::string friction = "tool lag")
{
    fb::ProgramFix f;
    f.id = id;
    f.fixedOn = on;
    f.friction = std::move(friction);
    f.what = "what";
    f.queues = std::move(queues);
    return f;
}

const AttributionRow& find(const std::vector<AttributionRow>& rows, qint64 fix, ProgramMetric m)
{
    for (const auto& r : rows)
        if (r.fixId == fix && r.metric == m)
            return r;
    static const AttributionRow none;
    return none;
}

// Program from 2026-07-06; fix on 2026-08-03 (week 5). Cells as in the header.
ProgramCells syntheticCells(std::vector<fb::ProgramFix> fixes)
{
    // Interaction i belongs to agent i % 7.
    static const char* const agents[] = {"A0", "A1", "A2", "A3", "A4", "A5", "A6"};
    ProgramCells cells(QDate(2026, 7, 6), std::move(fixes));
    for (int i = 0; i < 1000; ++i) {
        cells.add(row("2026-07-13", "billing", i % 2 ? 600 : 400, i < 140 ? 1 : 0, i < 30 ? 1 : 0, agents[i % 7]));
        cells.add(row("2026-08-10", "billing", i % 3 ? 550 : 350, i < 80 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
    }
    for (int i = 0; i < 500; ++i) {
        cells.add(row("2026-07-13", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
        cells.add(row("2026-08-10", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0, agents[i % 7]));
    }
    return cells;
}

} // namespace

class TestAttribution : public QObject {
    Q_OBJECT

private slots:
    void didMatchesStatsmodels();
    void complementaryQueuesHaveNoControls();
    void overlappingScopesAreRefused();
    void allQueuesAndOutsideAreRefused();
    void csvColumns();
    void tooLittleDataSaysSo();
    void demoPlantedFixFoundWithTheRightSign();
    void defaultDemoPlantsNoFcrChange();
};

void TestAttribution::didMatchesStatsmodels()
{
    const auto cells = syntheticCells({fixOf(1, QDate(2026, 8, 3), {"billing"})});
    const auto rows = attribute(cells);
    QCOMPARE(rows.size(), size_t(6));
    const auto& rework = find(rows, 1, ProgramMetric::Rework);
    QVERIFY(rework.did && rework.low && rework.high && rework.p);
    QVERIFY(close(*rework.did, -0.05999999999999437, 1e-9));
    QVERIFY(close(*rework.low, -0.06351680600528718, 1e-9));
    QVERIFY(close(*rework.high, -0.05648319399470156, 1e-9));
    QVERIFY(close(*rework.p, 1.2637423084930551e-08, 1e-9));
    QVERIFY(rework.note.isEmpty());
    QCOMPARE(rework.agents, qint64(7));
    QCOMPARE(rework.n, (std::array<qint64, 4>{1000, 1000, 500, 500}));
    const auto& dpti = find(rows, 1, ProgramMetric::Dpti);
    QVERIFY(close(*dpti.did, -19.99999999999364, 1e-9));
    QVERIFY(close(*dpti.low, -22.45677148870775, 1e-9));
    QVERIFY(close(*dpti.high, -17.54322851127953, 1e-9));
    QVERIFY(close(*dpti.p, 1.0386992559581214e-06, 1e-9));
    const auto& aht = find(rows, 1, ProgramMetric::Aht);
    QVERIFY(close(*aht.did, -16.79999999999936, 1e-9));
    QVERIFY(close(*aht.low, -17.748271665220575, 1e-9));
    QVERIFY(close(*aht.high, -15.851728334778146, 1e-9));
    QVERIFY(close(*aht.p, 1.0085574735143194e-08, 1e-9));
    // FCR is 1 everywhere: nothing varies, nothing to test; escalations 0 likewise.
    const auto& fcr = find(rows, 1, ProgramMetric::Fcr);
    QVERIFY(fcr.did && !fcr.p && !fcr.pHolm);
    // Holm over the three tests of the table: aht's p x 3; rework's p x 2 is smaller, so it
    // takes aht's (adjusted p never fall as p rise); dpti's p x 1.
    QVERIFY(close(*rework.pHolm, 3 * 1.0085574735143194e-08, 1e-12));
    QVERIFY(close(*aht.pHolm, 3 * 1.0085574735143194e-08, 1e-12));
    QVERIFY(close(*dpti.pHolm, 1.0386992559581214e-06, 1e-12));
    QVERIFY(rework.significant() && dpti.significant() && aht.significant());
    // No csat surveyed: every cell has 0 of 100.
    const auto& csat = find(rows, 1, ProgramMetric::Csat);
    QVERIFY(!csat.did);
    QVERIFY(csat.note.startsWith("too little data: "));
}

void TestAttribution::complementaryQueuesHaveNoControls()
{
    // A team that works only billing and general, one fix on each: neither
    // queue is untouched, so neither fix has a comparison group (each used to
    // be the other's control and was credited the other's effect).
    const auto cells = syntheticCells(
        {fixOf(1, QDate(2026, 8, 3), {"billing"}), fixOf(2, QDate(2026, 8, 3), {"general"}, "knowledge gap")});
    const auto rows = attribute(cells);
    QCOMPARE(rows.size(), size_t(12));
    for (const auto& r : rows) {
        QVERIFY(!r.did && !r.low && !r.high && !r.p);
        QVERIFY2(r.note.contains("untouched by every fix before the fix has 0; untouched by every fix on or after "
                                 "the fix has 0"),
                 qPrintable(r.note));
    }
    QCOMPARE(find(rows, 2, ProgramMetric::Rework).note,
             QString("too little data: untouched by every fix before the fix has 0; untouched by every fix on or "
                     "after the fix has 0; each of the four cells needs at least 100 interactions, so no effect is "
                     "claimed"));
}

void TestAttribution::overlappingScopesAreRefused()
{
    const auto cells = syntheticCells({fixOf(1, QDate(2026, 8, 3), {"billing"}),
                                       fixOf(2, QDate(2026, 7, 27), {"billing", "tech"}, "knowledge gap"),
                                       fixOf(3, QDate(2026, 7, 27), {"retention"}, "schedule")});
    const auto rows = attribute(cells);
    QCOMPARE(rows.size(), size_t(18));
    const auto& a = find(rows, 1, ProgramMetric::Rework);
    QVERIFY(!a.did && !a.low && !a.high);
    QCOMPARE(a.note, QString("scope overlaps fix 2 (knowledge gap) in time and queue: their effects cannot be told "
                             "apart, so none is attributed"));
    const auto& b = find(rows, 2, ProgramMetric::Fcr);
    QCOMPARE(b.note, QString("scope overlaps fix 1 (tool lag) in time and queue: their effects cannot be told "
                             "apart, so none is attributed"));
    // Fix 3's queue has no interactions at all: refused for too little data, not for overlap.
    const auto& c = find(rows, 3, ProgramMetric::Rework);
    QVERIFY(!c.did);
    QCOMPARE(c.note, QString("too little data: in scope before the fix has 0; in scope on or after the fix has 0; "
                             "each of the four cells needs at least 100 interactions, so no effect is claimed"));
}

void TestAttribution::allQueuesAndOutsideAreRefused()
{
    const auto cells = syntheticCells({fixOf(1, QDate(2026, 8, 3), {}), fixOf(2, QDate(2026, 9, 7), {"billing"})});
    const auto rows = attribute(cells);
    QCOMPARE(find(rows, 1, ProgramMetric::Fcr).note,
             QString("fix applies to all queues: there is no comparison group, so no effect is attributed"));
    QCOMPARE(find(rows, 2, ProgramMetric::Fcr).note,
             QString("fix date 2026-09-07 is outside the program (2026-07-06 to 2026-08-30): there is no before and "
                     "after to compare"));
    QVERIFY(!find(rows, 2, ProgramMetric::Fcr).did);
}

void TestAttribution::csvColumns()
{
    const auto cells = syntheticCells({fixOf(4, QDate(2026, 8, 3), {"billing"})});
    const std::string csv = attributionCsv(attribute(cells));
    QVERIFY(csv.rfind("fix,metric,did,did_low,did_high,note,p_value,p_holm,agents,method\r\n", 0) == 0);
    const auto at = csv.find("\r\n4,rework,");
    QVERIFY(at != std::string::npos);
    const QStringList row = QString::fromStdString(csv.substr(at + 2, csv.find("\r\n", at + 2) - at - 2)).split(',');
    QCOMPARE(row.size(), 10);
    QVERIFY(close(row.at(2).toDouble(), -0.05999999999999437, 1e-9));
    QVERIFY(close(row.at(3).toDouble(), -0.06351680600528718, 1e-9));
    QVERIFY(close(row.at(4).toDouble(), -0.05648319399470156, 1e-9));
    QVERIFY(close(row.at(6).toDouble(), 1.2637423084930551e-08, 1e-9));
    QCOMPARE(row.at(8), QString("7"));
    QCOMPARE(row.at(9), QString("ols_cluster_agent_cr1_t"));
    QCOMPARE(row.at(5), QString()); // credited: no note
    // A note with a comma is quoted.
    QVERIFY(csv.find("\r\n4,csat,,,,\"too little data: ") != std::string::npos);
}

void TestAttribution::tooLittleDataSaysSo()
{
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath("small.db"));
    QVERIFY(db);
    {
        auto& sql = db->sql();
        sql.exec("INSERT INTO teams(name) VALUES ('Billing')");
        sql.exec("INSERT INTO agents(agent_id, name, team) VALUES ('A1', 'Ann', 'Billing')");
        SQLite::Statement ins(sql, "INSERT INTO interactions(interaction_id, agent_id, started_at, queue, "
                                   "handle_seconds, resolved_first_contact, repeat_contact, escalated, defects) "
                                   "VALUES (?, 'A1', ?, ?, 300, ?, ?, 0, 0)");
        const char* days[] = {"2026-07-07T09:00:00", "2026-07-14T09:00:00", "2026-08-18T09:00:00",
                              "2026-08-25T09:00:00"};
        int id = 0;
        for (const char* d : days)
            for (int k = 0; k < 10; ++k) {
                ins.bind(1, fmt::format("C{}", ++id));
                ins.bind(2, d);
                ins.bind(3, k < 8 ? "billing" : "general");
                ins.bind(4, d[6] == '8' ? 1 : (k % 2)); // FCR "rises" from 50% to 100%
                ins.bind(5, 0);
                ins.exec();
                ins.reset();
            }
    }
    QVERIFY(store::createProgram(*db, "Small", {"Billing"}, QDate(2026, 7, 6)));
    auto program = store::findProgram(*db, "Small");
    QVERIFY(program && program.value());
    fb::ProgramFix f = fixOf(0, QDate(2026, 8, 3), {"billing"}, "policy ambiguity");
    auto fixId = store::addFix(*db, program.value()->id, f);
    QVERIFY(fixId);
    auto report = reports::buildProgramReport(*db, "Small", QDate(2026, 9, 1));
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    const auto& fcr = find(report->attribution, fixId.value(), ProgramMetric::Fcr);
    QVERIFY(!fcr.did && !fcr.low && !fcr.high);
    QCOMPARE(fcr.note, QString("too little data: in scope before the fix has 16; in scope on or after the fix has "
                               "16; untouched by every fix before the fix has 4; untouched by every fix on or after "
                               "the fix has 4; each of the four cells needs at least 100 interactions, so no effect "
                               "is claimed"));
    // The plain-words summary names the refusal instead of crediting the fix.
    const auto summary = programSummary(*report, format::file());
    const QString& sentence = summary.at(0);
    QVERIFY2(!sentence.contains("accounts for"), qPrintable(sentence));
    QVERIFY2(sentence.contains("is not credited: too little data"), qPrintable(sentence));
    // And the comparison says what it does not know: no csat surveyed.
    QCOMPARE(summary.at(3), QString("CSAT top-2-box: not enough data before or after to compare."));
    const std::string csv = attributionCsv(report->attribution);
    QVERIFY(csv.find(fmt::format("\r\n{},fcr,,,,\"too little data: in scope before the fix has 16;", fixId.value())) !=
            std::string::npos);
}

void TestAttribution::demoPlantedFixFoundWithTheRightSign()
{
    // Eight weeks from 2026-07-06: the demo plants its billing tool fix at
    // week weeks/2 = 4 (0-based), so program weeks 1-4 are before, 5-8 after.
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath("demo.db"));
    QVERIFY(db);
    demo::DemoOptions o;
    o.weeks = 8;
    QVERIFY(demo::generateDemo(*db, o));
    SQLite::Statement ticket(db->sql(), "SELECT fixed_on, scope_queue, team FROM feedback_tickets WHERE "
                                        "friction = 'tool lag' AND status = 'fixed' AND scope_queue = 'billing'");
    QVERIFY(ticket.executeStep());
    const QDate fixedOn = QDate::fromString(QString::fromStdString(ticket.getColumn(0).getString()), Qt::ISODate);
    QCOMPARE(fixedOn, QDate(2026, 8, 3));
    const std::string team = ticket.getColumn(2).getString();
    QCOMPARE(team, std::string("Billing"));

    QVERIFY(store::createProgram(*db, "Billing flow", {team}, o.start));
    auto program = store::findProgram(*db, "Billing flow");
    QVERIFY(program && program.value());
    auto fixId = store::addFix(*db, program.value()->id, fixOf(0, fixedOn, {"billing"}));
    QVERIFY(fixId);
    auto report = reports::buildProgramReport(*db, "Billing flow", QDate(2026, 9, 1));
    QVERIFY(report);

    const auto& rework = find(report->attribution, fixId.value(), ProgramMetric::Rework);
    QVERIFY2(rework.did, qPrintable(rework.note));
    qInfo("rework did %.4f [%.4f, %.4f], cells n %lld/%lld/%lld/%lld", *rework.did, *rework.low, *rework.high,
          rework.n[0], rework.n[1], rework.n[2], rework.n[3]);
    QVERIFY(*rework.did < 0);
    QVERIFY(*rework.high < 0);                           // the interval excludes no change
    QVERIFY(*rework.did > -0.10 && *rework.did < -0.03); // planted 14% -> 8% in billing, controls flat
    // Pre/post (weeks 7-8 against 1-2) of the Billing team shows rework falling too.
    const auto& pp = report->comparison.at(2);
    QCOMPARE(pp.metric, ProgramMetric::Rework);
    QVERIFY(pp.stats && pp.stats->change < 0 && *pp.stats->high < 0 && *pp.stats->p < 0.001);
    const QString sentence = programSummary(*report, format::file()).at(2);
    QVERIFY2(sentence.startsWith("Rework fell "), qPrintable(sentence));
    QVERIFY2(sentence.contains("accounts for -"), qPrintable(sentence));
}

void TestAttribution::defaultDemoPlantsNoFcrChange()
{
    // The default demo (16 weeks from 2026-07-06) plants no FCR change for
    // Billing; with errors clustered by agent and Holm's adjustment, no
    // eight-week program on Billing within it may call one significant.
    QTemporaryDir dir;
    auto db = fbtest::openDb(dir.filePath("default.db"));
    QVERIFY(db);
    const demo::DemoOptions o;
    QVERIFY(demo::generateDemo(*db, o));
    for (int week = 0; week + 8 <= o.weeks; ++week) {
        const QDate start = o.start.addDays(7 * week);
        const std::string name = fmt::format("Billing {}", week);
        QVERIFY(store::createProgram(*db, name, {"Billing"}, start));
        auto report = reports::buildProgramReport(*db, name, start.addDays(kProgramDays));
        QVERIFY(report);
        const auto& fcr = report->comparison.at(0);
        QCOMPARE(fcr.metric, ProgramMetric::Fcr);
        QVERIFY(fcr.stats && fcr.stats->p && fcr.pHolm);
        QCOMPARE(fcr.agents, qint64(12));
        const QString sentence = programSummary(*report, format::file()).at(0);
        QVERIFY2(!fcr.significant(), qPrintable(sentence));
        QVERIFY2(sentence.contains("not significant after adjusting for the six metrics tested"), qPrintable(sentence));
    }
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
