#include "funds/Portfolio.h"

#include "funds/Qp.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ws::funds {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ws::funds", text); // lupdate files free-function tr() here
}

constexpr double kInf = std::numeric_limits<double>::infinity();

WeightsOutcome weightsError(QString error)
{
    WeightsOutcome out;
    out.error = std::move(error);
    return out;
}

// The bounds for n funds, defaults filled in; an error text for a size mismatch.
QString resolveBounds(Eigen::Index n, const WeightBounds& bounds, Eigen::VectorXd& lower,
                      Eigen::VectorXd& upper)
{
    lower = bounds.lower.size() == 0 ? Eigen::VectorXd::Zero(n) : bounds.lower;
    upper = bounds.upper.size() == 0 ? Eigen::VectorXd::Ones(n) : bounds.upper;
    if (lower.size() != n || upper.size() != n)
        return tr("The bounds have %1 lower and %2 upper entries for %3 funds.")
            .arg(lower.size())
            .arg(upper.size())
            .arg(n);
    return {};
}

QString checkCovariance(const Eigen::MatrixXd& covariance)
{
    if (covariance.rows() == 0 || covariance.rows() != covariance.cols())
        return tr("The covariance matrix is %1×%2, not square and non-empty.")
            .arg(covariance.rows())
            .arg(covariance.cols());
    if (!covariance.allFinite())
        return tr("The covariance matrix has a NaN or infinite entry.");
    return {};
}

WeightsOutcome fromQp(const QpOutcome& qp)
{
    if (!qp.ok())
        return weightsError(qp.error);
    WeightsOutcome out;
    out.weights = qp.result->w;
    return out;
}

struct ModelEntry
{
    PortfolioModel model;
    const char* id;
    const char* name;
};
constexpr std::array<ModelEntry, 5> kModels{{
    {PortfolioModel::EqualWeight, "ew", QT_TRANSLATE_NOOP("ws::funds::Portfolio", "Equal weight")},
    {PortfolioModel::MinimumVariance, "minvar",
     QT_TRANSLATE_NOOP("ws::funds::Portfolio", "Minimum variance")},
    {PortfolioModel::MeanVariance, "mv", QT_TRANSLATE_NOOP("ws::funds::Portfolio", "Mean-variance")},
    {PortfolioModel::RiskParity, "rp", QT_TRANSLATE_NOOP("ws::funds::Portfolio", "Risk parity")},
    {PortfolioModel::BlackLitterman, "bl", QT_TRANSLATE_NOOP("ws::funds::Portfolio", "Black–Litterman")},
}};
constexpr std::array<PortfolioModel, 5> kModelOrder{
    PortfolioModel::EqualWeight, PortfolioModel::MinimumVariance, PortfolioModel::MeanVariance,
    PortfolioModel::RiskParity, PortfolioModel::BlackLitterman};

// kModels is in the enum's order, so the enum indexes it.
const ModelEntry& entry(PortfolioModel model)
{
    return kModels[static_cast<std::size_t>(model)];
}

} // namespace

// ---- Estimation ---------------------------------------------------------------------------------

MomentsOutcome estimateMoments(const Eigen::MatrixXd& returns, int periodsPerYear)
{
    MomentsOutcome out;
    if (returns.cols() == 0)
        out.error = tr("The return matrix has no funds.");
    else if (returns.rows() < 2)
        out.error = tr("%1 returns are too few to estimate a covariance (at least 2).").arg(returns.rows());
    else if (!returns.allFinite())
        out.error = tr("The return matrix has a NaN or infinite entry.");
    else if (periodsPerYear < 1)
        out.error = tr("Periods per year must be positive, not %1.").arg(periodsPerYear);
    if (!out.error.isEmpty())
        return out;
    const double periods = periodsPerYear;
    Moments m;
    const Eigen::RowVectorXd mean = returns.colwise().mean();
    const Eigen::MatrixXd centred = returns.rowwise() - mean;
    m.mean = periods * mean.transpose();
    m.covariance = periods * (centred.transpose() * centred) / static_cast<double>(returns.rows() - 1);
    out.moments = std::move(m);
    return out;
}

// ---- Models -------------------------------------------------------------------------------------

std::span<const PortfolioModel> portfolioModels()
{
    return kModelOrder;
}

QString modelId(PortfolioModel model)
{
    return QString::fromLatin1(entry(model).id);
}

QString modelName(PortfolioModel model)
{
    return QCoreApplication::translate("ws::funds::Portfolio", entry(model).name);
}

std::optional<PortfolioModel> parseModel(const QString& id)
{
    const QString key = id.trimmed().toLower();
    for (const ModelEntry& e : kModels)
        if (key == QLatin1String(e.id))
            return e.model;
    return std::nullopt;
}

QString modelIdList()
{
    QStringList ids;
    for (const ModelEntry& e : kModels)
        ids << QString::fromLatin1(e.id);
    return ids.join(QStringLiteral(", "));
}

WeightsOutcome equalWeights(int funds)
{
    if (funds < 1)
        return weightsError(tr("Equal weight needs at least one fund."));
    WeightsOutcome out;
    out.weights = Eigen::VectorXd::Constant(funds, 1.0 / funds);
    return out;
}

WeightsOutcome minimumVariance(const Eigen::MatrixXd& covariance, const WeightBounds& bounds)
{
    if (QString error = checkCovariance(covariance); !error.isEmpty())
        return weightsError(error);
    QpProblem qp;
    if (QString error = resolveBounds(covariance.rows(), bounds, qp.lower, qp.upper); !error.isEmpty())
        return weightsError(error);
    qp.H = covariance;
    qp.c = Eigen::VectorXd::Zero(covariance.rows());
    return fromQp(solveQp(qp));
}

WeightsOutcome meanVariance(const Eigen::VectorXd& mean, const Eigen::MatrixXd& covariance,
                            double riskAversion, const WeightBounds& bounds)
{
    if (QString error = checkCovariance(covariance); !error.isEmpty())
        return weightsError(error);
    if (mean.size() != covariance.rows())
        return weightsError(
            tr("%1 expected returns for a %2×%2 covariance matrix.").arg(mean.size()).arg(covariance.rows()));
    if (!mean.allFinite())
        return weightsError(tr("The expected returns have a NaN or infinite entry."));
    if (!(riskAversion > 0) || !std::isfinite(riskAversion))
        return weightsError(tr("The risk aversion must be positive and finite, not %1.").arg(riskAversion));
    // max μᵀw − (λ/2) wᵀΣw  ⇔  min ½ wᵀ(λΣ)w − μᵀw.
    QpProblem qp;
    if (QString error = resolveBounds(covariance.rows(), bounds, qp.lower, qp.upper); !error.isEmpty())
        return weightsError(error);
    qp.H = riskAversion * covariance;
    qp.c = -mean;
    return fromQp(solveQp(qp));
}

WeightsOutcome riskParity(const Eigen::MatrixXd& covariance)
{
    if (QString error = checkCovariance(covariance); !error.isEmpty())
        return weightsError(error);
    const Eigen::Index n = covariance.rows();
    const Eigen::MatrixXd sigma = 0.5 * (covariance + covariance.transpose());
    for (Eigen::Index i = 0; i < n; ++i)
        if (!(sigma(i, i) > 0))
            return weightsError(tr("Risk parity needs a positive variance for every fund; fund %1 has %2.")
                                    .arg(i + 1)
                                    .arg(sigma(i, i)));
    const double budget = 1.0 / static_cast<double>(n);
    const auto objective = [&](const Eigen::VectorXd& y) {
        return 0.5 * y.dot(sigma * y) - budget * y.array().log().sum();
    };
    const auto contributionGap = [&](const Eigen::VectorXd& y) {
        const Eigen::VectorXd w = y / y.sum();
        const Eigen::VectorXd marginal = sigma * w;
        const double variance = w.dot(marginal);
        return ((w.cwiseProduct(marginal) / variance).array() - budget).abs().maxCoeff();
    };

    // Start at inverse volatility scaled to yᵀΣy = 1 (the optimum's scale: Σ y_i(Σy)_i = n·(1/n)).
    Eigen::VectorXd y = sigma.diagonal().cwiseSqrt().cwiseInverse();
    y /= std::sqrt(y.dot(sigma * y));
    for (int iteration = 0; iteration < 200; ++iteration) {
        if (contributionGap(y) <= 1e-14)
            break;
        const Eigen::VectorXd gradient = sigma * y - budget * y.cwiseInverse();
        Eigen::MatrixXd hessian = sigma;
        hessian.diagonal() += budget * y.cwiseProduct(y).cwiseInverse();
        const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
        if (llt.info() != Eigen::Success)
            break;
        const Eigen::VectorXd direction = llt.solve(-gradient);
        const double decrement = -gradient.dot(direction);
        if (!(decrement > 1e-30))
            break;
        // Damped: stay positive, then backtrack to sufficient decrease (Armijo).
        double step = 1.0;
        while ((y + step * direction).minCoeff() <= 0 && step > 1e-20)
            step *= 0.5;
        // Near the optimum the decrease is below the objective's rounding and Armijo would stall:
        // there the full Newton step converges quadratically on its own.
        const double f0 = objective(y);
        if (decrement > 1e-12 * (1.0 + std::abs(f0)))
            while (objective(y + step * direction) > f0 - 0.25 * step * decrement && step > 1e-20)
                step *= 0.5;
        const Eigen::VectorXd next = y + step * direction;
        if (next == y)
            break;
        y = next;
    }
    const double gap = contributionGap(y);
    if (!(gap <= 1e-10))
        return weightsError(
            tr("Risk parity did not converge (risk contributions differ from 1/n by %1).").arg(gap));
    WeightsOutcome out;
    out.weights = y / y.sum();
    return out;
}

BlackLittermanOutcome blackLitterman(const Eigen::MatrixXd& covariance, const BlackLittermanSpec& spec,
                                     const WeightBounds& bounds)
{
    BlackLittermanOutcome out;
    if (QString error = checkCovariance(covariance); !error.isEmpty()) {
        out.error = error;
        return out;
    }
    const Eigen::Index n = covariance.rows();
    const Eigen::VectorXd market = spec.marketWeights.size() == 0
                                       ? Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n))
                                       : spec.marketWeights;
    if (market.size() != n) {
        out.error = tr("%1 market weights for %2 funds.").arg(market.size()).arg(n);
        return out;
    }
    if (!market.allFinite() || std::abs(market.sum() - 1.0) > 1e-9) {
        out.error = tr("The market weights must be finite and sum to 1 (they sum to %1).").arg(market.sum());
        return out;
    }
    if (!(spec.riskAversion > 0) || !std::isfinite(spec.riskAversion) || !(spec.tau > 0) ||
        !std::isfinite(spec.tau)) {
        out.error = tr("Black–Litterman needs a positive risk aversion δ and τ (given %1 and %2).")
                        .arg(spec.riskAversion)
                        .arg(spec.tau);
        return out;
    }

    BlackLittermanResult result;
    result.prior = spec.riskAversion * covariance * market;
    result.posterior = result.prior;
    const auto k = static_cast<Eigen::Index>(spec.views.size());
    if (k > 0) {
        Eigen::MatrixXd P(k, n);
        Eigen::VectorXd Q(k);
        Eigen::VectorXd omega(k);
        for (Eigen::Index v = 0; v < k; ++v) {
            const View& view = spec.views[static_cast<std::size_t>(v)];
            if (view.pick.size() != n || !view.pick.allFinite() || view.pick.isZero(0) ||
                !std::isfinite(view.q)) {
                out.error = tr("View %1 needs %2 finite pick weights, not all zero, and a finite Q.")
                                .arg(v + 1)
                                .arg(n);
                return out;
            }
            P.row(v) = view.pick.transpose();
            Q(v) = view.q;
            omega(v) = view.variance ? *view.variance : spec.tau * view.pick.dot(covariance * view.pick);
            if (!(omega(v) >= 0) || !std::isfinite(omega(v))) {
                out.error =
                    tr("View %1 has uncertainty %2; it must be zero or positive.").arg(v + 1).arg(omega(v));
                return out;
            }
        }
        const Eigen::MatrixXd tauSigma = spec.tau * covariance;
        Eigen::MatrixXd middle = P * tauSigma * P.transpose();
        middle.diagonal() += omega;
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(middle, Eigen::EigenvaluesOnly);
        const double largest = eig.eigenvalues().cwiseAbs().maxCoeff();
        if (!(eig.eigenvalues().minCoeff() > 1e-12 * largest)) {
            out.error = tr("The views are redundant (τPΣPᵀ + Ω is singular): a certain view repeats another "
                           "or picks a combination without risk.");
            return out;
        }
        result.posterior =
            result.prior + tauSigma * P.transpose() * middle.ldlt().solve(Q - P * result.prior);
    }
    const WeightsOutcome weights = meanVariance(result.posterior, covariance, spec.riskAversion, bounds);
    if (!weights.ok()) {
        out.error = weights.error;
        return out;
    }
    result.weights = *weights.weights;
    out.result = std::move(result);
    return out;
}

WeightsOutcome modelWeights(const ModelSpec& spec, const Moments& moments, const WeightBounds& bounds)
{
    switch (spec.model) {
    case PortfolioModel::EqualWeight:
        return equalWeights(static_cast<int>(moments.mean.size()));
    case PortfolioModel::MinimumVariance:
        return minimumVariance(moments.covariance, bounds);
    case PortfolioModel::MeanVariance:
        return meanVariance(moments.mean, moments.covariance, spec.riskAversion, bounds);
    case PortfolioModel::RiskParity:
        return riskParity(moments.covariance);
    case PortfolioModel::BlackLitterman: {
        const BlackLittermanOutcome bl = blackLitterman(moments.covariance, spec.blackLitterman, bounds);
        if (!bl.ok())
            return weightsError(bl.error);
        WeightsOutcome out;
        out.weights = bl.result->weights;
        return out;
    }
    }
    return weightsError(tr("Unknown model."));
}

// ---- FOF back-test ------------------------------------------------------------------------------

namespace {

constexpr std::array<std::pair<RebalanceFrequency, const char*>, 5> kFrequencies{{
    {RebalanceFrequency::None, "none"},
    {RebalanceFrequency::Monthly, "monthly"},
    {RebalanceFrequency::Quarterly, "quarterly"},
    {RebalanceFrequency::SemiAnnual, "semiannual"},
    {RebalanceFrequency::Annual, "annual"},
}};

// The rebalancing period a date falls in, as a number that changes exactly when the period does.
int periodKey(RebalanceFrequency frequency, QDate date)
{
    const int month = date.month() - 1;
    switch (frequency) {
    case RebalanceFrequency::None:
        return 0;
    case RebalanceFrequency::Monthly:
        return date.year() * 12 + month;
    case RebalanceFrequency::Quarterly:
        return date.year() * 4 + month / 3;
    case RebalanceFrequency::SemiAnnual:
        return date.year() * 2 + month / 6;
    case RebalanceFrequency::Annual:
        return date.year();
    }
    return 0;
}

QString fundName(const NavSeries& fund, std::size_t index)
{
    return fund.source.isEmpty() ? tr("fund %1").arg(index + 1) : fund.source;
}

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

BacktestOutcome backtestError(QString error)
{
    BacktestOutcome out;
    out.error = std::move(error);
    return out;
}

} // namespace

QString rebalanceId(RebalanceFrequency frequency)
{
    return QString::fromLatin1(kFrequencies[static_cast<std::size_t>(frequency)].second);
}

std::optional<RebalanceFrequency> parseRebalance(const QString& id)
{
    const QString key = id.trimmed().toLower();
    for (const auto& [frequency, name] : kFrequencies)
        if (key == QLatin1String(name))
            return frequency;
    return std::nullopt;
}

BacktestOutcome runBacktest(std::span<const NavSeries> pool, const BacktestSpec& spec)
{
    const std::size_t n = pool.size();
    if (n == 0)
        return backtestError(tr("The pool has no funds."));
    if (!spec.start.isValid() || !spec.end.isValid() || spec.start > spec.end)
        return backtestError(tr("The back-test needs a start date on or before its end date."));
    if (!(spec.costBps >= 0) || !std::isfinite(spec.costBps))
        return backtestError(
            tr("The transaction cost must be zero or positive, not %1 bp.").arg(spec.costBps));
    const bool estimates = spec.model.model != PortfolioModel::EqualWeight;
    if (estimates && spec.lookbackReturns < 2)
        return backtestError(
            tr("The look-back window needs at least 2 returns, not %1.").arg(spec.lookbackReturns));
    if (spec.maxCarriedDates < 0)
        return backtestError(tr("The carry-forward limit cannot be negative."));
    for (std::size_t f = 0; f < n; ++f) {
        const NavSeries& fund = pool[f];
        bool valid = !fund.dates.empty() && fund.dates.size() == fund.navs.size();
        for (std::size_t t = 0; valid && t < fund.size(); ++t)
            valid = fund.dates[t].isValid() && (t == 0 || fund.dates[t - 1] < fund.dates[t]) &&
                    std::isfinite(fund.navs[t]) && fund.navs[t] > 0;
        if (!valid)
            return backtestError(tr("%1: the NAV series needs ascending dates and positive, finite NAVs.")
                                     .arg(fundName(fund, f)));
    }

    // The union calendar of every date any fund has, each fund carried forward on it.
    std::vector<QDate> calendar;
    for (const NavSeries& fund : pool)
        calendar.insert(calendar.end(), fund.dates.begin(), fund.dates.end());
    std::sort(calendar.begin(), calendar.end());
    calendar.erase(std::unique(calendar.begin(), calendar.end()), calendar.end());
    const std::size_t days = calendar.size();
    std::vector<std::vector<double>> nav(n, std::vector<double>(days, 0.0)); // 0: before the first NAV
    std::vector<std::vector<bool>> own(n, std::vector<bool>(days, false));
    for (std::size_t f = 0; f < n; ++f) {
        const NavSeries& fund = pool[f];
        std::size_t next = 0;
        double last = 0;
        for (std::size_t u = 0; u < days; ++u) {
            if (next < fund.size() && fund.dates[next] == calendar[u]) {
                last = fund.navs[next++];
                own[f][u] = true;
            }
            nav[f][u] = last;
        }
    }

    const auto first = std::lower_bound(calendar.begin(), calendar.end(), spec.start);
    const auto pastEnd = std::upper_bound(calendar.begin(), calendar.end(), spec.end);
    if (pastEnd - first < 2)
        return backtestError(tr("The pool has fewer than two NAV dates between %1 and %2.")
                                 .arg(dateText(spec.start), dateText(spec.end)));
    const auto u0 = static_cast<std::size_t>(first - calendar.begin());
    const auto u1 = static_cast<std::size_t>(pastEnd - calendar.begin()) - 1;

    BacktestResult result;
    for (std::size_t f = 0; f < n; ++f) {
        const NavSeries& fund = pool[f];
        if (fund.dates.front() > spec.start)
            return backtestError(
                tr("%1 has no NAV on or before the start date %2 (its first NAV is on %3).")
                    .arg(fundName(fund, f), dateText(spec.start), dateText(fund.dates.front())));
        int carried = 0;
        int carriedTotal = 0;
        for (std::size_t u = u0; u <= u1; ++u) {
            if (own[f][u]) {
                carried = 0;
                continue;
            }
            ++carriedTotal;
            if (++carried > spec.maxCarriedDates)
                return backtestError(
                    tr("%1 has no NAV for %2 consecutive dates up to %3 (more than %4 carried "
                       "forward).")
                        .arg(fundName(fund, f))
                        .arg(carried)
                        .arg(dateText(calendar[u]))
                        .arg(spec.maxCarriedDates));
        }
        if (carriedTotal > 0)
            result.warnings
                << tr("%1: last NAV carried forward on %2 dates.").arg(fundName(fund, f)).arg(carriedTotal);
    }

    Eigen::VectorXd lower;
    Eigen::VectorXd upper;
    if (QString error = resolveBounds(static_cast<Eigen::Index>(n), spec.bounds, lower, upper);
        !error.isEmpty())
        return backtestError(error);
    const WeightBounds bounds{lower, upper};

    // The model's weights for a rebalance on calendar[u], from the look-back window ending there.
    const auto targetWeights = [&](std::size_t u) -> WeightsOutcome {
        if (!estimates)
            return equalWeights(static_cast<int>(n));
        const auto lookback = static_cast<std::size_t>(spec.lookbackReturns);
        for (std::size_t f = 0; f < n; ++f) {
            const NavSeries& fund = pool[f];
            if (u < lookback || fund.dates.front() > calendar[u - lookback]) {
                const auto firstDay = std::lower_bound(calendar.begin(), calendar.end(), fund.dates.front());
                const auto available = std::max<std::ptrdiff_t>(0, static_cast<std::ptrdiff_t>(u) -
                                                                       (firstDay - calendar.begin()));
                return weightsError(
                    tr("%1 has %2 returns before the rebalance on %3; the look-back needs %4.")
                        .arg(fundName(fund, f))
                        .arg(available)
                        .arg(dateText(calendar[u]))
                        .arg(spec.lookbackReturns));
            }
        }
        Eigen::MatrixXd returns(spec.lookbackReturns, static_cast<Eigen::Index>(n));
        for (std::size_t f = 0; f < n; ++f)
            for (std::size_t t = 0; t < lookback; ++t) {
                const std::size_t day = u - lookback + t + 1;
                returns(static_cast<Eigen::Index>(t), static_cast<Eigen::Index>(f)) =
                    nav[f][day] / nav[f][day - 1] - 1.0;
            }
        const MomentsOutcome moments = estimateMoments(returns, spec.periodsPerYear);
        if (!moments.ok())
            return weightsError(moments.error);
        WeightsOutcome weights = modelWeights(spec.model, *moments.moments, bounds);
        if (!weights.ok())
            weights.error = tr("Rebalance on %1: %2").arg(dateText(calendar[u]), weights.error);
        return weights;
    };

    const auto fundCount = static_cast<Eigen::Index>(n);
    WeightsOutcome initial = targetWeights(u0);
    if (!initial.ok())
        return backtestError(initial.error);
    Eigen::VectorXd values = *initial.weights; // the FOF's holdings, in NAV units
    result.rebalances.push_back({calendar[u0], *initial.weights, Eigen::VectorXd::Zero(fundCount), 0.0, 0.0});
    result.nav.source = QStringLiteral("FOF");
    result.nav.dates.push_back(calendar[u0]);
    result.nav.navs.push_back(1.0);

    int donePeriod = periodKey(spec.rebalance, calendar[u0]);
    for (std::size_t u = u0 + 1; u <= u1; ++u) {
        for (std::size_t f = 0; f < n; ++f)
            values(static_cast<Eigen::Index>(f)) *= nav[f][u] / nav[f][u - 1];
        double total = values.sum();
        if (!(total > 0) || !std::isfinite(total))
            return backtestError(tr("The FOF's NAV fell to %1 on %2.").arg(total).arg(dateText(calendar[u])));
        const int period = periodKey(spec.rebalance, calendar[u]);
        const bool common =
            std::all_of(own.begin(), own.end(), [u](const std::vector<bool>& o) { return o[u]; });
        if (spec.rebalance != RebalanceFrequency::None && period != donePeriod && common) {
            donePeriod = period;
            WeightsOutcome target = targetWeights(u);
            if (!target.ok())
                return backtestError(target.error);
            Rebalance trade;
            trade.date = calendar[u];
            trade.weights = *target.weights;
            trade.drifted = values / total;
            trade.turnover = (trade.weights - trade.drifted).cwiseAbs().sum();
            trade.cost = spec.costBps * 1e-4 * trade.turnover * total;
            total -= trade.cost;
            values = trade.weights * total;
            result.totalCost += trade.cost;
            result.rebalances.push_back(std::move(trade));
        }
        result.nav.dates.push_back(calendar[u]);
        result.nav.navs.push_back(total);
    }
    result.finalWeights = values / values.sum();
    BacktestOutcome out;
    out.result = std::move(result);
    return out;
}

} // namespace ws::funds
