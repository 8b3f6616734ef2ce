#pragma once

#include <algorithm>
#include <chrono>

namespace ws::net {

// Bounded exponential back-off for reconnects. The exchange and appliance endpoints sit behind
// floating VIPs that move in 2-9 s (src-000 art. 3); the cap keeps a reconnect attempt at least
// every `maxDelay`, so a moved endpoint is found again well inside the 10 s failover budget.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    constexpr Backoff(Duration initial = Duration{100}, Duration maxDelay = Duration{2000}) noexcept
        : initial_(initial), max_(maxDelay), next_(initial)
    {}

    // The delay before the next attempt; each call doubles the following one up to the cap.
    constexpr Duration next() noexcept
    {
        const Duration current = next_;
        next_ = std::min(max_, next_ * 2);
        return current;
    }

    constexpr void reset() noexcept { next_ = initial_; }
    constexpr Duration peek() const noexcept { return next_; }

private:
    Duration initial_;
    Duration max_;
    Duration next_;
};

} // namespace ws::net
