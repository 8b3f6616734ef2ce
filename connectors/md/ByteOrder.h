#pragma once

// Big-endian loads and stores on raw buffers. Exchange protocols are big-endian; x86 is not, so
// every multi-byte field goes through here (one bswap each, no alignment requirement).

#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace ws::md {

template <std::integral T> constexpr T byteSwap(T v) noexcept
{
    if constexpr (sizeof(T) == 1)
        return v;
    else if constexpr (sizeof(T) == 2)
        return static_cast<T>(__builtin_bswap16(static_cast<std::uint16_t>(v)));
    else if constexpr (sizeof(T) == 4)
        return static_cast<T>(__builtin_bswap32(static_cast<std::uint32_t>(v)));
    else
        return static_cast<T>(__builtin_bswap64(static_cast<std::uint64_t>(v)));
}

template <std::integral T> inline T loadBe(const std::byte* p) noexcept
{
    T v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::little)
        v = byteSwap(v);
    return v;
}

template <std::integral T> inline void storeBe(std::byte* p, T v) noexcept
{
    if constexpr (std::endian::native == std::endian::little)
        v = byteSwap(v);
    std::memcpy(p, &v, sizeof v);
}

template <std::integral T> inline T loadLe(const std::byte* p) noexcept
{
    T v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = byteSwap(v);
    return v;
}

template <std::integral T> inline void storeLe(std::byte* p, T v) noexcept
{
    if constexpr (std::endian::native == std::endian::big)
        v = byteSwap(v);
    std::memcpy(p, &v, sizeof v);
}

} // namespace ws::md
