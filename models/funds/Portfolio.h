#pragma once

// Portfolio construction for a fund of funds (FOF): moments estimated from a return matrix, the
// weighting models (equal weight, minimum variance, mean-variance with bounds, risk parity,
// Black–Litterman), and the FOF back-test with periodic rebalancing. The back-test's NAV is an
// ordinary NavSeries, so the metrics library (computeGrid) evaluates it like any fund.

#include "funds/NavSeries.h"

#include <Eigen/Dense>

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

// ---- Estimation ---------------------------------------------------------------------------------

// Annualised moments of per-period simple returns. Convention: arithmetic annualisation, mean = P ×
// the sample mean and covariance = P × the sample covariance with ddof 1 (divisor T − 1), P periods
// per year (252 for daily NAVs). No compounding: these feed quadratic models, whose inputs are
// linear in returns.
struct Moments
{
    Eigen::VectorXd mean;       // n
    Eigen::MatrixXd covariance; // n × n
};

struct MomentsOutcome
{
    std::optional<Moments> moments;
    QString error; // fewer than two rows, no columns, NaN/inf, P < 1
    bool ok() const { return moments.has_value(); }
};

// `returns` is T × n: row t holds every fund's return of period t.
MomentsOutcome estimateMoments(const Eigen::MatrixXd& returns, int periodsPerYear = 252);

// ---- Models -------------------------------------------------------------------------------------

enum class PortfolioModel { EqualWeight, MinimumVariance, MeanVariance, RiskParity, BlackLitterman };

// The models in UI order, their CLI ids (`ew`, `minvar`, `mv`, `rp`, `bl`) and display names.
std::span<const PortfolioModel> portfolioModels();
QString modelId(PortfolioModel model);
QString modelName(PortfolioModel model); // translated
// An id (case-insensitive, surrounding spaces ignored); empty for anything else.
std::optional<PortfolioModel> parseModel(const QString& id);
// "ew, minvar, mv, rp, bl", for a CLI's help and error text.
QString modelIdList();

// Per-fund weight bounds. Empty vectors mean the default long-only 0 ≤ w ≤ 1; ±infinity means no
// bound (e.g. the unconstrained mean-variance portfolio).
struct WeightBounds
{
    Eigen::VectorXd lower;
    Eigen::VectorXd upper;
};

struct WeightsOutcome
{
    std::optional<Eigen::VectorXd> weights; // Σ w = 1
    QString error;
    bool ok() const { return weights.has_value(); }
};

// 1/n each (bounds not applied: equal weight is the model's whole point).
WeightsOutcome equalWeights(int funds);

// min wᵀΣw s.t. Σw = 1, bounds. Unbounded, with Σ invertible: Σ⁻¹1 / (1ᵀΣ⁻¹1).
WeightsOutcome minimumVariance(const Eigen::MatrixXd& covariance, const WeightBounds& bounds = {});

// max μᵀw − (λ/2) wᵀΣw s.t. Σw = 1, bounds; λ > 0 the risk aversion (μ, Σ in the same units, e.g.
// annualised). Unbounded, with Σ invertible: w = Σ⁻¹(μ − γ1)/λ, γ such that Σw = 1.
WeightsOutcome meanVariance(const Eigen::VectorXd& mean, const Eigen::MatrixXd& covariance,
                            double riskAversion, const WeightBounds& bounds = {});

// Equal risk contributions: w_i (Σw)_i the same for every fund, w > 0, Σw = 1 (bounds not applied).
// Spinu's convex formulation, min ½ yᵀΣy − Σ (1/n) log y_i, solved by damped Newton, w = y / Σy;
// the relative contributions w_i(Σw)_i / wᵀΣw equal 1/n to 1e-10 or it is an error. Every fund
// needs a positive variance.
WeightsOutcome riskParity(const Eigen::MatrixXd& covariance);

// One Black–Litterman view: pick · μ = q, with uncertainty Ω_kk. Absolute: pick = e_i; relative:
// e.g. e_i − e_j (fund i outperforms fund j by q).
struct View
{
    Eigen::VectorXd pick; // a row of P, n entries
    double q = 0;
    // Ω_kk; empty: He–Litterman, τ pickᵀ Σ pick. Zero: a certain view (the posterior meets it exactly).
    std::optional<double> variance;
};

struct BlackLittermanSpec
{
    Eigen::VectorXd marketWeights; // w_mkt, sums to 1; empty: equal weights
    double riskAversion = 2.5;     // δ: the prior Π = δΣw_mkt and the mean-variance step
    double tau = 0.05;             // τ: uncertainty of the prior, τΣ
    std::vector<View> views;
};

struct BlackLittermanResult
{
    Eigen::VectorXd prior;     // Π = δ Σ w_mkt
    Eigen::VectorXd posterior; // μ_BL
    Eigen::VectorXd weights;   // mean-variance on μ_BL with risk aversion δ, within the bounds
};

struct BlackLittermanOutcome
{
    std::optional<BlackLittermanResult> result;
    QString error;
    bool ok() const { return result.has_value(); }
};

// μ_BL = [(τΣ)⁻¹ + PᵀΩ⁻¹P]⁻¹[(τΣ)⁻¹Π + PᵀΩ⁻¹Q], computed in the equivalent (Woodbury) form
// μ_BL = Π + τΣPᵀ(τPΣPᵀ + Ω)⁻¹(Q − PΠ), which needs neither Σ nor Ω invertible (a certain view has
// Ω_kk = 0), only τPΣPᵀ + Ω (views that are not redundant).
BlackLittermanOutcome blackLitterman(const Eigen::MatrixXd& covariance, const BlackLittermanSpec& spec,
                                     const WeightBounds& bounds = {});

// A model with its parameters, for the back-test and the UI.
struct ModelSpec
{
    PortfolioModel model = PortfolioModel::EqualWeight;
    double riskAversion = 3.0;         // λ of mean-variance
    BlackLittermanSpec blackLitterman; // Black–Litterman only
};

// The weights of `spec.model` from estimated (annualised) moments.
WeightsOutcome modelWeights(const ModelSpec& spec, const Moments& moments, const WeightBounds& bounds = {});

// ---- FOF back-test ------------------------------------------------------------------------------

enum class RebalanceFrequency { None, Monthly, Quarterly, SemiAnnual, Annual };
QString rebalanceId(RebalanceFrequency frequency); // none, monthly, quarterly, semiannual, annual
std::optional<RebalanceFrequency> parseRebalance(const QString& id);

struct BacktestSpec
{
    QDate start;
    QDate end;
    ModelSpec model;
    RebalanceFrequency rebalance = RebalanceFrequency::Quarterly;
    int lookbackReturns = 252; // returns of the estimation window ending on the rebalance date
    int periodsPerYear = 252;  // annualisation of the estimates
    WeightBounds bounds;       // per fund, in pool order
    double costBps = 0;        // charged on traded weight Σ|w_target − w_drifted| at each rebalance
    int maxCarriedDates = 10;  // consecutive calendar dates a fund may carry its last NAV
};

struct Rebalance
{
    QDate date;
    Eigen::VectorXd weights; // the model's target weights
    Eigen::VectorXd drifted; // the weights held just before (zero at the initial purchase)
    double turnover = 0;     // Σ|weights − drifted|; 0 at the initial purchase (bought from cash)
    double cost = 0;         // in FOF NAV units: costBps/10⁴ × turnover × NAV before the trade
};

struct BacktestResult
{
    NavSeries nav;                     // the FOF, 1.0 on the first calendar date
    std::vector<Rebalance> rebalances; // the initial allocation first
    Eigen::VectorXd finalWeights;      // drifted weights on the last date
    double totalCost = 0;              // Σ costs, NAV units
    QStringList warnings;              // dates carried forward, counted per fund
};

struct BacktestOutcome
{
    std::optional<BacktestResult> result;
    QString error;
    bool ok() const { return result.has_value(); }
};

// The calendar is the union of the pool's dates within [start, end]; a fund without a NAV on a
// calendar date carries its last NAV forward (a zero return), at most maxCarriedDates dates in a row.
// Every fund needs a NAV on or before `start`. The FOF buys the model's weights on the first calendar
// date (no cost: the subscription is outside the model) and rebalances on the first date of each later
// period (month, quarter, half year, year) on which every fund has its own NAV; in between, the
// weights drift with the funds' returns. The estimation window for a rebalance on D is the last
// lookbackReturns returns of the union of the pool's dates up to and including D (every fund carried
// forward), so the rebalance uses NAVs known at D's close; a fund whose first NAV is later than the
// window's first date is an error naming it. A trade's cost comes off the FOF's NAV on that date; the
// target weights then hold exactly.
BacktestOutcome runBacktest(std::span<const NavSeries> pool, const BacktestSpec& spec);

} // namespace ws::funds
