// Fund style and attribution (models/funds/Style, Attribution): RBSA recovers planted style mixtures
// and matches a brute-force active-set enumeration, the style box and drift rules on hand-built
// holdings, concentration / turnover / bond risk by hand, Brinson effects that add up to the active
// return (cash included), and Carino linking by hand and on random multi-period data.
#include "funds/Attribution.h"
#include "funds/Style.h"

#include <Eigen/Dense>

#include <QtTest>

#include <cmath>
#include <random>

using namespace ws::funds;

namespace {

struct Simulated
{
    std::vector<std::vector<double>> styles;
    std::vector<double> fund;

    std::vector<std::span<const double>> spans() const
    {
        std::vector<std::span<const double>> out;
        for (const auto& s : styles)
            out.emplace_back(s);
        return out;
    }
};

// K style series sharing a market factor (sd 1%) plus their own factor (sd 0.5%), and a fund that is
// the mixture `weights` of them plus a constant alpha and noise of sd `noise`.
Simulated simulate(std::size_t n, const std::vector<double>& weights, double alpha, double noise,
                   std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> market(0.0003, 0.01);
    std::normal_distribution<double> own(0.0, 0.005);
    std::normal_distribution<double> eps(0.0, noise > 0 ? noise : 1.0);
    Simulated s;
    s.styles.assign(weights.size(), std::vector<double>(n));
    s.fund.assign(n, 0.0);
    for (std::size_t t = 0; t < n; ++t) {
        const double m = market(rng);
        for (std::size_t k = 0; k < weights.size(); ++k) {
            s.styles[k][t] = m + own(rng);
            s.fund[t] += weights[k] * s.styles[k][t];
        }
        s.fund[t] += alpha + (noise > 0 ? eps(rng) : 0.0);
    }
    return s;
}

// Var(fund − Σ w r) with denominator n − 1.
double trackingVariance(const Simulated& s, const std::vector<double>& w)
{
    const std::size_t n = s.fund.size();
    std::vector<double> d(n);
    double mean = 0;
    for (std::size_t t = 0; t < n; ++t) {
        d[t] = s.fund[t];
        for (std::size_t k = 0; k < w.size(); ++k)
            d[t] -= w[k] * s.styles[k][t];
        mean += d[t];
    }
    mean /= static_cast<double>(n);
    double v = 0;
    for (double x : d)
        v += (x - mean) * (x - mean);
    return v / static_cast<double>(n - 1);
}

// Brute force: every support set F, the equality-constrained minimum of Var(tracking) on it (KKT
// system), kept when feasible (w ≥ 0); the best of them is the global minimum of the convex problem.
std::vector<double> bruteForceRbsa(const Simulated& s)
{
    const auto k = static_cast<Eigen::Index>(s.styles.size());
    const auto n = static_cast<Eigen::Index>(s.fund.size());
    Eigen::MatrixXd x(n, k);
    Eigen::VectorXd y(n);
    for (Eigen::Index t = 0; t < n; ++t) {
        y(t) = s.fund[static_cast<std::size_t>(t)];
        for (Eigen::Index j = 0; j < k; ++j)
            x(t, j) = s.styles[static_cast<std::size_t>(j)][static_cast<std::size_t>(t)];
    }
    const Eigen::MatrixXd xc = x.rowwise() - x.colwise().mean();
    const Eigen::VectorXd yc = y.array() - y.mean();
    const Eigen::MatrixXd cov = xc.transpose() * xc;
    const Eigen::VectorXd cross = xc.transpose() * yc;
    double best = std::numeric_limits<double>::infinity();
    std::vector<double> bestW;
    for (int mask = 1; mask < (1 << k); ++mask) {
        std::vector<Eigen::Index> free;
        for (Eigen::Index j = 0; j < k; ++j)
            if (mask & (1 << j))
                free.push_back(j);
        const auto m = static_cast<Eigen::Index>(free.size());
        Eigen::MatrixXd kkt = Eigen::MatrixXd::Zero(m + 1, m + 1);
        Eigen::VectorXd rhs(m + 1);
        for (Eigen::Index a = 0; a < m; ++a) {
            for (Eigen::Index b = 0; b < m; ++b)
                kkt(a, b) = 2.0 * cov(free[static_cast<std::size_t>(a)], free[static_cast<std::size_t>(b)]);
            kkt(a, m) = 1.0;
            kkt(m, a) = 1.0;
            rhs(a) = 2.0 * cross(free[static_cast<std::size_t>(a)]);
        }
        rhs(m) = 1.0;
        const Eigen::VectorXd sol = kkt.fullPivLu().solve(rhs);
        std::vector<double> w(static_cast<std::size_t>(k), 0.0);
        bool feasible = true;
        for (Eigen::Index a = 0; a < m; ++a) {
            if (sol(a) < -1e-12)
                feasible = false;
            w[static_cast<std::size_t>(free[static_cast<std::size_t>(a)])] = std::max(0.0, sol(a));
        }
        if (!feasible)
            continue;
        const double objective = trackingVariance(s, w);
        if (objective < best) {
            best = objective;
            bestW = w;
        }
    }
    return bestW;
}

StyleBox boxWithShares(const StyleGrid& shares, StyleCell cell)
{
    StyleBox box;
    box.cellShares = shares;
    box.cellWeights = shares;
    box.classifiedWeight = 1;
    box.holdingsWeight = 1;
    box.cell = cell;
    return box;
}

RbsaResult rbsaWith(std::vector<double> weights)
{
    RbsaResult r;
    r.weights = std::move(weights);
    return r;
}

double sumEffects(const BrinsonResult& r)
{
    double total = 0;
    for (const SegmentEffects& e : r.effects)
        total += e.total();
    return total;
}

} // namespace

class TestFundStyle : public QObject
{
    Q_OBJECT

private slots:
    // ---- Brinson
    void brinsonHandComputed();
    void brinsonCashSegmentSumsToActive();
    void brinsonRandomSumsToActive();
    void brinsonMissingReturnsAndErrors();
    void brinsonByIndustryAggregates();
    void carinoCoefficientLimit();
    void carinoHandTwoPeriods();
    void carinoLinkedSumsToCumulative();
    void carinoErrors();
    // ---- holdings analytics
    void holdingsConcentrationAndIndustries();
    void turnoverReportedAndEstimated();
    void bondDurationAndRating();
    // ---- style box and drift
    void sizeUniversePositions();
    void styleBoxHandBuilt();
    void styleBoxErrors();
    void styleDriftRules();
    // ---- RBSA
    void rbsaRecoversKnownMixture();
    void rbsaRecoversMixtureWithZeroWeight();
    void rbsaMatchesBruteForce();
    void rbsaCashSeriesAccepted();
    void rbsaRejectsBadInput();
    void rollingRbsaFollowsStyleSwitch();
    void rbsaFeedsDriftWarning();
};

// Two segments, by hand: BHB allocation A 0.1·0.08, B −0.1·0.04; selection ±0.5·0.02; interaction
// 0.1·0.02 twice. Brinson–Fachler allocation uses R_b,i − R_b = ±0.02.
void TestFundStyle::brinsonHandComputed()
{
    const std::vector<SegmentReturns> segments{{"A", 0.6, 0.5, 0.10, 0.08}, {"B", 0.4, 0.5, 0.02, 0.04}};
    const BrinsonOutcome bhb = brinson(segments);
    QVERIFY2(bhb.ok(), qPrintable(bhb.error));
    const BrinsonResult& r = *bhb.result;
    QCOMPARE(r.effects.size(), std::size_t(2)); // weights sum to 1: no cash segment
    QVERIFY(std::abs(r.portfolioReturn - 0.068) < 1e-15);
    QVERIFY(std::abs(r.benchmarkReturn - 0.06) < 1e-15);
    QVERIFY(std::abs(r.effects[0].allocation - 0.008) < 1e-15);
    QVERIFY(std::abs(r.effects[1].allocation + 0.004) < 1e-15);
    QVERIFY(std::abs(r.effects[0].selection - 0.01) < 1e-15);
    QVERIFY(std::abs(r.effects[1].selection + 0.01) < 1e-15);
    QVERIFY(std::abs(r.effects[0].interaction - 0.002) < 1e-15);
    QVERIFY(std::abs(r.effects[1].interaction - 0.002) < 1e-15);
    QVERIFY(std::abs(r.allocation - 0.004) < 1e-15);
    QVERIFY(std::abs(r.allocation + r.selection + r.interaction - r.activeReturn()) < 1e-15);

    const BrinsonOutcome bf = brinson(segments, BrinsonOptions{BrinsonMethod::BrinsonFachler});
    QVERIFY(bf.ok());
    QVERIFY(std::abs(bf.result->effects[0].allocation - 0.002) < 1e-15);
    QVERIFY(std::abs(bf.result->effects[1].allocation - 0.002) < 1e-15);
    QVERIFY(std::abs(bf.result->selection - r.selection) < 1e-15);
    QVERIFY(std::abs(sumEffects(*bf.result) - 0.008) < 1e-15);
}

// Portfolio 90% invested (10% cash at 1%), benchmark 105% (−5% cash, i.e. financed): a Cash segment is
// added and both methods still add up to R_p − R_b exactly.
void TestFundStyle::brinsonCashSegmentSumsToActive()
{
    const std::vector<SegmentReturns> segments{{"Banks", 0.30, 0.40, 0.05, 0.04},
                                               {"Tech", 0.45, 0.35, -0.02, 0.01},
                                               {"Energy", 0.15, 0.30, 0.08, 0.06}};
    for (BrinsonMethod method : {BrinsonMethod::Bhb, BrinsonMethod::BrinsonFachler}) {
        BrinsonOptions options;
        options.method = method;
        options.cashReturn = 0.01;
        const BrinsonOutcome out = brinson(segments, options);
        QVERIFY2(out.ok(), qPrintable(out.error));
        const BrinsonResult& r = *out.result;
        QCOMPARE(r.segments.size(), std::size_t(4));
        QCOMPARE(r.segments.back().segment, QStringLiteral("Cash"));
        QVERIFY(std::abs(r.segments.back().portfolioWeight - 0.10) < 1e-15);
        QVERIFY(std::abs(r.segments.back().benchmarkWeight + 0.05) < 1e-15);
        const double rp = 0.30 * 0.05 + 0.45 * -0.02 + 0.15 * 0.08 + 0.10 * 0.01;
        const double rb = 0.40 * 0.04 + 0.35 * 0.01 + 0.30 * 0.06 - 0.05 * 0.01;
        QVERIFY(std::abs(r.portfolioReturn - rp) < 1e-15);
        QVERIFY(std::abs(r.benchmarkReturn - rb) < 1e-15);
        QVERIFY(std::abs(r.allocation + r.selection + r.interaction - (rp - rb)) < 1e-15);
        QVERIFY(std::abs(sumEffects(r) - (rp - rb)) < 1e-15);
    }
    // Without the cash segment, Brinson–Fachler would not add up: the test above is not vacuous.
    double bfWithoutCash = 0;
    const double rb = 0.40 * 0.04 + 0.35 * 0.01 + 0.30 * 0.06 - 0.05 * 0.01;
    for (const SegmentReturns& s : segments)
        bfWithoutCash += (s.portfolioWeight - s.benchmarkWeight) * (*s.benchmarkReturn - rb) +
                         s.portfolioWeight * (*s.portfolioReturn - *s.benchmarkReturn);
    const double rp = 0.30 * 0.05 + 0.45 * -0.02 + 0.15 * 0.08 + 0.10 * 0.01;
    QVERIFY(std::abs(bfWithoutCash - (rp - rb)) > 1e-4);
}

void TestFundStyle::brinsonRandomSumsToActive()
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> weight(0.0, 1.0);
    std::normal_distribution<double> ret(0.0, 0.08);
    for (int trial = 0; trial < 200; ++trial) {
        const int count = 1 + trial % 12;
        std::vector<SegmentReturns> segments;
        double sp = 0;
        double sb = 0;
        for (int i = 0; i < count; ++i) {
            SegmentReturns s{QStringLiteral("S%1").arg(i), weight(rng), weight(rng), ret(rng), ret(rng)};
            sp += s.portfolioWeight;
            sb += s.benchmarkWeight;
            segments.push_back(s);
        }
        const bool normalise = trial % 2 == 0; // odd trials keep arbitrary sums: cash absorbs them
        for (SegmentReturns& s : segments) {
            if (normalise) {
                s.portfolioWeight /= sp;
                s.benchmarkWeight /= sb;
            }
        }
        for (BrinsonMethod method : {BrinsonMethod::Bhb, BrinsonMethod::BrinsonFachler}) {
            const BrinsonOutcome out = brinson(segments, BrinsonOptions{method, 0.002});
            QVERIFY(out.ok());
            const BrinsonResult& r = *out.result;
            double rp = 0;
            double rb = 0;
            for (const SegmentReturns& s : r.segments) {
                rp += s.portfolioWeight * *s.portfolioReturn;
                rb += s.benchmarkWeight * *s.benchmarkReturn;
            }
            QVERIFY(std::abs(r.portfolioReturn - rp) < 1e-13);
            QVERIFY(std::abs(r.benchmarkReturn - rb) < 1e-13);
            QVERIFY(std::abs(r.allocation + r.selection + r.interaction - r.activeReturn()) < 1e-13);
        }
    }
}

void TestFundStyle::brinsonMissingReturnsAndErrors()
{
    // "New" is not in the benchmark, "Old" not in the portfolio: conventions R_b,i = R_b, R_p,i = R_b,i.
    std::vector<SegmentReturns> segments{{"Core", 0.8, 0.7, 0.03, 0.02},
                                         {"New", 0.2, 0.0, 0.10, std::nullopt},
                                         {"Old", 0.0, 0.3, std::nullopt, -0.04}};
    const BrinsonOutcome out = brinson(segments, BrinsonOptions{BrinsonMethod::BrinsonFachler});
    QVERIFY2(out.ok(), qPrintable(out.error));
    const BrinsonResult& r = *out.result;
    const double rb = 0.7 * 0.02 + 0.3 * -0.04;
    QVERIFY(std::abs(*r.segments[1].benchmarkReturn - rb) < 1e-15);
    QVERIFY(std::abs(*r.segments[2].portfolioReturn + 0.04) < 1e-15);
    QVERIFY(std::abs(r.effects[1].allocation) < 1e-15); // (0.2)(R_b − R_b)
    QVERIFY(std::abs(r.effects[2].selection) < 1e-15);
    QVERIFY(std::abs(r.effects[2].interaction) < 1e-15);
    QVERIFY(std::abs(sumEffects(r) - r.activeReturn()) < 1e-15);

    segments[1].portfolioReturn.reset();
    QVERIFY(brinson(segments).error.contains(QStringLiteral("no portfolio return")));
    QVERIFY(!brinson(std::vector<SegmentReturns>{}).ok());
    const std::vector<SegmentReturns> twice{{"A", 0.5, 0.5, 0.1, 0.1}, {"A", 0.5, 0.5, 0.1, 0.1}};
    QVERIFY(brinson(twice).error.contains(QStringLiteral("twice")));
    const std::vector<SegmentReturns> nan{{"A", 1.0, 1.0, std::nan(""), 0.1}};
    QVERIFY(brinson(nan).error.contains(QStringLiteral("finite")));
    const std::vector<SegmentReturns> cashClash{{"Cash", 0.5, 0.5, 0.1, 0.1}};
    QVERIFY(brinson(cashClash).error.contains(QStringLiteral("Cash")));
}

void TestFundStyle::brinsonByIndustryAggregates()
{
    const std::vector<PositionReturn> portfolio{{"600000", "Banks", 0.2, 0.05},
                                                {"601398", "Banks", 0.3, 0.01},
                                                {"000001", "Tech", 0.4, -0.03}}; // 10% cash
    const std::vector<PositionReturn> benchmark{
        {"600000", "Banks", 0.25, 0.05}, {"000001", "Tech", 0.5, -0.03}, {"600028", "", 0.25, 0.02}};
    const BrinsonOutcome out = brinsonByIndustry(portfolio, benchmark);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const BrinsonResult& r = *out.result;
    QCOMPARE(r.segments.size(), std::size_t(4)); // Banks, Tech, Unclassified, Cash
    QCOMPARE(r.segments[0].segment, QStringLiteral("Banks"));
    QCOMPARE(r.segments[2].segment, QStringLiteral("Unclassified"));
    QCOMPARE(r.segments[3].segment, QStringLiteral("Cash"));
    QVERIFY(std::abs(r.segments[0].portfolioWeight - 0.5) < 1e-15);
    QVERIFY(std::abs(*r.segments[0].portfolioReturn - (0.2 * 0.05 + 0.3 * 0.01) / 0.5) < 1e-15);
    QVERIFY(std::abs(*r.segments[0].benchmarkReturn - 0.05) < 1e-15);
    QVERIFY(std::abs(r.portfolioReturn - (0.2 * 0.05 + 0.3 * 0.01 - 0.4 * 0.03)) < 1e-15);
    QVERIFY(std::abs(r.benchmarkReturn - (0.25 * 0.05 - 0.5 * 0.03 + 0.25 * 0.02)) < 1e-15);
    QVERIFY(std::abs(sumEffects(r) - r.activeReturn()) < 1e-15);
    const std::vector<PositionReturn> bad{{"X", "Banks", std::nan(""), 0.0}};
    QVERIFY(!brinsonByIndustry(bad, benchmark).ok());
}

void TestFundStyle::carinoCoefficientLimit()
{
    QVERIFY(std::abs(*carinoCoefficient(0.05, 0.05) - 1.0 / 1.05) < 1e-15);
    QVERIFY(std::abs(*carinoCoefficient(-0.2, -0.2) - 1.0 / 0.8) < 1e-15);
    const double direct = (std::log(1.12) - std::log(1.03)) / (0.12 - 0.03);
    QVERIFY(std::abs(*carinoCoefficient(0.12, 0.03) - direct) < 1e-14);
    // Continuous through a = b: no cancellation blow-up.
    for (double gap : {1e-4, 1e-7, 1e-10, 1e-13}) {
        const double k = *carinoCoefficient(0.05 + gap, 0.05);
        QVERIFY(std::abs(k - 1.0 / 1.05) < 2.0 * gap);
    }
    QVERIFY(!carinoCoefficient(-1.0, 0.1));
    QVERIFY(!carinoCoefficient(0.1, -1.5));
}

// Period 1 is brinsonHandComputed (R_p 6.8%, R_b 6%); period 2 has weights 0.4/0.6 vs 0.5/0.5 and
// returns A −5%/−4%, B 3%/2% (R_p −0.2%, R_b −1%). The linked values were computed by hand from
// k_1 = ln(1.068/1.06)/0.008, k_2 = ln(0.998/0.99)/0.008, K = ln(1.065864/1.0494)/0.016464.
void TestFundStyle::carinoHandTwoPeriods()
{
    const std::vector<SegmentReturns> p1{{"A", 0.6, 0.5, 0.10, 0.08}, {"B", 0.4, 0.5, 0.02, 0.04}};
    const std::vector<SegmentReturns> p2{{"A", 0.4, 0.5, -0.05, -0.04}, {"B", 0.6, 0.5, 0.03, 0.02}};
    const std::vector<BrinsonResult> periods{*brinson(p1).result, *brinson(p2).result};
    QVERIFY(std::abs(periods[1].allocation - 0.006) < 1e-15);
    QVERIFY(std::abs(periods[1].interaction - 0.002) < 1e-15);
    const LinkedOutcome out = linkCarino(periods);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const LinkedAttribution& l = *out.result;
    QVERIFY(std::abs(l.portfolioReturn - 0.065864) < 1e-14);
    QVERIFY(std::abs(l.benchmarkReturn - 0.0494) < 1e-14);
    QVERIFY(std::abs(l.periodCoefficients[0] - 0.9398540517534149) < 1e-12);
    QVERIFY(std::abs(l.periodCoefficients[1] - 1.0060416478535519) < 1e-12);
    QVERIFY(std::abs(l.overallCoefficient - 0.9455275508294317) < 1e-12);
    QVERIFY(std::abs(l.allocation - 0.010360000705999586) < 1e-12);
    QVERIFY(std::abs(l.selection) < 1e-15);
    QVERIFY(std::abs(l.interaction - 0.0061039992940003845) < 1e-12);
    QCOMPARE(l.effects.size(), std::size_t(2));
    QVERIFY(std::abs(l.effects[0].allocation - 0.012207998588000769) < 1e-12);
    QVERIFY(std::abs(l.effects[0].selection - 0.0046199947050029585) < 1e-12);
    QVERIFY(std::abs(l.effects[1].allocation + 0.001847997882001183) < 1e-12);
    QVERIFY(std::abs(l.effects[1].selection + 0.0046199947050029585) < 1e-12);
    QVERIFY(std::abs(l.allocation + l.selection + l.interaction - 0.016464) < 1e-14);
    // Simple addition of the periods' effects (0.016) would miss the compounding (0.016464).
    QVERIFY(std::abs(periods[0].activeReturn() + periods[1].activeReturn() - 0.016464) > 4e-4);
}

void TestFundStyle::carinoLinkedSumsToCumulative()
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> weight(0.05, 1.0);
    std::normal_distribution<double> ret(0.01, 0.06);
    for (int trial = 0; trial < 50; ++trial) {
        const int periodsCount = 2 + trial % 10;
        std::vector<BrinsonResult> periods;
        double gp = 1;
        double gb = 1;
        for (int t = 0; t < periodsCount; ++t) {
            std::vector<SegmentReturns> segments;
            // Segments change between periods: linking must union them by name.
            for (int i = 0; i < 3 + (t + trial) % 4; ++i)
                segments.push_back({QStringLiteral("I%1").arg(i + t % 2), weight(rng) / 4, weight(rng) / 4,
                                    ret(rng), ret(rng)});
            const BrinsonOutcome out = brinson(
                segments, BrinsonOptions{trial % 2 ? BrinsonMethod::Bhb : BrinsonMethod::BrinsonFachler});
            QVERIFY(out.ok());
            gp *= 1 + out.result->portfolioReturn;
            gb *= 1 + out.result->benchmarkReturn;
            periods.push_back(*out.result);
        }
        const LinkedOutcome linked = linkCarino(periods);
        QVERIFY2(linked.ok(), qPrintable(linked.error));
        const LinkedAttribution& l = *linked.result;
        QVERIFY(std::abs(l.portfolioReturn - (gp - 1)) < 1e-13);
        QVERIFY(std::abs(l.benchmarkReturn - (gb - 1)) < 1e-13);
        double segmentsTotal = 0;
        for (const SegmentEffects& e : l.effects)
            segmentsTotal += e.total();
        QVERIFY(std::abs(l.allocation + l.selection + l.interaction - (gp - gb)) < 1e-13);
        QVERIFY(std::abs(segmentsTotal - (gp - gb)) < 1e-13);
    }
}

void TestFundStyle::carinoErrors()
{
    QVERIFY(!linkCarino(std::vector<BrinsonResult>{}).ok());
    BrinsonResult wipedOut;
    wipedOut.portfolioReturn = -1.0;
    wipedOut.benchmarkReturn = 0.0;
    const LinkedOutcome out = linkCarino(std::vector<BrinsonResult>{wipedOut});
    QVERIFY(!out.ok());
    QVERIFY(out.error.contains(QStringLiteral("-100%")));
    // Equal totals over the whole span: K falls back to 1/(1 + R) and the sum is still exact.
    const std::vector<SegmentReturns> p1{{"A", 0.6, 0.5, 0.10, 0.08}, {"B", 0.4, 0.5, 0.02, 0.04}};
    const std::vector<SegmentReturns> p2{{"A", 0.5, 0.5, 0.0, 0.0}, {"B", 0.5, 0.5, 0.0, 0.0}};
    BrinsonResult back = *brinson(p1).result;
    std::swap(back.portfolioReturn, back.benchmarkReturn); // undo period 1's lead exactly
    back.effects[0].allocation *= -1;
    back.effects[1].allocation *= -1;
    back.effects[0].selection *= -1;
    back.effects[1].selection *= -1;
    back.effects[0].interaction *= -1;
    back.effects[1].interaction *= -1;
    const std::vector<BrinsonResult> flat{*brinson(p1).result, *brinson(p2).result, back};
    // (1.068)(1.06) vs (1.06)(1.068): the same compounded return on both sides.
    const LinkedOutcome even = linkCarino(flat);
    QVERIFY(even.ok());
    QVERIFY(std::isfinite(even.result->overallCoefficient));
    QVERIFY(std::abs(even.result->allocation + even.result->selection + even.result->interaction) < 1e-12);
}

void TestFundStyle::holdingsConcentrationAndIndustries()
{
    std::vector<Holding> holdings;
    const double weights[] = {0.09, 0.08, 0.07, 0.06, 0.05, 0.05, 0.04, 0.04, 0.03, 0.03, 0.02, 0.02};
    const char* industries[] = {"Banks", "Tech", "Tech", "Banks", "Food", "Tech",
                                "Food",  "",     "Tech", "Banks", "Food", "Tech"};
    for (int i = 0; i < 12; ++i)
        holdings.push_back(
            Holding{QStringLiteral("S%1").arg(i), QLatin1String(industries[i]), weights[i], {}, {}});
    holdings.push_back(
        Holding{QStringLiteral("S0"), QStringLiteral("Banks"), 0.01, {}, {}}); // merged into S0
    const HoldingsSummaryOutcome out = summarizeHoldings(holdings);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const HoldingsSummary& s = *out.summary;
    QCOMPARE(s.positions, 12);
    QVERIFY(std::abs(s.totalWeight - 0.59) < 1e-15);
    // Top 10: 0.10 (S0 merged), 0.08 … 0.03 (S9).
    QVERIFY(std::abs(s.top10Weight - (0.10 + 0.08 + 0.07 + 0.06 + 0.05 + 0.05 + 0.04 + 0.04 + 0.03 + 0.03)) <
            1e-15);
    double hhi = 0.10 * 0.10;
    for (int i = 1; i < 12; ++i)
        hhi += weights[i] * weights[i];
    QVERIFY(std::abs(s.hhi - hhi) < 1e-15);
    QVERIFY(std::abs(s.normalizedHhi - hhi / (0.59 * 0.59)) < 1e-14);
    QVERIFY(std::abs(s.effectivePositions - 0.59 * 0.59 / hhi) < 1e-12);
    QCOMPARE(s.industries.size(), std::size_t(4));
    QCOMPARE(s.industries[0].industry, QStringLiteral("Tech")); // 0.08+0.07+0.05+0.03+0.02
    QVERIFY(std::abs(s.industries[0].weight - 0.25) < 1e-15);
    QCOMPARE(s.industries[0].holdings, 5);
    QCOMPARE(s.industries[1].industry, QStringLiteral("Banks")); // 0.10+0.06+0.03
    QVERIFY(std::abs(s.industries[1].weight - 0.19) < 1e-15);
    QCOMPARE(s.industries[2].industry, QStringLiteral("Food")); // 0.05+0.04+0.02
    QCOMPARE(s.industries[3].industry, QStringLiteral("Unclassified"));

    QVERIFY(!summarizeHoldings(std::vector<Holding>{}).ok());
    QVERIFY(!summarizeHoldings(std::vector<Holding>{{"X", "", -0.1, {}, {}}}).ok());
    QVERIFY(!summarizeHoldings(std::vector<Holding>{{"X", "", 0.0, {}, {}}}).ok());
}

void TestFundStyle::turnoverReportedAndEstimated()
{
    const std::vector<double> netAssets{900, 1100};
    const TurnoverOutcome reported = turnoverFromTrades(120, 80, netAssets);
    QVERIFY(reported.ok());
    QVERIFY(std::abs(*reported.turnover - 0.1) < 1e-15);
    QVERIFY(!reported.estimated);
    QVERIFY(!turnoverFromTrades(-1, 80, netAssets).ok());
    QVERIFY(!turnoverFromTrades(1, 80, std::vector<double>{}).ok());
    QVERIFY(!turnoverFromTrades(1, 80, std::vector<double>{100, 0}).ok());

    // Start (NA 100): A 50%, B 30%. End (NA 110): A 40%, C 50%. A rose 10%: 55 held → 44 is a sale of 11;
    // B sold 30; C bought 55. (55 + 41)/2 ÷ 105.
    HoldingsReport start{{{"A", "", 0.5, {}, {}}, {"B", "", 0.3, {}, {}}}, 100};
    HoldingsReport end{{{"A", "", 0.4, {}, {}}, {"C", "", 0.5, {}, {}}}, 110};
    const TurnoverOutcome estimated = estimateTurnover(start, end, {{QStringLiteral("A"), 0.10}});
    QVERIFY2(estimated.ok(), qPrintable(estimated.error));
    QVERIFY(estimated.estimated);
    QVERIFY(std::abs(estimated.buys - 55) < 1e-12);
    QVERIFY(std::abs(estimated.sells - 41) < 1e-12);
    QVERIFY(std::abs(*estimated.turnover - 48.0 / 105.0) < 1e-15);
    // Unchanged holdings that only moved with prices: no turnover.
    HoldingsReport drifted{{{"A", "", 0.55 / 1.1 * 1.1, {}, {}}, {"B", "", 0.3 / 1.1, {}, {}}}, 110};
    const TurnoverOutcome none = estimateTurnover(start, drifted, {{QStringLiteral("A"), 0.21}});
    QVERIFY(none.ok());
    QVERIFY(std::abs(*none.turnover) < 1e-12);
    end.netAssets = 0;
    QVERIFY(!estimateTurnover(start, end).ok());
}

void TestFundStyle::bondDurationAndRating()
{
    QCOMPARE(ratingNotch(QStringLiteral("AAA")), std::optional<int>(1));
    QCOMPARE(ratingNotch(QStringLiteral(" aa- ")), std::optional<int>(4));
    QCOMPARE(ratingNotch(QString::fromUtf8("AA＋")), std::optional<int>(2));
    QCOMPARE(ratingNotch(QStringLiteral("BBB-")), std::optional<int>(10));
    QCOMPARE(ratingNotch(QStringLiteral("D")), std::optional<int>(20));
    QVERIFY(!ratingNotch(QStringLiteral("A-1")));
    QCOMPARE(ratingOfNotch(5), QStringLiteral("A+"));
    QVERIFY(ratingOfNotch(0).isEmpty());
    for (int notch = 1; notch <= 20; ++notch)
        QCOMPARE(ratingNotch(ratingOfNotch(notch)), std::optional<int>(notch));

    const std::vector<BondHolding> bonds{{"b1", 0.30, 2.0, "AAA"},
                                         {"b2", 0.20, 4.0, "AA+"},
                                         {"b3", 0.10, std::nullopt, "AA"},
                                         {"b4", 0.10, 1.0, ""},
                                         {"b5", 0.05, 3.0, "A-1"}};
    const BondRiskOutcome out = summarizeBondRisk(bonds);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const BondRiskSummary& s = *out.summary;
    QVERIFY(std::abs(s.bondWeight - 0.75) < 1e-15);
    QVERIFY(std::abs(s.durationCoveredWeight - 0.65) < 1e-15);
    QVERIFY(std::abs(s.durationContribution - 1.65) < 1e-15);
    QVERIFY(std::abs(*s.averageDuration - 1.65 / 0.65) < 1e-14);
    QVERIFY(std::abs(s.durationCoverage - 0.65 / 0.75) < 1e-15);
    QVERIFY(std::abs(*s.averageRatingNotch - 1.0 / 0.6) < 1e-14); // (0.3·1 + 0.2·2 + 0.1·3)/0.6
    QCOMPARE(s.averageRating, QStringLiteral("AA+"));
    QVERIFY(std::abs(s.ratingCoverage - 0.8) < 1e-15);
    QCOMPARE(s.unknownRatings, QStringList{QStringLiteral("A-1")});

    // Half-way between AAA and AA+ goes to the worse.
    const std::vector<BondHolding> tie{{"x", 0.5, 1.0, "AAA"}, {"y", 0.5, 1.0, "AA+"}};
    QCOMPARE(summarizeBondRisk(tie).summary->averageRating, QStringLiteral("AA+"));
    const std::vector<BondHolding> unrated{{"x", 0.5, std::nullopt, ""}};
    const BondRiskOutcome none = summarizeBondRisk(unrated);
    QVERIFY(none.ok());
    QVERIFY(!none.summary->averageDuration && !none.summary->averageRatingNotch);
    QVERIFY(none.summary->averageRating.isEmpty());
    QVERIFY(!summarizeBondRisk(std::vector<BondHolding>{}).ok());
    QVERIFY(!summarizeBondRisk(std::vector<BondHolding>{{"x", 0.5, std::nan(""), "AAA"}}).ok());
}

// Caps 40, 20, 10, 10, 8, 5, 3, 2, 1, 1 (total 100): midpoints 0.20, 0.50, 0.65, 0.75, 0.84, 0.905 …
void TestFundStyle::sizeUniversePositions()
{
    const std::vector<StockCap> caps{{"s1", 40}, {"s2", 20}, {"s3", 10}, {"s4", 10}, {"s5", 8},
                                     {"s6", 5},  {"s7", 3},  {"s8", 2},  {"s9", 1},  {"s10", 1}};
    QString error;
    const std::optional<SizeUniverse> u = SizeUniverse::build(caps, &error);
    QVERIFY2(u, qPrintable(error));
    const double expected[] = {0.20, 0.50, 0.65, 0.75, 0.84, 0.905, 0.945, 0.97};
    for (int i = 0; i < 8; ++i)
        QVERIFY(std::abs(*u->position(QStringLiteral("s%1").arg(i + 1)) - expected[i]) < 1e-15);
    QVERIFY(!u->position(QStringLiteral("nope")));
    QVERIFY(std::abs(u->positionOfCap(15) - 67.5 / 115) < 1e-15);
    QVERIFY(std::abs(u->positionOfCap(1000) - 500.0 / 1100) < 1e-15);
    QCOMPARE(sizeBandOfScore(sizeScoreOfPosition(0.65)), SizeBand::Large);
    QCOMPARE(sizeBandOfScore(sizeScoreOfPosition(0.75)), SizeBand::Mid);
    QCOMPARE(sizeBandOfScore(sizeScoreOfPosition(0.905)), SizeBand::Small);
    QVERIFY(std::abs(sizeScoreOfPosition(0.75) - 1.25) < 1e-14);
    QVERIFY(std::abs(sizeScoreOfPosition(0.905) - 2.05) < 1e-13);

    // A random universe: the large band holds about 70% of the cap (within one stock's cap).
    std::mt19937_64 rng(3);
    std::lognormal_distribution<double> cap(3.0, 1.5);
    std::vector<StockCap> market;
    for (int i = 0; i < 3000; ++i)
        market.push_back(StockCap{QStringLiteral("c%1").arg(i), cap(rng)});
    const std::optional<SizeUniverse> m = SizeUniverse::build(market);
    QVERIFY(m);
    double large = 0;
    double mid = 0;
    double biggest = 0;
    for (const StockCap& s : market) {
        biggest = std::max(biggest, s.marketCap);
        const SizeBand band = sizeBandOfScore(sizeScoreOfPosition(*m->position(s.code)));
        if (band == SizeBand::Large)
            large += s.marketCap;
        else if (band == SizeBand::Mid)
            mid += s.marketCap;
    }
    QVERIFY(std::abs(large / m->totalCap() - 0.70) < biggest / m->totalCap());
    QVERIFY(std::abs(mid / m->totalCap() - 0.20) < 2 * biggest / m->totalCap());

    QVERIFY(!SizeUniverse::build(std::vector<StockCap>{}));
    QVERIFY(!SizeUniverse::build(std::vector<StockCap>{{"a", 1}, {"a", 2}}, &error));
    QVERIFY(error.contains(QStringLiteral("twice")));
    QVERIFY(!SizeUniverse::build(std::vector<StockCap>{{"a", -1}}));
}

void TestFundStyle::styleBoxHandBuilt()
{
    const std::vector<StockCap> caps{{"s1", 40}, {"s2", 20}, {"s3", 10}, {"s4", 10}, {"s5", 8},
                                     {"s6", 5},  {"s7", 3},  {"s8", 2},  {"s9", 1},  {"s10", 1}};
    const SizeUniverse u = *SizeUniverse::build(caps);
    const std::vector<Holding> holdings{
        {"s1", "Banks", 0.3, {}, -1.0},  // large-value
        {"s2", "Tech", 0.2, {}, 0.2},    // large-blend
        {"s4", "Tech", 0.2, {}, 0.8},    // mid-growth
        {"s6", "Food", 0.1, {}, 0.6},    // small-growth
        {"X", "Banks", 0.1, 15.0, -0.7}, // outside the universe, cap 15: p = 67.5/115, large-value
        {"Y", "Tech", 0.1, {}, {}},      // no size, no score
    };
    const StyleBoxOutcome out = computeStyleBox(holdings, u);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const StyleBox& b = *out.box;
    QVERIFY(std::abs(b.holdingsWeight - 1.0) < 1e-15);
    QVERIFY(std::abs(b.classifiedWeight - 0.9) < 1e-15);
    QCOMPARE(b.unclassified, QStringList{QStringLiteral("Y")});
    QVERIFY(std::abs(b.cellWeights[0] - 0.4) < 1e-15);
    QVERIFY(std::abs(b.cellWeights[1] - 0.2) < 1e-15);
    QVERIFY(std::abs(b.cellWeights[5] - 0.2) < 1e-15);
    QVERIFY(std::abs(b.cellWeights[8] - 0.1) < 1e-15);
    double shares = 0;
    for (double s : b.cellShares)
        shares += s;
    QVERIFY(std::abs(shares - 1.0) < 1e-15);
    QVERIFY(std::abs(b.cellShares[0] - 0.4 / 0.9) < 1e-15);
    QVERIFY(std::abs(b.sizeScore - 0.8526915113871636) < 1e-13);
    QVERIFY(std::abs(b.styleScore - (-0.11 / 0.9)) < 1e-15);
    QCOMPARE(b.cell, (StyleCell{SizeBand::Large, StyleBand::Blend}));
    QCOMPARE(b.cell.name(), QStringLiteral("large-blend"));
    QCOMPARE(b.cell.index(), 1);
    QCOMPARE(StyleCell::fromIndex(7).name(), QStringLiteral("small-blend"));

    // A narrower blend band moves the same coordinates to value.
    StyleBoxConfig narrow;
    narrow.valueGrowthBand = 0.1;
    QCOMPARE(computeStyleBox(holdings, u, narrow).box->cell.style, StyleBand::Value);
}

void TestFundStyle::styleBoxErrors()
{
    const SizeUniverse u = *SizeUniverse::build(std::vector<StockCap>{{"a", 10}, {"b", 5}});
    QVERIFY(!computeStyleBox(std::vector<Holding>{}, u).ok());
    QVERIFY(!computeStyleBox(std::vector<Holding>{{"zz", "", 0.5, {}, 0.0}}, u).ok()); // no size
    QVERIFY(!computeStyleBox(std::vector<Holding>{{"a", "", -0.5, {}, 0.0}}, u).ok());
    StyleBoxConfig bad;
    bad.largeShare = 0.9;
    bad.midShare = 0.2;
    QVERIFY(computeStyleBox(std::vector<Holding>{{"a", "", 0.5, {}, 0.0}}, u, bad)
                .error.contains(QStringLiteral("configuration")));
}

void TestFundStyle::styleDriftRules()
{
    // Styles: LV, LG, MV, MG, SV, SG, bond.
    const std::vector<std::optional<int>> cells{0, 2, 3, 5, 6, 8, std::nullopt};
    StyleGrid holdingsShares{};
    holdingsShares[0] = 0.8;
    holdingsShares[1] = 0.1;
    holdingsShares[2] = 0.1;
    const StyleBox box = boxWithShares(holdingsShares, StyleCell{SizeBand::Large, StyleBand::Value});

    // Agreement: RBSA 70% LV, 10% LG, 20% bond → equity shares 0.875 / 0.125; L1 = 0.075 + 0.1 + 0.025.
    const StyleDriftOutcome agree = checkStyleDrift(box, rbsaWith({0.7, 0.1, 0, 0, 0, 0, 0.2}), cells);
    QVERIFY2(agree.ok(), qPrintable(agree.error));
    QVERIFY(!agree.check->warning);
    QVERIFY(std::abs(agree.check->l1Distance - 0.2) < 1e-15);
    QVERIFY(std::abs(agree.check->rbsaEquityWeight - 0.8) < 1e-15);
    QVERIFY(std::abs(agree.check->rbsaShares[0] - 0.875) < 1e-15);
    QVERIFY(agree.check->reason.startsWith(QStringLiteral("styles agree")));

    // Drift to growth: RBSA 20% LV, 60% LG → shares 0.25 / 0.75; L1 = 0.55 + 0.1 + 0.65 = 1.3.
    const StyleDriftOutcome drift = checkStyleDrift(box, rbsaWith({0.2, 0.6, 0, 0, 0, 0, 0.2}), cells);
    QVERIFY(drift.ok());
    QVERIFY(drift.check->warning);
    QVERIFY(drift.check->distanceExceeded);
    QVERIFY(drift.check->dominantDiffers);
    QVERIFY(std::abs(drift.check->l1Distance - 1.3) < 1e-14);
    QCOMPARE(drift.check->rbsaDominant.name(), QStringLiteral("large-growth"));
    QVERIFY(drift.check->reason.contains(QStringLiteral("L1 1.300 > 0.500")));
    QVERIFY(drift.check->reason.contains(QStringLiteral("large-value by holdings but large-growth by RBSA")));
    // A looser threshold keeps only the dominant-cell rule; switching that off too: no warning.
    StyleDriftConfig loose;
    loose.l1Threshold = 1.5;
    QVERIFY(!checkStyleDrift(box, rbsaWith({0.2, 0.6, 0, 0, 0, 0, 0.2}), cells, std::nullopt, loose)
                 .check->distanceExceeded);
    loose.warnOnDominantCell = false;
    QVERIFY(!checkStyleDrift(box, rbsaWith({0.2, 0.6, 0, 0, 0, 0, 0.2}), cells, std::nullopt, loose)
                 .check->warning);

    // Close distributions with a different dominant cell: only that rule fires.
    StyleGrid close{};
    close[0] = 0.45;
    close[2] = 0.40;
    close[3] = 0.15;
    const StyleBox closeBox = boxWithShares(close, StyleCell{SizeBand::Large, StyleBand::Blend});
    const StyleDriftOutcome dominant =
        checkStyleDrift(closeBox, rbsaWith({0.40, 0.45, 0.15, 0, 0, 0, 0}), cells);
    QVERIFY(dominant.check->warning);
    QVERIFY(!dominant.check->distanceExceeded);
    QVERIFY(dominant.check->dominantDiffers);
    QVERIFY(std::abs(dominant.check->l1Distance - 0.1) < 1e-15);

    // The holdings' cell moved since the previous report.
    const StyleDriftOutcome moved = checkStyleDrift(box, rbsaWith({0.7, 0.1, 0, 0, 0, 0, 0.2}), cells,
                                                    StyleCell{SizeBand::Mid, StyleBand::Growth});
    QVERIFY(moved.check->warning);
    QVERIFY(moved.check->cellChanged);
    QVERIFY(moved.check->reason.contains(QStringLiteral("from mid-growth to large-value")));
    QVERIFY(!checkStyleDrift(box, rbsaWith({0.7, 0.1, 0, 0, 0, 0, 0.2}), cells, box.cell).check->warning);

    QVERIFY(!checkStyleDrift(box, rbsaWith({0.7, 0.3}), cells).ok());
    QVERIFY(checkStyleDrift(box, rbsaWith({0, 0, 0, 0, 0, 0.01, 0.99}), cells)
                .error.contains(QStringLiteral("equity")));
    const std::vector<std::optional<int>> badCells{0, 9};
    QVERIFY(!checkStyleDrift(box, rbsaWith({0.5, 0.5}), badCells).ok());
}

void TestFundStyle::rbsaRecoversKnownMixture()
{
    const std::vector<double> truth{0.4, 0.25, 0.2, 0.1, 0.05};
    const Simulated s = simulate(1000, truth, 1e-4, 2e-5, 42);
    const auto spans = s.spans();
    const RbsaOutcome out = runRbsa(s.fund, spans);
    QVERIFY2(out.ok(), qPrintable(out.error));
    const RbsaResult& r = *out.result;
    QCOMPARE(r.weights.size(), truth.size());
    double sum = 0;
    for (std::size_t k = 0; k < truth.size(); ++k) {
        QVERIFY2(std::abs(r.weights[k] - truth[k]) < 1e-3,
                 qPrintable(QStringLiteral("w%1 = %2, planted %3").arg(k).arg(r.weights[k]).arg(truth[k])));
        QVERIFY(r.weights[k] >= 0);
        sum += r.weights[k];
    }
    QVERIFY(std::abs(sum - 1.0) < 1e-12);
    QVERIFY(r.rSquared && *r.rSquared > 0.99 && *r.rSquared <= 1.0);
    QVERIFY(std::abs(r.meanResidual - 1e-4) < 1e-5);
    QCOMPARE(r.observations, 1000);
    // R² and the residual variance agree with their definitions.
    QVERIFY(std::abs(r.residualVariance - trackingVariance(s, r.weights)) < 1e-16);
    const double fundVariance = trackingVariance(s, std::vector<double>(truth.size(), 0.0));
    QVERIFY(std::abs(*r.rSquared - (1.0 - r.residualVariance / fundVariance)) < 1e-12);

    // Noise-free: exact recovery.
    const Simulated exact = simulate(300, truth, 0.0, 0.0, 5);
    const auto exactSpans = exact.spans();
    const RbsaResult e = *runRbsa(exact.fund, exactSpans).result;
    for (std::size_t k = 0; k < truth.size(); ++k)
        QVERIFY(std::abs(e.weights[k] - truth[k]) < 1e-8);
    QVERIFY(std::abs(*e.rSquared - 1.0) < 1e-10);
}

void TestFundStyle::rbsaRecoversMixtureWithZeroWeight()
{
    const std::vector<double> truth{0.5, 0.3, 0.0, 0.2, 0.0};
    const Simulated s = simulate(1000, truth, 0.0, 2e-5, 99);
    const auto spans = s.spans();
    const RbsaOutcome out = runRbsa(s.fund, spans);
    QVERIFY2(out.ok(), qPrintable(out.error));
    for (std::size_t k = 0; k < truth.size(); ++k)
        QVERIFY2(std::abs(out.result->weights[k] - truth[k]) < 1e-3,
                 qPrintable(QStringLiteral("w%1 = %2").arg(k).arg(out.result->weights[k])));
    const std::vector<double> reference = bruteForceRbsa(s);
    for (std::size_t k = 0; k < truth.size(); ++k)
        QVERIFY2(std::abs(out.result->weights[k] - reference[k]) < 1e-7,
                 qPrintable(QStringLiteral("w%1: %2 vs %3")
                                .arg(k)
                                .arg(out.result->weights[k], 0, 'g', 17)
                                .arg(reference[k], 0, 'g', 17)));
}

// Funds that are not mixtures (independent returns, or a mixture with negative weights), so bounds
// bind: the solver's weights and objective match the best feasible support set.
void TestFundStyle::rbsaMatchesBruteForce()
{
    for (std::uint64_t seed = 1; seed <= 30; ++seed) {
        std::mt19937_64 rng(seed);
        std::uniform_real_distribution<double> w(-0.6, 1.2);
        std::vector<double> planted(4);
        for (double& x : planted)
            x = w(rng);
        const Simulated s = simulate(120, planted, 0.0, 0.004, seed * 13);
        const auto spans = s.spans();
        const RbsaOutcome out = runRbsa(s.fund, spans);
        QVERIFY2(out.ok(), qPrintable(out.error));
        const std::vector<double> reference = bruteForceRbsa(s);
        const double solverObjective = trackingVariance(s, out.result->weights);
        const double referenceObjective = trackingVariance(s, reference);
        QVERIFY2(solverObjective <= referenceObjective * (1 + 1e-9) + 1e-18,
                 qPrintable(QStringLiteral("seed %1: %2 vs %3")
                                .arg(seed)
                                .arg(solverObjective, 0, 'g', 17)
                                .arg(referenceObjective, 0, 'g', 17)));
        for (std::size_t k = 0; k < reference.size(); ++k)
            QVERIFY2(std::abs(out.result->weights[k] - reference[k]) < 1e-6,
                     qPrintable(QStringLiteral("seed %1 w%2: %3 vs %4")
                                    .arg(seed)
                                    .arg(k)
                                    .arg(out.result->weights[k], 0, 'g', 17)
                                    .arg(reference[k], 0, 'g', 17)));
    }
}

// A constant cash return does not vary, yet its weight is identified through Σw = 1: a fund 70%
// equity style, 30% cash.
void TestFundStyle::rbsaCashSeriesAccepted()
{
    Simulated s = simulate(500, {0.7, 0.0}, 0.0, 1e-5, 8);
    s.styles[1].assign(500, 0.0001); // cash
    for (std::size_t t = 0; t < 500; ++t)
        s.fund[t] += 0.3 * 0.0001;
    const auto spans = s.spans();
    const RbsaOutcome out = runRbsa(s.fund, spans);
    QVERIFY2(out.ok(), qPrintable(out.error));
    QVERIFY(std::abs(out.result->weights[0] - 0.7) < 1e-3);
    QVERIFY(std::abs(out.result->weights[1] - 0.3) < 1e-3);
}

void TestFundStyle::rbsaRejectsBadInput()
{
    const Simulated s = simulate(50, {0.5, 0.3, 0.2}, 0.0, 1e-4, 1);
    auto spans = s.spans();
    QVERIFY(runRbsa(s.fund, std::vector<std::span<const double>>{})
                .error.contains(QStringLiteral("at least one")));

    // Too short: K + 1 returns.
    std::vector<std::span<const double>> shortSpans;
    for (const auto& st : s.styles)
        shortSpans.emplace_back(st.data(), 4);
    const RbsaOutcome tooShort = runRbsa(std::span<const double>(s.fund.data(), 4), shortSpans);
    QVERIFY(!tooShort.ok());
    QVERIFY(tooShort.error.contains(QStringLiteral("at least 5")));
    QVERIFY(
        runRbsa(std::span<const double>(s.fund.data(), 5),
                std::vector<std::span<const double>>{spans[0].first(5), spans[1].first(5), spans[2].first(5)})
            .ok());

    // Mismatched lengths.
    spans[1] = spans[1].first(49);
    QVERIFY(runRbsa(s.fund, spans).error.contains(QStringLiteral("align")));

    // Singular: two identical style series; a series equal to another plus a constant.
    const std::vector<std::span<const double>> twins{s.styles[0], s.styles[0], s.styles[1]};
    QVERIFY(runRbsa(s.fund, twins).error.contains(QStringLiteral("collinear")));
    std::vector<double> shifted = s.styles[0];
    for (double& x : shifted)
        x += 0.001;
    const std::vector<std::span<const double>> shiftedTwins{s.styles[0], shifted};
    QVERIFY(runRbsa(s.fund, shiftedTwins).error.contains(QStringLiteral("collinear")));
    const std::vector<double> flat(50, 0.0);
    const std::vector<double> flat2(50, 0.001);
    const std::vector<std::span<const double>> twoCash{flat, flat2};
    const QString twoCashError = runRbsa(s.fund, twoCash).error;
    QVERIFY2(twoCashError.contains(QStringLiteral("collinear")), qPrintable(twoCashError));

    // NaN.
    std::vector<double> nanFund = s.fund;
    nanFund[7] = std::nan("");
    QVERIFY(runRbsa(nanFund, s.spans()).error.contains(QStringLiteral("finite")));

    // A flat fund: weights are defined, R² is not.
    const std::vector<std::span<const double>> two{s.styles[0], s.styles[1]};
    const RbsaOutcome flatFund = runRbsa(flat, two);
    QVERIFY(flatFund.ok());
    QVERIFY(!flatFund.result->rSquared);
    // A single style: weight 1.
    const std::vector<std::span<const double>> one{s.styles[0]};
    QVERIFY(std::abs(runRbsa(s.fund, one).result->weights[0] - 1.0) < 1e-15);
}

// 400 returns: the first 200 all style 0, the last 200 all style 2. Windows of 100 every 50.
void TestFundStyle::rollingRbsaFollowsStyleSwitch()
{
    const Simulated a = simulate(400, {1.0, 0.0, 0.0}, 0.0, 1e-5, 21);
    Simulated s = a;
    for (std::size_t t = 200; t < 400; ++t)
        s.fund[t] = s.styles[2][t] + (a.fund[t] - a.styles[0][t]);
    std::vector<QDate> dates;
    for (int t = 0; t < 400; ++t)
        dates.push_back(QDate(2024, 1, 1).addDays(t));
    const auto spans = s.spans();
    const RollingRbsa rolling = runRollingRbsa(dates, s.fund, spans, 100, 50);
    QVERIFY2(rolling.ok(), qPrintable(rolling.error));
    QVERIFY(rolling.skipped.isEmpty());
    QCOMPARE(rolling.points.size(), std::size_t(7)); // ends 99, 149, …, 399
    QCOMPARE(rolling.points.front().last, std::size_t(99));
    QCOMPARE(rolling.points.front().first, std::size_t(0));
    QCOMPARE(rolling.points.back().end, dates.back());
    for (const RollingRbsaPoint& p : rolling.points) {
        QCOMPARE(p.end, dates[p.last]);
        QCOMPARE(p.last - p.first + 1, std::size_t(100));
        if (p.last < 200)
            QVERIFY(std::abs(p.result.weights[0] - 1.0) < 1e-3);
        if (p.first >= 200)
            QVERIFY(std::abs(p.result.weights[2] - 1.0) < 1e-3);
        if (p.first == 150) // straddles the switch half and half
            QVERIFY(std::abs(p.result.weights[0] - 0.5) < 0.1 && std::abs(p.result.weights[2] - 0.5) < 0.1);
    }
    // A step that does not divide: the latest window still ends at the last return.
    const RollingRbsa uneven = runRollingRbsa(dates, s.fund, spans, 100, 70);
    QCOMPARE(uneven.points.back().last, std::size_t(399));
    QCOMPARE(uneven.points.front().last, std::size_t(119));

    QVERIFY(!runRollingRbsa(dates, s.fund, spans, 401, 10).ok());
    QVERIFY(!runRollingRbsa(dates, s.fund, spans, 100, 0).ok());
    QVERIFY(!runRollingRbsa(std::span<const QDate>(dates).first(10), s.fund, spans, 100, 10).ok());
    // A window too short for three styles is skipped with its reason, not fatal.
    const RollingRbsa tiny = runRollingRbsa(dates, s.fund, spans, 4, 100);
    QVERIFY(tiny.ok());
    QVERIFY(tiny.points.empty());
    QCOMPARE(tiny.skipped.size(), 4);
}

// End to end: holdings disclosed as large-value, but the NAV now tracks a large-growth index.
void TestFundStyle::rbsaFeedsDriftWarning()
{
    const Simulated s = simulate(250, {0.1, 0.8, 0.0, 0.1}, 0.0, 1e-5, 77); // LV, LG, SG, bond
    const auto spans = s.spans();
    const RbsaOutcome rbsa = runRbsa(s.fund, spans);
    QVERIFY(rbsa.ok());
    const SizeUniverse u = *SizeUniverse::build(std::vector<StockCap>{{"big", 900}, {"small", 1}});
    const std::vector<Holding> holdings{{"big", "Banks", 0.9, {}, -1.2}};
    const StyleBox box = *computeStyleBox(holdings, u).box;
    QCOMPARE(box.cell.name(), QStringLiteral("large-value"));
    const std::vector<std::optional<int>> cells{0, 2, 8, std::nullopt};
    const StyleDriftOutcome drift = checkStyleDrift(box, *rbsa.result, cells);
    QVERIFY(drift.ok());
    QVERIFY(drift.check->warning);
    QVERIFY(std::abs(drift.check->rbsaShares[2] - 0.8 / 0.9) < 2e-3);
    QVERIFY(std::abs(drift.check->l1Distance - 2 * 0.8 / 0.9) < 4e-3);
}

QTEST_MAIN(TestFundStyle)
#include "tst_fundstyle.moc"
