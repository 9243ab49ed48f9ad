#include "analytics/Assignment.h"

#include <queue>

#include <algorithm>
#include <functional>
#include <limits>
#include <utility>

namespace fb::analytics {
namespace {

constexpr qint64 kInf = std::numeric_limits<qint64>::max() / 4;
constexpr size_t kNoEdge = std::numeric_limits<size_t>::max();

// A residual network in one flat array: arc i and arc i ^ 1 are each other's
// reverse, the usual layout that needs no pointers.
struct Network final {
    struct Arc final {
        int to = 0;
        int cap = 0;
        qint64 cost = 0;
        size_t edge = kNoEdge; // the AssignmentEdge behind a mentee -> mentor arc
    };
    std::vector<Arc> arcs;
    std::vector<std::vector<size_t>> out;

    explicit Network(int nodes) : out(size_t(nodes)) {}
    void add(int from, int to, int cap, qint64 cost, size_t edge = kNoEdge)
    {
        out[size_t(from)].push_back(arcs.size());
        arcs.push_back({to, cap, cost, edge});
        out[size_t(to)].push_back(arcs.size());
        arcs.push_back({from, 0, -cost, kNoEdge});
    }
};

} // namespace

std::vector<size_t> maxWeightAssignment(int leftCount, const std::vector<int>& capacity,
                                        const std::vector<AssignmentEdge>& edges)
{
    // Nodes: source, the left nodes, the right nodes, sink. Costs are minus
    // the weights, so the min-cost flow is the max-weight assignment.
    const int rightCount = int(capacity.size());
    const int source = 0;
    const int sink = 1 + leftCount + rightCount;
    const int nodes = sink + 1;
    Network net(nodes);
    for (int l = 0; l < leftCount; ++l)
        net.add(source, 1 + l, 1, 0);
    for (size_t e = 0; e < edges.size(); ++e)
        if (edges[e].weight > 0)
            net.add(1 + edges[e].left, 1 + leftCount + edges[e].right, 1, -edges[e].weight, e);
    for (int r = 0; r < rightCount; ++r)
        if (capacity[size_t(r)] > 0)
            net.add(1 + leftCount + r, sink, capacity[size_t(r)], 0);

    // Initial potentials: the network is a DAG (source -> left -> right ->
    // sink), so shortest distances follow in one pass in that order and make
    // every reduced cost non-negative for Dijkstra.
    std::vector<qint64> potential(static_cast<size_t>(nodes), 0);
    for (const auto& a : net.arcs)
        if (a.cap > 0 && a.cost < 0)
            potential[size_t(a.to)] = std::min(potential[size_t(a.to)], a.cost);
    for (int r = 0; r < rightCount; ++r) {
        const int right = 1 + leftCount + r;
        potential[size_t(sink)] = std::min(potential[size_t(sink)], potential[size_t(right)]);
    }

    using Item = std::pair<qint64, int>;
    std::vector<qint64> dist(static_cast<size_t>(nodes));
    std::vector<size_t> via(static_cast<size_t>(nodes));
    for (;;) {
        std::fill(dist.begin(), dist.end(), kInf);
        std::fill(via.begin(), via.end(), kNoEdge);
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        dist[size_t(source)] = 0;
        queue.push({0, source});
        while (!queue.empty()) {
            const auto [d, v] = queue.top();
            queue.pop();
            if (d > dist[size_t(v)])
                continue;
            if (v == sink)
                break; // the rest cannot shorten the path; potentials below stay valid
            for (size_t i : net.out[size_t(v)]) {
                const auto& a = net.arcs[i];
                if (a.cap <= 0)
                    continue;
                const qint64 nd = d + a.cost + potential[size_t(v)] - potential[size_t(a.to)];
                // Strictly shorter only: the first path found wins, so equal
                // optima are broken by input order, the same on every run.
                if (nd < dist[size_t(a.to)]) {
                    dist[size_t(a.to)] = nd;
                    via[size_t(a.to)] = i;
                    queue.push({nd, a.to});
                }
            }
        }
        if (dist[size_t(sink)] >= kInf)
            break;
        // The path's true cost; path costs never decrease along successive
        // shortest paths, so once one would not lower the cost, none will.
        if (dist[size_t(sink)] + potential[size_t(sink)] - potential[size_t(source)] >= 0)
            break;
        // min(d, d(sink)) keeps every reduced cost non-negative although the
        // search stopped at the sink: nodes not settled by then are at least
        // that far, and the path's own arcs get reduced cost 0.
        const qint64 reach = dist[size_t(sink)];
        for (int v = 0; v < nodes; ++v)
            potential[size_t(v)] += std::min(dist[size_t(v)], reach);
        for (int v = sink; v != source;) {
            const size_t i = via[size_t(v)];
            net.arcs[i].cap -= 1;
            net.arcs[i ^ 1].cap += 1;
            v = net.arcs[i ^ 1].to;
        }
    }

    std::vector<size_t> chosen;
    for (const auto& a : net.arcs)
        if (a.edge != kNoEdge && a.cap == 0)
            chosen.push_back(a.edge);
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace fb::analytics
