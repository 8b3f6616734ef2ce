#include "md/FeedAdapters.h"

#include "md/SzseEvents.h"
#include "md/Time.h"

namespace ws::md {

SecurityKey securityKeyFromCode(std::uint32_t code)
{
    char id[8] = {'0', '0', '0', '0', '0', '0', ' ', ' '};
    for (int i = 5; i >= 0 && code > 0; --i, code /= 10)
        id[i] = static_cast<char>('0' + code % 10);
    SecurityKey k;
    std::memcpy(&k, id, 8);
    return k;
}

ExchangeSnapshot toExchangeSnapshot(const szse::SnapshotView& v)
{
    ExchangeSnapshot x;
    x.security = securityKey(v.securityId());
    x.channel = v.channelNo();
    x.timeMs = timeOfDayMs(v.origTime());
    const auto phase = v.tradingPhaseCode();
    x.phase = phase.empty() ? ' ' : phase[0];
    x.prevClose = v.prevClosePx();
    x.numTrades = v.numTrades();
    x.volume = v.totalVolumeTrade();
    x.turnover = v.totalValueTrade();
    for (const auto& e : v) {
        const auto type = e.mdEntryType();
        const std::int64_t price = e.mdEntryPx() / 100; // MDEntryPx(6) to Price(4)
        if (type == "0" || type == "1") {
            const bool bid = type == "0";
            const auto level = e.mdPriceLevel();
            if (level < 1 || level > 10)
                continue;
            (bid ? x.bids : x.asks)[level - 1u] = {price, e.mdEntrySize(),
                                                   static_cast<std::uint32_t>(e.numberOfOrders())};
            if (level == 1) {
                auto& q = bid ? x.bidQueue : x.askQueue;
                const std::uint32_t n = std::min<std::uint32_t>(e.noOrders(), 50);
                for (std::uint32_t i = 0; i < n; ++i)
                    q[i] = e.orderQty(i);
                (bid ? x.bidQueueSize : x.askQueueSize) = static_cast<std::uint8_t>(n);
                x.hasQueues = true;
            }
        } else if (type == "2") {
            x.last = price;
        } else if (type == "4") {
            x.open = price;
        } else if (type == "7") {
            x.high = price;
        } else if (type == "8") {
            x.low = price;
        } else if (type == "xe") {
            x.upperLimit = price;
        } else if (type == "xf") {
            x.lowerLimit = price;
        }
    }
    return x;
}

IndexTick toIndexTick(const szse::IndexSnapshotView& v)
{
    IndexTick t;
    t.security = securityKey(v.securityId());
    t.timeMs = timeOfDayMs(v.origTime());
    t.prevClose = v.prevClosePx() * 100;
    for (std::uint32_t i = 0; i < v.noMdEntries(); ++i) {
        const auto e = v.entry(i);
        if (e.mdEntryType() == "3")
            t.value = e.mdEntryPx();
        else if (e.mdEntryType() == "xa")
            t.prevClose = e.mdEntryPx();
    }
    return t;
}

void SzseFrameAdapter::onFrame(const szse::Frame& f, std::uint64_t recvNs)
{
    ++frames_;
    const EventStamp stamp{0, recvNs, path_};
    switch (static_cast<szse::MsgType>(f.msgType)) {
    case szse::MsgType::Order:
        engine_.push({toEvent(*szse::OrderView::parse(f.body)), stamp});
        break;
    case szse::MsgType::Trade:
        engine_.push({toEvent(*szse::TradeView::parse(f.body)), stamp});
        break;
    case szse::MsgType::Snapshot:
        engine_.push(toExchangeSnapshot(*szse::SnapshotView::parse(f.body)));
        break;
    case szse::MsgType::IndexSnapshot:
        engine_.push({toIndexTick(*szse::IndexSnapshotView::parse(f.body)), stamp});
        break;
    default:
        break; // session and channel heartbeats carry nothing for the book
    }
}

void ApplianceAdapter::flushSnapshot(std::uint16_t channel)
{
    const auto it = pendingSnapshot_.find(channel);
    if (it == pendingSnapshot_.end())
        return;
    engine_.push(it->second);
    pendingSnapshot_.erase(it);
}

void ApplianceAdapter::onRecords(const appliance::PacketHeader& h, appliance::Bytes packet,
                                 std::uint16_t skip, std::uint64_t recvNs)
{
    namespace ap = appliance;
    const EventStamp stamp{h.hwTimestampNs, recvNs, path_};
    const std::int64_t date = h.tradingDate;
    ap::RecordCursor cursor(packet.subspan(ap::kHeaderSize, h.payloadLength));
    std::uint16_t index = 0;
    while (auto r = cursor.next()) {
        if (index++ < skip)
            continue;
        ++records_;
        if (r->flags & ap::kNarrowingLost)
            ++narrowingLost_;
        if (r->type != ap::RecordType::Queue)
            flushSnapshot(h.channel);
        switch (r->type) {
        case ap::RecordType::Order: {
            const auto o = ap::decodeOrder(r->bytes);
            engine_.push({TickOrder{h.channel, o.applSeqNum, securityKeyFromCode(o.code), o.price,
                                    std::int64_t{o.qty} * 100, sideOf(o.side), o.ordType,
                                    localTimeStamp(date, o.timeMs)},
                          stamp});
            break;
        }
        case ap::RecordType::Trade: {
            const auto t = ap::decodeTrade(r->bytes);
            engine_.push({TickTrade{h.channel, t.applSeqNum, securityKeyFromCode(t.code), t.bidApplSeqNum,
                                    t.offerApplSeqNum, t.price, std::int64_t{t.qty} * 100, t.execType,
                                    localTimeStamp(date, t.timeMs)},
                          stamp});
            break;
        }
        case ap::RecordType::Snapshot: {
            const auto s = ap::decodeSnapshot(r->bytes);
            ExchangeSnapshot x;
            x.security = securityKeyFromCode(s.code);
            x.channel = h.channel;
            x.timeMs = static_cast<int>(s.timeMs);
            x.phase = s.phase[0];
            x.prevClose = s.prevClose;
            x.upperLimit = s.upperLimit;
            x.lowerLimit = s.lowerLimit;
            x.last = s.last;
            x.open = s.open;
            x.high = s.high;
            x.low = s.low;
            x.numTrades = s.numTrades;
            x.volume = static_cast<std::int64_t>(s.volume) * 100;
            x.turnover = static_cast<std::int64_t>(s.value);
            for (std::size_t i = 0; i < ap::kLevels; ++i) {
                x.bids[i] = {s.bids[i].price, std::int64_t{s.bids[i].qty} * 100, s.bids[i].orders};
                x.asks[i] = {s.asks[i].price, std::int64_t{s.asks[i].qty} * 100, s.asks[i].orders};
            }
            x.hasQueues = true; // the appliance sends the queues as Q records right after
            pendingSnapshot_[h.channel] = x;
            break;
        }
        case ap::RecordType::Queue: {
            const auto it = pendingSnapshot_.find(h.channel);
            const auto q = ap::decodeQueue(r->bytes);
            if (it == pendingSnapshot_.end() || securityKeyFromCode(q.code) != it->second.security)
                break;
            auto& x = it->second;
            auto& dst = q.side == '2' ? x.askQueue : x.bidQueue;
            const std::size_t n = std::min<std::size_t>(q.qtys.size(), 50);
            for (std::size_t i = 0; i < n; ++i)
                dst[i] = std::int64_t{q.qtys[i]} * 100;
            (q.side == '2' ? x.askQueueSize : x.bidQueueSize) = static_cast<std::uint8_t>(n);
            break;
        }
        case ap::RecordType::Index: {
            const auto x = ap::decodeIndex(r->bytes);
            engine_.push(
                {IndexTick{securityKeyFromCode(x.code), static_cast<int>(x.timeMs), x.last, x.prevClose},
                 stamp});
            break;
        }
        }
    }
    // The queues of a snapshot never cross into the next packet of the channel unless the
    // packet was full; holding the snapshot that long is harmless, but flush at a packet end
    // with room to spare so a quiet channel does not sit on it.
    if (packet.size() + ap::kSnapshotSize < ap::kMaxPacketSize)
        flushSnapshot(h.channel);
}

void ApplianceAdapter::onLost(std::uint16_t channel, appliance::LostRange range)
{
    engine_.push({ChannelLost{channel, range.from, range.to}, {0, 0, path_}});
}

} // namespace ws::md
