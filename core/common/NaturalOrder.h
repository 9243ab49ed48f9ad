#pragma once

#include <QString>

#include <string>
#include <vector>

namespace fb {

// Names in the order a person expects: "Team 5" before "Team 10", case
// ignored. QCollator's numeric mode would do it, but not in every locale (the
// C locale and builds without ICU compare digit by digit), so this is explicit.
// In common (not ui) so the PDFs of report/ and the CLI list teams the same way.

// A key that sorts as text in natural order: each run of digits padded to one width.
[[nodiscard]] QString naturalSortKey(const QString& text);
[[nodiscard]] bool naturalLess(const QString& a, const QString& b);
// Sorts names (UTF-8) in natural order: the store lists teams this way, so every combo and table starts sorted.
void sortNaturally(std::vector<std::string>& names);

} // namespace fb
