#pragma once

// Attribution of a program's change to its fixes (docs/friction-to-flow.md):
// for each fix and metric, the difference-in-differences between the
// interactions inside the fix's scope and the program's other interactions,
// before the fix date (from the program start) against on or after it (to
// the program end):
//   did = (after_in - before_in) - (after_out - before_out)
//   interval did +- 1.96 sqrt(sum of the four cells' variances)
// with a proportion's variance p(1-p)/n, DPTI's 10^6 defects/n^2 and a mean's s^2/n.
// A row is refused (did empty, note says why) when the fix applies to all
// queues, its date is outside the program, its scope overlaps another fix's
// in time and queue, or any of the four cells has fewer than 100 interactions.
#include "analytics/PrePost.h"

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
    QString note; // empty when did is given and nothing needs saying
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
// interval and p, and what each fix accounts for within its scope (or why it
// is not credited). Empty when the metric has no data on a side.
QString summarySentence(const MetricComparison& comparison, const std::vector<AttributionRow>& attribution,
                        const std::vector<ProgramFix>& fixes);

// "4.1 points", "12 s", "3.2 per 1,000": a change in the metric's display unit, for screens and PDFs
// (numbers through fb::format's screen flavour).
QString formatChange(ProgramMetric m, double change);
// The value in its display unit, for screens and PDFs: "72.4 %", "21.3", "412 s".
QString formatValue(ProgramMetric m, double value);

} // namespace fb::analytics
