#include "funds/Regression.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>

namespace ws::funds {

namespace {

// Stack-allocated up to kMaxRegressors: no heap traffic per fit.
using SmallMatrix =
    Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::ColMajor, kMaxRegressors, kMaxRegressors>;
using SmallVector = Eigen::Matrix<double, Eigen::Dynamic, 1, Eigen::ColMajor, kMaxRegressors, 1>;

constexpr double kConditionLimit = 1e10;

} // namespace

std::optional<double> OlsFit::tStatOfDifference(int i, int j) const
{
    if (!tStats[static_cast<std::size_t>(i)] || !tStats[static_cast<std::size_t>(j)])
        return std::nullopt;
    const int dim = regressors + 1;
    auto cov = [&](int a, int b) { return covariance[static_cast<std::size_t>(a * dim + b)]; };
    const double variance = cov(i, i) + cov(j, j) - 2.0 * cov(i, j);
    if (!(variance > 0))
        return std::nullopt;
    return (coefficient(i) - coefficient(j)) / std::sqrt(variance);
}

std::optional<OlsFit> ols(std::span<const double> y, std::span<const std::span<const double>> regressors)
{
    const int k = static_cast<int>(regressors.size());
    const std::size_t n = y.size();
    if (k < 1 || k > kMaxRegressors || n < static_cast<std::size_t>(k) + 2)
        return std::nullopt;
    for (const auto& x : regressors)
        if (x.size() != n)
            return std::nullopt;

    // Pass 1: means and magnitudes.
    std::array<double, kMaxRegressors> xMean{};
    std::array<double, kMaxRegressors> xScale{};
    double yMean = 0;
    double yScale = 0;
    for (std::size_t i = 0; i < n; ++i) {
        yMean += y[i];
        yScale = std::max(yScale, std::abs(y[i]));
    }
    yMean /= static_cast<double>(n);
    for (int c = 0; c < k; ++c) {
        double sum = 0;
        for (double v : regressors[static_cast<std::size_t>(c)]) {
            sum += v;
            xScale[static_cast<std::size_t>(c)] = std::max(xScale[static_cast<std::size_t>(c)], std::abs(v));
        }
        xMean[static_cast<std::size_t>(c)] = sum / static_cast<double>(n);
    }

    // Pass 2: centred cross products.
    SmallMatrix sxx = SmallMatrix::Zero(k, k);
    SmallVector sxy = SmallVector::Zero(k);
    double syy = 0;
    std::array<double, kMaxRegressors> xc{};
    for (std::size_t i = 0; i < n; ++i) {
        const double yc = y[i] - yMean;
        syy += yc * yc;
        for (int c = 0; c < k; ++c)
            xc[static_cast<std::size_t>(c)] =
                regressors[static_cast<std::size_t>(c)][i] - xMean[static_cast<std::size_t>(c)];
        for (int a = 0; a < k; ++a) {
            sxy(a) += xc[static_cast<std::size_t>(a)] * yc;
            for (int b = 0; b <= a; ++b)
                sxx(a, b) += xc[static_cast<std::size_t>(a)] * xc[static_cast<std::size_t>(b)];
        }
    }
    const double dof = static_cast<double>(n) - 1.0;
    SmallVector scale(k);
    for (int a = 0; a < k; ++a) {
        for (int b = 0; b < a; ++b)
            sxx(b, a) = sxx(a, b);
        if (negligibleDeviation(std::sqrt(sxx(a, a) / dof), xScale[static_cast<std::size_t>(a)]))
            return std::nullopt; // a constant regressor is collinear with the intercept
        scale(a) = std::sqrt(sxx(a, a));
    }

    // Unit-diagonal (correlation) form: its condition number is the collinearity of the regressors.
    const SmallMatrix corr = scale.asDiagonal().inverse() * sxx * scale.asDiagonal().inverse();
    const Eigen::SelfAdjointEigenSolver<SmallMatrix> eig(corr, Eigen::EigenvaluesOnly);
    const double largest = eig.eigenvalues().maxCoeff();
    const double smallest = eig.eigenvalues().minCoeff();
    if (!(smallest > 0) || largest / smallest > kConditionLimit)
        return std::nullopt;
    const Eigen::LDLT<SmallMatrix> ldlt(corr);
    const SmallVector z = ldlt.solve(scale.asDiagonal().inverse() * sxy);
    const SmallVector slopes = scale.asDiagonal().inverse() * z;
    const SmallMatrix corrInverse = ldlt.solve(SmallMatrix::Identity(k, k));
    const SmallMatrix sxxInverse = scale.asDiagonal().inverse() * corrInverse * scale.asDiagonal().inverse();

    double intercept = yMean;
    for (int c = 0; c < k; ++c)
        intercept -= slopes(c) * xMean[static_cast<std::size_t>(c)];

    // Pass 3: residuals, summed directly rather than as syy − bᵀsxy, which cancels badly for good fits.
    double ssr = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double fitted = intercept;
        for (int c = 0; c < k; ++c)
            fitted += slopes(c) * regressors[static_cast<std::size_t>(c)][i];
        const double e = y[i] - fitted;
        ssr += e * e;
    }

    OlsFit fit;
    fit.observations = static_cast<int>(n);
    fit.regressors = k;
    fit.coefficients[0] = intercept;
    for (int c = 0; c < k; ++c)
        fit.coefficients[static_cast<std::size_t>(c) + 1] = slopes(c);
    const double residualDof = static_cast<double>(n) - k - 1.0;
    fit.residualVariance = ssr / residualDof;
    if (!negligibleDeviation(std::sqrt(syy / dof), yScale))
        fit.rSquared = 1.0 - ssr / syy;

    // Cov(b) = s²·(XᵀX)⁻¹; on centred columns the slopes' block is s²·Sxx⁻¹ and the intercept's
    // variance s²/n + x̄ᵀ·Cov(slopes)·x̄.
    const int dim = k + 1;
    const double s2 = fit.residualVariance;
    auto cov = [&](int a, int b) -> double& { return fit.covariance[static_cast<std::size_t>(a * dim + b)]; };
    SmallVector mean(k);
    for (int c = 0; c < k; ++c)
        mean(c) = xMean[static_cast<std::size_t>(c)];
    const SmallVector covSlopeMean = s2 * (sxxInverse * mean);
    cov(0, 0) = s2 / static_cast<double>(n) + mean.dot(covSlopeMean);
    for (int a = 0; a < k; ++a) {
        cov(0, a + 1) = cov(a + 1, 0) = -covSlopeMean(a);
        for (int b = 0; b < k; ++b)
            cov(a + 1, b + 1) = s2 * sxxInverse(a, b);
    }
    if (!negligibleDeviation(std::sqrt(fit.residualVariance), yScale)) {
        for (int c = 0; c < dim; ++c)
            if (cov(c, c) > 0)
                fit.tStats[static_cast<std::size_t>(c)] =
                    fit.coefficients[static_cast<std::size_t>(c)] / std::sqrt(cov(c, c));
    }
    return fit;
}

} // namespace ws::funds
