// The pure parts behind the Scorecards page and its charts (issue 13): a cell
// whose 95% interval reaches two bands says so, agent cards and coaching
// timelines start at the data, the happiness chart's points, coaching results
// in plain words first, teams in natural order. Exact values throughout.
#include "EnglishPlurals.h"
#include "ScorecardFormat.h"
#include "charts/CoachingTimelineChart.h"
#include "common/IsoWeek.h"
#include "common/NaturalOrder.h"
#include "pages/coaching/EffectivenessView.h"
#include "pages/scorecards/HappinessTab.h"
#include "pages/scorecards/ScorecardReads.h"

#include <QApplication>
#include <QTest>

using namespace fb;
using namespace fb::scorecards;

namespace {

analytics::MetricValue proportion(double k, double n, const analytics::MetricDef& def)
{
    analytics::MetricValue v;
    v.n = qint64(n);
    v.numerator = k;
    v.denominator = n;
    v.value = k / n;
    v.enough = v.n >= def.minN;
    v.score = analytics::metricScore(k / n, def.floor, def.target);
    return v;
}

} // namespace

class TestScorecardParts : public QObject {
    Q_OBJECT
private slots:
    // docs/scorecard.md, "Between bands". Wilson intervals from Python (the formula of
    // analytics::wilsonInterval): 7/9 -> 0.4526 to 0.9368, scores 0 to 100; 235/332 -> 0.6568 to 0.7541,
    // scores 3.4 to 52.1; 40/45 -> 0.7650 to 0.9516, scores 82.5 to 100.
    void cellSaysBetweenBands()
    {
        const auto def = analytics::defaultDefinition();
        const auto& csat = *def.find(analytics::Metric::Csat); // floor 65 %, target 85 %
        const auto& fcr = *def.find(analytics::Metric::Fcr);   // floor 60 %, target 80 %
        const auto ann = proportion(7, 9, csat);
        QCOMPARE(formatCell(csat, ann), QStringLiteral("77.8 %  ▼/▲ 64"));
        QCOMPARE(cellMark(csat, ann), QStringLiteral("▼/▲"));
        QVERIFY(cellTooltip(csat, ann).contains(QStringLiteral(
            "Between bands: its 95% interval, 45.3 % to 93.7 %, reaches from ▼ below (score under 50) to ▲ on "
            "target (score 80-100).")));
        QCOMPARE(formatCell(csat, proportion(235, 332, csat)), QStringLiteral("70.8 %  ▼/■ 29"));
        QCOMPARE(formatCell(fcr, proportion(40, 45, fcr)), QStringLiteral("88.9 %  ▲ 100"));
        QVERIFY(!bandSpan(fcr, proportion(40, 45, fcr)));
        // Means (QA, handle time, pulse) have no interval here: a flat mark.
        const auto& qa = *def.find(analytics::Metric::Qa);
        analytics::MetricValue mean;
        mean.n = 3;
        mean.value = 62.96;
        mean.enough = true;
        mean.score = 0;
        QCOMPARE(formatCell(qa, mean), QStringLiteral("63.0  ▼ 0"));
        QVERIFY(legendText().contains(QStringLiteral("▼/■ between bands")));
        QVERIFY(legendText().contains(QStringLiteral("“61.5 % ▼ 0”: 61.5 %, below, score 0")));
    }

    // A new agent's card leaves out the weeks before the first contact (or note).
    void agentCardStartsAtTheData()
    {
        ui::scorecards::AgentCardData d;
        d.weeks = {202630, 202631, 202632, 202633, 202634};
        analytics::TrendSeries fcr;
        fcr.weeks = d.weeks;
        fcr.agentN = {0, 0, 0, 14, 25};
        fcr.agent = {std::nullopt, std::nullopt, std::nullopt, std::nullopt, 0.8};
        fcr.team = {0.7, 0.71, 0.72, 0.73, 0.74};
        analytics::TrendSeries pulse; // the team's: never moves the start
        pulse.teamIsPooled = true;
        pulse.weeks = d.weeks;
        pulse.agentN = {5, 5, 5, 5, 5};
        pulse.agent = {4.0, 4.0, 4.0, 4.0, 4.0};
        pulse.team = pulse.agent;
        d.trends = {fcr, pulse};
        ui::scorecards::startAtTheData(d);
        QCOMPARE(d.weeks, (std::vector<int>{202633, 202634}));
        QCOMPARE(d.trends[0].team, (std::vector<std::optional<double>>{0.73, 0.74}));
        QCOMPARE(d.trends[1].weeks, (std::vector<int>{202633, 202634}));

        // A coaching note in an earlier week starts the card there.
        d.weeks = {202630, 202631, 202632};
        fcr.weeks = d.weeks;
        fcr.agentN = {0, 0, 30};
        fcr.agent = {std::nullopt, std::nullopt, 0.8};
        fcr.team = {0.7, 0.7, 0.7};
        d.trends = {fcr};
        store::CoachingMark note;
        note.coachedOn = IsoWeek::fromKey(202631).monday().addDays(2).toString(Qt::ISODate);
        d.notes = {note};
        ui::scorecards::startAtTheData(d);
        QCOMPARE(d.weeks, (std::vector<int>{202631, 202632}));
    }

    void coachingTimelineStartsAtTheData()
    {
        using Chart = ui::CoachingTimelineChart;
        const QDate w1(2026, 6, 1); // a Monday
        std::vector<Chart::Point> points;
        for (int i = 0; i < 12; ++i)
            points.push_back({w1.addDays(7 * i), i < 10 ? std::nullopt : std::optional<double>(70.0), 20, false});
        QCOMPARE(Chart::startOf(points, {}), w1.addDays(70)); // not ten empty weeks before it
        // A note two weeks before the data (a Wednesday) starts the axis on its Monday.
        QCOMPARE(Chart::startOf(points, {{w1.addDays(58), QStringLiteral("N1"), false}}), w1.addDays(56));
        QCOMPARE(Chart::startOf({}, {}), QDate::currentDate());
    }

    // The happiness chart: teams in natural order, FCR in percent, the line only from 3 teams.
    void happinessChartPoints()
    {
        analytics::Happiness h;
        h.labOutcome = analytics::Metric::Fcr;
        h.slope = 0.05;
        h.intercept = 0.55;
        h.teams = {{"Team 10", 13, 3.9, 0.76, 0.015, false, false},
                   {"Team 5", 12, 3.5, 0.80, 0.075, true, true},
                   {"Team 9", 13, 4.1, 0.70, -0.055, true, false}};
        const auto plot = ui::scorecards::happinessPlot(h, 202631, 202643);
        QCOMPARE(plot.points.size(), size_t(3));
        QCOMPARE(plot.points[0].team, QStringLiteral("Team 5"));
        QCOMPARE(plot.points[1].team, QStringLiteral("Team 9"));
        QCOMPARE(plot.points[2].team, QStringLiteral("Team 10"));
        QCOMPARE(plot.points[0].outcome, 80.0);
        QCOMPARE(plot.points[0].reading, 1);
        QCOMPARE(plot.points[1].reading, -1);
        QCOMPARE(plot.points[2].reading, 0);
        QCOMPARE(plot.points[0].tooltip, QStringLiteral("Team 5: pulse 3.50 /5, FCR 80.0 %, over 12 team-weeks"));
        QCOMPARE(plot.yTitle, QStringLiteral("Mean weekly FCR (%)"));
        QVERIFY(plot.line);
        QCOMPARE(plot.line->first, 55.0);
        QCOMPARE(plot.line->second, 5.0);
        h.teams.pop_back();
        QVERIFY(!ui::scorecards::happinessPlot(h, 202631, 202643).line); // 2 teams: the line predicts nothing
    }

    void coachingResultInPlainWords()
    {
        QVERIFY(fbtest::installEnglishPlurals()); // "1 note", "12 notes"
        analytics::EffectRow e;
        e.group = "Sara";
        e.measured = 12;
        e.teams = 3;
        e.did = 4.04;
        e.didLow = 1.2;
        e.didHigh = 6.9;
        QCOMPARE(ui::effectSentence(e),
                 QStringLiteral("Sara: coached agents improved 4.0 points more than similar uncoached agents "
                                "(difference in differences, 95% CI +1.2 to +6.9; 12 notes in 3 teams)."));
        e.did = -2.0;
        e.didLow = -5.0;
        e.didHigh = 1.0;
        e.measured = 4;
        QCOMPARE(ui::effectSentence(e),
                 QStringLiteral("Sara: coached agents improved 2.0 points less than similar uncoached agents "
                                "(difference in differences, 95% CI -5.0 to +1.0; 4 notes in 3 teams). The interval "
                                "includes 0: coaching may have made no difference. A small sample: read with care."));
        e.measured = 1; // each count with its own plural
        e.teams = 1;
        QVERIFY(ui::effectSentence(e).contains(u"+1.0; 1 note in 1 team)."));
    }

    void teamsInNaturalOrder()
    {
        std::vector<std::string> teams{"Team 10", "Team 20", "Team 5", "Billing", "team 7"};
        sortNaturally(teams);
        QCOMPARE(teams, (std::vector<std::string>{"Billing", "Team 5", "team 7", "Team 10", "Team 20"}));
    }
};

QTEST_MAIN(TestScorecardParts)
#include "tst_scorecardparts.moc"
