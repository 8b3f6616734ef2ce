// The live path end to end on the loopback interface: ws-mdsim (its own process) publishing the
// appliance feed on lines A and B, FeedReceiver on an Asio thread, the Level-2 engine's book
// thread. Two measurements, each beside its baseline:
//   latency  - the simulator's send stamp (its stand-in for the appliance's hardware clock) to
//              the book updated (hw->book), beside the kernel's share of it (hw->recv);
//   speed    - the highest replay multiple at which a busy day's 09:15-09:45 arrives with no
//              record missing on both lines (nothing the recovery service had to supply).
// usage: bench_feed latency [SECONDS [SPEED]] [--busy-poll|--busy-receiver|--busy-book|--inline-book] [--pin]
//        bench_feed sockets [SECONDS]
//        bench_feed speed [MULTIPLES...] [--until HH:MM]

#include "md/FeedAdapters.h"
#include "md/LatencyHistogram.h"
#include "md/Level2Engine.h"
#include "md/appliance/FeedNet.h"
#include "net/IoRuntime.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTime>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
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

struct Polling
{
    bool receiver = false;   // the Asio thread polls instead of sleeping in epoll
    bool book = false;       // the book thread never sleeps
    bool inlineBook = false; // no book thread: the polling receiver applies the events itself
    bool pin = false;        // the simulator on CPU 0, the receiving side on the last CPU
};

void pinTo(pid_t pid, int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(pid, sizeof set, &set) != 0)
        std::perror("bench_feed: sched_setaffinity");
}

Run run(const QStringList& simArgs, std::uint16_t port, Polling polling = {})
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
    if (polling.pin) {
        // Threads created from here on (the I/O thread) inherit the receiving side's CPU.
        pinTo(static_cast<pid_t>(sim.processId()), 0);
        pinTo(0, static_cast<int>(std::thread::hardware_concurrency()) - 1);
    }
    EngineConfig config;
    config.busyPoll = polling.book;
    config.pumpedByProducer = polling.inlineBook;
    if (qEnvironmentVariableIsSet("PUBMS"))
        config.publishInterval = std::chrono::milliseconds(qEnvironmentVariableIntValue("PUBMS"));
    Level2Engine engine(config);
    std::function<void()> pump;
    if (polling.inlineBook)
        pump = [&engine] { engine.pump(); };
    ws::net::IoRuntime io(1, polling.receiver || polling.inlineBook, pump);
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

const char* describe(Polling p)
{
    if (p.inlineBook)
        return "one busy-polling thread receives and applies the book";
    if (p.receiver && p.book)
        return "receiver and book thread busy-poll";
    if (p.book)
        return "book thread busy-polls, receiver sleeps in epoll";
    if (p.receiver)
        return "receiver busy-polls, book thread sleeps when idle";
    return "receiver and book thread sleep when idle";
}

void latency(double seconds, double speed, Polling polling)
{
    // Joined at 10:00 and paced from there, so the run measures steady continuous trading.
    const int minutes = std::min(59, static_cast<int>(seconds * speed / 60) + 1);
    const QString end = QStringLiteral("10:%1").arg(minutes, 2, 10, QLatin1Char('0'));
    const Run r = run({QStringLiteral("--speed"), QString::number(speed), QStringLiteral("--skip-to"),
                       QStringLiteral("10:00"), QStringLiteral("--end"), end},
                      32111, polling);
    std::printf("latency run (%s): %.1f s at %gx, %llu records, %llu gaps\n", describe(polling), r.seconds,
                speed, static_cast<unsigned long long>(r.records), static_cast<unsigned long long>(r.gaps));
    std::printf("%-10s %-10s %10s %10s %10s %10s %10s\n", "path", "stage", "count", "p50 us", "p99 us",
                "p99.9 us", "max us");
    for (const auto& l : r.snapshot->latency)
        std::printf("%-10s %-10s %10llu %10.1f %10.1f %10.1f %10.1f\n", feedPathName(l.path), l.stage.c_str(),
                    static_cast<unsigned long long>(l.count), l.p50 / 1e3, l.p99 / 1e3, l.p999 / 1e3,
                    l.max / 1e3);
}

// The floor under `latency`: the same two loopback multicast lines with nothing behind them. A
// sender thread on CPU 0 stamps a packet of the size the simulator sends at 1x and sends it on
// line A and line B once a millisecond; a receiver thread on the last CPU busy-polls both
// sockets (non-blocking recv) and records stamp to read. No Asio, no decoding, no book.
void socketsBaseline(double seconds)
{
    const int cpus = static_cast<int>(std::thread::hardware_concurrency());
    const char* groups[2] = {"239.77.99.1", "239.77.99.2"};
    const std::uint16_t port = 32999;
    in_addr loopback{};
    loopback.s_addr = htonl(INADDR_LOOPBACK);
    int rx[2];
    for (int line = 0; line < 2; ++line) {
        rx[line] = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        const int one = 1;
        setsockopt(rx[line], SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        inet_pton(AF_INET, groups[line], &a.sin_addr);
        ip_mreq m{};
        m.imr_multiaddr = a.sin_addr;
        m.imr_interface = loopback;
        if (bind(rx[line], reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
            setsockopt(rx[line], IPPROTO_IP, IP_ADD_MEMBERSHIP, &m, sizeof m) != 0) {
            std::perror("bench_feed: join");
            std::exit(1);
        }
    }
    const int tx = socket(AF_INET, SOCK_DGRAM, 0);
    setsockopt(tx, IPPROTO_IP, IP_MULTICAST_IF, &loopback, sizeof loopback);
    const unsigned char loop = 1, ttl = 0;
    setsockopt(tx, IPPROTO_IP, IP_MULTICAST_LOOP, &loop, sizeof loop);
    setsockopt(tx, IPPROTO_IP, IP_MULTICAST_TTL, &ttl, sizeof ttl);

    std::atomic<bool> done{false};
    LatencyHistogram h;
    std::thread receiver([&] {
        pinTo(0, cpus - 1);
        std::array<std::byte, 2048> buf{};
        while (!done.load(std::memory_order_relaxed))
            for (int line = 0; line < 2; ++line) {
                const ssize_t n = recv(rx[line], buf.data(), buf.size(), 0);
                if (n < 8)
                    continue;
                const std::uint64_t now = wallClockNs();
                std::uint64_t sent;
                std::memcpy(&sent, buf.data(), sizeof sent);
                if (line == 0 && now >= sent)
                    h.record(now - sent);
            }
    });
    std::thread sender([&] {
        pinTo(0, 0);
        std::array<std::byte, 200> packet{};
        sockaddr_in to[2]{};
        for (int line = 0; line < 2; ++line) {
            to[line].sin_family = AF_INET;
            to[line].sin_port = htons(port);
            inet_pton(AF_INET, groups[line], &to[line].sin_addr);
        }
        const auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        auto next = std::chrono::steady_clock::now();
        while (std::chrono::steady_clock::now() < end) {
            next += std::chrono::milliseconds(1);
            std::this_thread::sleep_until(next);
            const std::uint64_t now = wallClockNs();
            std::memcpy(packet.data(), &now, sizeof now);
            for (const auto& t : to)
                sendto(tx, packet.data(), packet.size(), 0, reinterpret_cast<const sockaddr*>(&t), sizeof t);
        }
    });
    sender.join();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    done = true;
    receiver.join();
    for (int fd : {rx[0], rx[1], tx})
        close(fd);
    std::printf("sockets only (sender CPU 0, busy-polling receiver CPU %d), %.0f s, 1 packet/ms on 2 lines\n",
                cpus - 1, seconds);
    std::printf("%-10s %10s %10s %10s %10s %10s\n", "stage", "count", "p50 us", "p99 us", "p99.9 us",
                "max us");
    std::printf("%-10s %10llu %10.1f %10.1f %10.1f %10.1f\n", "send→recv",
                static_cast<unsigned long long>(h.count()), static_cast<double>(h.percentile(0.5)) / 1e3,
                static_cast<double>(h.percentile(0.99)) / 1e3, static_cast<double>(h.percentile(0.999)) / 1e3,
                static_cast<double>(h.max()) / 1e3);
}

void speeds(const std::vector<double>& multiples, const QString& until)
{
    // Exchange seconds from 09:15 to `until`. The simulator paces the lunch break like any other
    // stretch of the day, so it counts.
    const double exchangeSeconds = QTime(9, 15).secsTo(QTime::fromString(until, QStringLiteral("HH:mm")));
    std::printf("09:15-%s, %.0f exchange seconds\n", qPrintable(until), exchangeSeconds);
    std::printf("%-8s %12s %10s %9s %12s %10s %10s %10s\n", "speed", "records", "wall s", "achieved",
                "records/s", "gaps", "recovered", "lost");
    std::uint16_t port = 32200;
    for (double m : multiples) {
        const Run r = run({QStringLiteral("--speed"), QString::number(m), QStringLiteral("--start"),
                           QStringLiteral("09:15"), QStringLiteral("--end"), until},
                          port++);
        std::printf("%-8g %12llu %10.2f %8.0fx %12.0f %10llu %10llu %10llu\n", m,
                    static_cast<unsigned long long>(r.records), r.seconds, exchangeSeconds / r.seconds,
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
        const bool all = a.contains(QStringLiteral("--busy-poll"));
        latency(a.size() > 2 ? a[2].toDouble() : 20, a.size() > 3 ? a[3].toDouble() : 1,
                {all || a.contains(QStringLiteral("--busy-receiver")),
                 all || a.contains(QStringLiteral("--busy-book")),
                 a.contains(QStringLiteral("--inline-book"))});
    } else if (a.size() >= 2 && a[1] == QStringLiteral("sockets")) {
        socketsBaseline(a.size() > 2 ? a[2].toDouble() : 20);
    } else if (a.size() >= 2 && a[1] == QStringLiteral("speed")) {
        std::vector<double> m;
        QString until = QStringLiteral("09:45");
        for (int i = 2; i < a.size(); ++i) {
            if (a[i] == QStringLiteral("--until") && i + 1 < a.size())
                until = a[++i];
            else
                m.push_back(a[i].toDouble());
        }
        if (m.empty())
            m = {10, 30, 100, 200, 400};
        speeds(m, until);
    } else {
        std::fputs("usage: bench_feed latency [SECONDS [SPEED]] "
                   "[--busy-poll|--busy-receiver|--busy-book|--inline-book] [--pin]\n"
                   "       bench_feed sockets [SECONDS]\n"
                   "       bench_feed speed [MULTIPLE...] [--until HH:MM]\n",
                   stderr);
        return 2;
    }
    return 0;
}
