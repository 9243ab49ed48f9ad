#include "export/ProgramReportCsv.h"

#include "common/IsoWeek.h"

#include <algorithm>
#include <cctype>

namespace fb::exporting {
namespace {

using analytics::kProgramMetrics;
using analytics::metricKey;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string day(QDate d)
{
    return d.toString(Qt::ISODate).toStdString();
}

std::string count(qint64 n)
{
    return std::to_string(n);
}

} // namespace

ReportTable prePostCsv(const std::vector<analytics::MetricComparison>& rows)
{
    // The first ten columns are those of the first release; the rest were added after.
    ReportTable t{{"metric", "pre", "post", "n_pre", "n_post", "change", "relative", "low", "high", "p_value", "p_holm",
                   "agents", "method", "rate_ratio", "note"},
                  std::vector<bool>(15, false),
                  {}};
    t.textMask.back() = true;
    for (const auto& r : rows) {
        const auto& s = r.stats;
        const auto rateRatio = r.metric == analytics::ProgramMetric::Dpti && s && s->pre > 0
                                   ? std::optional<double>(s->post / s->pre)
                                   : std::nullopt;
        t.rows.push_back({metricKey(r.metric), num(s ? std::optional<double>(s->pre) : std::nullopt),
                          num(s ? std::optional<double>(s->post) : std::nullopt), count(r.nPre), count(r.nPost),
                          num(s ? std::optional<double>(s->change) : std::nullopt), num(s ? s->relative : std::nullopt),
                          num(s ? s->low : std::nullopt), num(s ? s->high : std::nullopt), num(s ? s->p : std::nullopt),
                          num(r.pHolm), count(r.agents), analytics::kMethodClusterOls, num(rateRatio),
                          r.note.toStdString()});
    }
    return t;
}

ReportTable attributionCsv(const std::vector<analytics::AttributionRow>& rows)
{
    ReportTable t{{"fix", "metric", "did", "did_low", "did_high", "note", "p_value", "p_holm", "agents", "method"},
                  {false, false, false, false, false, true, false, false, false, false},
                  {}};
    for (const auto& r : rows)
        t.rows.push_back({count(r.fixId), metricKey(r.metric), num(r.did), num(r.low), num(r.high),
                          r.note.toStdString(), num(r.p), num(r.pHolm), count(r.agents), analytics::kMethodClusterOls});
    return t;
}

ReportTable weeklyCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"week", "iso_week", "phase", "interactions"}, {false, false, true, false}, {}};
    for (const auto m : kProgramMetrics) {
        t.header.push_back(metricKey(m));
        t.header.push_back(std::string(metricKey(m)) + "_n");
    }
    t.textMask.resize(t.header.size(), false);
    for (int w = 1; w <= analytics::kProgramWeeks; ++w) {
        const auto& c = r.weeks[static_cast<size_t>(w - 1)];
        std::vector<std::string> row{
            std::to_string(w), IsoWeek::ofDate(r.program.start.addDays(7 * (w - 1))).toString().toStdString(),
            analytics::phaseName(analytics::phaseOfWeek(w)).toStdString(), count(c.interactions)};
        for (const auto m : kProgramMetrics) {
            row.push_back(num(c.value(m)));
            row.push_back(count(c.n(m)));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

ReportTable fixesCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"id", "fixed_on", "friction", "what", "owner", "scope"}, {false, false, true, true, true, true}, {}};
    for (const auto& f : r.fixes) {
        std::string scope;
        for (const auto& q : f.queues)
            scope += (scope.empty() ? "" : ";") + q;
        t.rows.push_back(
            {count(f.id), day(f.fixedOn), f.friction, f.what, f.owner, f.allQueues() ? std::string("all") : scope});
    }
    return t;
}

ReportTable frictionsCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"rank", "friction", "tickets", "agents", "dimension", "confirmed"},
                  {false, true, false, false, false, false},
                  {}};
    int rank = 0;
    for (const auto& f : r.rankedFrictions) {
        const bool conf = std::any_of(r.confirmed.begin(), r.confirmed.end(),
                                      [&](const auto& c) { return lower(c.friction) == lower(f.friction); });
        t.rows.push_back(
            {std::to_string(++rank), f.friction, count(f.tickets), count(f.agents), f.dimension, conf ? "1" : "0"});
    }
    // Confirmed frictions that no baseline ticket named (the lead's edits).
    for (const auto& c : r.confirmed) {
        const bool ranked = std::any_of(r.rankedFrictions.begin(), r.rankedFrictions.end(),
                                        [&](const auto& f) { return lower(c.friction) == lower(f.friction); });
        if (!ranked)
            t.rows.push_back({"", c.friction, "0", "0", c.dimension, "1"});
    }
    return t;
}

ReportTable pulseCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"dimension", "before", "n_before", "after", "n_after"}, std::vector<bool>(5, false), {}};
    for (size_t d = 0; d < kPulseDimensionNames.size(); ++d)
        t.rows.push_back({kPulseDimensionNames[d], num(r.pulseBefore.mean[d]), count(r.pulseBefore.n[d]),
                          num(r.pulseAfter.mean[d]), count(r.pulseAfter.n[d])});
    t.decimals = {-1, 2, -1, 2, -1}; // as the Friction page shows the means
    return t;
}

ReportTable recognitionCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"week", "behavior", "count"}, {false, true, false}, {}};
    for (const auto& c : r.recognitions)
        t.rows.push_back({std::to_string(c.week), c.behavior, count(c.count)});
    return t;
}

ReportTable youSaidCsv(const analytics::ProgramReport& r)
{
    ReportTable t{{"ticket", "status", "decided_on", "friction", "title", "fix", "text"},
                  {true, false, false, true, true, false, true},
                  {}};
    for (const auto& y : r.youSaid)
        t.rows.push_back({y.ticket.ticketId, y.ticket.status, y.ticket.decidedOn, y.ticket.friction, y.ticket.title,
                          y.fix ? std::to_string(y.fix->id) : std::string(),
                          analytics::youSaidText(y, format::file()).toStdString()});
    return t;
}

} // namespace fb::exporting
