#include "analytics/PrePost.h"

#include "analytics/MultipleTesting.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace fb::analytics {
namespace {

// The Tr::tr() of this file; lupdate files its strings under the context below.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fb::analytics::PrePost)
};

} // namespace

const char* metricKey(ProgramMetric m)
{
    switch (m) {
    case ProgramMetric::Fcr:
        return "fcr";
    case ProgramMetric::Dpti:
        return "dpti";
    case ProgramMetric::Rework:
        return "rework";
    case ProgramMetric::Csat:
        return "csat";
    case ProgramMetric::Aht:
        return "aht";
    case ProgramMetric::Escalation:
        return "escalation";
    }
    return "";
}

QString metricLabel(ProgramMetric m)
{
    switch (m) {
    case ProgramMetric::Fcr:
        return Tr::tr("FCR");
    case ProgramMetric::Dpti:
        return Tr::tr("Defects per 1,000");
    case ProgramMetric::Rework:
        return Tr::tr("Rework");
    case ProgramMetric::Csat:
        return Tr::tr("CSAT top-2-box");
    case ProgramMetric::Aht:
        return Tr::tr("Handle time");
    case ProgramMetric::Escalation:
        return Tr::tr("Escalations");
    }
    return {};
}

bool isProportion(ProgramMetric m)
{
    return m == ProgramMetric::Fcr || m == ProgramMetric::Rework || m == ProgramMetric::Csat ||
           m == ProgramMetric::Escalation;
}

bool higherIsBetter(ProgramMetric m)
{
    return m == ProgramMetric::Fcr || m == ProgramMetric::Csat;
}

QString phaseName(int phase)
{
    switch (phase) {
    case 0:
        return Tr::tr("Baseline");
    case 1:
        return Tr::tr("Rapid fixes");
    case 2:
        return Tr::tr("Recognition");
    case 3:
        return Tr::tr("Comparison");
    default:
        return {};
    }
}

void CellSums::add(const ProgramInteraction& r)
{
    interactions += 1;
    if (r.fcr >= 0) {
        fcrKnown += 1;
        fcrResolved += r.fcr;
    }
    if (r.repeat >= 0) {
        repeatKnown += 1;
        repeats += r.repeat;
    }
    if (r.escalated >= 0) {
        escalationKnown += 1;
        escalations += r.escalated;
    }
    if (r.defects > 0)
        defects += r.defects;
    if (r.csat > 0) {
        csatSurveyed += 1;
        csatTop2 += r.csat >= 4 ? 1 : 0;
    }
    handle.add(r.handleSeconds);
}

void CellSums::merge(const CellSums& o)
{
    interactions += o.interactions;
    fcrKnown += o.fcrKnown;
    fcrResolved += o.fcrResolved;
    repeatKnown += o.repeatKnown;
    repeats += o.repeats;
    escalationKnown += o.escalationKnown;
    escalations += o.escalations;
    defects += o.defects;
    csatSurveyed += o.csatSurveyed;
    csatTop2 += o.csatTop2;
    handle.merge(o.handle);
}

qint64 CellSums::n(ProgramMetric m) const
{
    switch (m) {
    case ProgramMetric::Fcr:
        return fcrKnown;
    case ProgramMetric::Rework:
        return repeatKnown;
    case ProgramMetric::Escalation:
        return escalationKnown;
    case ProgramMetric::Csat:
        return csatSurveyed;
    case ProgramMetric::Dpti:
    case ProgramMetric::Aht:
        return interactions;
    }
    return 0;
}

qint64 CellSums::successes(ProgramMetric m) const
{
    switch (m) {
    case ProgramMetric::Fcr:
        return fcrResolved;
    case ProgramMetric::Rework:
        return repeats;
    case ProgramMetric::Escalation:
        return escalations;
    case ProgramMetric::Csat:
        return csatTop2;
    case ProgramMetric::Dpti:
        return defects;
    case ProgramMetric::Aht:
        return 0;
    }
    return 0;
}

std::optional<double> CellSums::value(ProgramMetric m) const
{
    const qint64 count = n(m);
    if (count <= 0)
        return std::nullopt;
    if (m == ProgramMetric::Aht)
        return handle.mean;
    if (m == ProgramMetric::Dpti)
        return 1000.0 * static_cast<double>(defects) / static_cast<double>(count);
    return static_cast<double>(successes(m)) / static_cast<double>(count);
}

double CellSums::outcomeSum(ProgramMetric m) const
{
    if (m == ProgramMetric::Aht)
        return handle.mean * static_cast<double>(handle.n);
    if (m == ProgramMetric::Dpti)
        return 1000.0 * static_cast<double>(defects);
    return static_cast<double>(successes(m));
}

OlsRow CellSums::olsRow(ProgramMetric m, std::vector<double> x, qint64 cluster) const
{
    return OlsRow{std::move(x), outcomeSum(m), n(m), cluster};
}

ProgramCells::ProgramCells(QDate start, std::vector<ProgramFix> fixList)
    : m_start(start), m_startJd(start.toJulianDay())
{
    fixes.reserve(fixList.size());
    for (auto& f : fixList) {
        // A fix dated before the start or after the end changes nothing
        // between the program's before and after, so it leaves controls alone.
        m_touchesControls.push_back(f.fixedOn >= start && f.fixedOn < end());
        fixes.push_back(FixCells{std::move(f), {}, {}, {}, {}});
    }
}

AgentCells& ProgramCells::agentOf(std::string_view agent)
{
    // Interactions come in no particular order; the last agent is the cheap hit.
    if (!agents.empty() && agent == m_lastAgent)
        return agents[m_lastAgentIndex];
    m_lastAgent.assign(agent);
    const auto [it, added] = m_agentIndex.emplace(m_lastAgent, agents.size());
    if (added) {
        agents.emplace_back();
        agents.back().fixes.resize(fixes.size());
    }
    m_lastAgentIndex = it->second;
    return agents[m_lastAgentIndex];
}

void ProgramCells::add(const ProgramInteraction& r)
{
    if (r.day != m_lastDay) {
        m_lastDay.assign(r.day);
        m_lastOffset = -1;
        if (r.day.size() == 10) {
            const auto num = [&](size_t pos, size_t len) {
                int v = 0;
                for (size_t i = pos; i < pos + len; ++i)
                    v = v * 10 + (r.day[i] - '0');
                return v;
            };
            const QDate d(num(0, 4), num(5, 2), num(8, 2));
            if (d.isValid()) {
                const qint64 off = d.toJulianDay() - m_startJd;
                if (off >= 0 && off < kProgramDays)
                    m_lastOffset = static_cast<int>(off);
            }
        }
    }
    if (m_lastOffset < 0)
        return;
    const int week = m_lastOffset / 7; // 0-based
    weeks[static_cast<size_t>(week)].add(r);
    AgentCells& agent = agentOf(r.agent);
    if (week < 2) {
        pre.add(r);
        agent.pre.add(r);
    } else if (week >= 6) {
        post.add(r);
        agent.post.add(r);
    }
    const qint64 jd = m_startJd + m_lastOffset;
    const auto inScope = [&](const ProgramFix& f) {
        return f.allQueues() || std::find(f.queues.begin(), f.queues.end(), r.queue) != f.queues.end();
    };
    bool untouched = true;
    for (size_t i = 0; i < fixes.size(); ++i)
        if (m_touchesControls[i] && inScope(fixes[i].fix))
            untouched = false;
    for (size_t i = 0; i < fixes.size(); ++i) {
        auto& fc = fixes[i];
        const bool in = inScope(fc.fix);
        if (!in && !untouched)
            continue; // in another fix's scope only: neither treated nor a control
        const bool after = jd >= fc.fix.fixedOn.toJulianDay();
        const size_t cell = (in ? 0 : 2) + (after ? 1 : 0);
        (in ? (after ? fc.inAfter : fc.inBefore) : (after ? fc.outAfter : fc.outBefore)).add(r);
        agent.fixes[i][cell].add(r);
    }
}

std::vector<MetricComparison> comparePrePost(const ProgramCells& cells)
{
    std::vector<MetricComparison> out;
    std::vector<std::optional<double>> ps;
    for (const auto m : kProgramMetrics) {
        MetricComparison c;
        c.metric = m;
        c.nPre = cells.pre.n(m);
        c.nPost = cells.post.n(m);
        const auto pre = cells.pre.value(m);
        const auto post = cells.post.value(m);
        if (pre && post) {
            TwoSample s;
            s.pre = *pre;
            s.post = *post;
            s.change = *post - *pre;
            if (*pre != 0)
                s.relative = *post / *pre - 1.0;
            std::vector<OlsRow> rows;
            std::set<qint64> agents;
            for (size_t a = 0; a < cells.agents.size(); ++a) {
                const auto id = static_cast<qint64>(a);
                for (const auto* cell : {&cells.agents[a].pre, &cells.agents[a].post})
                    if (cell->n(m) > 0) {
                        rows.push_back(cell->olsRow(m, {1.0, cell == &cells.agents[a].post ? 1.0 : 0.0}, id));
                        agents.insert(id);
                    }
            }
            c.agents = static_cast<qint64>(agents.size());
            const auto fit = clusterOls(rows);
            if (fit) {
                const OlsTerm& t = fit.value().terms[1];
                s.change = t.estimate;
                s.low = t.low;
                s.high = t.high;
                s.z = t.t;
                s.p = t.p;
                s.df = fit.value().df;
            } else {
                c.note = fit.error().toString();
            }
            c.stats = s;
        }
        ps.push_back(c.stats ? c.stats->p : std::nullopt);
        out.push_back(c);
    }
    const auto adjusted = holm(ps);
    for (size_t i = 0; i < out.size(); ++i)
        out[i].pHolm = adjusted[i];
    return out;
}

} // namespace fb::analytics
