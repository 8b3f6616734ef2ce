#include "md/OrderBook.h"

#include <algorithm>
#include <cstdlib>

namespace ws::md {

namespace {

bool inNoCancelWindow(std::int64_t stamp)
{
    const int t = timeOfDayMs(stamp);
    return (t >= hmsMs(9, 20) && t < hmsMs(9, 25)) || (t >= hmsMs(14, 57) && t < hmsMs(15, 0));
}

// Bids ascend and asks descend towards the back (the best): "better" means nearer the back.
bool better(Side side, std::int64_t a, std::int64_t b)
{
    return side == Side::Buy ? a > b : a < b;
}

} // namespace

// --- OrderBook -----------------------------------------------------------------------------

std::vector<std::int64_t> OrderBook::queue(Side side, std::size_t i, std::size_t max) const
{
    std::vector<std::int64_t> out;
    if (i >= depth(side))
        return out;
    for (std::uint32_t n = level(side, i).head; n != BookBuilder::kNil && out.size() < max;
         n = builder_->pool_[n].next)
        out.push_back(builder_->pool_[n].qty);
    return out;
}

AuctionMatch OrderBook::auctionMatch(std::int64_t referencePrice) const
{
    // Candidate prices: every level's price. Cumulative buy volume at p counts bids >= p,
    // cumulative sell volume counts asks <= p.
    std::vector<std::int64_t> prices;
    prices.reserve(bids_.size() + asks_.size());
    for (const PriceLevel& l : bids_)
        prices.push_back(l.price);
    for (const PriceLevel& l : asks_)
        prices.push_back(l.price);
    std::sort(prices.begin(), prices.end());
    prices.erase(std::unique(prices.begin(), prices.end()), prices.end());

    AuctionMatch best;
    // Walk the candidates upwards. bids_ ascends, and asks_ descends so its reverse ascends.
    std::int64_t buyAbove = 0; // bids with price >= p
    for (const PriceLevel& l : bids_)
        buyAbove += l.qty;
    std::int64_t sellBelow = 0; // asks with price <= p
    auto bid = bids_.begin();   // the lowest bid level not yet below p
    auto ask = asks_.rbegin();  // the lowest ask level not yet counted
    bool any = false;
    for (std::int64_t p : prices) {
        while (bid != bids_.end() && bid->price < p) {
            buyAbove -= bid->qty;
            ++bid;
        }
        while (ask != asks_.rend() && ask->price <= p) {
            sellBelow += ask->qty;
            ++ask;
        }
        const std::int64_t matched = std::min(buyAbove, sellBelow);
        if (matched <= 0)
            continue;
        const std::int64_t imbalance = buyAbove - sellBelow;
        const bool take = !any || matched > best.volume ||
                          (matched == best.volume && std::llabs(imbalance) < std::llabs(best.imbalance)) ||
                          (matched == best.volume && std::llabs(imbalance) == std::llabs(best.imbalance) &&
                           std::llabs(p - referencePrice) < std::llabs(best.price - referencePrice));
        if (take) {
            best = {p, matched, imbalance};
            any = true;
        }
    }
    return best;
}

// --- BookBuilder ---------------------------------------------------------------------------

BookBuilder::BookBuilder() : held_(65536, 0) {}

const OrderBook* BookBuilder::book(SecurityKey security) const
{
    const std::uint32_t i = bookBySecurity_.find(security);
    return i == KeyMap::kMissing ? nullptr : &books_[i];
}

std::vector<const OrderBook*> BookBuilder::books() const
{
    std::vector<const OrderBook*> out;
    for (const OrderBook& b : books_)
        out.push_back(&b);
    return out;
}

std::uint32_t BookBuilder::bookIndex(SecurityKey security, std::uint16_t channel)
{
    const std::uint32_t found = bookBySecurity_.find(security);
    if (found != KeyMap::kMissing)
        return found;
    const auto i = static_cast<std::uint32_t>(books_.size());
    OrderBook& b = books_.emplace_back();
    b.security_ = security;
    b.channel_ = channel;
    b.builder_ = this;
    bookBySecurity_.insert(security, i);
    return i;
}

std::uint32_t BookBuilder::allocate()
{
    if (free_ != kNil) {
        const std::uint32_t n = free_;
        free_ = pool_[n].next;
        pool_[n] = Node{};
        return n;
    }
    pool_.emplace_back();
    return static_cast<std::uint32_t>(pool_.size() - 1);
}

void BookBuilder::release(std::uint32_t node)
{
    index_.erase(pool_[node].key);
    pool_[node].next = free_;
    free_ = node;
}

std::size_t BookBuilder::findLevel(const OrderBook::Levels& v, Side side, std::int64_t price, bool& found)
{
    // Linear from the best end first: that is where almost every event lands.
    const std::size_t n = v.size();
    const std::size_t scan = std::min<std::size_t>(n, 8);
    for (std::size_t k = 0; k < scan; ++k) {
        const std::size_t i = n - 1 - k;
        if (v[i].price == price) {
            found = true;
            return i;
        }
        if (better(side, price, v[i].price)) {
            found = false;
            return i + 1;
        }
    }
    // Deeper: binary search over [0, n - scan). Levels are ordered worse-to-better.
    const auto end = v.begin() + static_cast<std::ptrdiff_t>(n - scan);
    const auto it = std::lower_bound(v.begin(), end, price, [side](const PriceLevel& l, std::int64_t p) {
        return better(side, p, l.price); // l is worse than p
    });
    found = it != end && it->price == price;
    return static_cast<std::size_t>(it - v.begin());
}

void BookBuilder::rest(std::uint32_t n)
{
    Node& node = pool_[n];
    node.state = State::Resting;
    OrderBook& b = books_[node.book];
    OrderBook::Levels& v = b.levels(node.side);
    bool found = false;
    const std::size_t i = findLevel(v, node.side, node.price, found);
    if (!found) {
        v.insert(v.begin() + static_cast<std::ptrdiff_t>(i), PriceLevel{node.price, 0, 0, n, n});
        node.prev = node.next = kNil;
    } else {
        PriceLevel& l = v[i];
        node.prev = l.tail;
        node.next = kNil;
        pool_[l.tail].next = n;
        l.tail = n;
    }
    PriceLevel& l = v[i];
    l.qty += node.qty;
    ++l.orders;
}

void BookBuilder::unlink(std::uint32_t n)
{
    Node& node = pool_[n];
    OrderBook::Levels& v = books_[node.book].levels(node.side);
    bool found = false;
    const std::size_t i = findLevel(v, node.side, node.price, found);
    if (!found)
        return; // cannot happen for a resting node; keep the book intact if it ever does
    PriceLevel& l = v[i];
    l.qty -= node.qty;
    --l.orders;
    if (node.prev != kNil)
        pool_[node.prev].next = node.next;
    else
        l.head = node.next;
    if (node.next != kNil)
        pool_[node.next].prev = node.prev;
    else
        l.tail = node.prev;
    if (l.orders == 0)
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(i));
    node.prev = node.next = kNil;
}

void BookBuilder::settleHeld(std::uint16_t channel, std::uint64_t unlessKey1, std::uint64_t unlessKey2)
{
    const std::uint64_t key = held_[channel];
    if (key == 0 || key == unlessKey1 || key == unlessKey2)
        return;
    held_[channel] = 0;
    const std::uint32_t n = index_.find(key);
    if (n == IdMap::kMissing)
        return;
    // The channel moved on: a market order that traded and was not cancelled rests at its
    // fill price (counterparty-best remainder); one that never traded waits for its cancel.
    if (pool_[n].traded && pool_[n].qty > 0)
        rest(n);
}

std::optional<std::uint8_t> BookBuilder::orderTag(std::uint16_t channel, std::int64_t seq) const
{
    const std::uint32_t n = index_.find(orderKey(channel, seq));
    if (n == IdMap::kMissing)
        return std::nullopt;
    return pool_[n].tag;
}

void BookBuilder::apply(const TickOrder& o, std::uint8_t tag)
{
    ++stats_.orders;
    settleHeld(o.channel, 0, 0);
    const std::uint32_t n = allocate();
    Node& node = pool_[n];
    node.key = orderKey(o.channel, o.seq);
    node.tag = tag;
    node.qty = o.qty;
    node.side = o.side;
    node.book = bookIndex(o.security, o.channel);
    index_.insert(node.key, n);
    switch (o.ordType) {
    case '1': // market: held aside, priced by its fills
        node.state = State::Held;
        held_[o.channel] = node.key;
        break;
    case 'U': { // best own side: rests at the own best, if there is one
        const auto own = books_[node.book].bestPrice(o.side);
        if (own) {
            node.price = *own;
            rest(n);
        } else {
            node.state = State::Held;
            ++stats_.unpricedOwnSide;
        }
        break;
    }
    default: // limit
        node.price = o.price;
        rest(n);
        break;
    }
}

std::uint32_t BookBuilder::reduce(std::uint64_t key, std::int64_t qty, std::int64_t price)
{
    const std::uint32_t n = index_.find(key);
    if (n == IdMap::kMissing) {
        ++stats_.unknownOrderRefs;
        return kNil;
    }
    Node& node = pool_[n];
    const std::uint32_t book = node.book;
    if (qty > node.qty) {
        ++stats_.overfills;
        qty = node.qty;
    }
    if (node.state == State::Resting) {
        if (node.qty == qty) {
            unlink(n);
            release(n);
            return book;
        }
        OrderBook::Levels& v = books_[node.book].levels(node.side);
        bool found = false;
        const std::size_t i = findLevel(v, node.side, node.price, found);
        if (found)
            v[i].qty -= qty;
        node.qty -= qty;
        return book;
    }
    // Held market order: it takes the price of its fills.
    node.qty -= qty;
    node.price = price;
    node.traded = true;
    if (node.qty == 0)
        release(n);
    return book;
}

void BookBuilder::apply(const TickTrade& t)
{
    const std::uint64_t bidKey = t.bidSeq > 0 ? orderKey(t.channel, t.bidSeq) : 0;
    const std::uint64_t offerKey = t.offerSeq > 0 ? orderKey(t.channel, t.offerSeq) : 0;
    settleHeld(t.channel, bidKey, offerKey);
    if (t.isCancel()) {
        ++stats_.cancels;
        if (inNoCancelWindow(t.time))
            ++stats_.flaggedCancels;
        const std::uint64_t key = bidKey ? bidKey : offerKey;
        const std::uint32_t n = index_.find(key);
        if (n == IdMap::kMissing) {
            ++stats_.unknownOrderRefs;
            return;
        }
        if (pool_[n].state == State::Resting)
            unlink(n);
        if (held_[t.channel] == key)
            held_[t.channel] = 0;
        release(n);
        return;
    }
    ++stats_.trades;
    const std::uint32_t bidBook = bidKey ? reduce(bidKey, t.qty, t.price) : kNil;
    const std::uint32_t offerBook = offerKey ? reduce(offerKey, t.qty, t.price) : kNil;
    const std::uint32_t bookOfTrade = bidBook != kNil     ? bidBook
                                      : offerBook != kNil ? offerBook
                                                          : bookIndex(t.security, t.channel);
    OrderBook& b = books_[bookOfTrade];
    if (b.numTrades == 0) {
        b.openPrice = b.highPrice = b.lowPrice = t.price;
    } else {
        b.highPrice = std::max(b.highPrice, t.price);
        b.lowPrice = std::min(b.lowPrice, t.price);
    }
    b.lastPrice = t.price;
    b.volume += t.qty;
    b.turnover += t.price * t.qty;
    ++b.numTrades;
    b.lastTime = t.time;
}

void BookBuilder::clearChannel(std::uint16_t channel)
{
    for (OrderBook& b : books_) {
        if (b.channel_ != channel)
            continue;
        for (Side side : {Side::Buy, Side::Sell})
            for (const PriceLevel& l : b.levels(side))
                for (std::uint32_t n = l.head; n != kNil;) {
                    const std::uint32_t next = pool_[n].next;
                    release(n);
                    n = next;
                }
        b.bids_.clear();
        b.asks_.clear();
        b.lastPrice = b.openPrice = b.highPrice = b.lowPrice = 0;
        b.volume = b.turnover = b.numTrades = b.lastTime = 0;
    }
    held_[channel] = 0;
    // Held (non-resting) orders of the channel are not in any level; drop them from the index.
    for (std::uint32_t n = 0; n < pool_.size(); ++n)
        if (pool_[n].state == State::Held && (pool_[n].key >> 48) == channel &&
            index_.find(pool_[n].key) == n)
            release(n);
}

} // namespace ws::md
