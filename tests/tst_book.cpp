// Order-book rebuild: hand-worked scenarios, and the fast book against a brute-force reference
// (every live order in a map, depth aggregated and sorted on each query) on random streams of
// limit, market and best-own-side orders, trades and cancels; also with prices off the tick
// grid, far away or absurd, with order numbers spread over many index pages, and with ids used
// twice. The order index on its own against std::unordered_map.

#include "md/IdMap.h"
#include "md/OrderBook.h"
#include "md/OrderIndex.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

using namespace ws::md;

namespace {

constexpr std::uint16_t kChannel = 2011;
const SecurityKey kSec = securityKey("000001");

TickOrder limit(std::int64_t seq, Side side, std::int64_t price, std::int64_t qty, SecurityKey sec = kSec)
{
    return {kChannel, seq, sec, price, qty, side, '2', 20240614100000000};
}

TickTrade trade(std::int64_t seq, std::int64_t bid, std::int64_t offer, std::int64_t price, std::int64_t qty,
                SecurityKey sec = kSec)
{
    return {kChannel, seq, sec, bid, offer, price, qty, 'F', 20240614100000000};
}

TickTrade cancel(std::int64_t seq, std::int64_t bid, std::int64_t offer, std::int64_t qty,
                 SecurityKey sec = kSec)
{
    return {kChannel, seq, sec, bid, offer, 0, qty, '4', 20240614100000000};
}

using Ladder = std::vector<std::tuple<std::int64_t, std::int64_t, std::uint32_t>>; // price, qty, orders

Ladder ladder(const OrderBook& b, Side side)
{
    Ladder out;
    for (std::size_t i = 0; i < b.depth(side); ++i)
        out.emplace_back(b.level(side, i).price, b.level(side, i).qty, b.level(side, i).orders);
    return out;
}

// The reference: every order in a map, nothing clever.
class ReferenceBook
{
public:
    struct Order
    {
        SecurityKey sec;
        Side side;
        std::int64_t price;
        std::int64_t qty;
        bool resting;
        bool traded;
        std::uint64_t restedAt; // time priority
    };

    void apply(const TickOrder& o)
    {
        settle(0, 0);
        Order r{o.security, o.side, 0, o.qty, false, false, 0};
        if (o.ordType == '2') {
            r.price = o.price;
            r.resting = true;
            r.restedAt = ++clock_;
        } else if (o.ordType == 'U') {
            const auto best = bestPrice(o.security, o.side);
            if (best) {
                r.price = *best;
                r.resting = true;
                r.restedAt = ++clock_;
            }
        } else {
            held_ = o.seq;
        }
        orders_[o.seq] = r;
    }

    void apply(const TickTrade& t)
    {
        settle(t.bidSeq, t.offerSeq);
        if (t.execType == '4') {
            const std::int64_t id = t.bidSeq ? t.bidSeq : t.offerSeq;
            if (held_ == id)
                held_ = 0;
            orders_.erase(id);
            return;
        }
        for (std::int64_t id : {t.bidSeq, t.offerSeq}) {
            auto it = orders_.find(id);
            if (id == 0 || it == orders_.end())
                continue;
            it->second.qty -= std::min(t.qty, it->second.qty);
            if (!it->second.resting) {
                it->second.price = t.price;
                it->second.traded = true;
            }
            if (it->second.qty == 0)
                orders_.erase(it);
        }
    }

    Ladder ladder(SecurityKey sec, Side side) const
    {
        std::map<std::int64_t, std::pair<std::int64_t, std::uint32_t>> levels;
        for (const auto& [id, o] : orders_)
            if (o.sec == sec && o.side == side && o.resting) {
                levels[o.price].first += o.qty;
                ++levels[o.price].second;
            }
        Ladder out;
        for (const auto& [price, agg] : levels)
            out.emplace_back(price, agg.first, agg.second);
        if (side == Side::Buy)
            std::reverse(out.begin(), out.end());
        return out;
    }

    std::vector<std::int64_t> queue(SecurityKey sec, Side side, std::int64_t price) const
    {
        std::vector<std::pair<std::uint64_t, std::int64_t>> at;
        for (const auto& [id, o] : orders_)
            if (o.sec == sec && o.side == side && o.resting && o.price == price)
                at.emplace_back(o.restedAt, o.qty);
        std::sort(at.begin(), at.end());
        std::vector<std::int64_t> out;
        for (std::size_t i = 0; i < at.size() && i < 50; ++i)
            out.push_back(at[i].second);
        return out;
    }

    std::optional<std::int64_t> bestPrice(SecurityKey sec, Side side) const
    {
        const Ladder l = ladder(sec, side);
        return l.empty() ? std::nullopt : std::optional(std::get<0>(l.front()));
    }

    const std::map<std::int64_t, Order>& orders() const { return orders_; }

private:
    void settle(std::int64_t unless1, std::int64_t unless2)
    {
        if (held_ == 0 || held_ == unless1 || held_ == unless2)
            return;
        const auto it = orders_.find(held_);
        held_ = 0;
        if (it != orders_.end() && it->second.traded && it->second.qty > 0) {
            it->second.resting = true;
            it->second.restedAt = ++clock_;
        }
    }
    std::map<std::int64_t, Order> orders_;
    std::int64_t held_ = 0;
    std::uint64_t clock_ = 0;
};

struct StreamOptions
{
    int securities = 3;
    std::int64_t maxSeqGap = 1; // numbers advance by 1 .. maxSeqGap (the channel's other securities)
    bool wildPrices = false;    // off the tick grid, far away, drifting, absurd
    bool reuseIds = false;      // now and then an order with the id of a live one (a broken feed)
};

// Random but well-formed channel: orders first, then trades and cancels naming live orders.
class StreamGenerator
{
public:
    StreamGenerator(std::uint64_t seed, int securities) : StreamGenerator(seed, StreamOptions{securities}) {}
    StreamGenerator(std::uint64_t seed, const StreamOptions& options) : rng_(seed), options_(options)
    {
        for (int i = 0; i < options.securities; ++i)
            secs_.push_back(
                securityKey(std::to_string(1 + i * 7).insert(0, 6 - std::to_string(1 + i * 7).size(), '0')));
    }

    // Emits one "burst" (an order and what follows it) into `out`.
    template <class Sink> void next(const ReferenceBook& ref, Sink&& out)
    {
        const SecurityKey sec = secs_[rng_() % secs_.size()];
        const int dice = static_cast<int>(rng_() % 100);
        std::vector<std::pair<std::int64_t, ReferenceBook::Order>> live;
        for (const auto& [id, o] : ref.orders())
            if (o.sec == sec && o.resting)
                live.emplace_back(id, o);
        if (dice < 50 || live.empty()) {
            const Side side = rng_() % 2 ? Side::Buy : Side::Sell;
            std::int64_t id = nextSeq();
            if (options_.reuseIds && rng_() % 20 == 0 && !ref.orders().empty()) {
                auto it = ref.orders().begin();
                std::advance(it, static_cast<std::ptrdiff_t>(rng_() % ref.orders().size()));
                id = it->first;
            }
            out(limit(id, side, price(side), (1 + static_cast<std::int64_t>(rng_() % 20)) * 10'000, sec));
        } else if (dice < 70) {
            const auto& [id, o] = live[rng_() % live.size()];
            out(cancel(nextSeq(), o.side == Side::Buy ? id : 0, o.side == Side::Sell ? id : 0, o.qty, sec));
        } else if (dice < 85) {
            // A trade between one live bid and one live ask.
            std::vector<std::pair<std::int64_t, ReferenceBook::Order>> bids, asks;
            for (const auto& e : live)
                (e.second.side == Side::Buy ? bids : asks).push_back(e);
            if (bids.empty() || asks.empty())
                return;
            const auto& b = bids[rng_() % bids.size()];
            const auto& a = asks[rng_() % asks.size()];
            const std::int64_t q =
                1 + static_cast<std::int64_t>(rng_() % std::min(b.second.qty, a.second.qty));
            out(trade(nextSeq(), b.first, a.first, a.second.price, q, sec));
        } else if (dice < 95) {
            // A market order: trades against the opposite best, then maybe a cancel of the rest.
            const Side side = rng_() % 2 ? Side::Buy : Side::Sell;
            const std::int64_t qty = (1 + static_cast<std::int64_t>(rng_() % 30)) * 10'000;
            const std::int64_t id = nextSeq();
            out(TickOrder{kChannel, id, sec, 0, qty, side, '1', 20240614100000000});
            std::int64_t left = qty;
            const Ladder opposite = ref.ladder(sec, side == Side::Buy ? Side::Sell : Side::Buy);
            if (!opposite.empty()) {
                const std::int64_t px = std::get<0>(opposite.front());
                for (const auto& [oid, o] : live) {
                    if (o.side == side || o.price != px || left == 0)
                        continue;
                    const std::int64_t q = std::min(left, o.qty);
                    left -= q;
                    out(side == Side::Buy ? trade(nextSeq(), id, oid, px, q, sec)
                                          : trade(nextSeq(), oid, id, px, q, sec));
                }
            }
            if (left > 0 && rng_() % 2)
                out(cancel(nextSeq(), side == Side::Buy ? id : 0, side == Side::Sell ? id : 0, left, sec));
        } else {
            const Side side = rng_() % 2 ? Side::Buy : Side::Sell;
            out(TickOrder{kChannel, nextSeq(), sec, 0, 50'000, side, 'U', 20240614100000000});
        }
    }

private:
    std::int64_t nextSeq()
    {
        seq_ += 1 + static_cast<std::int64_t>(rng_() % static_cast<std::uint64_t>(options_.maxSeqGap));
        return seq_;
    }

    std::int64_t price(Side side)
    {
        const std::int64_t offset = static_cast<std::int64_t>(rng_() % 12) * 100;
        const std::int64_t p = side == Side::Buy ? mid_ - offset : mid_ + 100 + offset;
        if (!options_.wildPrices)
            return p;
        switch (rng_() % 40) {
        case 0: // a 0.001 grid (funds)
            return p + static_cast<std::int64_t>(rng_() % 10) * 10;
        case 1: // finer than any exchange's tick
            return p + static_cast<std::int64_t>(rng_() % 100);
        case 2: // far away: beyond what one window spans
            return p + (rng_() % 2 ? 1 : -1) * static_cast<std::int64_t>(rng_() % 3'000'000);
        case 3: { // absurd (within what the auction arithmetic can sum)
            static constexpr std::int64_t kAbsurd[] = {
                0, -100, 1, (std::int64_t{1} << 40) + 100, -(std::int64_t{1} << 41), std::int64_t{1} << 50};
            return kAbsurd[rng_() % std::size(kAbsurd)];
        }
        case 4: // the market moves
            mid_ += (rng_() % 2 ? 1 : -1) * 100 * static_cast<std::int64_t>(rng_() % 400);
            return p;
        default:
            return p;
        }
    }

    std::mt19937_64 rng_;
    StreamOptions options_;
    std::vector<SecurityKey> secs_;
    std::int64_t seq_ = 0;
    std::int64_t mid_ = 100'000;
};

// What OrderBook::auctionMatch should answer, from the reference's levels.
AuctionMatch bruteAuction(const Ladder& bids, const Ladder& asks, std::int64_t reference)
{
    std::set<std::int64_t> prices;
    for (const Ladder* l : {&bids, &asks})
        for (const auto& level : *l)
            prices.insert(std::get<0>(level));
    AuctionMatch best;
    bool any = false;
    for (std::int64_t p : prices) {
        std::int64_t buy = 0, sell = 0;
        for (const auto& [price, qty, orders] : bids)
            buy += price >= p ? qty : 0;
        for (const auto& [price, qty, orders] : asks)
            sell += price <= p ? qty : 0;
        const std::int64_t matched = std::min(buy, sell);
        if (matched <= 0)
            continue;
        const std::int64_t imbalance = buy - sell;
        if (!any || matched > best.volume ||
            (matched == best.volume && std::llabs(imbalance) < std::llabs(best.imbalance)) ||
            (matched == best.volume && std::llabs(imbalance) == std::llabs(best.imbalance) &&
             std::llabs(p - reference) < std::llabs(best.price - reference))) {
            best = {p, matched, imbalance};
            any = true;
        }
    }
    return best;
}

// The fast book against the reference: every level, queue and best price, the levels again in
// a random order (level() keeps a cursor), the auction match, the live order count.
bool sameAsReference(const BookBuilder& fast, const ReferenceBook& ref, std::mt19937_64& rng, QString& why)
{
    for (const OrderBook* book : fast.books())
        for (Side side : {Side::Buy, Side::Sell}) {
            const Ladder want = ref.ladder(book->security(), side);
            const Ladder got = ladder(*book, side);
            if (got != want) {
                why = QStringLiteral("ladder of %1, %2 levels, %3 wanted")
                          .arg(QString::fromStdString(securityCode(book->security())))
                          .arg(got.size())
                          .arg(want.size());
                return false;
            }
            for (std::size_t i = 0; i < got.size(); ++i)
                if (book->queue(side, i) != ref.queue(book->security(), side, std::get<0>(got[i]))) {
                    why = QStringLiteral("queue at level %1").arg(i);
                    return false;
                }
            if (book->bestPrice(side) !=
                (want.empty() ? std::nullopt : std::optional(std::get<0>(want[0])))) {
                why = QStringLiteral("best price");
                return false;
            }
            for (int k = 0; k < 8 && !want.empty(); ++k) {
                const std::size_t i = rng() % want.size();
                for (std::size_t j : {i, i, i + 1 < want.size() ? i + 1 : i}) {
                    const PriceLevel& l = book->level(side, j);
                    if (std::tuple(l.price, l.qty, l.orders) != want[j]) {
                        why = QStringLiteral("level(%1) out of order").arg(j);
                        return false;
                    }
                }
            }
        }
    for (const OrderBook* book : fast.books()) {
        const AuctionMatch got = book->auctionMatch(100'000);
        const AuctionMatch want = bruteAuction(ref.ladder(book->security(), Side::Buy),
                                               ref.ladder(book->security(), Side::Sell), 100'000);
        if (got.price != want.price || got.volume != want.volume || got.imbalance != want.imbalance) {
            why = QStringLiteral("auction match");
            return false;
        }
    }
    if (fast.liveOrders() != ref.orders().size()) {
        why = QStringLiteral("%1 live orders, %2 wanted").arg(fast.liveOrders()).arg(ref.orders().size());
        return false;
    }
    return true;
}

// Runs `bursts` bursts of a stream through both books, comparing after each.
void compareOnStream(std::uint64_t seed, const StreamOptions& options, int bursts)
{
    BookBuilder fast;
    ReferenceBook ref;
    StreamGenerator gen(seed, options);
    std::mt19937_64 rng(seed * 7 + 1);
    int events = 0;
    auto feed = [&](const auto& e) {
        fast.apply(e);
        ref.apply(e);
        ++events;
    };
    for (int burst = 0; burst < bursts; ++burst) {
        gen.next(ref, feed);
        QString why;
        QVERIFY2(sameAsReference(fast, ref, rng, why),
                 qPrintable(QStringLiteral("seed %1 burst %2: %3").arg(seed).arg(burst).arg(why)));
    }
    QVERIFY(events > bursts);
    QCOMPARE(fast.stats().unknownOrderRefs, 0u);
}

} // namespace

class TestBook : public QObject
{
    Q_OBJECT

private slots:
    void limitOrdersTradesAndCancels()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Buy, 100'000, 30'000));  // 10.00 x 300
        b.apply(limit(2, Side::Buy, 99'900, 20'000));   // 9.99 x 200
        b.apply(limit(3, Side::Buy, 100'000, 10'000));  // 10.00 x 100, behind order 1
        b.apply(limit(4, Side::Sell, 100'100, 50'000)); // 10.01 x 500
        const OrderBook* book = b.book(kSec);
        QVERIFY(book);
        QVERIFY((ladder(*book, Side::Buy) == Ladder{{100'000, 40'000, 2}, {99'900, 20'000, 1}}));
        QVERIFY((book->queue(Side::Buy, 0) == std::vector<std::int64_t>{30'000, 10'000}));
        // An aggressive sell at 10.00 for 350 shares trades 300 with order 1 and 50 with order 3.
        b.apply(limit(5, Side::Sell, 100'000, 35'000));
        b.apply(trade(6, 1, 5, 100'000, 30'000));
        b.apply(trade(7, 3, 5, 100'000, 5'000));
        QVERIFY((ladder(*book, Side::Buy) == Ladder{{100'000, 5'000, 1}, {99'900, 20'000, 1}}));
        QVERIFY((ladder(*book, Side::Sell) == Ladder{{100'100, 50'000, 1}}));
        QCOMPARE(book->lastPrice, 100'000LL);
        QCOMPARE(book->volume, 35'000LL);
        QCOMPARE(book->numTrades, 2LL);
        // Cancel removes the rest of order 3.
        b.apply(cancel(8, 3, 0, 5'000));
        QVERIFY((ladder(*book, Side::Buy) == Ladder{{99'900, 20'000, 1}}));
        QCOMPARE(b.stats().unknownOrderRefs, 0u);
        QCOMPARE(b.liveOrders(), std::size_t{2});
    }

    void marketOrderRemainderRestsAtItsFillPrice()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Sell, 100'100, 20'000));
        b.apply(limit(2, Side::Sell, 100'200, 20'000));
        b.apply(TickOrder{kChannel, 3, kSec, 0, 50'000, Side::Buy, '1', 20240614100000000});
        const OrderBook* book = b.book(kSec);
        QCOMPARE(book->depth(Side::Buy), std::size_t{0}); // a market order never rests at its own price
        b.apply(trade(4, 3, 1, 100'100, 20'000));
        // The next unrelated message settles it: counterparty best, 300 left, rests at 10.01.
        b.apply(limit(5, Side::Buy, 99'000, 10'000));
        QVERIFY((ladder(*book, Side::Buy) == Ladder{{100'100, 30'000, 1}, {99'000, 10'000, 1}}));
        QVERIFY((ladder(*book, Side::Sell) == Ladder{{100'200, 20'000, 1}}));
    }

    void marketOrderRemainderCancelled()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Sell, 100'100, 20'000));
        b.apply(TickOrder{kChannel, 2, kSec, 0, 50'000, Side::Buy, '1', 20240614100000000});
        b.apply(trade(3, 2, 1, 100'100, 20'000));
        b.apply(cancel(4, 2, 0, 30'000)); // IOC: the rest is cancelled
        b.apply(limit(5, Side::Buy, 99'000, 10'000));
        QVERIFY((ladder(*b.book(kSec), Side::Buy) == Ladder{{99'000, 10'000, 1}}));
        QCOMPARE(b.liveOrders(), std::size_t{1});
    }

    void bestOwnSide()
    {
        BookBuilder b;
        b.apply(TickOrder{kChannel, 1, kSec, 0, 10'000, Side::Buy, 'U', 20240614100000000});
        QCOMPARE(b.stats().unpricedOwnSide, 1u);
        QCOMPARE(b.book(kSec)->depth(Side::Buy), std::size_t{0});
        b.apply(cancel(2, 1, 0, 10'000));
        b.apply(limit(3, Side::Buy, 99'500, 10'000));
        b.apply(TickOrder{kChannel, 4, kSec, 123, 20'000, Side::Buy, 'U', 20240614100000000});
        QVERIFY((ladder(*b.book(kSec), Side::Buy) == Ladder{{99'500, 30'000, 2}}));
        QCOMPARE(b.liveOrders(), std::size_t{2});
    }

    void noCancelWindowFlagged()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Buy, 99'500, 10'000));
        TickTrade c = cancel(2, 1, 0, 10'000);
        c.time = 20240614092130000; // 09:21:30, inside the opening call's no-cancel window
        b.apply(c);
        QCOMPARE(b.stats().flaggedCancels, 1u);
        QCOMPARE(b.stats().cancels, 1u);
    }

    void unknownReferencesCounted()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Buy, 99'500, 10'000));
        b.apply(trade(2, 1, 77, 99'500, 5'000)); // order 77 never seen (joined late)
        b.apply(cancel(3, 0, 78, 1'000));
        QCOMPARE(b.stats().unknownOrderRefs, 2u);
        QVERIFY((ladder(*b.book(kSec), Side::Buy) == Ladder{{99'500, 5'000, 1}}));
    }

    // Worked by hand: bids 10.00x300, 9.99x200; asks 9.98x100, 10.00x250.
    // At 9.98 and 9.99: buy 500, sell 100 -> 100. At 10.00: buy 300, sell 350 -> 300.
    void auctionIndicativeMatch()
    {
        BookBuilder b;
        b.apply(limit(1, Side::Buy, 100'000, 30'000));
        b.apply(limit(2, Side::Buy, 99'900, 20'000));
        b.apply(limit(3, Side::Sell, 99'800, 10'000));
        b.apply(limit(4, Side::Sell, 100'000, 25'000));
        const AuctionMatch m = b.book(kSec)->auctionMatch(99'900);
        QCOMPARE(m.price, 100'000LL);
        QCOMPARE(m.volume, 30'000LL);
        QCOMPARE(m.imbalance, -5'000LL);
        // Equal volume and imbalance at two prices: the one nearer the reference wins.
        BookBuilder t;
        t.apply(limit(1, Side::Buy, 100'200, 10'000));
        t.apply(limit(2, Side::Sell, 100'000, 10'000));
        QCOMPARE(t.book(kSec)->auctionMatch(100'000).price, 100'000LL);
        QCOMPARE(t.book(kSec)->auctionMatch(100'300).price, 100'200LL);
    }

    void againstBruteForceReference()
    {
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            compareOnStream(seed, StreamOptions{}, 400);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Prices off the 0.01 grid, far outside the window, absurd, and a market that moves: the
    // ladder's outliers, grid refinement and window moves.
    void againstReferenceWithWildPrices()
    {
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            compareOnStream(seed, StreamOptions{3, 1, true, false}, 600);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Order numbers far apart (a busy channel): orders spread over many index pages, old sparse
    // pages fold and their orders move to the overflow while resting in their queues.
    void againstReferenceAcrossIndexPages()
    {
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            compareOnStream(seed, StreamOptions{3, 400, false, false}, 900);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // An id used again while its order lives (a broken feed): the new order replaces the old.
    void againstReferenceWithReusedIds()
    {
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            compareOnStream(seed, StreamOptions{3, 3, true, true}, 500);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Any int64 is a price the feed may send: ordered, found and removed like the others.
    void extremePrices()
    {
        constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
        constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
        const std::int64_t prices[] = {
            100'000,           kMax,   kMin, 0, -5, 1, 100'005, 99'990, std::int64_t{1} << 45,
            100'000 + 819'200, 100'100};
        for (Side side : {Side::Buy, Side::Sell}) {
            BookBuilder b;
            std::int64_t seq = 0;
            for (std::int64_t p : prices)
                b.apply(limit(++seq, side, p, 10'000));
            b.apply(limit(++seq, side, kMax, 20'000)); // a second order at the top
            std::vector<std::int64_t> sorted(std::begin(prices), std::end(prices));
            std::sort(sorted.begin(), sorted.end());
            if (side == Side::Buy)
                std::reverse(sorted.begin(), sorted.end());
            const OrderBook& book = *b.book(kSec);
            QCOMPARE(book.depth(side), sorted.size());
            for (std::size_t i = 0; i < sorted.size(); ++i)
                QCOMPARE(book.level(side, i).price, sorted[i]);
            const std::size_t top = side == Side::Buy ? 0 : sorted.size() - 1;
            QCOMPARE(book.level(side, top).orders, 2u);
            QVERIFY((book.queue(side, top) == std::vector<std::int64_t>{10'000, 20'000}));
            for (std::int64_t id = 1; id <= seq; ++id)
                b.apply(cancel(seq + id, side == Side::Buy ? id : 0, side == Side::Sell ? id : 0, 10'000));
            QCOMPARE(book.depth(side), std::size_t{0});
            QCOMPARE(b.liveOrders(), std::size_t{0});
            b.apply(limit(100, side, 100'000, 10'000)); // and the side works as new
            QCOMPARE(*book.bestPrice(side), 100'000LL);
        }
    }

    // A channel cleared (its sequence broke) loses its orders and statistics; another channel
    // keeps its own, and the cleared one starts again from 1.
    void clearChannelKeepsOtherChannels()
    {
        constexpr std::uint16_t kOther = 2012;
        const SecurityKey other = securityKey("300750");
        BookBuilder b;
        for (std::int64_t seq = 1; seq <= 6000; ++seq) {
            const Side side = seq % 2 ? Side::Buy : Side::Sell;
            const std::int64_t px = side == Side::Buy ? 99'000 - seq % 7 * 100 : 101'000 + seq % 7 * 100;
            b.apply(limit(seq, side, px, 10'000));
            TickOrder o = limit(seq, side, px, 20'000, other);
            o.channel = kOther;
            b.apply(o, 3);
        }
        b.apply(TickOrder{kChannel, 6001, kSec, 0, 20'000, Side::Buy, '1', 20240614100000000}); // held
        b.apply(trade(6002, 6001, 2, 101'200, 10'000)); // fills order 2, half the market order
        QCOMPARE(b.liveOrders(), std::size_t{12'000});
        const Ladder before = ladder(*b.book(other), Side::Buy);
        b.clearChannel(kChannel);
        QCOMPARE(b.liveOrders(), std::size_t{6000});
        QCOMPARE(b.book(kSec)->depth(Side::Buy), std::size_t{0});
        QCOMPARE(b.book(kSec)->depth(Side::Sell), std::size_t{0});
        QCOMPARE(b.book(kSec)->numTrades, 0LL);
        QVERIFY(ladder(*b.book(other), Side::Buy) == before);
        QCOMPARE(b.orderTag(kOther, 4000), std::optional<std::uint8_t>(3));
        QVERIFY(!b.orderTag(kChannel, 4000));
        b.apply(limit(1, Side::Buy, 99'500, 10'000));
        b.apply(limit(2, Side::Sell, 99'600, 10'000));
        b.apply(trade(3, 1, 2, 99'600, 5'000));
        QVERIFY((ladder(*b.book(kSec), Side::Buy) == Ladder{{99'500, 5'000, 1}}));
        QCOMPARE(b.liveOrders(), std::size_t{6002});
        QCOMPARE(b.stats().unknownOrderRefs, 0u);
    }

    void securityKeysFromRawFields()
    {
        std::uint64_t spaces, nuls;
        std::memcpy(&spaces, "000001  ", 8);
        std::memcpy(&nuls, "000001\0\0", 8);
        QCOMPARE(securityKeyFromBytes(spaces), securityKey("000001"));
        QCOMPARE(securityKeyFromBytes(nuls), securityKey("000001"));
        QCOMPARE(securityCode(securityKey("300750")), std::string("300750"));
    }

    void idMapAgainstUnorderedMap()
    {
        IdMap map(16);
        std::unordered_map<std::uint64_t, std::uint32_t> ref;
        std::mt19937_64 rng(3);
        for (int i = 0; i < 200'000; ++i) {
            const std::uint64_t key = rng() % 5'000 + (rng() % 2 ? 0 : (std::uint64_t{7} << 48));
            switch (rng() % 3) {
            case 0:
            case 1: {
                const auto v = static_cast<std::uint32_t>(rng());
                map.insert(key, v);
                ref[key] = v;
                break;
            }
            default:
                QCOMPARE(map.erase(key), ref.erase(key) == 1);
            }
            if (i % 1000 == 0) {
                QCOMPARE(map.size(), ref.size());
                for (const auto& [k, v] : ref)
                    QCOMPARE(map.find(k), v);
            }
        }
    }

    // The order index on its own: random inserts, erases and finds against std::unordered_map
    // over channels beyond the 64 with pages, numbers behind folded pages, from 2^28 and from
    // 2^32 (the overflow), with pages folded now and then (their orders move, their data with
    // them).
    void orderIndexAgainstUnorderedMap()
    {
        OrderIndex index;
        std::unordered_map<std::uint64_t, std::int64_t> ref; // key -> payload (the node's qty)
        std::vector<std::uint64_t> keys;                     // live keys, to pick from
        std::unordered_map<std::uint64_t, std::size_t> at;   // where in keys
        std::mt19937_64 rng(11);
        std::vector<std::uint64_t> next(70, 1); // per channel: the next number
        std::int64_t payload = 0;
        std::size_t moves = 0;
        auto pick = [&] { return keys[rng() % keys.size()]; };
        auto drop = [&](std::uint64_t key) {
            const std::uint32_t id = index.find(key);
            QVERIFY(id != OrderIndex::kMissing);
            index.erase(key, id);
            ref.erase(key);
            const std::size_t i = at[key];
            keys[i] = keys.back();
            at[keys[i]] = i;
            keys.pop_back();
            at.erase(key);
        };
        for (int i = 0; i < 300'000; ++i) {
            const int dice = static_cast<int>(rng() % 100);
            if (dice < 50 || keys.empty()) {
                const std::uint64_t channel = rng() % 8 == 0 ? 2000 + rng() % 70 : 2011 + rng() % 3;
                std::uint64_t seq;
                switch (rng() % 50) {
                case 0:
                    seq = (std::uint64_t{1} << 32) + rng() % 1000; // beyond 2^32: the overflow
                    break;
                case 1:
                    seq = (std::uint64_t{1} << 28) + rng() % 1000; // beyond the pages' reach
                    break;
                case 2:
                    seq = rng() % 4096; // long behind: the overflow, or a page kept
                    break;
                default:
                    seq = next[channel % 70] += 1 + rng() % 40;
                }
                const std::uint64_t key = channel << 48 | seq;
                const std::uint32_t id = index.insert(key);
                if (ref.count(key)) {
                    QCOMPARE(id, OrderIndex::kMissing); // live already
                    continue;
                }
                QVERIFY(id != OrderIndex::kMissing);
                QCOMPARE(index[id].state, OrderState::Free);
                index[id].state = OrderState::Held;
                index[id].qty = ++payload;
                ref[key] = payload;
                at[key] = keys.size();
                keys.push_back(key);
            } else if (dice < 90) {
                drop(pick());
            } else if (dice < 97) {
                const std::uint64_t key = pick() + 1 + rng() % 3; // maybe live, maybe not
                const std::uint32_t id = index.find(key);
                QCOMPARE(id == OrderIndex::kMissing, !ref.count(key));
                if (id != OrderIndex::kMissing)
                    QCOMPARE(index[id].qty, ref[key]);
            } else {
                index.fold([&](std::uint32_t from, std::uint32_t to) {
                    QCOMPARE(index[from].state, OrderState::Free);
                    QVERIFY(index[to].state != OrderState::Free);
                    ++moves;
                });
            }
            if (i % 5000 == 0) {
                QCOMPARE(index.size(), ref.size());
                for (const auto& [key, value] : ref) {
                    const std::uint32_t id = index.find(key);
                    QVERIFY(id != OrderIndex::kMissing);
                    QCOMPARE(index[id].qty, value);
                }
            }
        }
        QVERIFY2(moves > 1000, qPrintable(QString::number(moves)));
        QVERIFY2(index.overflowSize() > 1000, qPrintable(QString::number(index.overflowSize())));
        // Every order of one channel, and only those, then that channel forgotten.
        std::set<std::uint64_t> want, got;
        for (const auto& [key, value] : ref)
            if (key >> 48 == 2012)
                want.insert(key);
        index.forEachInChannel(2012, [&](std::uint64_t key, std::uint32_t id) {
            got.insert(key);
            QCOMPARE(index[id].qty, ref[key]);
        });
        QVERIFY(got == want);
        index.eraseChannel(2012);
        for (std::uint64_t key : want) {
            QCOMPARE(index.find(key), OrderIndex::kMissing);
            ref.erase(key);
        }
        QCOMPARE(index.size(), ref.size());
    }

    // Pages of orders that are gone come back for reuse, and memory stays at the peak of live
    // orders, not the length of the day.
    void orderIndexPagesAreFreed()
    {
        OrderIndex index;
        std::uint64_t seq = 0;
        std::vector<std::pair<std::uint64_t, std::uint32_t>> live;
        std::size_t peak = 0;
        for (int round = 0; round < 40; ++round) {
            // 40,000 orders a round; all but a few long-lived ones go before the next round.
            for (int i = 0; i < 40'000; ++i) {
                const std::uint64_t key = std::uint64_t{kChannel} << 48 | ++seq;
                const std::uint32_t id = index.insert(key);
                index[id].state = OrderState::Resting;
                index[id].qty = static_cast<std::int64_t>(seq);
                live.emplace_back(key, id);
            }
            std::vector<std::pair<std::uint64_t, std::uint32_t>> kept;
            for (const auto& [key, id] : live)
                if ((key & 0xFFFF'FFFF'FFFF) % 997 == 0)
                    kept.emplace_back(key, id);
                else
                    index.erase(key, id);
            live = kept;
            index.fold([&](std::uint32_t from, std::uint32_t to) {
                for (auto& e : live)
                    if (e.second == from)
                        e.second = to;
            });
            if (round == 3)
                peak = index.committedBytes();
        }
        // Only the young pages stay (kAge of them); the long-lived orders moved to the overflow.
        QVERIFY(index.directPages() <= OrderIndex::kAge + 2);
        QCOMPARE(index.committedBytes(), peak);
        for (const auto& [key, id] : live) {
            QCOMPARE(index.find(key), id);
            QCOMPARE(index[id].qty, static_cast<std::int64_t>(key & 0xFFFF'FFFF'FFFF));
        }
        QCOMPARE(index.size(), live.size());
    }
};

QTEST_APPLESS_MAIN(TestBook)
#include "tst_book.moc"
