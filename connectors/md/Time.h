#pragma once

// The exchange's LocalTimeStamp (YYYYMMDDHHMMSSsss as an integer) and milliseconds of the day.

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

constexpr int hmsMs(int h, int m, int s = 0)
{
    return ((h * 60 + m) * 60 + s) * 1000;
}

} // namespace ws::md
