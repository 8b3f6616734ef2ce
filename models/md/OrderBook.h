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
// Levels are kept per side in a PriceLadder: prices on the tick grid are indexed directly in a
// window of slots that follows the prices it sees, so finding, adding and removing a level is
// O(1) however deep it is; the rare price off the grid or far outside the window is kept
// in a small sorted vector beside it.

#include "md/IdMap.h"
#include "md/OrderIndex.h"
#include "md/TickEvents.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace ws::md {

struct PriceLevel
{
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::uint32_t orders = 0;
    std::uint32_t head = 0; // first order in time priority (a node id of the builder's OrderIndex)
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

// The price levels of all books, by id: a level keeps its id (and its address) while it
// lives, so an order names its level and reaches it without a search. Freed ids are reused
// first, so the levels in use stay packed.
class LevelPool
{
public:
    static constexpr std::uint32_t kNone = ~std::uint32_t{0};
    PriceLevel& operator[](std::uint32_t id) { return chunks_[id >> kChunkBits][id & kChunkMask].level; }
    const PriceLevel& operator[](std::uint32_t id) const
    {
        return chunks_[id >> kChunkBits][id & kChunkMask].level;
    }
    // Whose level it is: book << 1 | side (Sell = 1), as given to allocate().
    std::uint32_t owner(std::uint32_t id) const { return owners_[id]; }

    std::uint32_t allocate(std::int64_t price, std::uint32_t owner)
    {
        std::uint32_t id = free_;
        if (id != kNone) {
            free_ = (*this)[id].head;
            owners_[id] = owner;
        } else {
            if ((owners_.size() & kChunkMask) == 0)
                chunks_.push_back(std::make_unique<Entry[]>(std::size_t{1} << kChunkBits));
            id = static_cast<std::uint32_t>(owners_.size());
            owners_.push_back(owner);
        }
        (*this)[id] = PriceLevel{price, 0, 0, 0, 0};
        return id;
    }
    void release(std::uint32_t id)
    {
        (*this)[id].head = free_;
        free_ = id;
    }

private:
    static constexpr unsigned kChunkBits = 12;
    static constexpr std::uint32_t kChunkMask = (1u << kChunkBits) - 1;
    struct alignas(32) Entry // two to a cache line, none across two
    {
        PriceLevel level;
    };
    static_assert(sizeof(Entry) == 32);
    std::vector<std::unique_ptr<Entry[]>> chunks_; // never move: a level's address is stable
    std::vector<std::uint32_t> owners_;            // by id
    std::uint32_t free_ = kNone;                   // chained through PriceLevel::head
};

// One side of a book: its price levels (ids in a LevelPool), best first.
//
// A level's key is its price for bids and minus its price for asks, so the best level always
// has the highest key. Keys on the side's tick grid (0.01 yuan = 100 raw units for shares,
// refined to 10 or 1 the first time a price needs it: funds and bonds trade in 0.001) within a
// window of slots are indexed directly: slot k holds the level at key base + k * tick, a bitmap
// marks the slots in use and the best slot is tracked. The window is sized and moved to the
// levels it holds (never wider than kMaxSpan ticks between the lowest and the highest, so no
// allocation is sized by a value from the wire); a price off the grid or beyond that span goes
// to `outliers`, a small vector sorted like the book (best at the back). A price is in exactly
// one of the two places.
class PriceLadder
{
public:
    static constexpr std::uint32_t kNone = LevelPool::kNone;

    explicit PriceLadder(Side side) : buy_(side == Side::Buy) {}

    std::size_t depth() const { return count_ + outliers_.size(); }
    // Requires depth() > 0.
    const PriceLevel& best() const
    {
        if (outliers_.empty())
            return (*pool_)[slots_[static_cast<std::size_t>(top_)]];
        return bestSlow();
    }
    // The i-th level from the best (requires i < depth()). Consecutive calls with the same i
    // or i + 1 continue from the previous one, so walking the ladder is O(depth) in all.
    const PriceLevel& at(std::size_t i) const
    {
        if (i == 0)
            return best();
        return atSlow(i);
    }

    // The id of the level at `price`, kNone when there is none.
    std::uint32_t find(std::int64_t price) const;
    // The id of the level at `price`, created (orders == 0, qty == 0, owner as given) when
    // there is none.
    std::uint32_t obtain(std::int64_t price, std::uint32_t owner);
    // Removes (and frees) a level of this side; it must be empty of orders.
    void erase(std::uint32_t id);

    // Calls f(const PriceLevel&) for each level, best first.
    template <class F> void forEach(F&& f) const
    {
        Walk w = start();
        while (const PriceLevel* l = next(w))
            f(*l);
    }

private:
    friend class BookBuilder;
    static constexpr std::int64_t kMaxPrice = std::int64_t{1} << 40; // beyond: an outlier
    static constexpr std::uint32_t kMaxSpan = 8192;                  // ticks, lowest to highest
    static constexpr std::uint32_t kMaxSlots = 2 * kMaxSpan;         // room to move before a copy
    static constexpr std::uint32_t kInitialSlots = 256;

    struct Walk
    {
        std::int64_t slot = -1;    // the next window slot to look at, downwards (-1: none left)
        std::size_t outlier = 0;   // outliers taken (from the back)
        std::int64_t current = -1; // the slot of the level returned last, -1: an outlier
    };
    Walk start() const { return {top_, 0, -1}; }
    const PriceLevel* next(Walk& w) const;
    const PriceLevel& bestSlow() const;
    const PriceLevel& atSlow(std::size_t i) const;

    std::uint64_t keyOf(std::int64_t price) const
    {
        return buy_ ? static_cast<std::uint64_t>(price)
                    : std::uint64_t{0} - static_cast<std::uint64_t>(price);
    }
    // The slot of `price` when it lies on the grid inside the window, else -1. Wrapping
    // arithmetic: any price, however absurd, is either in range or rejected.
    std::int64_t slotOf(std::int64_t price) const
    {
        const std::uint64_t d = keyOf(price) - static_cast<std::uint64_t>(base_);
        if (d >= reach_)
            return -1;
        // d / tick_ as a multiply by reciprocal_ = ceil(2^32 / tick_): exact while d * tick_ < 2^32,
        // and d < reach_ <= kMaxSlots * tick_.
        const std::uint64_t q = (d * reciprocal_) >> 32;
        return q * static_cast<std::uint64_t>(tick_) == d ? static_cast<std::int64_t>(q) : -1;
    }
    std::int64_t highestAtOrBelow(std::int64_t k) const;
    std::int64_t lowestUsed() const;
    std::uint32_t obtainSlow(std::int64_t price, std::uint32_t owner);
    std::uint32_t obtainOutlier(std::int64_t price, std::uint32_t owner);
    void take(std::int64_t k, std::uint32_t id);
    std::size_t outlierAt(std::int64_t price) const; // lower bound in outliers_
    // Moves the window to [base, base + width * tick) on a grid of `tick`; the current levels
    // must fit. Outliers that now fit move in.
    void relocate(std::int64_t base, std::uint32_t width, std::int64_t tick);
    void adoptOutliers();
    bool better(std::int64_t a, std::int64_t b) const { return buy_ ? a > b : a < b; }

    LevelPool* pool_ = nullptr;
    bool buy_ = true;
    std::int64_t tick_ = 0;            // 100, 10 or 1 raw price units; 0 before the first price
    std::int64_t base_ = 0;            // key of slot 0
    std::uint64_t reach_ = 0;          // slots * tick: keys base_ .. base_ + reach_ - 1 are in the window
    std::uint64_t reciprocal_ = 0;     // ceil(2^32 / tick_): see slotOf()
    std::vector<std::uint32_t> slots_; // level ids, kNone where no level
    std::vector<std::uint64_t> bits_;
    std::uint32_t count_ = 0; // slots in use
    std::int64_t top_ = -1;   // the best slot in use, -1 when none
    std::vector<std::uint32_t> outliers_;
    // The last level at() walked to; valid while version_ is unchanged (every level added or
    // removed bumps it).
    std::uint64_t version_ = 1;
    mutable std::uint64_t cursorVersion_ = 0;
    mutable std::size_t cursorIndex_ = 0;
    mutable Walk cursor_;
};

// One security's book. Read it on the thread that applies events (level() keeps a cursor, so
// not even two readers at once).
class OrderBook
{
public:
    SecurityKey security() const { return security_; }
    std::uint16_t channel() const { return channel_; }

    std::size_t depth(Side side) const { return ladder(side).depth(); }
    // The i-th level from the best (0 = best). Requires i < depth(side). O(1) for the best;
    // walking i = 0, 1, 2, ... costs O(1) a step.
    const PriceLevel& level(Side side, std::size_t i) const { return ladder(side).at(i); }
    std::optional<std::int64_t> bestPrice(Side side) const
    {
        const PriceLadder& l = ladder(side);
        return l.depth() == 0 ? std::nullopt : std::optional(l.best().price);
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
    const PriceLadder& ladder(Side s) const { return s == Side::Buy ? bids_ : asks_; }
    PriceLadder& ladder(Side s) { return s == Side::Buy ? bids_ : asks_; }

    SecurityKey security_ = 0;
    std::uint16_t channel_ = 0;
    PriceLadder bids_{Side::Buy};
    PriceLadder asks_{Side::Sell};
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
    using Node = OrderNode;
    using State = OrderState;
    static constexpr std::uint32_t kNil = OrderNode::kNone;
    static std::uint64_t orderKey(std::uint16_t channel, std::int64_t seq)
    {
        return (std::uint64_t{channel} << 48) | (static_cast<std::uint64_t>(seq) & 0xFFFF'FFFF'FFFFull);
    }

    std::uint32_t bookIndex(SecurityKey security, std::uint16_t channel)
    {
        const std::uint32_t found = bookBySecurity_.find(security);
        return found != KeyMap::kMissing ? found : addBook(security, channel);
    }
    std::uint32_t addBook(SecurityKey security, std::uint16_t channel);
    void rest(std::uint32_t node);   // link into its level (creating the level)
    void unlink(std::uint32_t node); // take out of its level (erasing an empty level)
    // The order `key`, found at `node` (OrderIndex::kMissing: unknown), traded `qty` at `price`.
    // Returns the order's book, kNil when the order is unknown.
    std::uint32_t reduce(std::uint64_t key, std::uint32_t node, std::int64_t qty, std::int64_t price);
    void settleHeld(std::uint16_t channel, std::uint64_t unlessKey1, std::uint64_t unlessKey2)
    {
        const std::uint64_t key = held_[channel];
        if (key != 0 && key != unlessKey1 && key != unlessKey2)
            settleHeldSlow(channel, key);
    }
    void settleHeldSlow(std::uint16_t channel, std::uint64_t key);
    bool inNoCancelWindow(std::int64_t stamp);
    // Node ids change when the index folds a page: between events, the levels follow.
    void fold();
    void moved(std::uint32_t from, std::uint32_t to);

    std::uint32_t bookOf(const Node& node) const
    {
        return node.state == State::Resting ? levels_.owner(node.home) >> 1 : node.home;
    }

    std::vector<std::unique_ptr<OrderBook>> books_; // stable addresses for book()
    LevelPool levels_;
    KeyMap bookBySecurity_{1024};
    OrderIndex index_; // the orders themselves
    // Per channel: the market order whose fills may still be arriving (0: none).
    std::vector<std::uint64_t> held_;
    BookStats stats_;
    // inNoCancelWindow() of the last second asked about.
    std::int64_t windowSecond_ = -1;
    bool inWindow_ = false;
};

} // namespace ws::md
