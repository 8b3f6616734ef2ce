#pragma once

// The simulator's own matching book for one security: what the exchange's matching engine does
// with limit and market orders, so that the ticks the day generator publishes (orders, the
// trades they cause, cancels) are exactly what a book rebuilt from them must show.
//
// Prices are the specification's Price N13(4) (yuan x 10^4), quantities Qty N15(2). The price
// range is bounded by the day's price limits, so each side is an array of levels indexed by
// tick, with a bitset of the non-empty ones: finding a level is an index, finding the next best
// is a count of trailing zeros. Orders are nodes in one pool, linked in time priority per level.
// Every live order also has a slot in a dense list, so a random one can be picked for a cancel
// without any map.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace ws::md::sim {

enum class Side : std::uint8_t { Buy, Sell };

inline Side opposite(Side s)
{
    return s == Side::Buy ? Side::Sell : Side::Buy;
}

// One aggregated price level.
struct Level
{
    std::int64_t price = 0;
    std::int64_t qty = 0;
    std::uint32_t orders = 0;
    bool operator==(const Level&) const = default;
};

// An incoming order traded with a resting one, at the resting order's price.
struct Fill
{
    std::int64_t restingSeq = 0;
    std::int64_t price = 0;
    std::int64_t qty = 0;
};

// A call-auction execution between a bid and an offer (at the auction's one price).
struct Cross
{
    std::int64_t bidSeq = 0;
    std::int64_t offerSeq = 0;
    std::int64_t qty = 0;
};

// The price a call auction uncrosses at; volume 0 when nothing crosses.
struct AuctionResult
{
    std::int64_t price = 0;
    std::int64_t volume = 0;
    std::int64_t imbalance = 0; // buy volume minus sell volume at that price
};

struct RemovedOrder
{
    Side side = Side::Buy;
    std::int64_t seq = 0;
    std::int64_t price = 0;
    std::int64_t qty = 0; // what was left of it
};

class MatchingBook
{
public:
    static constexpr std::int64_t kNoLimit = std::numeric_limits<std::int64_t>::max();

    // Prices from lowerLimit to upperLimit inclusive, on a grid of `tick`.
    MatchingBook(std::int64_t lowerLimit, std::int64_t upperLimit, std::int64_t tick);

    std::int64_t lowerLimit() const { return lower_; }
    std::int64_t upperLimit() const { return lower_ + static_cast<std::int64_t>(slots_ - 1) * tick_; }
    std::int64_t tick() const { return tick_; }
    bool validPrice(std::int64_t price) const
    {
        return price >= lower_ && price <= upperLimit() && (price - lower_) % tick_ == 0;
    }

    // Puts an order at the back of its price level, without matching (call auctions, and the
    // remainder of an order after take()). Requires validPrice(price) and qty > 0.
    void rest(Side side, std::int64_t seq, std::int64_t price, std::int64_t qty);

    // Matches an incoming order against the opposite side in price-time priority: levels at
    // or better than `limit` (kNoLimit: any), at most `maxLevels` price levels. Appends one Fill
    // per resting order touched and returns the quantity left over.
    std::int64_t take(Side side, std::int64_t limit, std::int64_t qty, int maxLevels,
                      std::vector<Fill>& fills);

    // The call auction's price: every level's price is a candidate; the most executable volume,
    // then the least |imbalance|, then the nearest the reference price, then the lower price
    // (the candidates are walked upwards and only a strictly better one replaces the best).
    AuctionResult auctionMatch(std::int64_t referencePrice) const;
    // Executes the auction at `price`: bids at or above it against offers at or below it, both in
    // price-time priority. Appends the executions.
    void uncross(std::int64_t price, std::vector<Cross>& crosses);

    std::optional<std::int64_t> best(Side side) const;
    // The best `n` levels (fewer if the side is shorter), best first.
    void levels(Side side, std::size_t n, std::vector<Level>& out) const;
    std::vector<Level> levels(Side side, std::size_t n) const;
    // The quantities of the orders at the best level in time priority, at most `max` of them.
    void bestQueue(Side side, std::size_t max, std::vector<std::int64_t>& out) const;
    std::int64_t totalQty(Side side) const { return ladder(side).totalQty; }

    // Live orders, for cancels: index i in [0, liveOrders()) names one of them (in no
    // particular order). removeLive takes it out of the book.
    std::size_t liveOrders() const { return live_.size(); }
    RemovedOrder removeLive(std::size_t i);

private:
    static constexpr std::uint32_t kNil = ~std::uint32_t{0};
    struct Node
    {
        std::int64_t seq = 0;
        std::int64_t qty = 0;
        std::uint32_t slot = 0;
        std::uint32_t prev = kNil;
        std::uint32_t next = kNil;
        std::uint32_t livePos = 0;
        Side side = Side::Buy;
    };
    struct Slot
    {
        std::int64_t qty = 0;
        std::uint32_t orders = 0;
        std::uint32_t head = kNil;
        std::uint32_t tail = kNil;
    };
    struct Ladder
    {
        std::vector<Slot> slotAt;
        std::vector<std::uint64_t> bits; // non-empty slots
        std::int64_t best = -1;          // slot of the best level, -1 when empty
        std::int64_t totalQty = 0;
    };
    const Ladder& ladder(Side s) const { return s == Side::Buy ? bids_ : asks_; }
    Ladder& ladder(Side s) { return s == Side::Buy ? bids_ : asks_; }
    std::int64_t priceOf(std::int64_t slot) const { return lower_ + slot * tick_; }
    // The next non-empty slot strictly worse than `slot` (-1: none).
    std::int64_t nextWorse(Side side, std::int64_t slot) const;
    // Takes a node out of its level and the live list, and frees it.
    void remove(std::uint32_t node);
    // Reduces a resting order by qty (removing it when nothing is left).
    void reduce(std::uint32_t node, std::int64_t qty);

    std::int64_t lower_ = 0;
    std::int64_t tick_ = 1;
    std::size_t slots_ = 0;
    Ladder bids_;
    Ladder asks_;
    std::vector<Node> pool_;
    std::uint32_t free_ = kNil;
    std::vector<std::uint32_t> live_;
};

} // namespace ws::md::sim
