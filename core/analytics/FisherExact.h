#pragma once

// Fisher's exact test of a 2x2 table (docs/recognition-and-incentives.md,
// "Fairness audit"): with the margins fixed, the count in the first cell
// follows the hypergeometric distribution. Two-sided p = the sum of the
// probabilities of every table no more likely than the observed one, with
// the relative tolerance 1e-7 R's fisher.test uses, so tables as likely as
// the observed one up to rounding count too.
//
//             pass   fail
//   group      a      b
//   rest       c      d
#include <QtGlobal>

#include <optional>

namespace fb::analytics {

// Two-sided p; nullopt when a margin is 0 (nothing to test).
std::optional<double> fisherExactTwoSided(qint64 a, qint64 b, qint64 c, qint64 d);

} // namespace fb::analytics
