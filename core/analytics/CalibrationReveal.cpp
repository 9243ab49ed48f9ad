#include "analytics/CalibrationReveal.h"

#include <cmath>

namespace fb::analytics {
namespace {

// Deviations closer than this to the tolerance count as within it (decimal noise of totals).
constexpr double kSlack = 1e-9;

RevealRow makeRow(std::size_t unit, std::optional<std::size_t> attribute, std::string name, double tolerance,
                  const std::vector<Cell>& scores, std::optional<std::size_t> anchor, Cell consensus)
{
    RevealRow row;
    row.unit = unit;
    row.attribute = attribute;
    row.attributeName = std::move(name);
    row.tolerance = tolerance;
    row.spread = spreadOf(scores);
    row.reference = anchor ? scores[*anchor] : medianOf(scores);
    row.consensus = consensus;
    row.cells.reserve(scores.size());
    for (std::size_t p = 0; p < scores.size(); ++p) {
        RevealCell cell;
        cell.score = scores[p];
        if (cell.score && row.reference && !(anchor && *anchor == p)) {
            cell.deviation = *cell.score - *row.reference;
            cell.beyond = std::fabs(*cell.deviation) > tolerance + kSlack;
        }
        if (cell.beyond)
            ++row.beyondCount;
        row.cells.push_back(cell);
    }
    return row;
}

} // namespace

std::vector<const RevealRow*> Reveal::rowsOf(std::size_t unit) const
{
    std::vector<const RevealRow*> out;
    for (const auto& r : rows)
        if (r.unit == unit)
            out.push_back(&r);
    return out;
}

Result<Reveal> revealTable(const CalibrationInput& input)
{
    if (auto v = validate(input); !v)
        return v.error();
    Reveal reveal;
    reveal.anchor = input.anchor;
    reveal.reference = input.anchor ? ReferenceKind::Anchor : ReferenceKind::Median;
    const ReliabilityData totals = participantTotals(input);
    const std::vector<Cell> agreedTotals = consensusTotals(input);
    for (std::size_t u = 0; u < input.units.size(); ++u) {
        bool anyAgreed = false;
        for (std::size_t a = 0; a < input.attributes.size(); ++a) {
            const Cell agreed = input.consensus.empty() ? Cell{} : input.consensus[a][u];
            anyAgreed = anyAgreed || agreed.has_value();
            reveal.rows.push_back(makeRow(u, a, input.attributes[a].name, toleranceOf(input.attributes[a]),
                                          input.scores[a][u], input.anchor, agreed));
        }
        reveal.rows.push_back(makeRow(u, std::nullopt, "total", kTotalTolerance, totals.units[u], input.anchor,
                                      anyAgreed ? agreedTotals[u] : Cell{}));
    }
    for (const auto& r : reveal.rows)
        reveal.beyondCount += r.beyondCount;
    return reveal;
}

} // namespace fb::analytics
