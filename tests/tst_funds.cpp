// The fund metrics library (models/funds): hand-computed answers for every metric, a brute-force
// reference on long random series, planted timing skill and factor loadings recovered, every bad
// NAV file rejected with its line, undefined metrics left empty, and docs/metrics.md in step with
// the formula-card registry.
#include "TestUtil.h"

#include "funds/FormulaCards.h"
#include "funds/Metrics.h"
#include "funds/NavSeries.h"

#include <Eigen/Dense>

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace ws::funds;

namespace {

// The hand-computed example: five returns +10%, −10%, +20%, +10%, −20% from NAV 1.
//   NAVs 1, 1.1, 0.99, 1.188, 1.3068, 1.04544 on 2024-01-01 … 2024-01-06.
// The benchmark returns +5%, −5%, +5%, +10%, −10% on the same dates:
//   levels 1, 1.05, 0.9975, 1.047375, 1.1521125, 1.03690125.
const std::vector<double> kHandNavs{1.0, 1.1, 0.99, 1.188, 1.3068, 1.04544};
const std::vector<double> kHandBenchmark{1.0, 1.05, 0.9975, 1.047375, 1.1521125, 1.03690125};

std::vector<QDate> consecutiveDays(QDate first, std::size_t count)
{
    std::vector<QDate> d;
    for (std::size_t i = 0; i < count; ++i)
        d.push_back(first.addDays(static_cast<qint64>(i)));
    return d;
}

NavSeries series(const std::vector<double>& navs, QDate first = QDate(2024, 1, 1))
{
    return {QStringLiteral("test"), consecutiveDays(first, navs.size()), navs};
}

FundData prepared(const std::vector<double>& navs, const std::vector<double>* benchmark = nullptr)
{
    NavSeries fund = series(navs);
    std::optional<JoinedSeries> joined;
    if (benchmark) {
        JoinResult j = joinOnDate(fund, series(*benchmark));
        joined = std::move(j.joined);
    }
    return FundData::prepare(std::move(fund), std::move(joined));
}

WindowResult sinceInception(const FundData& d, const Conventions& c)
{
    Workspace ws;
    return computeWindow(d, Window{}, c, ws);
}

bool close(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max({std::abs(a), std::abs(b), 1e-300});
}

#define EXPECT_METRIC(values, metric, expected, tol)                                                         \
    do {                                                                                                     \
        const std::optional<double> got_ = (values)[metric];                                                 \
        QVERIFY2(got_.has_value(), card(metric).key);                                                        \
        QVERIFY2(close(*got_, static_cast<double>(expected), (tol)),                                         \
                 qPrintable(QStringLiteral("%1: got %2, expected %3")                                        \
                                .arg(QLatin1String(card(metric).key))                                        \
                                .arg(*got_, 0, 'g', 17)                                                      \
                                .arg(static_cast<double>(expected), 0, 'g', 17)));                           \
    } while (false)

#define EXPECT_UNDEFINED(values, metric)                                                                     \
    QVERIFY2(!(values)[metric].has_value(), qPrintable(QStringLiteral("%1 should be undefined, is %2")       \
                                                           .arg(QLatin1String(card(metric).key))             \
                                                           .arg((values)[metric].value_or(0), 0, 'g', 17)))

// ---- The brute-force reference: the formulas of docs/metrics.md as plainly as they read. ----

double refMean(const std::vector<double>& v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return s / static_cast<double>(v.size());
}

double refStd(const std::vector<double>& v)
{
    const double m = refMean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / (static_cast<double>(v.size()) - 1));
}

double refQuantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * q;
    const auto k = static_cast<std::size_t>(std::floor(h));
    if (k + 1 >= v.size())
        return v[k];
    return v[k] + (h - static_cast<double>(k)) * (v[k + 1] - v[k]);
}

struct RefOls
{
    Eigen::VectorXd b;
    Eigen::VectorXd t;
    double r2;
};

// Dense design matrix with a column of ones, each column scaled to unit norm (x and x² of daily
// returns are five orders of magnitude apart), solved by column-pivoting Householder QR;
// covariance s²·(XᵀX)⁻¹.
RefOls refOls(const std::vector<double>& y, const std::vector<std::vector<double>>& xs)
{
    const auto n = static_cast<Eigen::Index>(y.size());
    const auto k = static_cast<Eigen::Index>(xs.size());
    Eigen::MatrixXd X(n, k + 1);
    Eigen::VectorXd Y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        X(i, 0) = 1;
        for (Eigen::Index c = 0; c < k; ++c)
            X(i, c + 1) = xs[static_cast<std::size_t>(c)][static_cast<std::size_t>(i)];
        Y(i) = y[static_cast<std::size_t>(i)];
    }
    const Eigen::VectorXd norms = X.colwise().norm().transpose();
    const Eigen::MatrixXd scaled = X * norms.cwiseInverse().asDiagonal();
    const Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(scaled);
    RefOls r;
    r.b = qr.solve(Y).cwiseQuotient(norms);
    const Eigen::VectorXd resid = Y - X * r.b;
    const double s2 = resid.squaredNorm() / static_cast<double>(n - k - 1);
    const Eigen::MatrixXd scaledInverse = (scaled.transpose() * scaled).inverse();
    const Eigen::VectorXd variance = s2 * scaledInverse.diagonal().cwiseQuotient(norms.cwiseProduct(norms));
    r.t = r.b.array() / variance.array().sqrt();
    r.r2 = 1 - resid.squaredNorm() / (Y.array() - Y.mean()).square().sum();
    return r;
}

struct RefResult
{
    std::map<Metric, double> v;
};

RefResult reference(const std::vector<double>& navs, const std::vector<double>& bench, const Conventions& c)
{
    RefResult out;
    auto& v = out.v;
    const double P = c.periodsPerYear;
    const double rfp = std::pow(1 + c.annualRiskFree, 1.0 / P) - 1;
    std::vector<double> r, e, rb, eb, active;
    for (std::size_t t = 1; t < navs.size(); ++t) {
        r.push_back(navs[t] / navs[t - 1] - 1);
        e.push_back(r.back() - rfp);
        rb.push_back(bench[t] / bench[t - 1] - 1);
        eb.push_back(rb.back() - rfp);
        active.push_back(r.back() - rb.back());
    }
    const double n = static_cast<double>(r.size());
    v[Metric::CumulativeReturn] = navs.back() / navs.front() - 1;
    v[Metric::AnnualizedReturn] = std::pow(navs.back() / navs.front(), P / n) - 1;
    v[Metric::AnnualizedVolatility] = refStd(r) * std::sqrt(P);
    v[Metric::Sharpe] = refMean(e) / refStd(e) * std::sqrt(P);
    double down = 0;
    for (double x : e)
        down += std::min(x, 0.0) * std::min(x, 0.0);
    v[Metric::DownsideDeviation] = std::sqrt(down / n) * std::sqrt(P);
    v[Metric::Sortino] = refMean(e) * P / v[Metric::DownsideDeviation];
    // Drawdown by its definition: for every t, the highest NAV up to t (quadratic on purpose).
    double mdd = 0;
    for (std::size_t t = 0; t < navs.size(); ++t) {
        double peak = 0;
        for (std::size_t s = 0; s <= t; ++s)
            peak = std::max(peak, navs[s]);
        mdd = std::max(mdd, 1 - navs[t] / peak);
    }
    v[Metric::MaxDrawdown] = mdd;
    v[Metric::Calmar] = v[Metric::AnnualizedReturn] / mdd;
    v[Metric::WinRatio] =
        static_cast<double>(std::count_if(r.begin(), r.end(), [](double x) { return x > 0; })) / n;
    const double q = refQuantile(r, 0.05);
    v[Metric::Var95] = -q;
    std::vector<double> tail;
    for (double x : r)
        if (x <= q)
            tail.push_back(x);
    v[Metric::Cvar95] = -refMean(tail);
    const double m = refMean(r);
    double m2 = 0, m3 = 0, m4 = 0;
    for (double x : r) {
        m2 += std::pow(x - m, 2) / n;
        m3 += std::pow(x - m, 3) / n;
        m4 += std::pow(x - m, 4) / n;
    }
    v[Metric::Skewness] = m3 / std::pow(m2, 1.5) * std::sqrt(n * (n - 1)) / (n - 2);
    v[Metric::Kurtosis] = ((n + 1) * (m4 / (m2 * m2) - 3) + 6) * (n - 1) / ((n - 2) * (n - 3));
    v[Metric::BestPeriod] = *std::max_element(r.begin(), r.end());
    v[Metric::WorstPeriod] = *std::min_element(r.begin(), r.end());
    std::vector<double> gains, losses;
    double above = 0, below = 0;
    for (std::size_t t = 0; t < r.size(); ++t) {
        if (r[t] > 0)
            gains.push_back(r[t]);
        if (r[t] < 0)
            losses.push_back(-r[t]);
        above += std::max(e[t], 0.0);
        below += std::max(-e[t], 0.0);
    }
    v[Metric::GainLossRatio] = refMean(gains) / refMean(losses);
    v[Metric::Omega] = above / below;
    v[Metric::TailRatio] = refQuantile(r, 0.95) / -refQuantile(r, 0.05);
    // Drawdowns by definition again: the highest NAV up to t, for t = 1 … n.
    double sumDd = 0, sumDd2 = 0;
    for (std::size_t t = 1; t < navs.size(); ++t) {
        const double peak =
            *std::max_element(navs.begin(), navs.begin() + static_cast<std::ptrdiff_t>(t) + 1);
        const double dd = 1 - navs[t] / peak;
        sumDd += dd;
        sumDd2 += dd * dd;
    }
    v[Metric::AverageDrawdown] = sumDd / n;
    v[Metric::UlcerIndex] = std::sqrt(sumDd2 / n);
    v[Metric::MartinRatio] = (v[Metric::AnnualizedReturn] - c.annualRiskFree) / v[Metric::UlcerIndex];

    const RefOls single = refOls(e, {eb});
    v[Metric::Alpha] = single.b(0) * P;
    v[Metric::AlphaT] = single.t(0);
    v[Metric::Beta] = single.b(1);
    v[Metric::RSquared] = single.r2;
    v[Metric::TrackingError] = refStd(active) * std::sqrt(P);
    v[Metric::InformationRatio] = refMean(active) * P / v[Metric::TrackingError];
    v[Metric::Treynor] = refMean(e) * P / single.b(1);
    std::vector<double> upP, upB, downP, downB;
    for (std::size_t i = 0; i < r.size(); ++i) {
        if (rb[i] > 0) {
            upP.push_back(r[i]);
            upB.push_back(rb[i]);
        } else if (rb[i] < 0) {
            downP.push_back(r[i]);
            downB.push_back(rb[i]);
        }
    }
    v[Metric::UpCapture] = refMean(upP) / refMean(upB);
    v[Metric::DownCapture] = refMean(downP) / refMean(downB);
    std::vector<double> sq, put, lo, hi;
    for (double x : eb) {
        sq.push_back(x * x);
        put.push_back(std::max(0.0, -x));
        lo.push_back(std::min(0.0, x));
        hi.push_back(std::max(0.0, x));
    }
    const RefOls tm = refOls(e, {eb, sq});
    v[Metric::TmAlpha] = tm.b(0) * P;
    v[Metric::TmBeta] = tm.b(1);
    v[Metric::TmGamma] = tm.b(2);
    v[Metric::TmGammaT] = tm.t(2);
    const RefOls hm = refOls(e, {eb, put});
    v[Metric::HmAlpha] = hm.b(0) * P;
    v[Metric::HmBeta] = hm.b(1);
    v[Metric::HmGamma] = hm.b(2);
    v[Metric::HmGammaT] = hm.t(2);
    const RefOls cl = refOls(e, {lo, hi});
    v[Metric::ClAlpha] = cl.b(0) * P;
    v[Metric::ClBetaDown] = cl.b(1);
    v[Metric::ClBetaUp] = cl.b(2);
    v[Metric::ClTiming] = cl.b(2) - cl.b(1);
    return out;
}

// A random NAV pair: fat-tailed (Student t, 4 d.o.f.) benchmark returns with volatility clustering,
// and a fund that follows it with some timing and noise.
std::pair<std::vector<double>, std::vector<double>> randomPair(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::student_t_distribution<double> shock(4);
    std::normal_distribution<double> noise(0, 0.004);
    std::vector<double> fund{1.0}, bench{1.0};
    double vol = 0.01;
    for (std::size_t t = 1; t < n; ++t) {
        vol = std::clamp(0.9 * vol + 0.1 * 0.01 * (0.5 + std::abs(shock(rng))), 0.003, 0.04);
        const double rb = 0.0003 + vol * shock(rng) / std::sqrt(2.0);
        const double rp = 0.0001 + 0.9 * rb + 1.5 * rb * rb + noise(rng);
        bench.push_back(bench.back() * (1 + std::max(rb, -0.5)));
        fund.push_back(fund.back() * (1 + std::max(rp, -0.5)));
    }
    return {fund, bench};
}

QString writeTemp(const QString& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

} // namespace

class TestFunds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedFundMetrics()
    {
        // P = 5 (= n), rf = 0, so annualizing by P/n is the identity and √P = √5.
        const Conventions c{5, 0.0};
        const WindowResult r = sinceInception(prepared(kHandNavs), c);
        QVERIFY(r.available);
        QCOMPARE(r.returns, 5);
        QCOMPARE(r.start, QDate(2024, 1, 1));
        QCOMPARE(r.end, QDate(2024, 1, 6));
        const MetricValues& v = r.values;
        const double tol = 1e-9;
        // cumulative 1.04544 / 1 − 1; annualized (1.04544)^(5/5) − 1, the same.
        EXPECT_METRIC(v, Metric::CumulativeReturn, 0.04544, tol);
        EXPECT_METRIC(v, Metric::AnnualizedReturn, 0.04544, tol);
        // mean r = (0.1 − 0.1 + 0.2 + 0.1 − 0.2)/5 = 0.02; deviations 0.08, −0.12, 0.18, 0.08, −0.22,
        // squares 0.0064 + 0.0144 + 0.0324 + 0.0064 + 0.0484 = 0.108; variance 0.108/4 = 0.027.
        // volatility √0.027·√5 = √0.135.
        EXPECT_METRIC(v, Metric::AnnualizedVolatility, std::sqrt(0.135), tol);
        // Sharpe 0.02/√0.027·√5 = √(0.0004·5/0.027) = √(2/27).
        EXPECT_METRIC(v, Metric::Sharpe, std::sqrt(2.0 / 27.0), tol);
        // shortfalls −0.1, −0.2: (0.01 + 0.04)/5 = 0.01, √0.01 = 0.1, ×√5.
        EXPECT_METRIC(v, Metric::DownsideDeviation, 0.1 * std::sqrt(5.0), tol);
        // Sortino 0.02·5 / (0.1·√5) = 1/√5.
        EXPECT_METRIC(v, Metric::Sortino, 1 / std::sqrt(5.0), tol);
        // Path: 1 → 1.1 (peak) → 0.99 (−10%) → 1.188 (recovered, new peak) → 1.3068 (peak, 01-05)
        // → 1.04544 = 0.8·1.3068 (−20%, 01-06, not recovered).
        EXPECT_METRIC(v, Metric::MaxDrawdown, 0.2, tol);
        QVERIFY(r.drawdown.peak == QDate(2024, 1, 5));
        QVERIFY(r.drawdown.trough == QDate(2024, 1, 6));
        QVERIFY(!r.drawdown.recovery);
        EXPECT_METRIC(v, Metric::MaxDrawdownDuration, 1, 0); // peak (index 4) to the end (index 5)
        EXPECT_UNDEFINED(v, Metric::MaxDrawdownRecoveryPeriods);
        EXPECT_METRIC(v, Metric::Calmar, 0.04544 / 0.2, tol);
        EXPECT_METRIC(v, Metric::WinRatio, 0.6, 0); // 3 of 5 positive
        // sorted −0.2, −0.1, 0.1, 0.1, 0.2; h = 4·0.05 = 0.2; Q = −0.2 + 0.2·(−0.1 + 0.2) = −0.18.
        EXPECT_METRIC(v, Metric::Var95, 0.18, tol);
        // returns ≤ −0.18: only −0.2.
        EXPECT_METRIC(v, Metric::Cvar95, 0.2, tol);
        // m2 = 0.108/5 = 0.0216; m3 = (0.000512 − 0.001728 + 0.005832 + 0.000512 − 0.010648)/5
        // = −0.001104; g1 = −0.001104/0.0216^1.5 = −0.34776706…; G1 = g1·√20/3.
        const double g1 = -0.001104 / std::pow(0.0216, 1.5);
        EXPECT_METRIC(v, Metric::Skewness, g1 * std::sqrt(20.0) / 3.0, tol);
        EXPECT_METRIC(v, Metric::Skewness, -0.5184205276797873, tol);
        // m4 = (0.00004096 + 0.00020736 + 0.00104976 + 0.00004096 + 0.00234256)/5 = 0.00073632;
        // g2 = 0.00073632/0.0216² − 3 = −1.42181069…; G2 = (6·g2 + 6)·4/(3·2).
        const double g2 = 0.00073632 / (0.0216 * 0.0216) - 3;
        EXPECT_METRIC(v, Metric::Kurtosis, (6 * g2 + 6) * 4 / 6, tol);
        EXPECT_METRIC(v, Metric::Kurtosis, -1.6872427983539093, tol);
        EXPECT_METRIC(v, Metric::BestPeriod, 0.2, tol);
        EXPECT_METRIC(v, Metric::WorstPeriod, -0.2, tol);
        // gains 0.1, 0.2, 0.1 (mean 0.4/3), losses 0.1, 0.2 (mean 0.15): (0.4/3)/0.15 = 8/9.
        EXPECT_METRIC(v, Metric::GainLossRatio, 8.0 / 9.0, tol);
        // rf = 0: Σ gains 0.4 over Σ losses 0.3.
        EXPECT_METRIC(v, Metric::Omega, 4.0 / 3.0, tol);
        // Q(0.95): h = 3.8 between 0.1 and 0.2 → 0.18; over −Q(0.05) = 0.18: 1.
        EXPECT_METRIC(v, Metric::TailRatio, 1.0, tol);
        // Drawdowns over the 5 periods: 0, 0.1, 0, 0, 0.2 → mean 0.06, root mean square √0.01 = 0.1.
        EXPECT_METRIC(v, Metric::AverageDrawdown, 0.06, tol);
        EXPECT_METRIC(v, Metric::UlcerIndex, 0.1, tol);
        EXPECT_METRIC(v, Metric::MartinRatio, 0.4544, tol);
        // Without a benchmark no relative metric.
        for (const MetricCard& mc : metricCards())
            if (isRelative(mc.metric))
                QVERIFY2(!v[mc.metric], mc.key);
    }

    void handComputedConventions()
    {
        // P = 252: annualized (1.04544)^(252/5) − 1 = 8.3902095691…
        WindowResult r = sinceInception(prepared(kHandNavs), Conventions{252, 0.0});
        EXPECT_METRIC(r.values, Metric::AnnualizedReturn, 8.390209569114264, 1e-9);
        EXPECT_METRIC(r.values, Metric::AnnualizedVolatility, std::sqrt(0.027 * 252), 1e-9);
        // rf = 5% a year with P = 5: rf_p = 1.05^(1/5) − 1 = 0.0098057976…; mean e = 0.02 − rf_p.
        const Conventions c{5, 0.05};
        QVERIFY(close(c.periodRiskFree(), 0.009805797673485328, 1e-12));
        r = sinceInception(prepared(kHandNavs), c);
        const double rfp = 0.009805797673485328;
        EXPECT_METRIC(r.values, Metric::Sharpe, (0.02 - rfp) / std::sqrt(0.027) * std::sqrt(5.0), 1e-9);
        // shortfalls below rf_p: −0.1 − rf_p and −0.2 − rf_p.
        const double dd = std::sqrt((std::pow(0.1 + rfp, 2) + std::pow(0.2 + rfp, 2)) / 5) * std::sqrt(5.0);
        EXPECT_METRIC(r.values, Metric::DownsideDeviation, dd, 1e-9);
        EXPECT_METRIC(r.values, Metric::Sortino, (0.02 - rfp) * 5 / dd, 1e-9);
        // rf does not enter volatility, drawdown or the win ratio.
        EXPECT_METRIC(r.values, Metric::AnnualizedVolatility, std::sqrt(0.135), 1e-9);
        EXPECT_METRIC(r.values, Metric::WinRatio, 0.6, 0);
    }

    void handComputedRelativeMetrics()
    {
        const Conventions c{5, 0.0};
        const WindowResult r = sinceInception(prepared(kHandNavs, &kHandBenchmark), c);
        QCOMPARE(r.relativeReturns, 5);
        const MetricValues& v = r.values;
        const double tol = 1e-9;
        // x = r_b: mean 0.01, centred 0.04, −0.06, 0.04, 0.09, −0.11; Sxx = 0.027.
        // y = r_p: centred 0.08, −0.12, 0.18, 0.08, −0.22; Sxy = 0.0032 + 0.0072 + 0.0072 + 0.0072 + 0.0242
        // = 0.049. β = 0.049/0.027 = 1.8148148…; α = 0.02 − β·0.01 = 0.0018518…, ×5.
        EXPECT_METRIC(v, Metric::Beta, 0.049 / 0.027, tol);
        EXPECT_METRIC(v, Metric::Alpha, (0.02 - 0.049 / 0.027 * 0.01) * 5, tol);
        // R² = Sxy²/(Sxx·Syy) = 0.002401/(0.027·0.108).
        EXPECT_METRIC(v, Metric::RSquared, 0.002401 / (0.027 * 0.108), tol);
        // SSR = Syy − β·Sxy = 0.108 − 0.049²/0.027; s² = SSR/3; Var(α) = s²(1/5 + 0.01²/0.027).
        const double ssr = 0.108 - 0.049 * 0.049 / 0.027;
        const double alphaPerPeriod = 0.02 - 0.049 / 0.027 * 0.01;
        EXPECT_METRIC(v, Metric::AlphaT, alphaPerPeriod / std::sqrt(ssr / 3 * (0.2 + 0.0001 / 0.027)), tol);
        // active r_p − r_b: 0.05, −0.05, 0.15, 0, −0.1; mean 0.01; centred squares 0.0016 + 0.0036 + 0.0196
        // + 0.0001 + 0.0121 = 0.037; TE = √(0.037/4)·√5; IR = 0.01·5/TE.
        const double te = std::sqrt(0.037 / 4) * std::sqrt(5.0);
        EXPECT_METRIC(v, Metric::TrackingError, te, tol);
        EXPECT_METRIC(v, Metric::InformationRatio, 0.05 / te, tol);
        // Treynor 0.02·5/β.
        EXPECT_METRIC(v, Metric::Treynor, 0.1 / (0.049 / 0.027), tol);
        // up periods (r_b > 0): 1, 3, 4: mean r_p (0.1 + 0.2 + 0.1)/3 over mean r_b (0.05 + 0.05 + 0.1)/3 =
        // 2; down periods 2, 5: (−0.1 − 0.2)/(−0.05 − 0.1) = 2.
        EXPECT_METRIC(v, Metric::UpCapture, 2.0, tol);
        EXPECT_METRIC(v, Metric::DownCapture, 2.0, tol);
    }

    void exactTimingModels()
    {
        // Noise-free planted models: the regressions return the coefficients exactly, and their
        // t-statistics are undefined (zero residuals).
        std::mt19937_64 rng(11);
        std::normal_distribution<double> market(0.0004, 0.012);
        std::vector<double> rb(400), tm(400), hm(400), cl(400);
        for (std::size_t i = 0; i < rb.size(); ++i) {
            const double x = market(rng);
            rb[i] = x;
            tm[i] = 0.0002 + 0.8 * x + 2.5 * x * x;
            hm[i] = 0.0001 + 1.1 * x + 0.3 * std::max(0.0, -x);
            cl[i] = -0.0001 + 0.7 * std::min(0.0, x) + 1.2 * std::max(0.0, x);
        }
        const Conventions c{252, 0.0};
        Workspace ws;
        MetricValues v;
        computeRelativeMetrics(tm, rb, c, ws, v);
        EXPECT_METRIC(v, Metric::TmAlpha, 0.0002 * 252, 1e-9);
        EXPECT_METRIC(v, Metric::TmBeta, 0.8, 1e-9);
        EXPECT_METRIC(v, Metric::TmGamma, 2.5, 1e-8);
        EXPECT_UNDEFINED(v, Metric::TmGammaT);
        v = {};
        computeRelativeMetrics(hm, rb, c, ws, v);
        EXPECT_METRIC(v, Metric::HmAlpha, 0.0001 * 252, 1e-8);
        EXPECT_METRIC(v, Metric::HmBeta, 1.1, 1e-9);
        EXPECT_METRIC(v, Metric::HmGamma, 0.3, 1e-8);
        EXPECT_UNDEFINED(v, Metric::HmGammaT);
        v = {};
        computeRelativeMetrics(cl, rb, c, ws, v);
        EXPECT_METRIC(v, Metric::ClAlpha, -0.0001 * 252, 1e-8);
        EXPECT_METRIC(v, Metric::ClBetaDown, 0.7, 1e-9);
        EXPECT_METRIC(v, Metric::ClBetaUp, 1.2, 1e-9);
        EXPECT_METRIC(v, Metric::ClTiming, 0.5, 1e-8);
        EXPECT_UNDEFINED(v, Metric::ClTimingT);
    }

    void matchesBruteForceReference_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<double>("rf");
        QTest::addColumn<int>("periods");
        QTest::newRow("3000 daily, rf 2%") << 3000 << quint64(1) << 0.02 << 252;
        QTest::newRow("5000 daily, rf 0") << 5000 << quint64(2) << 0.0 << 252;
        QTest::newRow("2000 weekly, rf 3%") << 2000 << quint64(3) << 0.03 << 52;
    }
    void matchesBruteForceReference()
    {
        QFETCH(int, points);
        QFETCH(quint64, seed);
        QFETCH(double, rf);
        QFETCH(int, periods);
        const auto [fund, bench] = randomPair(static_cast<std::size_t>(points), seed);
        const Conventions c{periods, rf};
        const WindowResult r = sinceInception(prepared(fund, &bench), c);
        const RefResult ref = reference(fund, bench, c);
        for (const auto& [metric, expected] : ref.v) {
            // Moments, quantiles and drawdowns agree to rounding. The regressions are solved two ways
            // (centred, scaled normal equations vs QR of the raw design with x and x² of daily returns
            // five orders of magnitude apart), which agree to about 1e-10.
            const double tol = isRelative(metric) && metric != Metric::TrackingError &&
                                       metric != Metric::InformationRatio && metric != Metric::UpCapture &&
                                       metric != Metric::DownCapture
                                   ? 1e-9
                                   : 1e-12;
            EXPECT_METRIC(r.values, metric, expected, tol);
        }
    }

    void gridMatchesSlices()
    {
        // Ten years of weekday NAVs; each window of the grid equals the metrics computed on its own
        // slice, and starts where docs/metrics.md says.
        const auto [fund, bench] = randomPair(2610, 5);
        std::vector<QDate> dates;
        for (QDate d(2015, 1, 1); dates.size() < fund.size(); d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                dates.push_back(d);
        NavSeries f{QStringLiteral("f"), dates, fund};
        NavSeries b{QStringLiteral("b"), dates, bench};
        JoinResult j = joinOnDate(f, b);
        const FundData data = FundData::prepare(f, std::move(j.joined));
        const Conventions c{252, 0.015};
        Workspace ws;
        const std::vector<WindowResult> grid = computeGrid(data, standardWindows(), c, ws);
        QCOMPARE(grid.size(), std::size_t(9));
        const QDate end = dates.back();
        for (const WindowResult& w : grid) {
            QVERIFY2(w.available, qPrintable(w.window.id()));
            QCOMPARE(w.end, end);
            const auto first = std::find(dates.begin(), dates.end(), w.start) - dates.begin();
            const std::size_t n = dates.size() - 1 - static_cast<std::size_t>(first);
            QCOMPARE(w.returns, static_cast<int>(n));
            const std::vector<double> navSlice(fund.begin() + first, fund.end());
            const std::vector<double> benchSlice(bench.begin() + first, bench.end());
            if (n >= 30) {
                const RefResult ref = reference(navSlice, benchSlice, c);
                EXPECT_METRIC(w.values, Metric::Sharpe, ref.v.at(Metric::Sharpe), 1e-12);
                EXPECT_METRIC(w.values, Metric::MaxDrawdown, ref.v.at(Metric::MaxDrawdown), 1e-12);
                EXPECT_METRIC(w.values, Metric::TmGamma, ref.v.at(Metric::TmGamma), 1e-8);
            }
        }
        // Window starts: the last NAV on or before end − length.
        auto startOf = [&](WindowKind k) {
            return std::find_if(grid.begin(), grid.end(),
                                [&](const WindowResult& w) { return w.window.kind == k; })
                ->start;
        };
        auto lastOnOrBefore = [&](QDate d) { return *(std::upper_bound(dates.begin(), dates.end(), d) - 1); };
        QCOMPARE(startOf(WindowKind::M1), lastOnOrBefore(end.addMonths(-1)));
        QCOMPARE(startOf(WindowKind::Y3), lastOnOrBefore(end.addYears(-3)));
        QCOMPARE(startOf(WindowKind::Ytd), lastOnOrBefore(QDate(end.year() - 1, 12, 31)));
        QCOMPARE(startOf(WindowKind::SinceInception), dates.front());
    }

    void windowRules()
    {
        // NAVs on 2023-12-29 (Fri), 2024-01-02 … 2024-03-29 weekdays.
        std::vector<QDate> dates{QDate(2023, 12, 29)};
        for (QDate d(2024, 1, 2); d <= QDate(2024, 3, 29); d = d.addDays(1))
            if (d.dayOfWeek() <= 5)
                dates.push_back(d);
        // 1m from 2024-03-29: 2024-02-29 (a Thursday, present).
        auto r = resolveWindow(dates, Window::fromId(QStringLiteral("1m")).value());
        QVERIFY(r);
        QCOMPARE(dates[r->first], QDate(2024, 2, 29));
        // YTD: the last NAV on or before 2023-12-31 is 2023-12-29.
        r = resolveWindow(dates, Window::fromId(QStringLiteral("ytd")).value());
        QVERIFY(r);
        QCOMPARE(dates[r->first], QDate(2023, 12, 29));
        // 6m needs a NAV on or before 2023-09-29: unavailable, not silently shorter.
        QVERIFY(!resolveWindow(dates, Window::fromId(QStringLiteral("6m")).value()));
        // As of 2024-03-03 (a Sunday): ends on Friday 2024-03-01; 1m starts on or before 2024-02-01.
        r = resolveWindow(dates, Window::fromId(QStringLiteral("1m")).value(), QDate(2024, 3, 3));
        QVERIFY(r);
        QCOMPARE(dates[r->last], QDate(2024, 3, 1));
        QCOMPARE(dates[r->first], QDate(2024, 2, 1));
        // Custom [2024-01-06 (Sat), 2024-01-31]: base Friday 2024-01-05, end 2024-01-31.
        r = resolveWindow(dates, Window::custom(QDate(2024, 1, 6), QDate(2024, 1, 31)));
        QVERIFY(r);
        QCOMPARE(dates[r->first], QDate(2024, 1, 5));
        QCOMPARE(dates[r->last], QDate(2024, 1, 31));
        // A custom start before inception is unavailable; so is a window of one NAV.
        QVERIFY(!resolveWindow(dates, Window::custom(QDate(2023, 1, 1), QDate(2024, 1, 31))));
        QVERIFY(!resolveWindow(dates, Window::custom(QDate(2024, 1, 5), QDate(2024, 1, 5))));
        for (const Window& w : standardWindows())
            QVERIFY(Window::fromId(w.id())->kind == w.kind);
        QVERIFY(!Window::fromId(QStringLiteral("7y")));
    }

    void plantedTimingRecovered_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("Treynor–Mazuy") << QStringLiteral("tm");
        QTest::newRow("Henriksson–Merton") << QStringLiteral("hm");
        QTest::newRow("Chang–Lewellen") << QStringLiteral("cl");
    }
    void plantedTimingRecovered()
    {
        QFETCH(QString, model);
        // Ten years of daily excess returns: e_b ~ N(0.0003, 0.012²), noise ~ N(0, 0.004²).
        std::mt19937_64 rng(model == QLatin1String("tm") ? 21 : model == QLatin1String("hm") ? 22 : 23);
        std::normal_distribution<double> market(0.0003, 0.012);
        std::normal_distribution<double> noise(0, 0.004);
        const double rf = 0.02;
        const Conventions c{252, rf};
        const double rfp = c.periodRiskFree();
        const double gamma = model == QLatin1String("tm") ? 3.0 : model == QLatin1String("hm") ? 0.35 : 0.5;
        std::vector<double> fund{1.0}, bench{1.0};
        for (int t = 0; t < 2520; ++t) {
            const double x = market(rng);
            double y = 0.0001 + noise(rng);
            if (model == QLatin1String("tm"))
                y += 0.9 * x + gamma * x * x;
            else if (model == QLatin1String("hm"))
                y += 0.9 * x + gamma * std::max(0.0, -x);
            else
                y += 0.7 * std::min(0.0, x) + (0.7 + gamma) * std::max(0.0, x);
            bench.push_back(bench.back() * (1 + x + rfp));
            fund.push_back(fund.back() * (1 + y + rfp));
        }
        const WindowResult r = sinceInception(prepared(fund, &bench), c);
        const Metric estimate = model == QLatin1String("tm")   ? Metric::TmGamma
                                : model == QLatin1String("hm") ? Metric::HmGamma
                                                               : Metric::ClTiming;
        const Metric tStat = model == QLatin1String("tm")   ? Metric::TmGammaT
                             : model == QLatin1String("hm") ? Metric::HmGammaT
                                                            : Metric::ClTimingT;
        QVERIFY(r.values[estimate] && r.values[tStat]);
        const double g = *r.values[estimate];
        const double t = *r.values[tStat];
        const double se = g / t;
        // Within four standard errors of the planted value, and clearly significant.
        QVERIFY2(std::abs(g - gamma) < 4 * se,
                 qPrintable(QStringLiteral("γ %1 (se %2), planted %3").arg(g).arg(se).arg(gamma)));
        QVERIFY2(t > 5, qPrintable(QStringLiteral("t %1").arg(t)));
        // A fund without timing: the t-statistic is not significant.
        std::vector<double> plain{1.0};
        std::normal_distribution<double> noise2(0, 0.004);
        for (std::size_t i = 1; i < bench.size(); ++i)
            plain.push_back(plain.back() *
                            (1 + rfp + 0.9 * (bench[i] / bench[i - 1] - 1 - rfp) + noise2(rng)));
        const WindowResult none = sinceInception(prepared(plain, &bench), c);
        QVERIFY(none.values[tStat]);
        QVERIFY2(std::abs(*none.values[tStat]) < 4, qPrintable(QString::number(*none.values[tStat])));
    }

    void famaFrenchRecoversLoadings_data()
    {
        QTest::addColumn<int>("factors");
        QTest::newRow("FF3") << 3;
        QTest::newRow("FF5") << 5;
    }
    void famaFrenchRecoversLoadings()
    {
        QFETCH(int, factors);
        const std::vector<double> planted{1.05, 0.4, -0.3, 0.2, -0.15};
        const double alpha = 0.0002;
        std::mt19937_64 rng(31 + static_cast<std::uint64_t>(factors));
        std::normal_distribution<double> mkt(0.0004, 0.011);
        std::normal_distribution<double> style(0.0, 0.005);
        std::normal_distribution<double> noise(0, 0.003);
        FactorTable table;
        table.names = famaFrench5Factors();
        table.columns.resize(5);
        NavSeries fund{QStringLiteral("fund"), {QDate(2018, 1, 1)}, {1.0}};
        const double rfPerDay = 0.00008;
        for (int t = 1; t <= 2000; ++t) {
            const QDate d = QDate(2018, 1, 1).addDays(t);
            table.dates.push_back(d);
            table.riskFree.push_back(rfPerDay);
            double excess = alpha + noise(rng);
            for (int f = 0; f < 5; ++f) {
                const double value = f == 0 ? mkt(rng) : style(rng);
                table.columns[static_cast<std::size_t>(f)].push_back(value);
                if (f < factors)
                    excess += planted[static_cast<std::size_t>(f)] * value;
            }
            fund.dates.push_back(d);
            fund.navs.push_back(fund.navs.back() * (1 + rfPerDay + excess));
        }
        const QStringList names = factors == 3 ? famaFrench3Factors() : famaFrench5Factors();
        const FactorRegression reg = factorRegression(fund, table, names, Conventions{});
        QVERIFY2(reg.fit, qPrintable(reg.error));
        QCOMPARE(reg.observations, 2000);
        for (int f = 0; f < factors; ++f) {
            const double b = reg.fit->coefficient(f + 1);
            const double se = b / reg.fit->tStat(f + 1).value();
            QVERIFY2(std::abs(b - planted[static_cast<std::size_t>(f)]) < 4 * std::abs(se),
                     qPrintable(QStringLiteral("%1: %2 ± %3").arg(names[f]).arg(b).arg(se)));
        }
        const double alphaSe = reg.fit->coefficient(0) / reg.fit->tStat(0).value();
        QVERIFY(std::abs(reg.fit->coefficient(0) - alpha) < 4 * std::abs(alphaSe));
        QVERIFY(*reg.fit->rSquared > 0.9);
        QVERIFY(close(*reg.annualizedAlpha(252), reg.fit->coefficient(0) * 252, 1e-15));

        const FactorRegression missing =
            factorRegression(fund, table, {QStringLiteral("MOM")}, Conventions{});
        QVERIFY(!missing.fit);
        QVERIFY(missing.error.contains(QStringLiteral("MOM")));
    }

    void olsRejectsSingularDesigns()
    {
        const std::vector<double> y{0.01, -0.02, 0.03, 0.0, 0.01, -0.01};
        const std::vector<double> x{0.02, -0.01, 0.02, 0.01, 0.0, -0.02};
        std::vector<double> twice;
        for (double v : x)
            twice.push_back(2 * v);
        const std::vector<double> constant(6, 0.01);
        const std::array<std::span<const double>, 2> collinear{x, twice};
        QVERIFY(!ols(y, collinear));
        const std::array<std::span<const double>, 1> flat{constant};
        QVERIFY(!ols(y, flat));
        // Three observations for one regressor leave one degree of freedom; two leave none.
        const std::array<std::span<const double>, 1> three{std::span<const double>(x).first(3)};
        QVERIFY(ols(std::span<const double>(y).first(3), three));
        const std::array<std::span<const double>, 1> two{std::span<const double>(x).first(2)};
        QVERIFY(!ols(std::span<const double>(y).first(2), two));
    }

    void undefinedMetricsAreEmpty()
    {
        const Conventions c{252, 0.02};
        // A constant NAV: zero volatility, no drawdown, no wins.
        const std::vector<double> flat(8, 1.0);
        WindowResult r = sinceInception(prepared(flat, &kHandBenchmark), c);
        EXPECT_METRIC(r.values, Metric::CumulativeReturn, 0, 0);
        EXPECT_METRIC(r.values, Metric::AnnualizedVolatility, 0, 0);
        EXPECT_METRIC(r.values, Metric::MaxDrawdown, 0, 0);
        EXPECT_METRIC(r.values, Metric::WinRatio, 0, 0);
        for (Metric m : {Metric::Sharpe, Metric::Skewness, Metric::Kurtosis, Metric::Calmar,
                         Metric::MaxDrawdownDuration, Metric::MaxDrawdownRecoveryPeriods})
            EXPECT_UNDEFINED(r.values, m);
        QVERIFY(!r.drawdown.peak && !r.drawdown.trough && !r.drawdown.recovery);
        // rf > 0: every period falls short of rf_p, so the Sortino ratio exists (negative).
        QVERIFY(r.values[Metric::Sortino] && *r.values[Metric::Sortino] < 0);
        // rf = 0: no shortfall, no downside deviation to divide by.
        r = sinceInception(prepared(flat), Conventions{252, 0.0});
        EXPECT_METRIC(r.values, Metric::DownsideDeviation, 0, 0);
        EXPECT_UNDEFINED(r.values, Metric::Sortino);
        // Two NAVs, one return: no deviation, no quantile.
        r = sinceInception(prepared({1.0, 1.01}), c);
        EXPECT_METRIC(r.values, Metric::CumulativeReturn, 0.01, 1e-12);
        for (Metric m : {Metric::AnnualizedVolatility, Metric::Sharpe, Metric::Var95, Metric::Cvar95,
                         Metric::Skewness, Metric::Kurtosis, Metric::Calmar})
            EXPECT_UNDEFINED(r.values, m);
        // A constant benchmark: nothing to regress on, but tracking error and capture are fine.
        const std::vector<double> flatBench(kHandNavs.size(), 100.0);
        r = sinceInception(prepared(kHandNavs, &flatBench), c);
        for (Metric m : {Metric::Alpha, Metric::Beta, Metric::Treynor, Metric::TmGamma, Metric::HmGamma,
                         Metric::ClTiming, Metric::UpCapture, Metric::DownCapture})
            EXPECT_UNDEFINED(r.values, m);
        QVERIFY(r.values[Metric::TrackingError]);
        // Constant NAVs whose returns differ only by rounding: still undefined, not 1e15.
        std::vector<double> creeping{1.0};
        for (int i = 0; i < 50; ++i)
            creeping.push_back(creeping.back() * 1.0001);
        r = sinceInception(prepared(creeping), Conventions{252, 0.0});
        EXPECT_UNDEFINED(r.values, Metric::Sharpe);
        // Too few shared returns for a two-regressor model (3 returns, K = 2 needs 4).
        const std::vector<double> four{1.0, 1.01, 0.99, 1.02};
        const std::vector<double> fourBench{1.0, 1.02, 0.98, 1.01};
        r = sinceInception(prepared(four, &fourBench), c);
        QVERIFY(r.values[Metric::Beta]);
        EXPECT_UNDEFINED(r.values, Metric::TmGamma);
        EXPECT_UNDEFINED(r.values, Metric::HmGamma);
    }

    void neverInfOrNaN()
    {
        // Extreme but valid series: every value either empty or finite.
        const std::vector<std::vector<double>> cases{{1.0, 1e-9, 1e9},
                                                     {1.0, 1.0, 2.0, 2.0},
                                                     {5.0, 4.0, 3.0, 2.0, 1.0},
                                                     {1.0, 1.0 + 1e-15, 1.0},
                                                     {1.0, 2.0, 1.0, 2.0, 1.0, 2.0}};
        for (const auto& navs : cases) {
            for (const auto& bench : cases) {
                if (bench.size() != navs.size())
                    continue;
                const WindowResult r = sinceInception(prepared(navs, &bench), Conventions{252, 0.03});
                for (const auto& v : r.values.values)
                    QVERIFY(!v || std::isfinite(*v));
            }
        }
    }

    void csvLoader()
    {
        LoadResult r =
            parseNavCsv("\xEF\xBB\xBF"
                        "Date , NAV\r\n2024-01-02,1.000\r\n\r\n20240103,\"1.0100\"\r\n2024-01-04, 1.02\r\n",
                        QStringLiteral("ok.csv"));
        QVERIFY2(r.ok(), qPrintable(r.errors.join(QLatin1Char('\n'))));
        QVERIFY(r.warnings.isEmpty());
        QCOMPARE(r.series->size(), std::size_t(3));
        QCOMPARE(r.series->dates[1], QDate(2024, 1, 3));
        QCOMPARE(r.series->navs[1], 1.01);
        // Columns in either order.
        r = parseNavCsv("nav,date\n1.0,2024-01-02\n1.1,2024-01-03\n", QStringLiteral("swapped.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.series->navs[1], 1.1);
        // Unsorted: sorted, with a warning naming the line where the order breaks.
        r = parseNavCsv("date,nav\n2024-01-03,1.1\n2024-01-02,1.0\n2024-01-04,1.2\n",
                        QStringLiteral("u.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY2(r.warnings[0].startsWith(QStringLiteral("u.csv:3:")) &&
                     r.warnings[0].contains(QStringLiteral("sorted")),
                 qPrintable(r.warnings[0]));
        QCOMPARE(r.series->dates.front(), QDate(2024, 1, 2));
        QCOMPARE(r.series->navs.front(), 1.0);
    }

    void csvLoaderRejects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("duplicate date")
            << QByteArray("date,nav\n2024-01-02,1\n2024-01-03,1.1\n2024-01-03,1.2\n")
            << QStringLiteral("f.csv:4:") << QStringLiteral("duplicate date 2024-01-03 (also on line 3)");
        QTest::newRow("duplicate after sorting")
            << QByteArray("date,nav\n2024-01-03,1\n2024-01-02,1.1\n2024-01-03,1.2\n")
            << QStringLiteral("f.csv:4:") << QStringLiteral("also on line 2");
        QTest::newRow("zero NAV") << QByteArray("date,nav\n2024-01-02,1\n2024-01-03,0\n")
                                  << QStringLiteral("f.csv:3:") << QStringLiteral("positive");
        QTest::newRow("negative NAV") << QByteArray("date,nav\n2024-01-02,-1\n2024-01-03,1\n")
                                      << QStringLiteral("f.csv:2:") << QStringLiteral("positive");
        QTest::newRow("empty file") << QByteArray("") << QStringLiteral("f.csv:")
                                    << QStringLiteral("empty file");
        QTest::newRow("blank lines only")
            << QByteArray("\n \r\n") << QStringLiteral("f.csv:") << QStringLiteral("empty file");
        QTest::newRow("header only") << QByteArray("date,nav\n") << QStringLiteral("f.csv:1:")
                                     << QStringLiteral("no data rows");
        QTest::newRow("one row") << QByteArray("date,nav\n2024-01-02,1\n") << QStringLiteral("f.csv:2:")
                                 << QStringLiteral("only one NAV row");
        QTest::newRow("unknown column")
            << QByteArray("date,nav,acc_nav\n2024-01-02,1,1\n2024-01-03,1,1\n") << QStringLiteral("f.csv:1:")
            << QStringLiteral("unknown column 'acc_nav'");
        QTest::newRow("no nav column") << QByteArray("date,price\n2024-01-02,1\n")
                                       << QStringLiteral("f.csv:1:") << QStringLiteral("no 'nav' column");
        QTest::newRow("column twice")
            << QByteArray("date,nav,NAV\n") << QStringLiteral("f.csv:1:") << QStringLiteral("appears twice");
        QTest::newRow("bad date") << QByteArray("date,nav\n2024-01-02,1\n2024-13-01,1\n")
                                  << QStringLiteral("f.csv:3:")
                                  << QStringLiteral("cannot read the date '2024-13-01'");
        QTest::newRow("bad number") << QByteArray("date,nav\n2024-01-02,1\n2024-01-03,1,0\n2024-01-04,abc\n")
                                    << QStringLiteral("f.csv:4:")
                                    << QStringLiteral("cannot read the NAV 'abc'");
        QTest::newRow("infinite") << QByteArray("date,nav\n2024-01-02,1\n2024-01-03,inf\n")
                                  << QStringLiteral("f.csv:3:") << QStringLiteral("cannot read the NAV");
        QTest::newRow("nan") << QByteArray("date,nav\n2024-01-02,nan\n2024-01-03,1\n")
                             << QStringLiteral("f.csv:2:") << QStringLiteral("cannot read the NAV");
        QTest::newRow("missing field")
            << QByteArray("date,nav\n2024-01-02,1\n2024-01-03\n2024-01-04,1\n") << QStringLiteral("f.csv:3:")
            << QStringLiteral("1 fields, the header has 2");
        QTest::newRow("extra field") << QByteArray("date,nav\n2024-01-02,1\n2024-01-03,1,0\n")
                                     << QStringLiteral("f.csv:3:") << QStringLiteral("3 fields");
        QTest::newRow("open quote") << QByteArray("date,nav\n2024-01-02,\"1\n2024-01-03,1\n")
                                    << QStringLiteral("f.csv:2:") << QStringLiteral("unterminated quote");
    }
    void csvLoaderRejects()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        QFETCH(QString, what);
        const LoadResult r = parseNavCsv(content, QStringLiteral("f.csv"));
        QVERIFY(!r.ok());
        const bool found = std::any_of(r.errors.begin(), r.errors.end(), [&](const QString& e) {
            return e.startsWith(where) && e.contains(what);
        });
        QVERIFY2(found, qPrintable(QStringLiteral("expected '%1 … %2' in:\n%3")
                                       .arg(where, what, r.errors.join(QLatin1Char('\n')))));
    }

    void loadFileAndJoin()
    {
        const QString dir = freshDir(QStringLiteral("funds-load"));
        LoadResult r = loadNavCsv(dir + QStringLiteral("/missing.csv"));
        QVERIFY(!r.ok());
        QVERIFY(r.errors.front().contains(QStringLiteral("missing.csv")));
        const QString fundPath =
            writeTemp(dir, QStringLiteral("fund.csv"),
                      "date,nav\n2024-01-02,1\n2024-01-03,1.1\n2024-01-04,1.2\n2024-01-05,1.1\n");
        const QString benchPath =
            writeTemp(dir, QStringLiteral("bench.csv"),
                      "date,nav\n2023-12-29,99\n2024-01-02,100\n2024-01-04,101\n2024-01-05,102\n");
        const LoadResult fund = loadNavCsv(fundPath);
        const LoadResult bench = loadNavCsv(benchPath);
        QVERIFY(fund.ok() && bench.ok());
        QCOMPARE(fund.series->source, fundPath);
        // Inner join: 01-02, 01-04, 01-05; the fund's 01-03 is left out (a warning), the benchmark's
        // earlier history is not worth one.
        const JoinResult j = joinOnDate(*fund.series, *bench.series);
        QVERIFY(j.ok());
        QCOMPARE(j.joined->dates.size(), std::size_t(3));
        QCOMPARE(j.joined->fundNavs[1], 1.2);
        QCOMPARE(j.warnings.size(), 1);
        QVERIFY(j.warnings[0].contains(QStringLiteral("1 of its 4 dates")));
        // Misaligned: no common date.
        const NavSeries later{QStringLiteral("later.csv"), {QDate(2025, 1, 2), QDate(2025, 1, 3)}, {1, 1}};
        const JoinResult bad = joinOnDate(*fund.series, later);
        QVERIFY(!bad.ok());
        QVERIFY(bad.errors.front().contains(QStringLiteral("later.csv")));
    }

    void cardsCoverEveryMetric()
    {
        QCOMPARE(metricCards().size(), std::size_t(kMetricCount));
        QSet<QString> keys;
        for (int i = 0; i < kMetricCount; ++i) {
            const MetricCard& c = metricCards()[static_cast<std::size_t>(i)];
            QCOMPARE(static_cast<int>(c.metric), i);
            QCOMPARE(&card(c.metric), &c);
            const QString key = QLatin1String(c.key);
            QVERIFY2(!keys.contains(key), c.key);
            keys.insert(key);
            QVERIFY(metricFromKey(key) == c.metric);
            for (const char* text : {c.name, c.chineseName, c.formula, c.annualization, c.riskFree,
                                     c.averaging, c.deviation, c.undefinedWhen, c.notes})
                QVERIFY2(text && *text, c.key);
            QVERIFY(!c.displayName().isEmpty());
        }
        for (const char* required : {"cumulative_return",
                                     "annualized_return",
                                     "annualized_volatility",
                                     "sharpe",
                                     "downside_deviation",
                                     "sortino",
                                     "max_drawdown",
                                     "calmar",
                                     "win_ratio",
                                     "var_95",
                                     "cvar_95",
                                     "skewness",
                                     "kurtosis",
                                     "alpha",
                                     "beta",
                                     "tracking_error",
                                     "information_ratio",
                                     "treynor",
                                     "up_capture",
                                     "down_capture",
                                     "tm_alpha",
                                     "tm_beta",
                                     "tm_gamma",
                                     "tm_gamma_t",
                                     "hm_alpha",
                                     "hm_beta",
                                     "hm_gamma",
                                     "hm_gamma_t"})
            QVERIFY2(keys.contains(QLatin1String(required)), required);
    }

    void docsMatchRegistry()
    {
        // docs/metrics.md carries the generated cards between two markers. WS_UPDATE_METRICS_DOC=1
        // rewrites that part from the registry.
        const QString path =
            QFileInfo(QStringLiteral(__FILE__)).absoluteDir().filePath(QStringLiteral("../docs/metrics.md"));
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        QString doc = QString::fromUtf8(f.readAll());
        f.close();
        const QString begin =
            QStringLiteral("<!-- formula cards: generated from models/funds/FormulaCards.cpp -->\n");
        const QString end = QStringLiteral("<!-- end of formula cards -->");
        const auto from = doc.indexOf(begin);
        const auto to = doc.indexOf(end);
        QVERIFY2(from >= 0 && to > from, "docs/metrics.md lacks the formula-card markers");
        const QString generated = formulaCardsMarkdown();
        const QString current = doc.mid(from + begin.size(), to - from - begin.size());
        if (current != generated && qEnvironmentVariableIntValue("WS_UPDATE_METRICS_DOC") == 1) {
            doc.replace(from + begin.size(), to - from - begin.size(), generated);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(doc.toUtf8());
            return;
        }
        QVERIFY2(
            current == generated,
            "docs/metrics.md is out of date: run tst_funds with WS_UPDATE_METRICS_DOC=1 docsMatchRegistry");
        for (const MetricCard& c : metricCards())
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(QLatin1String(c.key))), c.key);
    }
};

QTEST_GUILESS_MAIN(TestFunds)
#include "tst_funds.moc"
