#pragma once

// Adjusting p values for many tests at once (docs/friction-to-flow.md, "Many
// tests"). A report that tests six metrics, or k fixes x six metrics, would
// call one in twenty of its no-effect figures "significant" by chance alone;
// a figure is called significant only when its adjusted p is below 0.05.
//  - Holm (step-down): sort the m p values ascending, p(i) -> max over j <= i
//    of min(1, (m - j + 1) p(j)); controls the chance of any false claim. Used within each table.
//  - Benjamini-Hochberg (step-up) q values: p(i) -> min over j >= i of
//    min(1, m p(j) / j); controls the expected share of false claims among
//    the marked cells. Used for grids (Happiness and results).
// Empty entries (tests not made) are kept empty and do not count in m.
// Both agree with statsmodels' multipletests(method="holm" / "fdr_bh") and R's p.adjust.
#include <optional>
#include <vector>

namespace fb::analytics {

std::vector<std::optional<double>> holm(const std::vector<std::optional<double>>& p);
std::vector<std::optional<double>> benjaminiHochberg(const std::vector<std::optional<double>>& p);

} // namespace fb::analytics
