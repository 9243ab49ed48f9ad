// floorboard-cli mentoring effect: the difference in differences of ended
// pairs against comparable unmentored agents, per behaviour, mentor or team,
// or for the whole program (docs/mentoring.md, "The effect").
#include "Cli.h"
#include "analytics/MentoringEffect.h"
#include "export/MentoringCsv.h"
#include "store/Database.h"
#include "store/MentoringStore.h"

#include <algorithm>
#include <cstdio>

namespace fb::cli {

int runMentoringEffect(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption behavior(QStringLiteral("behavior"),
                                      QStringLiteral("Only the pairs of this behaviour (default: every pair)."),
                                      QStringLiteral("B"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("One row per mentor, behavior or team (default: one row for the "
                                               "program)."),
                                QStringLiteral("mentor|behavior|team"));
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     QStringLiteral("What is measured: the pair's behavior, or the spillover to csat "
                                                    "or qa (the QA total); default behavior."),
                                     QStringLiteral("behavior|csat|qa"), QStringLiteral("behavior"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    p.addOptions({behavior, by, outcome, out});
    int code = Ok;
    if (!parseArgs(
            p, ctx,
            QStringLiteral("Write the effect of ended mentoring pairs as CSV with columns group, pairs, "
                           "measured, change, control_change, did, did_low, did_high, p_value, p_holm, teams, "
                           "outcome, method, note. change is the mentees' mean change in points from the 4 weeks "
                           "before the start to the 4 weeks after the planned end; control_change that of "
                           "unmentored agents of the same team with a baseline in the same fifth; did the "
                           "difference adjusted for the baseline, its 95% interval and p cluster-robust by "
                           "team, p_holm adjusted with Holm over the rows. Fewer than 5 measured pairs: empty did, and "
                           "the note says why."),
            code, 0, 0))
        return code;
    const auto grouping =
        p.isSet(by) ? analytics::mentoringEffectByFromKey(s(p.value(by))) : analytics::MentoringEffectBy::Program;
    if (!grouping) {
        printError(QStringLiteral("--by takes mentor, behavior, team or program, not '%1'").arg(p.value(by)));
        return Usage;
    }
    const auto measured = analytics::mentoringOutcomeFromKey(s(p.value(outcome)));
    if (!measured) {
        printError(QStringLiteral("--outcome takes behavior, csat or qa, not '%1'").arg(p.value(outcome)));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto input = store::loadMentoringEffectInput(*db);
    if (!input) {
        printError(input.error());
        return DataProblem;
    }
    const std::string only = s(p.value(behavior));
    if (!only.empty() && !analytics::parseTargetMetric(only, input.value().attributes)) {
        printError(QStringLiteral("--behavior must be a rubric attribute or a scorecard metric (csat, fcr, qa, dpti, "
                                  "rework, aht, escalation), not '%1'")
                       .arg(p.value(behavior)));
        return Usage;
    }
    const auto rows = analytics::mentoringEffect(input.value(), *measured, *grouping, only);
    if (!writeReport(p.value(out), exporting::mentoringEffectCsv(rows, s(p.value(outcome)))))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} rows written to {}\n", rows.size(), s(p.value(out)));
    return Ok;
}

} // namespace fb::cli
