#include "simulators/DayGenerator.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cmath>

namespace ws::md::sim {

namespace {

constexpr int hms(int h, int m, int s = 0)
{
    return ((h * 60 + m) * 60 + s) * 1000;
}

constexpr int kOpenCallStart = hms(9, 15);
constexpr int kNoCancelStart = hms(9, 20);
constexpr int kOpenCallEnd = hms(9, 25);
constexpr int kMorningStart = hms(9, 30);
constexpr int kMorningEnd = hms(11, 30);
constexpr int kAfternoonStart = hms(13, 0);
constexpr int kCloseCallStart = hms(14, 57);
constexpr int kClose = hms(15, 0);
constexpr int kMorningMs = kMorningEnd - kMorningStart;
constexpr int kContinuousMs = kMorningMs + (kCloseCallStart - kAfternoonStart);
constexpr double kDayMs = 4 * 3600 * 1000.0; // the trading day the daily volatility refers to
constexpr std::int64_t kTick = 100;          // 0.01 yuan in Price N13(4)
constexpr std::int64_t kShare = szse::kQtyScale;
constexpr double kPi = 3.14159265358979323846;

// Order flow relative to the mean of continuous trading.
constexpr double kOpeningCallRate = 0.6;
constexpr double kClosingCallRate = 0.6;

// The intraday U shape over continuous trading, x in minutes since 09:30 counting trading time
// only (0-120 the morning, 120-237 the afternoon): busy after the open, quiet towards noon, a
// little busier after lunch, busiest into the close.
double shape(double x)
{
    double v = 0.55 + 1.8 * std::exp(-x / 18.0) + 1.0 * std::exp(-(237.0 - x) / 20.0);
    if (x < 120)
        v += 0.25 * std::exp(-(120.0 - x) / 12.0);
    else
        v += 0.5 * std::exp(-(x - 120.0) / 15.0);
    return v;
}

double tradingMinutes(double tMs)
{
    return tMs < kMorningEnd ? (tMs - kMorningStart) / 60000.0
                             : (kMorningMs + (tMs - kAfternoonStart)) / 60000.0;
}

std::uint64_t splitmix(std::uint64_t& x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::string sixDigits(int n)
{
    std::string s(6, '0');
    for (int i = 5; i >= 0 && n > 0; --i, n /= 10)
        s[static_cast<std::size_t>(i)] = static_cast<char>('0' + n % 10);
    return s;
}

szse::MdEntry entry(const char* type, std::int64_t px, std::int64_t size = 0, std::uint16_t level = 0,
                    std::int64_t orders = 0)
{
    szse::MdEntry e;
    e.mdEntryType = type;
    e.mdEntryPx = px;
    e.mdEntrySize = size;
    e.mdPriceLevel = level;
    e.numberOfOrders = orders;
    return e;
}

} // namespace

// --- free functions ------------------------------------------------------------------------

Phase phaseAt(int t)
{
    if (t < kOpenCallStart)
        return Phase::PreOpen;
    if (t < kOpenCallEnd)
        return Phase::OpeningCall;
    if (t < kMorningStart)
        return Phase::Break;
    if (t < kMorningEnd)
        return Phase::Continuous;
    if (t < kAfternoonStart)
        return Phase::Break;
    if (t < kCloseCallStart)
        return Phase::Continuous;
    if (t < kClose)
        return Phase::ClosingCall;
    return Phase::Closed;
}

char phaseCode(Phase p)
{
    switch (p) {
    case Phase::PreOpen:
        return 'S';
    case Phase::OpeningCall:
        return 'O';
    case Phase::Break:
        return 'B';
    case Phase::Continuous:
        return 'T';
    case Phase::ClosingCall:
        return 'C';
    case Phase::Closed:
        return 'E';
    }
    return 'E';
}

std::int64_t timestamp(std::int64_t date, int t)
{
    const std::int64_t ms = t % 1000;
    const std::int64_t s = (t / 1000) % 60;
    const std::int64_t m = (t / 60000) % 60;
    const std::int64_t h = t / 3600000;
    return date * 1'000'000'000 + h * 10'000'000 + m * 100'000 + s * 1000 + ms;
}

namespace {
bool cancelsAllowed(int tMs)
{
    const Phase phase = phaseAt(tMs);
    return phase == Phase::Continuous || (phase == Phase::OpeningCall && tMs < kNoCancelStart);
}
} // namespace

bool isLargeOrder(std::int64_t price, std::int64_t qty)
{
    // shares = qty / 100, yuan = price / 10^4: value = price x qty / 10^6.
    return qty >= 500'000 * kShare || price * qty >= 1'000'000'000'000;
}

// --- Rng -----------------------------------------------------------------------------------

namespace detail {

Rng::Rng(std::uint64_t seed)
{
    std::uint64_t x = seed;
    for (std::uint64_t& s : s_)
        s = splitmix(x);
}

std::uint64_t Rng::next()
{
    const std::uint64_t result = std::rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = std::rotl(s_[3], 45);
    return result;
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Rng::open()
{
    return static_cast<double>((next() >> 11) + 1) * 0x1.0p-53;
}

std::uint64_t Rng::below(std::uint64_t n)
{
    return next() % n; // the bias is below 2^-40 for the n used here
}

double Rng::normal()
{
    if (hasSpare_) {
        hasSpare_ = false;
        return spare_;
    }
    const double r = std::sqrt(-2.0 * std::log(open()));
    const double a = 2.0 * kPi * uniform();
    spare_ = r * std::sin(a);
    hasSpare_ = true;
    return r * std::cos(a);
}

double Rng::exponential(double rate)
{
    return -std::log(open()) / rate;
}

std::int64_t Rng::geometric(double p)
{
    if (p >= 1.0)
        return 0;
    return static_cast<std::int64_t>(std::floor(std::log(open()) / std::log1p(-p)));
}

double Rng::pareto(double xmin, double alpha)
{
    return xmin * std::pow(open(), -1.0 / alpha);
}

} // namespace detail

// --- DayGenerator: set-up ------------------------------------------------------------------

DayGenerator::DayGenerator(const DayConfig& config) : config_(config), rng_(config.seed)
{
    config_.securities = std::clamp(config_.securities, 1, 3000);
    config_.tickChannels = std::clamp(config_.tickChannels, 1, kMaxTickChannels);
    config_.snapshotIntervalMs = std::clamp(config_.snapshotIntervalMs, 1, kClose - kOpenCallStart);
    config_.chiNextShare = std::clamp(config_.chiNextShare, 0.0, 1.0);
    if (!(config_.ordersPerSecond >= 0))
        config_.ordersPerSecond = 0;

    buildSecurities();
    scheduleLargeOrders();

    // Normalise the intraday shape to mean 1 over continuous trading; its maximum (with a
    // margin) bounds the rate for thinning.
    double sum = 0, peak = 0;
    constexpr int kSteps = 23'700;
    for (int i = 0; i <= kSteps; ++i) {
        const double v = shape(237.0 * i / kSteps);
        sum += v;
        peak = std::max(peak, v);
    }
    shapeNorm_ = (kSteps + 1) / sum;
    const double base = config_.ordersPerSecond / 1000.0; // per ms
    windows_ = {{kOpenCallStart, kOpenCallEnd, Phase::OpeningCall, base * kOpeningCallRate},
                {kMorningStart, kMorningEnd, Phase::Continuous, base * peak * shapeNorm_ * 1.05},
                {kAfternoonStart, kCloseCallStart, Phase::Continuous, base * peak * shapeNorm_ * 1.05},
                {kCloseCallStart, kClose, Phase::ClosingCall, base * kClosingCallRate}};
    arrivalMs_ = kOpenCallStart;
    advanceArrival();

    nextSnapshotMs_ = kOpenCallStart;
    nowMs_ = kOpenCallStart;
    pending_.reserve(4096);
}

void DayGenerator::buildSecurities()
{
    const int n = config_.securities;
    const int chiNext = std::min(static_cast<int>(std::lround(n * config_.chiNextShare)), 999);
    const int main = std::min(n - chiNext, 3999);

    // Distinct codes: main board 000001-003999, ChiNext 300001-300999.
    std::vector<std::string> codes;
    std::vector<bool> used(4000, false);
    for (int i = 0; i < main;) {
        const int c = 1 + static_cast<int>(rng_.below(3999));
        if (!used[static_cast<std::size_t>(c)]) {
            used[static_cast<std::size_t>(c)] = true;
            codes.push_back(sixDigits(c));
            ++i;
        }
    }
    std::fill(used.begin(), used.end(), false);
    for (int i = 0; i < chiNext;) {
        const int c = 1 + static_cast<int>(rng_.below(999));
        if (!used[static_cast<std::size_t>(c)]) {
            used[static_cast<std::size_t>(c)] = true;
            codes.push_back(sixDigits(300'000 + c));
            ++i;
        }
    }
    std::sort(codes.begin(), codes.end());

    double totalActivity = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        SecurityInfo s;
        s.code = codes[i];
        s.board = s.code.starts_with("300") ? Board::ChiNext : Board::Main;
        s.tickChannel = static_cast<std::uint16_t>(kFirstTickChannel +
                                                   i % static_cast<std::size_t>(config_.tickChannels));
        s.snapshotChannel = static_cast<std::uint16_t>(1000 + (s.tickChannel - 2000));
        // Previous close 3-150 yuan (ChiNext from 5), log-uniform: more cheap stocks than dear.
        const double lo = s.board == Board::ChiNext ? 5.0 : 3.0;
        const double yuan = std::exp(std::log(lo) + rng_.uniform() * (std::log(150.0) - std::log(lo)));
        const std::int64_t cents = std::clamp<std::int64_t>(std::llround(yuan * 100), 300, 15'000);
        const std::int64_t pct = s.board == Board::ChiNext ? 20 : 10;
        s.prevClose = cents * kTick;
        s.upperLimit = (cents * (100 + pct) + 50) / 100 * kTick; // rounded half up to the tick
        s.lowerLimit = (cents * (100 - pct) + 50) / 100 * kTick;
        s.shares =
            std::llround(std::exp(std::log(2e8) + rng_.uniform() * (std::log(2e10) - std::log(2e8))) / 1e4) *
            10'000;
        s.activity = std::exp(0.7 * rng_.normal());
        s.dailyVolatility = (0.015 + 0.02 * rng_.uniform()) * (s.board == Board::ChiNext ? 1.4 : 1.0);
        totalActivity += s.activity;
        info_.push_back(std::move(s));
    }
    // A few securities much busier than the rest.
    std::vector<bool> boosted(info_.size(), false);
    const std::size_t busy = info_.size() > 1 ? std::max<std::size_t>(1, info_.size() / 8) : 0;
    for (std::size_t k = 0; k < busy;) {
        const std::size_t i = rng_.below(info_.size());
        if (boosted[i])
            continue;
        boosted[i] = true;
        totalActivity += 5 * info_[i].activity;
        info_[i].activity *= 6;
        ++k;
    }
    double cumulative = 0;
    for (SecurityInfo& s : info_) {
        s.activity /= totalActivity;
        cumulative += s.activity;
        cumulativeActivity_.push_back(cumulative);
    }
    cumulativeActivity_.back() = 1.0;

    for (const SecurityInfo& s : info_) {
        Security sec(MatchingBook(s.lowerLimit, s.upperLimit, kTick));
        const double yuan = static_cast<double>(s.prevClose) / szse::kPriceScale;
        // The opening gap: where the market thinks the stock is worth this morning.
        sec.fundamental = static_cast<double>(s.prevClose) * std::exp(0.012 * rng_.normal());
        sec.fundamental = std::clamp(sec.fundamental, static_cast<double>(s.lowerLimit) * 1.003,
                                     static_cast<double>(s.upperLimit) * 0.997);
        sec.fundamentalMs = kOpenCallStart;
        sec.trend = 0.01 * rng_.normal();
        sec.lotBase = std::max<std::int64_t>(1, std::llround(150.0 / yuan));
        sec.maxLimitShares = s.board == Board::ChiNext ? 300'000 : 1'000'000;
        sec.maxMarketShares = s.board == Board::ChiNext ? 150'000 : 1'000'000;
        sec.targetLive = 80 + 4000 * s.activity;
        secs_.push_back(std::move(sec));
    }
    channelSeq_.assign(static_cast<std::size_t>(config_.tickChannels), 1);

    // The index's previous close: 1000-3000 points, to 4 decimals.
    index_.prevClose = (10'000'000 + static_cast<std::int64_t>(rng_.below(20'000'000))) * 100;
    for (const SecurityInfo& s : info_)
        index_.constituents.push_back({s.code, s.shares});
}

void DayGenerator::scheduleLargeOrders()
{
    // Two to five super-large orders per security, anywhere in continuous trading.
    for (std::size_t s = 0; s < info_.size(); ++s) {
        const int count = 2 + static_cast<int>(rng_.below(4));
        for (int k = 0; k < count; ++k) {
            const int u = static_cast<int>(rng_.below(kContinuousMs));
            const int t = u < kMorningMs ? kMorningStart + u : kAfternoonStart + (u - kMorningMs);
            largeOrders_.emplace_back(t, static_cast<std::int32_t>(s));
        }
    }
    std::sort(largeOrders_.begin(), largeOrders_.end());
}

double DayGenerator::ratePerMs(double tMs, Phase phase) const
{
    const double base = config_.ordersPerSecond / 1000.0;
    switch (phase) {
    case Phase::OpeningCall:
        return base * kOpeningCallRate;
    case Phase::ClosingCall:
        return base * kClosingCallRate;
    case Phase::Continuous:
        return base * shape(tradingMinutes(tMs)) * shapeNorm_;
    default:
        return 0;
    }
}

// Poisson arrivals by thinning: candidates at the window's peak rate, each kept with
// probability rate(t) / peak.
void DayGenerator::advanceArrival()
{
    while (window_ < windows_.size()) {
        const Window& w = windows_[window_];
        if (w.rateMax > 0) {
            arrivalMs_ = std::max(arrivalMs_, static_cast<double>(w.startMs)) + rng_.exponential(w.rateMax);
            if (arrivalMs_ < w.endMs) {
                if (w.phase == Phase::Continuous &&
                    rng_.uniform() * w.rateMax >= ratePerMs(arrivalMs_, w.phase))
                    continue;
                nextArrivalMs_ = static_cast<int>(std::floor(arrivalMs_));
                nextArrivalPhase_ = w.phase;
                return;
            }
        }
        if (++window_ < windows_.size())
            arrivalMs_ = windows_[window_].startMs;
    }
    nextArrivalMs_ = INT_MAX;
}

std::size_t DayGenerator::pickSecurity()
{
    const double u = rng_.uniform();
    const auto it = std::upper_bound(cumulativeActivity_.begin(), cumulativeActivity_.end(), u);
    return std::min(static_cast<std::size_t>(it - cumulativeActivity_.begin()), secs_.size() - 1);
}

void DayGenerator::updateFundamental(std::size_t s, int tMs)
{
    Security& sec = secs_[s];
    // Elapsed time, but the lunch break does not count as five hours of news.
    const double dt = std::min(tMs - sec.fundamentalMs, 300'000) / kDayMs;
    sec.fundamentalMs = tMs;
    if (dt <= 0)
        return;
    const SecurityInfo& info = info_[s];
    sec.fundamental *= std::exp(sec.trend * dt + info.dailyVolatility * std::sqrt(dt) * rng_.normal());
    sec.fundamental = std::clamp(sec.fundamental, static_cast<double>(info.lowerLimit) * 1.003,
                                 static_cast<double>(info.upperLimit) * 0.997);
}

// --- DayGenerator: order flow --------------------------------------------------------------

std::int64_t DayGenerator::nextSeq(std::size_t s)
{
    return channelSeq_[static_cast<std::size_t>(info_[s].tickChannel - kFirstTickChannel)]++;
}

std::int64_t DayGenerator::pushOrder(std::size_t s, int tMs, Side side, char ordType, std::int64_t price,
                                     std::int64_t qty)
{
    Pending& p = pending_.emplace_back();
    p.seq = nextSeq(s);
    p.price = price;
    p.qty = qty;
    p.security = static_cast<std::int32_t>(s);
    p.timeMs = tMs;
    p.isOrder = true;
    p.side = side == Side::Buy ? '1' : '2';
    p.type = ordType;
    ++stats_.orders;
    if (ordType == '1')
        ++stats_.marketOrders;
    else if (ordType == 'U')
        ++stats_.ownSideOrders;
    else if (isLargeOrder(price, qty))
        ++stats_.largeOrders;
    return p.seq;
}

void DayGenerator::pushTrade(std::size_t s, int tMs, std::int64_t bidSeq, std::int64_t offerSeq,
                             std::int64_t price, std::int64_t qty)
{
    Pending& p = pending_.emplace_back();
    p.seq = nextSeq(s);
    p.price = price;
    p.qty = qty;
    p.bidSeq = bidSeq;
    p.offerSeq = offerSeq;
    p.security = static_cast<std::int32_t>(s);
    p.timeMs = tMs;
    p.type = 'F';
    ++stats_.trades;
    Security& sec = secs_[s];
    if (sec.numTrades == 0) {
        sec.open = sec.high = sec.low = price;
    } else {
        sec.high = std::max(sec.high, price);
        sec.low = std::min(sec.low, price);
    }
    sec.last = price;
    ++sec.numTrades;
    sec.volume += qty;
    sec.turnover += price * qty / 100; // Price(4) x Qty(2) = 10^-6 yuan; Amt is 10^-4 yuan
}

void DayGenerator::pushCancel(std::size_t s, int tMs, Side side, std::int64_t seq, std::int64_t qty)
{
    Pending& p = pending_.emplace_back();
    p.seq = nextSeq(s);
    p.qty = qty;
    p.bidSeq = side == Side::Buy ? seq : 0;
    p.offerSeq = side == Side::Sell ? seq : 0;
    p.security = static_cast<std::int32_t>(s);
    p.timeMs = tMs;
    p.type = '4';
    ++stats_.cancels;
}

std::int64_t DayGenerator::orderQty(std::size_t s, bool market)
{
    const Security& sec = secs_[s];
    // Lots of 100 shares with a heavy (Pareto) tail around the security's typical order.
    const double lots = std::min(rng_.pareto(static_cast<double>(sec.lotBase), 1.3), 1e6);
    const std::int64_t maxShares = market ? sec.maxMarketShares : sec.maxLimitShares;
    const std::int64_t shares = std::min(static_cast<std::int64_t>(lots) * 100, maxShares);
    return std::max<std::int64_t>(shares, 100) * kShare;
}

std::int64_t DayGenerator::clampPrice(std::size_t s, std::int64_t price) const
{
    return std::clamp(price, info_[s].lowerLimit, info_[s].upperLimit);
}

std::int64_t DayGenerator::toTick(std::size_t s, double price) const
{
    return clampPrice(s, std::llround(price / kTick) * kTick);
}

void DayGenerator::limitOrder(std::size_t s, int tMs, Side side, std::int64_t price, std::int64_t qty)
{
    MatchingBook& book = secs_[s].book;
    const std::int64_t seq = pushOrder(s, tMs, side, '2', price, qty);
    fills_.clear();
    const std::int64_t left = book.take(side, price, qty, INT_MAX, fills_);
    for (const Fill& f : fills_)
        side == Side::Buy ? pushTrade(s, tMs, seq, f.restingSeq, f.price, f.qty)
                          : pushTrade(s, tMs, f.restingSeq, seq, f.price, f.qty);
    if (left > 0)
        book.rest(side, seq, price, left);
}

void DayGenerator::cancelRandom(std::size_t s, int tMs)
{
    MatchingBook& book = secs_[s].book;
    const RemovedOrder r = book.removeLive(rng_.below(book.liveOrders()));
    pushCancel(s, tMs, r.side, r.seq, r.qty);
}

void DayGenerator::onArrival(std::size_t s, int tMs, Phase phase)
{
    updateFundamental(s, tMs);
    const Security& sec = secs_[s];
    if (cancelsAllowed(tMs)) {
        // Some orders are followed, a moment later, by a cancel of one of the security's resting
        // orders; the fuller the book against its usual depth, the likelier: that keeps the
        // depth steady. Cancels are their own flow: ordersPerSecond counts orders only.
        const double fill = static_cast<double>(sec.book.liveOrders()) / sec.targetLive;
        const double p =
            phase == Phase::Continuous ? std::min(0.15 + 0.45 * fill, 0.9) : 0.1 + 0.1 * std::min(fill, 1.0);
        if (rng_.chance(p)) {
            const int delay = 1 + static_cast<int>(rng_.exponential(1.0 / 2000.0));
            cancels_.push({tMs + delay, static_cast<std::int32_t>(s)});
        }
    }
    if (phase == Phase::Continuous)
        continuousOrder(s, tMs, false);
    else
        auctionOrder(s, tMs, phase);
}

void DayGenerator::onCancel(std::size_t s, int tMs)
{
    // Due in a phase without cancels (the break, a no-cancel window): the trader missed it.
    if (!cancelsAllowed(tMs) || secs_[s].book.liveOrders() == 0)
        return;
    cancelRandom(s, tMs);
}

void DayGenerator::onLargeOrder(std::size_t s, int tMs)
{
    updateFundamental(s, tMs);
    continuousOrder(s, tMs, true);
}

void DayGenerator::auctionOrder(std::size_t s, int tMs, Phase phase)
{
    Security& sec = secs_[s];
    const SecurityInfo& info = info_[s];
    double center = sec.fundamental;
    double pBuy = 0.5;
    if (phase == Phase::ClosingCall && sec.numTrades > 0) {
        center = 0.5 * (center + static_cast<double>(sec.last));
        pBuy = 0.5 +
               0.3 * std::tanh((sec.fundamental - static_cast<double>(sec.last)) / (sec.fundamental * 0.003));
    }
    const Side side = rng_.chance(pBuy) ? Side::Buy : Side::Sell;
    std::int64_t price;
    if (rng_.chance(0.03)) {
        // Sure to trade: a buy at the upper limit, a sell at the lower.
        price = side == Side::Buy ? info.upperLimit : info.lowerLimit;
    } else {
        const double sd = phase == Phase::OpeningCall ? 0.006 : 0.0025;
        price = toTick(s, center * std::exp(sd * rng_.normal()));
    }
    const std::int64_t qty = orderQty(s, false);
    const std::int64_t seq = pushOrder(s, tMs, side, '2', price, qty);
    sec.book.rest(side, seq, price, qty);
}

void DayGenerator::continuousOrder(std::size_t s, int tMs, bool large)
{
    Security& sec = secs_[s];
    MatchingBook& book = sec.book;
    const auto bb = book.best(Side::Buy);
    const auto ba = book.best(Side::Sell);
    const double f = sec.fundamental;
    const double mid = bb && ba ? 0.5 * static_cast<double>(*bb + *ba)
                       : bb     ? static_cast<double>(*bb + kTick)
                       : ba     ? static_cast<double>(*ba - kTick)
                                : f;
    // How far the fundamental is from the market, in units of about 0.2% of the price: it
    // tilts the flow towards the side that moves the market its way.
    const double scale = f * 0.002 + kTick;
    const double dev = (f - mid) / scale;
    const Side side = rng_.chance(0.5 + 0.35 * std::tanh(dev)) ? Side::Buy : Side::Sell;
    const double pull = side == Side::Buy ? dev : -dev;
    const std::int64_t dir = side == Side::Buy ? 1 : -1; // towards the other side
    const auto own = side == Side::Buy ? bb : ba;
    const auto opp = side == Side::Buy ? ba : bb;

    if (!large) {
        const double u = rng_.uniform();
        if (u < 0.08) {
            // Market order: counterparty best (one level, the rest rests there) or
            // immediate-or-cancel across up to five levels.
            const bool counterpartyBest = u < 0.045;
            const std::int64_t qty = orderQty(s, true);
            const std::int64_t seq = pushOrder(s, tMs, side, '1', 0, qty);
            if (!opp) {
                pushCancel(s, tMs, side, seq, qty);
                return;
            }
            fills_.clear();
            const std::int64_t left =
                book.take(side, MatchingBook::kNoLimit, qty, counterpartyBest ? 1 : 5, fills_);
            for (const Fill& fl : fills_)
                side == Side::Buy ? pushTrade(s, tMs, seq, fl.restingSeq, fl.price, fl.qty)
                                  : pushTrade(s, tMs, fl.restingSeq, seq, fl.price, fl.qty);
            if (left > 0) {
                if (counterpartyBest)
                    book.rest(side, seq, fills_.back().price, left);
                else
                    pushCancel(s, tMs, side, seq, left);
            }
            return;
        }
        if (u < 0.115) {
            // Best own side: joins the own best, cancelled at once without one.
            const std::int64_t qty = orderQty(s, false);
            const std::int64_t seq = pushOrder(s, tMs, side, 'U', 0, qty);
            if (own)
                book.rest(side, seq, *own, qty);
            else
                pushCancel(s, tMs, side, seq, qty);
            return;
        }
    }

    std::int64_t price;
    const double aggressive = large ? 0.5 : 0.15 + 0.45 * std::max(0.0, std::tanh(pull));
    if (opp && rng_.chance(aggressive)) {
        // Marketable: at the opposite best or a few ticks through it.
        price =
            *opp + dir * kTick * (large ? 1 + static_cast<std::int64_t>(rng_.below(4)) : rng_.geometric(0.6));
    } else {
        const std::int64_t base = own   ? *own
                                  : opp ? *opp - dir * kTick
                                        : toTick(s, f - static_cast<double>(dir) * scale);
        const double r = rng_.uniform();
        if (own && opp && (*opp - *own) * dir > kTick && r < 0.3)
            price = *own + dir * kTick; // improves the best inside the spread
        else if (r < 0.88 || large)
            price = base - dir * kTick * rng_.geometric(large ? 0.7 : 0.45); // at or near the touch
        else {
            const auto deep = std::max<std::int64_t>(5, std::llround(f * 0.03 / kTick));
            price = base - dir * kTick *
                               (3 + static_cast<std::int64_t>(rng_.below(static_cast<std::uint64_t>(deep))));
        }
    }
    price = clampPrice(s, price);

    std::int64_t qty;
    if (large) {
        // >= 500,000 shares, or >= 1,000,000 yuan, within the board's order size limit.
        std::int64_t shares;
        if (info_[s].board == Board::Main && rng_.chance(0.4)) {
            shares = 500'000 + static_cast<std::int64_t>(rng_.below(5001)) * 100;
        } else {
            const double value = 1e6 * (1.2 + 1.8 * rng_.uniform());
            const double yuan = static_cast<double>(price) / szse::kPriceScale;
            shares = static_cast<std::int64_t>(std::ceil(value / yuan / 100)) * 100;
        }
        qty = std::min(shares, sec.maxLimitShares) * kShare;
    } else {
        qty = orderQty(s, false);
    }
    limitOrder(s, tMs, side, price, qty);
}

void DayGenerator::uncross(int tMs, bool opening)
{
    for (std::size_t s = 0; s < secs_.size(); ++s) {
        Security& sec = secs_[s];
        // The exchange's tie-break reference: the previous close at the open, the latest trade
        // price at the close.
        const std::int64_t reference = opening || sec.numTrades == 0 ? info_[s].prevClose : sec.last;
        const AuctionResult m = sec.book.auctionMatch(reference);
        if (m.volume <= 0)
            continue;
        crosses_.clear();
        sec.book.uncross(m.price, crosses_);
        for (const Cross& c : crosses_)
            pushTrade(s, tMs, c.bidSeq, c.offerSeq, m.price, c.qty);
    }
}

// --- DayGenerator: output ------------------------------------------------------------------

bool DayGenerator::next(Message& out)
{
    for (;;) {
        if (pendingHead_ < pending_.size()) {
            const Pending& p = pending_[pendingHead_++];
            nowMs_ = p.timeMs;
            emitTick(p, out);
            ++stats_.messages;
            return true;
        }
        pending_.clear();
        pendingHead_ = 0;
        if (finished_)
            return false;

        if (snapshotting_) {
            nowMs_ = nextSnapshotMs_;
            ++stats_.messages;
            if (snapshotNext_ < secs_.size()) {
                buildSnapshot(snapshotNext_++, out);
                return true;
            }
            buildIndexSnapshot(out);
            snapshotting_ = false;
            snapshotNext_ = 0;
            if (nextSnapshotMs_ >= kClose)
                finished_ = true;
            else
                nextSnapshotMs_ = std::min(nextSnapshotMs_ + config_.snapshotIntervalMs, kClose);
            return true;
        }

        // The next event that makes ticks; ticks stamped at a snapshot's time come before it.
        const int tArrival = nextArrivalMs_;
        const int tLarge = nextLarge_ < largeOrders_.size() ? largeOrders_[nextLarge_].first : INT_MAX;
        const int tOpen = openingDone_ ? INT_MAX : kOpenCallEnd;
        const int tClose = closingDone_ ? INT_MAX : kClose;
        const int tCancel = cancels_.empty() ? INT_MAX : cancels_.top().first;
        const int t = std::min({tArrival, tLarge, tOpen, tClose, tCancel});
        if (t > nextSnapshotMs_) {
            snapshotting_ = true;
            continue;
        }
        if (t == tOpen) {
            openingDone_ = true;
            uncross(t, true);
        } else if (t == tClose) {
            closingDone_ = true;
            uncross(t, false);
        } else if (t == tCancel) {
            const std::size_t s = static_cast<std::size_t>(cancels_.top().second);
            cancels_.pop();
            onCancel(s, t);
        } else if (t == tLarge) {
            onLargeOrder(static_cast<std::size_t>(largeOrders_[nextLarge_].second), t);
            ++nextLarge_;
        } else {
            onArrival(pickSecurity(), t, nextArrivalPhase_);
            advanceArrival();
        }
    }
}

void DayGenerator::emitTick(const Pending& p, Message& out)
{
    const SecurityInfo& info = info_[static_cast<std::size_t>(p.security)];
    const std::int64_t time = timestamp(config_.tradingDate, p.timeMs);
    if (p.isOrder) {
        szse::Order* o = std::get_if<szse::Order>(&out);
        if (!o)
            o = &out.emplace<szse::Order>();
        o->channelNo = info.tickChannel;
        o->applSeqNum = p.seq;
        o->mdStreamId.assign("011");
        o->securityId.assign(info.code);
        o->securityIdSource.assign("102");
        o->price = p.price;
        o->orderQty = p.qty;
        o->side = p.side;
        o->transactTime = time;
        o->ordType = p.type;
        return;
    }
    szse::Trade* t = std::get_if<szse::Trade>(&out);
    if (!t)
        t = &out.emplace<szse::Trade>();
    t->channelNo = info.tickChannel;
    t->applSeqNum = p.seq;
    t->mdStreamId.assign("011");
    t->bidApplSeqNum = p.bidSeq;
    t->offerApplSeqNum = p.offerSeq;
    t->securityId.assign(info.code);
    t->securityIdSource.assign("102");
    t->lastPx = p.price;
    t->lastQty = p.qty;
    t->execType = p.type;
    t->transactTime = time;
}

void DayGenerator::buildSnapshot(std::size_t s, Message& out)
{
    const SecurityInfo& info = info_[s];
    const Security& sec = secs_[s];
    szse::Snapshot& snap = out.emplace<szse::Snapshot>();
    szse::SnapshotHeader& h = snap.header;
    h.origTime = timestamp(config_.tradingDate, nextSnapshotMs_);
    h.channelNo = info.snapshotChannel;
    h.mdStreamId = "010";
    h.securityId = info.code;
    h.securityIdSource = "102";
    h.tradingPhaseCode = {phaseCode(phaseAt(nextSnapshotMs_)), '0'}; // the encoder pads to 8
    h.prevClosePx = info.prevClose;
    h.numTrades = sec.numTrades;
    h.totalVolumeTrade = sec.volume;
    h.totalValueTrade = sec.turnover;

    constexpr std::int64_t px = szse::kEntryPxScale / szse::kPriceScale; // Price(4) -> MDEntryPx(6)
    auto& e = snap.entries;
    e.reserve(26);
    if (sec.numTrades > 0) {
        e.push_back(entry("2", sec.last * px));
        e.push_back(entry("4", sec.open * px));
        e.push_back(entry("7", sec.high * px));
        e.push_back(entry("8", sec.low * px));
    }
    e.push_back(entry("xe", info.upperLimit * px));
    e.push_back(entry("xf", info.lowerLimit * px));
    for (const Side side : {Side::Buy, Side::Sell}) {
        sec.book.levels(side, 10, levelScratch_);
        for (std::size_t i = 0; i < levelScratch_.size(); ++i) {
            const Level& l = levelScratch_[i];
            e.push_back(entry(side == Side::Buy ? "0" : "1", l.price * px, l.qty,
                              static_cast<std::uint16_t>(i + 1), l.orders));
            if (i == 0)
                sec.book.bestQueue(side, 50, e.back().orders);
        }
    }
    ++stats_.snapshots;
}

std::int64_t DayGenerator::indexValue() const
{
    long double weighted = 0, base = 0;
    for (std::size_t s = 0; s < secs_.size(); ++s) {
        const auto w = static_cast<long double>(info_[s].shares);
        const std::int64_t last = secs_[s].numTrades > 0 ? secs_[s].last : info_[s].prevClose;
        weighted += w * static_cast<long double>(last);
        base += w * static_cast<long double>(info_[s].prevClose);
    }
    return std::llround(static_cast<long double>(index_.prevClose) * weighted / base);
}

void DayGenerator::buildIndexSnapshot(Message& out)
{
    const std::int64_t value = indexValue();
    if (nextSnapshotMs_ >= kOpenCallEnd) {
        if (!indexOpened_) {
            indexOpen_ = indexHigh_ = indexLow_ = value;
            indexOpened_ = true;
        } else {
            indexHigh_ = std::max(indexHigh_, value);
            indexLow_ = std::min(indexLow_, value);
        }
    }
    szse::IndexSnapshot& snap = out.emplace<szse::IndexSnapshot>();
    szse::SnapshotHeader& h = snap.header;
    h.origTime = timestamp(config_.tradingDate, nextSnapshotMs_);
    h.channelNo = kIndexChannel;
    h.mdStreamId = "900";
    h.securityId = index_.code;
    h.securityIdSource = "102";
    h.tradingPhaseCode = {phaseCode(phaseAt(nextSnapshotMs_)), '0'};
    h.prevClosePx = index_.prevClose / (szse::kEntryPxScale / szse::kPriceScale);
    for (const Security& sec : secs_) {
        h.numTrades += sec.numTrades;
        h.totalVolumeTrade += sec.volume;
        h.totalValueTrade += sec.turnover;
    }
    snap.entries.push_back({"3", value});
    snap.entries.push_back({"xa", index_.prevClose});
    if (indexOpened_) {
        snap.entries.push_back({"xb", indexOpen_});
        snap.entries.push_back({"xc", indexHigh_});
        snap.entries.push_back({"xd", indexLow_});
    }
    ++stats_.indexSnapshots;
}

// --- DayGenerator: inspection --------------------------------------------------------------

const MatchingBook* DayGenerator::book(std::string_view securityId) const
{
    const auto it = std::lower_bound(info_.begin(), info_.end(), securityId,
                                     [](const SecurityInfo& s, std::string_view id) { return s.code < id; });
    if (it == info_.end() || it->code != securityId)
        return nullptr;
    return &secs_[static_cast<std::size_t>(it - info_.begin())].book;
}

std::vector<Level> DayGenerator::levels(std::string_view securityId, char side, int n) const
{
    const MatchingBook* b = book(securityId);
    if (!b || n <= 0)
        return {};
    return b->levels(side == '2' ? Side::Sell : Side::Buy, static_cast<std::size_t>(n));
}

std::vector<std::int64_t> DayGenerator::bestQueue(std::string_view securityId, char side,
                                                  std::size_t max) const
{
    std::vector<std::int64_t> out;
    if (const MatchingBook* b = book(securityId))
        b->bestQueue(side == '2' ? Side::Sell : Side::Buy, max, out);
    return out;
}

} // namespace ws::md::sim
