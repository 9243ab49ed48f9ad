#pragma once

// Attribution of a program's change to its fixes (docs/friction-to-flow.md):
// for each fix and metric, the difference-in-differences between the
// interactions inside the fix's scope and the untouched ones (outside the
// scope of every fix dated in the program), before the fix date (from the
// program start) against on or after it (to the program end): the regression
//   outcome = b0 + b1 in + b2 after + b3 in x after
// with cluster-robust errors by agent (analytics/ClusterOls.h); did = b3,
// which equals (after_in - before_in) - (after_out - before_out), its 95%
// interval and p from t with G-1 df, p Holm-adjusted over the whole table.
// A row is refused (did empty, note says why) when the fix applies to all
// queues, its date is outside the program, its scope overlaps another fix's
// in time and queue, any of the four cells has fewer than 100 interactions
// (so an untouched group too small to be a control says so), or the
// regression is undefined (fewer than two agents, collinear cells).
#include "analytics/PrePost.h"
#include "common/Format.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

inline constexpr qint64 kMinCellInteractions = 100;

struct AttributionRow final {
    qint64 fixId = 0;
    ProgramMetric metric = ProgramMetric::Fcr;
    std::optional<double> did; // in the metric's unit: proportion 0-1, DPTI, seconds
    std::optional<double> low;
    std::optional<double> high;
    std::optional<double> p;     // two-sided, t with G-1 df
    std::optional<double> pHolm; // adjusted over every row of the table
    qint64 agents = 0;           // G: agents with an interaction in the four cells
    QString note;                // empty when did is given and nothing needs saying
    [[nodiscard]] bool significant() const { return pHolm && *pHolm < 0.05; }
    // The four cells: in before, in after, out before, out after.
    std::array<qint64, 4> n{};
    std::array<std::optional<double>, 4> values{};
};

std::vector<AttributionRow> attribute(const ProgramCells& cells);

// The note texts, exactly (tests compare them).
QString noteAllQueues();
QString noteOutsideProgram(QDate fixedOn, QDate start, QDate lastDay);
QString noteOverlap(qint64 otherFixId, const QString& otherFriction);
QString noteTooLittleData(const QStringList& smallCells);

// One sentence in plain words per metric: the pre/post change with its
// interval and Holm-adjusted p, and what each fix accounts for within its
// scope (or why it is not credited). Empty when the metric has no data on a side.
// Numbers and p values in the style's locale: screen() on the page and in
// the PDF, file() (C locale, English) for the CLI.
QString summarySentence(const MetricComparison& comparison, const std::vector<AttributionRow>& attribution,
                        const std::vector<ProgramFix>& fixes, const format::Style& style = format::screen());

// "4.1 points", "12 s", "3.2 per 1,000": a change in the metric's display unit, for screens and PDFs
// (numbers through fb::format's screen flavour).
QString formatChange(ProgramMetric m, double change);
// The value in its display unit, for screens and PDFs: "72.4 %", "21.3", "412 s".
QString formatValue(ProgramMetric m, double value);

} // namespace fb::analytics
