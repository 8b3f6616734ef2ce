#pragma once

// Order books rebuilt from SZSE tick-by-tick data (300192 orders, 300191 trades and cancels).
//
// Semantics, as the exchange runs its book and as the open rebuilders document it:
// - ApplSeqNum numbers orders and trades of one channel in one sequence; an order's id is its
//   (ChannelNo, ApplSeqNum).
// - A limit order rests at its price; every trade reduces both orders it names; a cancel
//   (ExecType 4) removes what is left of the one order it names.
// - Market orders (OrdType 1) never rest at the price they carry (not a usable price). They are
//   held aside and take the price of their fills; when the channel moves on to an unrelated
//   message, a remainder that has traded rests at that price (the counterparty-best market
//   order becomes a limit there), one that is cancelled is gone.
// - Best-own-side orders (OrdType U) rest at the own side's best price on arrival; with no own
//   side they are held until the exchange's cancel arrives.
// - Cancels inside the no-cancel windows (09:20-09:25, 14:57-15:00) are counted as flagged,
//   not treated as corruption.
// Levels are kept per side in a vector sorted so that the best price is at the back: nearly
// all activity is within a few levels of the best, where a linear search from the back finds
// the level and an insert moves little.

#include "md/IdMap.h"
#include "md/TickEvents.h"

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace ws::md {

struct PriceLevel
{
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::uint32_t orders = 0;
    std::uint32_t head = 0; // first order in time priority (index into the order pool)
    std::uint32_t tail = 0;
};

// What a call auction would match now: the price with the most executable volume, then the
// least imbalance, then the one nearest the reference price.
struct AuctionMatch
{
    std::int64_t price = 0;
    std::int64_t volume = 0;
    std::int64_t imbalance = 0; // buy volume minus sell volume at that price
};

struct BookStats
{
    std::uint64_t orders = 0;
    std::uint64_t trades = 0;
    std::uint64_t cancels = 0;
    std::uint64_t unknownOrderRefs = 0; // a trade or cancel named an order this book never saw
    std::uint64_t overfills = 0;        // a trade took more than an order had left
    std::uint64_t flaggedCancels = 0;   // cancels inside a no-cancel window
    std::uint64_t unpricedOwnSide = 0;  // best-own-side orders that found no own side
};

class BookBuilder;

// One security's book. Read it on the thread that applies events.
class OrderBook
{
public:
    SecurityKey security() const { return security_; }
    std::uint16_t channel() const { return channel_; }

    std::size_t depth(Side side) const { return levels(side).size(); }
    // The i-th level from the best (0 = best). Requires i < depth(side).
    const PriceLevel& level(Side side, std::size_t i) const
    {
        const auto& v = levels(side);
        return v[v.size() - 1 - i];
    }
    std::optional<std::int64_t> bestPrice(Side side) const
    {
        const auto& v = levels(side);
        return v.empty() ? std::nullopt : std::optional(v.back().price);
    }

    // Quantities of the orders at the i-th level in time priority, at most `max` of them.
    std::vector<std::int64_t> queue(Side side, std::size_t i, std::size_t max = 50) const;

    AuctionMatch auctionMatch(std::int64_t referencePrice) const;

    // From trades (not cancels).
    std::int64_t lastPrice = 0;
    std::int64_t openPrice = 0;
    std::int64_t highPrice = 0;
    std::int64_t lowPrice = 0;
    std::int64_t volume = 0;   // Qty N15(2) units
    std::int64_t turnover = 0; // sum of price x qty, in units of 10^-6 yuan (Price(4) x Qty(2))
    std::int64_t numTrades = 0;
    std::int64_t lastTime = 0;

private:
    friend class BookBuilder;
    using Levels = std::vector<PriceLevel>;
    const Levels& levels(Side s) const { return s == Side::Buy ? bids_ : asks_; }
    Levels& levels(Side s) { return s == Side::Buy ? bids_ : asks_; }

    SecurityKey security_ = 0;
    std::uint16_t channel_ = 0;
    Levels bids_; // ascending price: best bid at the back
    Levels asks_; // descending price: best ask at the back
    const BookBuilder* builder_ = nullptr;
};

class BookBuilder
{
public:
    BookBuilder();

    // `tag` is the caller's, kept with the order while it lives (large-order statistics keep
    // the order's size class there, so a trade can be attributed without a second index).
    void apply(const TickOrder& o, std::uint8_t tag = 0);
    void apply(const TickTrade& t);
    // The tag of a live order (resting or held), nullopt once it is gone or never seen.
    std::optional<std::uint8_t> orderTag(std::uint16_t channel, std::int64_t seq) const;

    // nullptr until the security's first order.
    const OrderBook* book(SecurityKey security) const;
    std::vector<const OrderBook*> books() const;
    const BookStats& stats() const { return stats_; }
    std::size_t liveOrders() const { return index_.size(); }

    // The channel has moved on (a snapshot or heartbeat arrived): a market order whose fills
    // were still arriving rests now, as it would on the channel's next unrelated message.
    void settle(std::uint16_t channel) { settleHeld(channel, 0, 0); }

    // Forget everything of one channel (its sequence broke beyond recovery and it is rebuilt
    // from the start).
    void clearChannel(std::uint16_t channel);

private:
    friend class OrderBook;
    enum class State : std::uint8_t { Resting, Held };
    struct Node
    {
        std::uint64_t key = 0; // channel << 48 | ApplSeqNum
        std::int64_t price = 0;
        std::int64_t qty = 0;
        std::uint32_t prev = kNil;
        std::uint32_t next = kNil;
        std::uint32_t book = 0;
        Side side = Side::Buy;
        State state = State::Resting;
        bool traded = false;
        std::uint8_t tag = 0;
    };
    static constexpr std::uint32_t kNil = ~std::uint32_t{0};
    static std::uint64_t orderKey(std::uint16_t channel, std::int64_t seq)
    {
        return (std::uint64_t{channel} << 48) | (static_cast<std::uint64_t>(seq) & 0xFFFF'FFFF'FFFFull);
    }

    std::uint32_t bookIndex(SecurityKey security, std::uint16_t channel);
    std::uint32_t allocate();
    void release(std::uint32_t node);
    void rest(std::uint32_t node);   // link into its level (creating the level)
    void unlink(std::uint32_t node); // take out of its level (erasing an empty level)
    // Returns the order's book, kNil when the order is unknown.
    std::uint32_t reduce(std::uint64_t key, std::int64_t qty, std::int64_t price);
    void settleHeld(std::uint16_t channel, std::uint64_t unlessKey1, std::uint64_t unlessKey2);
    static std::size_t findLevel(const OrderBook::Levels& v, Side side, std::int64_t price, bool& found);

    std::deque<OrderBook> books_; // stable addresses for book()
    KeyMap bookBySecurity_{1024};
    std::vector<Node> pool_;
    std::uint32_t free_ = kNil;
    IdMap index_;
    // Per channel: the market order whose fills may still be arriving (0: none).
    std::vector<std::uint64_t> held_;
    BookStats stats_;
};

} // namespace ws::md
