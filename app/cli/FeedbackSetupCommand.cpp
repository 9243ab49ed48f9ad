// floorboard-cli feedback holidays|category: what the SLAs count with, the
// site's holidays and the categories with their review and fix SLAs
// (docs/feedback.md "SLAs").
#include "Cli.h"
#include "import/HolidaysCsv.h"
#include "store/Database.h"
#include "store/FeedbackStore.h"

namespace fb::cli {

int runFeedbackHolidays(const Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV with the columns day (YYYY-MM-DD) and name."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Add the site's holidays, which the SLAs do not count as working days; a day "
                                  "listed already takes the new name. A bad row refuses the whole file."),
                   code, 1, 1))
        return code;
    auto holidays = import::readHolidaysCsv(p.positionalArguments().at(0));
    if (!holidays) {
        printError(holidays.error());
        return DataProblem;
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    if (auto st = store::addSiteHolidays(*db, holidays.value()); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("{} holiday(s) added\n", holidays->size());
    return Ok;
}

int runFeedbackCategory(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption review(QStringLiteral("review"),
                                    QStringLiteral("Review SLA: working days from raised to decided (default 5)."),
                                    QStringLiteral("DAYS"));
    const QCommandLineOption fix(QStringLiteral("fix"),
                                 QStringLiteral("Fix SLA: working days from raised to fixed (default 20)."),
                                 QStringLiteral("DAYS"));
    p.addOptions({review, fix});
    p.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The category to add or change."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Without NAME, list the feedback categories with their SLAs (name, review days, "
                                  "fix days). With NAME, add that category or change its SLAs."),
                   code, 0, 1))
        return code;
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto categories = store::feedbackCategories(*db);
    if (!categories) {
        printError(categories.error());
        return DataProblem;
    }
    if (p.positionalArguments().isEmpty()) {
        for (const auto& c : categories.value())
            fmt::print("{}\t{}\t{}\n", c.name, c.reviewDays, c.fixDays);
        return Ok;
    }
    FeedbackCategory c;
    c.name = s(p.positionalArguments().at(0).trimmed().toLower());
    for (const auto& existing : categories.value())
        if (existing.name == c.name)
            c = existing;
    for (const auto& [opt, days] : {std::pair{&review, &c.reviewDays}, std::pair{&fix, &c.fixDays}})
        if (p.isSet(*opt)) {
            bool ok = false;
            *days = p.value(*opt).toInt(&ok);
            if (!ok) {
                printError(QStringLiteral("--%1 takes a whole number of working days, not '%2'")
                               .arg(opt->names().constFirst(), p.value(*opt)));
                return Usage;
            }
        }
    if (auto st = store::setFeedbackCategory(*db, c); !st) {
        printError(st.error());
        return DataProblem;
    }
    fmt::print("category {}: review SLA {} working days, fix SLA {} working days\n", c.name, c.reviewDays, c.fixDays);
    return Ok;
}

} // namespace fb::cli
