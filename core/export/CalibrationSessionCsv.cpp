#include "export/CalibrationSessionCsv.h"

#include <QCoreApplication>
#include <QDir>

#include <array>
#include <memory>

namespace fb::exporting {
namespace {

using analytics::CalibrationSessionReportData;
using csv::numberCell;

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::exporting::CalibrationSessionCsv)
};

using Writer = std::unique_ptr<csv::CsvWriter>;

// Text cells go through the writer's formula guard and quoting (what
// csv::textCell does for hand-built lines); number cells are csv::numberCell
// and never guarded, so a negative deviation stays a number.
constexpr bool T = true;
constexpr bool N = false;

std::string agreedCell(const analytics::AgreedScore* agreed)
{
    if (!agreed)
        return {};
    return agreed->score ? numberCell(agreed->score) : std::string("NA");
}

std::string countCell(qint64 n)
{
    return std::to_string(n);
}

void writeReveal(csv::CsvWriter& w, const CalibrationSessionReportData& d, const std::vector<std::string>& agents,
                 const std::vector<std::string>& people)
{
    w.writeRow({"interaction_id", "agent_id", "attribute", "participant", "score", "reference", "deviation",
                "beyond_tolerance", "tolerance", "range", "sd", "agreed_score"});
    const std::vector<bool> mask{T, T, T, T, N, N, N, T, N, N, N, N};
    for (const auto& row : d.reveal.rows) {
        const auto& unit = d.session.units[row.unit];
        // Attribute rows look the agreed score up so an agreed NA reads "NA";
        // the total row's agreed value is the total of the agreed scores.
        const std::string agreed = row.attribute
                                       ? agreedCell(analytics::agreedScoreOf(d, unit.interactionId, row.attributeName))
                                       : numberCell(row.consensus);
        const std::string range = row.spread ? numberCell(row.spread->range) : std::string();
        const std::string sd = row.spread ? numberCell(row.spread->sd) : std::string();
        for (std::size_t p = 0; p < row.cells.size(); ++p) {
            const auto& c = row.cells[p];
            const std::string beyond = c.deviation ? (c.beyond ? "yes" : "no") : "";
            w.writeRow({unit.interactionId, agents[row.unit], row.attributeName, people[p], numberCell(c.score),
                        numberCell(row.reference), numberCell(c.deviation), beyond, numberCell(row.tolerance), range,
                        sd, agreed},
                       mask);
        }
    }
}

void writeAgreement(csv::CsvWriter& w, const CalibrationSessionReportData& d)
{
    w.writeRow({"attribute", "metric", "alpha", "alpha_low", "alpha_high", "ac1", "percent_agreement",
                "within_tolerance", "within", "compared", "n_units", "n_participants", "undefined_reason"});
    const std::vector<bool> mask{T, T, N, N, N, N, N, N, N, N, N, N, T};
    for (const auto& r : d.report.rows)
        w.writeRow({r.attribute, analytics::metricName(r.metric), numberCell(r.alpha), numberCell(r.alphaLow),
                    numberCell(r.alphaHigh), numberCell(r.ac1), numberCell(r.percentAgreement),
                    numberCell(r.withinTolerance), countCell(r.within), countCell(r.compared), countCell(r.nUnits),
                    countCell(r.nParticipants), r.undefinedReason.toStdString()},
                   mask);
}

void writeParticipants(csv::CsvWriter& w, const CalibrationSessionReportData& d, const std::vector<std::string>& people)
{
    w.writeRow({"participant", "attribute", "compared", "mean_absolute_deviation", "mean_bias", "leaning"});
    const std::vector<bool> mask{T, T, N, N, N, T};
    for (const auto& dev : d.report.deviations) {
        const auto p = analytics::participantIndex(d.session, dev.participant);
        // Without a bias there is nothing to lean on: the leaning stays empty, not "neutral".
        w.writeRow({p ? people[*p] : dev.participant, dev.attribute, countCell(dev.compared),
                    numberCell(dev.meanAbsolute), numberCell(dev.meanBias),
                    dev.meanBias ? analytics::leaningName(dev.leaning) : ""},
                   mask);
    }
}

void writeAgreed(csv::CsvWriter& w, const CalibrationSessionReportData& d, const std::vector<std::string>& agents)
{
    w.writeRow({"interaction_id", "agent_id", "attribute", "agreed_score", "note", "decided_on"});
    const std::vector<bool> mask{T, T, T, N, T, N};
    for (const auto& a : d.agreed) {
        std::string agent;
        for (std::size_t u = 0; u < d.session.units.size(); ++u)
            if (d.session.units[u].interactionId == a.interactionId)
                agent = agents[u];
        w.writeRow({a.interactionId, agent, a.attribute, agreedCell(&a), a.note,
                    a.decidedOn.toString(Qt::ISODate).toStdString()},
                   mask);
    }
}

} // namespace

SessionCsvFiles sessionCsvFiles(const QString& directory, const std::string& sessionId)
{
    const QDir dir(directory);
    const QString id = QString::fromStdString(sessionId);
    return {dir.filePath(id + QStringLiteral("-reveal.csv")), dir.filePath(id + QStringLiteral("-agreement.csv")),
            dir.filePath(id + QStringLiteral("-participants.csv")), dir.filePath(id + QStringLiteral("-agreed.csv"))};
}

Result<SessionCsvFiles> writeCalibrationSessionCsv(const CalibrationSessionReportData& data, const QString& directory,
                                                   const SessionCsvOptions& options)
{
    if (!QDir().mkpath(directory))
        return Error(Tr::tr("cannot create the folder"), directory);
    const SessionCsvFiles files = sessionCsvFiles(directory, data.session.id);
    const std::array<QString, 4> paths{files.reveal, files.agreement, files.participants, files.agreed};
    std::array<Writer, 4> writers;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        auto w = csv::CsvWriter::create(paths[i], options.writer);
        if (!w)
            return w.error();
        writers[i] = std::move(w.value());
    }
    const auto agents = analytics::agentLabels(data.session, options.labels.maskAgents);
    const auto people = analytics::participantLabels(data.session, options.labels.initialsOnly);
    writeReveal(*writers[0], data, agents, people);
    writeAgreement(*writers[1], data);
    writeParticipants(*writers[2], data, people);
    writeAgreed(*writers[3], data, agents);
    for (auto& w : writers)
        if (auto st = w->commit(); !st)
            return st.error();
    return files;
}

ReportTable calibrationAgreementTable(const analytics::CalibrationReport& report)
{
    ReportTable t;
    t.header = {"attribute", "alpha", "alpha_low", "alpha_high", "within_tolerance", "n_units", "n_participants"};
    t.textMask = {true, false, false, false, false, false, false};
    for (const auto& r : report.rows)
        t.rows.push_back({r.attribute, num(r.alpha), num(r.alphaLow), num(r.alphaHigh), num(r.withinTolerance),
                          std::to_string(r.nUnits), std::to_string(r.nParticipants)});
    return t;
}

} // namespace fb::exporting
