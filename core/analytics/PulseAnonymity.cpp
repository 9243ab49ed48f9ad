#include "analytics/PulseAnonymity.h"

namespace fb::analytics {

void PulseCells::add(const std::string& team, int week, bool identified, const PulseAnswers& answers)
{
    std::uint8_t answered = 0;
    for (int d = 0; d < kPulseDimensions; ++d)
        if (answers[d])
            answered |= std::uint8_t(1u << d);
    if (answered == 0)
        return; // an empty response stands behind nothing
    TeamWeek& tw = m_teamWeeks[{team, week}];
    if (identified) {
        tw.identified.pulseResponses += 1;
        for (int d = 0; d < kPulseDimensions; ++d)
            if (answers[d]) {
                tw.identified.pulseDimSum[d] += *answers[d];
                tw.identified.pulseDimCount[d] += 1;
                tw.identified.pulseScoreSum += *answers[d];
                tw.identified.pulseScoreCount += 1;
            }
        return;
    }
    tw.anonymousAnswered.push_back(answered);
    for (int d = 0; d < kPulseDimensions; ++d)
        if (answers[d]) {
            tw.anonymousSum[d] += *answers[d];
            tw.anonymousCount[d] += 1;
        }
}

std::map<PulseCells::Key, Sums> PulseCells::publishable() const
{
    std::map<Key, Sums> out;
    for (const auto& [key, tw] : m_teamWeeks) {
        Sums s = tw.identified;
        std::uint8_t open = 0; // dimensions whose anonymous cell is publishable
        for (int d = 0; d < kPulseDimensions; ++d) {
            if (tw.anonymousCount[d] < kMinAnonymousAnswers)
                continue;
            open |= std::uint8_t(1u << d);
            s.pulseDimSum[d] += tw.anonymousSum[d];
            s.pulseDimCount[d] += tw.anonymousCount[d];
            s.pulseScoreSum += tw.anonymousSum[d];
            s.pulseScoreCount += tw.anonymousCount[d];
        }
        // A response stands behind the figure only through answers that count.
        for (const std::uint8_t answered : tw.anonymousAnswered)
            if (answered & open)
                s.pulseResponses += 1;
        if (s.pulseResponses > 0)
            out.emplace(key, s);
    }
    return out;
}

std::optional<double> dimensionMean(qint64 sum, qint64 count)
{
    if (count < kMinDimensionAnswers)
        return std::nullopt;
    return double(sum) / double(count);
}

} // namespace fb::analytics
