#pragma once

// Ordinary least squares for the timing and factor models: y = b0 + Σ b_k x_k + ε, with the
// coefficients' t-statistics. Small (at most kMaxRegressors regressors) and allocation-free, as it
// runs for every fund × window of the indicator grid.

#include <array>
#include <optional>
#include <span>

namespace ws::funds {

constexpr int kMaxRegressors = 6;

struct OlsFit
{
    int observations = 0;
    int regressors = 0; // K; coefficient 0 is the intercept, 1..K the slopes
    std::array<double, kMaxRegressors + 1> coefficients{};
    // Empty when the residuals are zero up to rounding (a perfect fit has no standard errors).
    std::array<std::optional<double>, kMaxRegressors + 1> tStats{};
    std::optional<double> rSquared; // empty when y does not vary
    double residualVariance = 0;    // s² = SSR / (n − K − 1)

    double coefficient(int i) const { return coefficients[static_cast<std::size_t>(i)]; }
    std::optional<double> tStat(int i) const { return tStats[static_cast<std::size_t>(i)]; }
    // t-statistic of b_i − b_j from the coefficients' covariance s²(XᵀX)⁻¹.
    std::optional<double> tStatOfDifference(int i, int j) const;

    // Covariance of the coefficients, (K+1)×(K+1) row-major in the first (K+1)² entries.
    std::array<double, (kMaxRegressors + 1) * (kMaxRegressors + 1)> covariance{};
};

// Fits y on an intercept and the given regressor columns (each y.size() long). Empty when the fit is
// undefined: more than kMaxRegressors regressors, fewer than K + 2 observations (no residual degree
// of freedom), a regressor that does not vary, or regressors collinear up to a condition number of
// 1e10 on their correlation matrix. Solved on centred, unit-scaled columns (so x and x² of daily
// returns, five orders of magnitude apart, stay well conditioned); residuals in a separate pass.
std::optional<OlsFit> ols(std::span<const double> y, std::span<const std::span<const double>> regressors);

// True when a standard deviation is zero up to rounding, for values of magnitude up to `scale`
// computed as a ratio minus one (a return's rounding is relative to 1 + r, not to r).
inline bool negligibleDeviation(double sd, double scale)
{
    return !(sd > 64.0 * 2.220446049250313e-16 * (1.0 + scale));
}

} // namespace ws::funds
