#include "md/Replay.h"

#include "md/FeedAdapters.h"
#include "md/appliance/Sequencer.h"
#include "md/pcap/Pcap.h"

#include <map>

namespace ws::md {

namespace {

// The sequencer's sink in a replay. Its timers run on capture time, and a hole that the other
// line does not fill within the window cannot be recovered from a file: it is lost at once.
struct ReplaySink
{
    ApplianceAdapter& adapter;
    std::uint64_t& lostRecords;
    std::uint16_t channel = 0;
    std::uint64_t recvNs = 0;
    void deliver(const appliance::PacketHeader& h, appliance::Bytes packet, std::uint16_t skip)
    {
        adapter.onRecords(h, packet, skip, recvNs);
    }
    void lost(appliance::LostRange r)
    {
        lostRecords += r.to - r.from;
        adapter.onLost(channel, r);
    }
};

CaptureKind sniff(const std::string& path, std::string& error)
{
    pcap::Reader reader;
    if (!reader.open(path)) {
        error = reader.error();
        return CaptureKind::Auto;
    }
    pcap::Packet p;
    for (int i = 0; i < 1000 && reader.next(p); ++i) {
        if (p.protocol == pcap::Protocol::Udp && appliance::parseHeader(p.payload))
            return CaptureKind::Appliance;
        if (p.protocol == pcap::Protocol::Tcp && !p.payload.empty())
            return CaptureKind::Mdgw;
    }
    error = reader.error().empty()
                ? "capture '" + path + "': neither appliance datagrams nor a TCP session found"
                : reader.error();
    return CaptureKind::Auto;
}

} // namespace

Replay::Replay(Level2Engine& engine, ReplayOptions options) : engine_(engine), options_(std::move(options)) {}

Replay::~Replay()
{
    cancel();
    if (thread_.joinable())
        thread_.join();
}

void Replay::start()
{
    thread_ = std::jthread([this] { run(); });
}

void Replay::wait()
{
    if (thread_.joinable())
        thread_.join();
}

ReplayProgress Replay::progress() const
{
    std::lock_guard lock(mutex_);
    return progress_;
}

void Replay::update(const ReplayProgress& p)
{
    std::lock_guard lock(mutex_);
    progress_ = p;
}

void Replay::pace(std::int64_t tsNs)
{
    if (local_.firstTsNs == 0) {
        local_.firstTsNs = tsNs;
        captureStart_ = tsNs;
    }
    local_.lastTsNs = std::max(local_.lastTsNs, tsNs);
    const auto now = std::chrono::steady_clock::now();
    local_.wallSeconds = std::chrono::duration<double>(now - wallStart_).count();
    if (options_.speed > 0) {
        const auto due = wallStart_ + std::chrono::nanoseconds(static_cast<std::int64_t>(
                                          static_cast<double>(tsNs - captureStart_) / options_.speed));
        while (!cancelled_ && std::chrono::steady_clock::now() < due)
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(
                due - std::chrono::steady_clock::now(), std::chrono::milliseconds(50)));
    }
    if ((local_.packets & 1023) == 0)
        update(local_);
}

void Replay::run()
{
    wallStart_ = std::chrono::steady_clock::now();
    CaptureKind kind = options_.kind;
    if (kind == CaptureKind::Auto)
        kind = sniff(options_.path, local_.error);
    local_.kind = kind;
    if (kind == CaptureKind::Appliance)
        runAppliance();
    else if (kind == CaptureKind::Mdgw)
        runMdgw();
    local_.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart_).count();
    local_.cancelled = cancelled_;
    local_.finished = true;
    update(local_);
}

void Replay::runAppliance()
{
    pcap::Reader reader;
    if (!reader.open(options_.path)) {
        local_.error = reader.error();
        return;
    }
    ApplianceAdapter adapter(engine_, FeedPath::Replay);
    appliance::SequencerConfig config;
    config.recoveryAttempts = 0;
    std::map<std::uint16_t, appliance::ChannelSequencer> sequencers;
    std::map<std::uint32_t, int> lines; // destination group -> line
    ReplaySink sink{adapter, local_.lostRecords};
    pcap::Packet p;
    while (!cancelled_ && reader.next(p)) {
        if (p.protocol != pcap::Protocol::Udp || (options_.port != 0 && p.dstPort != options_.port))
            continue;
        const auto h = appliance::parseHeader(p.payload);
        if (!h) {
            ++local_.malformed;
            continue;
        }
        pace(p.tsNs);
        ++local_.packets;
        local_.bytes += p.payload.size();
        const auto line = lines.emplace(p.dstIp, static_cast<int>(lines.size() % 2)).first->second;
        auto it = sequencers.find(h->channel);
        if (it == sequencers.end())
            it = sequencers.emplace(h->channel, appliance::ChannelSequencer(h->channel, config)).first;
        sink.recvNs = static_cast<std::uint64_t>(p.tsNs);
        sink.channel = h->channel;
        const auto before = adapter.records();
        const auto now = static_cast<std::uint64_t>(p.tsNs);
        it->second.onPacket(line, *h, p.payload.first(appliance::kHeaderSize + h->payloadLength), now, sink);
        if (auto request = it->second.poll(now, sink))
            it->second.onRecoveryEnd(request->fromSeq, now, sink);
        local_.messages += adapter.records() - before;
    }
    // The end of the capture: whatever is still held behind a hole is lost up to it.
    for (auto& [channel, seq] : sequencers) {
        sink.channel = channel;
        const auto before = adapter.records();
        const auto end = ~std::uint64_t{0} >> 1;
        while (seq.expected() < seq.highestSeen()) {
            const auto request = seq.poll(end, sink);
            if (!request)
                break;
            seq.onRecoveryEnd(request->fromSeq, end, sink);
        }
        local_.messages += adapter.records() - before;
    }
    local_.malformed += reader.stats().totalErrors();
    if (!reader.error().empty())
        local_.error = reader.error();
}

void Replay::runMdgw()
{
    struct Handler : pcap::TcpHandler
    {
        Replay& r;
        SzseFrameAdapter adapter;
        szse::FrameStream stream;
        std::uint64_t recvNs = 0;
        Handler(Replay& replay, Level2Engine& engine) : r(replay), adapter(engine, FeedPath::Replay) {}
        void onFrame(const szse::Frame& f) { adapter.onFrame(f, recvNs); }
        void onError(szse::FrameError, std::uint64_t) { ++r.local_.malformed; }
        void onData(const pcap::TcpChunk& c) override
        {
            if (r.cancelled_)
                return;
            r.pace(c.tsNs);
            ++r.local_.packets;
            r.local_.bytes += c.data.size();
            recvNs = static_cast<std::uint64_t>(c.tsNs);
            stream.push(c.data, *this);
            r.local_.messages = adapter.frames();
        }
        void onGap(const pcap::TcpGap& g) override
        {
            r.local_.tcpGapBytes += g.bytes;
            stream.reset(); // the bytes after a hole start wherever; the framer resynchronises
        }
    } handler(*this, engine_);
    pcap::TcpSelect select;
    if (options_.serverPort != 0) {
        select.serverPort = options_.serverPort;
    } else if (auto server = pcap::findServer(options_.path, local_.error)) {
        select = *server;
    } else {
        return;
    }
    const auto summary = pcap::readTcp(options_.path, select, handler);
    handler.stream.finish(handler);
    local_.messages = handler.adapter.frames();
    if (!summary.error.empty())
        local_.error = summary.error;
}

} // namespace ws::md
