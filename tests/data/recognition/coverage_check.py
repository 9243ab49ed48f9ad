# Independent recount of recognition coverage and unseen-at-target straight
# from a site's tables (docs/recognition-and-incentives.md), Python 3 and
# sqlite3 only, for tests/ui/tst_recognitionpage.cpp:
#   floorboard-cli --db site.db demo --agents 12 --teams 2 --weeks 8 --contacts-per-week 10
#   python3 coverage_check.py site.db 2026 33
import sqlite3, sys, datetime as dt
db = sqlite3.connect(sys.argv[1]); year, week = int(sys.argv[2]), int(sys.argv[3])
monday = dt.date.fromisocalendar(year, week, 1); sunday = monday + dt.timedelta(6)
start = monday - dt.timedelta(7 * 7)
day = lambda s: dt.date.fromisoformat(s[:10])
agents = [a for a in db.execute("select agent_id, name, team, hire_date, left_on from agents")
          if (not a[3] or day(a[3]) <= sunday) and (not a[4] or day(a[4]) >= monday)]
recs = list(db.execute("select to_agent, given_on, visibility from recognitions"))
inwin = {r[0] for r in recs if start <= day(r[1]) <= sunday}
inweek = [r[0] for r in recs if monday <= day(r[1]) <= sunday]
fcr, rework, attr = {}, {}, {}
for a, at, fc, rep in db.execute("select agent_id, started_at, resolved_first_contact, repeat_contact from interactions"):
    if not start <= day(at) <= sunday: continue
    if fc is not None:
        k, r = fcr.get(a, (0, 0)); fcr[a] = (k + 1, r + fc)
    n, rp = rework.get(a, (0, 0)); rework[a] = (n + 1, rp + (rep or 0))
for a, at, name, score in db.execute("select e.agent_id, e.evaluated_at, s.attribute, s.score from qa_evaluations e "
                                     "join qa_scores s using (evaluation_id) where s.score is not null"):
    if start <= day(at) <= sunday:
        s, n = attr.get((a, name), (0.0, 0)); attr[(a, name)] = (s + 25 * score, n + 1)
behaviours = [(b, m) for b, m in db.execute("select name, measure from recognition_behaviors order by position")]
for team in sorted({a[2] for a in agents}):
    members = [a for a in agents if a[2] == team]
    unseen = []
    for a in members:
        if a[0] in inwin: continue
        hits = []
        for name, m in behaviours:
            if m == "fcr" and fcr.get(a[0], (0, 0))[0] >= 20:
                k, r = fcr[a[0]]
                if r / k >= 0.8: hits.append((name, r / k, k))
            elif m == "rework" and rework.get(a[0], (0, 0))[0] >= 20:
                n, rp = rework[a[0]]
                if rp / n <= 0.05: hits.append((name, rp / n, n))
            elif (a[0], m) in attr:
                s, n = attr[(a[0], m)]
                if s / n >= 80: hits.append((name, s / n / 25, n))
        if hits: unseen.append((a[0], a[1], hits))
    rec = sum(1 for a in members if a[0] in inwin)
    print(team, len(members), rec, rec / len(members), sum(1 for t in inweek if t in {a[0] for a in members}), len(unseen))
    for u in unseen: print("   ", u)
