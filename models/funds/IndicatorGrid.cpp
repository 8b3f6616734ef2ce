#include "funds/IndicatorGrid.h"

#include "funds/FormulaCards.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

namespace ws::funds {

QString windowSuffix(const Window& window)
{
    return window.kind == WindowKind::SinceInception ? QStringLiteral("si") : window.id();
}

QString indicatorKey(Metric metric, const Window& window)
{
    return QLatin1String(card(metric).key) + QLatin1Char('_') + windowSuffix(window);
}

QString IndicatorGrid::key(std::size_t c) const
{
    return indicatorKey(metrics[c / windows.size()], windows[c % windows.size()]);
}

std::optional<std::size_t> IndicatorGrid::columnOf(const QString& key) const
{
    for (std::size_t c = 0; c < columns(); ++c)
        if (this->key(c) == key)
            return c;
    return std::nullopt;
}

QStringList IndicatorGrid::keys() const
{
    QStringList out;
    for (std::size_t c = 0; c < columns(); ++c)
        out << key(c);
    return out;
}

IndicatorGrid computeUniverseGrid(const Universe& universe, const GridOptions& options,
                                  const std::function<void(double)>& progress,
                                  const std::atomic<bool>* cancelled)
{
    IndicatorGrid grid;
    for (int m = 0; m < kMetricCount; ++m)
        grid.metrics.push_back(static_cast<Metric>(m));
    if (options.windows.empty())
        grid.windows.assign(standardWindows().begin(), standardWindows().end());
    else
        grid.windows = options.windows;
    grid.rows = universe.funds.size();
    const std::size_t columns = grid.columns();
    grid.values.assign(grid.rows * columns, 0.0);
    grid.defined.assign(grid.rows * columns, 0);
    grid.windowStart.assign(grid.rows * grid.windows.size(), QDate());

    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    const std::size_t step = std::max<std::size_t>(1, grid.rows / 100);
    auto work = [&] {
        Workspace workspace;
        for (std::size_t i; (i = next.fetch_add(1)) < grid.rows;) {
            if (cancelled && cancelled->load(std::memory_order_relaxed))
                return;
            const NavSeries& nav = universe.navs[i];
            if (nav.size() >= 2) {
                std::optional<JoinedSeries> joined;
                if (const NavSeries* b = universe.benchmarkOf(i)) {
                    JoinResult j = joinOnDate(nav, *b);
                    if (j.ok())
                        joined = std::move(j.joined);
                }
                const FundData data = FundData::prepare(nav, std::move(joined));
                const std::vector<WindowResult> results =
                    computeGrid(data, grid.windows, options.conventions, workspace, options.asOf);
                // Each fund writes its own row: no two threads share one.
                for (std::size_t w = 0; w < results.size(); ++w) {
                    const WindowResult& r = results[w];
                    if (!r.available)
                        continue;
                    grid.windowStart[i * grid.windows.size() + w] = r.start;
                    for (std::size_t m = 0; m < grid.metrics.size(); ++m) {
                        const auto& v = r.values[grid.metrics[m]];
                        if (!v)
                            continue;
                        const std::size_t at = i * columns + m * grid.windows.size() + w;
                        grid.values[at] = *v;
                        grid.defined[at] = 1;
                    }
                }
            }
            const std::size_t finished = done.fetch_add(1) + 1;
            if (progress && (finished % step == 0 || finished == grid.rows))
                progress(static_cast<double>(finished) / static_cast<double>(grid.rows));
        }
    };
    const int threads = options.threads > 0
                            ? options.threads
                            : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    if (threads == 1 || grid.rows < 2) {
        work();
    } else {
        std::vector<std::jthread> pool;
        for (int t = 0; t < threads; ++t)
            pool.emplace_back(work);
    }
    return grid;
}

Universe syntheticUniverse(int funds, int years, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::student_t_distribution<double> shock(4);
    const QDate end(2026, 11, 30);
    std::vector<QDate> days;
    for (QDate d = end.addYears(-years); d <= end; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
    Universe u;
    NavSeries bench;
    bench.source = QStringLiteral("BENCH");
    bench.dates = days;
    double level = 1000;
    std::vector<double> market(days.size(), 0.0);
    for (std::size_t t = 0; t < days.size(); ++t) {
        market[t] = t ? 0.0003 + 0.01 * shock(rng) / std::sqrt(2.0) : 0.0;
        level *= 1 + market[t];
        bench.navs.push_back(level);
    }
    u.benchmarks.push_back(bench);
    u.benchmarkCodes << bench.source;
    u.funds.reserve(static_cast<std::size_t>(funds));
    u.navs.reserve(static_cast<std::size_t>(funds));
    for (int i = 0; i < funds; ++i) {
        NavSeries s;
        s.source = QStringLiteral("F%1").arg(i);
        s.dates = days;
        s.navs.resize(days.size());
        double nav = 1.0;
        const double beta = 0.6 + 0.6 * (static_cast<double>(rng() % 1000) / 1000.0);
        for (std::size_t t = 0; t < days.size(); ++t) {
            nav *= 1 + (t ? beta * market[t] + 0.006 * shock(rng) / std::sqrt(2.0) : 0.0);
            s.navs[t] = nav;
        }
        u.funds.push_back(
            {s.source, s.source, QStringLiteral("equity"), QString(), bench.source, days.front()});
        u.navs.push_back(std::move(s));
    }
    return u;
}

} // namespace ws::funds
