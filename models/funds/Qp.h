#pragma once

// A small dense convex quadratic programme with box bounds and an optional budget constraint, solved
// exactly by a primal active-set method (the KKT system on the free variables, eliminated onto the
// budget's null space and factored with LDLT, an eigen-decomposition when that reduced Hessian is
// singular). Used by the portfolio models (mean-variance) and by returns-based style analysis.

#include <Eigen/Dense>

#include <QString>

#include <optional>

namespace ws::funds {

// min ½ wᵀ H w + cᵀ w  subject to  Σ w = 1 (when sumToOne),  lower ≤ w ≤ upper
// H symmetric positive semidefinite (symmetrised; eigenvalues below zero by rounding, at most 1e-10 of
// the largest in magnitude, are lifted to zero). H and c finite; a bound may be ±infinity (no bound),
// never NaN. A semidefinite H may have several minimisers: one of them is returned, deterministically.
struct QpProblem
{
    Eigen::MatrixXd H;
    Eigen::VectorXd c;
    Eigen::VectorXd lower;
    Eigen::VectorXd upper;
    bool sumToOne = true;
};

struct QpResult
{
    Eigen::VectorXd w;
    double objective = 0; // ½ wᵀ H w + cᵀ w at w, with H as given (symmetrised)
    int iterations = 0;   // active-set iterations (steps, additions and releases)
};

struct QpOutcome
{
    std::optional<QpResult> result;
    QString error; // empty sizes, mismatched sizes, NaN/inf, lower > upper, Σlower > 1 or Σupper < 1,
                   // H not positive semidefinite, unbounded below, no convergence
    bool ok() const { return result.has_value(); }
};

QpOutcome solveQp(const QpProblem& problem);

} // namespace ws::funds
