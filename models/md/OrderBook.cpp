#include "md/OrderBook.h"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace ws::md {

namespace {

bool noCancelWindow(std::int64_t stamp)
{
    const int t = timeOfDayMs(stamp);
    return (t >= hmsMs(9, 20) && t < hmsMs(9, 25)) || (t >= hmsMs(14, 57) && t < hmsMs(15, 0));
}

} // namespace

// --- Arena ----------------------------------------------------------------------------------

detail::Arena::Arena(std::size_t bytes)
{
    // Address space only: nothing is committed (or counted against memory) until grow(). A
    // system that refuses so much (an address-space limit) gets asked for less.
    for (; bytes >= 16 * kStep; bytes /= 4) {
        void* p =
            ::mmap(nullptr, bytes + kStep, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        mapping_ = p;
        mappingBytes_ = bytes + kStep;
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        base_ = reinterpret_cast<std::byte*>((at + kStep - 1) / kStep * kStep);
        reserved_ = bytes;
        return;
    }
    throw std::bad_alloc();
}

detail::Arena::~Arena()
{
    ::munmap(mapping_, mappingBytes_);
}

bool detail::Arena::grow()
{
    if (committed_ + kStep > reserved_)
        return false;
    std::byte* p = base_ + committed_;
    if (::mprotect(p, kStep, PROT_READ | PROT_WRITE) != 0)
        return false;
#if defined(MADV_HUGEPAGE)
    ::madvise(p, kStep, MADV_HUGEPAGE); // advice only
#endif
    committed_ += kStep;
    return true;
}

// --- OrderIndex -----------------------------------------------------------------------------

std::uint32_t OrderIndex::insertSlow(std::uint64_t key)
{
    const std::uint64_t seq = key & kSeqMask;
    if (seq < kDirectLimit)
        if (Channel* c = channelFor(static_cast<std::uint16_t>(key >> 48))) {
            const std::size_t p = seq >> kPageBits;
            const bool open = p < c->pages.size() && c->pages[p] != kNoPage;
            if (open || c->newest == kNoPage || p > c->newest) {
                if (!open) // a page ahead of the others
                    openPage(*c, p);
                const std::uint32_t id =
                    c->pages[p] << kPageBits | static_cast<std::uint32_t>(seq & kPageMask);
                if (nodes_[id].state != OrderState::Free)
                    return kMissing;
                c->highest = std::max(c->highest, seq);
                ++size_;
                ++info_[c->pages[p]].live;
                return id;
            }
        }
    if (overflow_.find(key) != kMissing)
        return kMissing;
    const std::uint32_t id = allocateOverflow();
    overflow_.insert(key, id);
    ++size_;
    return id;
}

void OrderIndex::eraseOverflow(std::uint64_t key, std::uint32_t id)
{
    overflow_.erase(key);
    nodes_[id].next = freeOverflow_;
    freeOverflow_ = id;
}

void OrderIndex::queueIfOld(std::uint32_t pid)
{
    PageInfo& info = info_[pid];
    if (info.number + kAge <= channels_[info.channel].newest) {
        info.queued = true;
        sparse_.push_back(pid);
    }
}

OrderIndex::Channel* OrderIndex::channelFor(std::uint16_t id)
{
    std::uint8_t& slot = slotOf_[id];
    if (slot == 0) {
        if (channels_.size() == kMaxChannels)
            return nullptr;
        channels_.emplace_back().id = id;
        slot = static_cast<std::uint8_t>(channels_.size());
    }
    return &channels_[slot - 1u];
}

std::uint32_t OrderIndex::takePage()
{
    if (spare_.empty()) {
        const std::size_t first = arena_.committed() / kPageBytes;
        if (!arena_.grow())
            throw std::bad_alloc();
        const std::size_t last = std::min(arena_.committed() / kPageBytes, kMaxPages);
        if (last <= first)
            throw std::length_error("OrderIndex: too many orders");
        info_.resize(last);
        for (std::size_t pid = last; pid-- > first;) // fresh memory: every node Free
            spare_.push_back(static_cast<std::uint32_t>(pid));
    }
    const std::uint32_t pid = spare_.back();
    spare_.pop_back();
    return pid;
}

void OrderIndex::openPage(Channel& c, std::size_t p)
{
    if (p >= c.pages.size())
        c.pages.resize(p + 1, kNoPage);
    const std::uint32_t pid = takePage();
    info_[pid] = {static_cast<std::uint32_t>(p), 0, static_cast<std::uint8_t>(&c - channels_.data()),
                  PageKind::Direct, false};
    c.pages[p] = pid;
    const std::size_t previous = c.newest;
    c.newest = p;
    if (previous == kNoPage)
        return;
    // The pages that have just come of age (the young ones are all within kAge of the previous newest).
    for (std::size_t q = previous >= kAge ? previous - kAge + 1 : 0; q <= previous && q + kAge <= p; ++q)
        if (c.pages[q] != kNoPage) {
            PageInfo& info = info_[c.pages[q]];
            if (info.live < kSparse && !info.queued) {
                info.queued = true;
                sparse_.push_back(c.pages[q]);
            }
        }
}

std::uint32_t OrderIndex::allocateOverflow()
{
    if (freeOverflow_ == kMissing) {
        const std::uint32_t pid = takePage();
        info_[pid].kind = PageKind::Overflow;
        for (std::uint32_t i = kPageNodes; i-- > 0;) {
            nodes_[pid << kPageBits | i].next = freeOverflow_;
            freeOverflow_ = pid << kPageBits | i;
        }
    }
    const std::uint32_t id = freeOverflow_;
    freeOverflow_ = (*this)[id].next;
    return id;
}

void OrderIndex::eraseChannel(std::uint16_t channel)
{
    std::vector<std::pair<std::uint64_t, std::uint32_t>> gone;
    overflow_.forEach([&](std::uint64_t key, std::uint32_t id) {
        if (key >> 48 == channel)
            gone.emplace_back(key, id);
    });
    for (const auto& [key, id] : gone)
        erase(key, id);
    if (const std::uint8_t slot = slotOf_[channel]) {
        Channel& c = channels_[slot - 1u];
        for (std::uint32_t pid : c.pages)
            if (pid != kNoPage) {
                for (std::uint32_t i = 0; i < kPageNodes; ++i)
                    nodes_[std::size_t{pid} * kPageNodes + i].state = OrderState::Free;
                size_ -= info_[pid].live;
                releasePage(pid);
            }
        c.pages.clear();
        c.newest = kNoPage;
        c.highest = 0;
    }
}

// --- PriceLadder ---------------------------------------------------------------------------

std::int64_t PriceLadder::highestAtOrBelow(std::int64_t k) const
{
    if (k < 0)
        return -1;
    std::size_t w = static_cast<std::size_t>(k) >> 6;
    std::uint64_t m = bits_[w] & (~std::uint64_t{0} >> (63 - (k & 63)));
    for (;;) {
        if (m)
            return static_cast<std::int64_t>(w * 64 + 63 - static_cast<std::size_t>(std::countl_zero(m)));
        if (w == 0)
            return -1;
        m = bits_[--w];
    }
}

std::int64_t PriceLadder::lowestUsed() const
{
    for (std::size_t w = 0; w < bits_.size(); ++w)
        if (bits_[w])
            return static_cast<std::int64_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits_[w])));
    return -1;
}

const PriceLevel* PriceLadder::next(Walk& w) const
{
    const PriceLevel* slot = nullptr;
    if (w.slot >= 0) {
        w.slot = highestAtOrBelow(w.slot);
        if (w.slot >= 0)
            slot = &(*pool_)[slots_[static_cast<std::size_t>(w.slot)]];
    }
    const PriceLevel* outlier =
        w.outlier < outliers_.size() ? &(*pool_)[outliers_[outliers_.size() - 1 - w.outlier]] : nullptr;
    if (slot && (!outlier || better(slot->price, outlier->price))) {
        w.current = w.slot--;
        return slot;
    }
    if (outlier) {
        ++w.outlier;
        w.current = -1;
    }
    return outlier;
}

const PriceLevel& PriceLadder::bestSlow() const
{
    const PriceLevel& o = (*pool_)[outliers_.back()];
    if (count_ == 0)
        return o;
    const PriceLevel& s = (*pool_)[slots_[static_cast<std::size_t>(top_)]];
    return better(s.price, o.price) ? s : o;
}

const PriceLevel& PriceLadder::atSlow(std::size_t i) const
{
    if (cursorVersion_ != version_ || cursorIndex_ > i) {
        cursor_ = start();
        next(cursor_);
        cursorIndex_ = 0;
        cursorVersion_ = version_;
    }
    while (cursorIndex_ < i) {
        next(cursor_);
        ++cursorIndex_;
    }
    return (*pool_)[cursor_.current >= 0 ? slots_[static_cast<std::size_t>(cursor_.current)]
                                         : outliers_[outliers_.size() - cursor_.outlier]];
}

void PriceLadder::take(std::int64_t k, std::uint32_t id)
{
    const auto w = static_cast<std::size_t>(k) >> 6;
    bits_[w] |= std::uint64_t{1} << (k & 63);
    slots_[static_cast<std::size_t>(k)] = id;
    ++count_;
    ++version_;
    if (k > top_)
        top_ = k;
}

std::size_t PriceLadder::outlierAt(std::int64_t price) const
{
    const auto it =
        std::lower_bound(outliers_.begin(), outliers_.end(), price,
                         [this](std::uint32_t l, std::int64_t p) { return better(p, (*pool_)[l].price); });
    return static_cast<std::size_t>(it - outliers_.begin());
}

std::uint32_t PriceLadder::find(std::int64_t price) const
{
    const std::int64_t k = slotOf(price);
    if (k >= 0)
        return slots_[static_cast<std::size_t>(k)];
    if (outliers_.empty())
        return kNone;
    const std::size_t i = outlierAt(price);
    return i < outliers_.size() && (*pool_)[outliers_[i]].price == price ? outliers_[i] : kNone;
}

std::uint32_t PriceLadder::obtain(std::int64_t price, std::uint32_t owner)
{
    const std::int64_t k = slotOf(price);
    if (k < 0)
        return obtainSlow(price, owner);
    if (slots_[static_cast<std::size_t>(k)] != kNone)
        return slots_[static_cast<std::size_t>(k)];
    const std::uint32_t id = pool_->allocate(price, owner);
    take(k, id);
    return id;
}

std::uint32_t PriceLadder::obtainSlow(std::int64_t price, std::uint32_t owner)
{
    if (price < -kMaxPrice || price > kMaxPrice)
        return obtainOutlier(price, owner);
    const auto key = static_cast<std::int64_t>(keyOf(price));
    if (tick_ == 0) { // the first price: the coarsest grid it is on, a window around it
        const std::int64_t tick = key % 100 == 0 ? 100 : key % 10 == 0 ? 10 : 1;
        relocate(key - kInitialSlots / 2 * tick, kInitialSlots, tick);
        return obtain(price, owner);
    }
    std::int64_t tick = tick_;
    while (key % tick != 0) // off the grid: a finer one (the grid only ever gets finer)
        tick /= 10;
    if (count_ == 0 && tick == tick_) { // nothing to keep: move the window, no copy
        base_ = key - static_cast<std::int64_t>(slots_.size() / 2) * tick_;
        top_ = -1;
        ++version_;
        adoptOutliers();
        return obtain(price, owner);
    }
    // The range the window must cover: its levels and the new price.
    std::int64_t lo = key, hi = key;
    if (count_ > 0) {
        lo = std::min(lo, base_ + lowestUsed() * tick_);
        hi = std::max(hi, base_ + top_ * tick_);
    }
    const std::int64_t span = (hi - lo) / tick + 1;
    if (span > kMaxSpan)
        return obtainOutlier(price, owner);
    std::uint32_t width = std::max<std::uint32_t>(kInitialSlots, static_cast<std::uint32_t>(slots_.size()));
    while (width < 2 * span && width < kMaxSlots)
        width *= 2;
    // Most of the room on the side the prices are moving to.
    const std::int64_t room = width - span;
    const std::int64_t below = key == lo && key != hi   ? room * 3 / 4
                               : key == hi && key != lo ? room / 4
                                                        : room / 2;
    relocate(lo - below * tick, width, tick);
    return obtain(price, owner);
}

std::uint32_t PriceLadder::obtainOutlier(std::int64_t price, std::uint32_t owner)
{
    const std::size_t i = outlierAt(price);
    if (i < outliers_.size() && (*pool_)[outliers_[i]].price == price)
        return outliers_[i];
    ++version_;
    const std::uint32_t id = pool_->allocate(price, owner);
    outliers_.insert(outliers_.begin() + static_cast<std::ptrdiff_t>(i), id);
    return id;
}

void PriceLadder::relocate(std::int64_t base, std::uint32_t width, std::int64_t tick)
{
    std::vector<std::uint32_t> moved(width, kNone);
    std::vector<std::uint64_t> bits(width / 64);
    std::int64_t top = -1;
    for (std::int64_t k = top_; (k = highestAtOrBelow(k)) >= 0; --k) {
        const std::int64_t nk = (base_ + k * tick_ - base) / tick;
        moved[static_cast<std::size_t>(nk)] = slots_[static_cast<std::size_t>(k)];
        bits[static_cast<std::size_t>(nk) >> 6] |= std::uint64_t{1} << (nk & 63);
        top = std::max(top, nk);
    }
    slots_ = std::move(moved);
    bits_ = std::move(bits);
    base_ = base;
    tick_ = tick;
    reach_ = std::uint64_t{width} * static_cast<std::uint64_t>(tick);
    reciprocal_ =
        ((std::uint64_t{1} << 32) + static_cast<std::uint64_t>(tick) - 1) / static_cast<std::uint64_t>(tick);
    static_assert(std::uint64_t{kMaxSlots} * 100 * 100 < (std::uint64_t{1} << 32), "slotOf's reciprocal");
    top_ = top;
    ++version_;
    adoptOutliers();
}

void PriceLadder::adoptOutliers()
{
    if (outliers_.empty())
        return;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < outliers_.size(); ++i) {
        const std::uint32_t id = outliers_[i];
        const std::int64_t price = (*pool_)[id].price;
        const std::int64_t k = price >= -kMaxPrice && price <= kMaxPrice ? slotOf(price) : -1;
        if (k >= 0)
            take(k, id);
        else
            outliers_[kept++] = id;
    }
    outliers_.resize(kept);
    ++version_;
}

void PriceLadder::erase(std::uint32_t id)
{
    ++version_;
    const std::int64_t price = (*pool_)[id].price;
    const std::int64_t k = slotOf(price);
    if (k >= 0) {
        bits_[static_cast<std::size_t>(k) >> 6] &= ~(std::uint64_t{1} << (k & 63));
        slots_[static_cast<std::size_t>(k)] = kNone;
        --count_;
        if (k == top_)
            top_ = highestAtOrBelow(k - 1);
    } else {
        outliers_.erase(outliers_.begin() + static_cast<std::ptrdiff_t>(outlierAt(price)));
    }
    pool_->release(id);
}

// --- OrderBook -----------------------------------------------------------------------------

std::vector<std::int64_t> OrderBook::queue(Side side, std::size_t i, std::size_t max) const
{
    std::vector<std::int64_t> out;
    if (i >= depth(side))
        return out;
    for (std::uint32_t n = level(side, i).head; n != BookBuilder::kNil && out.size() < max;
         n = builder_->index_[n].next)
        out.push_back(builder_->index_[n].qty);
    return out;
}

AuctionMatch OrderBook::auctionMatch(std::int64_t referencePrice) const
{
    // Both sides in ascending price: bids come best (highest) first, asks best (lowest) first.
    std::vector<std::pair<std::int64_t, std::int64_t>> bids, asks; // price, qty
    bids.reserve(depth(Side::Buy));
    asks.reserve(depth(Side::Sell));
    bids_.forEach([&](const PriceLevel& l) { bids.emplace_back(l.price, l.qty); });
    asks_.forEach([&](const PriceLevel& l) { asks.emplace_back(l.price, l.qty); });
    std::reverse(bids.begin(), bids.end());
    // Candidate prices: every level's price. Cumulative buy volume at p counts bids >= p,
    // cumulative sell volume counts asks <= p.
    std::vector<std::int64_t> prices;
    prices.reserve(bids.size() + asks.size());
    for (const auto& l : bids)
        prices.push_back(l.first);
    for (const auto& l : asks)
        prices.push_back(l.first);
    std::sort(prices.begin(), prices.end());
    prices.erase(std::unique(prices.begin(), prices.end()), prices.end());

    AuctionMatch best;
    std::int64_t buyAbove = 0; // bids with price >= p
    for (const auto& l : bids)
        buyAbove += l.second;
    std::int64_t sellBelow = 0; // asks with price <= p
    auto bid = bids.begin();    // the lowest bid level not yet below p
    auto ask = asks.begin();    // the lowest ask level not yet counted
    bool any = false;
    for (std::int64_t p : prices) {
        while (bid != bids.end() && bid->first < p) {
            buyAbove -= bid->second;
            ++bid;
        }
        while (ask != asks.end() && ask->first <= p) {
            sellBelow += ask->second;
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
    return i == KeyMap::kMissing ? nullptr : books_[i].get();
}

std::vector<const OrderBook*> BookBuilder::books() const
{
    std::vector<const OrderBook*> out;
    for (const auto& b : books_)
        out.push_back(b.get());
    return out;
}

std::uint32_t BookBuilder::addBook(SecurityKey security, std::uint16_t channel)
{
    const auto i = static_cast<std::uint32_t>(books_.size());
    OrderBook& b = *books_.emplace_back(std::make_unique<OrderBook>());
    b.security_ = security;
    b.channel_ = channel;
    b.builder_ = this;
    b.bids_.pool_ = b.asks_.pool_ = &levels_;
    bookBySecurity_.insert(security, i);
    return i;
}

void BookBuilder::fold()
{
    index_.fold([this](std::uint32_t from, std::uint32_t to) { moved(from, to); });
}

void BookBuilder::moved(std::uint32_t from, std::uint32_t to)
{
    Node& node = index_[to];
    if (node.state != State::Resting)
        return;
    PriceLevel& l = levels_[node.home];
    if (node.prev != kNil)
        index_[node.prev].next = to;
    else if (l.head == from)
        l.head = to;
    if (node.next != kNil)
        index_[node.next].prev = to;
    else if (l.tail == from)
        l.tail = to;
}

void BookBuilder::rest(std::uint32_t n)
{
    Node& node = index_[n];
    const std::uint32_t book = node.home;
    const std::uint32_t owner = book << 1 | (node.side == Side::Sell ? 1u : 0u);
    const std::uint32_t id = books_[book]->ladder(node.side).obtain(node.price, owner);
    PriceLevel& l = levels_[id];
    node.state = State::Resting;
    node.home = id;
    if (l.orders == 0) {
        l.head = l.tail = n;
        node.prev = node.next = kNil;
    } else {
        node.prev = l.tail;
        node.next = kNil;
        index_[l.tail].next = n;
        l.tail = n;
    }
    l.qty += node.qty;
    ++l.orders;
}

void BookBuilder::unlink(std::uint32_t n)
{
    Node& node = index_[n];
    const std::uint32_t id = node.home;
    const std::uint32_t owner = levels_.owner(id);
    PriceLevel& l = levels_[id];
    l.qty -= node.qty;
    --l.orders;
    if (node.prev != kNil)
        index_[node.prev].next = node.next;
    else
        l.head = node.next;
    if (node.next != kNil)
        index_[node.next].prev = node.prev;
    else
        l.tail = node.prev;
    if (l.orders == 0)
        books_[owner >> 1]->ladder(node.side).erase(id);
    node.prev = node.next = kNil;
    node.home = owner >> 1; // no longer in a level
    node.state = State::Held;
}

bool BookBuilder::inNoCancelWindow(std::int64_t stamp)
{
    // The windows start and end on whole seconds, so the answer is the same for a whole
    // second of stamps (LocalTimeStamp ends in milliseconds): cached.
    if (stamp < 0)
        return noCancelWindow(stamp);
    const std::int64_t second = stamp / 1000;
    if (second != windowSecond_) {
        windowSecond_ = second;
        inWindow_ = noCancelWindow(stamp);
    }
    return inWindow_;
}

void BookBuilder::settleHeldSlow(std::uint16_t channel, std::uint64_t key)
{
    held_[channel] = 0;
    const std::uint32_t n = index_.find(key);
    if (n == OrderIndex::kMissing)
        return;
    // The channel moved on: a market order that traded and was not cancelled rests at its
    // fill price (counterparty-best remainder); one that never traded waits for its cancel.
    if (index_[n].state == State::Held && index_[n].traded && index_[n].qty > 0)
        rest(n);
}

std::optional<std::uint8_t> BookBuilder::orderTag(std::uint16_t channel, std::int64_t seq) const
{
    const std::uint32_t n = index_.find(orderKey(channel, seq));
    if (n == OrderIndex::kMissing)
        return std::nullopt;
    return index_[n].tag;
}

void BookBuilder::apply(const TickOrder& o, std::uint8_t tag)
{
    if (index_.foldPending())
        fold();
    ++stats_.orders;
    settleHeld(o.channel, 0, 0);
    const std::uint64_t key = orderKey(o.channel, o.seq);
    const std::uint32_t book = bookIndex(o.security, o.channel);
    std::uint32_t n = index_.insert(key);
    if (n == OrderIndex::kMissing) { // the same id again (a broken feed): it replaces the old order
        const std::uint32_t old = index_.find(key);
        if (index_[old].state == State::Resting)
            unlink(old);
        index_.erase(key, old);
        n = index_.insert(key);
    }
    Node& node = index_[n];
    node = Node{0, o.qty, kNil, kNil, book, o.side, State::Held, false, tag};
    switch (o.ordType) {
    case '1': // market: held aside, priced by its fills
        node.state = State::Held;
        held_[o.channel] = key;
        break;
    case 'U': { // best own side: rests at the own best, if there is one
        const auto own = books_[book]->bestPrice(o.side);
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

std::uint32_t BookBuilder::reduce(std::uint64_t key, std::uint32_t n, std::int64_t qty, std::int64_t price)
{
    if (n == OrderIndex::kMissing) {
        ++stats_.unknownOrderRefs;
        return kNil;
    }
    Node& node = index_[n];
    const std::uint32_t book = bookOf(node);
    if (qty > node.qty) {
        ++stats_.overfills;
        qty = node.qty;
    }
    if (node.state == State::Resting) {
        if (node.qty == qty) {
            unlink(n);
            index_.erase(key, n);
            return book;
        }
        levels_[node.home].qty -= qty;
        node.qty -= qty;
        return book;
    }
    // Held market order: it takes the price of its fills.
    node.qty -= qty;
    node.price = price;
    node.traded = true;
    if (node.qty == 0)
        index_.erase(key, n);
    return book;
}

void BookBuilder::apply(const TickTrade& t)
{
    if (index_.foldPending())
        fold();
    const std::uint64_t bidKey = t.bidSeq > 0 ? orderKey(t.channel, t.bidSeq) : 0;
    const std::uint64_t offerKey = t.offerSeq > 0 ? orderKey(t.channel, t.offerSeq) : 0;
    settleHeld(t.channel, bidKey, offerKey);
    if (t.isCancel()) {
        ++stats_.cancels;
        if (inNoCancelWindow(t.time))
            ++stats_.flaggedCancels;
        const std::uint64_t key = bidKey ? bidKey : offerKey;
        const std::uint32_t n = index_.find(key);
        if (n == OrderIndex::kMissing) {
            ++stats_.unknownOrderRefs;
            return;
        }
        if (index_[n].state == State::Resting)
            unlink(n);
        if (held_[t.channel] == key)
            held_[t.channel] = 0;
        index_.erase(key, n);
        return;
    }
    ++stats_.trades;
    // Both lookups first: their cache misses overlap.
    const std::uint32_t bidNode = bidKey ? index_.find(bidKey) : OrderIndex::kMissing;
    std::uint32_t offerNode = offerKey ? index_.find(offerKey) : OrderIndex::kMissing;
    const std::uint32_t bidBook = bidKey ? reduce(bidKey, bidNode, t.qty, t.price) : kNil;
    if (offerKey == bidKey && offerKey) // one order on both sides (a broken feed): look again
        offerNode = index_.find(offerKey);
    const std::uint32_t offerBook = offerKey ? reduce(offerKey, offerNode, t.qty, t.price) : kNil;
    const std::uint32_t bookOfTrade = bidBook != kNil     ? bidBook
                                      : offerBook != kNil ? offerBook
                                                          : bookIndex(t.security, t.channel);
    OrderBook& b = *books_[bookOfTrade];
    if (b.numTrades == 0) {
        b.openPrice = b.highPrice = b.lowPrice = t.price;
    } else {
        b.highPrice = std::max(b.highPrice, t.price);
        b.lowPrice = std::min(b.lowPrice, t.price);
    }
    b.lastPrice = t.price;
    b.volume += t.qty;
    // Wrapping, not undefined, whatever the feed says.
    b.turnover =
        static_cast<std::int64_t>(static_cast<std::uint64_t>(b.turnover) +
                                  static_cast<std::uint64_t>(t.price) * static_cast<std::uint64_t>(t.qty));
    ++b.numTrades;
    b.lastTime = t.time;
}

void BookBuilder::clearChannel(std::uint16_t channel)
{
    // Every order of the channel, resting or held: out of its level, then out of the index.
    index_.forEachInChannel(channel, [&](std::uint64_t, std::uint32_t n) {
        if (index_[n].state == State::Resting)
            unlink(n);
    });
    index_.eraseChannel(channel);
    held_[channel] = 0;
    for (const auto& b : books_)
        if (b->channel_ == channel) {
            b->lastPrice = b->openPrice = b->highPrice = b->lowPrice = 0;
            b->volume = b->turnover = b->numTrades = b->lastTime = 0;
        }
}

} // namespace ws::md
