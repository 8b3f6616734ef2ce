// The indicator grid (models/funds computeUniverseGrid) beside a straightforward single-threaded
// implementation of the same formulas: each window sliced into fresh vectors, each metric its own
// pass, quantiles by sorting a copy, each regression a dense QR. Run by hand; results in
// docs/BENCHMARKS.md. Usage: bench_funds [FUNDS [YEARS]] (default 10000 funds, 10 years).

#include "funds/IndicatorGrid.h"

#include <Eigen/Dense>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace ws::funds;

namespace {

double mean(const std::vector<double>& v)
{
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double sd(const std::vector<double>& v)
{
    const double m = mean(v);
    double s = 0;
    for (double x : v)
        s += (x - m) * (x - m);
    return std::sqrt(s / static_cast<double>(v.size() - 1));
}

double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = (static_cast<double>(v.size()) - 1) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    return v[lo] + (h - static_cast<double>(lo)) * (v[std::min(lo + 1, v.size() - 1)] - v[lo]);
}

// Coefficients and t-statistics of y on an intercept and the columns.
std::pair<Eigen::VectorXd, Eigen::VectorXd> ols(const std::vector<double>& y,
                                                const std::vector<std::vector<double>>& xs)
{
    const auto n = static_cast<Eigen::Index>(y.size());
    const auto k = static_cast<Eigen::Index>(xs.size()) + 1;
    Eigen::MatrixXd X(n, k);
    Eigen::VectorXd Y(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        X(i, 0) = 1;
        for (Eigen::Index j = 1; j < k; ++j)
            X(i, j) = xs[static_cast<std::size_t>(j - 1)][static_cast<std::size_t>(i)];
        Y(i) = y[static_cast<std::size_t>(i)];
    }
    const Eigen::VectorXd b = X.colPivHouseholderQr().solve(Y);
    const double s2 = (Y - X * b).squaredNorm() / static_cast<double>(n - k);
    const Eigen::MatrixXd cov = s2 * (X.transpose() * X).inverse();
    return {b, b.array() / cov.diagonal().array().sqrt()};
}

// Every metric of one window, plainly; returns a checksum so nothing is optimised away.
double naiveWindow(const std::vector<double>& navs, const std::vector<double>& bench, double rfp, double P)
{
    std::vector<double> r, e, rb, eb, active;
    for (std::size_t t = 1; t < navs.size(); ++t) {
        r.push_back(navs[t] / navs[t - 1] - 1);
        e.push_back(r.back() - rfp);
        rb.push_back(bench[t] / bench[t - 1] - 1);
        eb.push_back(rb.back() - rfp);
        active.push_back(r.back() - rb.back());
    }
    if (r.size() < 8)
        return 0;
    const double n = static_cast<double>(r.size());
    double sum = navs.back() / navs.front() - 1;
    const double annual = std::pow(navs.back() / navs.front(), P / n) - 1;
    sum += annual + sd(r) * std::sqrt(P) + mean(e) / sd(e) * std::sqrt(P);
    double down = 0;
    for (double x : e)
        down += std::min(x, 0.0) * std::min(x, 0.0);
    const double dd = std::sqrt(down / n) * std::sqrt(P);
    sum += dd + mean(e) * P / dd;
    double peak = navs.front(), mdd = 0, sumDd = 0, sumDd2 = 0;
    for (double v : navs) {
        peak = std::max(peak, v);
        const double drawdown = 1 - v / peak;
        mdd = std::max(mdd, drawdown);
        sumDd += drawdown;
        sumDd2 += drawdown * drawdown;
    }
    const double ulcer = std::sqrt(sumDd2 / n);
    sum += mdd + annual / mdd + sumDd / n + ulcer + annual / ulcer;
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
    sum += *std::max_element(r.begin(), r.end()) + *std::min_element(r.begin(), r.end()) +
           mean(gains) / mean(losses) + above / below + quantile(r, 0.95) / -quantile(r, 0.05);
    sum += static_cast<double>(std::count_if(r.begin(), r.end(), [](double x) { return x > 0; })) / n;
    const double q = quantile(r, 0.05);
    std::vector<double> tail;
    for (double x : r)
        if (x <= q)
            tail.push_back(x);
    sum += -q - mean(tail);
    const double m = mean(r);
    double m2 = 0, m3 = 0, m4 = 0;
    for (double x : r) {
        m2 += std::pow(x - m, 2) / n;
        m3 += std::pow(x - m, 3) / n;
        m4 += std::pow(x - m, 4) / n;
    }
    sum += m3 / std::pow(m2, 1.5) + m4 / (m2 * m2);
    const auto [b1, t1] = ols(e, {eb});
    sum += b1(0) + b1(1) + t1(0);
    const double te = sd(active) * std::sqrt(P);
    sum += te + mean(active) * P / te + mean(e) * P / b1(1);
    std::vector<double> upP, upB, downP, downB, sq, put, lo, hi;
    for (std::size_t i = 0; i < r.size(); ++i) {
        (rb[i] > 0 ? upP : downP).push_back(r[i]);
        (rb[i] > 0 ? upB : downB).push_back(rb[i]);
        sq.push_back(eb[i] * eb[i]);
        put.push_back(std::max(0.0, -eb[i]));
        lo.push_back(std::min(0.0, eb[i]));
        hi.push_back(std::max(0.0, eb[i]));
    }
    sum += mean(upP) / mean(upB) + mean(downP) / mean(downB);
    for (const auto* x : {&sq, &put}) {
        const auto [b, t] = ols(e, {eb, *x});
        sum += b.sum() + t(2);
    }
    const auto [bc, tc] = ols(e, {lo, hi});
    return sum + bc.sum() + tc(2);
}

} // namespace

int main(int argc, char** argv)
{
    const int funds = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int years = argc > 2 ? std::atoi(argv[2]) : 10;
    const Universe u = syntheticUniverse(funds, years, 42);
    std::printf("%d funds x %d years (%zu NAVs each), %d metrics x 9 windows\n", funds, years,
                u.navs.front().size(), kMetricCount);
    for (int threads : {0, 1}) {
        GridOptions options;
        options.threads = threads;
        QElapsedTimer t;
        t.start();
        const IndicatorGrid grid = computeUniverseGrid(u, options);
        std::printf("grid, %-10s %8.2f s   (%zu indicators)\n", threads ? "1 thread" : "all cores",
                    static_cast<double>(t.nsecsElapsed()) / 1e9, grid.columns());
    }
    // The naive version over the same windows (resolved by the library's own window rule).
    QElapsedTimer t;
    t.start();
    double checksum = 0;
    const auto windows = standardWindows();
    const NavSeries& bench = u.benchmarks.front();
    for (const NavSeries& s : u.navs)
        for (const Window& w : windows) {
            const auto range = resolveWindow(s.dates, w);
            if (!range)
                continue;
            const std::vector<double> navs(s.navs.begin() + static_cast<std::ptrdiff_t>(range->first),
                                           s.navs.begin() + static_cast<std::ptrdiff_t>(range->last) + 1);
            const std::vector<double> b(bench.navs.begin() + static_cast<std::ptrdiff_t>(range->first),
                                        bench.navs.begin() + static_cast<std::ptrdiff_t>(range->last) + 1);
            checksum += naiveWindow(navs, b, 0.0, 252);
        }
    std::printf("naive, 1 thread    %8.2f s   (checksum %.6g)\n", static_cast<double>(t.nsecsElapsed()) / 1e9,
                checksum);
    return 0;
}
