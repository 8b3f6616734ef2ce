#include "simulators/MatchingBook.h"

#include <algorithm>
#include <bit>
#include <cstdlib>

namespace ws::md::sim {

namespace {

// The highest set bit at or below i (-1: none).
std::int64_t highestAtOrBelow(const std::vector<std::uint64_t>& bits, std::int64_t i)
{
    if (i < 0)
        return -1;
    auto w = static_cast<std::size_t>(i >> 6);
    const unsigned b = static_cast<unsigned>(i & 63);
    std::uint64_t word = bits[w] & (b == 63 ? ~std::uint64_t{0} : ((std::uint64_t{1} << (b + 1)) - 1));
    for (;;) {
        if (word != 0)
            return static_cast<std::int64_t>(w * 64 + 63 - static_cast<std::size_t>(std::countl_zero(word)));
        if (w == 0)
            return -1;
        word = bits[--w];
    }
}

// The lowest set bit at or above i (-1: none).
std::int64_t lowestAtOrAbove(const std::vector<std::uint64_t>& bits, std::int64_t i)
{
    auto w = static_cast<std::size_t>(i >> 6);
    if (w >= bits.size())
        return -1;
    std::uint64_t word = bits[w] & (~std::uint64_t{0} << (i & 63));
    for (;;) {
        if (word != 0)
            return static_cast<std::int64_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(word)));
        if (++w == bits.size())
            return -1;
        word = bits[w];
    }
}

void setBit(std::vector<std::uint64_t>& bits, std::int64_t i)
{
    bits[static_cast<std::size_t>(i >> 6)] |= std::uint64_t{1} << (i & 63);
}

void clearBit(std::vector<std::uint64_t>& bits, std::int64_t i)
{
    bits[static_cast<std::size_t>(i >> 6)] &= ~(std::uint64_t{1} << (i & 63));
}

} // namespace

MatchingBook::MatchingBook(std::int64_t lowerLimit, std::int64_t upperLimit, std::int64_t tick)
    : lower_(lowerLimit), tick_(tick > 0 ? tick : 1)
{
    slots_ = upperLimit >= lowerLimit ? static_cast<std::size_t>((upperLimit - lowerLimit) / tick_) + 1 : 1;
    for (Ladder* l : {&bids_, &asks_}) {
        l->slotAt.assign(slots_, Slot{});
        l->bits.assign((slots_ + 63) / 64, 0);
    }
}

std::optional<std::int64_t> MatchingBook::best(Side side) const
{
    const Ladder& l = ladder(side);
    return l.best < 0 ? std::nullopt : std::optional(priceOf(l.best));
}

std::int64_t MatchingBook::nextWorse(Side side, std::int64_t slot) const
{
    const Ladder& l = ladder(side);
    return side == Side::Buy ? highestAtOrBelow(l.bits, slot - 1) : lowestAtOrAbove(l.bits, slot + 1);
}

void MatchingBook::rest(Side side, std::int64_t seq, std::int64_t price, std::int64_t qty)
{
    std::uint32_t n;
    if (free_ != kNil) {
        n = free_;
        free_ = pool_[n].next;
    } else {
        n = static_cast<std::uint32_t>(pool_.size());
        pool_.emplace_back();
    }
    const std::int64_t slot = (price - lower_) / tick_;
    Node& node = pool_[n];
    node =
        Node{seq, qty, static_cast<std::uint32_t>(slot), kNil, kNil, static_cast<std::uint32_t>(live_.size()),
             side};
    live_.push_back(n);
    Ladder& l = ladder(side);
    Slot& s = l.slotAt[static_cast<std::size_t>(slot)];
    if (s.tail == kNil) {
        s.head = s.tail = n;
        setBit(l.bits, slot);
    } else {
        pool_[s.tail].next = n;
        node.prev = s.tail;
        s.tail = n;
    }
    s.qty += qty;
    ++s.orders;
    l.totalQty += qty;
    if (l.best < 0 || (side == Side::Buy ? slot > l.best : slot < l.best))
        l.best = slot;
}

void MatchingBook::remove(std::uint32_t n)
{
    Node& node = pool_[n];
    Ladder& l = ladder(node.side);
    Slot& s = l.slotAt[node.slot];
    if (node.prev != kNil)
        pool_[node.prev].next = node.next;
    else
        s.head = node.next;
    if (node.next != kNil)
        pool_[node.next].prev = node.prev;
    else
        s.tail = node.prev;
    s.qty -= node.qty;
    --s.orders;
    l.totalQty -= node.qty;
    if (s.orders == 0) {
        clearBit(l.bits, node.slot);
        if (l.best == node.slot)
            l.best = nextWorse(node.side, node.slot);
    }
    const std::uint32_t last = live_.back();
    live_[node.livePos] = last;
    pool_[last].livePos = node.livePos;
    live_.pop_back();
    node.next = free_;
    free_ = n;
}

void MatchingBook::reduce(std::uint32_t n, std::int64_t qty)
{
    Node& node = pool_[n];
    if (qty >= node.qty) {
        remove(n);
        return;
    }
    node.qty -= qty;
    Ladder& l = ladder(node.side);
    l.slotAt[node.slot].qty -= qty;
    l.totalQty -= qty;
}

std::int64_t MatchingBook::take(Side side, std::int64_t limit, std::int64_t qty, int maxLevels,
                                std::vector<Fill>& fills)
{
    const Ladder& opp = ladder(opposite(side));
    for (int levels = 0; qty > 0 && opp.best >= 0 && levels < maxLevels; ++levels) {
        const std::int64_t slot = opp.best;
        const std::int64_t price = priceOf(slot);
        if (limit != kNoLimit && (side == Side::Buy ? price > limit : price < limit))
            break;
        const Slot& s = opp.slotAt[static_cast<std::size_t>(slot)];
        while (qty > 0 && s.head != kNil) {
            const std::uint32_t n = s.head;
            const std::int64_t q = std::min(qty, pool_[n].qty);
            fills.push_back({pool_[n].seq, price, q});
            qty -= q;
            reduce(n, q);
        }
    }
    return qty;
}

AuctionResult MatchingBook::auctionMatch(std::int64_t referencePrice) const
{
    AuctionResult best;
    bool any = false;
    std::int64_t buyAbove = bids_.totalQty; // bids priced at or above the candidate
    std::int64_t sellBelow = 0;             // asks priced at or below the candidate
    for (std::size_t slot = 0; slot < slots_; ++slot) {
        const Slot& b = bids_.slotAt[slot];
        const Slot& a = asks_.slotAt[slot];
        if (b.orders == 0 && a.orders == 0)
            continue;
        sellBelow += a.qty;
        const std::int64_t p = priceOf(static_cast<std::int64_t>(slot));
        const std::int64_t matched = std::min(buyAbove, sellBelow);
        if (matched > 0) {
            const std::int64_t imbalance = buyAbove - sellBelow;
            const bool take =
                !any || matched > best.volume ||
                (matched == best.volume && std::llabs(imbalance) < std::llabs(best.imbalance)) ||
                (matched == best.volume && std::llabs(imbalance) == std::llabs(best.imbalance) &&
                 std::llabs(p - referencePrice) < std::llabs(best.price - referencePrice));
            if (take) {
                best = {p, matched, imbalance};
                any = true;
            }
        }
        buyAbove -= b.qty; // from the next candidate up, these bids are below it
    }
    return best;
}

void MatchingBook::uncross(std::int64_t price, std::vector<Cross>& crosses)
{
    while (bids_.best >= 0 && asks_.best >= 0 && priceOf(bids_.best) >= price &&
           priceOf(asks_.best) <= price) {
        const std::uint32_t b = bids_.slotAt[static_cast<std::size_t>(bids_.best)].head;
        const std::uint32_t a = asks_.slotAt[static_cast<std::size_t>(asks_.best)].head;
        const std::int64_t q = std::min(pool_[b].qty, pool_[a].qty);
        crosses.push_back({pool_[b].seq, pool_[a].seq, q});
        reduce(b, q);
        reduce(a, q);
    }
}

void MatchingBook::levels(Side side, std::size_t n, std::vector<Level>& out) const
{
    out.clear();
    const Ladder& l = ladder(side);
    for (std::int64_t slot = l.best; slot >= 0 && out.size() < n; slot = nextWorse(side, slot)) {
        const Slot& s = l.slotAt[static_cast<std::size_t>(slot)];
        out.push_back({priceOf(slot), s.qty, s.orders});
    }
}

std::vector<Level> MatchingBook::levels(Side side, std::size_t n) const
{
    std::vector<Level> out;
    levels(side, n, out);
    return out;
}

void MatchingBook::bestQueue(Side side, std::size_t max, std::vector<std::int64_t>& out) const
{
    out.clear();
    const Ladder& l = ladder(side);
    if (l.best < 0)
        return;
    for (std::uint32_t n = l.slotAt[static_cast<std::size_t>(l.best)].head; n != kNil && out.size() < max;
         n = pool_[n].next)
        out.push_back(pool_[n].qty);
}

RemovedOrder MatchingBook::removeLive(std::size_t i)
{
    const std::uint32_t n = live_[i];
    const Node& node = pool_[n];
    const RemovedOrder r{node.side, node.seq, priceOf(node.slot), node.qty};
    remove(n);
    return r;
}

} // namespace ws::md::sim
