#pragma once

// SZSE Binary tick messages as the Level-2 model's events.

#include "md/TickEvents.h"
#include "md/szse/SzseBinary.h"

namespace ws::md {

// Side 1 buy, 2 sell; G (borrow) and F (lend) of the securities-lending platform sit on the buy
// and sell sides of their book.
inline Side sideOf(char side)
{
    return (side == '2' || side == 'F') ? Side::Sell : Side::Buy;
}

inline TickOrder toEvent(const szse::OrderView& v)
{
    return {v.channelNo(), v.applSeqNum(),  securityKeyFromBytes(v.securityIdBytes()),
            v.price(),     v.orderQty(),    sideOf(v.side()),
            v.ordType(),   v.transactTime()};
}

inline TickTrade toEvent(const szse::TradeView& v)
{
    return {v.channelNo(),     v.applSeqNum(),      securityKeyFromBytes(v.securityIdBytes()),
            v.bidApplSeqNum(), v.offerApplSeqNum(), v.lastPx(),
            v.lastQty(),       v.execType(),        v.transactTime()};
}

} // namespace ws::md
