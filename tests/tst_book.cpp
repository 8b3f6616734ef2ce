// Order-book rebuild: hand-worked scenarios, and the fast book against a brute-force reference
// (every live order in a map, depth aggregated and sorted on each query) on random streams of
// limit, market and best-own-side orders, trades and cancels.

#include "md/IdMap.h"
#include "md/OrderBook.h"

#include <QTest>

#include <algorithm>
#include <cstring>
#include <map>
#include <random>
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

// Random but well-formed channel: orders first, then trades and cancels naming live orders.
class StreamGenerator
{
public:
    StreamGenerator(std::uint64_t seed, int securities) : rng_(seed)
    {
        for (int i = 0; i < securities; ++i)
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
            const std::int64_t mid = 100'000;
            const std::int64_t offset = static_cast<std::int64_t>(rng_() % 12) * 100;
            const std::int64_t price = side == Side::Buy ? mid - offset : mid + 100 + offset;
            out(limit(++seq_, side, price, (1 + static_cast<std::int64_t>(rng_() % 20)) * 10'000, sec));
        } else if (dice < 70) {
            const auto& [id, o] = live[rng_() % live.size()];
            out(cancel(++seq_, o.side == Side::Buy ? id : 0, o.side == Side::Sell ? id : 0, o.qty, sec));
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
            out(trade(++seq_, b.first, a.first, a.second.price, q, sec));
        } else if (dice < 95) {
            // A market order: trades against the opposite best, then maybe a cancel of the rest.
            const Side side = rng_() % 2 ? Side::Buy : Side::Sell;
            const std::int64_t qty = (1 + static_cast<std::int64_t>(rng_() % 30)) * 10'000;
            const std::int64_t id = ++seq_;
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
                    out(side == Side::Buy ? trade(++seq_, id, oid, px, q, sec)
                                          : trade(++seq_, oid, id, px, q, sec));
                }
            }
            if (left > 0 && rng_() % 2)
                out(cancel(++seq_, side == Side::Buy ? id : 0, side == Side::Sell ? id : 0, left, sec));
        } else {
            const Side side = rng_() % 2 ? Side::Buy : Side::Sell;
            out(TickOrder{kChannel, ++seq_, sec, 0, 50'000, side, 'U', 20240614100000000});
        }
    }

private:
    std::mt19937_64 rng_;
    std::vector<SecurityKey> secs_;
    std::int64_t seq_ = 0;
};

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
            BookBuilder fast;
            ReferenceBook ref;
            StreamGenerator gen(seed, 3);
            int events = 0;
            auto feed = [&](const auto& e) {
                fast.apply(e);
                ref.apply(e);
                ++events;
            };
            for (int burst = 0; burst < 400; ++burst) {
                gen.next(ref, feed);
                for (const OrderBook* book : fast.books())
                    for (Side side : {Side::Buy, Side::Sell}) {
                        const Ladder want = ref.ladder(book->security(), side);
                        const Ladder got = ladder(*book, side);
                        QVERIFY2(got == want,
                                 qPrintable(QStringLiteral("seed %1 burst %2").arg(seed).arg(burst)));
                        for (std::size_t i = 0; i < got.size(); ++i)
                            QVERIFY(book->queue(side, i) ==
                                    ref.queue(book->security(), side, std::get<0>(got[i])));
                    }
            }
            QVERIFY(events > 400);
            QCOMPARE(fast.stats().unknownOrderRefs, 0u);
        }
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
};

QTEST_APPLESS_MAIN(TestBook)
#include "tst_book.moc"
