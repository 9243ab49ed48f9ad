// floorboard-cli mentoring: low-score triggers and suggested pairs (this
// file); start, session and end record the program (MentoringRecordCommand.cpp).
// See docs/mentoring.md.
#include "Cli.h"
#include "WindowOptions.h"
#include "analytics/Mentoring.h"
#include "common/IsoWeek.h"
#include "export/MentoringCsv.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/ProgramStore.h"
#include "store/ScorecardStore.h"

#include <QDate>

#include <algorithm>
#include <cstdio>

namespace fb::cli {
namespace {

void printMentoringUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli mentoring SUBCOMMAND [options]\n\n"
                    "Peer mentoring (see docs/mentoring.md).\n\n"
                    "Subcommands:\n"
                    "  triggers  Where detractor contacts and failed QA evaluations concentrate, per team and\n"
                    "            agent: triggers [--week W] [--weeks 4] [--team T] [--out FILE.csv]\n"
                    "  suggest   Mentee-mentor pairs with the largest total benefit: suggest --behavior B\n"
                    "            [--week W] [--team T] [--capacity 2] [--out FILE.csv]\n"
                    "  start     Start a pair: start --mentee ID --mentor ID --behavior B [--on DATE]\n"
                    "  session   Log a session: session --pair ID --on DATE --minutes N [--practised TEXT]\n"
                    "  end       End a pair: end --pair ID --on DATE --outcome met|not_met|stopped\n"
                    "  capacity  Mentees a mentor takes at once: capacity --mentor ID --mentees N\n"
                    "  effect    Difference in differences of ended pairs against comparable unmentored agents:\n"
                    "            effect [--behavior B] [--by mentor|behavior|team] [--outcome behavior|csat|qa]\n"
                    "            [--out FILE.csv]\n"
                    "  pay-forward  Former mentees at target 4 weeks in a row since their pair ended:\n"
                    "            pay-forward [--behavior B] [--week W] [--out FILE.csv]\n"
                    "  report    The site manager's one-page PDF: report --out FILE.pdf [--today DATE]\n\n"
                    "`floorboard-cli mentoring SUBCOMMAND --help` describes its options.\n");
}

int runTriggers(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption week = weekOption();
    const QCommandLineOption weeks(QStringLiteral("weeks"), QStringLiteral("Weeks in the window (1-52, default 4)."),
                                   QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only this team."), QStringLiteral("T"));
    const QCommandLineOption out = outOption();
    p.addOptions({week, weeks, team, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write the low-score triggers of a window as CSV with columns team, agent_id, "
                                  "source, dimension, value, events, n, rate, base_events, base_n, base_rate, lift, "
                                  "behavior. source csat counts detractor contacts (CSAT 1-2) among surveyed "
                                  "contacts, qa failed evaluations (total below the quality gate); lift = rate / "
                                  "the team's base rate, empty below n = 5; agent_id is empty for the whole team."),
                   code, 0, 0))
        return code;
    const auto n = wholeNumber(p, weeks, 1, 52);
    if (!n)
        return Usage;
    auto opened = openWindow(ctx, p, week, team);
    if (!opened.db)
        return opened.exitCode;
    const int last = opened.lastWeek;
    auto input = store::loadTriggerInput(*opened.db, IsoWeek::fromKey(last).next(1 - *n).key(), last);
    if (!input) {
        printError(input.error());
        return DataProblem;
    }
    const auto rows = analytics::lowScoreTriggers(input.value(), s(p.value(team)));
    if (!writeReport(p.value(out), exporting::triggersCsv(rows)))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} triggers written to {}\n", rows.size(), s(p.value(out)));
    return Ok;
}

int runSuggest(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption behavior(QStringLiteral("behavior"),
                                      QStringLiteral("A rubric attribute (empathy, ...) or csat, fcr, qa, dpti, "
                                                     "rework, aht, escalation."),
                                      QStringLiteral("B"));
    const QCommandLineOption week = weekOption();
    const QCommandLineOption team(QStringLiteral("team"), QStringLiteral("Only mentees of this team."),
                                  QStringLiteral("T"));
    const QCommandLineOption capacity(QStringLiteral("capacity"),
                                      QStringLiteral("Mentees a mentor takes at once unless set for the mentor "
                                                     "(0-20, default 2)."),
                                      QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption crossTeam(QStringLiteral("cross-team"), QStringLiteral("Allow pairs across teams."));
    const QCommandLineOption penalty(QStringLiteral("penalty"),
                                     QStringLiteral("Points off a pair's benefit for a different shift, and again for "
                                                    "a different site (0-100, default 5)."),
                                     QStringLiteral("P"), QStringLiteral("5"));
    const QCommandLineOption out = outOption();
    p.addOptions({behavior, week, team, capacity, crossTeam, penalty, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral(
                       "Write the suggested mentoring pairs of a behaviour over the 4 weeks up to --week "
                       "as CSV with columns mentee_id, mentor_id, behavior, mentee_value, mentee_n, "
                       "mentor_value, mentor_n, benefit, reason. The pairs maximise the total benefit "
                       "(points of the gap, minus --penalty for a different shift and again for a different site)."),
                   code, 0, 0))
        return code;
    if (!p.isSet(behavior)) {
        printError(QStringLiteral("--behavior is required (see floorboard-cli mentoring suggest --help)"));
        return Usage;
    }
    const auto cap = wholeNumber(p, capacity, 0, 20);
    if (!cap)
        return Usage;
    bool ok = false;
    const double points = p.value(penalty).toDouble(&ok);
    if (!ok || points < 0 || points > 100) {
        printError(QStringLiteral("--penalty takes a number of points from 0 to 100, not '%1'").arg(p.value(penalty)));
        return Usage;
    }
    auto opened = openWindow(ctx, p, week, team);
    if (!opened.db)
        return opened.exitCode;
    store::Database& db = *opened.db;
    auto attributes = store::rubricAttributeNames(db);
    if (!attributes) {
        printError(attributes.error());
        return DataProblem;
    }
    const auto metric = analytics::parseTargetMetric(s(p.value(behavior)), attributes.value());
    if (!metric) {
        std::string known;
        for (const auto& a : attributes.value())
            known += a + ", ";
        printError(QStringLiteral("--behavior must be a rubric attribute or a scorecard metric (%1csat, fcr, qa, dpti, "
                                  "rework, aht, escalation), not '%2'")
                       .arg(QString::fromStdString(known), p.value(behavior)));
        return Usage;
    }
    analytics::MentoringOptions o;
    o.toWeek = opened.lastWeek;
    o.fromWeek = IsoWeek::fromKey(o.toWeek).next(1 - analytics::kMentoringWindowWeeks).key();
    o.team = s(p.value(team));
    o.defaultCapacity = *cap;
    o.crossTeam = p.isSet(crossTeam);
    o.shiftPenalty = points;
    o.sitePenalty = points;
    auto input = store::loadMentoringInput(db, o.fromWeek, o.toWeek);
    if (!input) {
        printError(input.error());
        return DataProblem;
    }
    // Former mentees who stayed at target are named in a mentor's reason.
    auto payForward = store::loadPayForwardInput(db, o.toWeek);
    if (!payForward) {
        printError(payForward.error());
        return DataProblem;
    }
    input.value().payForward = analytics::payForwardMentors(
        analytics::payForwardCandidates(payForward.value(), attributes.value(), o.toWeek, metric->key()),
        metric->key());
    const auto pairs = analytics::suggestPairs(*metric, input.value(), o, format::file());
    if (!writeReport(p.value(out), exporting::suggestionsCsv(metric->key(), pairs)))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} pairs written to {}\n", pairs.size(), s(p.value(out)));
    return Ok;
}

} // namespace

int runMentoring(const Context& ctx)
{
    const QString sub = ctx.args.size() > 1 ? ctx.args.at(1) : QString();
    if (sub.isEmpty() || sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printMentoringUsage(sub.isEmpty() ? stderr : stdout);
        return sub.isEmpty() ? Usage : Ok;
    }
    Context subCtx = ctx;
    subCtx.args = ctx.args.mid(1);
    subCtx.args.first() = QStringLiteral("mentoring ") + sub;
    if (sub == QLatin1String("triggers"))
        return runTriggers(subCtx);
    if (sub == QLatin1String("suggest"))
        return runSuggest(subCtx);
    if (sub == QLatin1String("start"))
        return runMentoringStart(subCtx);
    if (sub == QLatin1String("session"))
        return runMentoringSession(subCtx);
    if (sub == QLatin1String("end"))
        return runMentoringEnd(subCtx);
    if (sub == QLatin1String("capacity"))
        return runMentoringCapacity(subCtx);
    if (sub == QLatin1String("effect"))
        return runMentoringEffect(subCtx);
    if (sub == QLatin1String("pay-forward"))
        return runMentoringPayForward(subCtx);
    if (sub == QLatin1String("report"))
        return runMentoringReport(subCtx);
    printError(QStringLiteral("unknown mentoring subcommand '%1'").arg(sub));
    printMentoringUsage(stderr);
    return Usage;
}

} // namespace fb::cli
