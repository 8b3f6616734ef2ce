#include "funds/Metrics.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ws::funds {

namespace {

// Treynor divides by beta; below this |beta| the fund has no market exposure to divide by.
constexpr double kNegligibleBeta = 1e-10;

} // namespace

double Conventions::periodRiskFree() const
{
    return std::pow(1.0 + annualRiskFree, 1.0 / periodsPerYear) - 1.0;
}

QString Window::id() const
{
    switch (kind) {
    case WindowKind::M1:
        return QStringLiteral("1m");
    case WindowKind::M3:
        return QStringLiteral("3m");
    case WindowKind::M6:
        return QStringLiteral("6m");
    case WindowKind::Ytd:
        return QStringLiteral("ytd");
    case WindowKind::Y1:
        return QStringLiteral("1y");
    case WindowKind::Y2:
        return QStringLiteral("2y");
    case WindowKind::Y3:
        return QStringLiteral("3y");
    case WindowKind::Y5:
        return QStringLiteral("5y");
    case WindowKind::SinceInception:
        return QStringLiteral("since-inception");
    case WindowKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<Window> Window::fromId(const QString& id)
{
    for (const Window& w : standardWindows())
        if (w.id() == id.toLower())
            return w;
    return std::nullopt;
}

std::span<const Window> standardWindows()
{
    static const std::array<Window, 9> all{{{WindowKind::M1, {}, {}},
                                            {WindowKind::M3, {}, {}},
                                            {WindowKind::M6, {}, {}},
                                            {WindowKind::Ytd, {}, {}},
                                            {WindowKind::Y1, {}, {}},
                                            {WindowKind::Y2, {}, {}},
                                            {WindowKind::Y3, {}, {}},
                                            {WindowKind::Y5, {}, {}},
                                            {WindowKind::SinceInception, {}, {}}}};
    return all;
}

std::optional<IndexRange> resolveWindow(std::span<const QDate> dates, const Window& window, QDate asOf)
{
    if (dates.size() < 2)
        return std::nullopt;
    // The last NAV date on or before d, as an index; empty when every date is later.
    auto lastOnOrBefore = [&](QDate d) -> std::optional<std::size_t> {
        const auto it = std::upper_bound(dates.begin(), dates.end(), d);
        if (it == dates.begin())
            return std::nullopt;
        return static_cast<std::size_t>(it - dates.begin()) - 1;
    };
    const QDate endLimit =
        window.kind == WindowKind::Custom ? window.customEnd : (asOf.isValid() ? asOf : dates.back());
    const std::optional<std::size_t> last = lastOnOrBefore(endLimit);
    if (!last)
        return std::nullopt;
    const QDate end = dates[*last];
    std::optional<std::size_t> first;
    switch (window.kind) {
    case WindowKind::M1:
        first = lastOnOrBefore(end.addMonths(-1));
        break;
    case WindowKind::M3:
        first = lastOnOrBefore(end.addMonths(-3));
        break;
    case WindowKind::M6:
        first = lastOnOrBefore(end.addMonths(-6));
        break;
    case WindowKind::Ytd:
        first = lastOnOrBefore(QDate(end.year() - 1, 12, 31));
        break;
    case WindowKind::Y1:
        first = lastOnOrBefore(end.addYears(-1));
        break;
    case WindowKind::Y2:
        first = lastOnOrBefore(end.addYears(-2));
        break;
    case WindowKind::Y3:
        first = lastOnOrBefore(end.addYears(-3));
        break;
    case WindowKind::Y5:
        first = lastOnOrBefore(end.addYears(-5));
        break;
    case WindowKind::SinceInception:
        first = 0;
        break;
    case WindowKind::Custom:
        if (!window.customStart.isValid())
            return std::nullopt;
        first = lastOnOrBefore(window.customStart);
        break;
    }
    if (!first || *first >= *last)
        return std::nullopt;
    return IndexRange{*first, *last};
}

FundData FundData::prepare(NavSeries fund, std::optional<JoinedSeries> joined)
{
    FundData d;
    d.fund = std::move(fund);
    d.returns.resize(d.fund.size() > 0 ? d.fund.size() - 1 : 0);
    simpleReturns(d.fund.navs, d.returns);
    if (joined && joined->dates.size() >= 2) {
        d.joinedFundReturns.resize(joined->dates.size() - 1);
        d.joinedBenchmarkReturns.resize(joined->dates.size() - 1);
        simpleReturns(joined->fundNavs, d.joinedFundReturns);
        simpleReturns(joined->benchmarkNavs, d.joinedBenchmarkReturns);
        d.joined = std::move(joined);
    }
    return d;
}

std::optional<double> linearQuantile(std::span<double> values, double q)
{
    if (values.empty())
        return std::nullopt;
    const double h = (static_cast<double>(values.size()) - 1.0) * q;
    const auto lo = static_cast<std::size_t>(std::floor(h));
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(lo), values.end());
    const double below = values[lo];
    if (lo + 1 >= values.size())
        return below;
    const double above =
        *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(lo) + 1, values.end());
    return below + (h - static_cast<double>(lo)) * (above - below);
}

void computeFundMetrics(std::span<const double> navs, std::span<const double> returns,
                        std::span<const QDate> dates, const Conventions& conventions, Workspace& workspace,
                        MetricValues& values, DrawdownDates& drawdown)
{
    const std::size_t n = returns.size();
    if (n < 1 || navs.size() != n + 1)
        return;
    const double periods = conventions.periodsPerYear;
    const double rfp = conventions.periodRiskFree();
    const double nd = static_cast<double>(n);

    const double growth = navs[n] / navs[0];
    values[Metric::CumulativeReturn] = growth - 1.0;
    const double annualized = std::pow(growth, periods / nd) - 1.0;
    if (std::isfinite(annualized))
        values[Metric::AnnualizedReturn] = annualized;

    // Pass 1: means and magnitudes.
    double sumR = 0;
    double sumE = 0;
    double scaleR = 0;
    double scaleE = 0;
    int wins = 0;
    int losses = 0;
    double sumGains = 0;
    double sumLosses = 0;
    double excessAbove = 0; // Σ max(e, 0)
    double excessBelow = 0; // Σ max(−e, 0)
    double best = returns[0];
    double worstReturn = returns[0];
    for (double r : returns) {
        const double e = r - rfp;
        sumR += r;
        sumE += e;
        scaleR = std::max(scaleR, std::abs(r));
        scaleE = std::max(scaleE, std::abs(e));
        wins += r > 0 ? 1 : 0;
        losses += r < 0 ? 1 : 0;
        sumGains += r > 0 ? r : 0.0;
        sumLosses += r < 0 ? -r : 0.0;
        excessAbove += std::max(e, 0.0);
        excessBelow += std::max(-e, 0.0);
        best = std::max(best, r);
        worstReturn = std::min(worstReturn, r);
    }
    const double meanR = sumR / nd;
    const double meanE = sumE / nd;
    values[Metric::WinRatio] = wins / nd;
    values[Metric::BestPeriod] = best;
    values[Metric::WorstPeriod] = worstReturn;
    if (wins > 0 && losses > 0)
        values[Metric::GainLossRatio] = (sumGains / wins) / (sumLosses / losses);
    if (excessBelow > 0)
        values[Metric::Omega] = excessAbove / excessBelow;

    // Pass 2: central moments (two-pass, so a small variance of large returns keeps its digits) and
    // the downside deviation against the per-period risk-free rate.
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    double downside = 0;
    for (double r : returns) {
        const double d = r - meanR;
        const double d2 = d * d;
        m2 += d2;
        m3 += d2 * d;
        m4 += d2 * d2;
        const double shortfall = std::min(r - rfp, 0.0);
        downside += shortfall * shortfall;
    }
    const double rootP = std::sqrt(periods);
    const double downsidePeriod = std::sqrt(downside / nd);
    values[Metric::DownsideDeviation] = downsidePeriod * rootP;
    if (!negligibleDeviation(downsidePeriod, scaleE))
        values[Metric::Sortino] = meanE * periods / (downsidePeriod * rootP);
    if (n >= 2) {
        const double sd = std::sqrt(m2 / (nd - 1.0));
        values[Metric::AnnualizedVolatility] = sd * rootP;
        // std(e) = std(r): the risk-free rate is one constant per period.
        if (!negligibleDeviation(sd, scaleR)) {
            values[Metric::Sharpe] = meanE / sd * rootP;
            const double pm2 = m2 / nd;
            if (n >= 3) {
                const double g1 = (m3 / nd) / std::pow(pm2, 1.5);
                values[Metric::Skewness] = g1 * std::sqrt(nd * (nd - 1.0)) / (nd - 2.0);
            }
            if (n >= 4) {
                const double g2 = (m4 / nd) / (pm2 * pm2) - 3.0;
                values[Metric::Kurtosis] = ((nd + 1.0) * g2 + 6.0) * (nd - 1.0) / ((nd - 2.0) * (nd - 3.0));
            }
        }
        workspace.sorted.assign(returns.begin(), returns.end());
        const double q = *linearQuantile(workspace.sorted, 0.05);
        double tailSum = 0;
        int tailCount = 0;
        for (double r : workspace.sorted)
            if (r <= q) {
                tailSum += r;
                ++tailCount;
            }
        values[Metric::Var95] = -q;
        values[Metric::Cvar95] = -(tailSum / tailCount);
        if (q < 0)
            values[Metric::TailRatio] = *linearQuantile(workspace.sorted, 0.95) / -q;
    }

    // Drawdown on the NAV path; the window's first NAV is the first high-water mark.
    double peakNav = navs[0];
    std::size_t peakAt = 0;
    double worst = 0;
    std::size_t worstPeak = 0;
    std::size_t worstTrough = 0;
    double sumDrawdown = 0;
    double sumDrawdown2 = 0;
    for (std::size_t t = 1; t <= n; ++t) {
        if (navs[t] >= peakNav) {
            peakNav = navs[t];
            peakAt = t;
            continue;
        }
        const double dd = 1.0 - navs[t] / peakNav;
        sumDrawdown += dd;
        sumDrawdown2 += dd * dd;
        if (dd > worst) {
            worst = dd;
            worstPeak = peakAt;
            worstTrough = t;
        }
    }
    values[Metric::MaxDrawdown] = worst;
    values[Metric::AverageDrawdown] = sumDrawdown / nd;
    const double ulcer = std::sqrt(sumDrawdown2 / nd);
    values[Metric::UlcerIndex] = ulcer;
    if (ulcer > 0 && values[Metric::AnnualizedReturn])
        values[Metric::MartinRatio] =
            (*values[Metric::AnnualizedReturn] - conventions.annualRiskFree) / ulcer;
    if (worst > 0) {
        std::optional<std::size_t> recovered;
        for (std::size_t t = worstTrough + 1; t <= n && !recovered; ++t)
            if (navs[t] >= navs[worstPeak])
                recovered = t;
        values[Metric::MaxDrawdownDuration] = static_cast<double>(recovered.value_or(n) - worstPeak);
        if (recovered)
            values[Metric::MaxDrawdownRecoveryPeriods] = static_cast<double>(*recovered - worstTrough);
        if (dates.size() == navs.size()) {
            drawdown.peak = dates[worstPeak];
            drawdown.trough = dates[worstTrough];
            if (recovered)
                drawdown.recovery = dates[*recovered];
        }
        if (values[Metric::AnnualizedReturn])
            values[Metric::Calmar] = *values[Metric::AnnualizedReturn] / worst;
    }
}

void computeRelativeMetrics(std::span<const double> fundReturns, std::span<const double> benchmarkReturns,
                            const Conventions& conventions, Workspace& workspace, MetricValues& values)
{
    const std::size_t n = fundReturns.size();
    if (n < 2 || benchmarkReturns.size() != n)
        return;
    const double periods = conventions.periodsPerYear;
    const double rfp = conventions.periodRiskFree();
    const double nd = static_cast<double>(n);

    workspace.fundExcess.resize(n);
    workspace.benchmarkExcess.resize(n);
    double sumActive = 0;
    double scaleActive = 0;
    double sumFundExcess = 0;
    double upFund = 0;
    double upBench = 0;
    double downFund = 0;
    double downBench = 0;
    int ups = 0;
    int downs = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double rp = fundReturns[i];
        const double rb = benchmarkReturns[i];
        workspace.fundExcess[i] = rp - rfp;
        workspace.benchmarkExcess[i] = rb - rfp;
        sumFundExcess += rp - rfp;
        sumActive += rp - rb;
        scaleActive = std::max(scaleActive, std::abs(rp - rb));
        if (rb > 0) {
            upFund += rp;
            upBench += rb;
            ++ups;
        } else if (rb < 0) {
            downFund += rp;
            downBench += rb;
            ++downs;
        }
    }
    const double meanActive = sumActive / nd;
    double activeSquares = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = fundReturns[i] - benchmarkReturns[i] - meanActive;
        activeSquares += d * d;
    }
    const double activeSd = std::sqrt(activeSquares / (nd - 1.0));
    values[Metric::TrackingError] = activeSd * std::sqrt(periods);
    if (!negligibleDeviation(activeSd, scaleActive))
        values[Metric::InformationRatio] = meanActive * periods / (activeSd * std::sqrt(periods));
    // Means over the up (down) periods; the counts cancel in the ratio.
    if (ups > 0)
        values[Metric::UpCapture] = upFund / upBench;
    if (downs > 0)
        values[Metric::DownCapture] = downFund / downBench;

    const std::span<const double> y = workspace.fundExcess;
    const std::span<const double> x = workspace.benchmarkExcess;

    // Single index (Jensen): e_p = α + β·e_b.
    const std::array<std::span<const double>, 1> single{x};
    if (const auto fit = ols(y, single)) {
        values[Metric::Alpha] = fit->coefficient(0) * periods;
        values[Metric::AlphaT] = fit->tStat(0);
        values[Metric::Beta] = fit->coefficient(1);
        values[Metric::RSquared] = fit->rSquared;
        if (std::abs(fit->coefficient(1)) > kNegligibleBeta)
            values[Metric::Treynor] = sumFundExcess / nd * periods / fit->coefficient(1);
    }

    workspace.columnA.resize(n);
    workspace.columnB.resize(n);
    const std::array<std::span<const double>, 2> pair{x, workspace.columnA};

    // Treynor–Mazuy: e_p = α + β·e_b + γ·e_b².
    for (std::size_t i = 0; i < n; ++i)
        workspace.columnA[i] = x[i] * x[i];
    if (const auto fit = ols(y, pair)) {
        values[Metric::TmAlpha] = fit->coefficient(0) * periods;
        values[Metric::TmBeta] = fit->coefficient(1);
        values[Metric::TmGamma] = fit->coefficient(2);
        values[Metric::TmGammaT] = fit->tStat(2);
    }

    // Henriksson–Merton (1981): e_p = α + β·e_b + γ·max(0, −e_b).
    for (std::size_t i = 0; i < n; ++i)
        workspace.columnA[i] = std::max(0.0, -x[i]);
    if (const auto fit = ols(y, pair)) {
        values[Metric::HmAlpha] = fit->coefficient(0) * periods;
        values[Metric::HmBeta] = fit->coefficient(1);
        values[Metric::HmGamma] = fit->coefficient(2);
        values[Metric::HmGammaT] = fit->tStat(2);
    }

    // Chang–Lewellen: e_p = α + β_down·min(0, e_b) + β_up·max(0, e_b).
    for (std::size_t i = 0; i < n; ++i) {
        workspace.columnA[i] = std::min(0.0, x[i]);
        workspace.columnB[i] = std::max(0.0, x[i]);
    }
    const std::array<std::span<const double>, 2> upDown{workspace.columnA, workspace.columnB};
    if (const auto fit = ols(y, upDown)) {
        values[Metric::ClAlpha] = fit->coefficient(0) * periods;
        values[Metric::ClBetaDown] = fit->coefficient(1);
        values[Metric::ClBetaUp] = fit->coefficient(2);
        values[Metric::ClTiming] = fit->coefficient(2) - fit->coefficient(1);
        values[Metric::ClTimingT] = fit->tStatOfDifference(2, 1);
    }
}

WindowResult computeWindow(const FundData& data, const Window& window, const Conventions& conventions,
                           Workspace& workspace, QDate asOf)
{
    WindowResult result;
    result.window = window;
    const std::span<const QDate> dates = data.fund.dates;
    const std::optional<IndexRange> range = resolveWindow(dates, window, asOf);
    if (!range)
        return result;
    result.available = true;
    result.start = dates[range->first];
    result.end = dates[range->last];
    result.returns = static_cast<int>(range->returns());
    const std::span<const double> navs = data.fund.navs;
    computeFundMetrics(navs.subspan(range->first, range->returns() + 1),
                       std::span<const double>(data.returns).subspan(range->first, range->returns()),
                       dates.subspan(range->first, range->returns() + 1), conventions, workspace,
                       result.values, result.drawdown);

    if (data.joined) {
        // The shared dates inside [start, end]; the first of them is the base.
        const std::vector<QDate>& joint = data.joined->dates;
        const auto from = std::lower_bound(joint.begin(), joint.end(), result.start) - joint.begin();
        const auto to = std::upper_bound(joint.begin(), joint.end(), result.end) - joint.begin();
        if (to - from >= 2) {
            const auto first = static_cast<std::size_t>(from);
            const auto count = static_cast<std::size_t>(to - from) - 1;
            result.relativeReturns = static_cast<int>(count);
            computeRelativeMetrics(std::span<const double>(data.joinedFundReturns).subspan(first, count),
                                   std::span<const double>(data.joinedBenchmarkReturns).subspan(first, count),
                                   conventions, workspace, result.values);
        }
    }
    // Belt and braces for the promise of the header: nothing non-finite leaves the library.
    for (auto& v : result.values.values)
        if (v && !std::isfinite(*v))
            v.reset();
    return result;
}

std::vector<WindowResult> computeGrid(const FundData& data, std::span<const Window> windows,
                                      const Conventions& conventions, Workspace& workspace, QDate asOf)
{
    std::vector<WindowResult> grid;
    grid.reserve(windows.size());
    for (const Window& w : windows)
        grid.push_back(computeWindow(data, w, conventions, workspace, asOf));
    return grid;
}

std::optional<double> FactorRegression::annualizedAlpha(int periodsPerYear) const
{
    if (!fit)
        return std::nullopt;
    return fit->coefficient(0) * periodsPerYear;
}

FactorRegression factorRegression(const NavSeries& fund, const FactorTable& table, const QStringList& factors,
                                  const Conventions& conventions)
{
    FactorRegression result;
    result.factors = factors;
    if (factors.isEmpty() || factors.size() > kMaxRegressors) {
        result.error =
            QCoreApplication::translate("ws::funds::Metrics", "between 1 and %1 factors are needed")
                .arg(kMaxRegressors);
        return result;
    }
    std::vector<std::size_t> columns;
    for (const QString& name : factors) {
        const auto at = table.names.indexOf(name);
        if (at < 0 || static_cast<std::size_t>(at) >= table.columns.size()) {
            result.error =
                QCoreApplication::translate("ws::funds::Metrics", "no factor column '%1'").arg(name);
            return result;
        }
        columns.push_back(static_cast<std::size_t>(at));
    }
    const double rfp = conventions.periodRiskFree();
    std::vector<double> y;
    std::vector<std::vector<double>> x(columns.size());
    std::size_t row = 0;
    for (std::size_t t = 1; t < fund.size(); ++t) {
        while (row < table.dates.size() && table.dates[row] < fund.dates[t])
            ++row;
        if (row == table.dates.size())
            break;
        if (table.dates[row] != fund.dates[t])
            continue;
        const double rf = table.riskFree.empty() ? rfp : table.riskFree[row];
        y.push_back(fund.navs[t] / fund.navs[t - 1] - 1.0 - rf);
        for (std::size_t f = 0; f < columns.size(); ++f)
            x[f].push_back(table.columns[columns[f]][row]);
    }
    result.observations = static_cast<int>(y.size());
    std::vector<std::span<const double>> spans(x.begin(), x.end());
    result.fit = ols(y, spans);
    if (!result.fit)
        result.error = QCoreApplication::translate("ws::funds::Metrics",
                                                   "the regression is undefined on %1 aligned returns")
                           .arg(y.size());
    return result;
}

QStringList famaFrench3Factors()
{
    return {QStringLiteral("MKT"), QStringLiteral("SMB"), QStringLiteral("HML")};
}

QStringList famaFrench5Factors()
{
    return {QStringLiteral("MKT"), QStringLiteral("SMB"), QStringLiteral("HML"), QStringLiteral("RMW"),
            QStringLiteral("CMA")};
}

} // namespace ws::funds
