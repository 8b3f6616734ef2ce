#pragma once

// Peer ranking and star ratings of funds within their category.
//
// Time-aligned ranking (src-004 §2.3, "时间切齐"): a fund's since-inception metric is ranked against
// the metric of every peer of the same category computed over the same window [the fund's
// inception, as-of], never against the peers' own since-inception figures. Peer metrics are cached
// by (category, window start, as-of, metric), since every fund of a category incepted on one day
// shares them.
//
// Ratings follow the Morningstar method on Morningstar risk-adjusted return, MRAR(γ = 2), over 3,
// 5 and 10 years of monthly returns, with the CSRC rules for public fund evaluation (Order No. 64):
// at least 36 months of history to be rated, no rating or single-metric ranking in a category with
// fewer than 10 funds, no ranking of a fund younger than 6 months. A fund that may not be rated or
// ranked says why.

#include "funds/FundStore.h"
#include "funds/Metrics.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <tuple>
#include <vector>

namespace ws::funds {

// True when a larger value of the metric ranks better (returns, Sharpe); false for risks
// (volatility, drawdown, VaR, tracking error).
bool higherIsBetter(Metric metric);

inline constexpr int kMinimumPeers = 10;        // CSRC: no ranking in a smaller category
inline constexpr int kMinimumAgeMonths = 6;     // CSRC: no ranking of a younger fund
inline constexpr int kMinimumRatingMonths = 36; // CSRC: no rating with less history
// A peer whose last NAV is more than this many days before the as-of date has stopped (liquidated,
// merged) and is left out; a shorter gap is a holiday of its own market.
inline constexpr int kMaxPeerLagDays = 10;

struct PeerRank
{
    QString fund;
    Metric metric = Metric::AnnualizedReturn;
    QDate windowStart; // the base NAV date of the window every peer was measured over
    QDate end;
    std::optional<double> value;
    int rank = 0;          // 1 = best; ties share the best rank of the tie
    int peers = 0;         // funds ranked (the fund included)
    double percentile = 0; // share of the peers ranked strictly better, 0 = top
    int quartile = 0;      // 1 (top) to 4
    bool ranked = false;
    QString reason; // why not ranked
};

// In-memory cache of peer metrics by (category, window start, as-of, metric), thread-safe.
class PeerCache
{
public:
    using Key = std::tuple<QString, QDate, QDate, int>;
    using Values = std::vector<std::pair<QString, double>>; // fund code, metric value
    std::optional<Values> find(const Key& key) const;
    void store(const Key& key, Values values);
    std::size_t size() const;
    std::size_t hits() const { return hits_; }
    // Keys stored since the last takeNew() (what has not been written to the cache yet).
    std::vector<Key> takeNew();
    const Values* peek(const Key& key) const; // no hit counted; null when absent

    // fnd_rank_cache: entries of time-aligned windows (keys with a window start) persist across
    // sessions. load() reads every row for `asOf`; save() writes the given keys (inside the
    // caller's transaction, e.g. a writer job).
    void load(const QSqlDatabase& db, QDate asOf);
    void save(const QSqlDatabase& db, const std::vector<Key>& keys) const;

private:
    mutable std::mutex mutex_;
    std::map<Key, Values> entries_;
    std::vector<Key> new_;
    mutable std::size_t hits_ = 0;
};

// Ranks fund `fund` (an index into the universe) by its since-inception `metric`, time-aligned.
// `asOf` invalid means the fund's last NAV date. The benchmark-relative metrics use each fund's
// own benchmark. `cache` may be null.
PeerRank rankSinceInception(const Universe& universe, std::size_t fund, Metric metric,
                            const Conventions& conventions, QDate asOf = {}, PeerCache* cache = nullptr);

// Ranks a fund over a standard window ending at `asOf` (the peers' windows coincide by
// construction); the same CSRC rules apply.
PeerRank rankOverWindow(const Universe& universe, std::size_t fund, Metric metric, const Window& window,
                        const Conventions& conventions, QDate asOf, PeerCache* cache = nullptr);

// A fund's rank over a rolling window at each month end from `from` to `to`: the peer-ranking
// history (quartile over time).
std::vector<PeerRank> rankHistory(const Universe& universe, std::size_t fund, Metric metric,
                                  const Window& window, const Conventions& conventions, QDate from, QDate to,
                                  PeerCache* cache = nullptr);

// Month-end returns: the last NAV of each calendar month, returns between consecutive month ends.
struct MonthlyReturns
{
    std::vector<QDate> monthEnds; // one per return
    std::vector<double> returns;
};
MonthlyReturns monthlyReturns(const NavSeries& nav, QDate asOf = {});

// MRAR(γ) = [ (1/T) Σ (1 + ER_t)^(−γ) ]^(−12/γ) − 1 with ER_t = (1 + TR_t)/(1 + RF_t) − 1, on the
// last T monthly returns; `monthlyRiskFree` per month (same length as `returns`), or empty for 0.
std::optional<double> mrar(std::span<const double> returns, std::span<const double> monthlyRiskFree,
                           double gamma = 2.0);

struct Rating
{
    QString fund;
    int months = 0; // monthly returns available at the as-of date
    std::optional<int> stars3, stars5, stars10, overall;
    std::optional<double> mrar3, mrar5, mrar10;
    QString reason; // why not rated (empty when rated)
};

// Stars for every fund of the universe as of `asOf` (invalid: the latest NAV date of any fund), by
// category. `annualRiskFree` is the rate used for RF_t (converted to monthly geometrically).
std::vector<Rating> rateUniverse(const Universe& universe, QDate asOf, double annualRiskFree = 0.0);

// The star band of a position: `better` funds ranked strictly better out of `count`. Bands of
// 10 / 22.5 / 35 / 22.5 / 10 %, by the share of funds ranked strictly better than this one plus
// half the ties (so a tie straddling a boundary goes to the band holding most of it).
int starsForPosition(double betterShare);

} // namespace ws::funds
