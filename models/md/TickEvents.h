#pragma once

// The Level-2 model's input: plain tick-by-tick events, whichever path they came by (the SZSE
// Binary decoder or the appliance feed). Small trivially-copyable values, so they cross the
// lock-free queue from the receive thread to the book thread without allocation.

#include "md/Time.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace ws::md {

// A SecurityID (char[8], space padded) packed into an integer key.
using SecurityKey = std::uint64_t;

inline SecurityKey securityKey(std::string_view id)
{
    char padded[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    std::memcpy(padded, id.data(), id.size() < 8 ? id.size() : 8);
    SecurityKey k;
    std::memcpy(&k, padded, 8);
    return k;
}

// The same key from the raw 8 bytes of a SecurityID field, without copying a string: space
// padding is the key's own; a feed that pads with NULs gets them turned into spaces.
inline SecurityKey securityKeyFromBytes(std::uint64_t raw)
{
    constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    if (((raw - ones) & ~raw & highs) == 0)
        return raw; // no zero byte
    unsigned char c[8];
    std::memcpy(c, &raw, 8);
    for (unsigned char& b : c)
        if (b == 0)
            b = ' ';
    std::memcpy(&raw, c, 8);
    return raw;
}

inline std::string securityCode(SecurityKey k)
{
    char c[8];
    std::memcpy(c, &k, 8);
    std::size_t n = 8;
    while (n > 0 && (c[n - 1] == ' ' || c[n - 1] == '\0'))
        --n;
    return std::string(c, n);
}

enum class Side : std::uint8_t { Buy, Sell };

// A 300192 tick order. OrdType '1' market, '2' limit, 'U' best own side.
struct TickOrder
{
    std::uint16_t channel = 0;
    std::int64_t seq = 0; // ApplSeqNum: the order's id within its channel
    SecurityKey security = 0;
    std::int64_t price = 0; // Price N13(4); meaningless for market and best-own-side orders
    std::int64_t qty = 0;   // Qty N15(2)
    Side side = Side::Buy;
    char ordType = '2';
    std::int64_t time = 0; // TransactTime YYYYMMDDHHMMSSsss
};

// A 300191 tick trade (ExecType 'F') or cancel ('4': one of the two ids set, price 0).
struct TickTrade
{
    std::uint16_t channel = 0;
    std::int64_t seq = 0;
    SecurityKey security = 0;
    std::int64_t bidSeq = 0;
    std::int64_t offerSeq = 0;
    std::int64_t price = 0;
    std::int64_t qty = 0;
    char execType = 'F';
    std::int64_t time = 0;
    bool isCancel() const { return execType == '4'; }
};

} // namespace ws::md
