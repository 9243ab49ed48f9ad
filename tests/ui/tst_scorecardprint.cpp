// Print PDF prints what is on screen (issue 13): one team's agents, the teams
// or the sites, for the period shown, or every team's agents on request, teams
// in natural order; agent rows show the team's pulse (labelled so, no part of
// the agent's composite); the legend under the table explains a cell. Exact
// values on a seeded demo site (cross-checked with floorboard-cli, see below).
#include "ScorecardFormat.h"
#include "ScorecardPdf.h"
#include "demo/DemoGenerator.h"
#include "pages/scorecards/ScorecardModel.h"
#include "pages/scorecards/ScorecardPage.h"
#include "store/Database.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace fb;
using namespace fb::ui::scorecards;
using namespace fb::scorecards;

namespace {

// Pages of a PDF file: its "/Type /Page" objects (QPdfWriter writes them uncompressed).
int pdfPages(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(f.readAll());
    return int(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))));
}

} // namespace

class TestScorecardPrint : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    // Prints and waits; the titles of the pages drawn.
    static QStringList print(ScorecardPage& page, const QString& file, PrintScope scope)
    {
        QSignalSpy written(&page, &ScorecardPage::pdfWritten);
        page.exportPdf(file, scope);
        if (!written.wait(30000) || !written.first().at(1).toBool())
            return {};
        return page.lastPrintTitles();
    }

    static void waitComputed(ScorecardPage& page, QSignalSpy& computed)
    {
        QVERIFY(computed.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), 30000);
    }

    // At 1280x720, the first team's agents over the last 4 weeks (2026-W38 to W41).
    static void openLastFourWeeks(ScorecardPage& page, QSignalSpy& computed)
    {
        page.resize(1280, 720);
        page.show();
        waitComputed(page, computed);
        page.setSpan(4);
        waitComputed(page, computed);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.path() + QStringLiteral("/demo.db");
        auto db = store::Database::open(m_db);
        QVERIFY(db);
        demo::DemoOptions o; // as tst_scorecardpage: Billing and Tech Support, 2026-W28 to W41
        o.agents = 24;
        o.teams = 2;
        o.weeks = 14;
        o.contactsPerWeek = 40;
        QVERIFY(demo::generateDemo(*db.value(), o));
    }

    void printsWhatIsShown()
    {
        ScorecardPage page(m_db);
        QSignalSpy computed(&page, &ScorecardPage::computed);
        openLastFourWeeks(page, computed);
        const QString period = weekRangeText(202638, 202641);

        // On screen: Billing's agents (the first team) over 2026-W38 to W41.
        const QString shown = m_dir.filePath(QStringLiteral("billing.pdf"));
        QCOMPARE(print(page, shown, PrintScope::Shown), QStringList{QStringLiteral("Billing — scorecard ") + period});
        QCOMPARE(pdfPages(shown), 1);

        // All teams: a page per team, Billing then Tech Support.
        const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
        QCOMPARE(print(page, all, PrintScope::AllTeams),
                 (QStringList{QStringLiteral("Billing — scorecard ") + period,
                              QStringLiteral("Tech Support — scorecard ") + period}));
        QCOMPARE(pdfPages(all), 2);

        // The teams level prints the teams' table, the site level the sites'.
        page.setLevel(analytics::Level::Team);
        waitComputed(page, computed);
        const QString teams = m_dir.filePath(QStringLiteral("teams.pdf"));
        QCOMPARE(print(page, teams, PrintScope::Shown), QStringList{QStringLiteral("Teams — scorecard ") + period});
        QCOMPARE(pdfPages(teams), 1);
        page.setLevel(analytics::Level::Site);
        waitComputed(page, computed);
        QCOMPARE(print(page, m_dir.filePath(QStringLiteral("sites.pdf")), PrintScope::Shown),
                 QStringList{QStringLiteral("Sites — scorecard ") + period});
    }

    // Teams are printed in natural order: Team 5 before Team 10.
    void printsTeamsInNaturalOrder()
    {
        analytics::Scorecard agents, teams;
        agents.definition = teams.definition = analytics::defaultDefinition();
        agents.fromWeek = agents.toWeek = teams.fromWeek = teams.toWeek = 202641;
        teams.level = analytics::Level::Team;
        for (const char* team : {"Team 10", "Team 5", "Team 9"}) {
            analytics::ScoreRow a;
            a.id = a.name = std::string("Agent of ") + team;
            a.team = team;
            a.metrics.resize(agents.definition.metrics.size());
            agents.rows.push_back(a);
            analytics::ScoreRow t = a;
            t.level = analytics::Level::Team;
            t.id = t.name = t.team = team;
            teams.rows.push_back(t);
        }
        QStringList titles;
        const QString file = m_dir.filePath(QStringLiteral("natural.pdf"));
        QVERIFY(report::writeScorecardPdf(report::ScorecardPrint{&agents, &teams}, file, &titles));
        const QString period = weekRangeText(202641, 202641);
        QCOMPARE(titles, (QStringList{QStringLiteral("Team 5 — scorecard ") + period,
                                      QStringLiteral("Team 9 — scorecard ") + period,
                                      QStringLiteral("Team 10 — scorecard ") + period}));
        QCOMPARE(pdfPages(file), 3);
    }

    void agentRowsShowTheTeamsPulse()
    {
        ScorecardPage page(m_db);
        QSignalSpy computed(&page, &ScorecardPage::computed);
        openLastFourWeeks(page, computed);
        const auto agents = page.scorecard();
        const auto& def = agents.definition;
        const int pulse = int(def.find(analytics::Metric::Pulse) - def.metrics.data());
        auto* model = page.table()->model();
        QCOMPARE(model->headerData(ScorecardModel::FirstMetricColumn + pulse, Qt::Horizontal).toString(),
                 QStringLiteral("Team pulse"));
        QVERIFY(model->headerData(ScorecardModel::FirstMetricColumn + pulse, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(teamPulseTooltip()));
        // Names are upright: the ◔ mark, which the legend explains, says "small samples".
        QVERIFY(!model->data(model->index(0, ScorecardModel::NameColumn), Qt::FontRole).isValid());
        const auto* legend = page.findChild<QLabel*>(QStringLiteral("scorecardLegend"));
        QVERIFY(legend && legend->isVisible());
        QCOMPARE(legend->text(), legendText());

        page.setLevel(analytics::Level::Team);
        waitComputed(page, computed);
        const auto teams = page.scorecard();
        const auto billing =
            std::find_if(teams.rows.begin(), teams.rows.end(), [](const auto& r) { return r.name == "Billing"; });
        QVERIFY(billing != teams.rows.end());
        QCOMPARE(model->headerData(ScorecardModel::FirstMetricColumn + pulse, Qt::Horizontal).toString(),
                 QStringLiteral("Pulse"));
        const auto& teamPulse = billing->metrics[size_t(pulse)];
        QVERIFY(!teamPulse.teamValue);
        for (const auto& row : agents.rows) {
            const auto& p = row.metrics[size_t(pulse)];
            QVERIFY(p.teamValue);
            QCOMPARE(p.n, teamPulse.n);
            QCOMPARE(p.value, teamPulse.value);
            QCOMPARE(row.weightsTotal, 90.0); // pulse's 10 are no part of an agent's composite
        }
        // floorboard-cli scorecard --level team --weeks 4: Billing pulse 2.76, pulse_n 20 (2026-W38 to W41).
        QCOMPARE(teamPulse.n, qint64(20));
        QCOMPARE(*teamPulse.value, 2.76);
        int partial = 0;
        for (const auto& row : agents.rows)
            partial += row.weightsUsed < row.weightsTotal ? 1 : 0;
        QCOMPARE(partial, 0); // all 11 while an agent's own pulse counted
    }
};

QTEST_MAIN(TestScorecardPrint)
#include "tst_scorecardprint.moc"
