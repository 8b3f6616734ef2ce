#pragma once

// A latency histogram in the manner of HdrHistogram: exact below 128 ns, then 64 linear
// sub-buckets per power of two, so any percentile is within 1/64 (1.6%) of the true value
// whatever the range, in fixed memory, with a constant-time record() on the book thread.

#include <array>
#include <bit>
#include <cstdint>

namespace ws::md {

class LatencyHistogram
{
public:
    static constexpr int kSubBits = 6;                       // 64 sub-buckets per power of two
    static constexpr std::uint64_t kLinear = 2u << kSubBits; // values below this are exact
    static constexpr int kMaxExponent = 40;                  // up to 2^47 ns (39 hours), beyond is clamped
    static constexpr std::size_t kBuckets = kLinear + (kMaxExponent << kSubBits);

    void record(std::uint64_t ns)
    {
        ++counts_[bucket(ns)];
        ++count_;
        if (ns > max_)
            max_ = ns;
        sum_ += ns;
    }
    void merge(const LatencyHistogram& o)
    {
        for (std::size_t i = 0; i < kBuckets; ++i)
            counts_[i] += o.counts_[i];
        count_ += o.count_;
        sum_ += o.sum_;
        if (o.max_ > max_)
            max_ = o.max_;
    }
    void reset() { *this = LatencyHistogram{}; }

    std::uint64_t count() const { return count_; }
    std::uint64_t max() const { return max_; }
    double mean() const { return count_ ? static_cast<double>(sum_) / static_cast<double>(count_) : 0; }

    // The smallest recorded value v such that at least q of the values are <= v (the bucket's
    // upper edge, never above max()); 0 when empty. q in [0, 1].
    std::uint64_t percentile(double q) const
    {
        if (count_ == 0)
            return 0;
        auto rank = static_cast<std::uint64_t>(q * static_cast<double>(count_) + 0.999999);
        if (rank < 1)
            rank = 1;
        std::uint64_t seen = 0;
        for (std::size_t i = 0; i < kBuckets; ++i) {
            seen += counts_[i];
            if (seen >= rank) {
                const std::uint64_t upper = upperEdge(i);
                return upper < max_ ? upper : max_;
            }
        }
        return max_;
    }

    static std::size_t bucket(std::uint64_t ns)
    {
        if (ns < kLinear)
            return static_cast<std::size_t>(ns);
        const int exponent = std::bit_width(ns) - 1 - kSubBits; // >= 1
        if (exponent > kMaxExponent)
            return kBuckets - 1;
        const std::uint64_t sub = (ns >> exponent) - (1u << kSubBits); // 64..127 -> 0..63
        return static_cast<std::size_t>(kLinear + (static_cast<std::uint64_t>(exponent - 1) << kSubBits) +
                                        sub);
    }
    // The largest value that falls in bucket i.
    static std::uint64_t upperEdge(std::size_t i)
    {
        if (i < kLinear)
            return i;
        const std::size_t k = i - kLinear;
        const int exponent = static_cast<int>(k >> kSubBits) + 1;
        const std::uint64_t sub = (k & ((1u << kSubBits) - 1)) + (1u << kSubBits);
        return ((sub + 1) << exponent) - 1;
    }

private:
    std::array<std::uint64_t, kBuckets> counts_{};
    std::uint64_t count_ = 0;
    std::uint64_t max_ = 0;
    std::uint64_t sum_ = 0;
};

} // namespace ws::md
