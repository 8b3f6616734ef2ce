#pragma once

// Brinson performance attribution by segment (industry), single period and multi-period linked.
//
// Single period, per segment i with portfolio / benchmark weights w_p,i / w_b,i and returns R_p,i /
// R_b,i, and totals R_p = Σ w_p,i R_p,i, R_b = Σ w_b,i R_b,i:
//   BHB (Brinson, Hood, Beebower 1986)
//     allocation  (w_p,i − w_b,i)·R_b,i
//     selection    w_b,i·(R_p,i − R_b,i)
//     interaction (w_p,i − w_b,i)·(R_p,i − R_b,i)
//   Brinson–Fachler (1985): the same, except allocation (w_p,i − w_b,i)·(R_b,i − R_b).
// Either way the three effects summed over the segments are exactly R_p − R_b, provided both weight
// sets sum to 1. When a side's weights do not sum to 1 the remainder is cash: a "Cash" segment with
// weight 1 − Σw (negative for leverage) and return BrinsonOptions::cashReturn is added to that side
// (and with weight 0 to the other), so the identity holds with cash attributed like any segment.
//
// A segment a side does not hold (weight 0) may leave that side's return out: the portfolio's is then
// taken as R_b,i (no selection, no interaction), the benchmark's as R_b (the total benchmark return,
// so Brinson–Fachler allocation rewards only beating the benchmark overall).
//
// Multi-period (Carino 1999): with per-period totals R_p,t, R_b,t and the compounded totals
// R_p = Π(1 + R_p,t) − 1, R_b likewise,
//   k_t = [ln(1 + R_p,t) − ln(1 + R_b,t)] / (R_p,t − R_b,t)   (1/(1 + R_p,t) when the two are equal)
//   K   = [ln(1 + R_p) − ln(1 + R_b)] / (R_p − R_b)             (1/(1 + R_p) when equal)
//   linked effect = Σ_t effect_t · k_t / K,
// so the linked effects sum to the cumulative active return R_p − R_b.
//
// Holdings-based attribution (brinsonByIndustry) buys and holds the start-of-period holdings: trading
// inside the period, fees and cash flows are not seen, so R_p here differs from the NAV return by
// that residual, which is not reported as an effect.

#include <QString>

#include <optional>
#include <span>
#include <vector>

namespace ws::funds {

enum class BrinsonMethod { Bhb, BrinsonFachler };

struct SegmentReturns
{
    QString segment;
    double portfolioWeight = 0;
    double benchmarkWeight = 0;
    std::optional<double> portfolioReturn; // may be empty only when portfolioWeight is 0
    std::optional<double> benchmarkReturn; // may be empty only when benchmarkWeight is 0
};

struct BrinsonOptions
{
    BrinsonMethod method = BrinsonMethod::Bhb;
    double cashReturn = 0;          // the period return of the implied cash segment
    double weightTolerance = 1e-12; // |1 − Σw| at or below this adds no cash segment
};

struct SegmentEffects
{
    QString segment;
    double allocation = 0;
    double selection = 0;
    double interaction = 0;
    double total() const { return allocation + selection + interaction; }
};

struct BrinsonResult
{
    BrinsonMethod method = BrinsonMethod::Bhb;
    std::vector<SegmentReturns> segments; // as attributed: input order, then any cash segment added,
                                          // with the missing-return conventions filled in
    std::vector<SegmentEffects> effects;  // one per segment, same order
    double portfolioReturn = 0;           // R_p
    double benchmarkReturn = 0;           // R_b
    double allocation = 0;                // sums over the segments
    double selection = 0;
    double interaction = 0;
    double activeReturn() const { return portfolioReturn - benchmarkReturn; }
};

struct BrinsonOutcome
{
    std::optional<BrinsonResult> result;
    QString error; // no segments, a duplicate segment name, NaN/inf, a missing return on a held segment
    bool ok() const { return result.has_value(); }
};

BrinsonOutcome brinson(std::span<const SegmentReturns> segments, const BrinsonOptions& options = {});

// One position of a portfolio or benchmark over the period: its start-of-period weight and its return.
struct PositionReturn
{
    QString code;
    QString industry; // empty: "Unclassified"
    double weight = 0;
    double periodReturn = 0;
};

// Industry weights Σw and weight-averaged returns Σ w·r / Σ w (empty when Σw is 0) of both sides, one
// segment per industry in order of first appearance (portfolio first), then Brinson on them.
BrinsonOutcome brinsonByIndustry(std::span<const PositionReturn> portfolio,
                                 std::span<const PositionReturn> benchmark,
                                 const BrinsonOptions& options = {});

// The Carino coefficient [ln(1 + a) − ln(1 + b)] / (a − b), 1/(1 + a) at a = b, evaluated stably
// near a = b. Empty when 1 + a or 1 + b is not positive.
std::optional<double> carinoCoefficient(double portfolioReturn, double benchmarkReturn);

struct LinkedAttribution
{
    std::vector<SegmentEffects> effects; // linked, one per segment name seen in any period (first-seen order)
    std::vector<double> periodCoefficients; // k_t
    double overallCoefficient = 0;          // K
    double portfolioReturn = 0;             // compounded R_p
    double benchmarkReturn = 0;             // compounded R_b
    double allocation = 0;
    double selection = 0;
    double interaction = 0;
    double activeReturn() const { return portfolioReturn - benchmarkReturn; }
};

struct LinkedOutcome
{
    std::optional<LinkedAttribution> result;
    QString error; // no periods, a period return at or below −100%
    bool ok() const { return result.has_value(); }
};

// Links single-period results (in time order) with Carino's coefficients.
LinkedOutcome linkCarino(std::span<const BrinsonResult> periods);

} // namespace ws::funds
