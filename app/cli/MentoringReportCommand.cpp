// floorboard-cli mentoring pay-forward (former mentees at target for 4 weeks
// in a row since their pair ended) and mentoring report (the site manager's
// one-page PDF). See docs/mentoring.md, "Pay it forward" and "The report".
#include "Cli.h"
#include "MentoringPdf.h"
#include "analytics/MentoringProgress.h"
#include "common/IsoWeek.h"
#include "export/MentoringCsv.h"
#include "reports/MentoringReportLoad.h"
#include "store/CoachingStore.h"
#include "store/Database.h"
#include "store/MentoringStore.h"
#include "store/ScorecardStore.h"

#include <QGuiApplication>

#include <cstdio>

namespace fb::cli {

int runMentoringPayForward(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption behavior(QStringLiteral("behavior"),
                                      QStringLiteral("Only this behaviour (default: every behaviour)."),
                                      QStringLiteral("B"));
    const QCommandLineOption week(QStringLiteral("week"),
                                  QStringLiteral("The last week counted, e.g. 2026-W20 (default: the last complete "
                                                 "week before today, or the last week with data)."),
                                  QStringLiteral("W"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    p.addOptions({behavior, week, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write the mentees of ended pairs who were at or above the behaviour's target in "
                                  "each of 4 consecutive complete weeks after their pair ended, as CSV with columns "
                                  "agent_id, behavior, pair_id, mentor_id, outcome, ended_on, from_week, to_week, "
                                  "target, weakest, n. The target is the scorecard definition's for a metric and the "
                                  "quality gate's share of the scale for a rubric attribute (80 -> 3.2 of 4)."),
                   code, 0, 0))
        return code;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    int last = 0;
    if (p.isSet(week)) {
        const auto parsed = IsoWeek::parse(p.value(week));
        if (!parsed) {
            printError(QStringLiteral("--week takes an ISO week like 2026-W10, not '%1'").arg(p.value(week)));
            return Usage;
        }
        last = parsed->key();
    } else {
        auto weeks = store::rollupWeeks(*db);
        last = analytics::defaultMentoringWeek(QDate::currentDate(), weeks ? weeks.value() : std::vector<int>{});
    }
    auto attributes = store::rubricAttributeNames(*db);
    if (!attributes) {
        printError(attributes.error());
        return DataProblem;
    }
    const std::string only = s(p.value(behavior));
    if (!only.empty() && !analytics::parseTargetMetric(only, attributes.value())) {
        printError(QStringLiteral("--behavior must be a rubric attribute or a scorecard metric (csat, fcr, qa, dpti, "
                                  "rework, aht, escalation), not '%1'")
                       .arg(p.value(behavior)));
        return Usage;
    }
    auto input = store::loadPayForwardInput(*db, last);
    if (!input) {
        printError(input.error());
        return DataProblem;
    }
    const auto rows = analytics::payForwardCandidates(input.value(), attributes.value(), last, only);
    if (!writeReport(p.value(out), exporting::payForwardCsv(rows)))
        return DataProblem;
    if (p.isSet(out))
        fmt::print(stderr, "{} mentor candidates written to {}\n", rows.size(), s(p.value(out)));
    return Ok;
}

int runMentoringReport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The PDF to write."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QStringLiteral("The day the report is made (default: today); it decides the last "
                                                  "complete week."),
                                   QStringLiteral("YYYY-MM-DD"));
    p.addOptions({out, today});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write the one-page mentoring report for the site manager as PDF: pairs and "
                                  "outcomes, sessions held and minutes, the effect with its 95% interval in plain "
                                  "words, and the former mentees who can mentor others."),
                   code, 0, 0))
        return code;
    if (!p.isSet(out)) {
        printError(QStringLiteral("--out FILE.pdf is required"));
        return Usage;
    }
    QDate asOf = QDate::currentDate();
    if (p.isSet(today)) {
        asOf = QDate::fromString(p.value(today), Qt::ISODate);
        if (!asOf.isValid()) {
            printError(QStringLiteral("--today takes a date YYYY-MM-DD, not '%1'").arg(p.value(today)));
            return Usage;
        }
    }
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("mentoring report needs a graphical application object; run `floorboard-cli "
                                  "mentoring report` directly"));
        return Usage;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto report = reports::loadMentoringReport(*db, asOf);
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    if (auto st = report::writeMentoringPdf(report.value(), p.value(out)); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print(stderr, "mentoring report written to {}\n", s(p.value(out)));
    return Ok;
}

} // namespace fb::cli
