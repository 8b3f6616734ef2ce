#pragma once

// Style and holdings analytics of a fund (source §2.3, "holdings look-through"):
//  - returns-based style analysis (Sharpe 1992), single window and rolling;
//  - the holdings-based 3×3 style box (size × value/blend/growth);
//  - the style-drift warning that compares the two (holdings lag, NAV-based RBSA does not);
//  - concentration (top-10 weight, HHI), industry look-through, turnover;
//  - bond funds: average modified duration and average credit rating.
// Undefined results are errors with a message, never inf or NaN.

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

// ---------------------------------------------------------------------------------------------------
// Returns-based style analysis
//
// min_w Var(r_fund − Σ_k w_k r_k)  s.t.  w_k ≥ 0, Σ_k w_k = 1
// (the variance of the tracking difference: its mean, the fund's "selection" return, is free, as in
// Sharpe 1992). With S the covariance of the style returns and s their covariance with the fund this is
// min wᵀSw − 2sᵀw + Var(r_fund), solved by solveQp (Qp.h). R² = 1 − Var(residual)/Var(r_fund).
// The weights must be identifiable: the style returns, centred and restricted to weight changes that
// keep Σw = 1, must have full rank (a constant "cash" series is fine; two identical series are not).

struct RbsaResult
{
    std::vector<double> weights;    // one per style series, ≥ 0, summing to 1
    std::optional<double> rSquared; // empty when the fund's returns do not vary
    double residualVariance = 0;    // Var(r_fund − Σ w_k r_k), denominator n − 1
    double meanResidual = 0;        // mean of r_fund − Σ w_k r_k per period (the selection return)
    int observations = 0;
};

struct RbsaOutcome
{
    std::optional<RbsaResult> result;
    QString error; // no styles, mismatched lengths, fewer than K + 2 observations, NaN/inf, collinear styles
    bool ok() const { return result.has_value(); }
};

// fundReturns[t] and styleReturns[k][t] are returns over the same period t (the caller aligns them).
RbsaOutcome runRbsa(std::span<const double> fundReturns,
                    std::span<const std::span<const double>> styleReturns);

struct RollingRbsaPoint
{
    QDate end;             // the date of the window's last return
    std::size_t first = 0; // index range [first, last] of the returns in the window
    std::size_t last = 0;
    RbsaResult result;
};

struct RollingRbsa
{
    std::vector<RollingRbsaPoint> points; // chronological
    QStringList skipped;                  // windows that could not be solved, with the reason
    QString error;                        // bad arguments (then no points)
    bool ok() const { return error.isEmpty(); }
};

// Windows of `window` returns each; the last window ends at the last return and earlier ones every
// `step` returns before it (so the latest style is always included). `dates` matches the returns.
RollingRbsa runRollingRbsa(std::span<const QDate> dates, std::span<const double> fundReturns,
                           std::span<const std::span<const double>> styleReturns, int window, int step);

// ---------------------------------------------------------------------------------------------------
// Holdings

struct Holding
{
    QString code;
    QString industry;                       // empty: "Unclassified"
    double weight = 0;                      // fraction of the fund's NAV
    std::optional<double> marketCap;        // used when the code is not in the size universe
    std::optional<double> valueGrowthScore; // see StyleBoxConfig
};

// ---------------------------------------------------------------------------------------------------
// Style box
//
// Size: the market universe sorted by market cap, descending; a stock's cap position p is the
// cumulative share of total cap above it plus half its own (the middle of its slice). p ≤ 0.70 is
// large, ≤ 0.90 mid, beyond small. Its size score maps p piecewise linearly onto [0, 3] so the cell
// borders fall on integers: [0, 0.7] → [0, 1], [0.7, 0.9] → [1, 2], [0.9, 1] → [2, 3]
// (0 largest). A holding outside the universe is placed by its own marketCap among the universe.
// Style: the value–growth score is a cross-sectional z-score of (growth composite − value composite),
// e.g. from earnings/sales growth vs B/P, E/P and dividend yield; below −valueGrowthBand is value,
// above +valueGrowthBand growth, between blend (default ±0.5: about 31% / 38% / 31% of a normal
// cross-section).
// The fund's coordinates are the holding-weighted averages of the two scores over the holdings that
// have both; its cell is the cell of those coordinates (size score ≤ 1 large, ≤ 2 mid, else small; style
// bands).

enum class SizeBand { Large = 0, Mid = 1, Small = 2 };
enum class StyleBand { Value = 0, Blend = 1, Growth = 2 };

struct StyleCell
{
    SizeBand size = SizeBand::Large;
    StyleBand style = StyleBand::Blend;
    int index() const { return 3 * static_cast<int>(size) + static_cast<int>(style); } // 0..8
    static StyleCell fromIndex(int index);
    QString name() const; // "large-value", "mid-blend", "small-growth", …
    friend bool operator==(const StyleCell&, const StyleCell&) = default;
};

// Indexed by StyleCell::index(): large-value, large-blend, large-growth, mid-value, … small-growth.
using StyleGrid = std::array<double, 9>;

struct StyleBoxConfig
{
    double largeShare = 0.70; // top cumulative cap share that is large
    double midShare = 0.20;   // the next share that is mid; the rest is small
    double valueGrowthBand = 0.5;
};

struct StockCap
{
    QString code;
    double marketCap = 0;
};

// The market universe, prepared once for any number of funds.
class SizeUniverse
{
public:
    // Empty with `error` set when there are no stocks, a cap is not positive and finite, or a code
    // repeats.
    static std::optional<SizeUniverse> build(std::span<const StockCap> stocks, QString* error = nullptr);

    std::optional<double> position(const QString& code) const; // p as above, for a universe member
    double positionOfCap(double marketCap) const;              // p for an outsider of that cap
    double totalCap() const { return m_total; }

private:
    QHash<QString, double> m_positionByCode;
    std::vector<double> m_capsDescending;
    std::vector<double> m_cumulative; // m_cumulative[i] = Σ_{j<i} m_capsDescending[j]
    double m_total = 0;
};

struct StyleBox
{
    double sizeScore = 0;  // 0..3, 0 the largest
    double styleScore = 0; // weighted average value–growth score
    StyleCell cell;
    StyleGrid cellWeights{};     // NAV weight of the classified holdings in each cell
    StyleGrid cellShares{};      // cellWeights / classifiedWeight (sums to 1)
    double classifiedWeight = 0; // NAV weight of the holdings with both a size and a score
    double holdingsWeight = 0;   // NAV weight of all holdings given
    QStringList unclassified;    // codes without a size (not in the universe, no cap) or a score
};

struct StyleBoxOutcome
{
    std::optional<StyleBox> box;
    QString error; // bad config, NaN/negative weights, no holding that can be classified
    bool ok() const { return box.has_value(); }
};

double sizeScoreOfPosition(double position, const StyleBoxConfig& config = {});
SizeBand sizeBandOfScore(double sizeScore);
StyleBand styleBandOfScore(double valueGrowthScore, const StyleBoxConfig& config = {});

StyleBoxOutcome computeStyleBox(std::span<const Holding> holdings, const SizeUniverse& universe,
                                const StyleBoxConfig& config = {});

// ---------------------------------------------------------------------------------------------------
// Style drift (source: holdings-based style lags periodic disclosure, NAV-based RBSA does not; when
// they disagree too much the fund has probably changed style recently).
//
// The RBSA styles are indices that stand for style-box cells (plus optionally bond/cash indices,
// mapped to no cell). The RBSA weights on cell indices, renormalised to sum to 1, form the RBSA cell
// distribution; the holdings' cellShares the other. Warn when
//   (a) their L1 distance Σ|h − r| (0..2) exceeds l1Threshold, or
//   (b) their dominant cells (largest share; ties to the lower index) differ, or
//   (c) the holdings' cell changed from the previous report.

struct StyleDriftConfig
{
    double l1Threshold = 0.5;
    bool warnOnDominantCell = true;
    double minEquityWeight = 0.05; // RBSA weight on cell indices below this: no comparison possible
};

struct StyleDriftCheck
{
    bool warning = false;
    double l1Distance = 0;
    StyleGrid holdingsShares{};
    StyleGrid rbsaShares{};
    double rbsaEquityWeight = 0; // RBSA weight on cell indices before renormalising
    StyleCell holdingsDominant;
    StyleCell rbsaDominant;
    bool distanceExceeded = false;
    bool dominantDiffers = false;
    bool cellChanged = false; // vs the previous report, when given
    std::optional<StyleCell> previousCell;
    QString reason; // one line per triggered rule; "styles agree …" otherwise
};

struct StyleDriftOutcome
{
    std::optional<StyleDriftCheck> check;
    QString error; // mapping size mismatch, a cell out of 0..8, too little RBSA weight on equity cells
    bool ok() const { return check.has_value(); }
};

// cellOfStyle[k]: the style-box cell index (0..8) that RBSA style k stands for, or empty (bond, cash).
StyleDriftOutcome checkStyleDrift(const StyleBox& holdings, const RbsaResult& rbsa,
                                  std::span<const std::optional<int>> cellOfStyle,
                                  std::optional<StyleCell> previousReportCell = std::nullopt,
                                  const StyleDriftConfig& config = {});

// ---------------------------------------------------------------------------------------------------
// Concentration and industry look-through

struct IndustryWeight
{
    QString industry;
    double weight = 0;
    int holdings = 0;
};

struct HoldingsSummary
{
    int positions = 0;                      // distinct codes (repeated codes are merged)
    double totalWeight = 0;                 // Σw of the holdings (the rest of NAV is cash, bonds, …)
    double top10Weight = 0;                 // Σ of the 10 largest weights, as fractions of NAV
    double hhi = 0;                         // Σ w² on NAV weights
    double normalizedHhi = 0;               // Σ (w/Σw)², on the holdings rescaled to 1
    double effectivePositions = 0;          // 1 / normalizedHhi
    std::vector<IndustryWeight> industries; // by weight descending, then name
};

struct HoldingsSummaryOutcome
{
    std::optional<HoldingsSummary> summary;
    QString error; // no holdings, a weight negative or not finite, Σw not positive
    bool ok() const { return summary.has_value(); }
};

HoldingsSummaryOutcome summarizeHoldings(std::span<const Holding> holdings);

// ---------------------------------------------------------------------------------------------------
// Turnover = (buys + sells) / 2 ÷ average net assets (Chinese fund-report convention).

struct TurnoverOutcome
{
    std::optional<double> turnover; // over the period, not annualised
    double buys = 0;
    double sells = 0;
    double averageNetAssets = 0;
    bool estimated = false; // true when derived from holdings changes
    QString error;
    bool ok() const { return turnover.has_value(); }
};

// From the reported trade amounts of the period; average net assets is the mean of the given net
// asset observations (e.g. start and end, or the month ends the report uses).
TurnoverOutcome turnoverFromTrades(double buys, double sells, std::span<const double> netAssets);

struct HoldingsReport
{
    std::vector<Holding> holdings; // the full holdings (annual / semi-annual report)
    double netAssets = 0;
};

// Estimated from two consecutive full holdings: each stock's trade is its value change net of its
// price move, value_end − value_start·(1 + r) with value = weight · net assets and r from
// `priceReturns` (code → period return; missing codes count 0). Buys are the positive parts, sells
// the negative. A lower bound: round trips inside the period are invisible.
TurnoverOutcome estimateTurnover(const HoldingsReport& start, const HoldingsReport& end,
                                 const QHash<QString, double>& priceReturns = {});

// ---------------------------------------------------------------------------------------------------
// Bond funds: weighted average modified duration and average credit rating.
//
// Ratings are mapped onto notches: AAA = 1, AA+ = 2, AA = 3, AA- = 4, A+ = 5, A = 6, A- = 7,
// BBB+ = 8 … B- = 16, CCC = 17, CC = 18, C = 19, D = 20 (Chinese long-term scale; case and spaces
// ignored). The average notch is mapped back to the nearest rating, a half-way tie to the worse one.
// Short-term ratings (A-1 …) and unrated bonds are left out and reported as not covered.

struct BondHolding
{
    QString code;
    double weight = 0;                      // fraction of NAV
    std::optional<double> modifiedDuration; // years
    QString rating;                         // empty when unrated
};

struct BondRiskSummary
{
    double bondWeight = 0;                 // Σw of all bond holdings
    std::optional<double> averageDuration; // Σ w D / Σ w over the bonds with a duration
    double durationContribution = 0;       // Σ w D over NAV (uncovered bonds and the rest count 0)
    double durationCoveredWeight = 0;
    double durationCoverage = 0; // durationCoveredWeight / bondWeight
    std::optional<double> averageRatingNotch;
    QString averageRating; // empty when no bond is rated
    double ratingCoveredWeight = 0;
    double ratingCoverage = 0;
    QStringList unknownRatings; // ratings given but not on the scale
};

struct BondRiskOutcome
{
    std::optional<BondRiskSummary> summary;
    QString error; // no bonds, a weight negative or not finite, a duration not finite
    bool ok() const { return summary.has_value(); }
};

std::optional<int> ratingNotch(const QString& rating);
QString ratingOfNotch(int notch); // empty outside 1..20

BondRiskOutcome summarizeBondRisk(std::span<const BondHolding> bonds);

} // namespace ws::funds
