// The assignment with capacities behind mentoring suggestions
// (docs/mentoring.md, "The optimisation"), checked against brute force:
// every way to give each mentee one allowed mentor or none, within the
// mentors' capacities, enumerated, and the best total compared with the
// solver's. The reference is the enumeration itself, independent of the
// min-cost flow; the cases come from a fixed seed, so they are the same on
// every run.
#include "analytics/Assignment.h"

#include <QTest>

#include <functional>
#include <random>

using namespace fb::analytics;

namespace {

struct Case final {
    int left = 0;
    std::vector<int> capacity;
    std::vector<AssignmentEdge> edges;
};

// The best total over every feasible choice (left l takes edge choice[l] or none).
qint64 bruteForce(const Case& c)
{
    std::vector<std::vector<size_t>> byLeft(size_t(c.left));
    for (size_t e = 0; e < c.edges.size(); ++e)
        byLeft[size_t(c.edges[e].left)].push_back(e);
    qint64 best = 0;
    std::vector<int> used(c.capacity.size(), 0);
    std::function<void(int, qint64)> go = [&](int l, qint64 total) {
        if (l == c.left) {
            best = std::max(best, total);
            return;
        }
        go(l + 1, total); // no mentor
        for (size_t e : byLeft[size_t(l)]) {
            const auto r = size_t(c.edges[e].right);
            if (used[r] >= c.capacity[r])
                continue;
            ++used[r];
            go(l + 1, total + c.edges[e].weight);
            --used[r];
        }
    };
    go(0, 0);
    return best;
}

Case randomCase(std::mt19937& rng)
{
    std::uniform_int_distribution<int> leftN(1, 6), rightN(1, 3), cap(0, 2), weight(-5, 30), coin(0, 2);
    Case c;
    c.left = leftN(rng);
    const int right = rightN(rng);
    for (int r = 0; r < right; ++r)
        c.capacity.push_back(cap(rng));
    for (int l = 0; l < c.left; ++l)
        for (int r = 0; r < right; ++r)
            if (coin(rng) != 0) // about a third of the pairs forbidden
                c.edges.push_back({l, r, weight(rng)});
    return c;
}

} // namespace

class TestAssignment : public QObject {
    Q_OBJECT

private slots:
    void matchesBruteForceOn300RandomCases();
    void prefersTheTotalOverTheGreedyChoice();
    void usesCapacityAndSkipsPairsWithoutBenefit();
    void equalOptimaAreBrokenTheSameWay();
};

void TestAssignment::matchesBruteForceOn300RandomCases()
{
    std::mt19937 rng(15);
    int withPairs = 0;
    int bestPositive = 0;
    for (int i = 0; i < 300; ++i) {
        const Case c = randomCase(rng);
        const auto chosen = maxWeightAssignment(c.left, c.capacity, c.edges);
        // Feasible: each left once, each right within capacity, only edges of positive weight.
        std::vector<int> leftUsed(size_t(c.left), 0), rightUsed(c.capacity.size(), 0);
        qint64 total = 0;
        for (size_t e : chosen) {
            QVERIFY(e < c.edges.size());
            QVERIFY(c.edges[e].weight > 0);
            QVERIFY(++leftUsed[size_t(c.edges[e].left)] <= 1);
            QVERIFY(++rightUsed[size_t(c.edges[e].right)] <= c.capacity[size_t(c.edges[e].right)]);
            total += c.edges[e].weight;
        }
        const qint64 best = bruteForce(c);
        QCOMPARE(total, best);
        QCOMPARE(maxWeightAssignment(c.left, c.capacity, c.edges), chosen); // deterministic
        withPairs += chosen.empty() ? 0 : 1;
        bestPositive += best > 0 ? 1 : 0;
    }
    // Pairs exactly where the enumeration finds a positive total, and the
    // cases are not trivial: most of them have one.
    QCOMPARE(withPairs, bestPositive);
    QVERIFY2(bestPositive >= 200, qPrintable(QString::number(bestPositive)));
}

void TestAssignment::prefersTheTotalOverTheGreedyChoice()
{
    // Greedy takes the best edge 0-0 (10) and leaves mentee 1 alone: 10.
    // The optimum gives mentor 0 to mentee 1 and mentor 1 to mentee 0: 9 + 8 = 17.
    const std::vector<AssignmentEdge> edges{{0, 0, 10}, {0, 1, 8}, {1, 0, 9}};
    QCOMPARE(maxWeightAssignment(2, {1, 1}, edges), (std::vector<size_t>{1, 2}));
}

void TestAssignment::usesCapacityAndSkipsPairsWithoutBenefit()
{
    // One mentor with two slots, three mentees: the two best take the slots.
    const std::vector<AssignmentEdge> edges{{0, 0, 5}, {1, 0, 7}, {2, 0, 6}};
    QCOMPARE(maxWeightAssignment(3, {2}, edges), (std::vector<size_t>{1, 2}));
    // A pair of zero or negative benefit is never made, even with room.
    QCOMPARE(maxWeightAssignment(2, {2}, {{0, 0, 0}, {1, 0, -3}}), std::vector<size_t>{});
    // Capacity 0: no pair.
    QCOMPARE(maxWeightAssignment(1, {0}, {{0, 0, 4}}), std::vector<size_t>{});
}

void TestAssignment::equalOptimaAreBrokenTheSameWay()
{
    // Two mentors equally good for the one mentee: the lower-numbered mentor
    // (suggestions number them by agent id) wins, whatever the edge order.
    QCOMPARE(maxWeightAssignment(1, {1, 1}, {{0, 0, 5}, {0, 1, 5}}), std::vector<size_t>{0});
    QCOMPARE(maxWeightAssignment(1, {1, 1}, {{0, 1, 5}, {0, 0, 5}}), std::vector<size_t>{1});
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
