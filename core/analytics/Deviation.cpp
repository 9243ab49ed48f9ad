#include "analytics/Deviation.h"

#include <algorithm>
#include <cmath>

namespace fb::analytics {
namespace {

// Scores closer than this to the tolerance count as within it (decimal noise).
constexpr double kSlack = 1e-9;

std::vector<double> present(std::span<const Cell> scores)
{
    std::vector<double> v;
    for (const auto& c : scores)
        if (c)
            v.push_back(*c);
    return v;
}

double medianOfSorted(const std::vector<double>& v)
{
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

Status checkReference(const ReliabilityData& data, const Reference& reference)
{
    if (auto st = validate(data); !st)
        return st;
    if (reference.values.size() != data.units.size())
        return Error::plain(QStringLiteral("the reference has %1 scores for %2 units")
                                .arg(reference.values.size())
                                .arg(data.units.size()));
    if (reference.anchorCoder && *reference.anchorCoder >= data.coders.size())
        return Error::plain(QStringLiteral("anchor coder %1 does not exist").arg(*reference.anchorCoder + 1));
    return {};
}

bool skipped(const Reference& reference, std::size_t coder)
{
    return reference.anchorCoder && *reference.anchorCoder == coder;
}

} // namespace

std::optional<Spread> spreadOf(std::span<const Cell> scores)
{
    std::vector<double> v = present(scores);
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    Spread s;
    s.count = qint64(v.size());
    s.min = v.front();
    s.max = v.back();
    s.range = s.max - s.min;
    double sum = 0;
    for (double x : v)
        sum += x;
    s.mean = sum / double(v.size());
    s.median = medianOfSorted(v);
    if (v.size() >= 2) {
        double ss = 0;
        for (double x : v)
            ss += (x - s.mean) * (x - s.mean);
        s.sd = std::sqrt(ss / double(v.size() - 1));
    }
    return s;
}

std::optional<double> medianOf(std::span<const Cell> scores)
{
    std::vector<double> v = present(scores);
    if (v.empty())
        return std::nullopt;
    std::sort(v.begin(), v.end());
    return medianOfSorted(v);
}

Result<Reference> referenceFor(const ReliabilityData& data, std::optional<std::size_t> anchorCoder)
{
    if (auto st = validate(data); !st)
        return st.error();
    if (anchorCoder && *anchorCoder >= data.coders.size())
        return Error::plain(QStringLiteral("anchor coder %1 does not exist").arg(*anchorCoder + 1));
    Reference r;
    r.anchorCoder = anchorCoder;
    r.values.reserve(data.units.size());
    for (const auto& row : data.units)
        r.values.push_back(anchorCoder ? row[*anchorCoder] : medianOf(row));
    return r;
}

Result<Reference> consensusReference(const ReliabilityData& data, std::vector<Cell> consensus)
{
    Reference r;
    r.values = std::move(consensus);
    if (auto st = checkReference(data, r); !st)
        return st.error();
    for (const auto& c : r.values)
        if (c && !std::isfinite(*c))
            return Error::plain(QStringLiteral("a consensus score is not a finite number"));
    return r;
}

Result<std::vector<std::vector<Cell>>> deviationsFrom(const ReliabilityData& data, const Reference& reference)
{
    if (auto st = checkReference(data, reference); !st)
        return st.error();
    std::vector<std::vector<Cell>> out(data.units.size(), std::vector<Cell>(data.coders.size()));
    for (std::size_t u = 0; u < data.units.size(); ++u) {
        const Cell& ref = reference.values[u];
        if (!ref)
            continue;
        for (std::size_t c = 0; c < data.coders.size(); ++c)
            if (data.units[u][c] && !skipped(reference, c))
                out[u][c] = *data.units[u][c] - *ref;
    }
    return out;
}

Result<ToleranceShare> withinTolerance(const ReliabilityData& data, const Reference& reference, double tolerance)
{
    if (!(tolerance >= 0) || !std::isfinite(tolerance))
        return Error::plain(QStringLiteral("the tolerance must be a number of 0 or more"));
    auto dev = deviationsFrom(data, reference);
    if (!dev)
        return dev.error();
    ToleranceShare t;
    for (const auto& row : dev.value())
        for (const auto& d : row)
            if (d) {
                ++t.total;
                if (std::abs(*d) <= tolerance + kSlack)
                    ++t.within;
            }
    if (t.total > 0)
        t.share = double(t.within) / double(t.total);
    return t;
}

Result<std::vector<CoderDeviation>> coderDeviations(const ReliabilityData& data, const Reference& reference)
{
    auto dev = deviationsFrom(data, reference);
    if (!dev)
        return dev.error();
    std::vector<CoderDeviation> out;
    for (std::size_t c = 0; c < data.coders.size(); ++c) {
        if (skipped(reference, c))
            continue;
        CoderDeviation cd;
        cd.coder = data.coders[c];
        double abs = 0, signedSum = 0;
        for (const auto& row : dev.value())
            if (row[c]) {
                ++cd.compared;
                abs += std::abs(*row[c]);
                signedSum += *row[c];
            }
        if (cd.compared > 0) {
            cd.meanAbsolute = abs / double(cd.compared);
            cd.meanBias = signedSum / double(cd.compared);
        }
        out.push_back(std::move(cd));
    }
    return out;
}

Leaning leaningOf(double bias, double threshold)
{
    if (bias > threshold)
        return Leaning::Lenient;
    if (bias < -threshold)
        return Leaning::Strict;
    return Leaning::Neutral;
}

const char* leaningName(Leaning leaning)
{
    switch (leaning) {
    case Leaning::Lenient:
        return "lenient";
    case Leaning::Strict:
        return "strict";
    case Leaning::Neutral:
        return "neutral";
    }
    return "?";
}

} // namespace fb::analytics
