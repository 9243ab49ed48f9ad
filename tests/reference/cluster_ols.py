#!/usr/bin/python3
"""Reference values for tests/core/tst_clusterols.cpp: statsmodels' cluster-robust OLS.

Run with Debian 12's packages (apt-get install python3-statsmodels python3-pandas):
    /usr/bin/python3 tests/reference/cluster_ols.py
It prints, for each data set, every coefficient's estimate, standard error,
t, p and 95% interval with 17 significant digits; the test pastes them.
The data sets are the literal rows of the test (agent, regressors..., outcome).
"""
import mpmath
import numpy as np
import statsmodels
import statsmodels.api as sm

mpmath.mp.dps = 40


def t975(df):
    """The 0.975 quantile of Student's t to 40 digits: scipy's t.ppf (1.10.1) is
    off by about 6e-10 (df 7: 2.3646242510102993 where the quantile is
    2.3646242515927853...), which moves statsmodels' interval bounds by 6e-10
    standard errors. The test's bounds are estimate -+ this quantile x se."""
    return mpmath.findroot(
        lambda x: mpmath.betainc(df / 2.0, 0.5, 0, df / (df + x * x), regularized=True) / 2 - 0.025, 2.4)

# Pre/post: outcome 1/0 (like FCR) on a post indicator, six agents.
PREPOST = [(1, 0, 0), (1, 1, 1), (1, 0, 1), (1, 1, 1), (1, 0, 1), (1, 1, 0), (1, 0, 0), (1, 1, 1),
           (2, 0, 1), (2, 1, 1), (2, 0, 1), (2, 1, 0), (2, 0, 1), (2, 1, 0), (2, 0, 1), (2, 1, 1),
           (3, 0, 0), (3, 1, 1), (3, 0, 0), (3, 1, 0), (3, 0, 0), (3, 1, 1), (3, 0, 0),
           (4, 0, 1), (4, 1, 1), (4, 0, 1), (4, 1, 1), (4, 0, 0), (4, 1, 1), (4, 0, 0),
           (5, 0, 0), (5, 1, 1), (5, 0, 0), (5, 1, 0), (5, 0, 0),
           (6, 0, 1), (6, 1, 1), (6, 0, 0), (6, 1, 0), (6, 0, 0), (6, 1, 1), (6, 0, 1), (6, 1, 1)]

# Attribution: handle seconds on in-scope, after-fix and their product, eight agents.
DID = [(1, 0, 0, 393), (1, 0, 1, 422), (1, 1, 0, 393), (1, 1, 1, 378), (1, 0, 0, 414), (1, 0, 1, 419),
       (2, 0, 0, 372), (2, 0, 1, 305), (2, 1, 0, 398), (2, 1, 1, 285), (2, 0, 0, 369),
       (3, 0, 0, 443), (3, 0, 1, 436), (3, 1, 0, 495), (3, 1, 1, 505), (3, 0, 0, 454),
       (4, 0, 0, 433), (4, 0, 1, 485), (4, 1, 0, 446), (4, 1, 1, 507), (4, 0, 0, 517), (4, 0, 1, 507),
       (5, 0, 0, 349), (5, 0, 1, 261), (5, 1, 0, 253), (5, 1, 1, 324), (5, 0, 0, 344), (5, 0, 1, 346),
       (6, 0, 0, 402), (6, 0, 1, 362), (6, 1, 0, 324), (6, 1, 1, 378), (6, 0, 0, 419), (6, 0, 1, 339),
       (6, 1, 0, 352),
       (7, 0, 0, 413), (7, 0, 1, 395), (7, 1, 0, 369), (7, 1, 1, 341), (7, 0, 0, 353), (7, 0, 1, 384),
       (7, 1, 0, 345),
       (8, 0, 0, 433), (8, 0, 1, 365), (8, 1, 0, 394), (8, 1, 1, 424), (8, 0, 0, 426), (8, 0, 1, 452)]


def fit(rows, design):
    agents = np.array([r[0] for r in rows])
    y = np.array([float(r[-1]) for r in rows])
    x = np.array([design(r) for r in rows], dtype=float)
    res = sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": agents}, use_t=True)
    ci = res.conf_int(0.05)
    q = t975(len(set(agents)) - 1)
    for i in range(x.shape[1]):
        low = float(mpmath.mpf(res.params[i]) - q * mpmath.mpf(res.bse[i]))
        high = float(mpmath.mpf(res.params[i]) + q * mpmath.mpf(res.bse[i]))
        print(f"  term {i}: estimate {res.params[i]!r} se {res.bse[i]!r} t {res.tvalues[i]!r} "
              f"p {res.pvalues[i]!r} low {low!r} high {high!r} (statsmodels' own: {ci[i][0]!r} {ci[i][1]!r})")
    print(f"  n {int(res.nobs)} df {res.df_resid_inference if hasattr(res, 'df_resid_inference') else '?'}")


print("statsmodels", statsmodels.__version__, "numpy", np.__version__)
print("prepost: y ~ 1 + post")
fit(PREPOST, lambda r: (1.0, r[1]))
print("did: y ~ 1 + in + after + in*after")
fit(DID, lambda r: (1.0, r[1], r[2], r[1] * r[2]))

# Multiple testing (tests/core/tst_multipletesting.cpp): Holm and Benjamini-Hochberg.
from statsmodels.stats.multitest import multipletests
P = [0.01, 0.04, 0.03, 0.005, 0.2, 0.04, 0.5, 0.0001]
print("multipletests on", P)
print("  holm", [repr(v) for v in multipletests(P, method="holm")[1]])
print("  fdr_bh", [repr(v) for v in multipletests(P, method="fdr_bh")[1]])

# Attribution (tests/core/tst_attribution.cpp, syntheticCells): 1,000 billing
# interactions before and after a fix, 500 general ones (the untouched group)
# before and after; interaction i belongs to agent i % 7.
def synthetic():
    rows = []  # (agent, in, after, handle, repeat, dpti outcome)
    for i in range(1000):
        rows.append((i % 7, 1, 0, 600 if i % 2 else 400, 1 if i < 140 else 0, 1000 if i < 30 else 0))
        rows.append((i % 7, 1, 1, 550 if i % 3 else 350, 1 if i < 80 else 0, 1000 if i < 10 else 0))
    for i in range(500):
        rows.append((i % 7, 0, 0, 700 if i % 2 else 500, 1 if i < 50 else 0, 1000 if i < 10 else 0))
        rows.append((i % 7, 0, 1, 700 if i % 2 else 500, 1 if i < 50 else 0, 1000 if i < 10 else 0))
    return rows


for name, col in (("rework", 4), ("dpti", 5), ("aht", 3)):
    print(f"attribution synthetic {name}: y ~ 1 + in + after + in*after")
    fit([(r[0], r[1], r[2], r[col]) for r in synthetic()], lambda r: (1.0, r[1], r[2], r[1] * r[2]))

# Coaching effectiveness (tests/core/tst_coaching.cpp, docs/coaching.md worked
# example): each agent's change in points on coached (1/0) and its baseline in
# points, one intercept per note. Sara's notes N1 (aht) and N2 (empathy) are
# both of team North: one cluster, so only the coefficients (plain OLS).
SARA = [  # note, coached, baseline, change
    (1, 1, 40.0, 20.0), (1, 0, 30.0, 5.0), (1, 0, 10.0, 10.0),
    (2, 1, 50.0, 25.0), (2, 0, 50.0, 12.5), (2, 0, 75.0, 25.0)]
x = np.array([[1.0 if r[0] == 1 else 0.0, 1.0 if r[0] == 2 else 0.0, r[1], r[2]] for r in SARA])
y = np.array([r[3] for r in SARA])
print("coaching Sara: change ~ note1 + note2 + coached + baseline: params",
      [repr(v) for v in sm.OLS(y, x).fit().params])

# Regression to the mean (tst_coaching.cpp, noEffectCoachOfLowBaselineAgents):
# three teams of five agents; in each, coach Pat coaches the agent with the
# worst handle-time baseline (the last), with no effect: every agent's after
# value is its team mean + half its distance from it + a small fixed noise.
# Handle seconds -> points = (720 - seconds) / 3 (default scorecard floor 720 s, target 420 s).
RTM = {"T1": ([600, 540, 630, 570, 690], [609, 564, 621, 585, 654]),
       "T2": ([480, 450, 510, 420, 570], [477, 477, 498, 456, 525]),
       "T3": ([660, 600, 630, 690, 705], [662, 622, 652, 670, 681])}
rows, teams = [], []
for j, (team, (before, after)) in enumerate(RTM.items()):
    for a, (b, f) in enumerate(zip(before, after)):
        pb, pf = (720 - b) / 3, (720 - f) / 3
        coached = 1.0 if a == 4 else 0.0
        rows.append(([1.0 if k == j else 0.0 for k in range(3)] + [coached, pb], pf - pb))
        teams.append(j)
x = np.array([r[0] for r in rows])
y = np.array([r[1] for r in rows])
raw = [np.mean([r[1] for r, t in zip(rows, teams) if t == j and r[0][3] == 1.0])
       - np.mean([r[1] for r, t in zip(rows, teams) if t == j and r[0][3] == 0.0]) for j in range(3)]
print("coaching RTM: raw DiD per note", [repr(v) for v in raw], "mean", repr(float(np.mean(raw))))
res = sm.OLS(y, x).fit(cov_type="cluster", cov_kwds={"groups": np.array(teams)}, use_t=True)
q = t975(2)
low = float(mpmath.mpf(res.params[3]) - q * mpmath.mpf(res.bse[3]))
high = float(mpmath.mpf(res.params[3]) + q * mpmath.mpf(res.bse[3]))
print(f"coaching RTM: coached {res.params[3]!r} se {res.bse[3]!r} low {low!r} high {high!r}")
