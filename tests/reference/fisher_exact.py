#!/usr/bin/env python3
"""Reference values of Fisher's exact test (two-sided) for tests/core/tst_fairnessaudit.cpp.

Independent of Floorboard's code: exact rational arithmetic with fractions and
math.comb (no floating point until the end), and the two-sided rule of R's
fisher.test: sum the probabilities of the tables with P <= P(observed) * (1 + 1e-7).
Run: python3 tests/reference/fisher_exact.py (Python 3.8+, standard library only).

Published values it reproduces:
  - Fisher's tea-tasting table [[3, 1], [1, 3]]: p = 0.4857 (Agresti, Categorical
    Data Analysis, 2nd ed., section 3.5.2; R ?fisher.test "TeaTasting" gives
    0.4857 two-sided).
  - R ?fisher.test "Convictions" [[2, 10], [15, 3]] (Fisher 1935, twins):
    two-sided p-value = 0.0005367.
"""
from fractions import Fraction
from math import comb


def fisher_two_sided(a, b, c, d):
    row1, col1, n = a + b, a + c, a + b + c + d
    lo, hi = max(0, row1 - (n - col1)), min(row1, col1)
    denom = comb(n, row1)
    probs = {x: Fraction(comb(col1, x) * comb(n - col1, row1 - x), denom) for x in range(lo, hi + 1)}
    observed = probs[a]
    limit = observed * (1 + Fraction(1, 10**7))
    return sum(p for p in probs.values() if p <= limit)


def holm(ps):
    m = len(ps)
    order = sorted(range(m), key=lambda i: ps[i])
    out, running = [None] * m, 0.0
    for j, i in enumerate(order):
        running = max(running, min(1.0, (m - j) * ps[i]))
        out[i] = running
    return out


TABLES = [
    (3, 1, 1, 3),     # tea tasting
    (2, 10, 15, 3),   # Convictions
    (1, 9, 11, 3),    # Wikipedia's example (dieting by sex): 0.002759
    (0, 5, 5, 0),     # the extreme table
    (4, 8, 30, 6),    # demo-like: a shift of 12 agents, 4 pass, vs 36 with 30 pass
    (7, 5, 20, 16),   # no gap worth a test
]

if __name__ == "__main__":
    ps = []
    for t in TABLES:
        p = fisher_two_sided(*t)
        ps.append(float(p))
        print(f"{t}: p = {p} = {float(p):.17g}")
    print("holm of the last three:", [f"{x:.17g}" for x in holm(ps[3:])])

    # The audit scenario of tst_fairnessaudit: (agents, passed) per shift; night
    # (3 agents) is under 5, so it is not tested but stays in everyone's rest.
    groups = {"day": (20, 17), "early": (16, 13), "late": (12, 4), "night": (3, 2)}
    total_n = sum(n for n, _ in groups.values())
    total_k = sum(k for _, k in groups.values())
    names, gps = [], []
    for name, (n, k) in groups.items():
        if n < 5:
            continue
        rn, rk = total_n - n, total_k - k
        p = fisher_two_sided(k, n - k, rk, rn - rk)
        names.append(name)
        gps.append(float(p))
        print(f"{name}: table {(k, n - k, rk, rn - rk)} diff {k / n - rk / rn:.17g} p = {float(p):.17g}")
    for name, h in zip(names, holm(gps)):
        print(f"{name}: p_holm = {h:.17g}")
