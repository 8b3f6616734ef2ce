#include "funds/Style.h"

#include "funds/Qp.h"
#include "funds/Regression.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ws::funds {

namespace {

const QString kUnclassified = QStringLiteral("Unclassified");

// Eigenvalue ratio below which the style returns count as collinear (singular values 1e-5 apart,
// as for the OLS of Regression.h).
constexpr double kCollinearityLimit = 1e-10;

bool allFinite(std::span<const double> values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

bool validWeight(double w)
{
    return std::isfinite(w) && w >= 0;
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// RBSA

RbsaOutcome runRbsa(std::span<const double> fundReturns,
                    std::span<const std::span<const double>> styleReturns)
{
    RbsaOutcome out;
    const std::size_t styles = styleReturns.size();
    const std::size_t n = fundReturns.size();
    if (styles == 0) {
        out.error = QStringLiteral("RBSA needs at least one style index");
        return out;
    }
    for (std::size_t k = 0; k < styles; ++k) {
        if (styleReturns[k].size() != n) {
            out.error = QStringLiteral("style index %1 has %2 returns, the fund %3; align them first")
                            .arg(k + 1)
                            .arg(styleReturns[k].size())
                            .arg(n);
            return out;
        }
        if (!allFinite(styleReturns[k])) {
            out.error = QStringLiteral("style index %1 has a return that is not a finite number").arg(k + 1);
            return out;
        }
    }
    if (!allFinite(fundReturns)) {
        out.error = QStringLiteral("the fund has a return that is not a finite number");
        return out;
    }
    if (n < styles + 2) {
        out.error = QStringLiteral("RBSA on %1 style indices needs at least %2 returns, got %3")
                        .arg(styles)
                        .arg(styles + 2)
                        .arg(n);
        return out;
    }

    const auto rows = static_cast<Eigen::Index>(n);
    const auto cols = static_cast<Eigen::Index>(styles);
    Eigen::MatrixXd x(rows, cols);
    Eigen::VectorXd y(rows);
    for (Eigen::Index t = 0; t < rows; ++t) {
        y(t) = fundReturns[static_cast<std::size_t>(t)];
        for (Eigen::Index k = 0; k < cols; ++k)
            x(t, k) = styleReturns[static_cast<std::size_t>(k)][static_cast<std::size_t>(t)];
    }
    const Eigen::RowVectorXd styleMeans = x.colwise().mean();
    const Eigen::MatrixXd xc = x.rowwise() - styleMeans;
    const Eigen::VectorXd yc = y.array() - y.mean();
    const double denominator = static_cast<double>(n - 1);
    const Eigen::MatrixXd covariance = (xc.transpose() * xc) / denominator;
    const Eigen::VectorXd crossCovariance = (xc.transpose() * yc) / denominator;
    const double fundVariance = yc.squaredNorm() / denominator;

    // Identifiable only if no change of weights that keeps Σw = 1 leaves the fitted returns' variation
    // unchanged: the covariance restricted to that subspace (orthonormal basis Z ⟂ 1) has full rank.
    if (styles >= 2) {
        const Eigen::VectorXd ones = Eigen::VectorXd::Ones(cols);
        const Eigen::MatrixXd q = Eigen::HouseholderQR<Eigen::MatrixXd>(ones).householderQ();
        const Eigen::MatrixXd z = q.rightCols(cols - 1);
        const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(z.transpose() * covariance * z,
                                                                   Eigen::EigenvaluesOnly);
        const double largest = eigen.eigenvalues().maxCoeff();
        const double smallest = eigen.eigenvalues().minCoeff();
        // Constant series' covariances are rounding noise, not variation: judged against the returns' size.
        const double returnScale = x.cwiseAbs().maxCoeff();
        if (negligibleDeviation(std::sqrt(std::max(largest, 0.0)), returnScale) ||
            smallest < kCollinearityLimit * largest) {
            out.error =
                QStringLiteral("the style indices are collinear (or do not vary) over these %1 returns; "
                               "their weights are not identifiable")
                    .arg(n);
            return out;
        }
    }

    // min wᵀSw − 2sᵀw, scaled so the Hessian is O(1) whatever the return frequency.
    const double scale = std::max(covariance.trace() / static_cast<double>(styles), 1e-300);
    QpProblem problem;
    problem.H = 2.0 * covariance / scale;
    problem.c = -2.0 * crossCovariance / scale;
    problem.lower = Eigen::VectorXd::Zero(cols);
    problem.upper = Eigen::VectorXd::Ones(cols);
    problem.sumToOne = true;
    const QpOutcome solved = solveQp(problem);
    if (!solved.ok()) {
        out.error = QStringLiteral("RBSA optimisation failed: %1").arg(solved.error);
        return out;
    }
    Eigen::VectorXd w = solved.result->w.cwiseMax(0.0);
    w /= w.sum(); // rounding only: the solver keeps Σw = 1 and w ≥ 0

    RbsaResult result;
    result.observations = static_cast<int>(n);
    result.weights.assign(w.data(), w.data() + w.size());
    const Eigen::VectorXd residual = y - x * w;
    result.meanResidual = residual.mean();
    result.residualVariance = (residual.array() - result.meanResidual).square().sum() / denominator;
    const double fundScale = y.cwiseAbs().maxCoeff();
    if (!negligibleDeviation(std::sqrt(fundVariance), fundScale))
        result.rSquared = 1.0 - result.residualVariance / fundVariance;
    out.result = std::move(result);
    return out;
}

RollingRbsa runRollingRbsa(std::span<const QDate> dates, std::span<const double> fundReturns,
                           std::span<const std::span<const double>> styleReturns, int window, int step)
{
    RollingRbsa out;
    const std::size_t n = fundReturns.size();
    if (dates.size() != n) {
        out.error = QStringLiteral("%1 dates for %2 returns").arg(dates.size()).arg(n);
        return out;
    }
    if (step < 1) {
        out.error = QStringLiteral("the rolling step must be at least 1, got %1").arg(step);
        return out;
    }
    if (window < 2 || static_cast<std::size_t>(window) > n) {
        out.error =
            QStringLiteral("the rolling window must be 2 … %1 returns long, got %2").arg(n).arg(window);
        return out;
    }
    for (const auto& s : styleReturns) {
        if (s.size() != n) {
            out.error = QStringLiteral("a style index has %1 returns, the fund %2; align them first")
                            .arg(s.size())
                            .arg(n);
            return out;
        }
    }
    const auto length = static_cast<std::size_t>(window);
    const auto stride = static_cast<std::size_t>(step);
    std::vector<std::size_t> ends;
    for (std::size_t end = n - 1;; end -= stride) {
        ends.push_back(end);
        if (end < length - 1 + stride)
            break;
    }
    std::reverse(ends.begin(), ends.end());
    std::vector<std::span<const double>> slices(styleReturns.size());
    for (std::size_t last : ends) {
        const std::size_t first = last + 1 - length;
        for (std::size_t k = 0; k < styleReturns.size(); ++k)
            slices[k] = styleReturns[k].subspan(first, length);
        RbsaOutcome fit = runRbsa(fundReturns.subspan(first, length), slices);
        if (!fit.ok()) {
            out.skipped.append(
                QStringLiteral("window ending %1: %2").arg(dates[last].toString(Qt::ISODate), fit.error));
            continue;
        }
        out.points.push_back(RollingRbsaPoint{dates[last], first, last, std::move(*fit.result)});
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Style box

StyleCell StyleCell::fromIndex(int index)
{
    const int clamped = std::clamp(index, 0, 8);
    return StyleCell{static_cast<SizeBand>(clamped / 3), static_cast<StyleBand>(clamped % 3)};
}

QString StyleCell::name() const
{
    static const char* const sizes[] = {"large", "mid", "small"};
    static const char* const styles[] = {"value", "blend", "growth"};
    return QStringLiteral("%1-%2").arg(QLatin1String(sizes[static_cast<int>(size)]),
                                       QLatin1String(styles[static_cast<int>(style)]));
}

std::optional<SizeUniverse> SizeUniverse::build(std::span<const StockCap> stocks, QString* error)
{
    auto fail = [&](const QString& message) -> std::optional<SizeUniverse> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (stocks.empty())
        return fail(QStringLiteral("the market-cap universe is empty"));
    std::vector<StockCap> sorted(stocks.begin(), stocks.end());
    for (const StockCap& s : sorted) {
        if (!(std::isfinite(s.marketCap) && s.marketCap > 0))
            return fail(
                QStringLiteral("stock %1 has a market cap that is not positive and finite").arg(s.code));
    }
    std::sort(sorted.begin(), sorted.end(), [](const StockCap& a, const StockCap& b) {
        return a.marketCap != b.marketCap ? a.marketCap > b.marketCap : a.code < b.code;
    });
    SizeUniverse u;
    u.m_capsDescending.reserve(sorted.size());
    u.m_cumulative.reserve(sorted.size());
    double cumulative = 0;
    for (const StockCap& s : sorted) {
        u.m_capsDescending.push_back(s.marketCap);
        u.m_cumulative.push_back(cumulative);
        cumulative += s.marketCap;
    }
    u.m_total = cumulative;
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (u.m_positionByCode.contains(sorted[i].code))
            return fail(
                QStringLiteral("stock %1 appears twice in the market-cap universe").arg(sorted[i].code));
        u.m_positionByCode.insert(sorted[i].code,
                                  (u.m_cumulative[i] + sorted[i].marketCap / 2.0) / u.m_total);
    }
    return u;
}

std::optional<double> SizeUniverse::position(const QString& code) const
{
    const auto it = m_positionByCode.constFind(code);
    if (it == m_positionByCode.constEnd())
        return std::nullopt;
    return *it;
}

double SizeUniverse::positionOfCap(double marketCap) const
{
    const auto firstNotAbove = std::partition_point(m_capsDescending.begin(), m_capsDescending.end(),
                                                    [marketCap](double c) { return c > marketCap; });
    const auto index = static_cast<std::size_t>(firstNotAbove - m_capsDescending.begin());
    const double above = index < m_cumulative.size() ? m_cumulative[index] : m_total;
    return std::clamp((above + marketCap / 2.0) / (m_total + marketCap), 0.0, 1.0);
}

double sizeScoreOfPosition(double position, const StyleBoxConfig& config)
{
    const double large = config.largeShare;
    const double largeAndMid = config.largeShare + config.midShare;
    const double p = std::clamp(position, 0.0, 1.0);
    if (p <= large)
        return p / large;
    if (p <= largeAndMid)
        return 1.0 + (p - large) / config.midShare;
    return 2.0 + (p - largeAndMid) / (1.0 - largeAndMid);
}

SizeBand sizeBandOfScore(double sizeScore)
{
    if (sizeScore <= 1.0)
        return SizeBand::Large;
    if (sizeScore <= 2.0)
        return SizeBand::Mid;
    return SizeBand::Small;
}

StyleBand styleBandOfScore(double valueGrowthScore, const StyleBoxConfig& config)
{
    if (valueGrowthScore < -config.valueGrowthBand)
        return StyleBand::Value;
    if (valueGrowthScore > config.valueGrowthBand)
        return StyleBand::Growth;
    return StyleBand::Blend;
}

StyleBoxOutcome computeStyleBox(std::span<const Holding> holdings, const SizeUniverse& universe,
                                const StyleBoxConfig& config)
{
    StyleBoxOutcome out;
    if (!(config.largeShare > 0 && config.midShare > 0 && config.largeShare + config.midShare < 1.0) ||
        !(std::isfinite(config.valueGrowthBand) && config.valueGrowthBand >= 0)) {
        out.error = QStringLiteral("style-box configuration out of range: need 0 < large, 0 < mid, "
                                   "large + mid < 1, value–growth band ≥ 0");
        return out;
    }
    StyleBox box;
    double weightedSize = 0;
    double weightedStyle = 0;
    for (const Holding& h : holdings) {
        if (!validWeight(h.weight)) {
            out.error = QStringLiteral("holding %1 has a weight that is negative or not finite").arg(h.code);
            return out;
        }
        box.holdingsWeight += h.weight;
        std::optional<double> position = universe.position(h.code);
        if (!position && h.marketCap && std::isfinite(*h.marketCap) && *h.marketCap > 0)
            position = universe.positionOfCap(*h.marketCap);
        const bool hasScore = h.valueGrowthScore && std::isfinite(*h.valueGrowthScore);
        if (!position || !hasScore) {
            box.unclassified.append(h.code);
            continue;
        }
        const double sizeScore = sizeScoreOfPosition(*position, config);
        const StyleCell cell{sizeBandOfScore(sizeScore), styleBandOfScore(*h.valueGrowthScore, config)};
        box.cellWeights[static_cast<std::size_t>(cell.index())] += h.weight;
        box.classifiedWeight += h.weight;
        weightedSize += h.weight * sizeScore;
        weightedStyle += h.weight * *h.valueGrowthScore;
    }
    if (!(box.classifiedWeight > 0)) {
        out.error =
            QStringLiteral("no holding with positive weight has both a size and a value–growth score");
        return out;
    }
    box.sizeScore = weightedSize / box.classifiedWeight;
    box.styleScore = weightedStyle / box.classifiedWeight;
    box.cell = StyleCell{sizeBandOfScore(box.sizeScore), styleBandOfScore(box.styleScore, config)};
    for (std::size_t i = 0; i < box.cellShares.size(); ++i)
        box.cellShares[i] = box.cellWeights[i] / box.classifiedWeight;
    out.box = std::move(box);
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Style drift

namespace {

StyleCell dominantCell(const StyleGrid& grid)
{
    const auto it = std::max_element(grid.begin(), grid.end()); // first of equal maxima
    return StyleCell::fromIndex(static_cast<int>(it - grid.begin()));
}

} // namespace

StyleDriftOutcome checkStyleDrift(const StyleBox& holdings, const RbsaResult& rbsa,
                                  std::span<const std::optional<int>> cellOfStyle,
                                  std::optional<StyleCell> previousReportCell, const StyleDriftConfig& config)
{
    StyleDriftOutcome out;
    if (cellOfStyle.size() != rbsa.weights.size()) {
        out.error = QStringLiteral("%1 cell mappings for %2 RBSA styles")
                        .arg(cellOfStyle.size())
                        .arg(rbsa.weights.size());
        return out;
    }
    if (!(std::isfinite(config.l1Threshold) && config.l1Threshold >= 0) ||
        !(std::isfinite(config.minEquityWeight) && config.minEquityWeight > 0)) {
        out.error = QStringLiteral("style-drift threshold out of range");
        return out;
    }
    StyleDriftCheck check;
    StyleGrid rbsaGrid{};
    for (std::size_t k = 0; k < cellOfStyle.size(); ++k) {
        if (!cellOfStyle[k])
            continue;
        if (*cellOfStyle[k] < 0 || *cellOfStyle[k] > 8) {
            out.error =
                QStringLiteral("style %1 maps to cell %2, outside 0..8").arg(k + 1).arg(*cellOfStyle[k]);
            return out;
        }
        rbsaGrid[static_cast<std::size_t>(*cellOfStyle[k])] += rbsa.weights[k];
        check.rbsaEquityWeight += rbsa.weights[k];
    }
    if (check.rbsaEquityWeight < config.minEquityWeight) {
        out.error = QStringLiteral("RBSA puts only %1% on equity style indices; no style-box comparison")
                        .arg(check.rbsaEquityWeight * 100.0, 0, 'f', 1);
        return out;
    }
    check.holdingsShares = holdings.cellShares;
    for (std::size_t i = 0; i < rbsaGrid.size(); ++i) {
        check.rbsaShares[i] = rbsaGrid[i] / check.rbsaEquityWeight;
        check.l1Distance += std::abs(check.holdingsShares[i] - check.rbsaShares[i]);
    }
    check.holdingsDominant = dominantCell(check.holdingsShares);
    check.rbsaDominant = dominantCell(check.rbsaShares);
    check.previousCell = previousReportCell;

    QStringList reasons;
    check.distanceExceeded = check.l1Distance > config.l1Threshold;
    if (check.distanceExceeded)
        reasons.append(QStringLiteral("holdings and RBSA style distributions differ by L1 %1 > %2")
                           .arg(check.l1Distance, 0, 'f', 3)
                           .arg(config.l1Threshold, 0, 'f', 3));
    check.dominantDiffers = config.warnOnDominantCell && !(check.holdingsDominant == check.rbsaDominant);
    if (check.dominantDiffers)
        reasons.append(QStringLiteral("dominant style is %1 by holdings but %2 by RBSA")
                           .arg(check.holdingsDominant.name(), check.rbsaDominant.name()));
    check.cellChanged = previousReportCell && !(*previousReportCell == holdings.cell);
    if (check.cellChanged)
        reasons.append(QStringLiteral("holdings style box moved from %1 to %2 since the previous report")
                           .arg(previousReportCell->name(), holdings.cell.name()));
    check.warning = !reasons.isEmpty();
    check.reason = check.warning ? reasons.join(QLatin1Char('\n'))
                                 : QStringLiteral("styles agree: L1 distance %1 ≤ %2, dominant %3")
                                       .arg(check.l1Distance, 0, 'f', 3)
                                       .arg(config.l1Threshold, 0, 'f', 3)
                                       .arg(check.holdingsDominant.name());
    out.check = std::move(check);
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Concentration and industries

HoldingsSummaryOutcome summarizeHoldings(std::span<const Holding> holdings)
{
    HoldingsSummaryOutcome out;
    if (holdings.empty()) {
        out.error = QStringLiteral("no holdings");
        return out;
    }
    struct Position
    {
        QString code;
        QString industry;
        double weight = 0;
    };
    std::vector<Position> positions;
    QHash<QString, std::size_t> byCode;
    for (const Holding& h : holdings) {
        if (!validWeight(h.weight)) {
            out.error = QStringLiteral("holding %1 has a weight that is negative or not finite").arg(h.code);
            return out;
        }
        const auto it = byCode.constFind(h.code);
        if (it != byCode.constEnd()) {
            positions[*it].weight += h.weight;
            continue;
        }
        byCode.insert(h.code, positions.size());
        positions.push_back(Position{h.code, h.industry.isEmpty() ? kUnclassified : h.industry, h.weight});
    }
    HoldingsSummary summary;
    summary.positions = static_cast<int>(positions.size());
    for (const Position& p : positions)
        summary.totalWeight += p.weight;
    if (!(summary.totalWeight > 0)) {
        out.error = QStringLiteral("the holdings' weights sum to zero");
        return out;
    }
    std::vector<double> weights;
    for (const Position& p : positions)
        weights.push_back(p.weight);
    std::sort(weights.begin(), weights.end(), std::greater<>());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (i < 10)
            summary.top10Weight += weights[i];
        summary.hhi += weights[i] * weights[i];
        const double share = weights[i] / summary.totalWeight;
        summary.normalizedHhi += share * share;
    }
    summary.effectivePositions = 1.0 / summary.normalizedHhi;

    QHash<QString, std::size_t> industryIndex;
    for (const Position& p : positions) {
        auto it = industryIndex.constFind(p.industry);
        if (it == industryIndex.constEnd()) {
            it = industryIndex.insert(p.industry, summary.industries.size());
            summary.industries.push_back(IndustryWeight{p.industry, 0, 0});
        }
        summary.industries[*it].weight += p.weight;
        summary.industries[*it].holdings += 1;
    }
    std::sort(summary.industries.begin(), summary.industries.end(),
              [](const IndustryWeight& a, const IndustryWeight& b) {
                  return a.weight != b.weight ? a.weight > b.weight : a.industry < b.industry;
              });
    out.summary = std::move(summary);
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Turnover

TurnoverOutcome turnoverFromTrades(double buys, double sells, std::span<const double> netAssets)
{
    TurnoverOutcome out;
    if (!validWeight(buys) || !validWeight(sells)) {
        out.error = QStringLiteral("buy and sell amounts must be finite and not negative");
        return out;
    }
    if (netAssets.empty()) {
        out.error = QStringLiteral("turnover needs at least one net-asset observation");
        return out;
    }
    for (double n : netAssets) {
        if (!(std::isfinite(n) && n > 0)) {
            out.error = QStringLiteral("net assets must be positive and finite");
            return out;
        }
    }
    out.buys = buys;
    out.sells = sells;
    out.averageNetAssets =
        std::accumulate(netAssets.begin(), netAssets.end(), 0.0) / static_cast<double>(netAssets.size());
    out.turnover = (buys + sells) / 2.0 / out.averageNetAssets;
    return out;
}

TurnoverOutcome estimateTurnover(const HoldingsReport& start, const HoldingsReport& end,
                                 const QHash<QString, double>& priceReturns)
{
    TurnoverOutcome out;
    out.estimated = true;
    if (!(std::isfinite(start.netAssets) && start.netAssets > 0 && std::isfinite(end.netAssets) &&
          end.netAssets > 0)) {
        out.error = QStringLiteral("net assets must be positive and finite at both reports");
        return out;
    }
    QHash<QString, std::pair<double, double>> values; // code → (start value, end value)
    QStringList order;
    auto collect = [&](const HoldingsReport& report, bool atStart) -> bool {
        for (const Holding& h : report.holdings) {
            if (!validWeight(h.weight)) {
                out.error =
                    QStringLiteral("holding %1 has a weight that is negative or not finite").arg(h.code);
                return false;
            }
            if (!values.contains(h.code))
                order.append(h.code);
            auto& v = values[h.code];
            (atStart ? v.first : v.second) += h.weight * report.netAssets;
        }
        return true;
    };
    if (!collect(start, true) || !collect(end, false))
        return out;
    for (const QString& code : order) {
        const double r = priceReturns.value(code, 0.0);
        if (!(std::isfinite(r) && r > -1.0)) {
            out.error = QStringLiteral("price return of %1 is not a finite number above -100%").arg(code);
            return out;
        }
        const auto& [startValue, endValue] = values[code];
        const double trade = endValue - startValue * (1.0 + r);
        (trade > 0 ? out.buys : out.sells) += std::abs(trade);
    }
    out.averageNetAssets = (start.netAssets + end.netAssets) / 2.0;
    out.turnover = (out.buys + out.sells) / 2.0 / out.averageNetAssets;
    return out;
}

// ---------------------------------------------------------------------------------------------------
// Bonds

namespace {

const std::array<const char*, 20> kRatingScale = {"AAA",  "AA+", "AA",   "AA-", "A+", "A",   "A-",
                                                  "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-", "B+",
                                                  "B",    "B-",  "CCC",  "CC",  "C",  "D"};

} // namespace

std::optional<int> ratingNotch(const QString& rating)
{
    QString normalized;
    for (QChar c : rating) {
        if (c.isSpace())
            continue;
        if (c == QChar(0xFF0B)) // fullwidth plus, as in some Chinese disclosures
            c = QLatin1Char('+');
        else if (c == QChar(0xFF0D) || c == QChar(0x2212)) // fullwidth hyphen-minus, minus sign
            c = QLatin1Char('-');
        normalized.append(c.toUpper());
    }
    for (std::size_t i = 0; i < kRatingScale.size(); ++i) {
        if (normalized == QLatin1String(kRatingScale[i]))
            return static_cast<int>(i) + 1;
    }
    return std::nullopt;
}

QString ratingOfNotch(int notch)
{
    if (notch < 1 || notch > static_cast<int>(kRatingScale.size()))
        return {};
    return QLatin1String(kRatingScale[static_cast<std::size_t>(notch - 1)]);
}

BondRiskOutcome summarizeBondRisk(std::span<const BondHolding> bonds)
{
    BondRiskOutcome out;
    if (bonds.empty()) {
        out.error = QStringLiteral("no bond holdings");
        return out;
    }
    BondRiskSummary summary;
    double weightedDuration = 0;
    double weightedNotch = 0;
    for (const BondHolding& b : bonds) {
        if (!validWeight(b.weight)) {
            out.error = QStringLiteral("bond %1 has a weight that is negative or not finite").arg(b.code);
            return out;
        }
        if (b.modifiedDuration && !std::isfinite(*b.modifiedDuration)) {
            out.error = QStringLiteral("bond %1 has a duration that is not a finite number").arg(b.code);
            return out;
        }
        summary.bondWeight += b.weight;
        if (b.modifiedDuration) {
            summary.durationCoveredWeight += b.weight;
            weightedDuration += b.weight * *b.modifiedDuration;
        }
        if (b.rating.trimmed().isEmpty())
            continue;
        if (const std::optional<int> notch = ratingNotch(b.rating)) {
            summary.ratingCoveredWeight += b.weight;
            weightedNotch += b.weight * *notch;
        } else if (!summary.unknownRatings.contains(b.rating)) {
            summary.unknownRatings.append(b.rating);
        }
    }
    summary.durationContribution = weightedDuration;
    if (summary.durationCoveredWeight > 0)
        summary.averageDuration = weightedDuration / summary.durationCoveredWeight;
    if (summary.ratingCoveredWeight > 0) {
        summary.averageRatingNotch = weightedNotch / summary.ratingCoveredWeight;
        // Nearest notch; exactly half-way goes to the higher notch, i.e. the worse rating.
        summary.averageRating =
            ratingOfNotch(static_cast<int>(std::floor(*summary.averageRatingNotch + 0.5)));
    }
    if (summary.bondWeight > 0) {
        summary.durationCoverage = summary.durationCoveredWeight / summary.bondWeight;
        summary.ratingCoverage = summary.ratingCoveredWeight / summary.bondWeight;
    }
    out.summary = std::move(summary);
    return out;
}

} // namespace ws::funds
