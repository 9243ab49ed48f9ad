// The demo site's mentoring program (docs/demo-site.md, "A mentoring
// program"): in every team the agents with the lowest, third- and
// fifth-lowest empathy in the 4 weeks before the program's week are mentored
// in empathy, and the same ranks in clarity (of the others) in clarity, each
// by the team's strongest agent in it who is no mentee (2 mentees at most).
// Mentoring in empathy works: the mentees' empathy draws rise by
// kEmpathyLift QA points from the week after the start. Mentoring in clarity
// does nothing. Both kinds of mentee were chosen for a low baseline, so both
// improve by regression to the mean; the effect estimate must find the first
// and not the second (tests/core/tst_mentoringdemo.cpp). The unmentored second
// and fourth are their controls. No random draws: the choice follows the QA
// already drawn.
#include "demo/DemoGen.h"
#include "demo/DemoText.h"
#include "domain/Mentoring.h"

#include <algorithm>

namespace fb::demo {
namespace {

constexpr float kEmpathyLift = 0.8F; // QA points on the 0-4 scale
constexpr int kBeforeWeeks = 4;      // the effect's before window
constexpr int kPlannedWeeks = 6;     // start to planned end
constexpr int kAfterWeeks = 4;       // the effect's after window
constexpr int kMentored[] = {Empathy, Clarity};
constexpr int kFirstSessionMinutes = 45; // getting to know each other, listening to calls together
constexpr int kSessionMinutes = 30;      // the weekly session after that

// What a pair practised and agreed, by behaviour; week 0 is the first session.
const char* practised(int attribute, int week)
{
    if (attribute == Empathy)
        return week == 0 ? "listened to three of the mentee's calls together; named the moments to acknowledge"
                         : "role-played acknowledging the customer before solving";
    return week == 0 ? "read three of the mentee's chat replies together; marked what was unclear"
                     : "rewrote two replies in plain steps";
}

const char* nextStep(int attribute)
{
    return attribute == Empathy ? "acknowledge before solving on every call this week"
                                : "one step per sentence in every reply this week";
}

} // namespace

int Generator::mentoringStartWeek() const
{
    // The last start that leaves the after window inside the site.
    const int start = s.weeks - 1 - kPlannedWeeks - kAfterWeeks;
    return start >= kBeforeWeeks ? start : -1;
}

void Generator::chooseMentees()
{
    const int start = mentoringStartWeek();
    m_mentoringLift.assign(s.agents.size(), {});
    std::vector<bool> taken(s.agents.size(), false);
    std::vector<int> mentees(s.agents.size(), 0); // pairs per mentor
    for (const Team& team : s.teams) {
        std::vector<int> present;
        for (int a : team.agents) {
            const Agent& ag = s.agents[static_cast<size_t>(a)];
            if (ag.firstDay <= 7 * (start - kBeforeWeeks) && ag.endDay >= 7 * s.weeks)
                present.push_back(a);
        }
        const size_t first = m_pairs.size();
        for (int k : kMentored) {
            // (baseline mean, agent) of the agents not yet chosen, over the QA of the weeks before.
            std::vector<std::pair<double, int>> base;
            for (int a : present) {
                double sum = 0, n = 0;
                for (int w = start - kBeforeWeeks; w < start; ++w) {
                    const QaStats& q = m_qa[static_cast<size_t>(a) * s.weeks + w];
                    sum += q.sum[k];
                    n += q.n[k];
                }
                if (n > 0 && !taken[static_cast<size_t>(a)])
                    base.emplace_back(sum / n, a);
            }
            std::sort(base.begin(), base.end());
            for (size_t i : {size_t(0), size_t(2), size_t(4)}) {
                if (i >= base.size())
                    continue;
                const int mentee = base[i].second;
                taken[static_cast<size_t>(mentee)] = true;
                m_pairs.push_back({mentee, -1, k});
            }
        }
        // Mentors: the strongest in the behaviour (latent level) who is no
        // mentee and has room, at most the default capacity of 2 each.
        for (size_t i = first; i < m_pairs.size(); ++i) {
            DemoPair& p = m_pairs[i];
            for (int a : present) {
                const auto& level = s.agents[static_cast<size_t>(a)].level;
                if (taken[static_cast<size_t>(a)] || mentees[static_cast<size_t>(a)] >= kMentoringDefaultCapacity)
                    continue;
                if (p.mentor < 0 || level[p.attribute] > s.agents[static_cast<size_t>(p.mentor)].level[p.attribute])
                    p.mentor = a;
            }
            if (p.mentor < 0)
                continue;
            ++mentees[static_cast<size_t>(p.mentor)];
            if (p.attribute == Empathy)
                m_mentoringLift[static_cast<size_t>(p.mentee)][Empathy] = kEmpathyLift;
        }
    }
    // A team too small to have a free mentor leaves its mentees unpaired.
    m_pairs.erase(std::remove_if(m_pairs.begin(), m_pairs.end(), [](const DemoPair& p) { return p.mentor < 0; }),
                  m_pairs.end());
}

Status Generator::mentoring()
{
    const KindSpec& spec = kindSpec(Kind::MentoringPairs);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    const int start = 7 * mentoringStartWeek(); // the Monday of the start week
    const int plannedEnd = start + 7 * kPlannedWeeks;
    qint64 id = 0;
    for (const DemoPair& p : m_pairs) {
        formatId(m_row[0], 'P', ++id, 4);
        setText(m_row[1], s.agents[static_cast<size_t>(p.mentee)].id);
        setText(m_row[2], s.agents[static_cast<size_t>(p.mentor)].id);
        setText(m_row[3], std::string_view(text::kAttributeNames[p.attribute]));
        setText(m_row[4], day(start));
        setText(m_row[5], day(plannedEnd));
        setText(m_row[6], day(plannedEnd));
        setText(m_row[7], p.attribute == Empathy ? "met" : "not_met");
        if (Status st = m_sink.row(m_row); !st)
            return st;
    }
    m_summary.mentoringPairs = id;
    if (Status st = m_sink.end(); !st)
        return st;
    return mentoringSessions();
}

// One session a week for each pair from its start to its planned end, on the
// Wednesday: the minutes count as coaching time (docs/mentoring.md).
Status Generator::mentoringSessions()
{
    const KindSpec& spec = kindSpec(Kind::MentoringSessions);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    const int start = 7 * mentoringStartWeek();
    qint64 pairId = 0;
    qint64 id = 0;
    for (const DemoPair& p : m_pairs) {
        ++pairId;
        for (int week = 0; week < kPlannedWeeks; ++week) {
            formatId(m_row[0], 'S', ++id, 5);
            formatId(m_row[1], 'P', pairId, 4);
            setText(m_row[2], day(start + 7 * week + 2));
            setNumber(m_row[3], week == 0 ? kFirstSessionMinutes : kSessionMinutes);
            setText(m_row[4], std::string_view(practised(p.attribute, week)));
            setText(m_row[5], std::string_view(nextStep(p.attribute)));
            if (Status st = m_sink.row(m_row); !st)
                return st;
        }
    }
    m_summary.mentoringSessions = id;
    return m_sink.end();
}

} // namespace fb::demo
