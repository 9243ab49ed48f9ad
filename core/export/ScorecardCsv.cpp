#include "export/ScorecardCsv.h"

#include "analytics/MetricDecimals.h"
#include "common/IsoWeek.h"

#include <fmt/format.h>

namespace fb::exporting {

ReportTable scorecardCsv(const analytics::Scorecard& card)
{
    ReportTable t{{"level", "id", "name", "team", "week_from", "week_to"}, {false, true, true, true, false, false}, {}};
    for (const auto& d : card.definition.metrics) {
        const std::string k = analytics::metricKey(d.metric);
        for (const char* suffix : {"", "_n", "_score"})
            t.header.push_back(k + suffix);
    }
    for (const char* column : {"composite", "weights_used", "gate"})
        t.header.push_back(column);
    t.textMask.resize(t.header.size(), false);
    // Excel mode rounds as the Scorecards page shows: each value by its unit,
    // the 0-100 scores whole, the composite to one decimal.
    t.decimals.assign(6, -1);
    for (const auto& d : card.definition.metrics)
        t.decimals.insert(t.decimals.end(), {analytics::valueDecimals(d.metric), -1, 0});
    t.decimals.insert(t.decimals.end(), {1, -1, -1});
    const std::string from = IsoWeek::fromKey(card.fromWeek).toString().toStdString();
    const std::string to = IsoWeek::fromKey(card.toWeek).toString().toStdString();
    for (const auto& r : card.rows) {
        std::vector<std::string> row{analytics::levelKey(r.level), r.id, r.name, r.team, from, to};
        for (const auto& m : r.metrics) {
            if (m.teamValue) { // an agent's pulse is its team's: the team scorecard's row, not repeated here
                row.insert(row.end(), 3, std::string());
                continue;
            }
            row.push_back(m.enough ? num(m.value) : std::string());
            row.push_back(std::to_string(m.n));
            row.push_back(num(m.score));
        }
        row.push_back(num(r.composite));
        row.push_back(fmt::format("{}", r.weightsUsed));
        row.push_back(r.gateGreen ? (*r.gateGreen ? "green" : "red") : "");
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable definitionCsv(const analytics::ScorecardDefinition& def)
{
    ReportTable t{{"version", "metric", "perspective", "direction", "floor", "target", "weight", "min_n"},
                  std::vector<bool>(8, false),
                  {}};
    for (const analytics::MetricDef& m : def.metrics)
        t.rows.push_back({std::to_string(def.version), analytics::metricKey(m.metric),
                          analytics::perspectiveKey(m.perspective),
                          m.lowerIsBetter() ? "lower_is_better" : "higher_is_better", num(m.floor), num(m.target),
                          num(m.weight), std::to_string(m.minN)});
    return t;
}

ReportTable effectivenessCsv(const std::vector<analytics::EffectRow>& rows)
{
    // The first ten columns are those of the first release; the rest were added after.
    ReportTable t{
        {"group", "notes", "follow_ups_done", "met", "met_share", "change", "control_change", "did", "did_low",
         "did_high", "measured", "small_sample", "cut_windows", "teams", "method", "note"},
        {true, false, false, false, false, false, false, false, false, false, false, false, false, false, false, true},
        {}};
    for (const auto& r : rows)
        t.rows.push_back({r.group, std::to_string(r.notes), std::to_string(r.followUpsDone), std::to_string(r.met),
                          num(r.metShare), num(r.change), num(r.controlChange), num(r.did), num(r.didLow),
                          num(r.didHigh), std::to_string(r.measured), r.smallSample() ? "1" : "0",
                          std::to_string(r.cut), std::to_string(r.teams), analytics::kMethodCoachingAncova,
                          r.note.toStdString()});
    // As the Coaching page shows them: the share met in whole percent, changes to one decimal.
    t.decimals = {-1, -1, -1, -1, 2, 1, 1, 1, 1, 1};
    return t;
}

} // namespace fb::exporting
