#include "md/appliance/Narrowing.h"

#include "md/Time.h"

#include <limits>

namespace ws::md::appliance {

namespace {

// Clamps into the narrower type and remembers that it did.
template <class Narrow> Narrow fit(std::int64_t v, std::uint8_t& flags)
{
    constexpr auto lo = static_cast<std::int64_t>(std::numeric_limits<Narrow>::min());
    constexpr auto hi = static_cast<std::int64_t>(std::numeric_limits<Narrow>::max());
    if (v < lo || v > hi) {
        flags |= kNarrowingLost;
        return static_cast<Narrow>(v < lo ? lo : hi);
    }
    return static_cast<Narrow>(v);
}

// Qty N15(2) to whole shares: the two decimals are zero for everything the appliance carries.
std::uint32_t shares(std::int64_t qtyRaw, std::uint8_t& flags)
{
    if (qtyRaw % 100 != 0)
        flags |= kNarrowingLost;
    return fit<std::uint32_t>(qtyRaw / 100, flags);
}

std::uint64_t shares64(std::int64_t qtyRaw, std::uint8_t& flags)
{
    if (qtyRaw % 100 != 0 || qtyRaw < 0)
        flags |= kNarrowingLost;
    return static_cast<std::uint64_t>(qtyRaw < 0 ? 0 : qtyRaw / 100);
}

// MDEntryPx N18(6) to Price(4).
std::int32_t price4(std::int64_t px6, std::uint8_t& flags)
{
    if (px6 % 100 != 0)
        flags |= kNarrowingLost;
    return fit<std::int32_t>(px6 / 100, flags);
}

std::uint32_t ms(std::int64_t stamp)
{
    return static_cast<std::uint32_t>(timeOfDayMs(stamp));
}

} // namespace

std::optional<Order> narrow(const szse::Order& m)
{
    const auto code = codeFromSecurityId(m.securityId);
    if (!code)
        return std::nullopt;
    Order r;
    r.code = *code;
    r.applSeqNum = fit<std::uint32_t>(m.applSeqNum, r.flags);
    r.price = fit<std::int32_t>(m.price, r.flags);
    r.qty = shares(m.orderQty, r.flags);
    r.timeMs = ms(m.transactTime);
    r.side = m.side;
    r.ordType = m.ordType;
    return r;
}

std::optional<Trade> narrow(const szse::Trade& m)
{
    const auto code = codeFromSecurityId(m.securityId);
    if (!code)
        return std::nullopt;
    Trade r;
    r.code = *code;
    r.applSeqNum = fit<std::uint32_t>(m.applSeqNum, r.flags);
    r.bidApplSeqNum = fit<std::uint32_t>(m.bidApplSeqNum, r.flags);
    r.offerApplSeqNum = fit<std::uint32_t>(m.offerApplSeqNum, r.flags);
    r.price = fit<std::int32_t>(m.lastPx, r.flags);
    r.qty = shares(m.lastQty, r.flags);
    r.timeMs = ms(m.transactTime);
    r.execType = m.execType;
    return r;
}

std::optional<NarrowedSnapshot> narrow(const szse::Snapshot& m)
{
    const auto code = codeFromSecurityId(m.header.securityId);
    if (!code)
        return std::nullopt;
    NarrowedSnapshot out;
    Snapshot& s = out.snapshot;
    s.code = *code;
    s.timeMs = ms(m.header.origTime);
    const auto& phase = m.header.tradingPhaseCode;
    s.phase = {phase.size() > 0 ? phase[0] : ' ', phase.size() > 1 ? phase[1] : ' '};
    s.prevClose = fit<std::int32_t>(m.header.prevClosePx, s.flags);
    s.numTrades = fit<std::uint32_t>(m.header.numTrades, s.flags);
    s.volume = shares64(m.header.totalVolumeTrade, s.flags);
    s.value = static_cast<std::uint64_t>(m.header.totalValueTrade < 0 ? 0 : m.header.totalValueTrade);
    for (const auto& e : m.entries) {
        const auto& t = e.mdEntryType;
        if (t == "0" || t == "1") {
            const bool bid = t == "0";
            if (e.mdPriceLevel < 1 || e.mdPriceLevel > kLevels)
                continue; // deeper than the record carries
            Level& l = (bid ? s.bids : s.asks)[e.mdPriceLevel - 1u];
            l = {price4(e.mdEntryPx, s.flags), shares(e.mdEntrySize, s.flags),
                 fit<std::uint32_t>(e.numberOfOrders, s.flags)};
            if (e.mdPriceLevel == 1 && !e.orders.empty()) {
                Queue q;
                q.code = s.code;
                q.side = bid ? '1' : '2';
                q.price = l.price;
                for (std::size_t i = 0; i < e.orders.size() && i < kMaxQueue; ++i)
                    q.qtys.push_back(shares(e.orders[i], q.flags));
                out.queues.push_back(std::move(q));
            }
        } else if (t == "2") {
            s.last = price4(e.mdEntryPx, s.flags);
        } else if (t == "4") {
            s.open = price4(e.mdEntryPx, s.flags);
        } else if (t == "7") {
            s.high = price4(e.mdEntryPx, s.flags);
        } else if (t == "8") {
            s.low = price4(e.mdEntryPx, s.flags);
        } else if (t == "xe") {
            s.upperLimit = price4(e.mdEntryPx, s.flags);
        } else if (t == "xf") {
            s.lowerLimit = price4(e.mdEntryPx, s.flags);
        }
        // Other entry types (IOPV, PE ratios, ...) are not carried by the appliance.
    }
    return out;
}

std::optional<Index> narrow(const szse::IndexSnapshot& m)
{
    const auto code = codeFromSecurityId(m.header.securityId);
    if (!code)
        return std::nullopt;
    Index r;
    r.code = *code;
    r.timeMs = ms(m.header.origTime);
    r.prevClose = m.header.prevClosePx * 100;
    r.volume = shares64(m.header.totalVolumeTrade, r.flags);
    r.value = static_cast<std::uint64_t>(m.header.totalValueTrade < 0 ? 0 : m.header.totalValueTrade);
    for (const auto& e : m.entries) {
        if (e.mdEntryType == "3")
            r.last = e.mdEntryPx;
        else if (e.mdEntryType == "xa")
            r.prevClose = e.mdEntryPx;
        else if (e.mdEntryType == "xb")
            r.open = e.mdEntryPx;
        else if (e.mdEntryType == "xc")
            r.high = e.mdEntryPx;
        else if (e.mdEntryType == "xd")
            r.low = e.mdEntryPx;
    }
    return r;
}

} // namespace ws::md::appliance
