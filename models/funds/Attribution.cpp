#include "funds/Attribution.h"

#include <QHash>
#include <QSet>

#include <cmath>

namespace ws::funds {

namespace {

const QString kCashSegment = QStringLiteral("Cash");
const QString kUnclassified = QStringLiteral("Unclassified");

bool finite(double x)
{
    return std::isfinite(x);
}

bool finite(const std::optional<double>& x)
{
    return !x || std::isfinite(*x);
}

// ln(1 + x) / x, 1 at x = 0; the series keeps it accurate where log1p(x)/x would lose digits.
double log1pRatio(double x)
{
    if (std::abs(x) < 1e-8)
        return 1.0 - x / 2.0 + x * x / 3.0;
    return std::log1p(x) / x;
}

} // namespace

BrinsonOutcome brinson(std::span<const SegmentReturns> input, const BrinsonOptions& options)
{
    BrinsonOutcome out;
    if (input.empty()) {
        out.error = QStringLiteral("Brinson attribution needs at least one segment");
        return out;
    }
    if (!finite(options.cashReturn)) {
        out.error = QStringLiteral("the cash return is not a finite number");
        return out;
    }
    QSet<QString> names;
    double portfolioWeightSum = 0;
    double benchmarkWeightSum = 0;
    for (const SegmentReturns& s : input) {
        if (names.contains(s.segment)) {
            out.error = QStringLiteral("segment \"%1\" is given twice").arg(s.segment);
            return out;
        }
        names.insert(s.segment);
        if (!finite(s.portfolioWeight) || !finite(s.benchmarkWeight) || !finite(s.portfolioReturn) ||
            !finite(s.benchmarkReturn)) {
            out.error = QStringLiteral("segment \"%1\" has a weight or return that is not a finite number")
                            .arg(s.segment);
            return out;
        }
        if (s.portfolioWeight != 0 && !s.portfolioReturn) {
            out.error = QStringLiteral("segment \"%1\" is held by the portfolio but has no portfolio return")
                            .arg(s.segment);
            return out;
        }
        if (s.benchmarkWeight != 0 && !s.benchmarkReturn) {
            out.error = QStringLiteral("segment \"%1\" is held by the benchmark but has no benchmark return")
                            .arg(s.segment);
            return out;
        }
        portfolioWeightSum += s.portfolioWeight;
        benchmarkWeightSum += s.benchmarkWeight;
    }

    BrinsonResult result;
    result.method = options.method;
    result.segments.assign(input.begin(), input.end());
    // The remainder of either side's weights is cash, so both sides sum to 1 and the effects add up.
    const double portfolioCash = 1.0 - portfolioWeightSum;
    const double benchmarkCash = 1.0 - benchmarkWeightSum;
    if (std::abs(portfolioCash) > options.weightTolerance ||
        std::abs(benchmarkCash) > options.weightTolerance) {
        if (names.contains(kCashSegment)) {
            out.error = QStringLiteral("weights do not sum to 1 and a segment is already named \"%1\"")
                            .arg(kCashSegment);
            return out;
        }
        SegmentReturns cash;
        cash.segment = kCashSegment;
        cash.portfolioWeight = std::abs(portfolioCash) > options.weightTolerance ? portfolioCash : 0.0;
        cash.benchmarkWeight = std::abs(benchmarkCash) > options.weightTolerance ? benchmarkCash : 0.0;
        cash.portfolioReturn = options.cashReturn;
        cash.benchmarkReturn = options.cashReturn;
        result.segments.push_back(cash);
    }

    double benchmarkTotal = 0;
    for (const SegmentReturns& s : result.segments)
        benchmarkTotal += s.benchmarkWeight * s.benchmarkReturn.value_or(0.0);
    for (SegmentReturns& s : result.segments) {
        if (!s.benchmarkReturn)
            s.benchmarkReturn = benchmarkTotal;
        if (!s.portfolioReturn)
            s.portfolioReturn = *s.benchmarkReturn;
    }

    double portfolioTotal = 0;
    for (const SegmentReturns& s : result.segments)
        portfolioTotal += s.portfolioWeight * *s.portfolioReturn;
    result.portfolioReturn = portfolioTotal;
    result.benchmarkReturn = benchmarkTotal;

    for (const SegmentReturns& s : result.segments) {
        const double activeWeight = s.portfolioWeight - s.benchmarkWeight;
        const double rp = *s.portfolioReturn;
        const double rb = *s.benchmarkReturn;
        SegmentEffects e;
        e.segment = s.segment;
        e.allocation =
            options.method == BrinsonMethod::Bhb ? activeWeight * rb : activeWeight * (rb - benchmarkTotal);
        e.selection = s.benchmarkWeight * (rp - rb);
        e.interaction = activeWeight * (rp - rb);
        result.allocation += e.allocation;
        result.selection += e.selection;
        result.interaction += e.interaction;
        result.effects.push_back(e);
    }
    out.result = std::move(result);
    return out;
}

BrinsonOutcome brinsonByIndustry(std::span<const PositionReturn> portfolio,
                                 std::span<const PositionReturn> benchmark, const BrinsonOptions& options)
{
    struct Sums
    {
        double portfolioWeight = 0;
        double portfolioWeighted = 0;
        double benchmarkWeight = 0;
        double benchmarkWeighted = 0;
    };
    QStringList order;
    QHash<QString, Sums> sums;
    auto add = [&](const PositionReturn& p, bool isPortfolio) -> bool {
        if (!finite(p.weight) || !finite(p.periodReturn))
            return false;
        const QString industry = p.industry.isEmpty() ? kUnclassified : p.industry;
        if (!sums.contains(industry))
            order.append(industry);
        Sums& s = sums[industry];
        (isPortfolio ? s.portfolioWeight : s.benchmarkWeight) += p.weight;
        (isPortfolio ? s.portfolioWeighted : s.benchmarkWeighted) += p.weight * p.periodReturn;
        return true;
    };
    for (const PositionReturn& p : portfolio) {
        if (!add(p, true))
            return {std::nullopt, QStringLiteral("portfolio position %1 has a weight or return that is not a "
                                                 "finite number")
                                      .arg(p.code)};
    }
    for (const PositionReturn& p : benchmark) {
        if (!add(p, false))
            return {std::nullopt, QStringLiteral("benchmark position %1 has a weight or return that is not a "
                                                 "finite number")
                                      .arg(p.code)};
    }
    std::vector<SegmentReturns> segments;
    for (const QString& industry : order) {
        const Sums& s = sums[industry];
        SegmentReturns seg;
        seg.segment = industry;
        seg.portfolioWeight = s.portfolioWeight;
        seg.benchmarkWeight = s.benchmarkWeight;
        if (s.portfolioWeight != 0)
            seg.portfolioReturn = s.portfolioWeighted / s.portfolioWeight;
        if (s.benchmarkWeight != 0)
            seg.benchmarkReturn = s.benchmarkWeighted / s.benchmarkWeight;
        segments.push_back(seg);
    }
    return brinson(segments, options);
}

std::optional<double> carinoCoefficient(double portfolioReturn, double benchmarkReturn)
{
    if (!(1.0 + portfolioReturn > 0) || !(1.0 + benchmarkReturn > 0))
        return std::nullopt;
    // ln(1+a) − ln(1+b) = ln(1 + x) with x = (a − b)/(1 + b); divided by a − b = x(1 + b).
    const double x = (portfolioReturn - benchmarkReturn) / (1.0 + benchmarkReturn);
    return log1pRatio(x) / (1.0 + benchmarkReturn);
}

LinkedOutcome linkCarino(std::span<const BrinsonResult> periods)
{
    LinkedOutcome out;
    if (periods.empty()) {
        out.error = QStringLiteral("Carino linking needs at least one period");
        return out;
    }
    LinkedAttribution linked;
    double portfolioGrowth = 1;
    double benchmarkGrowth = 1;
    for (std::size_t t = 0; t < periods.size(); ++t) {
        const std::optional<double> k =
            carinoCoefficient(periods[t].portfolioReturn, periods[t].benchmarkReturn);
        if (!k) {
            out.error =
                QStringLiteral("period %1 has a return at or below -100%; it cannot be linked").arg(t + 1);
            return out;
        }
        linked.periodCoefficients.push_back(*k);
        portfolioGrowth *= 1.0 + periods[t].portfolioReturn;
        benchmarkGrowth *= 1.0 + periods[t].benchmarkReturn;
    }
    linked.portfolioReturn = portfolioGrowth - 1.0;
    linked.benchmarkReturn = benchmarkGrowth - 1.0;
    // Both growths are positive (every period's 1 + R is), so K exists.
    linked.overallCoefficient = *carinoCoefficient(linked.portfolioReturn, linked.benchmarkReturn);

    QHash<QString, std::size_t> index;
    for (std::size_t t = 0; t < periods.size(); ++t) {
        const double scale = linked.periodCoefficients[t] / linked.overallCoefficient;
        for (const SegmentEffects& e : periods[t].effects) {
            auto it = index.constFind(e.segment);
            if (it == index.constEnd()) {
                it = index.insert(e.segment, linked.effects.size());
                linked.effects.push_back(SegmentEffects{e.segment, 0, 0, 0});
            }
            SegmentEffects& target = linked.effects[*it];
            target.allocation += e.allocation * scale;
            target.selection += e.selection * scale;
            target.interaction += e.interaction * scale;
        }
    }
    for (const SegmentEffects& e : linked.effects) {
        linked.allocation += e.allocation;
        linked.selection += e.selection;
        linked.interaction += e.interaction;
    }
    out.result = std::move(linked);
    return out;
}

} // namespace ws::funds
