#pragma once

// The assignment problem with capacities, solved exactly as a min-cost flow
// (docs/mentoring.md, "The optimisation"): each left node (a mentee) is used
// at most once, right node j (a mentor) at most capacity[j] times, and the
// chosen edges maximise the total weight. Weights are integers so that the
// optimum is exact and ties are broken the same way on every machine.
#include <QtGlobal>

#include <vector>

namespace fb::analytics {

struct AssignmentEdge final {
    int left = 0;
    int right = 0;
    qint64 weight = 0; // only edges with weight > 0 can be chosen: a pair that helps nobody is no pair
};

// The indices of the chosen edges, ascending. Deterministic: the same edges
// in the same order give the same choice (between equal optima, paths are
// settled in node order, so the lower-numbered right node tends to win). Successive shortest paths with
// Dijkstra on reduced costs (Johnson potentials), stopping at the first
// augmenting path that would not add weight, so the result is the maximum
// weight assignment over every number of pairs, not the largest one.
std::vector<size_t> maxWeightAssignment(int leftCount, const std::vector<int>& capacity,
                                        const std::vector<AssignmentEdge>& edges);

} // namespace fb::analytics
