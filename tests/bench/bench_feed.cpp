// The live path end to end on the loopback interface: ws-mdsim (its own process) publishing the
// appliance feed on lines A and B, FeedReceiver on an Asio thread, the Level-2 engine's book
// thread. Two measurements, each beside its baseline:
//   latency  - the simulator's send stamp (its stand-in for the appliance's hardware clock) to
//              the book updated (hw->book), beside the kernel's share of it (hw->recv);
//   speed    - the highest replay multiple at which a busy day's 09:15-09:45 arrives with no
//              record missing on both lines (nothing the recovery service had to supply).
// usage: bench_feed latency [SECONDS [SPEED]] [--busy-poll] | speed [MULTIPLES...]

#include "md/FeedAdapters.h"
#include "md/Level2Engine.h"
#include "md/appliance/FeedNet.h"
#include "net/IoRuntime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

using namespace ws::md;

namespace {

struct Run
{
    std::uint64_t records = 0, recovered = 0, lost = 0, gaps = 0;
    double seconds = 0;
    MarketSnapshotPtr snapshot;
};

Run run(const QStringList& simArgs, std::uint16_t port, bool busyPoll = false)
{
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString group = QStringLiteral("239.77.%1.").arg(port % 200);
    QStringList args = simArgs;
    args << QStringLiteral("--no-mdgw") << QStringLiteral("--port") << QString::number(port)
         << QStringLiteral("--group-a") << group + QStringLiteral("1") << QStringLiteral("--group-b")
         << group + QStringLiteral("2") << QStringLiteral("--delay") << QStringLiteral("0.3")
         << QStringLiteral("--linger") << QStringLiteral("30");
    sim.start(QStringLiteral(WS_BUILD_DIR "/connectors/ws-mdsim"), args);
    if (!sim.waitForStarted(5000) || !sim.waitForReadyRead(5000)) {
        std::fprintf(stderr, "bench_feed: ws-mdsim did not start\n");
        std::exit(1);
    }
    const auto hello = QJsonDocument::fromJson(sim.readLine()).object();
    ws::net::IoRuntime io(1);
    EngineConfig config;
    config.busyPoll = busyPoll;
    Level2Engine engine(config);
    ApplianceAdapter adapter(engine);
    appliance::FeedEndpoint ep{(group + QStringLiteral("1")).toStdString(),
                               (group + QStringLiteral("2")).toStdString(), port, "127.0.0.1"};
    auto rx = appliance::FeedReceiver::create(
        io.context(), ep, "127.0.0.1",
        static_cast<std::uint16_t>(hello.value(QStringLiteral("recovery_port")).toInt()), adapter);
    rx->start();
    const auto start = std::chrono::steady_clock::now();
    sim.waitForReadyRead(3'600'000);
    const auto done = QJsonDocument::fromJson(sim.readLine()).object();
    Run r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() - 0.3;
    const auto records = static_cast<std::uint64_t>(done.value(QStringLiteral("records")).toDouble());
    for (int i = 0; i < 400; ++i) { // let recovery finish
        std::uint64_t delivered = 0;
        for (const auto& c : rx->channels())
            delivered += c.expected - 1;
        if (delivered >= records)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    rx->stop();
    sim.terminate();
    sim.waitForFinished(5000);
    for (const auto& c : rx->channels()) {
        r.records += c.stats.records;
        r.recovered += c.stats.recoveredRecords;
        r.lost += c.stats.lostRecords;
        r.gaps += c.stats.gaps;
    }
    r.snapshot = engine.sync();
    return r;
}

void latency(double seconds, double speed, bool busyPoll)
{
    // Joined at 10:00 and paced from there, so the run measures steady continuous trading.
    const int minutes = std::min(59, static_cast<int>(seconds * speed / 60) + 1);
    const QString end = QStringLiteral("10:%1").arg(minutes, 2, 10, QLatin1Char('0'));
    const Run r = run({QStringLiteral("--speed"), QString::number(speed), QStringLiteral("--skip-to"),
                       QStringLiteral("10:00"), QStringLiteral("--end"), end},
                      32111, busyPoll);
    std::printf("latency run (%s): %.1f s at %gx, %llu records, %llu gaps\n",
                busyPoll ? "book thread busy-polls" : "book thread sleeps when idle", r.seconds, speed,
                static_cast<unsigned long long>(r.records), static_cast<unsigned long long>(r.gaps));
    std::printf("%-10s %-10s %10s %10s %10s %10s %10s\n", "path", "stage", "count", "p50 us", "p99 us",
                "p99.9 us", "max us");
    for (const auto& l : r.snapshot->latency)
        std::printf("%-10s %-10s %10llu %10.1f %10.1f %10.1f %10.1f\n", feedPathName(l.path), l.stage.c_str(),
                    static_cast<unsigned long long>(l.count), l.p50 / 1e3, l.p99 / 1e3, l.p999 / 1e3,
                    l.max / 1e3);
}

void speeds(const std::vector<double>& multiples)
{
    std::printf("%-8s %12s %10s %12s %10s %10s %10s\n", "speed", "records", "wall s", "records/s", "gaps",
                "recovered", "lost");
    std::uint16_t port = 32200;
    for (double m : multiples) {
        const Run r = run({QStringLiteral("--speed"), QString::number(m), QStringLiteral("--start"),
                           QStringLiteral("09:15"), QStringLiteral("--end"), QStringLiteral("09:45")},
                          port++);
        std::printf("%-8g %12llu %10.2f %12.0f %10llu %10llu %10llu\n", m,
                    static_cast<unsigned long long>(r.records), r.seconds,
                    static_cast<double>(r.records) / r.seconds, static_cast<unsigned long long>(r.gaps),
                    static_cast<unsigned long long>(r.recovered), static_cast<unsigned long long>(r.lost));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 2 && a[1] == QStringLiteral("latency")) {
        latency(a.size() > 2 ? a[2].toDouble() : 20, a.size() > 3 ? a[3].toDouble() : 1,
                a.contains(QStringLiteral("--busy-poll")));
    } else if (a.size() >= 2 && a[1] == QStringLiteral("speed")) {
        std::vector<double> m;
        for (int i = 2; i < a.size(); ++i)
            m.push_back(a[i].toDouble());
        if (m.empty())
            m = {10, 30, 100, 200, 400};
        speeds(m);
    } else {
        std::fputs("usage: bench_feed latency [SECONDS [SPEED]] [--busy-poll] | speed [MULTIPLE...]\n",
                   stderr);
        return 2;
    }
    return 0;
}
