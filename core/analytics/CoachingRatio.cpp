// The coaching-to-production ratio per team and week (coaching minutes
// against handled minutes), the defect recurrence that flags a team under
// the floor, and the least-squares trend of the ratio.
#include "analytics/Coaching.h"
#include "analytics/CoachingShared.h"

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

using coaching::addWeeks;
using coaching::weekOf;

} // namespace

std::vector<RatioCell> coachingRatios(const std::vector<CoachingNote>& notes,
                                      const std::unordered_map<std::string, std::string>& teamOf,
                                      const WeeklyData& data, int fromWeek, int toWeek, double floor,
                                      const std::vector<CoachingMinutes>& mentoring)
{
    struct TeamWeek {
        double minutes = 0;
        double handledSeconds = 0;
        qint64 defects = 0;
        qint64 interactions = 0;
    };
    std::map<std::string, std::map<int, TeamWeek>> acc;
    const int priorFrom = addWeeks(fromWeek, -kCoachingWindowWeeks);
    for (const auto& [agent, weeks] : data) {
        const auto t = teamOf.find(agent);
        if (t == teamOf.end())
            continue;
        for (auto it = weeks.lower_bound(priorFrom); it != weeks.end() && it->first <= toWeek; ++it) {
            TeamWeek& tw = acc[t->second][it->first];
            tw.handledSeconds += it->second.sums.handleSeconds;
            tw.defects += it->second.sums.defects;
            tw.interactions += it->second.sums.interactions;
        }
    }
    const auto addMinutes = [&](const std::string& agent, QDate on, double minutes) {
        if (!on.isValid())
            return;
        const int w = weekOf(on);
        const auto t = teamOf.find(agent);
        if (w < fromWeek || w > toWeek || t == teamOf.end())
            return;
        acc[t->second][w].minutes += minutes;
    };
    for (const auto& n : notes)
        if (n.minutes)
            addMinutes(n.agentId, n.coachedOn, *n.minutes);
    for (const auto& m : mentoring)
        addMinutes(m.agentId, m.on, m.minutes);
    std::vector<RatioCell> out;
    for (auto& [team, weeks] : acc) {
        for (int w = fromWeek; w <= toWeek; w = addWeeks(w, 1)) {
            const TeamWeek tw = weeks.count(w) ? weeks[w] : TeamWeek{};
            RatioCell c;
            c.team = team;
            c.week = w;
            c.coachingMinutes = tw.minutes;
            c.handledMinutes = tw.handledSeconds / 60.0;
            c.defects = tw.defects;
            c.interactions = tw.interactions;
            if (c.handledMinutes > 0)
                c.ratio = c.coachingMinutes / c.handledMinutes;
            if (tw.interactions > 0)
                c.dpti = 1000.0 * double(tw.defects) / double(tw.interactions);
            qint64 pd = 0, pi = 0;
            for (int p = addWeeks(w, -kCoachingWindowWeeks); p < w; p = addWeeks(p, 1))
                if (auto it = weeks.find(p); it != weeks.end()) {
                    pd += it->second.defects;
                    pi += it->second.interactions;
                }
            if (pi > 0)
                c.priorDpti = 1000.0 * double(pd) / double(pi);
            c.underFloor = c.ratio && *c.ratio < floor;
            c.defectsRecur = c.defects > 0 && c.dpti && c.priorDpti && *c.dpti >= *c.priorDpti;
            c.flagged = c.underFloor && c.defectsRecur;
            if (c.ratio || c.coachingMinutes > 0)
                out.push_back(c);
        }
    }
    return out;
}

std::optional<double> ratioSlope(const std::vector<RatioCell>& cells)
{
    std::vector<std::pair<double, double>> pts;
    for (const auto& c : cells)
        if (c.ratio) {
            const QDate monday = IsoWeek::fromKey(c.week).monday();
            pts.emplace_back(double(QDate(2000, 1, 3).daysTo(monday)) / 7.0, *c.ratio);
        }
    if (pts.size() < 3)
        return std::nullopt;
    double mx = 0, my = 0;
    for (auto [x, y] : pts) {
        mx += x;
        my += y;
    }
    mx /= double(pts.size());
    my /= double(pts.size());
    double sxy = 0, sxx = 0;
    for (auto [x, y] : pts) {
        sxy += (x - mx) * (y - my);
        sxx += (x - mx) * (x - mx);
    }
    if (!(sxx > 0))
        return std::nullopt;
    return sxy / sxx;
}

} // namespace fb::analytics
