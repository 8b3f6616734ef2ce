#pragma once

// What the book thread publishes for the GUI, at most 30 times a second: plain values, copied
// once per publication and shared read-only (std::shared_ptr<const MarketSnapshot>), so the GUI
// thread never touches the live books and never sees a message-by-message stream.
//
// Units are the exchange's raw scaled integers throughout: prices Price(4) (yuan x 1e4),
// quantities Qty(2) (shares x 100), amounts price x qty (yuan x 1e6).

#include "md/TickEvents.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ws::md {

// Size classes of large-order statistics, smallest first.
enum class OrderClass : std::uint8_t { Small, Medium, Large, SuperLarge };
inline constexpr std::size_t kOrderClasses = 4;

struct Quote
{
    SecurityKey security = 0;
    std::uint16_t channel = 0;
    std::int64_t prevClose = 0, upperLimit = 0, lowerLimit = 0;
    std::int64_t last = 0, open = 0, high = 0, low = 0;
    std::int64_t volume = 0, turnover = 0, numTrades = 0;
    std::int64_t bid1 = 0, bid1Qty = 0, ask1 = 0, ask1Qty = 0;
    int timeMs = 0;    // of the last event
    char phase = ' ';  // from the latest exchange snapshot: O, T, B, C, E
    bool valid = true; // false while its channel's book is incomplete
};

struct LadderLevel
{
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::uint32_t orders = 0;
};

struct TickRow
{
    int timeMs = 0;
    std::int64_t seq = 0;  // ApplSeqNum
    char kind = 'O';       // 'O' order, 'T' trade, 'C' cancel
    Side side = Side::Buy; // orders and cancels: the order's side; trades: the aggressor's (later seq)
    char ordType = '2';
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::int64_t bidSeq = 0, offerSeq = 0;
};

// One minute of trading (minute = minutes since midnight of the bar's start).
struct Bar
{
    int minute = 0;
    std::int64_t open = 0, high = 0, low = 0, close = 0;
    std::int64_t volume = 0, turnover = 0;
};

struct ClassFlow
{
    std::int64_t buyAmount = 0, sellAmount = 0; // traded amount of buy / sell orders of the class
    std::int64_t buyOrders = 0, sellOrders = 0; // orders of the class placed
    std::int64_t net() const { return buyAmount - sellAmount; }
};

struct LargeOrderStats
{
    std::array<ClassFlow, kOrderClasses> classes{};
    // Net inflow of the super-large and large classes (the "main force" of the usual terminals).
    std::int64_t mainNetInflow() const
    {
        return classes[static_cast<std::size_t>(OrderClass::SuperLarge)].net() +
               classes[static_cast<std::size_t>(OrderClass::Large)].net();
    }
};

// Thresholds: an order is in the first class (from SuperLarge down) whose share count or amount
// it reaches. The default is the common preset: super-large >= 500,000 shares or >= 1,000,000
// yuan; large >= 100,000 or >= 200,000 yuan; medium >= 20,000 or >= 40,000 yuan.
struct OrderClassThresholds
{
    std::array<std::int64_t, 3> shares{20'000, 100'000, 500'000};       // medium, large, super
    std::array<std::int64_t, 3> yuan{40'000, 200'000, 1'000'000};       // medium, large, super
    OrderClass classify(std::int64_t price, std::int64_t qtyRaw) const; // Price(4), Qty(2)
};

struct AuctionView
{
    bool active = false; // in a call auction now
    std::int64_t price = 0, volume = 0, imbalance = 0;
};

// Everything about the security the user is looking at.
struct FocusView
{
    SecurityKey security = 0;
    Quote quote;
    std::vector<LadderLevel> bids, asks;          // best first, full depth up to kMaxFocusDepth
    std::vector<std::int64_t> bidQueue, askQueue; // order quantities at the best, first 50
    std::vector<TickRow> ticks;                   // the most recent, oldest first (at most kMaxFocusTicks)
    std::uint64_t tickCount = 0;                  // ticks of this security so far (to append incrementally)
    std::vector<Bar> bars;                        // the day's one-minute bars
    LargeOrderStats large;
    AuctionView auction;
};
inline constexpr std::size_t kMaxFocusDepth = 400;
// Securities detailed at once: one per link group or panel following its own security.
inline constexpr std::size_t kMaxFocused = 8;
inline constexpr std::size_t kMaxFocusTicks = 10'000; // an uncross burst of a busy security fits
// Exchange snapshots of one security held for the cross-check until its tick channel catches up.
inline constexpr std::size_t kMaxPendingSnapshots = 256;

enum class ChannelHealth : std::uint8_t {
    Valid,   // every ApplSeqNum so far, in order
    Invalid, // a gap or a lost range: the books of this channel are incomplete
};

struct ChannelView
{
    std::uint16_t channel = 0;
    ChannelHealth health = ChannelHealth::Valid;
    std::int64_t lastSeq = 0; // last ApplSeqNum applied
    std::uint64_t events = 0;
    std::uint64_t gaps = 0;
    std::uint64_t duplicates = 0; // ApplSeqNum already applied (a reconnect's replay)
    std::string reason;           // why it is invalid
};

struct CrossCheckStats
{
    std::uint64_t compared = 0;        // snapshots after 09:25 compared with the rebuilt book
    std::uint64_t mismatched = 0;      // ... that differed in any of the 10 levels or the best queue
    std::uint64_t late = 0;            // arrived after later ticks were applied: not comparable
    std::uint64_t superseded = 0;      // dropped: too many waiting for the channel to pass their time
    std::uint64_t skipped = 0;         // channel invalid, in a call auction, or no order yet
    std::vector<std::string> examples; // the first few mismatches, described
};

struct IndexView
{
    std::string code;
    std::string name;
    std::int64_t computed = 0;  // from tick trades, MDEntryPx(6)
    std::int64_t published = 0; // the latest index snapshot
    int publishedTimeMs = 0;
    double differenceBp = 0; // computed vs published at the published snapshot's arrival
    double maxDifferenceBp = 0;
};

enum class FeedPath : std::uint8_t { Appliance, Mdgw, Replay };
inline constexpr std::size_t kFeedPaths = 3;
const char* feedPathName(FeedPath p);

struct LatencyView
{
    FeedPath path = FeedPath::Appliance;
    std::uint16_t channel = 0; // 0: every channel of the path
    std::string stage;         // "hw→recv", "recv→book", "hw→book"; per channel "end to end"
    std::uint64_t count = 0;
    std::uint64_t p50 = 0, p99 = 0, p999 = 0, max = 0; // ns
};

struct EngineStats
{
    std::uint64_t events = 0;    // applied since start
    double eventsPerSecond = 0;  // over the last publication interval
    std::uint64_t snapshots = 0; // exchange snapshots received
    std::size_t queueDepth = 0;
    std::size_t queueHighWater = 0;
    std::uint64_t producerWaits = 0; // times the receiving side found the queue full and waited
    std::uint64_t publications = 0;
};

struct MarketSnapshot
{
    std::uint64_t serial = 0;
    OrderClassThresholds thresholds; // the large-order classes the statistics use
    std::vector<Quote> quotes;       // every security seen, by code
    // The detail of each focused security the engine has seen, in the order of the focus list
    // (the most recently focused first).
    std::vector<FocusView> focused;
    std::vector<ChannelView> channels;
    CrossCheckStats crossCheck;
    std::vector<IndexView> indices;
    std::vector<LatencyView> latency;
    EngineStats stats;

    // The detail of one security, null when it is not focused (or not seen yet).
    const FocusView* focusOf(SecurityKey security) const
    {
        for (const FocusView& f : focused)
            if (f.security == security)
                return &f;
        return nullptr;
    }
    // The most recently focused security's detail (panels that follow no security show it).
    const FocusView* primaryFocus() const { return focused.empty() ? nullptr : &focused.front(); }
};

using MarketSnapshotPtr = std::shared_ptr<const MarketSnapshot>;

} // namespace ws::md
