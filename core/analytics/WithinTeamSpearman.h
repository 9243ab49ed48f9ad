#pragma once

// Spearman's rho within teams (docs/scorecard.md, "Happiness and results").
// Pooling team-weeks of several teams lets a difference in level between
// teams pose as a link: a team that is happier and resolves more every week
// makes pulse and FCR "correlate" though neither moves with the other. So each
// team's weekly series is centred on its own mean (x - mean of the team's x,
// the same for y) before the ranks are taken; only how a team's weeks move
// together counts.
//   rho: Pearson correlation of the average ranks of the centred values.
//   p, n <= 10: exact, from every permutation of y within each team (the
//     null hypothesis: within a team, no week's outcome belongs with its pulse);
//     the share of permutations with |rho| at least the observed one.
//   p, n > 10: Student t = rho sqrt(df / (1 - rho^2)), df = n - teams - 1
//     (one degree lost per team mean); at |rho| = 1, where t is infinite,
//     twice the exact share of within-team orderings that match the observed
//     one (never 0).
// Teams with fewer than 2 pairs carry no within-team information and are left out.
#include <cstddef>
#include <optional>
#include <vector>

namespace fb::analytics {

struct TeamPairs final {
    std::vector<double> x; // one team's weekly values, paired by index
    std::vector<double> y;
};

struct WithinTeamRho final {
    std::optional<double> rho; // nullopt when n < 3 or either side has no spread after centring
    std::optional<double> p;   // two-sided
    size_t n = 0;              // pairs used
    size_t teams = 0;          // teams used (2 or more pairs)
    bool exact = false;        // p by permutation
};

inline constexpr size_t kExactSpearmanMaxN = 10;

WithinTeamRho withinTeamSpearman(const std::vector<TeamPairs>& teams);

} // namespace fb::analytics
