# Expected figures of tests/ui/tst_records.cpp, computed without Floorboard code:
# sqlite3 reads on the demo site made by
#   floorboard-cli --db demo.db demo --agents 33 --teams 11 --contacts-per-week 20
# (the test builds the same site with demo::generateDemo), QA totals recomputed from
# rubric_attributes, and the sample drawn with a Python SplitMix64 and a plain
# Fisher-Yates shuffle of the scoped interaction ids. Run: python3 records_expectations.py demo.db
import sqlite3, sys, datetime
db = sqlite3.connect(sys.argv[1])
M = (1 << 64) - 1
class SplitMix64:
    def __init__(s, seed): s.state = seed & M
    def next(s):
        s.state = (s.state + 0x9E3779B97F4A7C15) & M
        z = s.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
        return z ^ (z >> 31)
    def below(s, bound):
        threshold = ((1 << 64) - bound) % bound
        while True:
            x = s.next()
            if x >= threshold: return x % bound
def sample(team, monday, n, seed):
    sunday1 = (datetime.date.fromisoformat(monday) + datetime.timedelta(days=7)).isoformat()
    ids = [r[0] for r in db.execute("SELECT interaction_id FROM interactions WHERE agent_id IN (SELECT agent_id FROM agents WHERE team=?) AND started_at >= ? AND started_at < ? ORDER BY interaction_id", (team, monday, sunday1))]
    a = list(range(len(ids)))
    rng = SplitMix64(seed)
    out = []
    for i in range(n):
        j = i + rng.below(len(ids) - i)
        a[i], a[j] = a[j], a[i]
        out.append(ids[a[i]])
    return out, len(ids)
rubric = {}
for v, name, w, scale, crit in db.execute("SELECT version, name, weight, scale, critical FROM rubric_attributes"):
    rubric.setdefault(v, {})[name] = (w, 1.0 if scale == 'yes/no' else 4.0, crit)
def total(eid, version):
    weighted = weights = 0.0; critzero = False
    for attr, score in db.execute("SELECT attribute, score FROM qa_scores WHERE evaluation_id=?", (eid,)):
        if score is None or attr not in rubric[version]: continue
        w, mx, crit = rubric[version][attr]
        if crit and score == 0: critzero = True
        weighted += w * score / mx; weights += w
    if weights <= 0: return None
    return 0.0 if critzero else 100.0 * weighted / weights
def evals(team=None, frm=None, to=None, evaluator=None):
    q = "SELECT e.evaluation_id, e.rubric_version, e.evaluated_at FROM qa_evaluations e JOIN agents a ON a.agent_id=e.agent_id WHERE 1=1"
    p = []
    if team: q += " AND a.team=?"; p.append(team)
    if evaluator: q += " AND e.evaluator=?"; p.append(evaluator)
    if frm: q += " AND e.evaluated_at >= ?"; p.append(frm)
    if to: q += " AND e.evaluated_at < ?"; p.append(to)
    q += " ORDER BY e.evaluated_at DESC, e.evaluation_id DESC"
    return [(r[0], total(r[0], r[1])) for r in db.execute(q, p)]
e1 = evals(team='Team 5', frm='2026-09-28', to='2026-10-26')
print('default Team 5 4 weeks:', len(e1))
eall = evals(frm='2026-09-28', to='2026-10-26')
print('all teams 4 weeks:', len(eall))
print('all teams 4 weeks fail:', sum(1 for _, t in eall if not (t is not None and t >= 80)))
print('Team 5 4w pass:', sum(1 for _, t in e1 if (t is not None and t >= 80)))
print('Team 5 first rows:', e1[:3])
print('evaluators:', [r[0] for r in db.execute("SELECT DISTINCT evaluator FROM qa_evaluations ORDER BY evaluator COLLATE NOCASE")])
for who in [r[0] for r in db.execute("SELECT DISTINCT evaluator FROM qa_evaluations ORDER BY evaluator COLLATE NOCASE")][:3]:
    print(' team5 4w by', who, len(evals(team='Team 5', frm='2026-09-28', to='2026-10-26', evaluator=who)))
print('cited:', [r[0] for r in db.execute("SELECT evaluation_id FROM recognitions WHERE evaluation_id IN (%s)" % ",".join("'%s'" % x for x, _ in e1))])
# notes
def notes(team=None, frm=None, to=None, open_=None):
    q = "SELECT n.note_id, n.coached_on, n.followed_up_on, n.outcome FROM coaching_notes n JOIN agents a ON a.agent_id=n.agent_id WHERE 1=1"
    p = []
    if team: q += " AND a.team=?"; p.append(team)
    if frm: q += " AND n.coached_on >= ?"; p.append(frm)
    if to: q += " AND n.coached_on <= ?"; p.append(to)
    if open_ is not None: q += " AND (n.followed_up_on IS NULL AND n.outcome IS NULL) = ?"; p.append(1 if open_ else 0)
    q += " ORDER BY n.coached_on DESC, n.note_id DESC"
    return [r for r in db.execute(q, p)]
n1 = notes(team='Team 5', frm='2026-09-28', to='2026-10-25')
print('notes Team 5 4w:', len(n1), n1[:3])
print('notes all 4w:', len(notes(frm='2026-09-28', to='2026-10-25')), 'open:', len(notes(frm='2026-09-28', to='2026-10-25', open_=True)))
print('notes Team 5 all time:', len(notes(team='Team 5')), 'open', len(notes(team='Team 5', open_=True)))
print('sample seed 42 W43 Team 5 n5:', sample('Team 5', '2026-10-19', 5, 42))
