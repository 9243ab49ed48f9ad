#include "csv/Sniffer.h"

#include <algorithm>
#include <array>
#include <map>
#include <vector>

namespace fb::csv::detail {

namespace {

constexpr std::array<char, 4> kCandidates = {',', ';', '\t', '|'};

struct Score final {
    bool consistent = false;
    int count = 0;   // the consistent count, or the most common non-zero count
    int support = 0; // records having that count
};

Score score(const std::vector<int>& counts)
{
    Score s;
    if (counts.empty())
        return s;
    std::map<int, int> histogram;
    for (int c : counts)
        if (c > 0)
            ++histogram[c];
    for (const auto& [count, records] : histogram) {
        if (records > s.support || (records == s.support && count > s.count)) {
            s.count = count;
            s.support = records;
        }
    }
    s.consistent = s.count > 0 && s.support == static_cast<int>(counts.size());
    return s;
}

} // namespace

char sniffDelimiter(std::string_view sample, bool complete)
{
    std::array<std::vector<int>, kCandidates.size()> perRecord;
    std::array<int, kCandidates.size()> current{};
    bool inQuotes = false;
    bool recordHasText = false;

    auto endRecord = [&] {
        if (recordHasText) // blank lines say nothing about the delimiter
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                perRecord[k].push_back(current[k]);
        current.fill(0);
        recordHasText = false;
    };

    for (std::size_t i = 0; i < sample.size(); ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice: no change
            recordHasText = true;
        } else if (inQuotes) {
            continue;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                ++i;
            endRecord();
        } else {
            recordHasText = true;
            for (std::size_t k = 0; k < kCandidates.size(); ++k)
                if (c == kCandidates[k])
                    ++current[k];
        }
    }
    // The last record of a cut sample may be cut too; still use it when it is
    // all there is (a first record longer than the sample).
    if (complete || perRecord[0].empty())
        endRecord();

    int best = -1;
    Score bestScore;
    for (std::size_t k = 0; k < kCandidates.size(); ++k) {
        const Score s = score(perRecord[k]);
        if (s.count == 0)
            continue;
        const bool better =
            best < 0 || (s.consistent != bestScore.consistent
                             ? s.consistent
                             : (s.consistent ? s.count > bestScore.count
                                             : (s.support != bestScore.support ? s.support > bestScore.support
                                                                               : s.count > bestScore.count)));
        if (better) {
            best = static_cast<int>(k);
            bestScore = s;
        }
    }
    return best < 0 ? ',' : kCandidates[static_cast<std::size_t>(best)];
}

} // namespace fb::csv::detail
