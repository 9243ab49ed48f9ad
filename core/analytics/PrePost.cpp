#include "analytics/PrePost.h"

#include <QCoreApplication>

#include <algorithm>

namespace fb::analytics {

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
        return QCoreApplication::translate("fb::analytics::PrePost", "FCR");
    case ProgramMetric::Dpti:
        return QCoreApplication::translate("fb::analytics::PrePost", "Defects per 1,000");
    case ProgramMetric::Rework:
        return QCoreApplication::translate("fb::analytics::PrePost", "Rework");
    case ProgramMetric::Csat:
        return QCoreApplication::translate("fb::analytics::PrePost", "CSAT top-2-box");
    case ProgramMetric::Aht:
        return QCoreApplication::translate("fb::analytics::PrePost", "Handle time");
    case ProgramMetric::Escalation:
        return QCoreApplication::translate("fb::analytics::PrePost", "Escalations");
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
        return QCoreApplication::translate("fb::analytics::PrePost", "Baseline");
    case 1:
        return QCoreApplication::translate("fb::analytics::PrePost", "Rapid fixes");
    case 2:
        return QCoreApplication::translate("fb::analytics::PrePost", "Recognition");
    case 3:
        return QCoreApplication::translate("fb::analytics::PrePost", "Comparison");
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

std::optional<double> CellSums::variance(ProgramMetric m) const
{
    const qint64 count = n(m);
    if (count <= 0)
        return std::nullopt;
    const double N = static_cast<double>(count);
    if (m == ProgramMetric::Aht)
        return count > 1 ? std::optional<double>(handle.meanVar().variance / N) : std::nullopt;
    if (m == ProgramMetric::Dpti)
        return 1e6 * static_cast<double>(defects) / (N * N);
    const double p = static_cast<double>(successes(m)) / N;
    return p * (1 - p) / N;
}

ProgramCells::ProgramCells(QDate start, std::vector<ProgramFix> fixList)
    : m_start(start), m_startJd(start.toJulianDay())
{
    fixes.reserve(fixList.size());
    for (auto& f : fixList)
        fixes.push_back(FixCells{std::move(f), {}, {}, {}, {}});
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
    if (week < 2)
        pre.add(r);
    else if (week >= 6)
        post.add(r);
    const qint64 jd = m_startJd + m_lastOffset;
    for (auto& fc : fixes) {
        const bool in =
            fc.fix.allQueues() || std::find(fc.fix.queues.begin(), fc.fix.queues.end(), r.queue) != fc.fix.queues.end();
        const bool after = jd >= fc.fix.fixedOn.toJulianDay();
        (in ? (after ? fc.inAfter : fc.inBefore) : (after ? fc.outAfter : fc.outBefore)).add(r);
    }
}

std::vector<MetricComparison> comparePrePost(const CellSums& pre, const CellSums& post)
{
    std::vector<MetricComparison> out;
    for (const auto m : kProgramMetrics) {
        MetricComparison c;
        c.metric = m;
        c.nPre = pre.n(m);
        c.nPost = post.n(m);
        if (m == ProgramMetric::Aht)
            c.stats = compareMeans(pre.handle.meanVar(), post.handle.meanVar());
        else if (m == ProgramMetric::Dpti)
            c.stats = compareRates(pre.defects, pre.interactions, post.defects, post.interactions, 1000.0);
        else
            c.stats = compareProportions(pre.successes(m), pre.n(m), post.successes(m), post.n(m));
        out.push_back(c);
    }
    return out;
}

} // namespace fb::analytics
