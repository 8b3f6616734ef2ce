// The QP solver and the portfolio models (models/funds/Qp, Portfolio): the active-set solver against
// a brute-force enumeration of every active set, the models against their closed forms and a grid
// search, and the FOF back-test against NAVs computed by hand.
#include "funds/Metrics.h"
#include "funds/Portfolio.h"
#include "funds/Qp.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace ws::funds;

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Brute force: every assignment of each variable to {at lower, at upper, free}; the free ones solve
// the equality-constrained problem exactly; the best feasible candidate wins.
struct Reference
{
    Eigen::VectorXd w;
    double objective = kInf;
};

Reference bruteForceQp(const QpProblem& qp)
{
    const int n = static_cast<int>(qp.c.size());
    int combos = 1;
    for (int i = 0; i < n; ++i)
        combos *= 3;
    Reference best;
    for (int code = 0; code < combos; ++code) {
        std::vector<int> states(static_cast<std::size_t>(n));
        int rest = code;
        bool usable = true;
        Eigen::VectorXd w = Eigen::VectorXd::Zero(n);
        std::vector<int> freeVars;
        for (int i = 0; i < n; ++i) {
            const int s = rest % 3;
            rest /= 3;
            if (s == 0) {
                usable = usable && std::isfinite(qp.lower(i));
                w(i) = qp.lower(i);
            } else if (s == 1) {
                usable = usable && std::isfinite(qp.upper(i));
                w(i) = qp.upper(i);
            } else {
                freeVars.push_back(i);
            }
        }
        if (!usable)
            continue;
        const auto m = static_cast<Eigen::Index>(freeVars.size());
        const Eigen::Index size = m + (qp.sumToOne ? 1 : 0);
        if (size > 0) {
            Eigen::MatrixXd kkt = Eigen::MatrixXd::Zero(size, size);
            Eigen::VectorXd rhs = Eigen::VectorXd::Zero(size);
            Eigen::VectorXd fixedPart = w;
            for (Eigen::Index a = 0; a < m; ++a) {
                const int i = freeVars[static_cast<std::size_t>(a)];
                fixedPart(i) = 0;
            }
            const Eigen::VectorXd gFixed = qp.H * fixedPart + qp.c;
            for (Eigen::Index a = 0; a < m; ++a) {
                const int i = freeVars[static_cast<std::size_t>(a)];
                for (Eigen::Index b = 0; b < m; ++b)
                    kkt(a, b) = qp.H(i, freeVars[static_cast<std::size_t>(b)]);
                rhs(a) = -gFixed(i);
                if (qp.sumToOne) {
                    kkt(a, m) = 1;
                    kkt(m, a) = 1;
                }
            }
            if (qp.sumToOne)
                rhs(m) = 1.0 - fixedPart.sum();
            const Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(kkt);
            const Eigen::VectorXd x = cod.solve(rhs);
            if ((kkt * x - rhs).norm() > 1e-9 * (1.0 + rhs.norm()))
                continue; // no stationary point on this face
            for (Eigen::Index a = 0; a < m; ++a)
                w(freeVars[static_cast<std::size_t>(a)]) = x(a);
        }
        bool feasible = !qp.sumToOne || std::abs(w.sum() - 1.0) < 1e-9;
        for (int i = 0; i < n; ++i)
            feasible = feasible && w(i) >= qp.lower(i) - 1e-9 && w(i) <= qp.upper(i) + 1e-9;
        if (!feasible)
            continue;
        const double objective = 0.5 * w.dot(qp.H * w) + qp.c.dot(w);
        if (objective < best.objective - 1e-12) {
            best.objective = objective;
            best.w = w;
        }
    }
    return best;
}

// A random problem: H = BᵀB (rank `rank`, so semidefinite when rank < n), bounds around a budget.
QpProblem randomQp(std::mt19937_64& rng, int n, int rank, bool sumToOne, bool someInfinite)
{
    std::normal_distribution<double> normal;
    std::uniform_real_distribution<double> uniform(0, 1);
    QpProblem qp;
    qp.sumToOne = sumToOne;
    Eigen::MatrixXd B(rank, n);
    for (int r = 0; r < rank; ++r)
        for (int i = 0; i < n; ++i)
            B(r, i) = normal(rng);
    qp.H = B.transpose() * B;
    qp.c.resize(n);
    qp.lower.resize(n);
    qp.upper.resize(n);
    for (;;) {
        for (int i = 0; i < n; ++i) {
            qp.c(i) = normal(rng);
            qp.lower(i) = -0.6 + 0.7 * uniform(rng);
            qp.upper(i) = qp.lower(i) + 0.05 + uniform(rng);
            if (someInfinite && uniform(rng) < 0.25)
                qp.lower(i) = -kInf;
            if (someInfinite && uniform(rng) < 0.25)
                qp.upper(i) = kInf;
        }
        if (!sumToOne || (qp.lower.sum() <= 1 && qp.upper.sum() >= 1))
            return qp;
    }
}

// KKT conditions at a solution: feasibility, and g + ν1 ≥ 0 at lower bounds, ≤ 0 at upper bounds, = 0
// between (ν the budget's multiplier, 0 without a budget).
void checkKkt(const QpProblem& qp, const Eigen::VectorXd& w, double tolerance)
{
    const Eigen::Index n = w.size();
    if (qp.sumToOne)
        QVERIFY(std::abs(w.sum() - 1.0) < 1e-10);
    for (Eigen::Index i = 0; i < n; ++i) {
        QVERIFY(w(i) >= qp.lower(i));
        QVERIFY(w(i) <= qp.upper(i));
    }
    const Eigen::VectorXd g = qp.H * w + qp.c;
    if (qp.sumToOne) { // any variable strictly between its bounds pins ν; else the widest valid ν
        double lowNu = -kInf, highNu = kInf;
        for (Eigen::Index i = 0; i < n; ++i) {
            const bool atLower = w(i) <= qp.lower(i) + 1e-12;
            const bool atUpper = w(i) >= qp.upper(i) - 1e-12;
            if (!atUpper)
                lowNu = std::max(lowNu, -g(i)); // may rise: g + ν ≥ 0
            if (!atLower)
                highNu = std::min(highNu, -g(i)); // may fall: g + ν ≤ 0
        }
        QVERIFY2(lowNu <= highNu + tolerance,
                 qPrintable(QString("nu range [%1, %2]").arg(lowNu).arg(highNu)));
    } else {
        for (Eigen::Index i = 0; i < n; ++i) {
            const bool atLower = w(i) <= qp.lower(i) + 1e-12;
            const bool atUpper = w(i) >= qp.upper(i) - 1e-12;
            if (!atLower && !atUpper)
                QVERIFY(std::abs(g(i)) < tolerance);
            else if (atLower && !atUpper)
                QVERIFY(g(i) > -tolerance);
            else if (atUpper && !atLower)
                QVERIFY(g(i) < tolerance);
        }
    }
}

Eigen::VectorXd vec(std::initializer_list<double> values)
{
    Eigen::VectorXd v(static_cast<Eigen::Index>(values.size()));
    Eigen::Index i = 0;
    for (const double x : values)
        v(i++) = x;
    return v;
}

// A positive definite covariance matrix from random factors (annualised scale).
Eigen::MatrixXd randomCovariance(std::mt19937_64& rng, int n)
{
    std::normal_distribution<double> normal;
    Eigen::MatrixXd B(n + 3, n);
    for (int r = 0; r < B.rows(); ++r)
        for (int i = 0; i < n; ++i)
            B(r, i) = 0.1 * normal(rng);
    return B.transpose() * B / static_cast<double>(n);
}

WeightBounds noBounds(int n)
{
    return {Eigen::VectorXd::Constant(n, -kInf), Eigen::VectorXd::Constant(n, kInf)};
}

// Weekdays from `first`, `count` of them.
std::vector<QDate> weekdays(QDate first, int count)
{
    std::vector<QDate> dates;
    for (QDate d = first; static_cast<int>(dates.size()) < count; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            dates.push_back(d);
    return dates;
}

// A fund growing by `rate` per date on `dates`, from NAV 1.
NavSeries constantFund(const QString& name, const std::vector<QDate>& dates, double rate)
{
    NavSeries fund{name, dates, {}};
    for (std::size_t t = 0; t < dates.size(); ++t)
        fund.navs.push_back(std::pow(1.0 + rate, static_cast<double>(t)));
    return fund;
}

NavSeries randomFund(std::mt19937_64& rng, const QString& name, const std::vector<QDate>& dates, double vol)
{
    std::normal_distribution<double> normal;
    NavSeries fund{name, dates, {1.0}};
    for (std::size_t t = 1; t < dates.size(); ++t)
        fund.navs.push_back(fund.navs.back() * (1.0 + 0.0003 + vol * normal(rng)));
    return fund;
}

} // namespace

class TestFundPortfolio : public QObject
{
    Q_OBJECT

private slots:
    void qpHandCases();
    void qpAgainstBruteForce();
    void qpSemidefiniteAgainstBruteForce();
    void qpLarge();
    void qpErrors();
    void qpStyleRegression();
    void moments();
    void minimumVarianceClosedForm();
    void meanVarianceClosedForm();
    void boundsAgainstGridSearch();
    void riskParityClosedForm();
    void blackLitterman();
    void modelIds();
    void backtestConstantReturns();
    void backtestBuyAndHold();
    void backtestCosts();
    void backtestCarryForward();
    void backtestEstimationWindow();
    void backtestErrors();
    void backtestMetrics();
};

void TestFundPortfolio::qpHandCases()
{
    // min ½(w1² + w2²) s.t. w1 + w2 = 1: w = (½, ½), objective ¼.
    QpProblem qp{Eigen::MatrixXd::Identity(2, 2), Eigen::VectorXd::Zero(2), vec({0, 0}), vec({1, 1})};
    QpOutcome out = solveQp(qp);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE_LE((out.result->w - vec({0.5, 0.5})).norm(), 1e-14);
    QCOMPARE_LE(std::abs(out.result->objective - 0.25), 1e-14);

    // A binding upper bound: w1 ≤ 0.3 pushes the rest onto w2.
    qp.upper = vec({0.3, 1});
    out = solveQp(qp);
    QVERIFY(out.ok());
    QCOMPARE_LE((out.result->w - vec({0.3, 0.7})).norm(), 1e-14);

    // A linear term against a bound: c = (−1, 0) wants w1 large; ½(w1²+w2²) − w1 with w2 = 1 − w1 has
    // its minimum at w1 = 1, at the upper bound 1 (the bound just binds: the multiplier is zero).
    qp.upper = vec({1, 1});
    qp.c = vec({-2, 0});
    out = solveQp(qp);
    QVERIFY(out.ok());
    QCOMPARE_LE((out.result->w - vec({1, 0})).norm(), 1e-14);

    // Without the budget: min ½‖w‖² − (1, −1)ᵀw on [0, 0.5]²: w = (0.5, 0).
    qp.c = vec({-1, 1});
    qp.upper = vec({0.5, 0.5});
    qp.sumToOne = false;
    out = solveQp(qp);
    QVERIFY(out.ok());
    QCOMPARE_LE((out.result->w - vec({0.5, 0})).norm(), 1e-14);

    // A linear programme (H = 0): the cheapest variable takes everything its bound allows.
    QpProblem lp{Eigen::MatrixXd::Zero(3, 3), vec({3, 1, 2}), vec({0, 0, 0}), vec({1, 0.6, 1})};
    out = solveQp(lp);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE_LE((out.result->w - vec({0, 0.6, 0.4})).norm(), 1e-14);
    QCOMPARE_LE(std::abs(out.result->objective - 1.4), 1e-14);

    // No bounds at all (±∞) with the budget: the equality-constrained minimiser, in closed form
    // w = H⁻¹(−c − ν1), ν from 1ᵀw = 1.
    Eigen::MatrixXd H(3, 3);
    H << 2, 0.5, 0, 0.5, 1, 0.2, 0, 0.2, 3;
    const Eigen::VectorXd c = vec({0.1, -0.3, 0.2});
    QpProblem free{H, c, Eigen::VectorXd::Constant(3, -kInf), Eigen::VectorXd::Constant(3, kInf)};
    out = solveQp(free);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const Eigen::VectorXd hInvC = H.ldlt().solve(c);
    const Eigen::VectorXd hInvOne = H.ldlt().solve(Eigen::VectorXd::Ones(3));
    const double nu = (-1.0 - hInvC.sum()) / hInvOne.sum();
    const Eigen::VectorXd expected = -hInvC - nu * hInvOne;
    QCOMPARE_LE((out.result->w - expected).norm(), 1e-13);

    // Equal bounds fix a variable; all fixed but the budget still holds.
    QpProblem fixed{Eigen::MatrixXd::Identity(3, 3), vec({5, -5, 0}), vec({0.2, 0, 0}), vec({0.2, 1, 1})};
    out = solveQp(fixed);
    QVERIFY(out.ok());
    QCOMPARE_LE((out.result->w - vec({0.2, 0.8, 0})).norm(), 1e-14);
    QpProblem pinned{Eigen::MatrixXd::Identity(2, 2), vec({1, -1}), vec({0.4, 0.6}), vec({0.4, 0.6})};
    out = solveQp(pinned);
    QVERIFY(out.ok());
    QCOMPARE_LE((out.result->w - vec({0.4, 0.6})).norm(), 1e-15);

    // A semidefinite H with a tie: ½(w1 + w2)² is constant on the budget, so every feasible point
    // is optimal; the answer is deterministic and feasible.
    QpProblem tie{Eigen::MatrixXd::Ones(2, 2), Eigen::VectorXd::Zero(2), vec({0, 0}), vec({1, 1})};
    out = solveQp(tie);
    QVERIFY(out.ok());
    const QpOutcome again = solveQp(tie);
    QCOMPARE(out.result->w, again.result->w);
    QCOMPARE_LE(std::abs(out.result->objective - 0.5), 1e-14);
}

void TestFundPortfolio::qpAgainstBruteForce()
{
    std::mt19937_64 rng(20261204);
    int compared = 0;
    for (int trial = 0; trial < 1500; ++trial) {
        const int n = 1 + trial % 6;
        const bool sumToOne = trial % 3 != 0;
        const bool someInfinite = trial % 5 == 0;
        const QpProblem qp = randomQp(rng, n, n + 1, sumToOne, someInfinite);
        const Reference ref = bruteForceQp(qp);
        const QpOutcome out = solveQp(qp);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QVERIFY(std::isfinite(ref.objective));
        QVERIFY2(
            (out.result->w - ref.w).norm() < 1e-9,
            qPrintable(
                QString("trial %1 n %2: distance %3").arg(trial).arg(n).arg((out.result->w - ref.w).norm())));
        QVERIFY(std::abs(out.result->objective - ref.objective) < 1e-10 * (1 + std::abs(ref.objective)));
        checkKkt(qp, out.result->w, 1e-9);
        ++compared;
    }
    QCOMPARE(compared, 1500);
}

void TestFundPortfolio::qpSemidefiniteAgainstBruteForce()
{
    // Rank-deficient H: several minimisers possible, so the objective is compared (and the solver's
    // answer must be feasible and satisfy the KKT conditions). Bounds finite, so never unbounded.
    std::mt19937_64 rng(7);
    for (int trial = 0; trial < 1200; ++trial) {
        const int n = 2 + trial % 5;
        const int rank = trial % n; // 0 (a linear programme) … n − 1
        const QpProblem qp = randomQp(rng, n, rank, trial % 4 != 0, false);
        const Reference ref = bruteForceQp(qp);
        const QpOutcome out = solveQp(qp);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QVERIFY2(std::abs(out.result->objective - ref.objective) < 1e-9 * (1 + std::abs(ref.objective)),
                 qPrintable(
                     QString("trial %1: %2 vs %3").arg(trial).arg(out.result->objective).arg(ref.objective)));
        checkKkt(qp, out.result->w, 1e-8);
        // Deterministic: the same input gives the same answer.
        QCOMPARE(solveQp(qp).result->w, out.result->w);
    }
    // Larger rank-deficient problems, where enumeration is out of reach: the KKT conditions.
    for (int trial = 0; trial < 40; ++trial) {
        const int n = 10 + 5 * (trial % 8);
        const QpProblem qp = randomQp(rng, n, trial % 3 == 0 ? 0 : n / 2, trial % 4 != 0, false);
        const QpOutcome out = solveQp(qp);
        QVERIFY2(out.ok(), qPrintable(out.error));
        checkKkt(qp, out.result->w, 1e-8);
    }
}

void TestFundPortfolio::qpLarge()
{
    // n = 120, long-only with a cap: the KKT conditions hold at the answer; a cap that binds everywhere
    // it is reached.
    std::mt19937_64 rng(99);
    std::normal_distribution<double> normal;
    const int n = 120;
    Eigen::MatrixXd B(150, n);
    for (int r = 0; r < B.rows(); ++r)
        for (int i = 0; i < n; ++i)
            B(r, i) = normal(rng);
    QpProblem qp{B.transpose() * B / 150.0, Eigen::VectorXd(n), Eigen::VectorXd::Zero(n),
                 Eigen::VectorXd::Constant(n, 0.05)};
    for (int i = 0; i < n; ++i)
        qp.c(i) = normal(rng);
    const QpOutcome out = solveQp(qp);
    QVERIFY2(out.ok(), qPrintable(out.error));
    checkKkt(qp, out.result->w, 1e-10);
}

void TestFundPortfolio::qpErrors()
{
    const Eigen::MatrixXd I = Eigen::MatrixXd::Identity(2, 2);
    const Eigen::VectorXd zero = Eigen::VectorXd::Zero(2);
    QVERIFY(!solveQp({I, zero, vec({0.6, 0.6}), vec({1, 1})}).ok()); // Σ lower > 1
    QVERIFY(solveQp({I, zero, vec({0.6, 0.6}), vec({1, 1})}).error.contains("lower bounds sum"));
    QVERIFY(solveQp({I, zero, vec({0, 0}), vec({0.4, 0.4})}).error.contains("upper bounds sum"));
    QVERIFY(solveQp({I, zero, vec({0.5, 0}), vec({0.4, 1})}).error.contains("above its upper bound"));
    QVERIFY(solveQp({I, vec({std::nan(""), 0}), zero, vec({1, 1})}).error.contains("NaN"));
    QVERIFY(solveQp({I, vec({kInf, 0}), zero, vec({1, 1})}).error.contains("infinite"));
    QVERIFY(solveQp({I, zero, vec({std::nan(""), 0}), vec({1, 1})}).error.contains("NaN"));
    QVERIFY(solveQp({I, Eigen::VectorXd::Zero(3), zero, vec({1, 1})}).error.contains("Mismatched"));
    QVERIFY(solveQp({Eigen::MatrixXd(0, 0), Eigen::VectorXd(0), Eigen::VectorXd(0), Eigen::VectorXd(0)})
                .error.contains("no variables"));
    Eigen::MatrixXd indefinite(2, 2);
    indefinite << 1, 0, 0, -1;
    QVERIFY(solveQp({indefinite, zero, zero, vec({1, 1})}).error.contains("not positive semidefinite"));
    // A linear objective with no lower bound runs away.
    QVERIFY(solveQp({Eigen::MatrixXd::Zero(2, 2), vec({1, 0}), vec({-kInf, -kInf}), vec({kInf, kInf})})
                .error.contains("unbounded"));
    // Rounding below zero is tolerated: a rank-one H with a −1e−17 eigenvalue.
    Eigen::MatrixXd rounding = Eigen::MatrixXd::Ones(2, 2);
    rounding(0, 0) -= 1e-17;
    QVERIFY(solveQp({rounding, zero, zero, vec({1, 1})}).ok());
}

void TestFundPortfolio::qpStyleRegression()
{
    // Returns-based style analysis at daily scale: y = X w_true exactly, w_true on the simplex with
    // zeros, min ½‖y − Xw‖² = ½ wᵀ(XᵀX)w − (Xᵀy)ᵀw recovers w_true to 1e-9. Also n = 200 funds.
    std::mt19937_64 rng(12);
    std::normal_distribution<double> normal;
    for (const int n : {8, 40, 200}) {
        const int T = n < 100 ? 250 : 260;
        Eigen::MatrixXd X(T, n);
        for (int t = 0; t < T; ++t)
            for (int i = 0; i < n; ++i)
                X(t, i) = 0.01 * normal(rng);
        Eigen::VectorXd truth = Eigen::VectorXd::Zero(n);
        for (int i = 0; i < n; i += 3)
            truth(i) = 1.0 + i % 5;
        truth /= truth.sum();
        const Eigen::VectorXd y = X * truth;
        const QpProblem qp{X.transpose() * X, -(X.transpose() * y), Eigen::VectorXd::Zero(n),
                           Eigen::VectorXd::Ones(n)};
        const QpOutcome out = solveQp(qp);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QVERIFY2((out.result->w - truth).cwiseAbs().maxCoeff() < 1e-9,
                 qPrintable(QString("n %1: %2").arg(n).arg((out.result->w - truth).cwiseAbs().maxCoeff())));
    }
}

void TestFundPortfolio::moments()
{
    Eigen::MatrixXd R(3, 2);
    R << 0.01, 0.02, 0.03, -0.01, -0.01, 0.02;
    // Means 0.01 and 0.01; deviations (0, .02, −.02) and (.01, −.02, .01); divisor T − 1 = 2; × P = 12.
    const MomentsOutcome out = estimateMoments(R, 12);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE_LE((out.moments->mean - vec({0.12, 0.12})).norm(), 1e-15);
    Eigen::MatrixXd expected(2, 2);
    expected << 12 * 4e-4, 12 * -3e-4, 12 * -3e-4, 12 * 3e-4;
    QCOMPARE_LE((out.moments->covariance - expected).norm(), 1e-16);
    QVERIFY(estimateMoments(R.topRows(1)).error.contains("too few"));
    QVERIFY(estimateMoments(Eigen::MatrixXd(3, 0)).error.contains("no funds"));
    R(1, 1) = std::nan("");
    QVERIFY(estimateMoments(R).error.contains("NaN"));
}

void TestFundPortfolio::minimumVarianceClosedForm()
{
    std::mt19937_64 rng(3);
    for (int n = 1; n <= 8; ++n) {
        const Eigen::MatrixXd sigma = randomCovariance(rng, n);
        const WeightsOutcome out = minimumVariance(sigma, noBounds(n));
        QVERIFY2(out.ok(), qPrintable(out.error));
        const Eigen::VectorXd inverseOne = sigma.inverse() * Eigen::VectorXd::Ones(n);
        const Eigen::VectorXd expected = inverseOne / inverseOne.sum();
        QVERIFY2((*out.weights - expected).norm() < 1e-10, qPrintable(QString::number(n)));
    }
}

void TestFundPortfolio::meanVarianceClosedForm()
{
    std::mt19937_64 rng(4);
    std::normal_distribution<double> normal;
    for (int n = 1; n <= 8; ++n) {
        const Eigen::MatrixXd sigma = randomCovariance(rng, n);
        Eigen::VectorXd mu(n);
        for (int i = 0; i < n; ++i)
            mu(i) = 0.05 + 0.05 * normal(rng);
        const double lambda = 1.0 + n;
        const WeightsOutcome out = meanVariance(mu, sigma, lambda, noBounds(n));
        QVERIFY2(out.ok(), qPrintable(out.error));
        // w = Σ⁻¹(μ − γ1)/λ with 1ᵀw = 1: γ = (1ᵀΣ⁻¹μ − λ) / 1ᵀΣ⁻¹1.
        const Eigen::MatrixXd inverse = sigma.inverse();
        const double gamma = ((inverse * mu).sum() - lambda) / inverse.sum();
        const Eigen::VectorXd expected = inverse * (mu - gamma * Eigen::VectorXd::Ones(n)) / lambda;
        QVERIFY2((*out.weights - expected).norm() < 1e-10, qPrintable(QString::number(n)));
    }
    QVERIFY(meanVariance(vec({0.1}), Eigen::MatrixXd::Identity(1, 1), 0).error.contains("risk aversion"));
    QVERIFY(
        meanVariance(vec({0.1, 0.2}), Eigen::MatrixXd::Identity(1, 1), 1).error.contains("expected returns"));
    QVERIFY(meanVariance(vec({0.1, 0.2}), Eigen::MatrixXd::Identity(2, 2), 1, {vec({0.6, 0.6}), {}})
                .error.contains("lower bounds sum"));
    QVERIFY(meanVariance(vec({0.1, 0.2}), Eigen::MatrixXd::Identity(2, 2), 1, {vec({0.0}), {}})
                .error.contains("bounds have"));
}

void TestFundPortfolio::boundsAgainstGridSearch()
{
    // Three funds, bounds that bind; a grid over (w1, w2) with w3 = 1 − w1 − w2 in steps of 0.0005.
    std::mt19937_64 rng(5);
    const Eigen::MatrixXd sigma = randomCovariance(rng, 3);
    const Eigen::VectorXd mu = vec({0.25, 0.04, 0.01});
    const WeightBounds bounds{vec({0.1, 0.1, 0.05}), vec({0.5, 0.6, 0.6})};
    const double lambda = 2;
    for (const bool withMean : {true, false}) {
        const auto utility = [&](const Eigen::VectorXd& w) {
            return (withMean ? mu.dot(w) : 0.0) - 0.5 * lambda * w.dot(sigma * w);
        };
        const WeightsOutcome out =
            withMean ? meanVariance(mu, sigma, lambda, bounds) : minimumVariance(sigma, bounds);
        QVERIFY2(out.ok(), qPrintable(out.error));
        const Eigen::VectorXd& w = *out.weights;
        for (int i = 0; i < 3; ++i) {
            QVERIFY(w(i) >= bounds.lower(i) && w(i) <= bounds.upper(i));
        }
        QCOMPARE_LE(std::abs(w.sum() - 1.0), 1e-14);
        const double step = 0.0005;
        Eigen::VectorXd best;
        double bestUtility = -kInf;
        for (int a = 0; a <= 2000; ++a)
            for (int b = 0; b <= 2000; ++b) {
                const Eigen::VectorXd g = vec({a * step, b * step, 1.0 - (a + b) * step});
                bool feasible = true;
                for (int i = 0; i < 3; ++i)
                    feasible = feasible && g(i) >= bounds.lower(i) - 1e-12 && g(i) <= bounds.upper(i) + 1e-12;
                if (feasible && utility(g) > bestUtility) {
                    bestUtility = utility(g);
                    best = g;
                }
            }
        QVERIFY(utility(w) >= bestUtility - 1e-12);
        QVERIFY2((w - best).cwiseAbs().maxCoeff() <= 2 * step,
                 qPrintable(QString("%1 %2 %3").arg(w(0)).arg(w(1)).arg(w(2))));
        // The same bounds bind (a grid point on a bound is exactly on it).
        int binding = 0;
        for (int i = 0; i < 3; ++i) {
            const bool solverLow = std::abs(w(i) - bounds.lower(i)) < 1e-12;
            const bool solverHigh = std::abs(w(i) - bounds.upper(i)) < 1e-12;
            QCOMPARE(solverLow, std::abs(best(i) - bounds.lower(i)) < 1e-9);
            QCOMPARE(solverHigh, std::abs(best(i) - bounds.upper(i)) < 1e-9);
            binding += solverLow || solverHigh;
        }
        if (withMean)
            QVERIFY(binding >= 1); // the test is about bounds: one must bind
    }
}

void TestFundPortfolio::riskParityClosedForm()
{
    // Diagonal Σ: w ∝ 1/σ.
    const Eigen::VectorXd vols = vec({0.05, 0.1, 0.2, 0.4});
    Eigen::MatrixXd diagonal = vols.cwiseProduct(vols).asDiagonal();
    WeightsOutcome out = riskParity(diagonal);
    QVERIFY2(out.ok(), qPrintable(out.error));
    Eigen::VectorXd expected = vols.cwiseInverse() / vols.cwiseInverse().sum();
    QCOMPARE_LE((*out.weights - expected).norm(), 1e-12);

    // Two funds, any correlation: w ∝ 1/σ.
    for (const double rho : {-0.95, -0.3, 0.0, 0.5, 0.99}) {
        const double s1 = 0.1, s2 = 0.35;
        Eigen::MatrixXd sigma(2, 2);
        sigma << s1 * s1, rho * s1 * s2, rho * s1 * s2, s2 * s2;
        out = riskParity(sigma);
        QVERIFY2(out.ok(), qPrintable(out.error));
        QCOMPARE_LE(std::abs((*out.weights)(0) - (1 / s1) / (1 / s1 + 1 / s2)), 1e-12);
    }

    // Random Σ (daily scale as well): equal contributions to 1e-10, every weight positive.
    std::mt19937_64 rng(6);
    for (int n = 2; n <= 30; n += 4) {
        for (const double scale : {1.0, 1.0 / 252}) {
            const Eigen::MatrixXd sigma = scale * randomCovariance(rng, n);
            out = riskParity(sigma);
            QVERIFY2(out.ok(), qPrintable(out.error));
            const Eigen::VectorXd& w = *out.weights;
            QCOMPARE_LE(std::abs(w.sum() - 1.0), 1e-14);
            QVERIFY(w.minCoeff() > 0);
            const Eigen::VectorXd contributions = w.cwiseProduct(sigma * w) / w.dot(sigma * w);
            QCOMPARE_LE((contributions.array() - 1.0 / n).abs().maxCoeff(), 1e-10);
        }
    }
    Eigen::MatrixXd zeroVariance = Eigen::MatrixXd::Identity(2, 2);
    zeroVariance(1, 1) = 0;
    QVERIFY(riskParity(zeroVariance).error.contains("fund 2"));
}

void TestFundPortfolio::blackLitterman()
{
    std::mt19937_64 rng(8);
    const int n = 4;
    const Eigen::MatrixXd sigma = randomCovariance(rng, n);
    BlackLittermanSpec spec;
    spec.marketWeights = vec({0.4, 0.3, 0.2, 0.1});
    spec.riskAversion = 2.5;
    spec.tau = 0.05;

    // No views: the posterior is the prior Π = δΣw_mkt, and mean-variance on it gives back w_mkt.
    BlackLittermanOutcome out = ws::funds::blackLitterman(sigma, spec, noBounds(n));
    QVERIFY2(out.ok(), qPrintable(out.error));
    const Eigen::VectorXd pi = 2.5 * sigma * spec.marketWeights;
    QCOMPARE_LE((out.result->prior - pi).norm(), 1e-15);
    QCOMPARE_LE((out.result->posterior - pi).norm(), 1e-15);
    QCOMPARE_LE((out.result->weights - spec.marketWeights).norm(), 1e-10);
    out = ws::funds::blackLitterman(sigma, spec); // default long-only bounds do not bind here
    QCOMPARE_LE((out.result->weights - spec.marketWeights).norm(), 1e-10);

    // A certain view (Ω = 0) holds exactly in the posterior: absolute, then relative.
    spec.views = {{vec({1, 0, 0, 0}), 0.12, 0.0}};
    out = ws::funds::blackLitterman(sigma, spec, noBounds(n));
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE_LE(std::abs(out.result->posterior(0) - 0.12), 1e-14);
    spec.views = {{vec({0, 1, -1, 0}), 0.03, 0.0}};
    out = ws::funds::blackLitterman(sigma, spec, noBounds(n));
    QCOMPARE_LE(std::abs(out.result->posterior(1) - out.result->posterior(2) - 0.03), 1e-14);

    // Uncertain views against the textbook formula [(τΣ)⁻¹ + PᵀΩ⁻¹P]⁻¹[(τΣ)⁻¹Π + PᵀΩ⁻¹Q], with Ω given
    // and with the He–Litterman default Ω = diag(τ P Σ Pᵀ).
    for (const bool defaultOmega : {false, true}) {
        spec.views = {{vec({1, 0, 0, 0}), 0.12, 0.002}, {vec({0, 1, 0, -1}), 0.03, 0.001}};
        if (defaultOmega)
            for (View& v : spec.views)
                v.variance.reset();
        out = ws::funds::blackLitterman(sigma, spec, noBounds(n));
        QVERIFY2(out.ok(), qPrintable(out.error));
        Eigen::MatrixXd P(2, n);
        P.row(0) = spec.views[0].pick.transpose();
        P.row(1) = spec.views[1].pick.transpose();
        const Eigen::VectorXd Q = vec({0.12, 0.03});
        Eigen::MatrixXd omega = Eigen::MatrixXd::Zero(2, 2);
        for (int k = 0; k < 2; ++k)
            omega(k, k) = defaultOmega ? spec.tau * (P.row(k) * sigma * P.row(k).transpose())(0, 0)
                                       : *spec.views[static_cast<std::size_t>(k)].variance;
        const Eigen::MatrixXd tauSigmaInv = (spec.tau * sigma).inverse();
        const Eigen::MatrixXd precision = tauSigmaInv + P.transpose() * omega.inverse() * P;
        const Eigen::VectorXd expected =
            precision.inverse() * (tauSigmaInv * pi + P.transpose() * omega.inverse() * Q);
        QCOMPARE_LE((out.result->posterior - expected).norm(), 1e-12);
        // Its weights are mean-variance on μ_BL with risk aversion δ.
        const WeightsOutcome mv = meanVariance(expected, sigma, 2.5, noBounds(n));
        QCOMPARE_LE((out.result->weights - *mv.weights).norm(), 1e-9);
    }

    // Errors: two certain views saying the same thing; a view of the wrong size; bad market weights.
    spec.views = {{vec({1, 0, 0, 0}), 0.1, 0.0}, {vec({2, 0, 0, 0}), 0.2, 0.0}};
    QVERIFY(ws::funds::blackLitterman(sigma, spec).error.contains("redundant"));
    spec.views = {{vec({1, 0, 0}), 0.1, {}}};
    QVERIFY(ws::funds::blackLitterman(sigma, spec).error.contains("View 1"));
    spec.views.clear();
    spec.marketWeights = vec({0.5, 0.5, 0.5, 0.5});
    QVERIFY(ws::funds::blackLitterman(sigma, spec).error.contains("sum to 1"));
}

void TestFundPortfolio::modelIds()
{
    const QStringList ids{"ew", "minvar", "mv", "rp", "bl"};
    QCOMPARE(static_cast<int>(portfolioModels().size()), 5);
    for (std::size_t i = 0; i < portfolioModels().size(); ++i) {
        const PortfolioModel model = portfolioModels()[i];
        QCOMPARE(modelId(model), ids[static_cast<qsizetype>(i)]);
        QCOMPARE(parseModel(modelId(model)), model);
        QVERIFY(!modelName(model).isEmpty());
    }
    QCOMPARE(parseModel(" MinVar "), PortfolioModel::MinimumVariance);
    QCOMPARE(modelName(PortfolioModel::RiskParity), QString("Risk parity"));
    QVERIFY(!parseModel("markowitz").has_value());
    QVERIFY(!parseModel("").has_value());
    QCOMPARE(modelIdList(), QString("ew, minvar, mv, rp, bl"));
    QCOMPARE(parseRebalance("Quarterly"), RebalanceFrequency::Quarterly);
    QCOMPARE(rebalanceId(RebalanceFrequency::SemiAnnual), QString("semiannual"));
    QVERIFY(!parseRebalance("weekly").has_value());
}

namespace {

// Two funds at constant rates a and b per date, equal weight rebalanced monthly, from 1.0: between
// rebalances at r the FOF is V_r (½(1+a)^(t−r) + ½(1+b)^(t−r)); each rebalance resets r. With a cost
// rate k per unit of turnover the NAV on a rebalance loses k·turnover of itself.
struct HandFof
{
    std::vector<double> navs;
    std::vector<std::size_t> rebalanceIndices;
    std::vector<double> turnovers;
};

HandFof handEqualWeight(const std::vector<QDate>& dates, double a, double b, bool monthly, double costRate)
{
    HandFof hand;
    double base = 1.0;
    std::size_t r = 0;
    for (std::size_t t = 0; t < dates.size(); ++t) {
        const auto k = static_cast<double>(t - r);
        const double growA = 0.5 * std::pow(1 + a, k);
        const double growB = 0.5 * std::pow(1 + b, k);
        double value = base * (growA + growB);
        if (monthly && t > 0 && dates[t].month() != dates[t - 1].month()) {
            const double turnover =
                std::abs(0.5 - growA / (growA + growB)) + std::abs(0.5 - growB / (growA + growB));
            value -= costRate * turnover * value;
            hand.rebalanceIndices.push_back(t);
            hand.turnovers.push_back(turnover);
            base = value;
            r = t;
        }
        hand.navs.push_back(value);
    }
    return hand;
}

} // namespace

void TestFundPortfolio::backtestConstantReturns()
{
    const std::vector<QDate> dates = weekdays(QDate(2024, 1, 2), 70);
    const std::vector<NavSeries> pool{constantFund("A", dates, 0.002), constantFund("B", dates, -0.001)};
    BacktestSpec spec;
    spec.start = dates.front();
    spec.end = dates.back();
    spec.rebalance = RebalanceFrequency::Monthly;
    const BacktestOutcome out = runBacktest(pool, spec);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const HandFof hand = handEqualWeight(dates, 0.002, -0.001, true, 0);
    const BacktestResult& r = *out.result;
    QCOMPARE(r.nav.dates, dates);
    QCOMPARE(r.nav.navs.front(), 1.0);
    for (std::size_t t = 0; t < dates.size(); ++t)
        QVERIFY2(std::abs(r.nav.navs[t] - hand.navs[t]) < 1e-14, qPrintable(dates[t].toString(Qt::ISODate)));
    // The initial purchase, then the first weekday of February, March and April.
    QCOMPARE(r.rebalances.size(), std::size_t{4});
    QCOMPARE(r.rebalances[1].date, QDate(2024, 2, 1));
    QCOMPARE(r.rebalances[2].date, QDate(2024, 3, 1));
    QCOMPARE(r.rebalances[3].date, QDate(2024, 4, 1));
    for (std::size_t k = 1; k < 4; ++k) {
        QCOMPARE(r.rebalances[k].date, dates[hand.rebalanceIndices[k - 1]]);
        QCOMPARE_LE(std::abs(r.rebalances[k].turnover - hand.turnovers[k - 1]), 1e-15);
        QCOMPARE_LE((r.rebalances[k].weights - vec({0.5, 0.5})).norm(), 1e-15);
    }
    QCOMPARE(r.totalCost, 0.0);
    // The drift since 1 April (k dates): ½(1+a)^k : ½(1+b)^k.
    const double k = static_cast<double>(dates.size() - 1 - hand.rebalanceIndices.back());
    const double drifted = std::pow(1.002, k) / (std::pow(1.002, k) + std::pow(0.999, k));
    QCOMPARE_LE(std::abs(r.finalWeights(0) - drifted), 1e-14);
}

void TestFundPortfolio::backtestBuyAndHold()
{
    std::mt19937_64 rng(10);
    const std::vector<QDate> dates = weekdays(QDate(2023, 6, 1), 200);
    const std::vector<NavSeries> pool{randomFund(rng, "A", dates, 0.01), randomFund(rng, "B", dates, 0.02),
                                      randomFund(rng, "C", dates, 0.005)};
    BacktestSpec spec;
    spec.start = dates[50];
    spec.end = dates[180];
    spec.rebalance = RebalanceFrequency::None;
    spec.costBps = 30; // never charged: nothing is traded after the purchase
    const BacktestOutcome out = runBacktest(pool, spec);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const BacktestResult& r = *out.result;
    QCOMPARE(r.nav.size(), std::size_t{131});
    QCOMPARE(r.rebalances.size(), std::size_t{1});
    QCOMPARE(r.totalCost, 0.0);
    for (std::size_t t = 50; t <= 180; ++t) {
        double hold = 0;
        for (const NavSeries& f : pool)
            hold += f.navs[t] / f.navs[50] / 3.0;
        QVERIFY(std::abs(r.nav.navs[t - 50] - hold) < 1e-14);
    }
    for (int i = 0; i < 3; ++i) {
        const NavSeries& f = pool[static_cast<std::size_t>(i)];
        QCOMPARE_LE(std::abs(r.finalWeights(i) - f.navs[180] / f.navs[50] / 3.0 / r.nav.navs.back()), 1e-14);
    }
}

void TestFundPortfolio::backtestCosts()
{
    const std::vector<QDate> dates = weekdays(QDate(2024, 1, 2), 70);
    const std::vector<NavSeries> pool{constantFund("A", dates, 0.002), constantFund("B", dates, -0.001)};
    BacktestSpec spec;
    spec.start = dates.front();
    spec.end = dates.back();
    spec.rebalance = RebalanceFrequency::Monthly;
    const BacktestOutcome free = runBacktest(pool, spec);
    spec.costBps = 25;
    const BacktestOutcome charged = runBacktest(pool, spec);
    QVERIFY(free.ok() && charged.ok());
    const BacktestResult& c = *charged.result;
    const HandFof hand = handEqualWeight(dates, 0.002, -0.001, true, 25e-4);
    for (std::size_t t = 0; t < dates.size(); ++t)
        QVERIFY(std::abs(c.nav.navs[t] - hand.navs[t]) < 1e-14);
    // On a rebalance the NAV is the drifted value less exactly the charged cost.
    double factor = 1.0;
    double total = 0;
    for (std::size_t k = 1; k < c.rebalances.size(); ++k) {
        const Rebalance& trade = c.rebalances[k];
        const std::size_t t = hand.rebalanceIndices[k - 1];
        // The pre-trade value: the free run's NAV there times the costs charged so far.
        const double preTrade = free.result->nav.navs[t] * factor;
        QCOMPARE_LE(std::abs(trade.cost - 25e-4 * trade.turnover * preTrade), 1e-16);
        QCOMPARE_LE(std::abs(c.nav.navs[t] - (preTrade - trade.cost)), 1e-14);
        factor *= 1 - 25e-4 * trade.turnover;
        total += trade.cost;
    }
    QVERIFY(total > 0);
    QCOMPARE_LE(std::abs(c.totalCost - total), 1e-16);
    QCOMPARE_LE(std::abs(c.nav.navs.back() - free.result->nav.navs.back() * factor), 1e-14);
}

void TestFundPortfolio::backtestCarryForward()
{
    const std::vector<QDate> dates = weekdays(QDate(2024, 1, 2), 40);
    const NavSeries a = constantFund("A", dates, 0.001);
    // B (a QDII fund) misses 10 and 11 January and 1 February.
    std::vector<QDate> bDates;
    for (const QDate d : dates)
        if (d != QDate(2024, 1, 10) && d != QDate(2024, 1, 11) && d != QDate(2024, 2, 1))
            bDates.push_back(d);
    const NavSeries b = constantFund("B", bDates, 0.003);
    BacktestSpec spec;
    spec.start = dates.front();
    spec.end = dates.back();
    spec.rebalance = RebalanceFrequency::Monthly;
    BacktestOutcome out = runBacktest(std::vector<NavSeries>{a, b}, spec);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const BacktestResult& r = *out.result;
    QCOMPARE(r.nav.dates, dates); // the union calendar
    // On 11 January (index 7), B still has its 9 January NAV (its index 5): ½·1.001⁷ + ½·1.003⁵.
    QCOMPARE(dates[7], QDate(2024, 1, 11));
    QCOMPARE_LE(std::abs(r.nav.navs[7] - (0.5 * std::pow(1.001, 7) + 0.5 * std::pow(1.003, 5))), 1e-14);
    QCOMPARE_LE(std::abs(r.nav.navs[8] - (0.5 * std::pow(1.001, 8) + 0.5 * std::pow(1.003, 6))), 1e-14);
    // February's rebalance waits for the first date both funds have: 2 February, not the 1st.
    QCOMPARE(r.rebalances.size(), std::size_t{2});
    QCOMPARE(r.rebalances[1].date, QDate(2024, 2, 2));
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY(r.warnings[0].contains("B") && r.warnings[0].contains("3 dates"));

    // Ten consecutive carried dates are allowed, eleven are not.
    const auto withGap = [&](int missing) {
        std::vector<QDate> gapDates;
        for (std::size_t t = 0; t < dates.size(); ++t)
            if (t < 10 || t >= 10 + static_cast<std::size_t>(missing))
                gapDates.push_back(dates[t]);
        return constantFund("QDII", gapDates, 0.001);
    };
    QVERIFY(runBacktest(std::vector<NavSeries>{a, withGap(10)}, spec).ok());
    out = runBacktest(std::vector<NavSeries>{a, withGap(11)}, spec);
    QVERIFY(!out.ok());
    QVERIFY2(out.error.contains("QDII") && out.error.contains(dates[20].toString(Qt::ISODate)),
             qPrintable(out.error));

    // A fund whose first NAV is after the start date.
    const NavSeries late = constantFund("Late", std::vector<QDate>(dates.begin() + 3, dates.end()), 0.001);
    out = runBacktest(std::vector<NavSeries>{a, late}, spec);
    QVERIFY(!out.ok());
    QVERIFY2(out.error.contains("Late") && out.error.contains("start"), qPrintable(out.error));
    // Starting on a holiday of the fund is fine: it carries its earlier NAV.
    spec.start = QDate(2024, 1, 6); // a Saturday: the first calendar date is Monday the 8th
    out = runBacktest(std::vector<NavSeries>{a, b}, spec);
    QVERIFY(out.ok());
    QCOMPARE(out.result->nav.dates.front(), QDate(2024, 1, 8));
}

void TestFundPortfolio::backtestEstimationWindow()
{
    // Minimum variance rebalanced quarterly on 60-return windows: every rebalance's weights equal the
    // model on the moments of the 60 returns up to and including the rebalance date, computed here.
    std::mt19937_64 rng(11);
    const std::vector<QDate> dates = weekdays(QDate(2023, 1, 2), 400);
    const std::vector<NavSeries> pool{randomFund(rng, "A", dates, 0.01), randomFund(rng, "B", dates, 0.02),
                                      randomFund(rng, "C", dates, 0.015)};
    BacktestSpec spec;
    spec.start = dates[100];
    spec.end = dates.back();
    spec.model.model = PortfolioModel::MinimumVariance;
    spec.rebalance = RebalanceFrequency::Quarterly;
    spec.lookbackReturns = 60;
    spec.bounds = {vec({0.1, 0.1, 0.1}), vec({0.7, 0.7, 0.7})};
    const BacktestOutcome out = runBacktest(pool, spec);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QCOMPARE(out.result->rebalances.size(), std::size_t{6}); // 2023-05-22, then Q3 2023 … Q4 2024
    for (const Rebalance& trade : out.result->rebalances) {
        const auto u =
            static_cast<std::size_t>(std::find(dates.begin(), dates.end(), trade.date) - dates.begin());
        if (&trade != &out.result->rebalances.front()) {
            QCOMPARE(trade.date.day() <= 3, true); // the first weekday of a quarter
            QCOMPARE((trade.date.month() - 1) % 3, 0);
        }
        Eigen::MatrixXd sigma = Eigen::MatrixXd::Zero(3, 3);
        Eigen::VectorXd mean = Eigen::VectorXd::Zero(3);
        std::vector<Eigen::VectorXd> rows;
        for (std::size_t t = u - 59; t <= u; ++t) {
            Eigen::VectorXd row(3);
            for (int i = 0; i < 3; ++i) {
                const NavSeries& f = pool[static_cast<std::size_t>(i)];
                row(i) = f.navs[t] / f.navs[t - 1] - 1;
            }
            rows.push_back(row);
            mean += row / 60.0;
        }
        for (const Eigen::VectorXd& row : rows)
            sigma += 252.0 * (row - mean) * (row - mean).transpose() / 59.0;
        const WeightsOutcome expected = minimumVariance(sigma, spec.bounds);
        QVERIFY((trade.weights - *expected.weights).norm() < 1e-10);
    }
    // A look-back longer than the history names the fund.
    spec.lookbackReturns = 150;
    const BacktestOutcome tooLong = runBacktest(pool, spec);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error.contains("A has 100 returns") && tooLong.error.contains("150"),
             qPrintable(tooLong.error));
}

void TestFundPortfolio::backtestErrors()
{
    const std::vector<QDate> dates = weekdays(QDate(2024, 1, 2), 40);
    const std::vector<NavSeries> pool{constantFund("A", dates, 0.001), constantFund("B", dates, 0.002)};
    BacktestSpec spec;
    spec.start = dates.front();
    spec.end = dates.back();
    QVERIFY(runBacktest({}, spec).error.contains("no funds"));
    BacktestSpec reversed = spec;
    std::swap(reversed.start, reversed.end);
    QVERIFY(runBacktest(pool, reversed).error.contains("start date"));
    BacktestSpec negative = spec;
    negative.costBps = -1;
    QVERIFY(runBacktest(pool, negative).error.contains("cost"));
    BacktestSpec oneDate = spec;
    oneDate.end = oneDate.start;
    QVERIFY(runBacktest(pool, oneDate).error.contains("fewer than two"));
    BacktestSpec badBounds = spec;
    badBounds.bounds = {vec({0}), {}};
    QVERIFY(runBacktest(pool, badBounds).error.contains("bounds"));
    // The model's own error, with the rebalance date.
    std::vector<NavSeries> longer{constantFund("A", weekdays(QDate(2023, 1, 2), 300), 0.001),
                                  constantFund("B", weekdays(QDate(2023, 1, 2), 300), 0.002)};
    BacktestSpec infeasible;
    infeasible.start = longer[0].dates[100];
    infeasible.end = longer[0].dates.back();
    infeasible.model.model = PortfolioModel::MeanVariance;
    infeasible.lookbackReturns = 20;
    infeasible.bounds = {{}, vec({0.3, 0.3})};
    const BacktestOutcome out = runBacktest(longer, infeasible);
    QVERIFY2(out.error.contains("Rebalance on") && out.error.contains("upper bounds sum"),
             qPrintable(out.error));
    NavSeries broken = pool[0];
    broken.navs[3] = -1;
    QVERIFY(runBacktest(std::vector<NavSeries>{broken}, spec).error.contains("positive"));
}

void TestFundPortfolio::backtestMetrics()
{
    // The FOF's NAV through the metrics library: the annualised return since inception is
    // (NAV_end / 1)^(252 / returns) − 1 with NAV_end from the hand formula.
    const std::vector<QDate> dates = weekdays(QDate(2024, 1, 2), 70);
    const std::vector<NavSeries> pool{constantFund("A", dates, 0.002), constantFund("B", dates, -0.001)};
    BacktestSpec spec;
    spec.start = dates.front();
    spec.end = dates.back();
    spec.rebalance = RebalanceFrequency::Monthly;
    const BacktestOutcome out = runBacktest(pool, spec);
    QVERIFY(out.ok());
    const FundData data = FundData::prepare(out.result->nav);
    const Window sinceInception{WindowKind::SinceInception, {}, {}};
    Workspace workspace;
    const std::vector<WindowResult> grid =
        computeGrid(data, std::span<const Window>(&sinceInception, 1), Conventions{}, workspace);
    QCOMPARE(grid.size(), std::size_t{1});
    QVERIFY(grid[0].available);
    QCOMPARE(grid[0].returns, 69);
    const double navEnd = handEqualWeight(dates, 0.002, -0.001, true, 0).navs.back();
    const std::optional<double> annualized = grid[0].values[Metric::AnnualizedReturn];
    QVERIFY(annualized.has_value());
    QCOMPARE_LE(std::abs(*annualized - (std::pow(navEnd, 252.0 / 69.0) - 1.0)), 1e-12);
}

QTEST_MAIN(TestFundPortfolio)
#include "tst_fundportfolio.moc"
