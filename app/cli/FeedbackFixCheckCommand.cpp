// floorboard-cli feedback did-it-help: for a fixed ticket with a queue scope,
// the friction-to-flow attribution of its fix (docs/feedback.md "Did it help?").
#include "Cli.h"
#include "export/FeedbackCsv.h"
#include "reports/FeedbackFixCheckBuilder.h"
#include "store/Database.h"

#include <algorithm>

namespace fb::cli {

int runFeedbackDidItHelp(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption ticket(QStringLiteral("ticket"), QStringLiteral("The fixed ticket, e.g. T0001."),
                                    QStringLiteral("ID"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the CSV here and the sentences to standard output (default: "
                                                "the CSV to standard output)."),
                                 QStringLiteral("FILE.csv"));
    p.addOptions({ticket, out});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Did the fix of a ticket move FCR, DPTI, rework, CSAT, handle time or escalations "
                                  "in its queue? The four weeks before the fix day against the four weeks from it, "
                                  "in the queue against the queues no fixed ticket touched: difference in "
                                  "differences, errors clustered by agent, p Holm-adjusted over the six metrics."),
                   code, 0, 0))
        return code;
    if (!p.isSet(ticket)) {
        printError(QStringLiteral("feedback did-it-help needs --ticket ID"));
        return Usage;
    }
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return DataProblem;
    auto check = reports::checkTicketFix(*db, s(p.value(ticket).trimmed()));
    if (!check) {
        printError(check.error());
        return DataProblem;
    }
    if (!check->refusal.isEmpty()) {
        printError(check->refusal);
        return DataProblem;
    }
    const auto table = exporting::feedbackFixCheckCsv(check.value());
    if (!p.isSet(out)) {
        fmt::print("{}", exporting::csvText(table, reportCsvOptions()));
        return Ok;
    }
    if (!writeReport(p.value(out), table))
        return DataProblem;
    fmt::print("ticket {}: {} to {} before the fix, {} to {} from it\n", check->ticketId,
               s(check->from.toString(Qt::ISODate)), s(check->fixedOn.addDays(-1).toString(Qt::ISODate)),
               s(check->fixedOn.toString(Qt::ISODate)), s(check->to.addDays(-1).toString(Qt::ISODate)));
    for (const auto& row : check->rows)
        fmt::print("{}\n", s(analytics::fixCheckSentence(row, check->queue, format::file())));
    return Ok;
}

} // namespace fb::cli
