// Balanced scorecards on a site: the worked example of docs/scorecard.md,
// checked exactly, its aggregation by agent and team, definition versions
// and the people cache. The rules on their own (minimum samples, scoring, QA
// totals, pulse anonymity, Wilson, Spearman) are in tst_scorecardrules.cpp.
#include "analytics/Scorecard.h"
#include "analytics/ScorecardStats.h"
#include "demo/DemoGenerator.h"
#include "export/ScorecardCsv.h"
#include "import/Importer.h"
#include "store/Database.h"
#include "store/ScorecardStore.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <SQLiteCpp/Database.h>

#include <cmath>
#include <string>

using namespace fb;
using namespace fb::analytics;

namespace {

// The CSV text the export layer writes for these rows.
std::string scorecardCsv(const Scorecard& card)
{
    return exporting::csvText(exporting::scorecardCsv(card));
}

// One agent-week of the worked example, as interactions.
struct Week {
    const char* agent;
    QDate monday;
    int n;
    int handle;
    int fcrKnown, fcrResolved, repeats, escalations, defects;
    std::vector<int> csat;
};

void writeFile(const QString& path, const QByteArray& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray interactionsCsv(const std::vector<Week>& weeks)
{
    QByteArray out = "interaction_id,agent_id,started_at,channel,queue,handle_seconds,resolved_first_contact,"
                     "repeat_contact,escalated,defects,csat,contact_reason\n";
    int id = 0;
    for (const auto& w : weeks)
        for (int i = 0; i < w.n; ++i) {
            const QDateTime at(w.monday.addDays(i % 5), QTime(9, 0).addSecs(60 * i));
            out += QStringLiteral("C%1,%2,%3,voice,billing,%4,%5,%6,%7,%8,%9,\n")
                       .arg(++id, 6, 10, QLatin1Char('0'))
                       .arg(QLatin1String(w.agent), at.toString(Qt::ISODate))
                       .arg(w.handle)
                       .arg(i < w.fcrKnown ? QString::number(i < w.fcrResolved ? 1 : 0) : QString())
                       .arg(i < w.repeats ? 1 : 0)
                       .arg(i < w.escalations ? 1 : 0)
                       .arg(i < w.defects ? 1 : 0)
                       .arg(size_t(i) < w.csat.size() ? QString::number(w.csat[size_t(i)]) : QString())
                       .toUtf8();
        }
    return out;
}

const QDate w10(2026, 3, 2); // 2026-W10
const QDate w11(2026, 3, 9); // 2026-W11

// The worked example of docs/scorecard.md.
void writeExample(const QString& dir)
{
    writeFile(dir + QStringLiteral("/agents.csv"), "agent_id,name,team,supervisor,site,shift,hire_date,status,left_on\n"
                                                   "A1,Ann Ito,Billing,Sue,North,day,2020-01-01,active,\n"
                                                   "A2,Ben Ode,Billing,Sue,North,day,2021-01-01,active,\n"
                                                   "A3,Cy Park,Tech,Tom,North,day,2022-01-01,active,\n");
    writeFile(dir + QStringLiteral("/interactions.csv"), interactionsCsv({
                                                             {"A1", w10, 20, 600, 20, 16, 2, 1, 1, {5, 5, 4, 3, 2}},
                                                             {"A1", w11, 30, 400, 25, 24, 1, 0, 0, {5, 5, 5, 4}},
                                                             {"A2", w10, 10, 300, 10, 5, 0, 0, 0, {4, 4}},
                                                             {"A2", w11, 15, 500, 15, 12, 3, 2, 1, {5, 1}},
                                                             {"A3", w11, 20, 700, 20, 12, 4, 3, 2, {5, 4, 4, 3, 1}},
                                                         }));
    writeFile(dir + QStringLiteral("/qa.csv"),
              "evaluation_id,agent_id,evaluator,evaluated_at,interaction_id,accuracy,clarity,empathy,"
              "policy_adherence,documentation,comment\n"
              "E1,A1,Sue,2026-03-04T10:00:00,,4,3,3,4,NA,\n"
              "E2,A1,Sue,2026-03-10T10:00:00,,2,4,4,0,4,critical fail\n"
              "E3,A1,Sue,2026-03-15T18:00:00,,4,4,4,4,4,\n"
              "E4,A2,Sue,2026-03-11T10:00:00,,3,3,3,3,3,\n"
              "E5,A2,Sue,2026-03-16T08:00:00,,4,4,4,4,4,next week\n");
    writeFile(dir + QStringLiteral("/pulses.csv"),
              "response_id,week,team,agent_id,role_clarity,tool_reliability,coaching_usefulness,schedule_fit,"
              "fairness,comment\n"
              "P01,2026-W10,Billing,A1,4,4,4,4,4,\n"
              "P02,2026-W10,Billing,A2,3,3,3,3,3,\n"
              "P03,2026-W10,Billing,,5,5,5,5,5,\n"
              "P04,2026-W10,Billing,,4,,4,4,4,\n"
              "P05,2026-W10,Billing,,2,2,2,2,2,\n"
              "P06,2026-W11,Billing,A1,5,5,4,4,4,\n"
              "P07,2026-W11,Billing,A2,3,4,3,4,3,\n"
              "P08,2026-W11,Billing,,,,,,,empty\n"
              "P09,2026-W11,Tech,A3,4,4,4,4,4,\n"
              "P10,2026-W11,Tech,,4,4,4,4,4,\n"
              "P11,2026-W11,Tech,,4,4,4,4,4,\n"
              "P12,2026-W11,Tech,,4,4,4,4,4,\n"
              "P13,2026-W10,Billing,,3,3,3,3,3,\n"
              "P14,2026-W10,Billing,,4,4,4,4,4,\n");
    writeFile(dir + QStringLiteral("/coaching.csv"),
              "note_id,agent_id,coach,coached_on,attribute,target_metric,baseline,target,follow_up_on,stage,"
              "commitment,minutes,followed_up_on,outcome\n"
              "N1,A1,Sue,2026-02-20,accuracy,fcr,,0.8,2026-03-05,follow_up,,20,2026-03-05,met\n"
              "N2,A1,Sue,2026-02-27,clarity,aht,,450,2026-03-12,follow_up,,20,2026-03-13,partly\n"
              "N3,A1,Sue,2026-03-06,empathy,csat,,0.8,2026-03-20,practice,,20,,\n");
}

std::unique_ptr<store::Database> importExample(const QString& dir)
{
    auto db = store::Database::open(dir + QStringLiteral("/fb.db"));
    if (!db)
        return nullptr;
    const std::pair<Kind, const char*> files[] = {{Kind::Agents, "agents.csv"},
                                                  {Kind::Interactions, "interactions.csv"},
                                                  {Kind::QaEvaluations, "qa.csv"},
                                                  {Kind::Pulses, "pulses.csv"},
                                                  {Kind::Coaching, "coaching.csv"}};
    for (const auto& [kind, file] : files) {
        import::ImportOptions o;
        o.kind = kind;
        o.file = dir + QLatin1Char('/') + QLatin1String(file);
        auto r = import::runImport(*db.value(), o);
        if (!r || !r->committed) {
            qWarning() << "import failed" << file << (r ? r->summary() : r.error().toString());
            if (r)
                for (const auto& p : r->problems)
                    qWarning() << p.toString();
            return nullptr;
        }
    }
    return std::move(db.value());
}

const ScoreRow* rowOf(const Scorecard& card, const std::string& id)
{
    for (const auto& r : card.rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

const MetricValue& metricOf(const Scorecard& card, const ScoreRow& row, Metric m)
{
    for (size_t i = 0; i < card.definition.metrics.size(); ++i)
        if (card.definition.metrics[i].metric == m)
            return row.metrics[i];
    static const MetricValue none;
    return none;
}

} // namespace

class TestScorecard : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeExample(m_dir.path());
        m_db = importExample(m_dir.path());
        QVERIFY(m_db);
        auto agents = store::scorecardAgents(*m_db);
        QVERIFY(agents);
        m_agents = agents.value();
    }

    void defaultDefinitionIsVersionOne()
    {
        auto def = store::scorecardDefinition(*m_db, 1);
        QVERIFY(def);
        QCOMPARE(def->version, 1);
        QCOMPARE(def->metrics.size(), size_t(9));
        QCOMPARE(def->totalWeight(), 100.0);
        const auto& d = defaultDefinition();
        for (size_t i = 0; i < d.metrics.size(); ++i) {
            QCOMPARE(def->metrics[i].metric, d.metrics[i].metric);
            QCOMPARE(def->metrics[i].floor, d.metrics[i].floor);
            QCOMPARE(def->metrics[i].target, d.metrics[i].target);
            QCOMPARE(def->metrics[i].weight, d.metrics[i].weight);
            QCOMPARE(def->metrics[i].minN, d.metrics[i].minN);
        }
        QVERIFY(def->find(Metric::Dpti)->lowerIsBetter());
        QVERIFY(!def->find(Metric::Fcr)->lowerIsBetter());
    }

    // docs/scorecard.md, "Worked example": every figure.
    void workedExample()
    {
        auto sums = store::loadPeriodSums(*m_db, 202610, 202611);
        QVERIFY(sums);
        const auto card = computeScorecard(defaultDefinition(), m_agents, *sums, Level::Agent, 202610, 202611);
        QCOMPARE(card.rows.size(), size_t(3));
        const ScoreRow* ann = rowOf(card, "A1");
        QVERIFY(ann);
        QCOMPARE(ann->name, std::string("Ann Ito"));
        QCOMPARE(metricOf(card, *ann, Metric::Csat).value.value(), 7.0 / 9.0);
        QCOMPARE(metricOf(card, *ann, Metric::Csat).n, qint64(9));
        QCOMPARE(metricOf(card, *ann, Metric::Fcr).value.value(), 40.0 / 45.0);
        QCOMPARE(metricOf(card, *ann, Metric::Fcr).score.value(), 100.0);
        // QA: E1 = 100 x (30x4/4 + 20x3/4 + 20x3/4 + 20x4/4) / 90 (documentation NA), E2 = 0 (critical), E3 = 100
        QCOMPARE(metricOf(card, *ann, Metric::Qa).value.value(), (100.0 * 80.0 / 90.0 + 0.0 + 100.0) / 3.0);
        QCOMPARE(metricOf(card, *ann, Metric::Qa).n, qint64(3));
        QCOMPARE(metricOf(card, *ann, Metric::Qa).score.value(), 0.0);
        QCOMPARE(metricOf(card, *ann, Metric::Dpti).value.value(), 20.0);
        QCOMPARE(metricOf(card, *ann, Metric::Rework).value.value(), 0.06);
        QCOMPARE(metricOf(card, *ann, Metric::Aht).value.value(), 480.0);
        QCOMPARE(metricOf(card, *ann, Metric::Aht).score.value(), 100.0 * ((480.0 - 720.0) / (420.0 - 720.0)));
        QCOMPARE(metricOf(card, *ann, Metric::Escalation).value.value(), 0.02);
        // An agent row carries its team's pulse (Billing: 146 / 40 over 9 responses, as the team row),
        // left out of the agent's composite and weights by definition.
        QCOMPARE(metricOf(card, *ann, Metric::Pulse).n, qint64(9));
        QCOMPARE(metricOf(card, *ann, Metric::Pulse).value.value(), 146.0 / 40.0);
        QVERIFY(metricOf(card, *ann, Metric::Pulse).enough);
        QVERIFY(metricOf(card, *ann, Metric::Pulse).teamValue);
        QCOMPARE(ann->weightsTotal, 90.0);
        QCOMPARE(metricOf(card, *ann, Metric::Coaching).value.value(), 0.5); // N2 followed up a day late
        QCOMPARE(ann->weightsUsed, 90.0);
        QCOMPARE(ann->gateGreen, std::optional<bool>(false));

        const std::string csv = scorecardCsv(card);
        const std::string header =
            "level,id,name,team,week_from,week_to,csat,csat_n,csat_score,fcr,fcr_n,fcr_score,qa,qa_n,qa_score,"
            "dpti,dpti_n,dpti_score,rework,rework_n,rework_score,aht,aht_n,aht_score,escalation,escalation_n,"
            "escalation_score,pulse,pulse_n,pulse_score,coaching,coaching_n,coaching_score,composite,weights_used,"
            "gate\r\n";
        QCOMPARE(csv.substr(0, header.size()), header);
        const std::string annRow =
            "agent,A1,Ann Ito,Billing,2026-W10,2026-W11,0.7777777777777778,9,63.88888888888889,0.8888888888888888,45,"
            "100,62.96296296296296,3,0,20,50,40,0.06,50,90,480,50,80,0.02,50,100,,,,0.5,2,0,61.75925925925927,90,"
            "red\r\n";
        const std::string benRow = "agent,A2,Ben Ode,Billing,2026-W10,2026-W11,,4,,0.68,25,40.00000000000002,75,1,25,"
                                   "40,25,0,0.12,25,30,420,25,100,0.08,25,28.571428571428577,,,,,0,,"
                                   "37.39795918367347,70,\r\n";
        // Ben has one QA evaluation: the gate needs 3, so it is empty (it read "red" before the rule).
        // Cy has no QA: the gate is empty.
        const std::string cyRow = "agent,A3,Cy Park,Tech,2026-W10,2026-W11,0.6,5,0,0.6,20,0,,0,,100,20,0,0.2,20,0,700,"
                                  "20,6.666666666666667,0.15,20,0,,,,,0,,0.9523809523809524,70,\r\n";
        QVERIFY2(csv.find(annRow) != std::string::npos, csv.c_str());
        QVERIFY2(csv.find(benRow) != std::string::npos, csv.c_str());
        QVERIFY2(csv.find(cyRow) != std::string::npos, csv.c_str());
        QCOMPARE(csv, header + annRow + benRow + cyRow);
        QVERIFY(!rowOf(card, "A3")->gateGreen.has_value());
        QVERIFY(!rowOf(card, "A2")->gateGreen.has_value());
        QCOMPARE(rowOf(card, "A2")->gateEvaluations, qint64(1));
    }

    // A period sums numerators and denominators: Ann's FCR over W10-W11 is
    // 40/45 = 0.889, not the mean of 16/20 and 24/25 (0.88).
    void periodSumsNumerators()
    {
        auto two = store::loadPeriodSums(*m_db, 202610, 202611);
        auto wk = store::loadWeeklySums(*m_db, 202610, 202611);
        QVERIFY(two && wk);
        const auto& a = two->byAgent.at("A1");
        QCOMPARE(a.fcrResolved, qint64(40));
        QCOMPARE(a.fcrKnown, qint64(45));
        const double r10 = *measure(Metric::Fcr, wk->at(202610).byAgent.at("A1")).value;
        const double r11 = *measure(Metric::Fcr, wk->at(202611).byAgent.at("A1")).value;
        QCOMPARE(r10, 0.8);
        QCOMPARE(r11, 0.96);
        QVERIFY(std::abs(*measure(Metric::Fcr, a).value - (r10 + r11) / 2) > 0.008);
        // Ben has 10 and 15 interactions: below 20 each week, enough over both.
        const auto def = defaultDefinition();
        QVERIFY(!evaluate(*def.find(Metric::Fcr), wk->at(202610).byAgent.at("A2")).enough);
        QVERIFY(!evaluate(*def.find(Metric::Fcr), wk->at(202611).byAgent.at("A2")).enough);
        QVERIFY(evaluate(*def.find(Metric::Fcr), two->byAgent.at("A2")).enough);
        // QA counts in the week of evaluated_at: E3 (Sunday 18:00) in W11, E5 (Monday) in W12.
        QCOMPARE(wk->at(202611).byAgent.at("A1").qaEvaluations, qint64(2));
        QCOMPARE(two->byAgent.at("A2").qaEvaluations, qint64(1));
    }

    // A team sums over its agents: Billing FCR = (40 + 17) / (45 + 25).
    void teamSumsAgents()
    {
        auto sums = store::loadPeriodSums(*m_db, 202610, 202611);
        QVERIFY(sums);
        const auto card = computeScorecard(defaultDefinition(), m_agents, *sums, Level::Team, 202610, 202611);
        QCOMPARE(card.rows.size(), size_t(2));
        const ScoreRow* billing = rowOf(card, "Billing");
        QVERIFY(billing);
        QCOMPARE(metricOf(card, *billing, Metric::Fcr).value.value(), 57.0 / 70.0);
        QVERIFY(std::abs(57.0 / 70.0 - (40.0 / 45.0 + 17.0 / 25.0) / 2) > 0.02);
        QCOMPARE(metricOf(card, *billing, Metric::Csat).value.value(), 10.0 / 13.0);
        QCOMPARE(metricOf(card, *billing, Metric::Aht).value.value(), 34500.0 / 75.0);
        QCOMPARE(metricOf(card, *billing, Metric::Qa).n, qint64(4));
        // Team pulse (docs/scorecard.md, anonymous pulses): the 4 signed responses
        // (74 / 20) and the anonymous cells of W10 with 5 answers (role_clarity,
        // coaching_usefulness, schedule_fit, fairness: 18 / 5 each); W10's
        // tool_reliability cell has 4 anonymous answers and counts for nothing.
        // Before the anonymity rule: 125 / 34 over 7 responses (composite 55.87).
        QCOMPARE(metricOf(card, *billing, Metric::Pulse).n, qint64(9));
        QCOMPARE(metricOf(card, *billing, Metric::Pulse).value.value(), 146.0 / 40.0);
        QVERIFY(metricOf(card, *billing, Metric::Pulse).enough);
        QCOMPARE(billing->weightsUsed, 100.0);
        // Reference: plain Python floats over the team's values, the script
        // printed under the worked example of docs/scorecard.md (it reproduces
        // the old 55.86527687998276 with the old pulse 125 / 34 too).
        QVERIFY(std::abs(billing->composite.value() - 55.64468864468865) < 1e-9);
        // Tech: Cy's signed response only; its 3 anonymous ones make cells of 3.
        const ScoreRow* tech = rowOf(card, "Tech");
        QCOMPARE(metricOf(card, *tech, Metric::Pulse).n, qint64(1));
        QCOMPARE(metricOf(card, *tech, Metric::Pulse).value.value(), 4.0);
        QVERIFY(!metricOf(card, *tech, Metric::Pulse).enough);
        QVERIFY(!metricOf(card, *tech, Metric::Pulse).score);

        const auto site = computeScorecard(defaultDefinition(), m_agents, *sums, Level::Site, 202610, 202611);
        QCOMPARE(site.rows.size(), size_t(1));
        QCOMPARE(site.rows[0].id, std::string("North"));
        QCOMPARE(metricOf(site, site.rows[0], Metric::Fcr).value.value(), 69.0 / 90.0);
        // Site: Billing's 146 / 40 and Cy's 20 / 5 (before the rule: 205 / 54 over 11, composite 42.81).
        QCOMPARE(metricOf(site, site.rows[0], Metric::Pulse).n, qint64(10));
        QCOMPARE(metricOf(site, site.rows[0], Metric::Pulse).value.value(), 166.0 / 45.0);
        QVERIFY(std::abs(site.rows[0].composite.value() - 41.91179337231969) < 1e-9); // Python, as above
    }

    void definitionVersions()
    {
        auto sums = store::loadPeriodSums(*m_db, 202610, 202611);
        QVERIFY(sums);
        auto v1 = store::scorecardDefinition(*m_db);
        QVERIFY(v1);
        const std::string before = scorecardCsv(computeScorecard(*v1, m_agents, *sums, Level::Agent, 202610, 202611));

        ScorecardDefinition edited = *v1;
        edited.note = QStringLiteral("stricter FCR");
        edited.metrics[1].target = 0.9;
        edited.metrics[1].weight = 30;
        auto saved = store::saveScorecardDefinition(*m_db, edited);
        QVERIFY(saved);
        QCOMPARE(saved.value(), v1->version + 1);
        auto latest = store::scorecardDefinition(*m_db);
        QCOMPARE(latest->version, saved.value());
        QCOMPARE(latest->metrics[1].target, 0.9);
        QCOMPARE(latest->note, QStringLiteral("stricter FCR"));
        auto versions = store::scorecardDefinitionVersions(*m_db);
        QCOMPARE(versions->size(), size_t(2));

        // The old version still computes the same scorecard.
        auto old = store::scorecardDefinition(*m_db, v1->version);
        QVERIFY(old);
        QCOMPARE(scorecardCsv(computeScorecard(*old, m_agents, *sums, Level::Agent, 202610, 202611)), before);
        QVERIFY(scorecardCsv(computeScorecard(*latest, m_agents, *sums, Level::Agent, 202610, 202611)) != before);

        // Invalid definitions are refused.
        ScorecardDefinition bad = *v1;
        bad.metrics[0].target = bad.metrics[0].floor;
        QVERIFY(!store::saveScorecardDefinition(*m_db, bad));
    }

    // The read-only path computes from the source tables and agrees with the cache.
    void cacheAgreesWithSourceTables()
    {
        auto cached = store::loadPeriodSums(*m_db, 202610, 202612);
        QVERIFY(cached);
        auto ro = store::Database::open(m_dir.path() + QStringLiteral("/fb.db"), store::Database::Mode::ReadOnly);
        QVERIFY(ro);
        auto direct = store::loadPeriodSums(*ro.value(), 202610, 202612);
        QVERIFY(direct);
        const auto a =
            scorecardCsv(computeScorecard(defaultDefinition(), m_agents, *cached, Level::Team, 202610, 202612));
        const auto b =
            scorecardCsv(computeScorecard(defaultDefinition(), m_agents, *direct, Level::Team, 202610, 202612));
        QCOMPARE(a, b);
        // 8 weeks or more of all agents read rollups on a second connection, side by side.
        auto wide = store::loadPeriodSums(*m_db, 202605, 202614);
        auto wideDirect = store::loadPeriodSums(*ro.value(), 202605, 202614);
        QVERIFY(wide && wideDirect);
        QCOMPARE(
            scorecardCsv(computeScorecard(defaultDefinition(), m_agents, *wide, Level::Agent, 202605, 202614)),
            scorecardCsv(computeScorecard(defaultDefinition(), m_agents, *wideDirect, Level::Agent, 202605, 202614)));
        QCOMPARE(wide->byAgent.at("A1").fcrKnown, qint64(45));
        // Re-importing changed QA marks the cache stale; the next load sees the change.
        writeFile(m_dir.path() + QStringLiteral("/qa2.csv"),
                  "evaluation_id,agent_id,evaluator,evaluated_at,interaction_id,accuracy,clarity,empathy,"
                  "policy_adherence,documentation,comment\n"
                  "E6,A3,Tom,2026-03-12T10:00:00,,4,4,4,4,4,\n");
        import::ImportOptions o;
        o.kind = Kind::QaEvaluations;
        o.file = m_dir.path() + QStringLiteral("/qa2.csv");
        QVERIFY(import::runImport(*m_db, o).value().committed);
        auto after = store::loadPeriodSums(*m_db, 202610, 202611);
        QCOMPARE(after->byAgent.at("A3").qaEvaluations, qint64(1));
        QCOMPARE(after->byAgent.at("A3").qaTotalSum, 100.0);
    }

    // A full disk keeps the cache from being written; the scorecard is then
    // computed from the source tables, as when the file is read-only.
    void cacheOnFullDiskComputesWithoutIt()
    {
        QTemporaryDir dir;
        auto db = store::Database::open(dir.filePath(QStringLiteral("fb.db")));
        QVERIFY(db);
        // A demo site large enough that its cache needs pages of its own.
        demo::DemoOptions o;
        o.agents = 48;
        o.weeks = 16;
        o.contactsPerWeek = 5;
        QVERIFY(demo::generateDemo(**db, o));
        SQLite::Database& sql = (*db)->sql();
        // The cache is current when it was written for the people data's
        // generation under the pulse anonymity rule (the ":cells5" tag).
        const char* const current = "SELECT count(*) FROM meta c JOIN meta p ON c.value = p.value || ':cells5' "
                                    "WHERE c.key = 'people_rollups_generation' AND p.key = 'people_generation'";
        QCOMPARE(sql.execAndGet(current).getInt(), 0);
        QCOMPARE(sql.execAndGet("PRAGMA freelist_count").getInt(), 0); // no free pages to reuse
        const int pages = sql.execAndGet("PRAGMA page_count").getInt();
        sql.exec("PRAGMA max_page_count = " + std::to_string(pages)); // the disk is full from here on
        auto full = store::loadPeriodSums(**db, 202629, 202631);
        QVERIFY2(full, qPrintable(full ? QString() : full.error().toString()));
        QCOMPARE(sql.execAndGet(current).getInt(), 0);
        QCOMPARE(sql.execAndGet("SELECT count(*) FROM people_rollups").getInt(), 0);

        sql.exec("PRAGMA max_page_count = 1073741823"); // space again: the cache is written
        auto cached = store::loadPeriodSums(**db, 202629, 202631);
        QVERIFY(cached);
        QCOMPARE(sql.execAndGet(current).getInt(), 1);
        // The same people sums either way. The QA totals are doubles added in
        // another order (per week in the cache), so they agree to the last
        // few bits only: QCOMPARE compares doubles to 1e-12 relative.
        QCOMPARE(full->byAgent.size(), cached->byAgent.size());
        QCOMPARE(full->byAgent.size(), size_t(48));
        for (const auto& [id, f] : full->byAgent) {
            const auto& c = cached->byAgent.at(id);
            QCOMPARE(f.interactions, c.interactions);
            QCOMPARE(f.qaEvaluations, c.qaEvaluations);
            QCOMPARE(f.qaTotalSum, c.qaTotalSum);
            QCOMPARE(f.pulseResponses, c.pulseResponses);
            QCOMPARE(f.pulseScoreSum, c.pulseScoreSum);
            QCOMPARE(f.pulseScoreCount, c.pulseScoreCount);
            QCOMPARE(f.coachingDue, c.coachingDue);
            QCOMPARE(f.coachingDone, c.coachingDone);
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::vector<AgentInfo> m_agents;
};

QTEST_GUILESS_MAIN(TestScorecard)
#include "tst_scorecard.moc"
