// The coaching log: the worked examples of docs/coaching.md checked exactly,
// note validation, follow-up status and the coaching-to-production ratio
// (notes and follow-ups through the store: tst_coachingstore.cpp).
#include "FbTestSupport.h"
#include "analytics/Coaching.h"
#include "export/ScorecardCsv.h"

#include <array>

using namespace fb;
using namespace fb::analytics;

namespace {

// The CSV text the export layer writes for these rows.
std::string effectivenessCsv(const std::vector<EffectRow>& rows)
{
    return exporting::csvText(exporting::effectivenessCsv(rows));
}

constexpr int W(int week)
{
    return 202600 + week;
}

void addInteractions(WeeklyData& d, const std::string& agent, int week, qint64 n, double seconds)
{
    auto& s = d[agent][W(week)].sums;
    s.interactions += n;
    s.handleSeconds += double(n) * seconds;
}

void addScore(WeeklyData& d, const std::string& agent, int week, const std::string& attr, int score)
{
    auto& a = d[agent][W(week)].attributes[attr];
    a.sum += 100.0 * score / 4.0;
    ++a.n;
}

CoachingNote note(const char* id, const char* agent, const char* coach, QDate on, const char* attr, const char* metric,
                  double baseline, double target, const char* outcome = "")
{
    CoachingNote n;
    n.noteId = id;
    n.agentId = agent;
    n.coach = coach;
    n.coachedOn = on;
    n.attribute = attr;
    n.targetMetric = metric;
    n.baseline = baseline;
    n.target = target;
    n.followUpOn = on.addDays(21);
    n.stage = "commit";
    n.commitment = "I will";
    n.minutes = 30;
    n.outcome = outcome;
    if (*outcome)
        n.followedUpOn = n.followUpOn;
    return n;
}

// The dataset of docs/coaching.md ("Worked example").
EffectInput docsExample()
{
    EffectInput in;
    in.attributes = {"accuracy", "clarity", "empathy", "policy_adherence", "documentation"};
    in.teamOf = {{"A1", "North"}, {"A2", "North"}, {"A3", "North"}, {"A4", "North"}, {"A5", "South"}};
    struct Aht {
        const char* agent;
        double before, after;
    };
    for (const Aht& a : {Aht{"A1", 600, 540}, Aht{"A2", 630, 615}, Aht{"A3", 690, 660}, Aht{"A4", 700, 500}}) {
        for (int w = 6; w <= 9; ++w)
            addInteractions(in.data, a.agent, w, 10, a.before);
        for (int w = 11; w <= 14; ++w)
            addInteractions(in.data, a.agent, w, 10, a.after);
    }
    for (int s : {2, 2})
        addScore(in.data, "A2", 8, "empathy", s);
    for (int s : {3, 3})
        addScore(in.data, "A2", 13, "empathy", s);
    for (int s : {2, 2})
        addScore(in.data, "A1", 8, "empathy", s);
    for (int s : {2, 3})
        addScore(in.data, "A1", 13, "empathy", s);
    for (int s : {3, 3})
        addScore(in.data, "A3", 8, "empathy", s);
    for (int s : {4, 4})
        addScore(in.data, "A3", 13, "empathy", s);
    // The site's data runs from W06 to W15 (A5's handle time), so N4's after
    // window (W13-W16) reaches past it.
    addInteractions(in.data, "A5", 6, 10, 500);
    addInteractions(in.data, "A5", 15, 10, 500);
    in.notes = {
        note("N1", "A1", "Sara", QDate(2026, 3, 4), "clarity", "aht", 600, 540, "met"),
        note("N2", "A2", "Sara", QDate(2026, 3, 11), "empathy", "empathy", 2, 3, "partly"),
        note("N3", "A5", "Jonas", QDate(2026, 3, 12), "clarity", "csat", 0.7, 0.8),
        note("N4", "A4", "Jonas", QDate(2026, 3, 18), "clarity", "qa", 70, 85, "not_met"),
    };
    return in;
}

const EffectRow* row(const std::vector<EffectRow>& rows, const std::string& group)
{
    for (const auto& r : rows)
        if (r.group == group)
            return &r;
    return nullptr;
}

} // namespace

class TestCoaching : public QObject {
    Q_OBJECT

private slots:
    void windowsAreIsoWeeksAroundTheNote();
    void baselineAndValueAtFollowUp();
    void pointsRuler();
    void noteEffectsOfTheWorkedExample();
    void noEffectCoachOfLowBaselineAgents();
    void effectivenessByCoach();
    void effectivenessByTeamAndAttribute();
    void effectivenessCsvColumns();
    void dateRangeCountsNotesByCoachedOn();
    void validationNamesWhatIsMissing();
    void validationOfACompleteNote();
    void followUpStatus_();
    void coachingRatioOfTheWorkedExample();
    void ratioFlagNeedsRecurringDefects();
    void qualityProfileFindsTheWeakest();
};

void TestCoaching::windowsAreIsoWeeksAroundTheNote()
{
    const NoteWindows w = noteWindows(QDate(2026, 3, 4)); // Wednesday of 2026-W10
    QCOMPARE(w.week, W(10));
    QCOMPARE(w.baselineFrom, W(6));
    QCOMPARE(w.baselineTo, W(9));
    QCOMPARE(w.afterFrom, W(11));
    QCOMPARE(w.afterTo, W(14));
    const NoteWindows y = noteWindows(QDate(2026, 1, 7)); // 2026-W02: the baseline reaches into 2025
    QCOMPARE(y.baselineFrom, 202550);
    QCOMPARE(y.baselineTo, 202601);
}

void TestCoaching::baselineAndValueAtFollowUp()
{
    const EffectInput in = docsExample();
    const TargetMetric aht{false, Metric::Aht, {}};
    const TargetValue b = baselineFor(aht, in.data.at("A1"), QDate(2026, 3, 4));
    QVERIFY(b.value);
    QCOMPARE(*b.value, 600.0);
    QCOMPARE(b.n, qint64(40));
    QVERIFY(b.enough);
    // Follow-up on 2026-03-25 (W13): weeks W11..W13.
    const TargetValue now = valueAtFollowUp(aht, in.data.at("A1"), QDate(2026, 3, 4), QDate(2026, 3, 25));
    QCOMPARE(*now.value, 540.0);
    QCOMPARE(now.n, qint64(30));
    // A follow-up in the note's own week has no data after the note yet.
    const TargetValue same = valueAtFollowUp(aht, in.data.at("A1"), QDate(2026, 3, 4), QDate(2026, 3, 6));
    QVERIFY(!same.value);
    QCOMPARE(same.n, qint64(0));
    // Attribute targets: the mean score on the 0-4 scale.
    const TargetMetric empathy{true, Metric::Qa, "empathy"};
    const TargetValue e = baselineFor(empathy, in.data.at("A1"), QDate(2026, 3, 11));
    QCOMPARE(*e.value, 2.0);
    QCOMPARE(e.n, qint64(2));
    // Below the minimum sample (aht needs 20 interactions): a value, but not enough.
    WeeklyData small;
    addInteractions(small, "X", 9, 5, 300);
    const TargetValue few = baselineFor(aht, small["X"], QDate(2026, 3, 4));
    QCOMPARE(*few.value, 300.0);
    QVERIFY(!few.enough);
}

void TestCoaching::pointsRuler()
{
    const TargetMetric aht{false, Metric::Aht, {}}; // floor 720, target 420
    QCOMPARE(targetPoints(aht, 600), 40.0);
    QCOMPARE(targetPoints(aht, 540), 60.0);
    QCOMPARE(targetPoints(aht, 420), 100.0);
    QCOMPARE(targetPoints(aht, 780), -20.0);          // not clamped
    const TargetMetric csat{false, Metric::Csat, {}}; // floor 0.65, target 0.85
    QVERIFY(qAbs(targetPoints(csat, 0.75) - 50.0) < 1e-9);
    const TargetMetric clarity{true, Metric::Qa, "clarity"};
    QCOMPARE(targetPoints(clarity, 2.5), 62.5);
    // Proportions in percent on a note are read in percent.
    CoachingNote pct = note("N9", "A1", "Sara", QDate(2026, 3, 4), "clarity", "rework", 13.3, 11.3);
    QCOMPARE(noteScale(pct, *parseTargetMetric("rework", {})), 100.0);
    pct.baseline = 0.133;
    pct.target = 0.113;
    QCOMPARE(noteScale(pct, *parseTargetMetric("rework", {})), 1.0);
    QCOMPARE(noteScale(pct, *parseTargetMetric("aht", {})), 1.0);
    QVERIFY(!parseTargetMetric("pulse", {"clarity"}));
    QVERIFY(parseTargetMetric("clarity", {"clarity"})->isAttribute);
    QCOMPARE(parseTargetMetric("rework", {})->metric, Metric::Rework);
}

void TestCoaching::noteEffectsOfTheWorkedExample()
{
    const auto effects = noteEffects(docsExample(), {}, {}, Grouping::Coach);
    QCOMPARE(effects.size(), size_t(4));
    // N1: A1 aht 600 -> 540 = 40 -> 60 points; controls A2 (+5) and A3 (+10); A4 was
    // coached on clarity in W12, inside W06..W14, so it is no control.
    QCOMPARE(effects[0].noteId, std::string("N1"));
    QCOMPARE(*effects[0].change, 20.0);
    QCOMPARE(effects[0].controls, 2);
    QCOMPARE(*effects[0].controlChange, 7.5);
    QCOMPARE(*effects[0].did(), 12.5);
    QCOMPARE(*effects[0].baseline, 40.0);
    QCOMPARE(effects[0].controlAgents.size(), size_t(2));
    QCOMPARE(effects[0].controlAgents[0].agent, std::string("A2"));
    QCOMPARE(effects[0].controlAgents[0].baseline, 30.0);
    QCOMPARE(effects[0].controlAgents[1].change, 10.0);
    // N2: A2 empathy 50 -> 75; controls A1 (50 -> 62.5) and A3 (75 -> 100); A4 has no evaluations.
    QCOMPARE(*effects[1].change, 25.0);
    QCOMPARE(effects[1].controls, 2);
    QCOMPARE(*effects[1].controlChange, 18.75);
    QCOMPARE(*effects[1].did(), 6.25);
    // N3: A5 has no csat; N4 (W12) is cut: its after window W13-W16 reaches past W15.
    QVERIFY(!effects[2].change && !effects[2].cut);
    QVERIFY(!effects[3].change && effects[3].cut);
}

void TestCoaching::effectivenessByCoach()
{
    // did is the coefficient of "coached" in change ~ note intercepts + coached + baseline;
    // statsmodels' OLS on the six rows gives 8.620481927710852 (tests/reference/cluster_ols.py).
    const auto rows = effectiveness(docsExample(), {}, {}, Grouping::Coach);
    QCOMPARE(rows.size(), size_t(2));
    const EffectRow* sara = row(rows, "Sara");
    QVERIFY(sara);
    QCOMPARE(sara->notes, qint64(2));
    QCOMPARE(sara->followUpsDone, qint64(2));
    QCOMPARE(sara->met, qint64(1));
    QCOMPARE(*sara->metShare, 0.5);
    QCOMPARE(sara->measured, qint64(2));
    QVERIFY(sara->smallSample());
    QCOMPARE(*sara->change, 22.5);
    QCOMPARE(*sara->controlChange, 13.125);
    QVERIFY(qAbs(*sara->did - 8.620481927710852) < 1e-9);
    QCOMPARE(sara->teams, qint64(1)); // both notes of North: they share controls, so no interval
    QVERIFY(!sara->didLow && !sara->didHigh);
    QCOMPARE(sara->note, QStringLiteral("notes of one team share their controls, so an interval needs notes from at "
                                        "least 2 teams"));
    const EffectRow* jonas = row(rows, "Jonas");
    QCOMPARE(jonas->notes, qint64(2));
    QCOMPARE(jonas->followUpsDone, qint64(1));
    QCOMPARE(jonas->met, qint64(0));
    QCOMPARE(*jonas->metShare, 0.0);
    QCOMPARE(jonas->measured, qint64(0));
    QCOMPARE(jonas->cut, qint64(1)); // N4
    QVERIFY(!jonas->change && !jonas->did && !jonas->didLow);
}

void TestCoaching::effectivenessByTeamAndAttribute()
{
    const auto teams = effectiveness(docsExample(), {}, {}, Grouping::Team);
    QCOMPARE(row(teams, "North")->notes, qint64(3));
    QCOMPARE(row(teams, "North")->followUpsDone, qint64(3));
    QVERIFY(qAbs(*row(teams, "North")->did - 8.620481927710852) < 1e-9);
    QCOMPARE(row(teams, "South")->notes, qint64(1));
    const auto attrs = effectiveness(docsExample(), {}, {}, Grouping::Attribute);
    QCOMPARE(row(attrs, "clarity")->notes, qint64(3));
    // One note and two controls fit exactly: controls (30, +5) and (10, +10)
    // give change = 12.5 - 0.25 baseline; A1 at 40 expected +2.5, got +20: 17.5.
    QVERIFY(qAbs(*row(attrs, "clarity")->did - 17.5) < 1e-9);
    QVERIFY(!row(attrs, "clarity")->didLow);
    // Controls (50, +12.5) and (75, +25): change = -12.5 + 0.5 baseline; A2 at 50 expected +12.5, got +25.
    QVERIFY(qAbs(*row(attrs, "empathy")->did - 12.5) < 1e-9);
}

void TestCoaching::effectivenessCsvColumns()
{
    const auto rows = effectiveness(docsExample(), {}, {}, Grouping::Attribute);
    const std::string csv = effectivenessCsv(rows);
    // empathy's 12.5 comes out of the normal equations in doubles, 3e-14 off.
    QCOMPARE(
        QString::fromStdString(csv),
        QStringLiteral("group,notes,follow_ups_done,met,met_share,change,control_change,did,did_low,did_high,"
                       "measured,small_sample,cut_windows,teams,method,note\r\n"
                       "clarity,3,2,1,0.5,20,7.5,17.5,,,1,1,1,1,ancova_note_baseline_cluster_team_cr1_t,"
                       "\"notes of one team share their controls, so an interval needs notes from at least 2 "
                       "teams\"\r\n"
                       "empathy,1,1,0,0,25,18.75,12.500000000000028,,,1,1,0,1,ancova_note_baseline_cluster_team_cr1_t,"
                       "\"notes of one team share their controls, so an interval needs notes from at least 2 "
                       "teams\"\r\n"));
}

void TestCoaching::dateRangeCountsNotesByCoachedOn()
{
    const auto rows = effectiveness(docsExample(), QDate(2026, 3, 10), QDate(2026, 3, 12), Grouping::Coach);
    QCOMPARE(row(rows, "Sara")->notes, qint64(1));  // N2 only
    QCOMPARE(row(rows, "Jonas")->notes, qint64(1)); // N3 only
    // The control test still sees N1 and N4 outside the range.
    QVERIFY(qAbs(*row(rows, "Sara")->did - 12.5) < 1e-9);
}

void TestCoaching::noEffectCoachOfLowBaselineAgents()
{
    // Three teams of five agents; coach Pat coaches, in each, the agent with the worst handle-time
    // baseline, with no effect: every agent's after value is its team mean + half its distance from
    // it + a small noise, so the coached agents improve most by regression to the mean alone. Reference
    // (tests/reference/cluster_ols.py, statsmodels clustered by team): coached 0.6574074074073262, 95% CI
    // -4.504956560595997 to 5.8197713754106495.
    struct Team {
        const char* name;
        std::array<int, 5> before, after;
    };
    const Team teams[] = {{"T1", {600, 540, 630, 570, 690}, {609, 564, 621, 585, 654}},
                          {"T2", {480, 450, 510, 420, 570}, {477, 477, 498, 456, 525}},
                          {"T3", {660, 600, 630, 690, 705}, {662, 622, 652, 670, 681}}};
    EffectInput in;
    in.attributes = {"clarity"};
    int k = 0;
    for (const auto& t : teams)
        for (int a = 0; a < 5; ++a) {
            const std::string agent = std::string(t.name) + "-" + std::to_string(a);
            in.teamOf[agent] = t.name;
            addInteractions(in.data, agent, 6, 50, t.before[size_t(a)]);
            addInteractions(in.data, agent, 14, 50, t.after[size_t(a)]);
            if (a == 4) {
                const std::string id = "P" + std::to_string(++k);
                in.notes.push_back(note(id.c_str(), agent.c_str(), "Pat", QDate(2026, 3, 4), "clarity", "aht",
                                        t.before[size_t(a)], 540));
            }
        }
    const auto rows = effectiveness(in, {}, {}, Grouping::Coach);
    QCOMPARE(rows.size(), size_t(1));
    const EffectRow& pat = rows[0];
    QCOMPARE(pat.measured, qint64(3));
    QCOMPARE(pat.teams, qint64(3));
    // The plain difference in differences says coaching worked: +14.8 points.
    QVERIFY(qAbs(*pat.change - *pat.controlChange - 14.805555555555557) < 1e-9);
    // Against controls of the same baseline, nothing is left.
    QVERIFY(qAbs(*pat.did - 0.6574074074073262) < 1e-9);
    QVERIFY(qAbs(*pat.didLow - -4.504956560595997) < 1e-9);
    QVERIFY(qAbs(*pat.didHigh - 5.8197713754106495) < 1e-9);
    QVERIFY(*pat.didLow < 0 && *pat.didHigh > 0);
    QVERIFY(pat.note.isEmpty());
}

void TestCoaching::validationNamesWhatIsMissing()
{
    CoachingNote n;
    n.agentId = "A1";
    n.coachedOn = QDate(2026, 3, 4);
    n.attribute = "clarity";
    n.targetMetric = "aht";
    n.baseline = 600;
    n.stage = "commit";
    n.minutes = 20;
    const Status st = validateNote(n);
    QVERIFY(!st);
    QCOMPARE(st.error().reason, QStringLiteral("This note cannot be saved. Missing: coach, target value, follow-up "
                                               "date, the agent's commitment."));
    CoachingNote empty;
    QCOMPARE(missingNoteParts(empty).size(), 11);
    QCOMPARE(validateNote(empty).error().reason,
             QStringLiteral("This note cannot be saved. Missing: agent, coach, date, quality attribute, target metric, "
                            "baseline, target value, follow-up date, stage, the agent's commitment, minutes spent."));
    n.commitment = "   "; // blanks are missing too
    QVERIFY(missingNoteParts(n).contains(QStringLiteral("the agent's commitment")));
}

void TestCoaching::validationOfACompleteNote()
{
    CoachingNote n = note("N9", "A1", "Sara", QDate(2026, 3, 4), "clarity", "aht", 600, 540);
    QVERIFY(validateNote(n));
    n.followUpOn = n.coachedOn;
    QCOMPARE(validateNote(n).error().reason, QStringLiteral("The follow-up date must be after the coaching date."));
    n.followUpOn = n.coachedOn.addDays(14);
    n.target = 600;
    QCOMPARE(validateNote(n).error().reason, QStringLiteral("The target value must differ from the baseline."));
}

void TestCoaching::followUpStatus_()
{
    const QDate today(2026, 3, 11); // Wednesday
    CoachingNote n = note("N9", "A1", "Sara", QDate(2026, 2, 1), "clarity", "aht", 600, 540);
    n.followUpOn = QDate(2026, 3, 10);
    QCOMPARE(followUpStatus(n, today), FollowUpStatus::Overdue);
    n.followUpOn = today;
    QCOMPARE(followUpStatus(n, today), FollowUpStatus::DueThisWeek);
    n.followUpOn = QDate(2026, 3, 15); // Sunday
    QCOMPARE(followUpStatus(n, today), FollowUpStatus::DueThisWeek);
    n.followUpOn = QDate(2026, 3, 16);
    QCOMPARE(followUpStatus(n, today), FollowUpStatus::Upcoming);
    n.outcome = "met";
    QCOMPARE(followUpStatus(n, today), FollowUpStatus::Done);
}

void TestCoaching::coachingRatioOfTheWorkedExample()
{
    const EffectInput in = docsExample();
    const auto cells = coachingRatios(in.notes, in.teamOf, in.data, W(11), W(11), 0.02);
    const auto north = std::find_if(cells.begin(), cells.end(), [](const RatioCell& c) { return c.team == "North"; });
    QVERIFY(north != cells.end());
    QCOMPARE(north->coachingMinutes, 30.0); // N2
    // A1 10 x 540 s + A2 10 x 615 + A3 10 x 660 + A4 10 x 500 = 23150 s
    QCOMPARE(north->handledMinutes, 23150.0 / 60.0);
    QVERIFY(qAbs(*north->ratio - 0.07775377969762419) < 1e-15);
    QVERIFY(!north->underFloor);
    QVERIFY(!north->flagged);
}

void TestCoaching::ratioFlagNeedsRecurringDefects()
{
    WeeklyData d;
    std::unordered_map<std::string, std::string> teams{{"B1", "East"}};
    for (int w = 1; w <= 5; ++w) {
        auto& s = d["B1"][W(w)].sums;
        s.interactions = 100;
        s.handleSeconds = 100 * 600; // 1000 handled minutes
        s.defects = w == 5 ? 3 : 2;  // dpti 30 in W05 vs 20 before
    }
    std::vector<CoachingNote> notes{note("N1", "B1", "Sara", QDate(2026, 1, 28), "clarity", "aht", 600, 540)};
    notes[0].minutes = 10; // W05: 10 / 1000 = 1% < 2%
    auto cells = coachingRatios(notes, teams, d, W(5), W(5), 0.02);
    QCOMPARE(cells.size(), size_t(1));
    QCOMPARE(*cells[0].ratio, 0.01);
    QCOMPARE(*cells[0].dpti, 30.0);
    QCOMPARE(*cells[0].priorDpti, 20.0);
    QVERIFY(cells[0].underFloor && cells[0].defectsRecur && cells[0].flagged);
    d["B1"][W(5)].sums.defects = 1; // defects falling: under the floor but not flagged
    cells = coachingRatios(notes, teams, d, W(5), W(5), 0.02);
    QVERIFY(cells[0].underFloor && !cells[0].flagged);
    // Weeks with no coaching at all have ratio 0: flagged when defects recur.
    cells = coachingRatios({}, teams, d, W(3), W(4), 0.02);
    QCOMPARE(cells.size(), size_t(2));
    QCOMPARE(*cells[0].ratio, 0.0);
    QVERIFY(cells[1].flagged); // W04: dpti 20 >= 20 before
    // A 15-minute mentoring session of B1 in W05 counts as coaching time:
    // (10 + 15) / 1000 = 2.5%, no longer under the floor.
    cells = coachingRatios(notes, teams, d, W(5), W(5), 0.02, {{"B1", QDate(2026, 1, 29), 15}});
    QCOMPARE(cells[0].coachingMinutes, 25.0);
    QCOMPARE(*cells[0].ratio, 0.025);
    QVERIFY(!cells[0].underFloor);
    // Outside the weeks or of an agent without a team: not counted.
    cells = coachingRatios(notes, teams, d, W(5), W(5), 0.02,
                           {{"B1", QDate(2026, 2, 2), 15}, {"Z9", QDate(2026, 1, 29), 15}});
    QCOMPARE(cells[0].coachingMinutes, 10.0);
}

void TestCoaching::qualityProfileFindsTheWeakest()
{
    const EffectInput in = docsExample();
    const auto p = qualityProfile("A1", {"clarity", "empathy"}, in.teamOf, in.data, W(6), W(14));
    QCOMPARE(p.size(), size_t(2));
    QVERIFY(!p[0].agentMean);
    QCOMPARE(*p[1].agentMean, (50.0 + 50 + 50 + 75) / 4);
    QCOMPARE(*p[1].teamMean, (50.0 + 50 + 75 + 75 + 75 + 75 + 100 + 100) / 8);
    QVERIFY(p[1].weakest);
    QCOMPARE(*p[1].agentEarlier, 50.0);
    QCOMPARE(*p[1].agentRecent, 62.5);
}

QTEST_GUILESS_MAIN(TestCoaching)
#include "tst_coaching.moc"
