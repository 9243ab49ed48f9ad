// floorboard-cli calibration create | scores | agree | report: calibration
// sessions in the database (docs/calibration.md, "Sessions").
#include "CalibrationPdf.h"
#include "Cli.h"
#include "analytics/CalibrationReport.h"
#include "common/AtomicFile.h"
#include "csv/CsvWriter.h"
#include "export/CalibrationSessionCsv.h"
#include "import/CalibrationScoresImport.h"
#include "store/CalibrationReportData.h"
#include "store/CalibrationStore.h"
#include "store/Database.h"

#include <QDate>
#include <QGuiApplication>

#include <cstdio>

namespace fb::cli {

int runCalibrationCreate(const Context& ctx);
int runCalibrationScores(const Context& ctx);
int runCalibrationAgree(const Context& ctx);
int runCalibrationReport(const Context& ctx);

int runCalibrationReport(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption out(
        QStringLiteral("out"),
        QStringLiteral("CSV file to write, or an Excel workbook when it ends in .xlsx (default: standard output)."),
        QStringLiteral("FILE.csv"));
    const QCommandLineOption resamples(
        QStringLiteral("resamples"),
        QStringLiteral("Bootstrap resamples of the alpha interval (default %1).").arg(analytics::kDefaultResamples),
        QStringLiteral("N"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Seed of the bootstrap draws (default %1).").arg(analytics::kDefaultSeed), QStringLiteral("S"));
    const QCommandLineOption pdf(QStringLiteral("pdf"),
                                 QStringLiteral("Also write the session report as PDF: the session, the statistics "
                                                "and each participant's leaning, the reveal table and the agreed "
                                                "scores with their notes."),
                                 QStringLiteral("FILE.pdf"));
    const QCommandLineOption sessionCsv(
        QStringLiteral("session-csv"),
        QStringLiteral("Also write the session report as four CSV files into DIR (created when missing): "
                       "SESSION-reveal.csv, SESSION-agreement.csv, SESSION-participants.csv, SESSION-agreed.csv."),
        QStringLiteral("DIR"));
    const QCommandLineOption maskAgents(
        QStringLiteral("mask-agents"),
        QStringLiteral("In the PDF and session CSV files, name agents Agent A, Agent B, ... instead of their ids."));
    const QCommandLineOption initials(
        QStringLiteral("initials"),
        QStringLiteral("In the PDF and session CSV files, name participants by their initials only."));
    p.addOptions({out, resamples, seed, pdf, sessionCsv, maskAgents, initials});
    p.addPositionalArgument(QStringLiteral("SESSION"), QStringLiteral("The calibration session's id."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Agreement of a calibration session as CSV, one row per rubric attribute and an "
                                  "'overall' row: attribute, alpha, alpha_low, alpha_high (95% bootstrap interval), "
                                  "within_tolerance, n_units, n_participants. Alpha is interval on 0-4 attributes "
                                  "and nominal on yes/no ones; where it is undefined the cells are empty and the "
                                  "reason goes to standard error. With --pdf and --session-csv, also the full "
                                  "session report (docs/calibration.md, \"Session report\")."),
                   code, 1, 1))
        return code;
    if ((p.isSet(maskAgents) || p.isSet(initials)) && !p.isSet(pdf) && !p.isSet(sessionCsv)) {
        printError(QStringLiteral("--mask-agents and --initials go with --pdf or --session-csv"));
        return Usage;
    }
    if (p.isSet(pdf) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printError(QStringLiteral("--pdf needs a graphical application object; run `floorboard-cli calibration "
                                  "report` directly"));
        return Usage;
    }
    analytics::CalibrationReportOptions options;
    if (p.isSet(resamples)) {
        bool ok = false;
        options.resamples = p.value(resamples).toInt(&ok);
        if (!ok || options.resamples < 1 || options.resamples > 1'000'000) {
            printError(
                QStringLiteral("--resamples takes a number from 1 to 1000000, not '%1'").arg(p.value(resamples)));
            return Usage;
        }
    }
    if (p.isSet(seed)) {
        bool ok = false;
        options.seed = p.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615, not '%1'")
                           .arg(p.value(seed)));
            return Usage;
        }
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    // One read for every output, so the CSV, the session files and the PDF agree.
    auto data = store::loadSessionReportData(*db, s(p.positionalArguments().at(0)), options);
    if (!data) {
        printError(data.error());
        return DataProblem;
    }
    const auto table = exporting::calibrationAgreementTable(data->report);
    csv::WriterOptions lf;
    lf.crlf = false; // this file has LF line ends (docs/calibration.md)
    lf = reportCsvOptions(lf);
    if (p.isSet(out)) {
        if (auto written = exporting::writeCsv(table, p.value(out), lf); !written) {
            printError(written.error());
            return DataProblem;
        }
    } else {
        const std::string text = exporting::csvText(table, lf);
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    for (const auto& r : data->report.rows)
        if (!r.undefinedReason.isEmpty())
            fmt::print(stderr, "{}: {}\n", r.attribute, s(r.undefinedReason));
    if (p.isSet(sessionCsv)) {
        exporting::SessionCsvOptions csvOptions;
        csvOptions.labels = {p.isSet(maskAgents), p.isSet(initials)};
        csvOptions.writer = reportCsvOptions();
        if (auto written = exporting::writeCalibrationSessionCsv(data.value(), p.value(sessionCsv), csvOptions);
            !written) {
            printError(written.error());
            return DataProblem;
        }
    }
    if (p.isSet(pdf)) {
        const report::CalibrationPdfOptions pdfOptions{p.isSet(maskAgents), p.isSet(initials)};
        if (auto st = report::writeCalibrationPdf(data.value(), p.value(pdf), pdfOptions); !st) {
            printError(st.error());
            return DataProblem;
        }
    }
    return Ok;
}

int runCalibrationCreate(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption id(QStringLiteral("id"), QStringLiteral("Session id (letters, digits, - and _)."),
                                QStringLiteral("ID"));
    const QCommandLineOption on(QStringLiteral("on"), QStringLiteral("Date of the session (YYYY-MM-DD)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption facilitator(QStringLiteral("facilitator"), QStringLiteral("Who runs the session."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption participant(QStringLiteral("participant"),
                                         QStringLiteral("A participant (repeat the option for each)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    QStringLiteral("The expert (anchor) scorer; one of the participants."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption sample(
        QStringLiteral("sample"), QStringLiteral("Draw N interactions at random (with --seed)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of the random draw; the same seed draws the same sample."),
                                  QStringLiteral("S"));
    const QCommandLineOption per(QStringLiteral("per"),
                                 QStringLiteral("With --sample: one interaction from each of N agents or queues "
                                                "(agent|queue)."),
                                 QStringLiteral("GROUP"));
    const QCommandLineOption interaction(QStringLiteral("interaction"),
                                         QStringLiteral("An interaction chosen by hand (repeat for each)."),
                                         QStringLiteral("ID"));
    p.addOptions({id, on, facilitator, participant, anchor, sample, seed, per, interaction});
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Create a calibration session with its participants and interactions, drawn at "
                                  "random (--sample N --seed S [--per agent|queue]) or chosen by hand "
                                  "(--interaction ID ...). Prints the session's interactions, one per line."),
                   code, 0, 0))
        return code;
    for (const auto* required : {&id, &on, &facilitator, &participant}) {
        if (!p.isSet(*required)) {
            printError(QStringLiteral("--%1 is required (see floorboard-cli calibration create --help)")
                           .arg(required->names().first()));
            return Usage;
        }
    }
    const QDate heldOn = QDate::fromString(p.value(on), Qt::ISODate);
    if (!heldOn.isValid()) {
        printError(QStringLiteral("--on takes a date YYYY-MM-DD, not '%1'").arg(p.value(on)));
        return Usage;
    }
    if (p.isSet(sample) == p.isSet(interaction)) {
        printError(QStringLiteral("give either --sample N --seed S or --interaction ID ..."));
        return Usage;
    }
    int n = 0;
    quint64 seedValue = 0;
    SamplePer grouping = SamplePer::Interaction;
    if (p.isSet(sample)) {
        bool ok = false;
        n = p.value(sample).toInt(&ok);
        if (!ok || n < 1) {
            printError(QStringLiteral("--sample takes a positive number, not '%1'").arg(p.value(sample)));
            return Usage;
        }
        if (!p.isSet(seed)) {
            printError(QStringLiteral("--sample needs --seed S, so the draw can be repeated"));
            return Usage;
        }
        seedValue = p.value(seed).toULongLong(&ok);
        if (!ok) {
            printError(QStringLiteral("--seed takes a whole number from 0 to 18446744073709551615, not '%1'")
                           .arg(p.value(seed)));
            return Usage;
        }
        if (p.isSet(per)) {
            if (p.value(per) == QLatin1String("agent")) {
                grouping = SamplePer::Agent;
            } else if (p.value(per) == QLatin1String("queue")) {
                grouping = SamplePer::Queue;
            } else {
                printError(QStringLiteral("--per must be agent or queue, not '%1'").arg(p.value(per)));
                return Usage;
            }
        }
    } else if (p.isSet(seed) || p.isSet(per)) {
        printError(QStringLiteral("--seed and --per go with --sample"));
        return Usage;
    }

    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    CalibrationSession session;
    session.id = s(p.value(id));
    session.heldOn = heldOn;
    session.facilitator = s(p.value(facilitator));
    for (const auto& name : p.values(participant))
        session.participants.push_back({s(name), {}});
    if (p.isSet(anchor))
        session.anchor = s(p.value(anchor));
    if (p.isSet(sample)) {
        auto drawn = store::drawSample(*db, n, seedValue, grouping);
        if (!drawn) {
            printError(drawn.error());
            return DataProblem;
        }
        session.seed = seedValue;
        for (const auto& i : drawn.value())
            session.units.push_back({0, i, {}});
    } else {
        for (const auto& i : p.values(interaction))
            session.units.push_back({0, s(i), {}});
    }
    auto created = store::createSession(*db, std::move(session));
    if (!created) {
        printError(created.error());
        return DataProblem;
    }
    for (const auto& u : created->units)
        fmt::print("{}\n", u.interactionId);
    fmt::print(stderr, "session {} created: {} participants, {} interactions, rubric version {}{}\n", created->id,
               created->participants.size(), created->units.size(), created->rubricVersion,
               created->seed ? fmt::format(", seed {}", *created->seed) : std::string());
    return Ok;
}

int runCalibrationScores(const Context& ctx)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("SESSION"), QStringLiteral("The calibration session's id."));
    p.addPositionalArgument(QStringLiteral("FILE"),
                            QStringLiteral("CSV: evaluation_id, session, participant, interaction_id, then one "
                                           "column per rubric attribute (empty = not scored, NA = not applicable)."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Import participants' blind scores of a session from CSV. Every bad value is "
                                  "reported with its line and column, and nothing is written if any is bad. "
                                  "Every row must belong to SESSION."),
                   code, 2, 2))
        return code;
    const std::string sessionId = s(p.positionalArguments().at(0));
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    if (auto session = store::loadSession(*db, sessionId); !session) {
        printError(session.error());
        return DataProblem;
    }
    auto report = import::importScoresCsv(*db, p.positionalArguments().at(1), sessionId);
    if (!report) {
        printError(report.error());
        return DataProblem;
    }
    if (!report->problems.empty()) {
        for (const auto& e : report->problems)
            printError(e);
        fmt::print(stderr, "nothing imported: {} problems in {} rows\n", report->problems.size(), report->rows);
        return DataProblem;
    }
    fmt::print("{} scores imported from {} rows\n", report->scores, report->rows);
    return Ok;
}

int runCalibrationAgree(const Context& ctx)
{
    QCommandLineParser p;
    const QCommandLineOption interaction(QStringLiteral("interaction"), QStringLiteral("The interaction."),
                                         QStringLiteral("ID"));
    const QCommandLineOption attribute(QStringLiteral("attribute"), QStringLiteral("The rubric attribute."),
                                       QStringLiteral("A"));
    const QCommandLineOption score(QStringLiteral("score"), QStringLiteral("The agreed score (or NA)."),
                                   QStringLiteral("S"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why: the decision note."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption on(QStringLiteral("on"),
                                QStringLiteral("Date of the decision (YYYY-MM-DD; default: the session's date)."),
                                QStringLiteral("DATE"));
    p.addOptions({interaction, attribute, score, note, on});
    p.addPositionalArgument(QStringLiteral("SESSION"), QStringLiteral("The calibration session's id."));
    int code = Ok;
    if (!parseArgs(p, ctx,
                   QStringLiteral("Record the agreed score of an interaction on one attribute with a decision note. "
                                  "It becomes the interaction's official evaluation CAL-SESSION-INTERACTION; "
                                  "prints that evaluation's id."),
                   code, 1, 1))
        return code;
    for (const auto* required : {&interaction, &attribute, &score, &note}) {
        if (!p.isSet(*required)) {
            printError(QStringLiteral("--%1 is required (see floorboard-cli calibration agree --help)")
                           .arg(required->names().first()));
            return Usage;
        }
    }
    Consensus c;
    c.interactionId = s(p.value(interaction));
    c.attribute = s(p.value(attribute));
    c.note = s(p.value(note));
    if (p.value(score) != QLatin1String("NA")) {
        bool ok = false;
        const double v = p.value(score).toDouble(&ok);
        if (!ok) {
            printError(QStringLiteral("--score takes a number or NA, not '%1'").arg(p.value(score)));
            return Usage;
        }
        c.score = v;
    }
    if (p.isSet(on)) {
        c.decidedOn = QDate::fromString(p.value(on), Qt::ISODate);
        if (!c.decidedOn.isValid()) {
            printError(QStringLiteral("--on takes a date YYYY-MM-DD, not '%1'").arg(p.value(on)));
            return Usage;
        }
    }
    auto db = openDatabase(ctx, true);
    if (!db)
        return DataProblem;
    auto evaluation = store::recordConsensus(*db, s(p.positionalArguments().at(0)), c);
    if (!evaluation) {
        printError(evaluation.error());
        return DataProblem;
    }
    fmt::print("{}\n", evaluation.value());
    return Ok;
}

} // namespace fb::cli
