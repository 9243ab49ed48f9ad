// Blind scores made at the participants' desks, imported from CSV: every bad
// cell is reported with its line, column and value, and nothing is written
// unless the whole file is good (the store then writes it in one transaction).
#include "import/CalibrationScoresImport.h"

#include "common/Text.h"
#include "csv/CsvReader.h"
#include "import/ReliabilityCsv.h"
#include "store/CalibrationStore.h"

#include <QCoreApplication>

#include <map>

namespace fb::import {
namespace {

// Its strings keep the context they had in the calibration store, so their
// translations still apply.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::store::CalibrationStore)
};

std::string trimmed(const std::string& s)
{
    return QString::fromStdString(s).trimmed().toStdString();
}

} // namespace

Result<ScoreImportReport> importScoresCsv(store::Database& db, const QString& path, const std::string& onlySession)
{
    auto reader = csv::CsvReader::open(path);
    if (!reader)
        return reader.error();
    csv::CsvReader& r = *reader.value();
    csv::Record rec;
    if (!r.next(rec))
        return Error(Tr::tr("the file is empty: expected a header row (evaluation_id, session, participant, "
                            "interaction_id, then one column per rubric attribute)"),
                     path);
    std::vector<std::string> header;
    for (const auto& f : rec.fields)
        header.push_back(trimmed(f));
    const char* const fixed[] = {"evaluation_id", "session", "participant", "interaction_id"};
    for (std::size_t i = 0; i < 4; ++i)
        if (header.size() <= i || header[i] != fixed[i])
            return Error(Tr::tr("column %1 must be %2").arg(i + 1).arg(QLatin1String(fixed[i])), path, rec.line,
                         header.size() > i ? q(header[i]) : QString(), header.size() > i ? q(header[i]) : QString(),
                         header.size() > i);

    ScoreImportReport report;
    std::map<std::string, std::optional<ScoringSheet>> contexts;
    store::ScoresBySession bySession;
    while (r.next(rec)) {
        ++report.rows;
        if (rec.fields.size() != header.size()) {
            report.problems.emplace_back(
                Tr::tr("this row has %1 fields, the header has %2").arg(rec.fields.size()).arg(header.size()), path,
                rec.line);
            continue;
        }
        auto bad = [&](std::size_t col, const QString& why) {
            report.problems.emplace_back(why, path, rec.line, q(header[col]), q(rec.fields[col]), true);
        };
        const std::string sessionId = trimmed(rec.fields[1]);
        if (!onlySession.empty() && sessionId != onlySession) {
            bad(1, Tr::tr("not session %1, the one being imported").arg(q(onlySession)));
            continue;
        }
        auto it = contexts.find(sessionId);
        if (it == contexts.end()) {
            auto ctx = store::loadScoringSheet(db, sessionId);
            it = contexts
                     .emplace(sessionId,
                              ctx ? std::optional<ScoringSheet>(std::move(ctx.value())) : std::optional<ScoringSheet>())
                     .first;
        }
        if (!it->second) {
            bad(1, Tr::tr("no calibration session with this id"));
            continue;
        }
        const ScoringSheet& ctx = *it->second;
        const std::string participant = trimmed(rec.fields[2]);
        const std::string interaction = trimmed(rec.fields[3]);
        bool rowOk = true;
        if (!ctx.hasParticipant(participant)) {
            bad(2, Tr::tr("not a participant of session %1").arg(q(sessionId)));
            rowOk = false;
        }
        if (!ctx.unit(interaction)) {
            bad(3, Tr::tr("not an interaction of session %1").arg(q(sessionId)));
            rowOk = false;
        }
        std::vector<CalibrationScore> rowScores;
        for (std::size_t c = 4; c < header.size(); ++c) {
            const std::string text = trimmed(rec.fields[c]);
            if (text.empty())
                continue; // not scored
            const auto a = ctx.attributes.find(header[c]);
            if (a == ctx.attributes.end()) {
                bad(c, Tr::tr("not an attribute of rubric version %1").arg(ctx.session.rubricVersion));
                rowOk = false;
                continue;
            }
            const auto score = parseScore(text, false);
            if (!score) {
                bad(c, Tr::tr("not a number (leave the cell empty when not scored, NA for not applicable)"));
                rowOk = false;
                continue;
            }
            if (const QString why = scoreProblem(a->second, *score); !why.isEmpty()) {
                bad(c, why);
                rowOk = false;
                continue;
            }
            rowScores.push_back({participant, interaction, header[c], *score});
        }
        if (rowOk) {
            auto& into = bySession[sessionId];
            into.insert(into.end(), rowScores.begin(), rowScores.end());
        }
    }
    for (const auto& p : r.problems())
        report.problems.emplace_back(p.message, path, p.line);
    if (r.failed() && r.problems().empty())
        report.problems.emplace_back(Tr::tr("the file could not be read to its end"), path);
    if (!report.problems.empty())
        return report;

    if (auto st = store::recordScores(db, bySession); !st)
        return st.error();
    for (const auto& [sessionId, scores] : bySession)
        report.scores += qint64(scores.size());
    return report;
}

} // namespace fb::import
