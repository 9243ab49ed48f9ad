#pragma once

#include <QString>

namespace fb::ui {

// Names in the order a person expects: "Team 5" before "Team 10", case
// ignored. QCollator's numeric mode would do it, but not in every locale (the
// C locale and builds without ICU compare digit by digit), so this is explicit.

// A key that sorts as text in natural order: each run of digits padded to one width.
[[nodiscard]] QString naturalSortKey(const QString& text);
[[nodiscard]] bool naturalLess(const QString& a, const QString& b);

} // namespace fb::ui
