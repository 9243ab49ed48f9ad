// Attribution of a program's change to its fixes: difference-in-differences
// with the variances, the refusals and their notes, and the demo
// site's planted tool fix found with the right sign (docs/friction-to-flow.md).
//
// Reference values were computed by hand and checked with Python 3's
// standard library (statistics.mean/variance, math.sqrt):
//  - rework: in 140/1000 -> 80/1000, out 50/500 -> 50/500:
//    did = (0.08 - 0.14) - (0.10 - 0.10) = -0.06,
//    var = .14*.86/1000 + .08*.92/1000 + 2 * .1*.9/500 = 0.000554,
//    interval -0.06 +- 1.96 * 0.02353720459187964 = [-0.10613292100008409, -0.013867078999915898];
//  - dpti: in 30 -> 10 defects per 1,000 interactions, out 10/500 -> 10/500:
//    did = (10 - 30) - (20 - 20) = -20, var = 30 + 10 + 40 + 40 = 120,
//    interval [-41.47072425420251, 1.470724254202512];
//  - aht: in 400/600 alternating (mean 500) -> 350/550 (450), out 500/700 both sides:
//    did = -50, var = 2 * (10000*1000/999)/1000 + 2 * (10000*500/499)/500 = 60.1001803406613,
//    interval [-65.19476399279318, -34.80523600720681].
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

fb::ProgramInteraction row(std::string_view day, std::string_view queue, double handle, int repeat, int defects)
{
    fb::ProgramInteraction r;
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
    ProgramCells cells(QDate(2026, 7, 6), std::move(fixes));
    for (int i = 0; i < 1000; ++i) {
        cells.add(row("2026-07-13", "billing", i % 2 ? 600 : 400, i < 140 ? 1 : 0, i < 30 ? 1 : 0));
        cells.add(row("2026-08-10", "billing", i % 2 ? 550 : 350, i < 80 ? 1 : 0, i < 10 ? 1 : 0));
    }
    for (int i = 0; i < 500; ++i) {
        cells.add(row("2026-07-13", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0));
        cells.add(row("2026-08-10", "general", i % 2 ? 700 : 500, i < 50 ? 1 : 0, i < 10 ? 1 : 0));
    }
    return cells;
}

} // namespace

class TestAttribution : public QObject {
    Q_OBJECT

private slots:
    void didMatchesHandComputation();
    void overlappingScopesAreRefused();
    void allQueuesAndOutsideAreRefused();
    void csvColumns();
    void tooLittleDataSaysSo();
    void demoPlantedFixFoundWithTheRightSign();
};

void TestAttribution::didMatchesHandComputation()
{
    const auto cells = syntheticCells({fixOf(1, QDate(2026, 8, 3), {"billing"})});
    const auto rows = attribute(cells);
    QCOMPARE(rows.size(), size_t(6));
    const auto& rework = find(rows, 1, ProgramMetric::Rework);
    QVERIFY(rework.did && rework.low && rework.high);
    QVERIFY(close(*rework.did, -0.06, 1e-12));
    QVERIFY(close(*rework.low, -0.10613292100008409, 1e-12));
    QVERIFY(close(*rework.high, -0.013867078999915898, 1e-12));
    QVERIFY(rework.note.isEmpty());
    QCOMPARE(rework.n, (std::array<qint64, 4>{1000, 1000, 500, 500}));
    const auto& dpti = find(rows, 1, ProgramMetric::Dpti);
    QVERIFY(close(*dpti.did, -20.0, 1e-9));
    QVERIFY(close(*dpti.low, -41.47072425420251, 1e-9));
    QVERIFY(close(*dpti.high, 1.470724254202512, 1e-9));
    const auto& aht = find(rows, 1, ProgramMetric::Aht);
    QVERIFY(close(*aht.did, -50.0, 1e-9));
    QVERIFY(close(*aht.low, -65.19476399279318, 1e-9));
    QVERIFY(close(*aht.high, -34.80523600720681, 1e-9));
    // No csat surveyed: every cell has 0 of 100.
    const auto& csat = find(rows, 1, ProgramMetric::Csat);
    QVERIFY(!csat.did);
    QVERIFY(csat.note.startsWith("too little data: "));
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
    QVERIFY(csv.rfind("fix,metric,did,did_low,did_high,note\r\n", 0) == 0);
    const auto at = csv.find("\r\n4,rework,");
    QVERIFY(at != std::string::npos);
    const QStringList row = QString::fromStdString(csv.substr(at + 2, csv.find("\r\n", at + 2) - at - 2)).split(',');
    QCOMPARE(row.size(), 6);
    QVERIFY(close(row.at(2).toDouble(), -0.06, 1e-15));
    QVERIFY(close(row.at(3).toDouble(), -0.10613292100008409, 1e-15));
    QVERIFY(close(row.at(4).toDouble(), -0.013867078999915898, 1e-15));
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
                               "16; outside the scope before the fix has 4; outside the scope on or after the fix "
                               "has 4; each of the four cells needs at least 100 interactions, so no effect is "
                               "claimed"));
    // The plain-words summary names the refusal instead of crediting the fix.
    const QString& sentence = report->summary.at(0);
    QVERIFY2(!sentence.contains("accounts for"), qPrintable(sentence));
    QVERIFY2(sentence.contains("is not credited: too little data"), qPrintable(sentence));
    // And the comparison says what it does not know: no csat surveyed.
    QCOMPARE(report->summary.at(3), QString("CSAT top-2-box: not enough data before or after to compare."));
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
    QVERIFY2(report->summary.at(2).startsWith("Rework fell "), qPrintable(report->summary.at(2)));
    QVERIFY2(report->summary.at(2).contains("accounts for -"), qPrintable(report->summary.at(2)));
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
