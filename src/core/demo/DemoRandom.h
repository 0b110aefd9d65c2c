#pragma once

#include <QStringView>

#include <cstdint>
#include <random>
#include <span>

namespace luotsi::core::demo {

// The generator's dice. std::mt19937_64 is specified bit for bit by the standard, but the
// standard distributions are not, so the mapping to ranges is written here: the same seed gives
// the same register on every compiler and platform.
class DemoRandom final
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    // 0 ≤ n < bound (bound > 0). The modulo bias is below 2^-40 for the ranges used here.
    std::uint64_t below(std::uint64_t bound) { return m_engine() % bound; }
    // low ≤ n ≤ high.
    int between(int low, int high) { return low + int(below(std::uint64_t(high - low + 1))); }
    // True with the given probability (0..1).
    bool chance(double probability) { return unit() < probability; }
    // Uniform in [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    template<typename T> const T& pick(std::span<const T> items)
    {
        return items[size_t(below(items.size()))];
    }
    // An index drawn with the given relative weights.
    size_t weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = int(below(std::uint64_t(total)));
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace luotsi::core::demo
