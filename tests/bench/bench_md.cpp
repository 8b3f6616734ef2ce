// Market-data benchmarks: SZSE Binary decode throughput beside memcpy of the same bytes, and
// order-book rebuild speed beside a straightforward std::map book. Run by hand; the results go
// into docs/BENCHMARKS.md. Usage: bench_md [events]   (default 4,000,000 tick events)

#include "core/BuildInfo.h"
#include "md/OrderBook.h"
#include "md/SzseEvents.h"
#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <variant>

#include <unistd.h>
#include <vector>

using namespace ws::md;
using Clock = std::chrono::steady_clock;

namespace {

using Event = std::variant<TickOrder, TickTrade>;

// A continuous-trading flow with the shape of a real channel: most orders rest near the best,
// a third are cancelled, a fifth cross the spread and trade against the opposite queue in time
// priority. The generator keeps its own matching book so every trade and cancel is consistent.
std::vector<Event> generateFlow(std::size_t target, int securities, std::uint64_t seed)
{
    struct Resting
    {
        std::int64_t id;
        std::int64_t qty;
    };
    struct Sec
    {
        SecurityKey key;
        std::int64_t mid;
        std::map<std::int64_t, std::deque<Resting>> bids, asks;
        std::vector<std::pair<std::int64_t, Side>> live; // id, side (may be stale)
        std::unordered_map<std::int64_t, std::int64_t> priceOf;
    };
    std::mt19937_64 rng(seed);
    std::vector<Sec> secs(static_cast<std::size_t>(securities));
    for (int i = 0; i < securities; ++i) {
        char code[8];
        std::snprintf(code, sizeof code, "%06d", 1 + i);
        secs[static_cast<std::size_t>(i)].key = securityKey(code);
        secs[static_cast<std::size_t>(i)].mid = (5 + static_cast<std::int64_t>(rng() % 50)) * 10'000;
    }
    std::vector<Event> out;
    out.reserve(target + 64);
    std::int64_t seq = 0;
    std::int64_t time = 20240614093000000;
    const std::uint16_t channel = 2011;
    auto removeLevelOrder = [](std::map<std::int64_t, std::deque<Resting>>& side, std::int64_t price,
                               std::int64_t id) {
        auto it = side.find(price);
        if (it == side.end())
            return std::int64_t{0};
        for (auto q = it->second.begin(); q != it->second.end(); ++q)
            if (q->id == id) {
                const std::int64_t left = q->qty;
                it->second.erase(q);
                if (it->second.empty())
                    side.erase(it);
                return left;
            }
        return std::int64_t{0};
    };
    while (out.size() < target) {
        Sec& s = secs[rng() % secs.size()];
        ++time;
        const int dice = static_cast<int>(rng() % 100);
        if (dice < 45) {
            const Side side = rng() % 2 ? Side::Buy : Side::Sell;
            const std::int64_t ticks = static_cast<std::int64_t>(std::geometric_distribution<int>(0.35)(rng));
            const std::int64_t price =
                side == Side::Buy ? s.mid - 100 * (1 + ticks) : s.mid + 100 * (1 + ticks);
            const std::int64_t qty = (1 + static_cast<std::int64_t>(rng() % 50)) * 10'000;
            const std::int64_t id = ++seq;
            out.push_back(TickOrder{channel, id, s.key, price, qty, side, '2', time});
            (side == Side::Buy ? s.bids : s.asks)[price].push_back({id, qty});
            s.live.emplace_back(id, side);
            s.priceOf[id] = price;
        } else if (dice < 80) {
            if (s.live.empty())
                continue;
            const std::size_t pick = s.live.size() - 1 - rng() % std::min<std::size_t>(s.live.size(), 200);
            const auto [id, side] = s.live[pick];
            s.live[pick] = s.live.back();
            s.live.pop_back();
            const auto p = s.priceOf.find(id);
            if (p == s.priceOf.end())
                continue;
            const std::int64_t left = removeLevelOrder(side == Side::Buy ? s.bids : s.asks, p->second, id);
            s.priceOf.erase(p);
            if (left > 0)
                out.push_back(TickTrade{channel, ++seq, s.key, side == Side::Buy ? id : 0,
                                        side == Side::Sell ? id : 0, 0, left, '4', time});
        } else {
            // An aggressive limit order at the opposite best: trades through that level's queue.
            const Side side = rng() % 2 ? Side::Buy : Side::Sell;
            auto& opposite = side == Side::Buy ? s.asks : s.bids;
            if (opposite.empty())
                continue;
            auto level = side == Side::Buy ? opposite.begin() : std::prev(opposite.end());
            const std::int64_t price = level->first;
            std::int64_t qty = (1 + static_cast<std::int64_t>(rng() % 30)) * 10'000;
            const std::int64_t id = ++seq;
            out.push_back(TickOrder{channel, id, s.key, price, qty, side, '2', time});
            auto& queue = level->second;
            while (qty > 0 && !queue.empty()) {
                Resting& r = queue.front();
                const std::int64_t q = std::min(qty, r.qty);
                out.push_back(TickTrade{channel, ++seq, s.key, side == Side::Buy ? id : r.id,
                                        side == Side::Buy ? r.id : id, price, q, 'F', time});
                qty -= q;
                r.qty -= q;
                if (r.qty == 0) {
                    s.priceOf.erase(r.id);
                    queue.pop_front();
                }
            }
            if (queue.empty())
                opposite.erase(level);
            if (qty > 0) {
                (side == Side::Buy ? s.bids : s.asks)[price].push_back({id, qty});
                s.live.emplace_back(id, side);
                s.priceOf[id] = price;
            }
            s.mid = side == Side::Buy ? price - 100 : price + 100; // the quotes follow the trades
        }
    }
    return out;
}

// A straightforward book: std::map levels and a node per order in std::unordered_map.
class NaiveBook
{
public:
    void apply(const TickOrder& o)
    {
        orders_[o.seq] = {o.security, o.side, o.price, o.qty};
        auto& levels = o.side == Side::Buy ? bids_[o.security] : asks_[o.security];
        levels[o.price] += o.qty;
    }
    void apply(const TickTrade& t)
    {
        if (t.execType == '4') {
            reduce(t.bidSeq ? t.bidSeq : t.offerSeq, -1);
            return;
        }
        reduce(t.bidSeq, t.qty);
        reduce(t.offerSeq, t.qty);
    }
    std::int64_t best(SecurityKey k) const
    {
        const auto it = bids_.find(k);
        return it == bids_.end() || it->second.empty() ? 0 : it->second.rbegin()->first;
    }

private:
    struct O
    {
        SecurityKey sec;
        Side side;
        std::int64_t price;
        std::int64_t qty;
    };
    void reduce(std::int64_t id, std::int64_t qty)
    {
        const auto it = orders_.find(id);
        if (it == orders_.end())
            return;
        O& o = it->second;
        const std::int64_t q = qty < 0 ? o.qty : std::min(qty, o.qty);
        auto& levels = o.side == Side::Buy ? bids_[o.sec] : asks_[o.sec];
        auto l = levels.find(o.price);
        if ((l->second -= q) <= 0)
            levels.erase(l);
        if ((o.qty -= q) == 0)
            orders_.erase(it);
    }
    std::unordered_map<std::int64_t, O> orders_;
    std::unordered_map<SecurityKey, std::map<std::int64_t, std::int64_t>> bids_, asks_;
};

double seconds(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

template <class F> double bestOf(int runs, F&& f)
{
    double best = 1e100;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = Clock::now();
        f();
        best = std::min(best, seconds(t0, Clock::now()));
    }
    return best;
}

volatile std::int64_t g_sink = 0;

void decodeBench(const char* label, const std::vector<std::byte>& bytes, std::size_t frames)
{
    constexpr std::size_t chunk = 64 * 1024; // one socket read
    std::vector<std::byte> dest(chunk);
    const double tMemcpy = bestOf(5, [&] {
        for (std::size_t pos = 0; pos < bytes.size(); pos += chunk) {
            const std::size_t n = std::min(chunk, bytes.size() - pos);
            std::memcpy(dest.data(), bytes.data() + pos, n);
            g_sink = g_sink + static_cast<std::int64_t>(dest[n - 1]);
        }
    });
    struct Sink
    {
        std::int64_t sum = 0;
        void onFrame(const szse::Frame& f)
        {
            switch (static_cast<szse::MsgType>(f.msgType)) {
            case szse::MsgType::Order: {
                const TickOrder o = toEvent(*szse::OrderView::parse(f.body));
                sum += o.price + o.qty + static_cast<std::int64_t>(o.security) + o.seq;
                break;
            }
            case szse::MsgType::Trade: {
                const TickTrade t = toEvent(*szse::TradeView::parse(f.body));
                sum += t.price + t.qty + t.bidSeq + t.offerSeq;
                break;
            }
            case szse::MsgType::Snapshot: {
                const auto v = *szse::SnapshotView::parse(f.body);
                sum += v.prevClosePx() + v.totalVolumeTrade();
                for (szse::MdEntryView e : v) {
                    sum += e.mdEntryPx() + e.mdEntrySize() + e.numberOfOrders();
                    for (std::uint32_t i = 0; i < e.noOrders(); ++i)
                        sum += e.orderQty(i);
                }
                break;
            }
            default:
                break;
            }
        }
        void onError(szse::FrameError, std::uint64_t) {}
    };
    std::uint64_t decoded = 0;
    const double tDecode = bestOf(5, [&] {
        szse::FrameStream stream;
        Sink sink;
        for (std::size_t pos = 0; pos < bytes.size(); pos += chunk)
            stream.push(szse::Bytes(bytes).subspan(pos, std::min(chunk, bytes.size() - pos)), sink);
        stream.finish(sink);
        decoded = stream.stats().frames;
        g_sink = g_sink + sink.sum;
    });
    if (decoded != frames)
        std::printf("!! decoded %llu of %zu frames\n", static_cast<unsigned long long>(decoded), frames);
    const double mb = static_cast<double>(bytes.size()) / 1e6;
    std::printf("%-34s %8.1f MB  memcpy %8.0f MB/s   decode %8.0f MB/s %11.0f msg/s   %5.1f%% of memcpy\n",
                label, mb, mb / tMemcpy, mb / tDecode, static_cast<double>(frames) / tDecode,
                100.0 * tMemcpy / tDecode);
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t events = argc > 1 ? std::stoul(argv[1]) : 4'000'000;
    std::printf("machine: %ld cores, %s\n", sysconf(_SC_NPROCESSORS_ONLN), qPrintable(ws::core::cpuModel()));
    std::printf("generating %zu tick events over 500 securities...\n", events);
    const std::vector<Event> flow = generateFlow(events, 500, 20240614);

    // Decode: the flow as MDGW frames; and snapshots with 10 levels a side and a 50-order queue.
    std::vector<std::byte> ticks;
    for (const Event& e : flow) {
        if (const auto* o = std::get_if<TickOrder>(&e)) {
            szse::Order m;
            m.channelNo = o->channel;
            m.applSeqNum = o->seq;
            m.securityId = securityCode(o->security);
            m.price = o->price;
            m.orderQty = o->qty;
            m.side = o->side == Side::Buy ? '1' : '2';
            m.transactTime = o->time;
            m.ordType = o->ordType;
            szse::encode(m, ticks);
        } else {
            const auto& t = std::get<TickTrade>(e);
            szse::encode(szse::Trade{t.channel, t.seq, "011", t.bidSeq, t.offerSeq, securityCode(t.security),
                                     "102", t.price, t.qty, t.execType, t.time},
                         ticks);
        }
    }
    szse::Snapshot snap;
    snap.header = {20240614100003000, 1012, "010",     "000001",     "102", "T0",
                   100'000,           1532, 1'234'500, 8'392'100'000};
    for (int side = 0; side < 2; ++side)
        for (std::uint16_t level = 1; level <= 10; ++level) {
            szse::MdEntry e{
                side ? "1" : "0", 10'000'000 + (side ? 1 : -1) * level * 10'000, 120'000, level, 17, {}};
            if (level == 1)
                e.orders.assign(50, 2'400);
            snap.entries.push_back(e);
        }
    for (const char* t : {"2", "4", "7", "8", "xe", "xf"})
        snap.entries.push_back({t, 10'000'000, 0, 0, 0, {}});
    std::vector<std::byte> snaps;
    std::size_t snapCount = 0;
    while (snaps.size() < 64 * 1000 * 1000) {
        szse::encode(snap, snaps);
        ++snapCount;
    }
    decodeBench("tick-by-tick (300192/300191)", ticks, flow.size());
    decodeBench("snapshots (300111, 10 levels + 50)", snaps, snapCount);

    // Book rebuild.
    std::size_t orders = 0;
    for (const Event& e : flow)
        orders += std::holds_alternative<TickOrder>(e);
    const double tFast = bestOf(3, [&] {
        BookBuilder b;
        for (const Event& e : flow)
            std::visit([&](const auto& ev) { b.apply(ev); }, e);
        g_sink = g_sink + static_cast<std::int64_t>(b.liveOrders());
    });
    const double tNaive = bestOf(3, [&] {
        NaiveBook b;
        for (const Event& e : flow)
            std::visit([&](const auto& ev) { b.apply(ev); }, e);
        g_sink = g_sink + b.best(securityKey("000001"));
    });
    const double n = static_cast<double>(flow.size());
    std::printf("book rebuild: %zu events (%zu orders)\n", flow.size(), orders);
    std::printf("  std::map book (baseline)      %8.2f M events/s   1.00x\n", n / tNaive / 1e6);
    std::printf("  BookBuilder                   %8.2f M events/s   %.2fx\n", n / tFast / 1e6,
                tNaive / tFast);
    return 0;
}
