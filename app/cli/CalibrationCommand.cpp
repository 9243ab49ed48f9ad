// floorboard-cli calibration: agreement statistics on any reliability matrix.
#include "Cli.h"
#include "analytics/Agreement.h"
#include "csv/CsvTypes.h"
#include "import/ReliabilityCsv.h"

#include <cstdio>

namespace fb::cli {

// CalibrationSessionCommand.cpp
int runCalibrationCreate(const Context& ctx);
int runCalibrationScores(const Context& ctx);
int runCalibrationAgree(const Context& ctx);
int runCalibrationReport(const Context& ctx);

namespace {

void printCalibrationUsage(std::FILE* out)
{
    fmt::print(out, "Usage: floorboard-cli calibration SUBCOMMAND [options]\n\n"
                    "Agreement statistics for calibration sessions (see docs/calibration.md).\n\n"
                    "Subcommands:\n"
                    "  alpha     Krippendorff's alpha of a reliability matrix in CSV:\n"
                    "            alpha --metric interval|nominal|ordinal|ratio FILE.csv\n"
                    "  create    Create a session: create --id ID --on DATE --facilitator NAME --participant NAME\n"
                    "            [--participant ...] [--anchor NAME] (--sample N --seed S [--per agent|queue] |\n"
                    "            --interaction ID ...)\n"
                    "  scores    Import participants' scores: scores SESSION FILE.csv\n"
                    "  agree     Record a consensus score: agree SESSION --interaction ID --attribute A --score S\n"
                    "            --note TEXT\n"
                    "  report    Agreement per attribute as CSV: report SESSION [--out FILE.csv]; the session\n"
                    "            report: [--pdf FILE.pdf] [--session-csv DIR] [--mask-agents] [--initials]\n\n"
                    "`floorboard-cli calibration SUBCOMMAND --help` describes its options.\n");
}

int runAlpha(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption metric(QStringLiteral("metric"),
                                    QStringLiteral("Level of measurement: interval (scale scores), nominal (yes/no, "
                                                   "categories), ordinal or ratio. Required."),
                                    QStringLiteral("METRIC"));
    const QCommandLineOption bootstrap(QStringLiteral("bootstrap"),
                                       QStringLiteral("Also print a 95% percentile bootstrap interval from N "
                                                      "resamples of the units (e.g. 1000)."),
                                       QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the bootstrap draws (default %1); the same seed gives the "
                                                 "same interval.")
                                      .arg(analytics::kDefaultSeed),
                                  QStringLiteral("S"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("Field delimiter: , ; tab or | (default: detected). With a "
                                                      "delimiter other than a comma, decimal commas are accepted."),
                                       QStringLiteral("D"));
    p.addOptions({metric, bootstrap, seed, delimiter});
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("CSV: a header row naming the coders, then one row per unit with each "
                                           "coder's score; an empty cell is a missing score."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Compute Krippendorff's alpha of a reliability matrix. Prints alpha alone on the "
                                  "first line, then the units and values used and the observed and expected "
                                  "disagreement. Data on which alpha is undefined (a single value throughout, or no "
                                  "unit scored by two coders) is refused with exit code 1."),
                   code, 1, 1))
        return code;

    if (!p.isSet(metric)) {
        printError(QStringLiteral("--metric is required: interval, nominal, ordinal or ratio (see floorboard-cli "
                                  "calibration alpha --help)"));
        return Usage;
    }
    const auto m = analytics::parseMetric(s(p.value(metric)));
    if (!m) {
        printError(
            QStringLiteral("--metric must be interval, nominal, ordinal or ratio, not '%1'").arg(p.value(metric)));
        return Usage;
    }
    int resamples = 0;
    if (p.isSet(bootstrap)) {
        bool ok = false;
        resamples = p.value(bootstrap).toInt(&ok);
        if (!ok || resamples < 1 || resamples > 1'000'000) {
            printError(QStringLiteral("--bootstrap takes a number of resamples from 1 to 1000000, not '%1'")
                           .arg(p.value(bootstrap)));
            return Usage;
        }
    }
    quint64 seedValue = analytics::kDefaultSeed;
    if (p.isSet(seed)) {
        if (!p.isSet(bootstrap)) {
            printError(QStringLiteral("--seed goes with --bootstrap"));
            return Usage;
        }
        bool ok = false;
        seedValue = p.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615, not '%1'")
                           .arg(p.value(seed)));
            return Usage;
        }
    }
    csv::ReaderOptions options;
    if (p.isSet(delimiter)) {
        options.delimiter = csv::parseDelimiter(p.value(delimiter));
        if (!options.delimiter) {
            printError(QStringLiteral("--delimiter must be , ; tab or |, not '%1'").arg(p.value(delimiter)));
            return Usage;
        }
    }

    auto data = import::readReliabilityCsv(p.positionalArguments().at(0), options);
    if (!data) {
        printError(data.error());
        return DataProblem;
    }
    auto alpha = analytics::krippendorffAlpha(data.value(), *m);
    if (!alpha) {
        printError(alpha.error());
        return DataProblem;
    }
    std::optional<analytics::BootstrapInterval> interval;
    if (resamples > 0) {
        auto b = analytics::bootstrapAlpha(data.value(), *m, resamples, seedValue);
        if (!b) {
            printError(b.error());
            return DataProblem;
        }
        interval = b.value();
    }

    const auto& a = alpha.value();
    fmt::print("{}\n", a.alpha);
    fmt::print("metric: {}\n", analytics::metricName(*m));
    fmt::print("coders: {}\n", data->coders.size());
    fmt::print("units: {} ({} with two or more scores)\n", data->units.size(), a.unitsUsed);
    fmt::print("pairable values: {}\n", a.pairableValues);
    fmt::print("observed disagreement D_o: {}\n", a.observedDisagreement);
    fmt::print("expected disagreement D_e: {}\n", a.expectedDisagreement);
    if (interval) {
        fmt::print("bootstrap 95% interval: {} to {}\n", interval->low, interval->high);
        fmt::print("bootstrap resamples: {} (seed {}, {} skipped as undefined)\n", interval->resamples, seedValue,
                   interval->undefined);
    }
    return Ok;
}

} // namespace

int runCalibration(const Context& ctx)
{
    if (ctx.args.size() < 2) {
        printError(QStringLiteral("calibration needs a subcommand"));
        printCalibrationUsage(stderr);
        return Usage;
    }
    const QString sub = ctx.args.at(1);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        printCalibrationUsage(stdout);
        return Ok;
    }
    const struct {
        const char* name;
        int (*run)(const Context&);
    } subcommands[] = {{"alpha", &runAlpha},
                       {"create", &runCalibrationCreate},
                       {"scores", &runCalibrationScores},
                       {"agree", &runCalibrationAgree},
                       {"report", &runCalibrationReport}};
    for (const auto& c : subcommands) {
        if (sub == QLatin1String(c.name)) {
            Context inner = ctx;
            inner.args = ctx.args.mid(1);
            inner.args.first() = QStringLiteral("calibration ") + QLatin1String(c.name);
            return c.run(inner);
        }
    }
    printError(QStringLiteral("unknown calibration subcommand '%1'").arg(sub));
    printCalibrationUsage(stderr);
    return Usage;
}

} // namespace fb::cli
