#pragma once

// A deterministic (by seed) SZSE Level-2 trading day for N securities, as SZSE Binary value
// messages in time order: tick-by-tick orders (300192), trades and cancels (300191), 10-level
// snapshots (300111) and one index snapshot (309011) per interval.
//
// The day, in exchange time:
//   09:15-09:25 opening call auction: limit orders accumulate, cancels only before 09:20;
//   09:25:00.000 the uncross (one price per security, see MatchingBook::auctionMatch, reference
//               the previous close); 09:25-09:30 nothing;
//   09:30-11:30, 13:00-14:57 continuous trading: limit, market and best-own-side orders match
//               on arrival; random resting orders are cancelled (a flow of its own, on top of
//               ordersPerSecond);
//   14:57-15:00 closing call auction (no cancels), uncross at 15:00:00.000 (reference the last
//               trade price, the previous close if none: the exchange's rule for the closing
//               call); the day ends with the 15:00:00 snapshots.
// Snapshots every snapshotIntervalMs from 09:15:00.000 to 15:00:00.000 (and at 15:00 even when
// the interval does not divide the day) for every security, built from the generator's book
// after every tick stamped at or before the snapshot's OrigTime, then the index snapshot.
//
// Channels and streams: security i (codes in ascending order) publishes its ticks on channel
// 2011 + i % tickChannels (MDStreamID "011", ApplSeqNum from 1, +1 per order, trade or cancel
// of the channel), its snapshots on 1000 + (tick channel - 2000) ("010"); the index snapshots
// on kIndexChannel ("900"), clear of the stock snapshot channels (tickChannels is at most 80).
//
// Market orders (OrdType '1', Price 0) come in the exchange's two common kinds: counterparty
// best (takes the best opposite level only, the rest rests there as a limit order, no cancel)
// and immediate-or-cancel across up to five levels (the rest is cancelled at once); with no
// opposite side either is cancelled at once. Best-own-side orders (OrdType 'U', Price 0) rest
// at the own side's best, or are cancelled at once with no own side. Market and best-own-side
// orders only arrive in continuous trading.
//
// next() allocates nothing per tick beyond what the value structs hold (their strings are
// short); the snapshots' entry vectors are allocated per snapshot.

#include "md/szse/SzseBinary.h"
#include "simulators/MatchingBook.h"

#include <cstdint>
#include <functional>
#include <queue>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace ws::md::sim {

inline constexpr std::uint16_t kFirstTickChannel = 2011;
inline constexpr std::uint16_t kIndexChannel = 1091;
inline constexpr int kMaxTickChannels = 80;

struct DayConfig
{
    int securities = 20;  // 1 .. 3000
    int tickChannels = 4; // 1 .. kMaxTickChannels
    std::uint64_t seed = 1;
    std::int64_t tradingDate = 20261130; // YYYYMMDD
    double ordersPerSecond = 2000;       // all securities together, mean over continuous trading
    int snapshotIntervalMs = 3000;
    double chiNextShare = 0.25; // fraction of the securities that are ChiNext (300xxx, +-20%)
};

enum class Board : std::uint8_t { Main, ChiNext };

struct SecurityInfo
{
    std::string code; // "000001", "300123", ...
    Board board = Board::Main;
    std::uint16_t tickChannel = 0;
    std::uint16_t snapshotChannel = 0;
    std::int64_t prevClose = 0;  // Price N13(4)
    std::int64_t upperLimit = 0; // Price N13(4)
    std::int64_t lowerLimit = 0; // Price N13(4)
    std::int64_t shares = 0;     // shares outstanding: the index weight
    double activity = 0;         // share of the order flow; sums to 1 over the securities
    double dailyVolatility = 0;  // of the drifting fundamental price
};

// One capitalisation-weighted index over all the generated stocks:
//   value = prevClose x sum(shares x last) / sum(shares x prevClose),
// last = the stock's latest trade price, its previous close before its first trade.
// The code sits in SZSE's 399xxx index range but is not a published index, so simulated values
// can never be mistaken for (or cached under) a real index's.
struct IndexDefinition
{
    struct Constituent
    {
        std::string code;
        std::int64_t shares = 0;
    };
    std::string code = "399999";
    std::string name = "SIM Composite";
    std::int64_t prevClose = 0; // N18(6)
    std::vector<Constituent> constituents;
};

using Message = std::variant<szse::Order, szse::Trade, szse::Snapshot, szse::IndexSnapshot>;

enum class Phase : std::uint8_t {
    PreOpen,     // before 09:15
    OpeningCall, // 09:15-09:25
    Break,       // 09:25-09:30, 11:30-13:00
    Continuous,  // 09:30-11:30, 13:00-14:57
    ClosingCall, // 14:57-15:00
    Closed,      // from 15:00
};
Phase phaseAt(int timeOfDayMs);
// The first character of TradingPhaseCode: S, O, B, T, C, E.
char phaseCode(Phase p);
// YYYYMMDDHHMMSSsss
std::int64_t timestamp(std::int64_t date, int timeOfDayMs);
// Whether a share count or value makes an order "super large" (East Money's convention):
// >= 500,000 shares or >= 1,000,000 yuan. Price N13(4), qty N15(2).
bool isLargeOrder(std::int64_t price, std::int64_t qty);

struct DayStats
{
    std::uint64_t messages = 0;
    std::uint64_t orders = 0;
    std::uint64_t marketOrders = 0;
    std::uint64_t ownSideOrders = 0;
    std::uint64_t largeOrders = 0; // limit orders for which isLargeOrder holds
    std::uint64_t trades = 0;
    std::uint64_t cancels = 0;
    std::uint64_t snapshots = 0;
    std::uint64_t indexSnapshots = 0;
};

namespace detail {
// xoshiro256** seeded through splitmix64: the same numbers on every platform, unlike the
// standard distributions.
class Rng
{
public:
    explicit Rng(std::uint64_t seed);
    std::uint64_t next();
    double uniform();                     // [0, 1)
    double open();                        // (0, 1]
    std::uint64_t below(std::uint64_t n); // [0, n), n > 0
    bool chance(double p) { return uniform() < p; }
    double normal();                          // standard normal (Box-Muller)
    double exponential(double rate);          // mean 1/rate
    std::int64_t geometric(double p);         // failures before the first success, p in (0, 1]
    double pareto(double xmin, double alpha); // xmin / U^(1/alpha)

private:
    std::uint64_t s_[4];
    double spare_ = 0;
    bool hasSpare_ = false;
};
} // namespace detail

class DayGenerator
{
public:
    explicit DayGenerator(const DayConfig& config);

    // The next message in time order; false after the last 15:00:00 snapshot.
    bool next(Message& out);
    // Exchange time (ms since midnight) of the message last returned.
    int timeOfDayMs() const { return nowMs_; }
    bool finished() const { return finished_; }

    const DayConfig& config() const { return config_; }
    const std::vector<SecurityInfo>& securities() const { return info_; }
    const IndexDefinition& index() const { return index_; }
    const DayStats& stats() const { return stats_; }

    // The generator's own book, for tests: the best n levels of a side ('1' bid, '2' ask) and
    // the order quantities at the best level (time priority). Empty for an unknown security.
    std::vector<Level> levels(std::string_view securityId, char side, int n) const;
    std::vector<std::int64_t> bestQueue(std::string_view securityId, char side, std::size_t max = 50) const;
    const MatchingBook* book(std::string_view securityId) const;

private:
    struct Security
    {
        explicit Security(MatchingBook b) : book(std::move(b)) {}
        MatchingBook book;
        double fundamental = 0; // Price units
        int fundamentalMs = 0;
        double trend = 0;         // drift of the fundamental, per day
        std::int64_t lotBase = 1; // lots of 100 shares of a typical order
        std::int64_t maxLimitShares = 0;
        std::int64_t maxMarketShares = 0;
        double targetLive = 0;
        // From the trades so far.
        std::int64_t last = 0, open = 0, high = 0, low = 0;
        std::int64_t numTrades = 0, volume = 0, turnover = 0; // turnover in Amt N18(4)
    };
    // A tick waiting to be handed out; the value struct is filled only in next().
    struct Pending
    {
        std::int64_t seq = 0;
        std::int64_t price = 0;
        std::int64_t qty = 0;
        std::int64_t bidSeq = 0;
        std::int64_t offerSeq = 0;
        std::int32_t security = 0;
        std::int32_t timeMs = 0;
        bool isOrder = false;
        char side = '1'; // orders
        char type = '2'; // OrdType for orders, ExecType for trades
    };
    struct Window
    {
        int startMs;
        int endMs;
        Phase phase;
        double rateMax; // per ms, for thinning
    };

    void buildSecurities();
    void scheduleLargeOrders();
    void advanceArrival();
    double ratePerMs(double tMs, Phase phase) const;
    std::size_t pickSecurity();
    void updateFundamental(std::size_t s, int tMs);

    void onArrival(std::size_t s, int tMs, Phase phase);
    void onLargeOrder(std::size_t s, int tMs);
    void onCancel(std::size_t s, int tMs);
    void continuousOrder(std::size_t s, int tMs, bool large);
    void auctionOrder(std::size_t s, int tMs, Phase phase);
    void cancelRandom(std::size_t s, int tMs);
    void uncross(int tMs, bool opening);
    // Sends a limit order through matching: trades, then the rest rests.
    void limitOrder(std::size_t s, int tMs, Side side, std::int64_t price, std::int64_t qty);

    std::int64_t pushOrder(std::size_t s, int tMs, Side side, char ordType, std::int64_t price,
                           std::int64_t qty);
    void pushTrade(std::size_t s, int tMs, std::int64_t bidSeq, std::int64_t offerSeq, std::int64_t price,
                   std::int64_t qty);
    void pushCancel(std::size_t s, int tMs, Side side, std::int64_t seq, std::int64_t qty);
    std::int64_t nextSeq(std::size_t s);
    std::int64_t orderQty(std::size_t s, bool market);
    std::int64_t clampPrice(std::size_t s, std::int64_t price) const;
    std::int64_t toTick(std::size_t s, double price) const;

    void emitTick(const Pending& p, Message& out);
    void buildSnapshot(std::size_t s, Message& out);
    void buildIndexSnapshot(Message& out);
    std::int64_t indexValue() const;

    DayConfig config_;
    detail::Rng rng_;
    std::vector<SecurityInfo> info_;
    std::vector<Security> secs_;
    IndexDefinition index_;
    std::vector<double> cumulativeActivity_;
    std::vector<std::int64_t> channelSeq_; // next ApplSeqNum, per tick channel

    std::vector<Window> windows_;
    std::size_t window_ = 0;
    double arrivalMs_ = 0;
    int nextArrivalMs_ = 0;
    Phase nextArrivalPhase_ = Phase::OpeningCall;
    double shapeNorm_ = 1; // 1 / mean of the intraday shape over continuous trading

    std::vector<std::pair<int, std::int32_t>> largeOrders_; // (time, security), by time
    std::size_t nextLarge_ = 0;
    // Cancels due: (time, security), earliest first.
    std::priority_queue<std::pair<int, std::int32_t>, std::vector<std::pair<int, std::int32_t>>,
                        std::greater<>>
        cancels_;
    bool openingDone_ = false;
    bool closingDone_ = false;

    std::vector<Pending> pending_;
    std::size_t pendingHead_ = 0;
    std::vector<Fill> fills_;
    std::vector<Cross> crosses_;
    std::vector<Level> levelScratch_;

    int nextSnapshotMs_ = 0;
    bool snapshotting_ = false;
    std::size_t snapshotNext_ = 0;
    std::int64_t indexOpen_ = 0, indexHigh_ = 0, indexLow_ = 0;
    bool indexOpened_ = false;

    int nowMs_ = 0;
    bool finished_ = false;
    DayStats stats_;
};

} // namespace ws::md::sim
