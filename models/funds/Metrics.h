#pragma once

// The fund metrics library: return, risk and risk-adjusted metrics of a NAV series, the benchmark-
// relative metrics and timing regressions, over the standard windows. Every formula is stated on its
// formula card (FormulaCards.h, docs/metrics.md). A metric that is undefined for its input (zero
// deviation, too few points, a singular regression) is an empty optional, never inf or NaN.

#include "funds/NavSeries.h"
#include "funds/Regression.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

struct Conventions
{
    int periodsPerYear = 252;  // P: 252 trading days; 52 weekly, 12 monthly NAVs
    double annualRiskFree = 0; // rf, converted per period as (1 + rf)^(1/P) − 1
    double periodRiskFree() const;
};

// The metrics, in the order of the JSON output and of docs/metrics.md. Values are fractions (0.05 is
// 5%), durations are periods (returns), t-statistics and ratios plain numbers.
enum class Metric {
    CumulativeReturn,
    AnnualizedReturn,
    AnnualizedVolatility,
    Sharpe,
    DownsideDeviation,
    Sortino,
    MaxDrawdown,
    MaxDrawdownDuration,
    MaxDrawdownRecoveryPeriods,
    Calmar,
    WinRatio,
    Var95,
    Cvar95,
    Skewness,
    Kurtosis,
    BestPeriod,
    WorstPeriod,
    GainLossRatio,
    Omega,
    TailRatio,
    AverageDrawdown,
    UlcerIndex,
    MartinRatio,
    // Benchmark-relative: on the dates the fund and the benchmark share.
    Alpha,
    AlphaT,
    Beta,
    RSquared,
    TrackingError,
    InformationRatio,
    Treynor,
    UpCapture,
    DownCapture,
    TmAlpha,
    TmBeta,
    TmGamma,
    TmGammaT,
    HmAlpha,
    HmBeta,
    HmGamma,
    HmGammaT,
    ClAlpha,
    ClBetaDown,
    ClBetaUp,
    ClTiming,
    ClTimingT,
};
constexpr int kMetricCount = static_cast<int>(Metric::ClTimingT) + 1;
constexpr Metric kFirstRelativeMetric = Metric::Alpha;
inline bool isRelative(Metric m)
{
    return static_cast<int>(m) >= static_cast<int>(kFirstRelativeMetric);
}

struct MetricValues
{
    std::array<std::optional<double>, kMetricCount> values{};
    std::optional<double>& operator[](Metric m) { return values[static_cast<std::size_t>(m)]; }
    const std::optional<double>& operator[](Metric m) const { return values[static_cast<std::size_t>(m)]; }
};

// The maximum drawdown's dates; all empty when the NAV never fell below an earlier high.
struct DrawdownDates
{
    std::optional<QDate> peak;     // the last date at the high-water mark before the trough
    std::optional<QDate> trough;   // the lowest NAV relative to that peak
    std::optional<QDate> recovery; // the first date back at or above the peak's NAV; empty while unrecovered
};

// Windows. A rolling window of length L ending at the end date E (the last NAV date on or before the
// as-of date) starts at the last NAV date on or before E − L (QDate::addMonths/addYears, so 31 March
// − 1 month is 28/29 February); it is unavailable when the fund has no NAV that early, rather than
// silently shorter. YTD starts at the last NAV date on or before 31 December of the year before E.
// Since inception starts at the first NAV. Custom [S, E'] starts at the last NAV date on or before S
// and ends at the last NAV date on or before E'. The start NAV is the base: the first return is the
// one to the next date. A window needs two NAVs.
enum class WindowKind { M1, M3, M6, Ytd, Y1, Y2, Y3, Y5, SinceInception, Custom };

struct Window
{
    WindowKind kind = WindowKind::SinceInception;
    QDate customStart; // Custom only
    QDate customEnd;   // Custom only

    QString id() const; // "1m", "3m", "6m", "ytd", "1y", "2y", "3y", "5y", "since-inception", "custom"
    static std::optional<Window> fromId(const QString& id);
    static Window custom(QDate start, QDate end) { return {WindowKind::Custom, start, end}; }
};

// The nine named windows, 1m … since inception.
std::span<const Window> standardWindows();

// Index range [first, last] of `dates` a window covers, or empty when unavailable. `asOf` invalid
// means the last date.
struct IndexRange
{
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t returns() const { return last - first; }
};
std::optional<IndexRange> resolveWindow(std::span<const QDate> dates, const Window& window, QDate asOf = {});

// A fund prepared once for any number of windows: its returns, and the join with its benchmark.
struct FundData
{
    NavSeries fund;
    std::vector<double> returns; // returns[t-1] is the return to fund.dates[t]
    std::optional<JoinedSeries> joined;
    std::vector<double> joinedFundReturns;
    std::vector<double> joinedBenchmarkReturns;

    static FundData prepare(NavSeries fund, std::optional<JoinedSeries> joined = std::nullopt);
};

// Scratch buffers reused across windows and funds, so the grid does not allocate per metric.
struct Workspace
{
    std::vector<double> sorted;
    std::vector<double> fundExcess;
    std::vector<double> benchmarkExcess;
    std::vector<double> columnA;
    std::vector<double> columnB;
};

struct WindowResult
{
    Window window;
    bool available = false;
    QDate start; // the base NAV's date
    QDate end;
    int returns = 0;
    int relativeReturns = 0; // returns on the shared dates inside the window (0 without a benchmark)
    MetricValues values;
    DrawdownDates drawdown;
};

// Every metric over one window.
WindowResult computeWindow(const FundData& data, const Window& window, const Conventions& conventions,
                           Workspace& workspace, QDate asOf = {});

// The metric × window grid of one fund (the indicator grid), in the order of `windows`.
std::vector<WindowResult> computeGrid(const FundData& data, std::span<const Window> windows,
                                      const Conventions& conventions, Workspace& workspace, QDate asOf = {});

// Metrics of a return slice on their own, for callers with returns already in hand. `navs` has one
// more element than `returns` (the NAV path they compound from); `dates` matches `navs` or is empty.
void computeFundMetrics(std::span<const double> navs, std::span<const double> returns,
                        std::span<const QDate> dates, const Conventions& conventions, Workspace& workspace,
                        MetricValues& values, DrawdownDates& drawdown);
void computeRelativeMetrics(std::span<const double> fundReturns, std::span<const double> benchmarkReturns,
                            const Conventions& conventions, Workspace& workspace, MetricValues& values);

// Linear-interpolated quantile of values (numpy's default): h = (n−1)·q, between the floor(h)-th and
// the next order statistic. Reorders `values`. Empty for no values.
std::optional<double> linearQuantile(std::span<double> values, double q);

// Fama–French style factor regression: fund excess returns on factor returns (MKT−RF, SMB, HML[, RMW,
// CMA] or any others), with an intercept. Factors are dated per period in the same units as the
// fund's returns; a fund return dated t (from the previous NAV date to t) is paired with the factor
// row dated t, and dates missing from either side are dropped.
struct FactorTable
{
    std::vector<QDate> dates;
    QStringList names;
    std::vector<std::vector<double>> columns; // columns[f][row]
    std::vector<double> riskFree;             // per period, same rows; empty: use Conventions
};

struct FactorRegression
{
    QStringList factors;
    std::optional<OlsFit> fit; // coefficient 0 is alpha per period, then one loading per factor
    int observations = 0;
    QString error; // a factor name missing from the table, or too few aligned dates
    std::optional<double> annualizedAlpha(int periodsPerYear) const;
};

FactorRegression factorRegression(const NavSeries& fund, const FactorTable& table, const QStringList& factors,
                                  const Conventions& conventions);
// The factor sets of the three- and five-factor models, as names in a FactorTable.
QStringList famaFrench3Factors();
QStringList famaFrench5Factors();

} // namespace ws::funds
