#pragma once

// The reveal table of a calibration session: for every interaction and
// rubric attribute (and the QA total), each participant's score side by side,
// the spread, each one's deviation from the reference (the anchor's score, or
// the median of everyone's when the session has no anchor) and whether it
// lies beyond tolerance. The window, the presentation screen and the session
// report all draw from this one computation. See docs/calibration.md.
#include "analytics/CalibrationReport.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace fb::analytics {

struct RevealCell final {
    Cell score;          // nullopt: not scored (or NA)
    Cell deviation;      // score - reference; nullopt for the anchor and where either is missing
    bool beyond = false; // |deviation| > tolerance
};

struct RevealRow final {
    std::size_t unit = 0;                 // index into CalibrationInput::units
    std::optional<std::size_t> attribute; // index into attributes; nullopt = the QA total row
    std::string attributeName;            // "total" on the total row
    double tolerance = 0;                 // see toleranceOf / kTotalTolerance
    std::vector<RevealCell> cells;        // one per participant
    std::optional<Spread> spread;         // range and standard deviation of the scores present
    Cell reference;                       // anchor score or median
    Cell consensus;                       // agreed score (total: from the agreed scores)
    int beyondCount = 0;                  // cells beyond tolerance
};

struct Reveal final {
    ReferenceKind reference = ReferenceKind::Median; // Anchor or Median
    std::optional<std::size_t> anchor;               // participant index of the anchor
    std::vector<RevealRow> rows;                     // per unit: its attributes in rubric order, then the total
    int beyondCount = 0;

    // Rows of one unit (a contiguous range of rows).
    [[nodiscard]] std::vector<const RevealRow*> rowsOf(std::size_t unit) const;
};

Result<Reveal> revealTable(const CalibrationInput& input);

} // namespace fb::analytics
