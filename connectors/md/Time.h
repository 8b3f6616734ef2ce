#pragma once

// The exchange's LocalTimeStamp (YYYYMMDDHHMMSSsss as an integer) and milliseconds of the day.

#include <chrono>
#include <cstdint>

namespace ws::md {

// Milliseconds since midnight of a LocalTimeStamp.
inline int timeOfDayMs(std::int64_t stamp)
{
    const auto hhmmssmmm = static_cast<int>(stamp % 1'000'000'000);
    const int ms = hhmmssmmm % 1000;
    const int ss = (hhmmssmmm / 1000) % 100;
    const int mm = (hhmmssmmm / 100'000) % 100;
    const int hh = hhmmssmmm / 10'000'000;
    return ((hh * 60 + mm) * 60 + ss) * 1000 + ms;
}

// The LocalTimeStamp of a date (YYYYMMDD) and milliseconds of that day.
inline std::int64_t localTimeStamp(std::int64_t date, std::int64_t ms)
{
    const std::int64_t s = ms / 1000;
    return date * 1'000'000'000 + (s / 3600) * 10'000'000 + (s / 60 % 60) * 100'000 + (s % 60) * 1000 +
           ms % 1000;
}

// Nanoseconds since the Unix epoch on the host's realtime clock: receive stamps, and the
// simulator's stand-in for the appliance's hardware clock (same host, so the two compare).
inline std::uint64_t wallClockNs()
{
    return static_cast<std::uint64_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(
                                          std::chrono::system_clock::now().time_since_epoch())
                                          .count());
}

// Cheap reproducible randomness for fault injection (xorshift64*): uniform in [0, 1).
inline double faultUniform(std::uint64_t& state)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return static_cast<double>((state * 0x2545F4914F6CDD1Dull) >> 11) * 0x1.0p-53;
}

constexpr int hmsMs(int h, int m, int s = 0)
{
    return ((h * 60 + m) * 60 + s) * 1000;
}

} // namespace ws::md
