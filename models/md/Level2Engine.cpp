#include "md/Level2Engine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <deque>

namespace ws::md {

namespace {

constexpr std::size_t kSnapshotQueue = 8192;
constexpr int kOpeningUncross = hmsMs(9, 25);

bool inCallAuction(int ms)
{
    return (ms >= hmsMs(9, 15) && ms < hmsMs(9, 25)) || (ms >= hmsMs(14, 57) && ms < hmsMs(15, 0));
}

// Bars are stamped with their start minute; the opening uncross (09:25) belongs to the 09:30
// bar and the closing uncross (15:00) to the 14:59 bar, as terminals draw them.
int barMinute(int ms)
{
    const int m = ms / 60'000;
    if (m < 570)
        return 570;
    if (m >= 900)
        return 899;
    return m;
}

// printf-style into a std::string (libstdc++ 12 has no std::format).
std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...)
{
    char buf[256];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    return std::string(buf, n < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf - 1));
}

long long ll(std::int64_t v)
{
    return static_cast<long long>(v);
}

} // namespace

const char* feedPathName(FeedPath p)
{
    switch (p) {
    case FeedPath::Appliance:
        return "appliance";
    case FeedPath::Mdgw:
        return "mdgw";
    case FeedPath::Replay:
        return "replay";
    }
    return "unknown";
}

OrderClass OrderClassThresholds::classify(std::int64_t price, std::int64_t qtyRaw) const
{
    const std::int64_t sharesCount = qtyRaw / 100;
    const long double yuanAmount = static_cast<long double>(price) * static_cast<long double>(qtyRaw) / 1e6L;
    for (int c = 2; c >= 0; --c) {
        const auto i = static_cast<std::size_t>(c);
        if (sharesCount >= shares[i] || yuanAmount >= static_cast<long double>(yuan[i]))
            return static_cast<OrderClass>(c + 1);
    }
    return OrderClass::Small;
}

struct Level2Engine::State
{
    explicit State(const EngineConfig& c) : config(c) { resetIndices(); }

    struct Security
    {
        SecurityKey key = 0;
        Quote quote;           // prevClose, limits and phase from the exchange's snapshot
        std::vector<Bar> bars; // by minute, ascending
        LargeOrderStats large;
        std::deque<TickRow> ticks; // the most recent kMaxFocusTicks
        std::uint64_t tickCount = 0;
        int lastTickMs = -1;
        // Snapshots waiting for their channel to pass their time, oldest first. The snapshot
        // channel may run ahead of the tick channels (other lines, other recovery), so several wait.
        std::deque<ExchangeSnapshot> pending;
    };
    struct Channel
    {
        ChannelView view;
        bool started = false;
        std::vector<SecurityKey> pending; // securities with a snapshot waiting on this channel
    };
    struct IndexState
    {
        IndexDefinition def;
        long double sumPrev = 0, sumCur = 0;
        std::unordered_map<SecurityKey, std::int64_t> last; // constituent -> last price
        IndexView view;
    };

    const EngineConfig& config;
    BookBuilder books;
    std::unordered_map<SecurityKey, std::size_t> securityIndex;
    std::deque<Security> securities;
    std::map<std::uint16_t, Channel> channels;
    std::vector<IndexState> indices;
    std::unordered_map<SecurityKey, std::vector<std::pair<std::size_t, std::int64_t>>> indexMembership;
    CrossCheckStats crossCheck;
    std::array<std::array<LatencyHistogram, 3>, kFeedPaths> latency; // hw->recv, recv->book, hw->book
    // The end-to-end figure (hw->book where the path stamps hw, else recv->book) per channel.
    std::map<std::pair<FeedPath, std::uint16_t>, LatencyHistogram> channelLatency;
    std::uint64_t applied = 0;
    std::uint64_t snapshotsReceived = 0;
    std::uint64_t appliedAtLastPublish = 0;
    std::chrono::steady_clock::time_point lastPublish = std::chrono::steady_clock::now();
    std::size_t queueHighWater = 0;
    std::uint64_t publications = 0;

    void resetIndices()
    {
        indices.clear();
        indexMembership.clear();
        for (const auto& def : config.indices) {
            IndexState st;
            st.def = def;
            st.view.code = securityCode(def.security);
            st.view.name = def.name;
            for (const auto& c : def.constituents) {
                st.sumPrev += static_cast<long double>(c.weight) * static_cast<long double>(c.prevClose);
                st.last[c.security] = c.prevClose;
                indexMembership[c.security].emplace_back(indices.size(), c.weight);
            }
            st.sumCur = st.sumPrev;
            st.view.computed = def.prevClose;
            indices.push_back(std::move(st));
        }
    }

    Security& security(SecurityKey key)
    {
        auto it = securityIndex.find(key);
        if (it != securityIndex.end())
            return securities[it->second];
        securityIndex.emplace(key, securities.size());
        Security& s = securities.emplace_back();
        s.key = key;
        s.quote.security = key;
        return s;
    }

    // ApplSeqNum discipline per channel. Returns false for a duplicate (skip it).
    bool sequence(std::uint16_t channel, std::int64_t seq)
    {
        Channel& c = channels[channel];
        c.view.channel = channel;
        ++c.view.events;
        if (!c.started) {
            c.started = true;
            if (seq != 1) {
                c.view.health = ChannelHealth::Invalid;
                c.view.reason = format("joined at ApplSeqNum %lld: 1-%lld never seen", ll(seq), ll(seq - 1));
                ++c.view.gaps;
            }
        } else if (seq <= c.view.lastSeq) {
            ++c.view.duplicates;
            return false;
        } else if (seq != c.view.lastSeq + 1) {
            ++c.view.gaps;
            c.view.health = ChannelHealth::Invalid;
            c.view.reason = format("ApplSeqNum gap: %lld-%lld missing", ll(c.view.lastSeq + 1), ll(seq - 1));
        }
        c.view.lastSeq = seq;
        return true;
    }

    void stamp(const EventStamp& s, std::uint16_t channel)
    {
        // A replay's stamps are the capture's, not this run's.
        if (s.path == FeedPath::Replay || s.recvNs == 0)
            return;
        const std::uint64_t now = wallClockNs();
        auto& h = latency[static_cast<std::size_t>(s.path)];
        if (now >= s.recvNs)
            h[1].record(now - s.recvNs);
        if (s.hwNs != 0) {
            if (s.recvNs >= s.hwNs)
                h[0].record(s.recvNs - s.hwNs);
            if (now >= s.hwNs)
                h[2].record(now - s.hwNs);
        }
        const std::uint64_t from = s.hwNs != 0 ? s.hwNs : s.recvNs;
        if (now >= from)
            channelLatency[{s.path, channel}].record(now - from);
    }

    void pushTick(Security& s, const TickRow& row)
    {
        s.ticks.push_back(row);
        if (s.ticks.size() > kMaxFocusTicks)
            s.ticks.pop_front();
        ++s.tickCount;
        s.lastTickMs = row.timeMs;
    }

    // Snapshots waiting on this channel whose time the channel has now passed.
    void crossCheckDue(std::uint16_t channel, int timeMs)
    {
        auto it = channels.find(channel);
        if (it == channels.end() || it->second.pending.empty())
            return;
        auto& pending = it->second.pending;
        for (std::size_t i = 0; i < pending.size();) {
            Security& s = security(pending[i]);
            while (!s.pending.empty() && s.pending.front().timeMs < timeMs) {
                compare(s.pending.front());
                s.pending.pop_front();
            }
            if (s.pending.empty()) {
                pending[i] = pending.back();
                pending.pop_back();
            } else {
                ++i;
            }
        }
    }

    void apply(const TickOrder& o, const EventStamp& st)
    {
        const int ms = timeOfDayMs(o.time);
        crossCheckDue(o.channel, ms);
        if (!sequence(o.channel, o.seq))
            return;
        Security& s = security(o.security);
        // Size class now, while the order's price is known; market orders are sized at the
        // last trade price (their own price field is not usable).
        std::int64_t price = o.price;
        if (o.ordType != '2') {
            const OrderBook* b = books.book(o.security);
            price = b && b->lastPrice ? b->lastPrice : s.quote.prevClose;
        }
        const OrderClass cls = config.thresholds.classify(price, o.qty);
        auto& flow = s.large.classes[static_cast<std::size_t>(cls)];
        ++(o.side == Side::Buy ? flow.buyOrders : flow.sellOrders);
        books.apply(o, static_cast<std::uint8_t>(cls));
        pushTick(s, {ms, o.seq, 'O', o.side, o.ordType, o.price, o.qty, 0, 0});
        stamp(st, o.channel);
        ++applied;
    }

    void apply(const TickTrade& t, const EventStamp& st)
    {
        const int ms = timeOfDayMs(t.time);
        crossCheckDue(t.channel, ms);
        if (!sequence(t.channel, t.seq))
            return;
        Security& s = security(t.security);
        if (t.isCancel()) {
            const Side side = t.bidSeq > 0 ? Side::Buy : Side::Sell;
            books.apply(t);
            pushTick(s, {ms, t.seq, 'C', side, ' ', 0, t.qty, t.bidSeq, t.offerSeq});
        } else {
            const auto buyClass = books.orderTag(t.channel, t.bidSeq);
            const auto sellClass = books.orderTag(t.channel, t.offerSeq);
            const std::int64_t amount = t.price * t.qty;
            if (buyClass)
                s.large.classes[*buyClass].buyAmount += amount;
            if (sellClass)
                s.large.classes[*sellClass].sellAmount += amount;
            books.apply(t);
            addToBar(s, ms, t.price, t.qty);
            updateIndices(t.security, t.price);
            const Side aggressor = t.bidSeq > t.offerSeq ? Side::Buy : Side::Sell;
            pushTick(s, {ms, t.seq, 'T', aggressor, ' ', t.price, t.qty, t.bidSeq, t.offerSeq});
        }
        stamp(st, t.channel);
        ++applied;
    }

    void apply(const IndexTick& x, const EventStamp& st)
    {
        for (auto& ix : indices) {
            if (ix.def.security != x.security)
                continue;
            ix.view.published = x.value;
            ix.view.publishedTimeMs = x.timeMs;
            if (x.value != 0) {
                const long double diff = (static_cast<long double>(ix.view.computed) - x.value) /
                                         static_cast<long double>(x.value) * 1e4L;
                ix.view.differenceBp = static_cast<double>(diff);
                ix.view.maxDifferenceBp = std::max(ix.view.maxDifferenceBp, std::fabs(ix.view.differenceBp));
            }
        }
        stamp(st, 0);
        ++applied;
    }

    void apply(const ChannelLost& l, const EventStamp&)
    {
        Channel& c = channels[l.channel];
        c.view.channel = l.channel;
        c.view.health = ChannelHealth::Invalid;
        ++c.view.gaps;
        c.view.reason = format("feed records %llu-%llu lost", static_cast<unsigned long long>(l.from),
                               static_cast<unsigned long long>(l.to - 1));
    }

    void addToBar(Security& s, int ms, std::int64_t price, std::int64_t qty)
    {
        const int minute = barMinute(ms);
        if (s.bars.empty() || s.bars.back().minute < minute) {
            s.bars.push_back({minute, price, price, price, price, 0, 0});
        }
        Bar& b = s.bars.back(); // ticks come in time order, so the bar is the last one
        b.high = std::max(b.high, price);
        b.low = std::min(b.low, price);
        b.close = price;
        b.volume += qty;
        b.turnover += price * qty;
    }

    void updateIndices(SecurityKey security, std::int64_t price)
    {
        const auto it = indexMembership.find(security);
        if (it == indexMembership.end())
            return;
        for (const auto& [i, weight] : it->second) {
            IndexState& ix = indices[i];
            std::int64_t& last = ix.last[security];
            ix.sumCur += static_cast<long double>(weight) * static_cast<long double>(price - last);
            last = price;
            if (ix.sumPrev > 0)
                ix.view.computed = static_cast<std::int64_t>(
                    std::llround(static_cast<long double>(ix.def.prevClose) * ix.sumCur / ix.sumPrev));
        }
    }

    void onSnapshot(const ExchangeSnapshot& x)
    {
        ++snapshotsReceived;
        Security& s = security(x.security);
        s.quote.prevClose = x.prevClose;
        s.quote.upperLimit = x.upperLimit;
        s.quote.lowerLimit = x.lowerLimit;
        s.quote.phase = x.phase;
        if (x.timeMs < kOpeningUncross || x.phase == 'O' || x.phase == 'C' || x.phase == 'S') {
            ++crossCheck.skipped;
            return;
        }
        const OrderBook* b = books.book(x.security);
        if (s.lastTickMs > x.timeMs) {
            ++crossCheck.late; // later ticks are in the book already
            return;
        }
        if (!b) {
            ++crossCheck.skipped; // no order yet: nothing rebuilt to compare
            return;
        }
        if (s.pending.size() == kMaxPendingSnapshots) {
            s.pending.pop_front();
            ++crossCheck.superseded;
        }
        s.pending.push_back(x);
        auto& list = channels[b->channel()].pending;
        if (std::find(list.begin(), list.end(), x.security) == list.end())
            list.push_back(x.security);
    }

    void compare(const ExchangeSnapshot& x)
    {
        const OrderBook* b = books.book(x.security);
        if (!b)
            return;
        auto ch = channels.find(b->channel());
        if (ch != channels.end() && ch->second.view.health == ChannelHealth::Invalid) {
            ++crossCheck.skipped;
            return;
        }
        books.settle(b->channel());
        ++crossCheck.compared;
        std::string diff;
        auto side = [&](Side sd, const std::array<LadderLevel, 10>& levels, const char* name) {
            for (std::size_t i = 0; i < 10 && diff.empty(); ++i) {
                const LadderLevel mine =
                    i < b->depth(sd)
                        ? LadderLevel{b->level(sd, i).price, b->level(sd, i).qty, b->level(sd, i).orders}
                        : LadderLevel{};
                const LadderLevel& theirs = levels[i];
                if (mine.price != theirs.price || mine.qty != theirs.qty || mine.orders != theirs.orders)
                    diff = format("%s level %zu: book %lld/%lld/%u snapshot %lld/%lld/%u", name, i + 1,
                                  ll(mine.price), ll(mine.qty), mine.orders, ll(theirs.price), ll(theirs.qty),
                                  theirs.orders);
            }
        };
        side(Side::Buy, x.bids, "bid");
        side(Side::Sell, x.asks, "ask");
        if (diff.empty() && x.hasQueues) {
            auto queue = [&](Side sd, const std::array<std::int64_t, 50>& q, std::uint8_t n,
                             const char* name) {
                if (!diff.empty() || b->depth(sd) == 0 || n == 0)
                    return;
                const auto mine = b->queue(sd, 0, 50);
                if (!std::equal(mine.begin(), mine.end(), q.begin(), q.begin() + n))
                    diff = format("%s queue differs (%zu orders in book, %u in snapshot)", name, mine.size(),
                                  static_cast<unsigned>(n));
            };
            queue(Side::Buy, x.bidQueue, x.bidQueueSize, "bid");
            queue(Side::Sell, x.askQueue, x.askQueueSize, "ask");
        }
        if (!diff.empty()) {
            ++crossCheck.mismatched;
            if (crossCheck.examples.size() < 20)
                crossCheck.examples.push_back(format("%s %02d:%02d:%02d %s", securityCode(x.security).c_str(),
                                                     x.timeMs / 3'600'000, x.timeMs / 60'000 % 60,
                                                     x.timeMs / 1000 % 60, diff.c_str()));
        }
    }

    Quote quoteOf(const Security& s) const
    {
        Quote q = s.quote;
        if (const OrderBook* b = books.book(s.key)) {
            q.channel = b->channel();
            q.last = b->lastPrice;
            q.open = b->openPrice;
            q.high = b->highPrice;
            q.low = b->lowPrice;
            q.volume = b->volume;
            q.turnover = b->turnover;
            q.numTrades = b->numTrades;
            if (b->depth(Side::Buy)) {
                q.bid1 = b->level(Side::Buy, 0).price;
                q.bid1Qty = b->level(Side::Buy, 0).qty;
            }
            if (b->depth(Side::Sell)) {
                q.ask1 = b->level(Side::Sell, 0).price;
                q.ask1Qty = b->level(Side::Sell, 0).qty;
            }
            const auto ch = channels.find(b->channel());
            q.valid = ch == channels.end() || ch->second.view.health == ChannelHealth::Valid;
        }
        q.timeMs = s.lastTickMs < 0 ? 0 : s.lastTickMs;
        return q;
    }

    FocusView focusOf(const Security& s) const
    {
        FocusView f;
        f.security = s.key;
        f.quote = quoteOf(s);
        if (const OrderBook* b = books.book(s.key)) {
            for (Side sd : {Side::Buy, Side::Sell}) {
                auto& out = sd == Side::Buy ? f.bids : f.asks;
                const std::size_t n = std::min(b->depth(sd), kMaxFocusDepth);
                out.reserve(n);
                for (std::size_t i = 0; i < n; ++i)
                    out.push_back({b->level(sd, i).price, b->level(sd, i).qty, b->level(sd, i).orders});
            }
            if (b->depth(Side::Buy))
                f.bidQueue = b->queue(Side::Buy, 0, 50);
            if (b->depth(Side::Sell))
                f.askQueue = b->queue(Side::Sell, 0, 50);
            if (s.lastTickMs >= 0 && inCallAuction(s.lastTickMs)) {
                const auto m = b->auctionMatch(s.quote.prevClose);
                f.auction = {true, m.price, m.volume, m.imbalance};
            }
        }
        f.ticks.assign(s.ticks.begin(), s.ticks.end());
        f.tickCount = s.tickCount;
        f.bars = s.bars;
        f.large = s.large;
        return f;
    }
};

Level2Engine::Level2Engine(EngineConfig config)
    : config_(std::move(config)), events_(config_.queueCapacity), snapshots_(kSnapshotQueue),
      state_(std::make_unique<State>(config_)), latest_(std::make_shared<MarketSnapshot>())
{
    if (config_.busyPoll || config_.pumpedByProducer) {
        // Touch every slot of the queue once now: otherwise its first lap takes a page fault
        // every few dozen events on the hot path, a tail of tens of microseconds in a VM.
        StampedEvent e{};
        while (events_.push(e)) {
        }
        while (events_.pop(e)) {
        }
    }
    if (!config_.pumpedByProducer)
        thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

Level2Engine::~Level2Engine()
{
    thread_.request_stop();
    if (thread_.joinable())
        thread_.join();
}

void Level2Engine::push(const StampedEvent& e)
{
    while (!events_.push(e)) {
        producerWaits_.fetch_add(1, std::memory_order_relaxed);
        if (onPumpThread())
            step(); // this thread is the book thread: make room itself
        else
            std::this_thread::yield();
    }
    ++pushedEvents_;
    pushed_.fetch_add(1, std::memory_order_seq_cst);
    if (sleeping_.load(std::memory_order_seq_cst) && sleeping_.exchange(false))
        wake_.release(); // one release per sleep, so permits never pile up
}

void Level2Engine::push(ExchangeSnapshot s)
{
    s.afterEvents = pushedEvents_;
    while (!snapshots_.push(s)) {
        producerWaits_.fetch_add(1, std::memory_order_relaxed);
        if (onPumpThread())
            step();
        else
            std::this_thread::yield();
    }
    pushed_.fetch_add(1, std::memory_order_seq_cst);
    if (sleeping_.load(std::memory_order_seq_cst) && sleeping_.exchange(false))
        wake_.release(); // one release per sleep, so permits never pile up
}

void Level2Engine::setFocus(SecurityKey security)
{
    setFocus(std::span<const SecurityKey>(&security, 1));
}

void Level2Engine::setFocus(std::span<const SecurityKey> securities)
{
    // A publication between two stores sees a mix of the old and the new list for one snapshot;
    // the next one, 33 ms later, has the new list.
    std::size_t n = 0;
    for (SecurityKey key : securities)
        if (key != 0 && n < focus_.size())
            focus_[n++].store(key, std::memory_order_relaxed);
    for (; n < focus_.size(); ++n)
        focus_[n].store(0, std::memory_order_relaxed);
}

MarketSnapshotPtr Level2Engine::latest() const
{
    std::lock_guard lock(publishMutex_);
    return latest_;
}

MarketSnapshotPtr Level2Engine::sync()
{
    const std::uint64_t target = pushed_.load(std::memory_order_acquire);
    std::unique_lock lock(publishMutex_);
    syncRequested_ = true;
    if (sleeping_.exchange(false))
        wake_.release();
    published_.wait(lock, [&] { return appliedForSync_ >= target && !syncRequested_; });
    return latest_;
}

void Level2Engine::reset()
{
    resetRequested_ = true;
    sync(); // wakes the book thread, which sees the request before it sleeps again
}

bool Level2Engine::drain(std::size_t maxEvents)
{
    State& st = *state_;
    std::size_t n = 0;
    // A snapshot goes in where the producer had it among the ticks (afterEvents), so the
    // two queues together keep the order of one stream.
    StampedEvent e;
    while (n < maxEvents) {
        if (snapshots_.read_available() > 0 && snapshots_.front().afterEvents <= consumedEvents_) {
            st.onSnapshot(snapshots_.front());
            snapshots_.pop();
            ++consumed_;
            ++n;
        } else if (events_.pop(e)) {
            std::visit([&](const auto& ev) { st.apply(ev, e.stamp); }, e.event);
            ++consumedEvents_;
            ++consumed_;
            ++n;
        } else {
            break;
        }
    }
    st.queueHighWater = std::max(st.queueHighWater, events_.read_available());
    return n > 0;
}

void Level2Engine::publish()
{
    State& st = *state_;
    auto snap = std::make_shared<MarketSnapshot>();
    const auto now = std::chrono::steady_clock::now();
    const double seconds = std::chrono::duration<double>(now - st.lastPublish).count();
    snap->quotes.reserve(st.securities.size());
    for (const auto& s : st.securities)
        snap->quotes.push_back(st.quoteOf(s));
    std::sort(snap->quotes.begin(), snap->quotes.end(), [](const Quote& a, const Quote& b) {
        return securityCode(a.security) < securityCode(b.security);
    });
    for (const auto& slot : focus_) {
        const SecurityKey focus = slot.load(std::memory_order_relaxed);
        if (focus == 0 || snap->focusOf(focus))
            continue;
        const auto it = st.securityIndex.find(focus);
        if (it != st.securityIndex.end())
            snap->focused.push_back(st.focusOf(st.securities[it->second]));
    }
    for (const auto& [_, c] : st.channels)
        snap->channels.push_back(c.view);
    snap->crossCheck = st.crossCheck;
    snap->thresholds = config_.thresholds;
    for (const auto& ix : st.indices)
        snap->indices.push_back(ix.view);
    static const char* const stages[] = {"hw→recv", "recv→book", "hw→book"};
    for (std::size_t p = 0; p < kFeedPaths; ++p)
        for (std::size_t k = 0; k < 3; ++k) {
            const auto& h = st.latency[p][k];
            if (h.count() == 0)
                continue;
            snap->latency.push_back({static_cast<FeedPath>(p), 0, stages[k], h.count(), h.percentile(0.5),
                                     h.percentile(0.99), h.percentile(0.999), h.max()});
        }
    for (const auto& [key, h] : st.channelLatency)
        snap->latency.push_back({key.first, key.second, "end to end", h.count(), h.percentile(0.5),
                                 h.percentile(0.99), h.percentile(0.999), h.max()});
    snap->stats.events = st.applied;
    snap->stats.eventsPerSecond =
        seconds > 0 ? static_cast<double>(st.applied - st.appliedAtLastPublish) / seconds : 0;
    snap->stats.snapshots = st.snapshotsReceived;
    snap->stats.queueDepth = events_.read_available();
    snap->stats.queueHighWater = st.queueHighWater;
    snap->stats.producerWaits = producerWaits_.load(std::memory_order_relaxed);
    snap->stats.publications = ++st.publications;
    st.appliedAtLastPublish = st.applied;
    st.lastPublish = now;
    {
        std::lock_guard lock(publishMutex_);
        snap->serial = st.publications;
        latest_ = std::move(snap);
        appliedForSync_ = consumed_;
        syncRequested_ = false;
    }
    published_.notify_all();
}

bool Level2Engine::pump()
{
    if (pumpThread_.load(std::memory_order_relaxed) != std::this_thread::get_id())
        pumpThread_.store(std::this_thread::get_id(), std::memory_order_relaxed);
    return step();
}

bool Level2Engine::onPumpThread() const
{
    // Another producer (a replay) waits for the pumping thread instead of consuming itself.
    return config_.pumpedByProducer &&
           pumpThread_.load(std::memory_order_relaxed) == std::this_thread::get_id();
}

bool Level2Engine::step()
{
    if (resetRequested_.exchange(false)) {
        StampedEvent e;
        ExchangeSnapshot x;
        while (events_.pop(e)) {
            ++consumed_;
            ++consumedEvents_;
        }
        while (snapshots_.pop(x))
            ++consumed_;
        state_ = std::make_unique<State>(config_);
        consumedAtPublish_ = ~std::uint64_t{0};
    }
    const bool worked = drain(4096);
    const auto now = std::chrono::steady_clock::now();
    const bool due = now - lastPublish_ >= config_.publishInterval;
    const bool caughtUp = events_.read_available() == 0;
    if ((due && consumed_ != consumedAtPublish_) || (syncRequested_ && caughtUp)) {
        publish();
        lastPublish_ = now;
        consumedAtPublish_ = consumed_;
    }
    return worked;
}

void Level2Engine::run(std::stop_token stop)
{
    lastPublish_ = std::chrono::steady_clock::now();
    int idle = 0;
    while (!stop.stop_requested()) {
        if (step()) {
            idle = 0;
        } else if (config_.busyPoll || ++idle < 200) {
            // Spin briefly: in a burst the next event is microseconds away.
            std::this_thread::yield();
        } else {
            // Sleep until a producer wakes us or the next publication is due. The flag goes up
            // before the queues are checked again, so a push in between is never missed.
            sleeping_.store(true, std::memory_order_seq_cst);
            if (events_.read_available() == 0 && snapshots_.read_available() == 0 && !syncRequested_ &&
                !resetRequested_)
                (void)wake_.try_acquire_for(config_.publishInterval);
            sleeping_.store(false, std::memory_order_relaxed);
        }
    }
}

} // namespace ws::md
