// How long the GUI thread stalls while the Level-2 panels are fed a busy stream. The main window
// in the Trader layout (watchlist, depth, ticks, charts, heat map, large orders, feed health),
// offscreen, its event loop sampled by a 1 ms timer: a stall is the time a timeout came later
// than due. A feeder thread pushes a simulated day's SZSE events into the engine at a fixed
// rate. The baseline is the same window with no feed.
// usage: bench_gui_stall [SECONDS [MESSAGES_PER_SECOND]]

#include "core/AppCore.h"
#include "md/FeedAdapters.h"
#include "md/MarketDataHub.h"
#include "md/SzseEvents.h"
#include "shell/MainWindow.h"
#include "shell/PanelRegistry.h"
#include "simulators/DayGenerator.h"
#include "store/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace ws;

namespace {

struct Stalls
{
    std::vector<double> ms; // lateness of each 1 ms timeout
    double percentile(double q) const
    {
        if (ms.empty())
            return 0;
        auto v = ms;
        std::sort(v.begin(), v.end());
        return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
    }
};

Stalls sample(double seconds)
{
    Stalls s;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    qint64 last = 0;
    clock.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (last != 0)
            s.ms.push_back(std::max(0.0, static_cast<double>(now - last) / 1e6 - 1.0));
        last = now;
    });
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 20;
    const double rate = argc > 2 ? std::atof(argv[2]) : 200'000;
    QTemporaryDir dir;
    store::OpenError error;
    auto core = core::AppCore::open(QDir(dir.path()).filePath(QStringLiteral("ws.sqlite")), &error);
    if (!core) {
        std::fprintf(stderr, "bench_gui_stall: cannot open a cache\n");
        return 1;
    }
    core->ensureDemoData();
    widgets::PanelRegistry registry;
    widgets::registerBuiltinPanels(registry);
    widgets::MainWindow window(*core, registry);
    window.restoreSession(widgets::Role::Trader);
    window.resize(1600, 1000);
    window.show();
    auto& hub = core->marketData();

    // The stream: a busy simulated day (40 securities, 4000 orders/s), every order and trade.
    md::sim::DayConfig config;
    config.securities = 40;
    config.ordersPerSecond = 4000;
    md::sim::DayGenerator day(config);
    hub.setFocus(QString::fromStdString(day.securities().front().code));
    core->selection().setSecurity(
        selection::LinkGroup::Red,
        {QString::fromStdString(day.securities().front().code), QStringLiteral("SZSE")});

    const Stalls idle = sample(seconds / 2);

    std::atomic<bool> stop{false};
    std::atomic<std::uint64_t> pushed{0};
    std::thread feeder([&] {
        md::SzseFrameAdapter adapter(hub.engine(), md::FeedPath::Replay);
        std::vector<std::byte> frame;
        md::sim::Message m;
        const auto start = std::chrono::steady_clock::now();
        std::uint64_t n = 0;
        while (!stop && day.next(m)) {
            frame.clear();
            std::visit([&](const auto& v) { md::szse::encode(v, frame); }, m);
            const md::szse::Frame f{md::loadBe<std::uint32_t>(frame.data()),
                                    md::szse::Bytes(frame).subspan(md::szse::kHeaderSize,
                                                                   frame.size() - md::szse::kHeaderSize - 4)};
            adapter.onFrame(f, 0);
            if (++n % 200 == 0) {
                pushed = n;
                const auto due = start + std::chrono::nanoseconds(static_cast<std::int64_t>(1e9 * n / rate));
                std::this_thread::sleep_until(due);
            }
        }
        pushed = n;
    });
    const Stalls fed = sample(seconds);
    stop = true;
    feeder.join();
    const auto snap = hub.engine().sync();

    std::printf("GUI thread stall (lateness of a 1 ms timer), Trader layout, offscreen, %g s each\n",
                seconds);
    std::printf("%-28s %10s %10s %10s %10s\n", "", "p50 ms", "p99 ms", "p99.9 ms", "max ms");
    for (const auto& [name, s] : {std::pair{"idle (no feed)", &idle}, std::pair{"fed", &fed}})
        std::printf("%-28s %10.2f %10.2f %10.2f %10.2f\n", name, s->percentile(0.5), s->percentile(0.99),
                    s->percentile(0.999), s->percentile(1.0));
    std::printf("fed %llu messages in %g s (%.0f/s asked), engine applied %llu events, %llu publications\n",
                static_cast<unsigned long long>(pushed.load()), seconds, rate,
                static_cast<unsigned long long>(snap->stats.events),
                static_cast<unsigned long long>(snap->stats.publications));
    return 0;
}
