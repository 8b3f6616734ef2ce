#pragma once

// The Level-2 model's book thread. Receiving threads push plain events into lock-free
// single-producer queues; this thread applies them to the books, keeps the statistics that
// follow from them (minute bars, large orders, the real-time index, latency, cross-checks
// against the exchange's snapshots) and publishes a MarketSnapshot for the GUI at most every
// 33 ms. Nothing here blocks on the GUI, and the GUI never waits on it beyond a pointer swap.
//
// One producer at a time: the I/O thread of the live connectors, or a replay thread.

#include "md/LatencyHistogram.h"
#include "md/MarketSnapshot.h"
#include "md/OrderBook.h"

#include <boost/lockfree/spsc_queue.hpp>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <semaphore>
#include <span>
#include <thread>
#include <unordered_map>
#include <variant>

namespace ws::md {

// When and by which path an event came: the appliance's hardware stamp (0 when the path has
// none) and the host's receive stamp, both ns since the Unix epoch.
struct EventStamp
{
    std::uint64_t hwNs = 0;
    std::uint64_t recvNs = 0;
    FeedPath path = FeedPath::Appliance;
};

// The exchange's snapshot of one security (300111 or the appliance's S + Q records).
struct ExchangeSnapshot
{
    SecurityKey security = 0;
    std::uint16_t channel = 0; // the snapshot channel (1011, ...)
    int timeMs = 0;
    char phase = ' ';
    std::int64_t prevClose = 0, upperLimit = 0, lowerLimit = 0;
    std::int64_t last = 0, open = 0, high = 0, low = 0;
    std::int64_t numTrades = 0, volume = 0, turnover = 0; // turnover Amt(4)
    std::array<LadderLevel, 10> bids{}, asks{};           // price 0: no level
    std::uint8_t bidQueueSize = 0, askQueueSize = 0;
    std::array<std::int64_t, 50> bidQueue{}, askQueue{};
    bool hasQueues = false; // the source carried the best-price queues
    // Set by push(): how many tick events were pushed before it, so the book thread applies it
    // exactly where the producer had it, although it travels in its own queue.
    std::uint64_t afterEvents = 0;
};

struct IndexTick
{
    SecurityKey security = 0;
    int timeMs = 0;
    std::int64_t value = 0; // MDEntryPx(6)
    std::int64_t prevClose = 0;
};

// A channel's records were lost for good (appliance path): its books are incomplete.
struct ChannelLost
{
    std::uint16_t channel = 0;
    std::uint64_t from = 0, to = 0; // feed sequence numbers
};

using FeedEvent = std::variant<TickOrder, TickTrade, IndexTick, ChannelLost>;

struct StampedEvent
{
    FeedEvent event;
    EventStamp stamp;
};

struct IndexDefinition
{
    SecurityKey security = 0;
    std::string name;
    std::int64_t prevClose = 0; // MDEntryPx(6)
    struct Constituent
    {
        SecurityKey security = 0;
        std::int64_t weight = 0;    // shares
        std::int64_t prevClose = 0; // Price(4)
    };
    std::vector<Constituent> constituents;
};

struct EngineConfig
{
    std::size_t queueCapacity = 1u << 18;
    std::chrono::milliseconds publishInterval{33};
    OrderClassThresholds thresholds;
    std::vector<IndexDefinition> indices;
    // Never sleep when idle: the lowest latency, for a machine with a core to spare for it.
    bool busyPoll = false;
    // No book thread: the producer's thread applies the events itself by calling pump() in its
    // busy-poll loop (receive, decode and book on one core, with no hand-over between threads:
    // the lowest latency where cores are few). pump() must then run continuously, or sync()
    // and reset() wait for ever.
    bool pumpedByProducer = false;
};

class Level2Engine
{
public:
    explicit Level2Engine(EngineConfig config = {});
    ~Level2Engine();
    Level2Engine(const Level2Engine&) = delete;
    Level2Engine& operator=(const Level2Engine&) = delete;

    // Producer side (one thread). Never drops: a full queue makes the producer wait (counted),
    // which is what a replay wants and what a live feed shows as receive-side back-pressure.
    void push(const StampedEvent& e);
    void push(ExchangeSnapshot s);

    // GUI side, any thread. The securities whose detail (depth, queues, ticks, bars, large
    // orders) each snapshot carries: at most kMaxFocused, the first kept when more are given,
    // zero keys ignored. Read only when publishing, never per event.
    void setFocus(SecurityKey security);
    void setFocus(std::span<const SecurityKey> securities);
    MarketSnapshotPtr latest() const;
    // Blocks until every event pushed so far is applied and a snapshot including it is
    // published (tools and tests; never the GUI thread).
    MarketSnapshotPtr sync();

    // Everything forgotten (a new replay, a new day); books, statistics and channels.
    void reset();

    // With pumpedByProducer, on the one thread that runs the book (the busy-polling receiver):
    // applies what is queued and publishes when due. Returns whether there was anything to apply.
    bool pump();

private:
    struct State;
    void run(std::stop_token stop);
    bool step(); // one turn of the book loop, on whichever thread runs the book
    bool onPumpThread() const;
    bool drain(std::size_t maxEvents);
    void publish();

    EngineConfig config_;
    boost::lockfree::spsc_queue<StampedEvent> events_;
    boost::lockfree::spsc_queue<ExchangeSnapshot> snapshots_;
    std::unique_ptr<State> state_; // touched by the book thread only
    std::array<std::atomic<SecurityKey>, kMaxFocused> focus_{};
    std::atomic<std::uint64_t> pushed_{0}; // events and snapshots
    std::uint64_t pushedEvents_ = 0;       // producer thread only
    std::uint64_t consumedEvents_ = 0;     // book thread only
    std::uint64_t consumed_ = 0;           // events and snapshots, book thread only
    std::chrono::steady_clock::time_point lastPublish_ = std::chrono::steady_clock::now(); // book thread
    std::uint64_t consumedAtPublish_ = 0;                                                  // book thread
    std::atomic<std::uint64_t> producerWaits_{0};
    std::atomic<bool> resetRequested_{false};
    mutable std::mutex publishMutex_;
    std::condition_variable published_;
    MarketSnapshotPtr latest_;
    std::uint64_t appliedForSync_ = 0; // events applied when latest_ was made (under publishMutex_)
    std::atomic<bool> syncRequested_{false};
    // The book thread sleeps on this when both queues are empty; a producer that sees it
    // sleeping releases it, so an event after a quiet spell waits microseconds, not a tick.
    std::atomic<bool> sleeping_{false};
    std::counting_semaphore<1 << 20> wake_{0};
    std::atomic<std::thread::id> pumpThread_{}; // pumpedByProducer: the thread calling pump()
    std::jthread thread_;
};

} // namespace ws::md
