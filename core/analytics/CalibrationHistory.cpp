#include "analytics/CalibrationHistory.h"

#include <algorithm>
#include <map>

namespace fb::analytics {
namespace {

std::size_t indexOf(std::vector<std::string>& names, const std::string& name)
{
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end())
        return static_cast<std::size_t>(it - names.begin());
    names.push_back(name);
    return names.size() - 1;
}

} // namespace

Result<CalibrationHistory> calibrationHistory(const std::vector<HistorySession>& sessions)
{
    CalibrationHistory h;
    const std::size_t n = sessions.size();
    // Names first, so every series has one slot per session.
    for (const auto& s : sessions) {
        for (const auto& a : s.input.attributes)
            indexOf(h.attributes, a.name);
        for (std::size_t p = 0; p < s.input.participants.size(); ++p)
            if (!(s.input.anchor && *s.input.anchor == p))
                indexOf(h.participants, s.input.participants[p]);
    }
    h.attributes.emplace_back("overall");
    h.alpha.assign(h.attributes.size(), std::vector<Cell>(n));
    h.deviation.assign(h.participants.size(), std::vector<Cell>(n));
    h.bias.assign(h.participants.size(), std::vector<Cell>(n));
    h.compared.assign(h.participants.size(), std::vector<qint64>(n, 0));

    CalibrationReportOptions options;
    options.resamples = 0;
    for (std::size_t s = 0; s < n; ++s) {
        const HistorySession& session = sessions[s];
        h.sessions.push_back(session.id);
        h.dates.push_back(session.heldOn);
        auto report = calibrationReport(session.input, options);
        if (!report)
            return Error::plain(report.error().reason +
                                QStringLiteral(" (session %1)").arg(QString::fromStdString(session.id)));
        for (const auto& row : report->rows) {
            const auto it = std::find(h.attributes.begin(), h.attributes.end(), row.attribute);
            if (it != h.attributes.end())
                h.alpha[static_cast<std::size_t>(it - h.attributes.begin())][s] = row.alpha;
        }
        std::map<std::string, bool> yesNo;
        for (const auto& a : session.input.attributes)
            yesNo[a.name] = a.yesNo;
        // Weighted by the scores compared, so an attribute scored on fewer
        // interactions counts less.
        std::map<std::string, std::pair<double, double>> sums; // participant -> (sum |d|, sum d)
        std::map<std::string, qint64> counts;
        for (const auto& d : report->deviations) {
            if (yesNo[d.attribute] || !d.meanAbsolute || !d.meanBias || d.compared == 0)
                continue;
            auto& [abs, signedSum] = sums[d.participant];
            abs += *d.meanAbsolute * static_cast<double>(d.compared);
            signedSum += *d.meanBias * static_cast<double>(d.compared);
            counts[d.participant] += d.compared;
        }
        for (const auto& [name, count] : counts) {
            const auto it = std::find(h.participants.begin(), h.participants.end(), name);
            if (it == h.participants.end())
                continue;
            const auto p = static_cast<std::size_t>(it - h.participants.begin());
            h.deviation[p][s] = sums[name].first / static_cast<double>(count);
            h.bias[p][s] = sums[name].second / static_cast<double>(count);
            h.compared[p][s] = count;
        }
    }
    return h;
}

} // namespace fb::analytics
