// floorboard-cli incentive payout|whatif|audit (docs/recognition-and-incentives.md).
#include "Cli.h"
#include "FairnessAuditPdf.h"
#include "export/IncentiveCsv.h"
#include "import/IncentivePlanCsv.h"
#include "reports/IncentiveReportBuilder.h"
#include "store/Database.h"

#include <optional>

namespace fb::cli {
namespace {

// The options every report shares: --plan, --version, --period, --out.
struct ReportOptions final {
    QCommandLineOption plan{QStringLiteral("plan"), QStringLiteral("The plan's name."), QStringLiteral("NAME")};
    QCommandLineOption version{QStringLiteral("version"), QStringLiteral("Plan version (default: the latest)."),
                               QStringLiteral("V")};
    QCommandLineOption period{QStringLiteral("period"),
                              QStringLiteral("A quarter (2026-Q3) or a month (2026-09), as the plan pays: the ISO "
                                             "weeks whose Thursday falls inside."),
                              QStringLiteral("P")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("File to write (default: standard output)."),
                           QStringLiteral("FILE")};
    void addTo(QCommandLineParser& p) const { p.addOptions({plan, version, period, out}); }
};

std::optional<reports::IncentiveReport> load(const Context& ctx, const QCommandLineParser& p, const ReportOptions& o,
                                             int& code)
{
    code = Usage;
    if (!p.isSet(o.plan) || !p.isSet(o.period)) {
        printError(QStringLiteral("%1 needs --plan NAME and --period P").arg(ctx.args.first()));
        return std::nullopt;
    }
    bool ok = true;
    const int v = p.isSet(o.version) ? p.value(o.version).toInt(&ok) : 0;
    if (!ok || v < 0) {
        printError(QStringLiteral("--version takes a version number, not '%1'").arg(p.value(o.version)));
        return std::nullopt;
    }
    code = DataProblem;
    auto db = openDatabaseToRead(ctx);
    if (!db)
        return std::nullopt;
    auto r = reports::buildIncentiveReport(*db, s(p.value(o.plan)), v, p.value(o.period));
    if (!r) {
        printError(r.error());
        return std::nullopt;
    }
    code = Ok;
    return std::move(r.value());
}

int written(const QCommandLineParser& p, const ReportOptions& o, size_t rows, const char* what)
{
    if (p.isSet(o.out))
        fmt::print(stderr, "{} {} written to {}\n", rows, what, s(p.value(o.out)));
    return Ok;
}

} // namespace

int runIncentivePayout(const Context& ctx)
{
    QCommandLineParser p;
    const ReportOptions o;
    o.addTo(p);
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write every agent's payout of the period as CSV with columns agent_id, name, "
                                  "team, period, gate, quality_score, productivity_score, payout, explanation. "
                                  "Scores are 0 to 1; productivity_score is what the agent earned even when the red "
                                  "gate keeps it from counting."),
                   code, 0, 0))
        return code;
    const auto r = load(ctx, p, o, code);
    if (!r)
        return code;
    if (!writeReport(p.value(o.out), exporting::incentivePayoutCsv(r->plan, r->period.label, r->payouts)))
        return DataProblem;
    return written(p, o, r->payouts.size(), "payouts");
}

int runIncentiveWhatIf(const Context& ctx)
{
    QCommandLineParser p;
    const ReportOptions o;
    o.addTo(p);
    const QCommandLineOption with(QStringLiteral("with"),
                                  QStringLiteral("A plan file with the changed weights or thresholds (not stored)."),
                                  QStringLiteral("FILE"));
    p.addOption(with);
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Compare the payouts of the stored plan with those of a changed plan file before "
                                  "publishing it: CSV with columns agent_id, name, team, payout_before, payout_after, "
                                  "change, gate_before, gate_after, the largest gain first."),
                   code, 0, 0))
        return code;
    if (!p.isSet(with)) {
        printError(QStringLiteral("incentive whatif needs --with FILE"));
        return Usage;
    }
    auto changed = import::readIncentivePlanCsv(p.value(with));
    if (!changed) {
        printError(changed.error());
        return DataProblem;
    }
    const auto r = load(ctx, p, o, code);
    if (!r)
        return code;
    if (changed->period != r->plan.period) {
        printError(QStringLiteral("%1: the changed plan pays per %2, the stored one per %3")
                       .arg(p.value(with), QString::fromStdString(periodKindKey(changed->period)),
                            QString::fromStdString(periodKindKey(r->plan.period))));
        return DataProblem;
    }
    const auto after = reports::withPlan(r.value(), changed.value());
    const auto rows = analytics::whatIf(r->payouts, after.payouts);
    if (!writeReport(p.value(o.out), exporting::incentiveWhatIfCsv(rows)))
        return DataProblem;
    return written(p, o, rows.size(), "agents");
}

int runIncentiveAudit(const Context& ctx)
{
    QCommandLineParser p;
    const ReportOptions o;
    o.addTo(p);
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("The grouping (default team; the PDF without --by has team, shift, "
                                               "site and tenure)."),
                                QStringLiteral("team|shift|site|tenure|supervisor"));
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       QStringLiteral("Gap in pass rate, in percentage points, that may be flagged "
                                                      "(default 10)."),
                                       QStringLiteral("PP"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv (default) or pdf for HR."),
                                    QStringLiteral("csv|pdf"));
    p.addOptions({by, threshold, format});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Write the fairness audit of the period as CSV with columns group, agents, "
                                  "payout_mean, gate_pass_rate, difference_vs_rest, p_value, p_holm, flag: the gate "
                                  "pass rate of each group against every other agent, Fisher's exact test "
                                  "(two-sided), Holm over the groups tested; flag 1 when the gap is at least the "
                                  "threshold and p_holm < 0.05. Groups under 5 agents are pooled (not tested) or "
                                  "left out."),
                   code, 0, 0))
        return code;
    const auto grouping = analytics::auditByFromKey(s(p.value(by).isEmpty() ? QStringLiteral("team") : p.value(by)));
    if (!grouping) {
        printError(QStringLiteral("--by takes team, shift, site, tenure or supervisor, not '%1'").arg(p.value(by)));
        return Usage;
    }
    bool ok = true;
    const double pp = p.isSet(threshold) ? p.value(threshold).toDouble(&ok) : 10.0;
    if (!ok || pp < 0 || pp > 100) {
        printError(
            QStringLiteral("--threshold takes percentage points from 0 to 100, not '%1'").arg(p.value(threshold)));
        return Usage;
    }
    const QString fmtName =
        reportFormat(p, format, o.out, {QStringLiteral("csv"), QStringLiteral("pdf")}, "incentive audit");
    if (fmtName.isEmpty())
        return Usage;
    const auto r = load(ctx, p, o, code);
    if (!r)
        return code;
    if (fmtName == QLatin1String("pdf")) {
        report::FairnessAuditReport pdf{r->plan, r->period.label, {}};
        if (p.isSet(by))
            pdf.audits.push_back(analytics::fairnessAudit(r->payouts, *grouping, r->period.last, pp / 100));
        else
            pdf.audits = reports::auditAll(r.value(), pp / 100);
        if (auto st = report::writeFairnessAuditPdf(pdf, p.value(o.out)); !st) {
            printError(st.error());
            return DataProblem;
        }
        fmt::print(stderr, "fairness audit of '{}' version {} ({}) written to {}\n", r->plan.name, r->plan.version,
                   s(r->period.label), s(p.value(o.out)));
        return Ok;
    }
    const auto audit = analytics::fairnessAudit(r->payouts, *grouping, r->period.last, pp / 100);
    if (!writeReport(p.value(o.out), exporting::fairnessAuditCsv(audit)))
        return DataProblem;
    fmt::print(stderr, "fairness audit of '{}' version {}, {}, by {}: {} agents, {} groups{}\n", r->plan.name,
               r->plan.version, s(r->period.label), analytics::auditByKey(*grouping), audit.agents, audit.rows.size(),
               audit.smallGroupsLeftOut > 0 ? fmt::format("; {} group(s) under 5 agents ({} agents) not reported",
                                                          audit.smallGroupsLeftOut, audit.smallAgentsLeftOut)
                                            : std::string());
    return Ok;
}

} // namespace fb::cli
