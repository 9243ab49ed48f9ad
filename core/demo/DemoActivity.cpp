// QA evaluations, pulse responses and coaching notes of the demo site.
#include "demo/DemoGen.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"

#include <algorithm>
#include <cmath>

namespace fb::demo {
namespace {

constexpr double kQaNoiseSd = 0.65;
constexpr double kCriticalFail = 0.012;
// The planted unfairness of the incentive plan (docs/demo-site.md, "7. A
// shift with a harder queue"): the late shift takes the evening queue's
// complex contacts, with more to get right, more policy steps and more to
// document, so its evaluations score lower on those three attributes (about
// 15 points of QA total) than the same agents would on a day queue, and
// fewer of them pass the plan's quality gate. Empathy and clarity draws are
// left alone (the mentoring program chooses its mentees on those two) and no
// random draw is added.
constexpr double kLateQueueDifficulty[kAttributes] = {1.0, 0.0, 0.0, 1.0, 1.0};
constexpr int kLateShift = 2;
// Pulse dimensions: role_clarity, tool_reliability, coaching_usefulness, schedule_fit, fairness.
constexpr double kPulseBase = 3.35;
constexpr double kPulseDimOffset[5] = {0.3, -0.2, 0.0, -0.1, 0.0};
constexpr double kPulseNoiseSd = 0.75;
constexpr int kMinPulseResponses = 5;

double round1(double v, double scale)
{
    return std::round(v * scale) / scale;
}

// Related scorecard metrics a coached attribute may target.
std::string_view relatedMetric(int attribute, Rng& rng)
{
    switch (attribute) {
    case Accuracy:
        return rng.bernoulli(0.5) ? "fcr" : "dpti";
    case Clarity:
        return rng.bernoulli(0.5) ? "aht" : "rework";
    case Empathy:
        return "csat";
    case PolicyAdherence:
        return rng.bernoulli(0.5) ? "escalation" : "qa";
    default:
        return "rework";
    }
}

bool lowerIsBetter(std::string_view m)
{
    return m == "aht" || m == "rework" || m == "escalation" || m == "dpti";
}

} // namespace

Status Generator::evaluations()
{
    // Mentees are chosen on the QA they got before the program: a first pass
    // draws those weeks alone (each agent's stream starts over, so the draws
    // are the same as in the written pass) and is then forgotten.
    if (const int start = mentoringStartWeek(); start >= 0) {
        if (Status st = qaPass(start, false); !st)
            return st;
        chooseMentees();
        std::fill(m_qa.begin(), m_qa.end(), QaStats{});
    }
    const KindSpec spec = withRubric(kindSpec(Kind::QaEvaluations), defaultRubric());
    if (Status st = m_sink.begin(spec); !st)
        return st;
    if (Status st = qaPass(s.weeks, true); !st)
        return st;
    return m_sink.end();
}

Status Generator::qaPass(int untilWeek, bool write)
{
    const KindSpec spec = withRubric(kindSpec(Kind::QaEvaluations), defaultRubric());
    m_row.assign(spec.columns.size(), Value{});
    const auto& rubric = defaultRubric();
    constexpr int firstScore = 5;
    const int start = mentoringStartWeek();
    Rng rng(0);
    int agent = -1;
    qint64 id = 0;
    for (const QaPick& p : m_picks) {
        if (p.week >= untilWeek)
            continue;
        const Agent& ag = s.agents[p.agent];
        if (p.agent != agent) {
            agent = p.agent;
            rng = Rng::stream(s.options.seed, QaStream, static_cast<quint64>(agent));
        }
        formatId(m_row[0], 'E', ++id, 7);
        setText(m_row[1], ag.id);
        setText(m_row[2], rng.bernoulli(0.5) ? s.teams[ag.team].supervisor : rng.pick(s.qaAnalysts));
        int evalDay = p.day + rng.range(1, 3);
        if (evalDay % 7 >= 5)
            evalDay += 7 - evalDay % 7; // Monday
        evalDay = std::min(evalDay, s.days - 1);
        const int evalTime = evalDay == p.day ? std::min(p.seconds + 3600, 86399) : rng.range(9 * 3600, 17 * 3600);
        formatDateTime(m_row[3], day(evalDay), evalTime);
        formatId(m_row[4], 'C', p.serial, 8);

        const auto& lift = s.lift(p.agent, p.week);
        int scores[kAttributes];
        double weighted = 0, weights = 0;
        for (int k = 0; k < kAttributes; ++k) {
            const bool na = (k == Documentation && p.channel == Chat && rng.bernoulli(0.4)) ||
                            (k == Empathy && p.channel == Email && rng.bernoulli(0.25)) || rng.bernoulli(0.02);
            // A mentee's attribute takes the program's planted lift from the week after the start.
            const double mentored = !m_mentoringLift.empty() && p.week > start
                                        ? double(m_mentoringLift[static_cast<size_t>(p.agent)][k])
                                        : 0.0;
            const double queue = ag.shift == kLateShift ? -kLateQueueDifficulty[k] : 0.0;
            const double draw = rng.normal(ag.level[k] + lift[k] + mentored + queue, kQaNoiseSd);
            scores[k] = na ? -1 : std::clamp(static_cast<int>(std::lround(draw)), 0, 4);
        }
        const bool criticalFail =
            rng.bernoulli(kCriticalFail * std::exp(-0.4 * ag.skill) * (1 - 0.5 * lift[PolicyAdherence]));
        if (criticalFail)
            scores[PolicyAdherence] = 0;
        QaStats& qs = m_qa[static_cast<size_t>(p.agent) * s.weeks + p.week];
        int weakest = -1, strongest = -1;
        for (int k = 0; k < kAttributes; ++k) {
            if (scores[k] < 0) {
                setNull(m_row[firstScore + k]);
                continue;
            }
            setInt(m_row[firstScore + k], scores[k]);
            qs.sum[k] += static_cast<float>(scores[k]);
            ++qs.n[k];
            weighted += rubric[k].weight * scores[k] / 4.0;
            weights += rubric[k].weight;
            if (weakest < 0 || scores[k] < scores[weakest])
                weakest = k;
            if (strongest < 0 || scores[k] > scores[strongest])
                strongest = k;
        }
        qs.pctSum += static_cast<float>(criticalFail || weights == 0 ? 0.0 : 100.0 * weighted / weights);
        ++qs.pctN;
        Value& comment = m_row[firstScore + kAttributes];
        if (criticalFail)
            setText(comment, "Critical: " + std::string(text::kQaComments[PolicyAdherence][1]));
        else if (rng.bernoulli(0.35) && weakest >= 0 && scores[weakest] <= 2)
            setText(comment, text::kQaComments[weakest][1]);
        else if (rng.bernoulli(0.2) && strongest >= 0 && scores[strongest] == 4)
            setText(comment, text::kQaComments[strongest][0]);
        else
            setNull(comment);
        if (!write)
            continue;
        if (Status st = m_sink.row(m_row); !st)
            return st;
    }
    if (write)
        m_summary.evaluations = id;
    return {};
}

Status Generator::pulses()
{
    using namespace effects;
    const KindSpec& spec = kindSpec(Kind::Pulses);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    std::vector<double> bias(s.agents.size());
    for (size_t a = 0; a < s.agents.size(); ++a)
        bias[a] = Rng::stream(s.options.seed, PulseStream, a, 1).normal(0, 0.4);
    qint64 id = 0;
    std::vector<std::pair<int, bool>> responders;
    for (int w = 0; w < s.weeks; ++w) {
        Rng rng = Rng::stream(s.options.seed, PulseStream, static_cast<quint64>(w), 0);
        for (size_t t = 0; t < s.teams.size(); ++t) {
            const Team& team = s.teams[t];
            const double climate = s.teamClimate(static_cast<int>(t), w);
            const bool fixTeam = team.queue == s.fixQueue();
            // 65-80% respond, and at least kMinPulseResponses where the team is that big.
            responders.clear();
            int yes = 0;
            for (int a : team.agents) {
                const Agent& ag = s.agents[a];
                if (ag.firstDay > 7 * w + 4 || ag.endDay <= 7 * w)
                    continue;
                const bool responds = rng.bernoulli(0.72 + 0.05 * climate);
                responders.emplace_back(a, responds);
                yes += responds;
            }
            for (auto& [a, responds] : responders)
                if (!responds && yes < kMinPulseResponses)
                    responds = true, ++yes;
            for (const auto& [a, responds] : responders) {
                if (!responds)
                    continue;
                formatId(m_row[0], 'P', ++id, 6);
                setText(m_row[1], s.weekText[w]);
                setText(m_row[2], team.name);
                if (rng.bernoulli(0.3))
                    setNull(m_row[3]);
                else
                    setText(m_row[3], s.agents[a].id);
                for (int d = 0; d < 5; ++d) {
                    double mean = kPulseBase + climate + kPulseDimOffset[d] + bias[a];
                    if (d == 1 && fixTeam && w >= s.fixWeek)
                        mean += kToolPulseAfterFix;
                    const int v = static_cast<int>(std::lround(rng.normal(mean, kPulseNoiseSd)));
                    setInt(m_row[4 + d], std::clamp(v, 1, 5));
                }
                if (rng.bernoulli(0.15))
                    setText(m_row[9], fixTeam && w < s.fixWeek && rng.bernoulli(0.5) ? text::kPulseComments[0]
                                                                                     : rng.pick(text::kPulseComments));
                else
                    setNull(m_row[9]);
                if (Status st = m_sink.row(m_row); !st)
                    return st;
            }
        }
    }
    m_summary.pulses = id;
    return m_sink.end();
}

std::optional<double> Generator::metric(std::string_view id, int attribute, int agent, int w0, int w1) const
{
    w0 = std::max(w0, 0);
    w1 = std::min(w1, s.weeks - 1);
    WeekStats t;
    double qaSum = 0, qaN = 0, pctSum = 0, pctN = 0;
    for (int w = w0; w <= w1; ++w) {
        const WeekStats& x = m_stats[static_cast<size_t>(agent) * s.weeks + w];
        t.n += x.n;
        t.fcrKnown += x.fcrKnown;
        t.fcrYes += x.fcrYes;
        t.repeats += x.repeats;
        t.escalations += x.escalations;
        t.defects += x.defects;
        t.csatN += x.csatN;
        t.csatTop2 += x.csatTop2;
        t.handle += x.handle;
        const QaStats& q = m_qa[static_cast<size_t>(agent) * s.weeks + w];
        qaSum += q.sum[attribute];
        qaN += q.n[attribute];
        pctSum += q.pctSum;
        pctN += q.pctN;
    }
    auto ratio = [](double num, double den, double scale, double digits) -> std::optional<double> {
        if (den <= 0)
            return std::nullopt;
        return round1(scale * num / den, digits);
    };
    // Shares as the scorecard defines them (0.62, not 62%).
    if (id == "fcr")
        return ratio(t.fcrYes, t.fcrKnown, 1, 1000);
    if (id == "rework")
        return ratio(t.repeats, t.n, 1, 1000);
    if (id == "escalation")
        return ratio(t.escalations, t.n, 1, 1000);
    if (id == "dpti")
        return ratio(t.defects, t.n, 1000, 10);
    if (id == "aht")
        return ratio(t.handle, t.n, 1, 1);
    if (id == "csat")
        return ratio(t.csatTop2, t.csatN, 1, 1000);
    if (id == "qa")
        return ratio(pctSum, pctN, 1, 10);
    return ratio(qaSum, qaN, 1, 100); // a rubric attribute, 0-4
}

Status Generator::coaching()
{
    const KindSpec& spec = kindSpec(Kind::Coaching);
    if (Status st = m_sink.begin(spec); !st)
        return st;
    m_row.assign(spec.columns.size(), Value{});
    static const char* const stages[4] = {"define", "demonstrate", "practice", "commit"};
    static constexpr double stageW[4] = {0.1, 0.2, 0.35, 0.35};
    const int lastDay = s.days - 1;
    qint64 id = 0;
    for (const CoachingEvent& e : s.coaching) {
        Rng rng = Rng::stream(s.options.seed, CoachingStream, static_cast<quint64>(id));
        const Agent& ag = s.agents[e.agent];
        const int week = e.day / 7;
        const std::string attr(text::kAttributeNames[e.attribute]);
        const std::string target(rng.bernoulli(0.55) ? std::string_view(attr) : relatedMetric(e.attribute, rng));
        const bool lower = lowerIsBetter(target);
        const auto baseline = metric(target, e.attribute, e.agent, week - 4, week - 1);
        double goal = 0;
        if (target == attr)
            goal = baseline ? std::min(4.0, *baseline + 0.5) : 3.0;
        else if (target == "fcr")
            goal = baseline ? std::min(1.0, *baseline + 0.04) : 0.80;
        else if (target == "csat")
            goal = baseline ? std::min(1.0, *baseline + 0.05) : 0.85;
        else if (target == "qa")
            goal = baseline ? std::min(100.0, *baseline + 5) : 85;
        else if (target == "rework")
            goal = baseline ? std::max(0.0, *baseline - 0.02) : 0.08;
        else if (target == "escalation")
            goal = baseline ? std::max(0.0, *baseline - 0.01) : 0.04;
        else if (target == "dpti")
            goal = baseline ? round1(*baseline * 0.7, 10) : 12;
        else
            goal = baseline ? *baseline - 30 : 420; // aht
        const int followUp = e.day + 7 * rng.range(2, 4);

        formatId(m_row[0], 'N', ++id, 6);
        setText(m_row[1], ag.id);
        setText(m_row[2], rng.bernoulli(0.75) ? s.teams[ag.team].supervisor : rng.pick(s.qaAnalysts));
        setText(m_row[3], day(e.day));
        setText(m_row[4], attr);
        setText(m_row[5], target);
        setOptional(m_row[6], baseline);
        setNumber(m_row[7], goal);
        setText(m_row[8],
                m_dayText.size() > static_cast<size_t>(followUp + kDayPad) ? day(followUp) : s.dateText(followUp));
        setText(m_row[10], rng.pick(text::kCommitments[e.attribute]));
        setNumber(m_row[11], 5.0 * rng.range(3, 9));
        if (followUp <= lastDay && rng.bernoulli(0.88)) {
            const int done = std::min(followUp + rng.range(0, 3), lastDay);
            setText(m_row[9], "follow_up");
            setText(m_row[12], day(done));
            const auto after = metric(target, e.attribute, e.agent, week + 1, done / 7);
            if (!after) {
                setNull(m_row[13]);
            } else {
                const double from = baseline ? *baseline : *after;
                const double step = std::abs(goal - from);
                const double moved = lower ? from - *after : *after - from;
                const bool reached = lower ? *after <= goal : *after >= goal;
                setText(m_row[13], reached || (step > 0 && moved >= step) ? "met"
                                   : moved > 0.3 * step && moved > 0      ? "partly"
                                                                          : "not_met");
            }
        } else {
            setText(m_row[9], stages[rng.weighted(stageW, 4)]);
            setNull(m_row[12]);
            setNull(m_row[13]);
        }
        if (Status st = m_sink.row(m_row); !st)
            return st;
    }
    if (Status st = noEffectCoaching(id); !st)
        return st;
    m_summary.coachingNotes = id;
    return m_sink.end();
}

} // namespace fb::demo
