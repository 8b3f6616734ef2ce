// ws-mdsim: the appliance and MDGW simulator. Generates a Level-2 day (simulators/DayGenerator)
// and publishes it the two ways the workstation receives market data:
//   - the appliance's UDP feed on lines A and B, with its TCP recovery service;
//   - SZSE Binary over TCP as an MDGW serves it (logon, heartbeats).
// Speed 1x (exchange time) to as fast as possible; faults injected on request. On start it
// prints one JSON line with the ports it listens on, and one with what it sent when the day (or
// --end) is reached; then it keeps its services up for --linger seconds.

#include "md/appliance/FeedNet.h"
#include "md/appliance/Narrowing.h"
#include "md/pcap/Pcap.h"
#include "md/szse/Mdgw.h"
#include "net/IoRuntime.h"
#include "simulators/DayGenerator.h"

#include <atomic>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <thread>

using namespace ws::md;
namespace app = ws::md::appliance;

namespace {

std::atomic<bool> g_stop{false};

struct Options
{
    sim::DayConfig day;
    double speed = 1; // 0: as fast as possible
    int startMs = 0;  // exchange time from which pacing starts (earlier: full speed)
    int endMs = 24 * 3600 * 1000;
    int skipToMs = 0; // nothing before this exchange time is published (a mid-day join)
    app::FeedEndpoint feed;
    bool appliance = true;
    std::uint16_t recoveryPort = 0;
    bool mdgw = true;
    std::uint16_t mdgwPort = 0;
    int heartBtInt = 3;
    double lingerSeconds = 0; // keep serving recovery and MDGW after the day
    double delaySeconds = 0;  // wait before the day starts (subscribers join first)
    app::LineFaults lineFaults[2];
    std::uint64_t gapEvery = 0; // every Nth packet lost on both lines
    szse::MdgwFaults mdgwFaults;
    std::uint64_t faultSeed = 42;
    std::string replay; // a capture to publish instead of a generated day
};

void usage()
{
    std::fputs("usage: ws-mdsim [options]\n"
               "  --securities N          securities to simulate (20)\n"
               "  --channels N            tick channels (4)\n"
               "  --seed N                day generator seed (1)\n"
               "  --date YYYYMMDD         trading date (20261130)\n"
               "  --rate N                orders per second, all securities (2000)\n"
               "  --speed X|max           1 = exchange time; max = as fast as possible (1)\n"
               "  --start HH:MM[:SS]      pace from this exchange time; earlier events go at full speed\n"
               "  --end HH:MM[:SS]        stop after this exchange time\n"
               "  --skip-to HH:MM[:SS]    publish nothing before this exchange time (feed sequence numbers\n"
               "                          still start at 1; ApplSeqNums show the join)\n"
               "  --group-a ADDR --group-b ADDR --port N --interface ADDR\n"
               "                          appliance multicast (239.77.0.1, 239.77.0.2, 30001, 127.0.0.1)\n"
               "  --recovery-port N       recovery service TCP port (0: any free port)\n"
               "  --mdgw-port N           MDGW TCP port (0: any free port)\n"
               "  --no-appliance, --no-mdgw\n"
               "  --heartbeat S           MDGW HeartBtInt (3)\n"
               "  --linger S              keep the services up S seconds after the close (0)\n"
               "  --delay S               wait S seconds after listening before publishing (0)\n"
               "  --drop-a P --drop-b P   probability a packet is lost on line A / B\n"
               "  --duplicate P --reorder P   per line\n"
               "  --gap-every N           every Nth packet is lost on both lines (recovery needed)\n"
               "  --corrupt P             MDGW: probability a frame's checksum is damaged\n"
               "  --disconnect-after N    MDGW: drop each session after N publishes\n"
               "  --fault-seed N\n"
               "  --replay FILE.pcap      publish a capture (appliance datagrams, an MDGW session) instead\n"
               "                          of a generated day, paced by its timestamps x --speed\n",
               stderr);
}

bool parseTime(std::string_view s, int& ms)
{
    int h = 0, m = 0, sec = 0;
    if (std::sscanf(std::string(s).c_str(), "%d:%d:%d", &h, &m, &sec) < 2 || h < 0 || h > 23 || m < 0 ||
        m > 59 || sec < 0 || sec > 59)
        return false;
    ms = ((h * 60 + m) * 60 + sec) * 1000;
    return true;
}

template <class T> bool parseNumber(std::string_view s, T& out)
{
    if constexpr (std::is_floating_point_v<T>) {
        char* end = nullptr;
        const std::string copy(s);
        out = static_cast<T>(std::strtod(copy.c_str(), &end));
        return end && *end == '\0' && !copy.empty();
    } else {
        const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
        return r.ec == std::errc() && r.ptr == s.data() + s.size();
    }
}

// Returns false (after printing why) on a bad command line.
bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto value = [&](std::string_view& v) {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "ws-mdsim: %s needs a value\n", argv[i]);
                return false;
            }
            v = argv[++i];
            return true;
        };
        std::string_view v;
        bool ok = true;
        if (a == "--help" || a == "-h") {
            usage();
            std::exit(0);
        } else if (a == "--no-appliance") {
            o.appliance = false;
        } else if (a == "--no-mdgw") {
            o.mdgw = false;
        } else if (!value(v)) {
            return false;
        } else if (a == "--securities") {
            ok = parseNumber(v, o.day.securities) && o.day.securities >= 1 && o.day.securities <= 3000;
        } else if (a == "--channels") {
            ok = parseNumber(v, o.day.tickChannels) && o.day.tickChannels >= 1 &&
                 o.day.tickChannels <= sim::kMaxTickChannels;
        } else if (a == "--seed") {
            ok = parseNumber(v, o.day.seed);
        } else if (a == "--date") {
            ok = parseNumber(v, o.day.tradingDate) && o.day.tradingDate > 19900101 &&
                 o.day.tradingDate < 99991231;
        } else if (a == "--rate") {
            ok = parseNumber(v, o.day.ordersPerSecond) && o.day.ordersPerSecond > 0;
        } else if (a == "--speed") {
            ok = v == "max" ? (o.speed = 0, true) : parseNumber(v, o.speed) && o.speed > 0;
        } else if (a == "--start") {
            ok = parseTime(v, o.startMs);
        } else if (a == "--skip-to") {
            ok = parseTime(v, o.skipToMs);
        } else if (a == "--end") {
            ok = parseTime(v, o.endMs);
        } else if (a == "--group-a") {
            o.feed.groupA = v;
        } else if (a == "--group-b") {
            o.feed.groupB = v;
        } else if (a == "--port") {
            ok = parseNumber(v, o.feed.port);
        } else if (a == "--interface") {
            o.feed.interfaceAddress = v;
        } else if (a == "--recovery-port") {
            ok = parseNumber(v, o.recoveryPort);
        } else if (a == "--mdgw-port") {
            ok = parseNumber(v, o.mdgwPort);
        } else if (a == "--heartbeat") {
            ok = parseNumber(v, o.heartBtInt) && o.heartBtInt >= 1;
        } else if (a == "--delay") {
            ok = parseNumber(v, o.delaySeconds) && o.delaySeconds >= 0;
        } else if (a == "--linger") {
            ok = parseNumber(v, o.lingerSeconds) && o.lingerSeconds >= 0;
        } else if (a == "--drop-a") {
            ok = parseNumber(v, o.lineFaults[0].drop);
        } else if (a == "--drop-b") {
            ok = parseNumber(v, o.lineFaults[1].drop);
        } else if (a == "--duplicate") {
            ok = parseNumber(v, o.lineFaults[0].duplicate);
            o.lineFaults[1].duplicate = o.lineFaults[0].duplicate;
        } else if (a == "--reorder") {
            ok = parseNumber(v, o.lineFaults[0].reorder);
            o.lineFaults[1].reorder = o.lineFaults[0].reorder;
        } else if (a == "--gap-every") {
            ok = parseNumber(v, o.gapEvery);
        } else if (a == "--corrupt") {
            ok = parseNumber(v, o.mdgwFaults.corruptChecksum);
        } else if (a == "--disconnect-after") {
            ok = parseNumber(v, o.mdgwFaults.disconnectAfter);
        } else if (a == "--replay") {
            o.replay = v;
        } else if (a == "--fault-seed") {
            ok = parseNumber(v, o.faultSeed);
        } else {
            std::fprintf(stderr, "ws-mdsim: unknown option %s (--help lists them)\n", argv[i - 1]);
            return false;
        }
        if (!ok) {
            std::fprintf(stderr, "ws-mdsim: bad value for %s: %s\n", argv[i - 1], argv[i]);
            return false;
        }
    }
    return true;
}

// Packs one channel's records into packets and hands them to the publisher.
class ChannelOut
{
public:
    ChannelOut(std::uint16_t channel, std::uint32_t date)
        : builder_(channel, date), channel_(channel), date_(date)
    {}

    template <class Record>
    void add(const Record& r, std::size_t size, app::FeedPublisher& pub, const Options& o)
    {
        if (open_ && !builder_.fits(size))
            flush(pub, o);
        if (!open_) {
            builder_.begin(nextSeq_, 0);
            open_ = true;
        }
        builder_.add(r);
        ++nextSeq_;
    }
    void flush(app::FeedPublisher& pub, const Options& o)
    {
        if (!open_)
            return;
        open_ = false;
        // The hardware timestamp: when the packet leaves (the simulator's clock is the host's).
        auto bytes = builder_.finish();
        std::vector<std::byte> copy(bytes.begin(), bytes.end());
        storeLe<std::uint64_t>(copy.data() + 16, app::wallClockNs());
        const auto h = *app::parseHeader(copy);
        ++packets_;
        pub.publish(h, copy, o.gapEvery != 0 && packets_ % o.gapEvery == 0);
    }
    void heartbeat(app::FeedPublisher& pub)
    {
        const auto hb = app::PacketBuilder::heartbeat(channel_, date_, nextSeq_, app::wallClockNs());
        pub.publish(*app::parseHeader(hb), hb);
    }
    std::uint64_t records() const { return nextSeq_ - 1; }

private:
    app::PacketBuilder builder_;
    std::uint16_t channel_;
    std::uint32_t date_;
    std::uint64_t nextSeq_ = 1;
    std::uint64_t packets_ = 0;
    bool open_ = false;
};

// Publishes a capture: its appliance datagrams (each packet once, whichever line it was captured
// on; the hardware stamp is set anew as it leaves) and the gateway side of an MDGW session,
// paced by the capture's timestamps. Returns the process exit code.
int replayCapture(const Options& o, app::FeedPublisher* publisher, szse::MdgwServer* mdgw,
                  std::uint64_t& messages)
{
    std::string error;
    const auto server = pcap::findServer(o.replay, error); // no TCP in the capture is fine
    pcap::Reader reader;
    if (!reader.open(o.replay)) {
        std::fprintf(stderr, "ws-mdsim: %s\n", reader.error().c_str());
        return 2;
    }
    struct Forward : pcap::TcpHandler
    {
        szse::MdgwServer* mdgw;
        std::uint64_t& messages;
        szse::FrameStream stream;
        std::vector<std::byte> frames;
        Forward(szse::MdgwServer* m, std::uint64_t& n) : mdgw(m), messages(n) {}
        void onFrame(const szse::Frame& f)
        {
            if (f.msgType == static_cast<std::uint32_t>(szse::MsgType::Logon) ||
                f.msgType == static_cast<std::uint32_t>(szse::MsgType::Heartbeat) ||
                f.msgType == static_cast<std::uint32_t>(szse::MsgType::Logout))
                return; // the recorded session's own; this gateway runs its own session
            szse::encodeRaw(f.msgType, f.body, frames);
            ++messages;
        }
        void onError(szse::FrameError, std::uint64_t) {}
        void onData(const pcap::TcpChunk& c) override
        {
            stream.push(c.data, *this);
            if (mdgw && !frames.empty()) {
                mdgw->publish(frames);
                frames.clear();
            }
        }
    } forward(mdgw, messages);
    pcap::TcpFollower follower(server ? *server : pcap::TcpSelect{});
    std::set<std::tuple<std::uint16_t, std::uint64_t, std::uint16_t>> seen; // both lines: once
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::int64_t first = -1;
    pcap::Packet p;
    while (!g_stop && reader.next(p)) {
        if (first < 0)
            first = p.tsNs;
        if (o.speed > 0)
            std::this_thread::sleep_until(start + std::chrono::nanoseconds(static_cast<std::int64_t>(
                                                      static_cast<double>(p.tsNs - first) / o.speed)));
        if (p.protocol == pcap::Protocol::Tcp) {
            follower.push(p, forward);
            continue;
        }
        const auto h = app::parseHeader(p.payload);
        if (!h || !publisher || (h->flags & app::kHeartbeat) ||
            !seen.insert({h->channel, h->firstSeq, h->count}).second)
            continue;
        std::vector<std::byte> packet(p.payload.begin(),
                                      p.payload.begin() + app::kHeaderSize + h->payloadLength);
        packet[3] = static_cast<std::byte>(h->flags & ~app::kRetransmission);
        storeLe<std::uint64_t>(packet.data() + 16, app::wallClockNs());
        publisher->publish(*app::parseHeader(packet), packet);
        messages += h->count;
    }
    if (!reader.error().empty()) {
        std::fprintf(stderr, "ws-mdsim: %s\n", reader.error().c_str());
        return 2;
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    if (!parse(argc, argv, o)) {
        usage();
        return 2;
    }
    std::signal(SIGINT, [](int) { g_stop = true; });
    std::signal(SIGTERM, [](int) { g_stop = true; });

    ws::net::IoRuntime io(1);
    std::unique_ptr<app::RecoveryServer> recovery;
    std::unique_ptr<app::FeedPublisher> publisher;
    std::unique_ptr<szse::MdgwServer> mdgw;
    try {
        if (o.appliance) {
            recovery = std::make_unique<app::RecoveryServer>(io.context(), o.recoveryPort);
            publisher = std::make_unique<app::FeedPublisher>(io.context(), o.feed, recovery.get());
            publisher->setFaults(0, o.lineFaults[0], o.faultSeed);
            publisher->setFaults(1, o.lineFaults[1], o.faultSeed + 1);
        }
        if (o.mdgw) {
            mdgw = std::make_unique<szse::MdgwServer>(io.context(), o.mdgwPort, "MDGW", o.heartBtInt);
            mdgw->setFaults(o.mdgwFaults, o.faultSeed + 2);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "ws-mdsim: cannot open the network endpoints: %s\n", e.what());
        return 1;
    }
    std::printf("{\"event\":\"listening\",\"recovery_port\":%u,\"mdgw_port\":%u,\"group_a\":\"%s\",\"group_"
                "b\":\"%s\","
                "\"port\":%u,\"interface\":\"%s\"}\n",
                recovery ? recovery->port() : 0u, mdgw ? mdgw->port() : 0u, o.feed.groupA.c_str(),
                o.feed.groupB.c_str(), o.feed.port, o.feed.interfaceAddress.c_str());
    std::fflush(stdout);

    std::this_thread::sleep_for(std::chrono::milliseconds(static_cast<std::int64_t>(o.delaySeconds * 1000)));
    if (!o.replay.empty()) {
        std::uint64_t messages = 0;
        const int code = replayCapture(o, publisher.get(), mdgw.get(), messages);
        std::printf("{\"event\":\"done\",\"messages\":%llu,\"packets_a\":%llu,\"packets_b\":%llu}\n",
                    static_cast<unsigned long long>(messages),
                    static_cast<unsigned long long>(publisher ? publisher->sent(0) : 0),
                    static_cast<unsigned long long>(publisher ? publisher->sent(1) : 0));
        std::fflush(stdout);
        const auto until = std::chrono::steady_clock::now() +
                           std::chrono::milliseconds(static_cast<std::int64_t>(o.lingerSeconds * 1000));
        while (!g_stop && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        return code;
    }
    sim::DayGenerator day(o.day);
    std::map<std::uint16_t, ChannelOut> channels;
    auto channel = [&](std::uint16_t c) -> ChannelOut& {
        auto it = channels.find(c);
        if (it == channels.end())
            it = channels.emplace(c, ChannelOut(c, static_cast<std::uint32_t>(o.day.tradingDate))).first;
        return it->second;
    };
    std::vector<std::byte> frames;
    frames.reserve(1 << 20);
    bool snapshotsWaiting = false;
    auto flushAll = [&] {
        // Tick channels first: a snapshot must not overtake the ticks it was taken after.
        if (publisher) {
            for (auto& [ch, c] : channels)
                if (ch >= sim::kFirstTickChannel)
                    c.flush(*publisher, o);
            for (auto& [ch, c] : channels)
                if (ch < sim::kFirstTickChannel)
                    c.flush(*publisher, o);
        }
        snapshotsWaiting = false;
        if (mdgw && !frames.empty()) {
            mdgw->publish(frames);
            frames.clear();
        }
    };

    using Clock = std::chrono::steady_clock;
    auto lastBeat = Clock::now();
    Clock::time_point paceStart{};
    bool pacing = false;
    int lastMs = -1;
    std::uint64_t messages = 0;
    sim::Message msg;
    while (!g_stop && day.next(msg)) {
        const int t = day.timeOfDayMs();
        if (t > o.endMs)
            break;
        if (t < o.skipToMs)
            continue;
        if (t != lastMs) {
            // Exchange time moved on. Flat out, packets go when full or when snapshots wait; paced,
            // what was gathered goes out before the simulator waits for the next moment, so at 1x
            // each millisecond leaves at once and at high multiples packets fill up instead of
            // going out a few records at a time.
            if (snapshotsWaiting)
                flushAll();
            lastMs = t;
            if (o.speed > 0 && t >= o.startMs) {
                if (!pacing) {
                    pacing = true;
                    paceStart = Clock::now() - std::chrono::microseconds(static_cast<std::int64_t>(
                                                   (t - o.startMs) * 1000.0 / o.speed));
                }
                const auto due =
                    paceStart +
                    std::chrono::microseconds(static_cast<std::int64_t>((t - o.startMs) * 1000.0 / o.speed));
                if (Clock::now() < due)
                    flushAll();
                while (!g_stop && Clock::now() < due) {
                    const auto left = due - Clock::now();
                    std::this_thread::sleep_for(
                        std::min<Clock::duration>(left, std::chrono::milliseconds(200)));
                    if (publisher && Clock::now() - lastBeat > std::chrono::seconds(1)) {
                        for (auto& [_, c] : channels)
                            c.heartbeat(*publisher);
                        lastBeat = Clock::now();
                    }
                }
            }
        }
        ++messages;
        std::visit(
            [&](const auto& m) {
                if (mdgw)
                    szse::encode(m, frames);
                if (!publisher)
                    return;
                using T = std::decay_t<decltype(m)>;
                if constexpr (std::is_same_v<T, szse::Order>) {
                    if (auto r = app::narrow(m))
                        channel(m.channelNo).add(*r, app::kOrderSize, *publisher, o);
                } else if constexpr (std::is_same_v<T, szse::Trade>) {
                    if (auto r = app::narrow(m))
                        channel(m.channelNo).add(*r, app::kTradeSize, *publisher, o);
                } else if constexpr (std::is_same_v<T, szse::Snapshot>) {
                    if (auto r = app::narrow(m)) {
                        snapshotsWaiting = true;
                        auto& c = channel(m.header.channelNo);
                        c.add(r->snapshot, app::kSnapshotSize, *publisher, o);
                        for (const auto& q : r->queues)
                            c.add(q, app::encodedSize(q), *publisher, o);
                    }
                } else {
                    if (auto r = app::narrow(m))
                        channel(m.header.channelNo).add(*r, app::kIndexSize, *publisher, o);
                }
            },
            msg);
        if (frames.size() > (1u << 20) - 4096 && mdgw) {
            mdgw->publish(frames);
            frames.clear();
        }
    }
    flushAll();
    std::uint64_t records = 0;
    for (auto& [_, c] : channels)
        records += c.records();
    const auto& st = day.stats();
    std::printf("{\"event\":\"done\",\"messages\":%llu,\"records\":%llu,\"orders\":%llu,\"trades\":%llu,"
                "\"cancels\":%llu,"
                "\"snapshots\":%llu,\"packets_a\":%llu,\"packets_b\":%llu,\"mdgw_logons\":%llu}\n",
                static_cast<unsigned long long>(messages), static_cast<unsigned long long>(records),
                static_cast<unsigned long long>(st.orders), static_cast<unsigned long long>(st.trades),
                static_cast<unsigned long long>(st.cancels), static_cast<unsigned long long>(st.snapshots),
                static_cast<unsigned long long>(publisher ? publisher->sent(0) : 0),
                static_cast<unsigned long long>(publisher ? publisher->sent(1) : 0),
                static_cast<unsigned long long>(mdgw ? mdgw->logons() : 0));
    std::fflush(stdout);
    // The day is over: heartbeats announce each channel's end, and the services stay up for
    // late recovery requests as long as asked.
    const auto lingerUntil =
        Clock::now() + std::chrono::milliseconds(static_cast<std::int64_t>(o.lingerSeconds * 1000));
    do {
        if (publisher)
            for (auto& [_, c] : channels)
                c.heartbeat(*publisher);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    } while (!g_stop && Clock::now() < lingerUntil);

    return 0;
}
