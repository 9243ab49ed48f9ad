# Reference values for tests/core/tst_mentoringeffect.cpp (docs/mentoring.md,
# "The effect"). Run as `/usr/bin/python3 tests/reference/mentoring_effect.py`
# (Debian 12: python3-statsmodels 0.13.5, numpy 1.24.2). The data are the
# test's kAgents table (pasted here as the same numbers); the controls are
# chosen here independently of Floorboard (fifths by average rank within the
# team, same fifth as the mentee, not a mentee) and the effect is the
# coefficient of "mentored" in
#   change ~ one intercept per pair + mentored + baseline
# fitted with statsmodels OLS, cov_type="cluster" by team, use_t=True.
import numpy as np
import statsmodels.api as sm
from scipy.stats import rankdata

# (agent, team, baseline points, after points, mentee of pair or "")
AGENTS = [
    ("A01", "T1", 87.6, 77.0, ""),
    ("A02", "T1", 20.8, 44.2, "P0001"),
    ("A03", "T1", 71.5, 71.4, ""),
    ("A04", "T1", 31.1, 42.6, ""),
    ("A05", "T1", 89.0, 79.5, ""),
    ("A06", "T1", 21.2, 28.3, ""),
    ("A07", "T1", 81.6, 65.2, ""),
    ("A08", "T1", 67.7, 66.7, ""),
    ("A09", "T1", 80.0, 76.3, ""),
    ("A10", "T1", 90.0, 89.2, ""),
    ("A11", "T1", 36.8, 49.4, "P0002"),
    ("A12", "T1", 43.7, 51.7, ""),
    ("A13", "T1", 69.6, 59.6, ""),
    ("A14", "T1", 39.6, 56.1, ""),
    ("A15", "T1", 38.4, 39.6, ""),
    ("A16", "T2", 36.0, 55.4, ""),
    ("A17", "T2", 80.0, 66.7, ""),
    ("A18", "T2", 81.2, 76.3, ""),
    ("A19", "T2", 75.8, 79.2, ""),
    ("A20", "T2", 35.6, 49.2, ""),
    ("A21", "T2", 84.7, 74.8, ""),
    ("A22", "T2", 55.8, 49.0, ""),
    ("A23", "T2", 36.2, 57.0, "P0004"),
    ("A24", "T2", 51.9, 57.8, ""),
    ("A25", "T2", 49.4, 43.5, ""),
    ("A26", "T2", 25.5, 53.4, "P0003"),
    ("A27", "T2", 59.5, 66.6, ""),
    ("A28", "T2", 45.2, 44.8, ""),
    ("A29", "T2", 59.9, 57.5, ""),
    ("A30", "T2", 85.1, 74.8, ""),
    ("A31", "T3", 65.2, 72.5, ""),
    ("A32", "T3", 48.4, 42.1, ""),
    ("A33", "T3", 80.5, 74.1, ""),
    ("A34", "T3", 89.7, 81.7, ""),
    ("A35", "T3", 54.3, 38.3, ""),
    ("A36", "T3", 86.2, 75.7, ""),
    ("A37", "T3", 21.3, 44.8, "P0005"),
    ("A38", "T3", 29.8, 40.5, ""),
    ("A39", "T3", 32.1, 45.6, ""),
    ("A40", "T3", 85.7, 66.9, ""),
    ("A41", "T3", 68.3, 52.9, ""),
    ("A42", "T3", 70.3, 66.6, ""),
    ("A43", "T3", 40.1, 46.4, "P0006"),
    ("A44", "T3", 54.6, 49.7, ""),
    ("A45", "T3", 82.1, 71.2, ""),
]

rows = []  # (pair index, mentored, baseline, change, team)
pairs = sorted({a[4] for a in AGENTS if a[4]})
for j, pair in enumerate(pairs):
    mentee = next(a for a in AGENTS if a[4] == pair)
    team = [a for a in AGENTS if a[1] == mentee[1]]
    ranks = rankdata([a[2] for a in team])  # average ranks, 1 = lowest
    fifth = {a[0]: min(4, max(0, int(np.floor(5 * (r - 0.5) / len(team))))) for a, r in zip(team, ranks)}
    rows.append((j, 1, mentee[2], mentee[3] - mentee[2], mentee[1]))
    for a in team:
        if a[4] == "" and fifth[a[0]] == fifth[mentee[0]]:
            rows.append((j, 0, a[2], a[3] - a[2], a[1]))

P = len(pairs)
x = np.zeros((len(rows), P + 2))
for i, (j, m, b, c, t) in enumerate(rows):
    x[i, j] = 1
    x[i, P] = m
    x[i, P + 1] = b
y = np.array([r[3] for r in rows])
g = np.array([int(r[4][1:]) for r in rows])
fit = sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": g}, use_t=True)
low, high = fit.conf_int()[P]
print("rows", len(rows), "controls", len(rows) - P)
print("mentee change mean", repr(np.mean([r[3] for r in rows if r[1] == 1])))
ctrl = [np.mean([r[3] for r in rows if r[0] == j and r[1] == 0]) for j in range(P)]
print("control change mean", repr(np.mean(ctrl)))
print("did", repr(fit.params[P]), "se", repr(fit.bse[P]), "p", repr(fit.pvalues[P]))
print("low", repr(low), "high", repr(high))
