#pragma once

// Everything a friction-to-flow program shows (docs/friction-to-flow.md):
// baseline pulse and frictions, fixes, recognitions, "you said / we did",
// weekly metrics, the pre/post comparison and the attribution of each fix.
// Pure functions over what core/reports/ProgramReportBuilder loads from the
// store; nothing here reads the store or touches the GUI.
#include "analytics/Attribution.h"
#include "analytics/PrePost.h"
#include "common/Error.h"
#include "common/Format.h"
#include "domain/Program.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

// Pulse results are shown only with at least this many responses.
inline constexpr qint64 kMinPulseResponses = 5;

// The pulse dimension a friction tag maps to (tool lag -> tool_reliability, ...),
// falling back on the ticket category; empty when none fits.
std::string dimensionOfFriction(const std::string& friction, const std::string& category = {});
QString dimensionLabel(const std::string& dimension); // "Tool reliability" (translated)

struct FrictionRank final {
    std::string friction;
    qint64 tickets = 0;
    qint64 agents = 0; // distinct agents who raised it (anonymous tickets count for none)
    std::string dimension;
};
// Frictions of tickets ranked by tickets, then distinct agents, then name.
std::vector<FrictionRank> rankFrictions(const std::vector<TicketRow>& tickets);

struct PulseSummary final {
    qint64 responses = 0;
    bool hidden = true;                          // fewer than kMinPulseResponses responses
    std::array<std::optional<double>, 5> mean{}; // nullopt when hidden or the dimension has under 5 answers
    std::array<qint64, 5> n{};
};
PulseSummary summarisePulse(const PulseSums& sums);

struct RecognitionCell final {
    int week = 0; // program week 1..8
    std::string behavior;
    qint64 count = 0;
};

struct YouSaidWeDid final {
    TicketRow ticket;
    std::optional<ProgramFix> fix; // the logged fix of the same friction, when any
};
// "You said: … We did: …" for one ticket: in the user's language with locale
// dates on screen and in PDFs, in English with ISO dates in files.
QString youSaidText(const YouSaidWeDid& y, const format::Style& s = format::screen());

struct ProgramReport final {
    Program program;
    QDate end;   // exclusive: start + 56 days
    QDate today; // as given to reports::buildProgramReport
    std::vector<ProgramFix> fixes;
    std::vector<FrictionRank> rankedFrictions; // baseline tickets
    std::vector<ConfirmedFriction> confirmed;
    PulseSummary pulseBefore; // weeks 1-2
    PulseSummary pulseAfter;  // weeks 7-8
    std::vector<RecognitionCell> recognitions;
    std::vector<YouSaidWeDid> youSaid;
    std::array<CellSums, kProgramWeeks> weeks;
    std::vector<MetricComparison> comparison;
    std::vector<AttributionRow> attribution;
    std::vector<QString> worthNextCycle;
    qint64 interactions = 0; // of the program's teams in its eight weeks, up to today
    int comparisonDays = 0;  // days of weeks 7-8 on or before today (14 when the program is over)
    [[nodiscard]] bool incomplete() const { return comparisonDays < 14; }

    // Program week of a day (1..8), 0 before the start, 9 after the end.
    [[nodiscard]] int weekOf(QDate day) const;
    // What each phase still needs (empty list = nothing).
    [[nodiscard]] std::vector<QString> needs(int phase) const;
};

// The pieces of a report that reports::buildProgramReport assembles from
// what the store loaded (core/reports/ProgramReportBuilder.h).
// Recognitions per program week and behaviour.
std::vector<RecognitionCell> recognitionCells(const ProgramReport& r, const std::vector<RecognitionRow>& rows);
// "You said / we did" for the decided tickets, each with the logged fix of its friction.
std::vector<YouSaidWeDid> youSaidWeDid(const std::vector<TicketRow>& decided, const std::vector<ProgramFix>& fixes);
// The end (exclusive) of the data a report may read: the program's end, or
// the day after r.today when that comes first (interactions after today are
// not data yet).
QDate comparisonCut(const ProgramReport& r);
// Fills weeks, interactions, comparison (days, incomplete notes),
// attribution and worth from the interactions scanned up to
// comparisonCut(r) (r.program, r.end, r.today and r.fixes must be set).
void compareProgram(ProgramReport& r, const ProgramCells& cells);

// One sentence in plain words per metric, in kProgramMetrics order
// (summarySentence): screen() for the page and the PDF, file() for the CLI.
std::vector<QString> programSummary(const ProgramReport& r, const format::Style& s = format::screen());

// The fixes log as a weekly digest (Markdown text): per ISO week, what was retired.
std::string weeklyDigest(const ProgramReport& r);

} // namespace fb::analytics
