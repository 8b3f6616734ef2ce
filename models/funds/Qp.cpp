#include "funds/Qp.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

constexpr double kInf = std::numeric_limits<double>::infinity();
// Relative thresholds: an eigenvalue or LDLT pivot this small against the largest is zero curvature;
// a KKT multiplier or a reduced-gradient component this small against the gradient scale is zero.
constexpr double kSingular = 1e-12;
constexpr double kNegligible = 1e-10;
// Eigenvalues of H below zero by more than this (relative) are not rounding: H is indefinite.
constexpr double kIndefinite = 1e-10;

enum class State : unsigned char { Free, AtLower, AtUpper };

struct Step
{
    Eigen::VectorXd p; // full length, zero on the working set
    bool ray = false;  // a descent direction of zero curvature (no minimiser along it)
};

// The step to the minimiser of the objective over the free variables (the working set held fixed and
// Σ p = 0 under the budget), eliminated onto the null space of the budget with the basis
// Z = [I; −1ᵀ] (the last free variable takes up the others' changes). When the reduced Hessian is
// singular the minimum-norm solution of the reduced system is taken if it is consistent; otherwise
// the reduced gradient has a component along zero curvature and the step is that descent ray.
Step freeSetStep(const Eigen::MatrixXd& H, const Eigen::VectorXd& g, const std::vector<int>& freeVars,
                 bool sumToOne, double gradientScale)
{
    Step step;
    step.p = Eigen::VectorXd::Zero(g.size());
    const auto m = static_cast<Eigen::Index>(freeVars.size());
    const Eigen::Index k = sumToOne ? m - 1 : m;
    if (k <= 0)
        return step;

    Eigen::MatrixXd reduced(k, k);
    Eigen::VectorXd reducedGradient(k);
    if (sumToOne) {
        const int b = freeVars.back();
        for (Eigen::Index i = 0; i < k; ++i) {
            const int a = freeVars[static_cast<std::size_t>(i)];
            reducedGradient(i) = g(a) - g(b);
            for (Eigen::Index j = 0; j < k; ++j) {
                const int c = freeVars[static_cast<std::size_t>(j)];
                reduced(i, j) = H(a, c) - H(a, b) - H(b, c) + H(b, b);
            }
        }
    } else {
        for (Eigen::Index i = 0; i < k; ++i) {
            const int a = freeVars[static_cast<std::size_t>(i)];
            reducedGradient(i) = g(a);
            for (Eigen::Index j = 0; j < k; ++j)
                reduced(i, j) = H(a, freeVars[static_cast<std::size_t>(j)]);
        }
    }

    Eigen::VectorXd u;
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(reduced);
    const Eigen::VectorXd pivots = ldlt.vectorD();
    const double largestPivot = pivots.cwiseAbs().maxCoeff();
    if (ldlt.info() == Eigen::Success && largestPivot > 0 && pivots.minCoeff() > kSingular * largestPivot) {
        u = ldlt.solve(-reducedGradient);
    } else {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(reduced);
        const Eigen::VectorXd& values = eig.eigenvalues();
        const Eigen::MatrixXd& vectors = eig.eigenvectors();
        const double threshold = kSingular * std::max(0.0, values.cwiseAbs().maxCoeff());
        const Eigen::VectorXd z = vectors.transpose() * (-reducedGradient);
        Eigen::VectorXd rangePart = Eigen::VectorXd::Zero(k);
        Eigen::VectorXd nullPart = Eigen::VectorXd::Zero(k);
        for (Eigen::Index i = 0; i < k; ++i) {
            if (values(i) > threshold)
                rangePart += (z(i) / values(i)) * vectors.col(i);
            else
                nullPart += z(i) * vectors.col(i);
        }
        if (nullPart.norm() > kNegligible * gradientScale) {
            step.ray = true;
            u = nullPart;
        } else {
            u = rangePart;
        }
    }

    for (Eigen::Index i = 0; i < k; ++i)
        step.p(freeVars[static_cast<std::size_t>(i)]) = u(i);
    if (sumToOne)
        step.p(freeVars.back()) = -u.sum();
    return step;
}

QString checkInput(const QpProblem& problem)
{
    const Eigen::Index n = problem.c.size();
    if (n == 0)
        return tr("The problem has no variables.");
    if (problem.H.rows() != n || problem.H.cols() != n || problem.lower.size() != n ||
        problem.upper.size() != n)
        return tr("Mismatched sizes: H is %1×%2, c has %3, lower %4 and upper %5 entries.")
            .arg(problem.H.rows())
            .arg(problem.H.cols())
            .arg(n)
            .arg(problem.lower.size())
            .arg(problem.upper.size());
    if (!problem.H.allFinite())
        return tr("H has a NaN or infinite entry.");
    if (!problem.c.allFinite())
        return tr("c has a NaN or infinite entry.");
    for (Eigen::Index i = 0; i < n; ++i) {
        const double lo = problem.lower(i);
        const double hi = problem.upper(i);
        if (std::isnan(lo) || std::isnan(hi))
            return tr("The bounds of variable %1 are NaN.").arg(i + 1);
        if (lo > hi)
            return tr("Variable %1 has lower bound %2 above its upper bound %3.").arg(i + 1).arg(lo).arg(hi);
        if (lo == kInf || hi == -kInf)
            return tr("Variable %1 has no finite value within its bounds.").arg(i + 1);
    }
    if (problem.sumToOne) {
        const double sumLower = problem.lower.sum();
        const double sumUpper = problem.upper.sum();
        const double slack = 1e-12 * (1.0 + problem.lower.cwiseAbs().sum());
        if (sumLower > 1.0 + slack)
            return tr("Infeasible: the lower bounds sum to %1, above 1.").arg(sumLower);
        const double slackUpper =
            std::isfinite(sumUpper) ? 1e-12 * (1.0 + problem.upper.cwiseAbs().sum()) : 0;
        if (sumUpper < 1.0 - slackUpper)
            return tr("Infeasible: the upper bounds sum to %1, below 1.").arg(sumUpper);
    }
    return {};
}

} // namespace

QpOutcome solveQp(const QpProblem& problem)
{
    QpOutcome outcome;
    outcome.error = checkInput(problem);
    if (!outcome.error.isEmpty())
        return outcome;

    const Eigen::Index n = problem.c.size();
    const Eigen::MatrixXd symmetric = 0.5 * (problem.H + problem.H.transpose());
    Eigen::MatrixXd H = symmetric;
    {
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(symmetric, Eigen::EigenvaluesOnly);
        const double smallest = eig.eigenvalues().minCoeff();
        const double largest = eig.eigenvalues().cwiseAbs().maxCoeff();
        if (smallest < -kIndefinite * largest) {
            outcome.error =
                tr("H is not positive semidefinite (eigenvalue %1, largest %2).").arg(smallest).arg(largest);
            return outcome;
        }
        if (smallest < 0) // rounding: lift to semidefinite so every reduced Hessian is too
            H.diagonal().array() += -smallest;
    }
    const Eigen::VectorXd& c = problem.c;
    const Eigen::VectorXd& lower = problem.lower;
    const Eigen::VectorXd& upper = problem.upper;
    const auto fixedVar = [&](Eigen::Index i) { return lower(i) == upper(i); };

    // A feasible start: each variable at a finite bound (0 when it has none), then the budget's
    // deficit filled in index order; the variable filled last, part way, is free.
    Eigen::VectorXd w(n);
    std::vector<State> state(static_cast<std::size_t>(n));
    auto st = [&](Eigen::Index i) -> State& { return state[static_cast<std::size_t>(i)]; };
    for (Eigen::Index i = 0; i < n; ++i) {
        if (std::isfinite(lower(i))) {
            w(i) = lower(i);
            st(i) = State::AtLower;
        } else if (std::isfinite(upper(i))) {
            w(i) = upper(i);
            st(i) = State::AtUpper;
        } else {
            w(i) = 0;
            st(i) = State::Free;
        }
    }
    if (problem.sumToOne) {
        double deficit = 1.0 - w.sum();
        Eigen::Index lastTouched = -1;
        for (Eigen::Index i = 0; i < n && deficit != 0; ++i) {
            const double room = deficit > 0 ? upper(i) - w(i) : w(i) - lower(i);
            if (!(room > 0))
                continue;
            lastTouched = i;
            if (deficit > 0 && room <= deficit) {
                deficit -= room;
                w(i) = upper(i);
                st(i) = State::AtUpper;
            } else if (deficit < 0 && room <= -deficit) {
                deficit += room;
                w(i) = lower(i);
                st(i) = State::AtLower;
            } else {
                w(i) += deficit;
                deficit = 0;
                st(i) = State::Free;
            }
        }
        // The budget needs one free variable (the bounds alone may not fix it).
        if (std::none_of(state.begin(), state.end(), [](State s) { return s == State::Free; })) {
            Eigen::Index chosen = lastTouched;
            for (Eigen::Index i = 0; chosen < 0 && i < n; ++i)
                if (!fixedVar(i))
                    chosen = i;
            st(chosen < 0 ? 0 : chosen) = State::Free;
        }
    }

    const int maxIterations = 1000 + 50 * static_cast<int>(n);
    const double hScale = H.cwiseAbs().maxCoeff();
    const double cScale = c.cwiseAbs().maxCoeff();
    int iterations = 0;
    std::vector<int> freeVars;
    freeVars.reserve(static_cast<std::size_t>(n));
    for (;;) {
        if (iterations >= maxIterations) {
            outcome.error = tr("The active-set method did not converge in %1 iterations.").arg(maxIterations);
            return outcome;
        }
        ++iterations;
        freeVars.clear();
        for (Eigen::Index i = 0; i < n; ++i)
            if (st(i) == State::Free)
                freeVars.push_back(static_cast<int>(i));

        Eigen::VectorXd g = H * w + c;
        const auto gradientScale = [&] {
            return std::max(
                {hScale * std::max(1.0, w.cwiseAbs().maxCoeff()), cScale, g.cwiseAbs().maxCoeff()});
        };
        const Step step = freeSetStep(H, g, freeVars, problem.sumToOne, gradientScale());

        // Ratio test: the first bound the step reaches (the lowest index on a tie).
        double alpha = step.ray ? kInf : 1.0;
        Eigen::Index blocking = -1;
        State blockingState = State::Free;
        for (const int i : freeVars) {
            const double p = step.p(i);
            double ratio = kInf;
            State reached = State::Free;
            if (p < 0 && std::isfinite(lower(i))) {
                ratio = std::max(0.0, (lower(i) - w(i)) / p);
                reached = State::AtLower;
            } else if (p > 0 && std::isfinite(upper(i))) {
                ratio = std::max(0.0, (upper(i) - w(i)) / p);
                reached = State::AtUpper;
            }
            if (ratio < alpha) {
                alpha = ratio;
                blocking = i;
                blockingState = reached;
            }
        }
        if (blocking < 0 && step.ray) {
            outcome.error = tr("The objective is unbounded below on the feasible set.");
            return outcome;
        }
        w += alpha * step.p;
        if (blocking >= 0) {
            w(blocking) = blockingState == State::AtLower ? lower(blocking) : upper(blocking);
            st(blocking) = blockingState;
            continue;
        }

        // At the minimiser on the working set: the multipliers of the bounds held there decide.
        g = H * w + c;
        double budgetMultiplier = 0; // ν in g + ν1 = multipliers of the bounds
        if (problem.sumToOne && !freeVars.empty()) {
            for (const int i : freeVars)
                budgetMultiplier -= g(i);
            budgetMultiplier /= static_cast<double>(freeVars.size());
        }
        double mostNegative = -kNegligible * gradientScale();
        Eigen::Index release = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (st(i) == State::Free || fixedVar(i))
                continue;
            const double multiplier =
                st(i) == State::AtLower ? g(i) + budgetMultiplier : -(g(i) + budgetMultiplier);
            if (multiplier < mostNegative) {
                mostNegative = multiplier;
                release = i;
            }
        }
        if (release < 0)
            break;
        st(release) = State::Free;
    }

    QpResult result;
    result.w = w;
    result.objective = 0.5 * w.dot(symmetric * w) + c.dot(w);
    result.iterations = iterations;
    outcome.result = std::move(result);
    return outcome;
}

} // namespace ws::funds
