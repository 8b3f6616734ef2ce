#include "funds/FormulaCards.h"

#include <QCoreApplication>

#include <array>

namespace ws::funds {

namespace {

constexpr const char* kContext = "ws::funds::MetricCard";

// Shared texts, so one convention reads the same on every card. QT_TRANSLATE_NOOP is spelled out
// everywhere because lupdate does not expand macros of our own.
constexpr const char* kNone = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "none");
constexpr const char* kSqrtP = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "× √P");
constexpr const char* kRfNotUsed = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "not used");
constexpr const char* kRfExcess =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard", "e = r − rf_p, rf_p = (1 + rf)^(1/P) − 1");
constexpr const char* kRfBoth = QT_TRANSLATE_NOOP(
    "ws::funds::MetricCard", "on both sides: e_p = r_p − rf_p, e_b = r_b − rf_p, rf_p = (1 + rf)^(1/P) − 1");
constexpr const char* kArithmetic = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "arithmetic");
constexpr const char* kGeometric = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "geometric (compounded NAV)");
constexpr const char* kNotApplicable = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "—");
constexpr const char* kDdof1 = QT_TRANSLATE_NOOP(
    "ws::funds::MetricCard", "sample, ddof = 1, two-pass (mean first, then squared deviations)");
constexpr const char* kOls1 =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard", "OLS with intercept, K = 1 regressor; s² = SSR / (n − 2)");
constexpr const char* kOls2 =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard", "OLS with intercept, K = 2 regressors; s² = SSR / (n − 3)");
constexpr const char* kAlphaTimesP = QT_TRANSLATE_NOOP("ws::funds::MetricCard", "intercept × P (arithmetic)");
constexpr const char* kSlopeNone =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard", "none (a slope has no time unit)");
constexpr const char* kTNone =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard", "none (a t-statistic does not change when α is scaled by P)");
constexpr const char* kGammaUnits = QT_TRANSLATE_NOOP(
    "ws::funds::MetricCard", "none: γ is in per-period units (γ·e_b² is a per-period return)");
constexpr const char* kRegressionUndefined =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                      "fewer than K + 2 shared returns, a regressor constant up to rounding, or regressors "
                      "collinear (condition number of their correlation matrix above 1e10)");
constexpr const char* kTUndefined =
    QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                      "as the regression; also when the residuals are zero up to rounding (perfect fit)");
constexpr const char* kRelative = QT_TRANSLATE_NOOP(
    "ws::funds::MetricCard", "On the dates the fund and the benchmark share inside the window (inner join of "
                             "the NAVs; returns between consecutive shared dates).");

const std::array<MetricCard, kMetricCount> kCards{{
    {Metric::CumulativeReturn, "cumulative_return",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Cumulative return"), "累计收益率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "nav_n / nav_0 − 1"), kNone, kRfNotUsed, kGeometric,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "nav_0 is the window's base NAV (its start date), nav_n the NAV on its end date.")},
    {Metric::AnnualizedReturn, "annualized_return",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Annualized return"), "年化收益率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "(nav_n / nav_0)^(P / n) − 1"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "exponent P / n, n = number of returns"), kRfNotUsed,
     kGeometric, kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Counts periods, not calendar days (the quantstats #458 bug). A window shorter than a year is "
         "extrapolated to a year by compounding.")},
    {Metric::AnnualizedVolatility, "annualized_volatility",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Annualized volatility"), "年化波动率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "std(r, ddof = 1) · √P"), kSqrtP, kRfNotUsed, kArithmetic,
     kDdof1, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 2"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "Simple returns r_t = nav_t / nav_(t−1) − 1, not log returns.")},
    {Metric::Sharpe, "sharpe", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Sharpe ratio"), "夏普比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(e) / std(e, ddof = 1) · √P"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "× √P (mean × P over std × √P)"), kRfExcess, kArithmetic,
     kDdof1,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "n < 2, or std(r) zero up to rounding (at most 64·ε·(1 + max abs(r)))"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "rf is an annual rate, converted per period (never passed per period by mistake, empyrical "
         "#108); std(e) = std(r) because rf_p is constant.")},
    {Metric::DownsideDeviation, "downside_deviation",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Downside deviation"), "下行标准差",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "sqrt(mean(min(e, 0)²)) · √P"), kSqrtP,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "target (MAR) = rf_p; e = r − rf_p"), kArithmetic,
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "divides by n, all periods (the \"full\" method), not by the number of shortfalls; not demeaned"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "Periods above the target count as zero shortfall; they are not dropped.")},
    {Metric::Sortino, "sortino", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Sortino ratio"), "索提诺比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(e) · P / downside_deviation"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean × P over the downside deviation (itself × √P)"),
     kRfExcess, kArithmetic, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "as downside_deviation"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "the downside deviation is zero up to rounding (no period below rf_p)"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "Not the standard deviation of the negative returns only (the pyfolio #158 bug).")},
    {Metric::MaxDrawdown, "max_drawdown", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Maximum drawdown"),
     "最大回撤",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "max over t of (1 − nav_t / max_(s ≤ t) nav_s), on the window's NAV path from nav_0"),
     kNone, kRfNotUsed, kGeometric, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never (0 when the NAV never fell below an earlier high)"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "A positive fraction. Reported with max_drawdown_peak (the last date at the high-water mark before "
         "the trough), max_drawdown_trough and max_drawdown_recovery (the first date with nav ≥ the peak's "
         "NAV; null while unrecovered). Of equal depths the first is reported.")},
    {Metric::MaxDrawdownDuration, "max_drawdown_duration",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Maximum drawdown duration"), "最大回撤持续期",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "periods from the peak to the recovery, or to the window's last date while unrecovered"),
     kNone, kRfNotUsed, kNotApplicable, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no drawdown (max_drawdown = 0)"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Counted in periods (returns), like n. An ongoing drawdown counts up to the end of the window.")},
    {Metric::MaxDrawdownRecoveryPeriods, "max_drawdown_recovery_periods",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Maximum drawdown recovery"), "最大回撤修复期",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "periods from the trough to the recovery"), kNone, kRfNotUsed,
     kNotApplicable, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no drawdown, or not recovered by the end of the window"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Counted in periods (returns).")},
    {Metric::Calmar, "calmar", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Calmar ratio"), "卡玛比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "annualized_return / max_drawdown"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "that of annualized_return"), kRfNotUsed, kGeometric,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "max_drawdown = 0"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Numerator and denominator over the same window.")},
    {Metric::WinRatio, "win_ratio", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Win ratio"), "盈利比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "count(r_t > 0) / n"), kNone,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "not used: compared with 0"), kNotApplicable, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The share of periods with a strictly positive return; a zero return is not a win. The source's "
         "盈利比率 in its per-period reading.")},
    {Metric::Var95, "var_95", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Historical VaR 95%"), "95% 历史VaR",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "−Q(r, 0.05); Q(r, q) = r_(k) + (h − k)·(r_(k+1) − r_(k)), h = (n − 1)·q, k = floor(h), r_(0) ≤ … ≤ "
         "r_(n−1) the sorted returns"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "none: a one-period loss"), kRfNotUsed, kNotApplicable,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 2"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Linear interpolation between order statistics, as numpy's default quantile. Positive means a "
         "loss; negative when even the 5% quantile is a gain.")},
    {Metric::Cvar95, "cvar_95", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Historical CVaR 95%"),
     "95% 条件VaR（CVaR）", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "−mean(r_t : r_t ≤ Q(r, 0.05))"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "none: a one-period loss"), kRfNotUsed, kArithmetic,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 2"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The plain mean of every return at or below the interpolated 5% quantile (never empty: the lowest "
         "return qualifies), without fractional weight for the boundary observation. Positive means a "
         "loss.")},
    {Metric::Skewness, "skewness", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Skewness"), "偏度",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "G1 = g1 · sqrt(n(n − 1)) / (n − 2), g1 = m3 / m2^(3/2), m_k = mean((r − mean(r))^k)"),
     kNone, kRfNotUsed, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "sample-adjusted (adjusted Fisher–Pearson, as Excel SKEW and pandas skew)"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 3, or std(r) zero up to rounding"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Of the simple returns.")},
    {Metric::Kurtosis, "kurtosis", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Excess kurtosis"),
     "峰度（超额）",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "G2 = ((n + 1)·g2 + 6)·(n − 1) / ((n − 2)(n − 3)), g2 = m4 / m2² − 3"),
     kNone, kRfNotUsed, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "sample-adjusted excess kurtosis (as Excel KURT and pandas kurt)"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 4, or std(r) zero up to rounding"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Excess: about 0 for normally distributed returns, not 3.")},
    {Metric::BestPeriod, "best_period", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Best period"),
     "单期最大收益", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "max(r_t)"), kNone, kRfNotUsed,
     kNotApplicable, kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "The best single-period return (a day for daily NAVs).")},
    {Metric::WorstPeriod, "worst_period", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Worst period"),
     "单期最大亏损", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "min(r_t)"), kNone, kRfNotUsed,
     kNotApplicable, kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "The worst single-period return, as a (negative) return.")},
    {Metric::GainLossRatio, "gain_loss_ratio", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Gain/loss ratio"),
     "盈亏比", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(r_t : r_t > 0) / mean(−r_t : r_t < 0)"),
     kNone, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "not used: compared with 0"), kArithmetic,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no positive or no negative return"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The average gain over the average loss (payoff ratio); zero returns count as neither.")},
    {Metric::Omega, "omega", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Omega ratio"), "Omega比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Σ max(e_t, 0) / Σ max(−e_t, 0)"), kNone, kRfExcess,
     kArithmetic, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no period below the risk-free rate"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Keating–Shadwick Omega at the threshold rf_p: probability-weighted gains over losses.")},
    {Metric::TailRatio, "tail_ratio", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Tail ratio"), "尾部比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Q(r, 0.95) / −Q(r, 0.05)"), kNone, kRfNotUsed,
     kNotApplicable, kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "n < 2, or Q(r, 0.05) ≥ 0"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The right tail over the left, with the interpolated quantiles of var_95; above 1 when "
         "large gains outweigh large losses.")},
    {Metric::AverageDrawdown, "average_drawdown",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Average drawdown"), "平均回撤",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(dd_t), dd_t = 1 − nav_t / max(nav_0 … nav_t)"), kNone,
     kRfNotUsed, kArithmetic, kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The pain index: the drawdown averaged over the window's n periods (0 at new highs).")},
    {Metric::UlcerIndex, "ulcer_index", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Ulcer index"), "溃疡指数",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "sqrt(mean(dd_t²))"), kNone, kRfNotUsed, kArithmetic,
     kNotApplicable, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "never"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Martin's ulcer index: the root mean square drawdown over the n periods; deep and long "
         "drawdowns weigh most.")},
    {Metric::MartinRatio, "martin_ratio", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Martin ratio"),
     "马丁比率", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "(annualized_return − rf) / ulcer_index"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "that of annualized_return"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "the annual rate rf, subtracted"), kGeometric, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "ulcer_index = 0 (no drawdown)"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Ulcer performance index: excess return per unit of ulcer.")},

    {Metric::Alpha, "alpha", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Jensen's alpha"), "詹森α",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "α · P, from the OLS e_p = α + β·e_b + ε"), kAlphaTimesP,
     kRfBoth, kArithmetic, kOls1, kRegressionUndefined, kRelative},
    {Metric::AlphaT, "alpha_t", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Alpha t-statistic"), "α t值",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "α / se(α), se from s²·(XᵀX)⁻¹ of the same OLS"), kTNone,
     kRfBoth, kNotApplicable, kOls1, kTUndefined, kRelative},
    {Metric::Beta, "beta", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Beta"), "贝塔",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β of the OLS e_p = α + β·e_b + ε"), kSlopeNone, kRfBoth,
     kNotApplicable, kOls1, kRegressionUndefined, kRelative},
    {Metric::RSquared, "r_squared", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "R-squared"), "拟合优度R²",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "1 − SSR / SST of the OLS e_p = α + β·e_b + ε"), kNone,
     kRfBoth, kNotApplicable, kOls1,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "as the regression; also when e_p is constant up to rounding"),
     kRelative},
    {Metric::TrackingError, "tracking_error", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Tracking error"),
     "跟踪误差", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "std(r_p − r_b, ddof = 1) · √P"), kSqrtP,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "not used (it cancels)"), kArithmetic, kDdof1,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "fewer than 2 shared returns"), kRelative},
    {Metric::InformationRatio, "information_ratio",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Information ratio"), "信息比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(r_p − r_b) · P / tracking_error"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean × P over the tracking error (itself × √P)"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "not used (it cancels)"), kArithmetic, kDdof1,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "fewer than 2 shared returns, or a tracking error zero up to rounding"),
     kRelative},
    {Metric::Treynor, "treynor", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Treynor ratio"), "特雷诺比率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(e_p) · P / β"),
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "arithmetic annual excess return: mean × P"), kRfBoth,
     kArithmetic, kOls1, QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β undefined, or abs(β) ≤ 1e-10"),
     kRelative},
    {Metric::UpCapture, "up_capture", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Up capture"), "上行捕获率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(r_p,t : r_b,t > 0) / mean(r_b,t : r_b,t > 0)"), kNone,
     kRfNotUsed, kArithmetic, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no shared period with r_b > 0"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Arithmetic means of plain returns over the periods the benchmark rose (1 = moved with it); not "
         "Morningstar's geometric version. On the shared dates inside the window.")},
    {Metric::DownCapture, "down_capture", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Down capture"),
     "下行捕获率",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "mean(r_p,t : r_b,t < 0) / mean(r_b,t : r_b,t < 0)"), kNone,
     kRfNotUsed, kArithmetic, kNotApplicable,
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "no shared period with r_b < 0"),
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "Below 1 is better. Periods with r_b = 0 count in neither capture. On the shared dates inside the "
         "window.")},
    {Metric::TmAlpha, "tm_alpha", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Treynor–Mazuy alpha"),
     "TM模型α",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "α · P, from the OLS e_p = α + β·e_b + γ·e_b² + ε (Treynor and Mazuy, 1966)"),
     kAlphaTimesP, kRfBoth, kArithmetic, kOls2, kRegressionUndefined, kRelative},
    {Metric::TmBeta, "tm_beta", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Treynor–Mazuy beta"), "TM模型β",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β of the Treynor–Mazuy OLS"), kSlopeNone, kRfBoth,
     kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::TmGamma, "tm_gamma", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Treynor–Mazuy timing gamma"),
     "TM模型择时系数γ",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "γ of the Treynor–Mazuy OLS; γ > 0 indicates timing skill"),
     kGammaUnits, kRfBoth, kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::TmGammaT, "tm_gamma_t",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Treynor–Mazuy gamma t-statistic"), "TM模型γ t值",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "γ / se(γ), se from s²·(XᵀX)⁻¹"), kNone, kRfBoth,
     kNotApplicable, kOls2, kTUndefined, kRelative},
    {Metric::HmAlpha, "hm_alpha", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Henriksson–Merton alpha"),
     "HM模型α",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "α · P, from the OLS e_p = α + β·e_b + γ·max(0, −e_b) + ε (Henriksson and Merton, 1981)"),
     kAlphaTimesP, kRfBoth, kArithmetic, kOls2, kRegressionUndefined, kRelative},
    {Metric::HmBeta, "hm_beta", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Henriksson–Merton beta"),
     "HM模型β",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard",
                       "β of the Henriksson–Merton OLS: the up-market beta; the down-market beta is β − γ"),
     kSlopeNone, kRfBoth, kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::HmGamma, "hm_gamma",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Henriksson–Merton timing gamma"), "HM模型择时系数γ",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "γ of the Henriksson–Merton OLS; γ > 0 indicates timing skill (a lower beta when the market falls, "
         "like a protective put)"),
     kSlopeNone, kRfBoth, kNotApplicable, kOls2, kRegressionUndefined,
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "The put form of the 1981 paper. Some texts (the source's §2.1 among them) write γ·max(0, e_b); "
         "since max(0, e_b) = e_b + max(0, −e_b), α, γ and γ's t-statistic are the same in both forms and "
         "only β changes meaning (it is then the down-market beta). On the shared dates inside the window.")},
    {Metric::HmGammaT, "hm_gamma_t",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Henriksson–Merton gamma t-statistic"), "HM模型γ t值",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "γ / se(γ), se from s²·(XᵀX)⁻¹"), kNone, kRfBoth,
     kNotApplicable, kOls2, kTUndefined, kRelative},
    {Metric::ClAlpha, "cl_alpha", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Chang–Lewellen alpha"),
     "CL模型α",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "α · P, from the OLS e_p = α + β_down·min(0, e_b) + β_up·max(0, e_b) + ε (Chang and Lewellen, "
         "1984)"),
     kAlphaTimesP, kRfBoth, kArithmetic, kOls2, kRegressionUndefined, kRelative},
    {Metric::ClBetaDown, "cl_beta_down",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Chang–Lewellen down-market beta"), "CL模型下行β",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β_down of the Chang–Lewellen OLS"), kSlopeNone, kRfBoth,
     kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::ClBetaUp, "cl_beta_up",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Chang–Lewellen up-market beta"), "CL模型上行β",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β_up of the Chang–Lewellen OLS"), kSlopeNone, kRfBoth,
     kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::ClTiming, "cl_timing", QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Chang–Lewellen timing"),
     "CL模型择时能力",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "β_up − β_down; > 0 indicates timing skill"), kSlopeNone,
     kRfBoth, kNotApplicable, kOls2, kRegressionUndefined, kRelative},
    {Metric::ClTimingT, "cl_timing_t",
     QT_TRANSLATE_NOOP("ws::funds::MetricCard", "Chang–Lewellen timing t-statistic"), "CL模型择时 t值",
     QT_TRANSLATE_NOOP(
         "ws::funds::MetricCard",
         "(β_up − β_down) / sqrt(Var(β_up) + Var(β_down) − 2·Cov(β_up, β_down)), from s²·(XᵀX)⁻¹"),
     kNone, kRfBoth, kNotApplicable, kOls2, kTUndefined, kRelative},
}};

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

// A table cell: pipes would end it early.
QString cell(const char* text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

QString MetricCard::displayName() const
{
    return translated(name);
}
QString MetricCard::formulaText() const
{
    return translated(formula);
}
QString MetricCard::annualizationText() const
{
    return translated(annualization);
}
QString MetricCard::riskFreeText() const
{
    return translated(riskFree);
}
QString MetricCard::averagingText() const
{
    return translated(averaging);
}
QString MetricCard::deviationText() const
{
    return translated(deviation);
}
QString MetricCard::undefinedText() const
{
    return translated(undefinedWhen);
}
QString MetricCard::notesText() const
{
    return translated(notes);
}

std::span<const MetricCard> metricCards()
{
    return kCards;
}

const MetricCard& card(Metric metric)
{
    return kCards[static_cast<std::size_t>(metric)];
}

MetricUnit metricUnit(Metric m)
{
    switch (m) {
    case Metric::CumulativeReturn:
    case Metric::AnnualizedReturn:
    case Metric::AnnualizedVolatility:
    case Metric::DownsideDeviation:
    case Metric::MaxDrawdown:
    case Metric::WinRatio:
    case Metric::Var95:
    case Metric::Cvar95:
    case Metric::Alpha:
    case Metric::TrackingError:
    case Metric::Treynor:
    case Metric::BestPeriod:
    case Metric::WorstPeriod:
    case Metric::AverageDrawdown:
    case Metric::UlcerIndex:
    case Metric::TmAlpha:
    case Metric::HmAlpha:
    case Metric::ClAlpha:
        return MetricUnit::Fraction;
    case Metric::MaxDrawdownDuration:
    case Metric::MaxDrawdownRecoveryPeriods:
        return MetricUnit::Periods;
    default:
        return MetricUnit::Ratio;
    }
}

std::optional<Metric> metricFromKey(const QString& key)
{
    for (const MetricCard& c : kCards)
        if (key == QLatin1String(c.key))
            return c.metric;
    return std::nullopt;
}

QString formulaCardsMarkdown()
{
    QString md;
    for (const MetricCard& c : kCards) {
        md += QStringLiteral("### `%1` — %2 · %3\n\n")
                  .arg(QLatin1String(c.key), QString::fromUtf8(c.name), QString::fromUtf8(c.chineseName));
        md += QStringLiteral("| | |\n|---|---|\n");
        const std::pair<const char*, const char*> rows[] = {
            {"Formula", c.formula},
            {"Periods per year", c.annualization},
            {"Risk-free rate", c.riskFree},
            {"Arithmetic / geometric", c.averaging},
            {"Deviation", c.deviation},
            {"Undefined when", c.undefinedWhen},
            {"Notes", c.notes},
        };
        for (const auto& [label, text] : rows)
            md += QStringLiteral("| %1 | %2 |\n").arg(QLatin1String(label), cell(text));
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace ws::funds
