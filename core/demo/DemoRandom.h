#pragma once

// A small deterministic PRNG for the demo site: xoshiro256** seeded through
// SplitMix64, with our own uniform / normal / Poisson draws so the output is
// the same with every standard library (std::*_distribution is not).

#include <QtGlobal>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace fb::demo {

inline quint64 splitMix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

class Rng final {
public:
    explicit Rng(quint64 seed)
    {
        quint64 sm = seed;
        for (auto& s : m_s)
            s = splitMix64(sm);
    }
    // An independent stream for (seed, purpose, a, b): generation of one
    // agent or one week never depends on how much another one drew.
    static Rng stream(quint64 seed, quint64 purpose, quint64 a = 0, quint64 b = 0)
    {
        quint64 h = seed;
        quint64 x = splitMix64(h) ^ (purpose * 0xD6E8FEB86659FD93ULL);
        x = splitMix64(x) ^ (a * 0x9E3779B97F4A7C15ULL);
        x = splitMix64(x) ^ (b * 0xC2B2AE3D27D4EB4FULL);
        return Rng(splitMix64(x));
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // [0, 1)
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // [0, n) for n > 0 (multiply-shift; the bias is far below 2^-32)
    int below(int n) { return static_cast<int>(((next() >> 32) * static_cast<quint64>(n)) >> 32); }
    // [lo, hi] inclusive
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool bernoulli(double p) { return uniform() < p; }

    // Standard normal by Box-Muller, keeping the second value.
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double theta = 6.283185307179586 * u2;
        m_spare = r * std::sin(theta);
        m_hasSpare = true;
        return r * std::cos(theta);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    // Log-normal with the given arithmetic mean and log-scale sigma.
    double lognormalMean(double mean, double sigma)
    {
        return std::exp(std::log(mean) - 0.5 * sigma * sigma + sigma * normal());
    }

    // Knuth's method for small means, a rounded normal for large ones.
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30) {
            const double x = std::floor(lambda + std::sqrt(lambda) * normal() + 0.5);
            return x < 0 ? 0 : static_cast<int>(x);
        }
        const double limit = std::exp(-lambda);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    // Index drawn with probability proportional to weights[i].
    std::size_t weighted(const double* weights, std::size_t n)
    {
        double total = 0;
        for (std::size_t i = 0; i < n; ++i)
            total += weights[i];
        double x = uniform() * total;
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (x < weights[i])
                return i;
            x -= weights[i];
        }
        return n - 1;
    }

    template <typename C> const auto& pick(const C& items)
    {
        return items[static_cast<std::size_t>(below(static_cast<int>(std::size(items))))];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4] = {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace fb::demo
