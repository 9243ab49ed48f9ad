#include "analytics/FairnessAudit.h"

#include "analytics/FisherExact.h"
#include "analytics/MultipleTesting.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fb::analytics {
namespace {

constexpr AuditBy kAll[] = {AuditBy::Team, AuditBy::Shift, AuditBy::Site, AuditBy::Tenure, AuditBy::Supervisor};

struct Acc {
    qint64 agents = 0, passed = 0, productivityN = 0;
    double payout = 0, quality = 0, productivity = 0;
    void add(const AgentPayout& p)
    {
        ++agents;
        passed += p.gateGreen ? 1 : 0;
        payout += p.payout;
        quality += p.qualityScore;
        if (p.productivityScore) {
            productivity += *p.productivityScore;
            ++productivityN;
        }
    }
    void add(const Acc& o)
    {
        agents += o.agents;
        passed += o.passed;
        productivityN += o.productivityN;
        payout += o.payout;
        quality += o.quality;
        productivity += o.productivity;
    }
    [[nodiscard]] AuditRow row(std::string group) const
    {
        AuditRow r;
        r.group = std::move(group);
        r.agents = agents;
        r.passed = passed;
        const auto n = static_cast<double>(agents);
        r.payoutMean = payout / n;
        r.passRate = static_cast<double>(passed) / n;
        r.qualityMean = quality / n;
        if (productivityN > 0)
            r.productivityMean = productivity / static_cast<double>(productivityN);
        return r;
    }
};

} // namespace

std::string auditByKey(AuditBy by)
{
    switch (by) {
    case AuditBy::Team:
        return "team";
    case AuditBy::Shift:
        return "shift";
    case AuditBy::Site:
        return "site";
    case AuditBy::Tenure:
        return "tenure";
    case AuditBy::Supervisor:
        return "supervisor";
    }
    return {};
}

std::optional<AuditBy> auditByFromKey(const std::string& key)
{
    for (AuditBy by : kAll)
        if (auditByKey(by) == key)
            return by;
    return std::nullopt;
}

std::string tenureBand(const QDate& hired, const QDate& periodEnd)
{
    if (!hired.isValid() || hired > periodEnd)
        return "hire date unknown";
    if (hired.addMonths(6) > periodEnd)
        return "under 6 months";
    if (hired.addYears(1) > periodEnd)
        return "6-12 months";
    if (hired.addYears(2) > periodEnd)
        return "1-2 years";
    return "2+ years";
}

std::string auditGroupOf(const IncentiveAgent& a, AuditBy by, const QDate& periodEnd)
{
    std::string g;
    switch (by) {
    case AuditBy::Team:
        g = a.team;
        break;
    case AuditBy::Shift:
        g = a.shift;
        break;
    case AuditBy::Site:
        g = a.site;
        break;
    case AuditBy::Tenure:
        return tenureBand(a.hireDate, periodEnd);
    case AuditBy::Supervisor:
        g = a.supervisor;
        break;
    }
    return g.empty() ? "(none)" : g;
}

FairnessAudit fairnessAudit(const std::vector<AgentPayout>& payouts, AuditBy by, const QDate& periodEnd,
                            double threshold)
{
    FairnessAudit audit;
    audit.by = by;
    audit.threshold = threshold;
    std::map<std::string, Acc> groups;
    Acc all;
    for (const AgentPayout& p : payouts) {
        groups[auditGroupOf(p.agent, by, periodEnd)].add(p);
        all.add(p);
    }
    audit.agents = all.agents;
    audit.passed = all.passed;
    Acc pool;
    int poolGroups = 0;
    std::vector<std::optional<double>> ps;
    for (const auto& [name, acc] : groups) {
        if (acc.agents < kAuditMinGroup) {
            pool.add(acc);
            ++poolGroups;
            continue;
        }
        AuditRow r = acc.row(name);
        const qint64 restN = all.agents - acc.agents;
        if (restN > 0) {
            const qint64 restPassed = all.passed - acc.passed;
            r.differenceVsRest = r.passRate - static_cast<double>(restPassed) / static_cast<double>(restN);
            r.p = fisherExactTwoSided(acc.passed, acc.agents - acc.passed, restPassed, restN - restPassed);
        }
        ps.push_back(r.p);
        audit.rows.push_back(std::move(r));
    }
    // Tenure bands read in their own order (under 6 months first), not alphabetically.
    if (by == AuditBy::Tenure) {
        const auto rank = [](const std::string& g) {
            const char* order[] = {"under 6 months", "6-12 months", "1-2 years", "2+ years"};
            for (int i = 0; i < 4; ++i)
                if (g == order[i])
                    return i;
            return 4;
        };
        std::vector<size_t> idx(audit.rows.size());
        for (size_t i = 0; i < idx.size(); ++i)
            idx[i] = i;
        std::stable_sort(idx.begin(), idx.end(),
                         [&](size_t a, size_t b) { return rank(audit.rows[a].group) < rank(audit.rows[b].group); });
        std::vector<AuditRow> rows;
        std::vector<std::optional<double>> sortedP;
        for (size_t i : idx) {
            rows.push_back(audit.rows[i]);
            sortedP.push_back(ps[i]);
        }
        audit.rows = std::move(rows);
        ps = std::move(sortedP);
    }
    const auto adjusted = holm(ps);
    for (size_t i = 0; i < audit.rows.size(); ++i) {
        AuditRow& r = audit.rows[i];
        r.pHolm = adjusted[i];
        // A tiny epsilon so that a gap of exactly the threshold (0.1 from 0.6 - 0.5) is flagged as documented.
        r.flag = r.differenceVsRest && r.pHolm && std::abs(*r.differenceVsRest) >= threshold - 1e-12 && *r.pHolm < 0.05;
    }
    if (poolGroups > 0) {
        if (pool.agents >= kAuditMinGroup) {
            AuditRow r = pool.row("groups under 5 agents");
            r.pooled = true;
            r.pooledGroups = poolGroups;
            audit.rows.push_back(std::move(r));
        } else {
            audit.smallGroupsLeftOut = poolGroups;
            audit.smallAgentsLeftOut = pool.agents;
        }
    }
    return audit;
}

} // namespace fb::analytics
