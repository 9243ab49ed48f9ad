#pragma once

// The small statistics behind scorecards: QA evaluation totals and Spearman
// rank correlation (docs/scorecard.md).
#include "domain/Kinds.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fb::analytics {

// One attribute score of an evaluation; nullopt = NA.
using AttributeScore = std::pair<std::string, std::optional<int>>;

// Total 0-100 of one QA evaluation under a rubric:
// 100 x sum(w x score / max) / sum(w) over the attributes scored (not NA),
// max = 4 on the 0-4 scale and 1 on yes/no; a 0 on a critical attribute makes
// the total 0. Scores of attributes the rubric lacks are ignored. nullopt when
// no attribute of positive weight was scored.
std::optional<double> qaTotal(const std::vector<RubricAttribute>& rubric, const std::vector<AttributeScore>& scores);

// Ranks 1..n, ties sharing the mean of their ranks.
std::vector<double> averageRanks(const std::vector<double>& values);
// Spearman's rho = Pearson correlation of the average ranks; nullopt when
// n < 3 or either side is constant.
std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y);

// Median of the values (mean of the middle two for an even count); nullopt when empty.
std::optional<double> median(std::vector<double> values);

} // namespace fb::analytics
