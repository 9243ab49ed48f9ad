#!/usr/bin/python3
"""Reference values for tests/core/tst_withinteamspearman.cpp.

Run with Debian 12's packages: /usr/bin/python3 tests/reference/within_team_spearman.py
Each team's x and y are centred on the team's own means; rho is scipy's
spearmanr of the pooled centred values; the exact p enumerates every
permutation of y within each team (itertools, brute force); the t p uses
scipy.stats.t with df = n - teams - 1.
"""
import itertools
import math

import numpy as np
import scipy
from scipy import stats


def centred(teams):
    x, y, team_of = [], [], []
    for t, (tx, ty) in enumerate(teams):
        mx, my = sum(tx) / len(tx), sum(ty) / len(ty)
        x += [v - mx for v in tx]
        y += [v - my for v in ty]
        team_of += [t] * len(tx)
    return np.array(x), np.array(y), team_of


def report(name, teams, exact):
    x, y, team_of = centred(teams)
    rho = stats.spearmanr(x, y).correlation
    n, k = len(x), len(teams)
    print(f"{name}: n {n} teams {k} rho {rho!r}")
    if exact:
        rx, ry = stats.rankdata(x), stats.rankdata(y)
        slots = [[i for i in range(n) if team_of[i] == t] for t in range(k)]
        extreme = total = 0
        for perms in itertools.product(*[itertools.permutations(s) for s in slots]):
            ryp = np.empty(n)
            for s, p in zip(slots, perms):
                for a, b in zip(s, p):
                    ryp[a] = ry[b]
            r = np.corrcoef(rx, ryp)[0, 1]
            total += 1
            extreme += abs(r) >= abs(rho) * (1 - 1e-12)
        print(f"  exact p {extreme}/{total} = {extreme / total!r}")
    else:
        df = n - k - 1
        t = rho * math.sqrt(df / (1 - rho * rho))
        print(f"  t {t!r} df {df} p {2 * stats.t.sf(abs(t), df)!r}")


print("scipy", scipy.__version__, "numpy", np.__version__)
SMALL = [([3.2, 3.8, 4.1, 3.5, 4.4], [0.70, 0.74, 0.71, 0.69, 0.78]),
         ([2.9, 3.1, 2.7, 3.3], [0.66, 0.65, 0.61, 0.68])]
report("small (exact)", SMALL, True)
LARGE = [([3.2, 3.8, 4.1, 3.5, 4.4], [0.70, 0.74, 0.71, 0.69, 0.78]),
         ([2.9, 3.1, 2.7, 3.3, 3.0], [0.66, 0.65, 0.61, 0.68, 0.60]),
         ([4.0, 4.2, 3.9, 4.5], [0.80, 0.79, 0.83, 0.84])]
report("large (t)", LARGE, False)
PERFECT = [([1.0, 2.0, 3.0, 4.0], [0.5, 0.6, 0.7, 0.9])]
report("perfect, n = 4 (exact)", PERFECT, True)
print("perfect, n = 12, one team, no ties: p = 2 / 12! =", repr(2 / math.factorial(12)))
