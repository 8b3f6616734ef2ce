// The simulator's Level-2 day: a generated day is encoded into one SZSE Binary byte stream,
// framed back with FrameStream and rebuilt with the workstation's BookBuilder; every snapshot
// must show exactly the rebuilt book (10 levels, counts, the best-level queue, last/open/high/
// low, volume, turnover) and every index snapshot the index recomputed from the decoded trades.
// Also: the exchange's rules on the stream (sequence numbers, phases, no-cancel windows, price
// limits, one price per call-auction uncross), determinism by seed, and the matching book on
// its own against BookBuilder's auction match.

#include "md/OrderBook.h"
#include "md/SzseEvents.h"
#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"
#include "simulators/DayGenerator.h"
#include "simulators/MatchingBook.h"

#include <QTest>

#include <algorithm>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace ws::md;
namespace sim = ws::md::sim;

namespace {

constexpr int kOpenUncross = hmsMs(9, 25);
constexpr int kCloseUncross = hmsMs(15, 0);

Side bookSide(sim::Side s)
{
    return s == sim::Side::Buy ? Side::Buy : Side::Sell;
}

// Where a tick may appear at all: the two call auctions and continuous trading, plus the two
// uncross instants (trades only).
bool tickTimeAllowed(int t)
{
    return (t >= hmsMs(9, 15) && t <= kOpenUncross) || (t >= hmsMs(9, 30) && t < hmsMs(11, 30)) ||
           (t >= hmsMs(13, 0) && t <= kCloseUncross);
}

char expectedPhase(int t)
{
    if (t < hmsMs(9, 15))
        return 'S';
    if (t < hmsMs(9, 25))
        return 'O';
    if (t < hmsMs(9, 30))
        return 'B';
    if (t < hmsMs(11, 30))
        return 'T';
    if (t < hmsMs(13, 0))
        return 'B';
    if (t < hmsMs(14, 57))
        return 'T';
    if (t < hmsMs(15, 0))
        return 'C';
    return 'E';
}

// Decodes the stream and checks it against the rebuilt books as it goes.
class DayChecker
{
public:
    explicit DayChecker(const sim::DayGenerator& gen) : gen_(gen)
    {
        for (const sim::SecurityInfo& s : gen.securities()) {
            info_[securityKey(s.code)] = &s;
            perSecurity_[securityKey(s.code)];
        }
    }

    void onFrame(const szse::Frame& f)
    {
        ++frames;
        switch (static_cast<szse::MsgType>(f.msgType)) {
        case szse::MsgType::Order:
            order(*szse::OrderView::parse(f.body));
            break;
        case szse::MsgType::Trade:
            trade(*szse::TradeView::parse(f.body));
            break;
        case szse::MsgType::Snapshot:
            snapshot(*szse::SnapshotView::parse(f.body));
            break;
        case szse::MsgType::IndexSnapshot:
            indexSnapshot(*szse::IndexSnapshotView::parse(f.body));
            break;
        default:
            fail("unexpected message type " + std::to_string(f.msgType));
        }
    }
    void onError(szse::FrameError, std::uint64_t) { ++frameErrors; }

    struct PerSecurity
    {
        int largeOrders = 0;
        int snapshots = 0;
        std::int64_t openAuctionPrice = 0, openAuctionExpected = -1, openAuctionVolume = 0,
                     openAuctionWant = 0;
        std::int64_t closeAuctionPrice = 0, closeAuctionExpected = -1, closeAuctionVolume = 0,
                     closeAuctionWant = 0;
    };

    const sim::DayGenerator& gen_;
    BookBuilder books;
    std::unordered_map<SecurityKey, const sim::SecurityInfo*> info_;
    std::map<SecurityKey, PerSecurity> perSecurity_;
    std::map<std::uint16_t, std::int64_t> lastSeq;
    std::map<std::uint16_t, std::int64_t> lastOrder; // per channel
    std::uint64_t frames = 0, frameErrors = 0, orders = 0, trades = 0, cancels = 0;
    std::uint64_t snapshotsCompared = 0, levelsCompared = 0, indexSnapshots = 0, failures = 0;
    std::int64_t lastTime = 0;
    std::int64_t indexHigh = 0, indexLow = 0;
    bool indexOpened = false;
    std::vector<std::string> messages; // the first few failures

    void fail(const std::string& what)
    {
        ++failures;
        if (messages.size() < 10)
            messages.push_back(what);
    }

    // Runs the day through encode -> FrameStream -> this checker. Chunks are pushed in two
    // uneven parts so that frames straddle reads.
    static void run(sim::DayGenerator& gen, DayChecker& checker, szse::FrameStream& stream)
    {
        std::vector<std::byte> buf;
        buf.reserve(1 << 20);
        sim::Message m;
        auto flush = [&] {
            const std::size_t cut = buf.size() / 3 + 7;
            const szse::Bytes all(buf);
            stream.push(all.first(std::min(cut, all.size())), checker);
            if (cut < all.size())
                stream.push(all.subspan(cut), checker);
            buf.clear();
        };
        while (gen.next(m)) {
            std::visit([&](const auto& v) { szse::encode(v, buf); }, m);
            if (buf.size() > (1 << 19))
                flush();
        }
        flush();
        stream.finish(checker);
    }

private:
    const sim::SecurityInfo* infoOf(SecurityKey key)
    {
        const auto it = info_.find(key);
        if (it == info_.end()) {
            fail("unknown security " + securityCode(key));
            return nullptr;
        }
        return it->second;
    }

    void sequence(std::uint16_t channel, std::int64_t seq, std::int64_t time, std::string_view stream)
    {
        std::int64_t& last = lastSeq[channel];
        if (seq != last + 1)
            fail("channel " + std::to_string(channel) + ": seq " + std::to_string(seq) + " after " +
                 std::to_string(last));
        last = seq;
        if (stream != "011")
            fail("tick MDStreamID " + std::string(stream));
        if (time < lastTime)
            fail("time goes back at seq " + std::to_string(seq));
        lastTime = time;
        if (!tickTimeAllowed(timeOfDayMs(time)))
            fail("tick at " + std::to_string(time));
    }

    void order(const szse::OrderView& v)
    {
        ++orders;
        sequence(v.channelNo(), v.applSeqNum(), v.transactTime(), v.mdStreamId());
        const TickOrder o = toEvent(v);
        const sim::SecurityInfo* info = infoOf(o.security);
        if (!info)
            return;
        if (info->tickChannel != o.channel)
            fail("order on the wrong channel");
        const int t = timeOfDayMs(o.time);
        const bool auction = t < hmsMs(9, 25) || t >= hmsMs(14, 57);
        if (o.ordType == '2') {
            if (o.price < info->lowerLimit || o.price > info->upperLimit || o.price % 100 != 0)
                fail("limit order price " + std::to_string(o.price) + " outside the limits of " + info->code);
            if (sim::isLargeOrder(o.price, o.qty))
                ++perSecurity_[o.security].largeOrders;
        } else if (o.ordType == '1' || o.ordType == 'U') {
            if (o.price != 0)
                fail("market or best-own-side order with a price");
            if (auction)
                fail("market or best-own-side order in a call auction");
        } else {
            fail(std::string("OrdType ") + o.ordType);
        }
        if (o.qty <= 0 || o.qty % 10'000 != 0)
            fail("order quantity not in lots of 100 shares: " + std::to_string(o.qty));
        if (t == kOpenUncross || t == kCloseUncross)
            fail("an order at an uncross instant");
        lastOrder[o.channel] = o.seq;
        books.apply(o);
    }

    void trade(const szse::TradeView& v)
    {
        sequence(v.channelNo(), v.applSeqNum(), v.transactTime(), v.mdStreamId());
        const TickTrade e = toEvent(v);
        const sim::SecurityInfo* info = infoOf(e.security);
        if (!info)
            return;
        if (info->tickChannel != e.channel)
            fail("trade on the wrong channel");
        const int t = timeOfDayMs(e.time);
        if (e.isCancel()) {
            ++cancels;
            if ((e.bidSeq == 0) == (e.offerSeq == 0) || e.price != 0 || e.qty <= 0)
                fail("malformed cancel at seq " + std::to_string(e.seq));
            if ((t >= hmsMs(9, 20) && t < hmsMs(9, 30)) || t >= hmsMs(14, 57))
                fail("cancel in a no-cancel window at " + std::to_string(e.time));
        } else if (e.execType == 'F') {
            ++trades;
            if (e.bidSeq <= 0 || e.offerSeq <= 0 || e.qty <= 0)
                fail("malformed trade at seq " + std::to_string(e.seq));
            if (e.price < info->lowerLimit || e.price > info->upperLimit)
                fail("trade outside the price limits of " + info->code);
            if ((t >= hmsMs(9, 15) && t < kOpenUncross) || (t >= hmsMs(14, 57) && t < kCloseUncross))
                fail("trade during a call auction");
            if (t == kOpenUncross || t == kCloseUncross)
                auctionTrade(e, *info, t == kOpenUncross);
            priority(e, t == kOpenUncross || t == kCloseUncross);
            return;
        } else {
            fail(std::string("ExecType ") + e.execType);
        }
        books.apply(e);
    }

    // Price-time priority, seen from the rebuilt book: a trade takes the resting side's best
    // price and the first order there (in an uncross, both sides' first orders). The
    // aggressor in continuous trading is the channel's latest order.
    void priority(const TickTrade& e, bool uncross)
    {
        const OrderBook* b = books.book(e.security);
        if (!b) {
            fail("trade without a book");
            books.apply(e);
            return;
        }
        std::vector<Side> sides;
        if (uncross)
            sides = {Side::Buy, Side::Sell};
        else if (e.bidSeq == lastOrder[e.channel])
            sides = {Side::Sell};
        else if (e.offerSeq == lastOrder[e.channel])
            sides = {Side::Buy};
        else
            fail("a trade naming neither the latest order nor an uncross at seq " + std::to_string(e.seq));
        std::vector<std::pair<std::optional<std::int64_t>, std::vector<std::int64_t>>> before;
        for (Side s : sides) {
            before.emplace_back(b->bestPrice(s), b->queue(s, 0, 3));
            if (!uncross && b->bestPrice(s) != e.price)
                fail("trade at " + std::to_string(e.price) + " not the resting side's best price, seq " +
                     std::to_string(e.seq));
        }
        books.apply(e);
        for (std::size_t i = 0; i < sides.size(); ++i) {
            std::vector<std::int64_t> want = before[i].second;
            if (want.empty())
                continue;
            if (e.qty < want[0]) {
                want[0] -= e.qty;
            } else {
                want.erase(want.begin());
                if (want.empty()) {
                    if (b->bestPrice(sides[i]) == before[i].first)
                        fail("level not emptied by the trade at seq " + std::to_string(e.seq));
                    continue;
                }
            }
            std::vector<std::int64_t> got = b->queue(sides[i], 0, want.size());
            if (b->bestPrice(sides[i]) != before[i].first || got != want)
                fail("trade at seq " + std::to_string(e.seq) +
                     " did not take the first order in time priority");
        }
    }

    // Every uncross trade of a security at one price, the price BookBuilder's auction match
    // finds on the rebuilt book just before, and together its volume.
    void auctionTrade(const TickTrade& e, const sim::SecurityInfo& info, bool opening)
    {
        PerSecurity& ps = perSecurity_[e.security];
        std::int64_t& expected = opening ? ps.openAuctionExpected : ps.closeAuctionExpected;
        std::int64_t& want = opening ? ps.openAuctionWant : ps.closeAuctionWant;
        if (expected < 0) {
            books.settle(e.channel);
            const OrderBook* b = books.book(e.security);
            if (!b) {
                fail("uncross without a book");
                return;
            }
            const std::int64_t reference = opening || b->numTrades == 0 ? info.prevClose : b->lastPrice;
            const AuctionMatch m = b->auctionMatch(reference);
            expected = m.price;
            want = m.volume;
            (opening ? ps.openAuctionPrice : ps.closeAuctionPrice) = e.price;
        }
        if (e.price != expected)
            fail("uncross of " + info.code + " at " + std::to_string(e.price) + ", auction match says " +
                 std::to_string(expected));
        (opening ? ps.openAuctionVolume : ps.closeAuctionVolume) += e.qty;
    }

    void snapshot(const szse::SnapshotView& v)
    {
        const SecurityKey key = securityKey(v.securityId());
        const sim::SecurityInfo* info = infoOf(key);
        if (!info)
            return;
        ++perSecurity_[key].snapshots;
        const int t = timeOfDayMs(v.origTime());
        const std::string where = info->code + " at " + std::to_string(v.origTime()) + ": ";
        if (v.channelNo() != info->snapshotChannel || v.mdStreamId() != "010" ||
            v.securityIdSource() != "102")
            fail(where + "snapshot channel/stream/source");
        if (v.tradingPhaseCode().size() != 2 || v.tradingPhaseCode()[0] != expectedPhase(t) ||
            v.tradingPhaseCode()[1] != '0')
            fail(where + "phase " + std::string(v.tradingPhaseCode()));
        if (v.prevClosePx() != info->prevClose)
            fail(where + "prev close");
        if (v.origTime() < lastTime)
            fail(where + "snapshot older than the ticks before it");
        lastTime = v.origTime();

        // The channel has moved on: a market order's remainder rests now.
        books.settle(info->tickChannel);
        const OrderBook* b = books.book(key);
        const std::int64_t numTrades = b ? b->numTrades : 0;
        if (v.numTrades() != numTrades || v.totalVolumeTrade() != (b ? b->volume : 0) ||
            v.totalValueTrade() != (b ? b->turnover / 100 : 0))
            fail(where + "header totals: trades " + std::to_string(v.numTrades()) + " vs " +
                 std::to_string(numTrades));

        std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t, std::vector<std::int64_t>>> side[2];
        std::map<std::string, std::int64_t> stats;
        for (szse::MdEntryView e : v) {
            const std::string type(e.mdEntryType());
            if (type == "0" || type == "1") {
                auto& s = side[type == "0" ? 0 : 1];
                if (e.mdPriceLevel() != s.size() + 1)
                    fail(where + "price levels out of order");
                if (e.mdEntryPx() % 100 != 0)
                    fail(where + "MDEntryPx not in Price units x 100");
                std::vector<std::int64_t> queue;
                for (std::uint32_t i = 0; i < e.noOrders(); ++i)
                    queue.push_back(e.orderQty(i));
                if (e.mdPriceLevel() != 1 && !queue.empty())
                    fail(where + "an order queue below level 1");
                s.emplace_back(e.mdEntryPx() / 100, e.mdEntrySize(), e.numberOfOrders(), std::move(queue));
            } else {
                stats[type] = e.mdEntryPx();
            }
        }
        for (int i = 0; i < 2; ++i) {
            const Side s = i == 0 ? Side::Buy : Side::Sell;
            const std::size_t depth = b ? std::min<std::size_t>(10, b->depth(s)) : 0;
            if (side[i].size() != depth) {
                fail(where + (i == 0 ? "bid" : "ask") + " depth " + std::to_string(side[i].size()) +
                     " vs rebuilt " + std::to_string(depth));
                continue;
            }
            for (std::size_t k = 0; k < depth; ++k) {
                const PriceLevel& l = b->level(s, k);
                const auto& [px, qty, n, queue] = side[i][k];
                ++levelsCompared;
                if (px != l.price || qty != l.qty || n != static_cast<std::int64_t>(l.orders))
                    fail(where + (i == 0 ? "bid" : "ask") + " level " + std::to_string(k + 1) + ": " +
                         std::to_string(px) + "/" + std::to_string(qty) + "/" + std::to_string(n) +
                         " vs rebuilt " + std::to_string(l.price) + "/" + std::to_string(l.qty) + "/" +
                         std::to_string(l.orders));
                if (k == 0 && queue != b->queue(s, 0, 50))
                    fail(where + "best-level order queue");
            }
        }
        auto expectStat = [&](const char* type, bool present, std::int64_t price) {
            const auto it = stats.find(type);
            if (present != (it != stats.end()) || (present && it->second != price * 100))
                fail(where + "entry " + type);
        };
        expectStat("2", numTrades > 0, b ? b->lastPrice : 0);
        expectStat("4", numTrades > 0, b ? b->openPrice : 0);
        expectStat("7", numTrades > 0, b ? b->highPrice : 0);
        expectStat("8", numTrades > 0, b ? b->lowPrice : 0);
        expectStat("xe", true, info->upperLimit);
        expectStat("xf", true, info->lowerLimit);
        if (stats.size() != (numTrades > 0 ? 6u : 2u))
            fail(where + "unexpected entries");
        ++snapshotsCompared;
    }

    void indexSnapshot(const szse::IndexSnapshotView& v)
    {
        ++indexSnapshots;
        const sim::IndexDefinition& def = gen_.index();
        const int t = timeOfDayMs(v.origTime());
        const std::string where = "index at " + std::to_string(v.origTime()) + ": ";
        if (v.channelNo() != sim::kIndexChannel || v.mdStreamId() != "900" || v.securityId() != def.code)
            fail(where + "channel/stream/code");
        if (v.tradingPhaseCode().empty() || v.tradingPhaseCode()[0] != expectedPhase(t))
            fail(where + "phase");
        // The formula, from the rebuilt books' last trade prices.
        long double weighted = 0, base = 0;
        std::int64_t numTrades = 0, volume = 0, value = 0;
        for (const sim::IndexDefinition::Constituent& c : def.constituents) {
            const sim::SecurityInfo* info = infoOf(securityKey(c.code));
            if (!info)
                return;
            const OrderBook* b = books.book(securityKey(c.code));
            const std::int64_t last = b && b->numTrades > 0 ? b->lastPrice : info->prevClose;
            weighted += static_cast<long double>(c.shares) * static_cast<long double>(last);
            base += static_cast<long double>(c.shares) * static_cast<long double>(info->prevClose);
            if (b) {
                numTrades += b->numTrades;
                volume += b->volume;
                value += b->turnover / 100;
            }
        }
        const std::int64_t expected = std::llround(static_cast<long double>(def.prevClose) * weighted / base);
        if (v.numTrades() != numTrades || v.totalVolumeTrade() != volume || v.totalValueTrade() != value)
            fail(where + "totals");
        if (v.prevClosePx() * 100 != def.prevClose)
            fail(where + "prev close");
        std::map<std::string, std::int64_t> e;
        for (std::uint32_t i = 0; i < v.noMdEntries(); ++i)
            e[std::string(v.entry(i).mdEntryType())] = v.entry(i).mdEntryPx();
        if (e["3"] != expected)
            fail(where + "value " + std::to_string(e["3"]) + ", formula " + std::to_string(expected));
        if (e["xa"] != def.prevClose)
            fail(where + "xa");
        if (t >= kOpenUncross) {
            if (!indexOpened) {
                indexOpened = true;
                indexHigh = indexLow = expected;
                if (e["xb"] != expected)
                    fail(where + "open");
            }
            indexHigh = std::max(indexHigh, expected);
            indexLow = std::min(indexLow, expected);
            if (e.size() != 5 || e["xc"] != indexHigh || e["xd"] != indexLow)
                fail(where + "high/low");
        } else if (e.size() != 2) {
            fail(where + "open/high/low before the open");
        }
    }
};

struct Ladder
{
    std::vector<sim::Level> bids, asks;
    bool operator==(const Ladder&) const = default;
};

Ladder rebuiltLadder(const OrderBook* b)
{
    Ladder out;
    if (!b)
        return out;
    for (std::size_t i = 0; i < b->depth(Side::Buy); ++i)
        out.bids.push_back(
            {b->level(Side::Buy, i).price, b->level(Side::Buy, i).qty, b->level(Side::Buy, i).orders});
    for (std::size_t i = 0; i < b->depth(Side::Sell); ++i)
        out.asks.push_back(
            {b->level(Side::Sell, i).price, b->level(Side::Sell, i).qty, b->level(Side::Sell, i).orders});
    return out;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void matchingBookPriceTimePriority()
    {
        sim::MatchingBook b(90'000, 110'000, 100); // 9.00-11.00
        b.rest(sim::Side::Sell, 1, 100'100, 30'000);
        b.rest(sim::Side::Sell, 2, 100'000, 20'000);
        b.rest(sim::Side::Sell, 3, 100'000, 10'000);
        b.rest(sim::Side::Sell, 4, 100'300, 50'000);
        b.rest(sim::Side::Buy, 5, 99'800, 40'000);
        QCOMPARE(*b.best(sim::Side::Sell), 100'000LL);
        QCOMPARE(*b.best(sim::Side::Buy), 99'800LL);
        QVERIFY((b.levels(sim::Side::Sell, 10) ==
                 std::vector<sim::Level>{{100'000, 30'000, 2}, {100'100, 30'000, 1}, {100'300, 50'000, 1}}));
        std::vector<std::int64_t> queue;
        b.bestQueue(sim::Side::Sell, 50, queue);
        QVERIFY((queue == std::vector<std::int64_t>{20'000, 10'000}));

        // A buy limit at 10.01 for 450 shares: 200 from order 2, 100 from 3, 150 from 1.
        std::vector<sim::Fill> fills;
        QCOMPARE(b.take(sim::Side::Buy, 100'100, 45'000, 100, fills), 0LL);
        QCOMPARE(fills.size(), std::size_t{3});
        QCOMPARE(fills[0].restingSeq, 2LL);
        QCOMPARE(fills[1].restingSeq, 3LL);
        QCOMPARE(fills[2].restingSeq, 1LL);
        QCOMPARE(fills[2].qty, 15'000LL);
        QCOMPARE(fills[2].price, 100'100LL);
        // Limited to one level: takes the 150 left at 10.01, not 10.03.
        fills.clear();
        QCOMPARE(b.take(sim::Side::Buy, sim::MatchingBook::kNoLimit, 30'000, 1, fills), 15'000LL);
        QCOMPARE(fills.size(), std::size_t{1});
        QCOMPARE(*b.best(sim::Side::Sell), 100'300LL);
        // A limit that does not reach the book trades nothing.
        fills.clear();
        QCOMPARE(b.take(sim::Side::Sell, 99'900, 10'000, 100, fills), 10'000LL);
        QVERIFY(fills.empty());
        QCOMPARE(b.liveOrders(), std::size_t{2});
        const sim::RemovedOrder r = b.removeLive(0);
        QCOMPARE(b.liveOrders(), std::size_t{1});
        QVERIFY(r.seq == 4 || r.seq == 5);
        QVERIFY(!b.best(r.side));
        QVERIFY(b.validPrice(110'000) && !b.validPrice(110'100) && !b.validPrice(100'050));
    }

    // The matching book's call auction against BookBuilder's auction match on random crossed
    // books (ties included: few prices, round quantities), then the uncross applied as trades.
    void auctionAgainstBookBuilder()
    {
        std::mt19937_64 rng(5);
        const SecurityKey key = securityKey("000001");
        for (int round = 0; round < 300; ++round) {
            sim::MatchingBook mine(95'000, 105'000, 100);
            BookBuilder ref;
            std::int64_t seq = 0;
            const int n = 1 + static_cast<int>(rng() % 40);
            for (int i = 0; i < n; ++i) {
                const sim::Side side = rng() % 2 ? sim::Side::Buy : sim::Side::Sell;
                const std::int64_t price = 99'500 + static_cast<std::int64_t>(rng() % 11) * 100;
                const std::int64_t qty = (1 + static_cast<std::int64_t>(rng() % 5)) * 10'000;
                mine.rest(side, ++seq, price, qty);
                ref.apply(TickOrder{2011, seq, key, price, qty, bookSide(side), '2', 20261130092000000});
            }
            const std::int64_t reference = 99'500 + static_cast<std::int64_t>(rng() % 11) * 100;
            const sim::AuctionResult a = mine.auctionMatch(reference);
            const AuctionMatch b = ref.book(key)->auctionMatch(reference);
            QCOMPARE(a.price, b.price);
            QCOMPARE(a.volume, b.volume);
            QCOMPARE(a.imbalance, b.imbalance);
            if (a.volume == 0)
                continue;
            std::vector<sim::Cross> crosses;
            mine.uncross(a.price, crosses);
            std::int64_t volume = 0;
            for (const sim::Cross& c : crosses) {
                volume += c.qty;
                ref.apply(TickTrade{2011, ++seq, key, c.bidSeq, c.offerSeq, a.price, c.qty, 'F',
                                    20261130092500000});
            }
            QCOMPARE(volume, a.volume);
            QVERIFY(!mine.best(sim::Side::Buy) || !mine.best(sim::Side::Sell) ||
                    *mine.best(sim::Side::Buy) < *mine.best(sim::Side::Sell));
            Ladder got{mine.levels(sim::Side::Buy, 100), mine.levels(sim::Side::Sell, 100)};
            QVERIFY(got == rebuiltLadder(ref.book(key)));
            QCOMPARE(ref.stats().overfills, 0u);
            QCOMPARE(ref.stats().unknownOrderRefs, 0u);
        }
    }

    void dayRebuildsIntoItsSnapshots_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("securities");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("interval");
        QTest::newRow("20 securities, 4 channels") << quint64{2026} << 20 << 4 << 40.0 << 3000;
        QTest::newRow("busier, 1 s snapshots") << quint64{7} << 6 << 3 << 60.0 << 1000;
    }

    // The key cross-check: the day through the codec and the workstation's book rebuild.
    void dayRebuildsIntoItsSnapshots()
    {
        QFETCH(quint64, seed);
        QFETCH(int, securities);
        QFETCH(int, channels);
        QFETCH(double, rate);
        QFETCH(int, interval);
        sim::DayConfig config;
        config.seed = seed;
        config.securities = securities;
        config.tickChannels = channels;
        config.ordersPerSecond = rate;
        config.snapshotIntervalMs = interval;
        sim::DayGenerator gen(config);
        DayChecker checker(gen);
        szse::FrameStream stream;
        DayChecker::run(gen, checker, stream);

        for (const std::string& m : checker.messages)
            qWarning("%s", m.c_str());
        QCOMPARE(checker.failures, std::uint64_t{0});
        QCOMPARE(checker.frameErrors, std::uint64_t{0});
        QCOMPARE(stream.stats().totalErrors(), std::uint64_t{0});
        QCOMPARE(checker.frames, gen.stats().messages);
        QCOMPARE(gen.timeOfDayMs(), kCloseUncross);

        const BookStats& bs = checker.books.stats();
        QCOMPARE(bs.unknownOrderRefs, std::uint64_t{0});
        QCOMPARE(bs.overfills, std::uint64_t{0});
        QCOMPARE(bs.flaggedCancels, std::uint64_t{0});
        QCOMPARE(bs.orders, gen.stats().orders);
        QCOMPARE(bs.trades, gen.stats().trades);
        QCOMPARE(bs.cancels, gen.stats().cancels);

        // Every security snapshotted at every grid point, every snapshot compared.
        const int span = kCloseUncross - hmsMs(9, 15);
        const int points = span / interval + 1 + (span % interval != 0 ? 1 : 0);
        QCOMPARE(checker.snapshotsCompared, std::uint64_t(points) * std::uint64_t(securities));
        QCOMPARE(checker.indexSnapshots, std::uint64_t(points));
        QVERIFY(checker.levelsCompared > checker.snapshotsCompared * 10);

        // A realistic day: plenty of cancels, market and best-own-side orders, large orders and
        // trades in every security, both auctions uncrossing.
        QVERIFY(checker.cancels > checker.orders / 5);
        QVERIFY(gen.stats().marketOrders > 0 && gen.stats().ownSideOrders > 0);
        int opened = 0, closed = 0;
        for (const auto& [key, ps] : checker.perSecurity_) {
            const OrderBook* b = checker.books.book(key);
            QVERIFY2(b && b->numTrades > 0, securityCode(key).c_str());
            QVERIFY2(ps.largeOrders >= 1, securityCode(key).c_str());
            QCOMPARE(ps.snapshots, points);
            QCOMPARE(ps.openAuctionVolume, ps.openAuctionWant);
            QCOMPARE(ps.closeAuctionVolume, ps.closeAuctionWant);
            opened += ps.openAuctionVolume > 0;
            closed += ps.closeAuctionVolume > 0;
            // The generator's book ends where the rebuild ends.
            const std::string code = securityCode(key);
            QVERIFY((Ladder{gen.levels(code, '1', 1000), gen.levels(code, '2', 1000)} == rebuiltLadder(b)));
        }
        QVERIFY(opened >= securities / 2);
        QVERIFY(closed >= securities / 2);
        // Prices moved during the day.
        int moved = 0;
        for (const sim::SecurityInfo& s : gen.securities())
            moved += checker.books.book(securityKey(s.code))->lastPrice != s.prevClose;
        QVERIFY(moved >= securities / 2);
    }

    void securitiesAndIndex()
    {
        sim::DayConfig config;
        config.securities = 40;
        config.tickChannels = 6;
        config.seed = 3;
        sim::DayGenerator gen(config);
        QCOMPARE(gen.securities().size(), std::size_t{40});
        int chiNext = 0;
        std::string previous;
        for (const sim::SecurityInfo& s : gen.securities()) {
            QVERIFY(s.code > previous);
            previous = s.code;
            QCOMPARE(s.code.size(), std::size_t{6});
            const bool isChiNext = s.code.starts_with("300");
            QVERIFY(isChiNext || s.code.starts_with("00"));
            QCOMPARE(s.board == sim::Board::ChiNext, isChiNext);
            chiNext += isChiNext;
            QVERIFY(s.prevClose >= 30'000 && s.prevClose <= 1'500'000 && s.prevClose % 100 == 0);
            const std::int64_t pct = isChiNext ? 20 : 10;
            const std::int64_t cents = s.prevClose / 100;
            QCOMPARE(s.upperLimit, (cents * (100 + pct) + 50) / 100 * 100);
            QCOMPARE(s.lowerLimit, (cents * (100 - pct) + 50) / 100 * 100);
            QVERIFY(s.tickChannel >= 2011 && s.tickChannel <= 2016);
            QCOMPARE(static_cast<int>(s.snapshotChannel), 1000 + (s.tickChannel - 2000));
        }
        QCOMPARE(chiNext, 10);
        QCOMPARE(gen.index().constituents.size(), std::size_t{40});
        QCOMPARE(gen.index().code, std::string("399999"));
        QVERIFY(gen.index().prevClose > 0);
        // The activity shares: a few securities much busier than the median.
        std::vector<double> act;
        for (const sim::SecurityInfo& s : gen.securities())
            act.push_back(s.activity);
        std::sort(act.begin(), act.end());
        QVERIFY(act.back() > 4 * act[act.size() / 2]);
    }

    void sameSeedSameDay()
    {
        sim::DayConfig config;
        config.securities = 5;
        config.ordersPerSecond = 25;
        config.seed = 11;
        config.snapshotIntervalMs = 30'000;
        sim::DayGenerator a(config), b(config);
        sim::Message ma, mb;
        std::uint64_t n = 0, differ = 0;
        for (;;) {
            const bool moreA = a.next(ma);
            const bool moreB = b.next(mb);
            QCOMPARE(moreA, moreB);
            if (!moreA)
                break;
            ++n;
            differ += !(ma == mb);
        }
        QCOMPARE(differ, std::uint64_t{0});
        QVERIFY(n > 100'000);

        sim::DayConfig other = config;
        other.seed = 12;
        sim::DayGenerator c(config), d(other);
        differ = 0;
        for (int i = 0; i < 5000 && c.next(ma) && d.next(mb); ++i)
            differ += !(ma == mb);
        QVERIFY(differ > 4000);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
