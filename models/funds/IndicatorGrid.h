#pragma once

// The indicator grid of a whole fund universe: every metric × every window for every fund (the
// source's "400+ indicators"), computed on worker threads with progress and cancellation, kept as
// one dense table the screener and the panels read. Column keys are the metric's key and the
// window's short id: "sharpe_3y", "max_drawdown_si".

#include "funds/FundStore.h"
#include "funds/Metrics.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace ws::funds {

// "1m" … "5y", "ytd", "si" (since inception), "custom".
QString windowSuffix(const Window& window);
// "sharpe_3y" for (Sharpe, 3y).
QString indicatorKey(Metric metric, const Window& window);

struct IndicatorGrid
{
    std::vector<Metric> metrics;
    std::vector<Window> windows;
    std::size_t rows = 0;
    // Row-major, rows × columns(); column c is metric c / windows.size(), window c % windows.size().
    std::vector<double> values;
    std::vector<std::uint8_t> defined; // 1 where values holds a result, 0 for undefined
    // The start date of the window each fund × window actually used (invalid when unavailable).
    std::vector<QDate> windowStart;

    std::size_t columns() const { return metrics.size() * windows.size(); }
    std::size_t column(Metric metric, std::size_t window) const
    {
        return static_cast<std::size_t>(std::find(metrics.begin(), metrics.end(), metric) - metrics.begin()) *
                   windows.size() +
               window;
    }
    std::optional<double> at(std::size_t row, std::size_t column) const
    {
        const std::size_t i = row * columns() + column;
        return defined[i] ? std::optional<double>(values[i]) : std::nullopt;
    }
    QString key(std::size_t column) const;
    // Column of a key such as "sharpe_3y", if the grid has it.
    std::optional<std::size_t> columnOf(const QString& key) const;
    QStringList keys() const;
};

struct GridOptions
{
    std::vector<Window> windows; // empty: the nine standard windows
    Conventions conventions;
    QDate asOf;      // invalid: each fund's last NAV date
    int threads = 0; // 0: one per core
};

// Computes the grid; funds with an empty NAV series get an all-undefined row. `progress` (0..1) is
// called from the worker threads, at most every 1% of the funds; when `cancelled` turns true the
// workers stop and the grid returned is incomplete (rows not reached stay undefined).
IndicatorGrid computeUniverseGrid(const Universe& universe, const GridOptions& options,
                                  const std::function<void(double)>& progress = {},
                                  const std::atomic<bool>* cancelled = nullptr);

// A synthetic universe for benchmarks: `funds` equity funds with `years` of weekday NAVs to
// 2026-11-30, fat-tailed (Student t, 4 d.o.f.) returns with betas of 0.6–1.2 to one benchmark.
Universe syntheticUniverse(int funds, int years, std::uint64_t seed);

} // namespace ws::funds
