#pragma once

// Records market data as it arrives into a nanosecond pcap that tcpdump and Wireshark open, and
// that `wsctl md decode --format appliance|pcap` reads back:
//   - the appliance's lines A and B: every datagram as a UDP frame to the group and port it came
//     to, stamped with the kernel's receive time (SO_TIMESTAMPNS);
//   - optionally one MDGW session: the recorder logs on (SZSE Binary Logon), answers with
//     heartbeats, and writes both directions of the byte stream as one synthesized TCP
//     connection (pcap::TcpWriter), stamped when each read returned.
//
// Plain POSIX sockets and poll() on the caller's thread, nothing else: the recorder joins the
// groups on sockets of its own, bound to the group address with SO_REUSEADDR, so it runs beside a
// FeedReceiver of the same host without taking its datagrams.

#include "md/pcap/Pcap.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace ws::md::appliance {

struct RecorderConfig
{
    std::string groupA = "239.77.0.1";
    std::string groupB = "239.77.0.2";
    std::uint16_t port = 30001;
    std::string interfaceAddress = "127.0.0.1";

    // MDGW session, when mdgwHost is set. A refused connection is retried (every 20 ms) until the
    // recording ends, so the recorder may start before the gateway; a session the gateway ends is
    // not reopened.
    std::optional<std::string> mdgwHost;
    std::uint16_t mdgwPort = 0;
    std::string senderCompId = "WS";
    std::string targetCompId = "MDGW";
    int heartBtInt = 3;

    double durationSeconds = 0;   // 0: until stopped
    std::uint64_t maxPackets = 0; // 0: no limit; datagrams plus MDGW reads
    int receiveBufferBytes = 8 << 20;
};

struct RecorderStats
{
    std::uint64_t packets[2] = {0, 0}; // datagrams per line
    std::uint64_t bytes[2] = {0, 0};   // UDP payload bytes per line
    std::uint64_t truncated = 0;       // datagrams larger than the receive buffer (cut)
    std::uint64_t mdgwBytes = 0;       // received from the gateway
    std::uint64_t mdgwReads = 0;
    std::uint64_t mdgwSentBytes = 0; // logon, heartbeats, logout
    bool mdgwConnected = false;      // a session was opened
    bool mdgwClosedByPeer = false;
    std::uint64_t captureRecords = 0; // frames written to the capture
    std::uint64_t durationNs = 0;
};

class Recorder
{
public:
    explicit Recorder(RecorderConfig config);
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // Creates the capture and opens both lines' sockets. False with error() set, which names the
    // file, or the line, group and interface that failed.
    bool open(const std::string& path);

    // Records until the duration passes, maxPackets arrived, or `stop` becomes true (a signal
    // handler may set it; poll() wakes at least every 100 ms). Closes the capture. False when a
    // write failed (error() says which); the capture then holds what was written before.
    bool run(const std::atomic<bool>& stop);

    const RecorderStats& stats() const { return stats_; }
    const std::string& error() const { return error_; }

    // Remarks that are not failures (a refused MDGW connection being retried, a session the
    // gateway closed, a cut datagram), each once.
    std::function<void(const std::string&)> onNote;

private:
    struct Mdgw;
    bool readLine(int line, std::uint64_t budget);
    bool serviceMdgw(short revents, std::int64_t nowNs);
    bool mdgwConnect(std::int64_t nowNs);
    bool mdgwSend(std::int64_t nowNs, const std::vector<std::byte>& bytes);
    bool mdgwClose(std::int64_t nowNs, bool byPeer);
    bool fail(std::string message);
    void note(const std::string& message);

    RecorderConfig config_;
    int fds_[2] = {-1, -1};
    std::uint32_t groups_[2] = {0, 0}; // host order
    pcap::Writer writer_;
    std::unique_ptr<Mdgw> mdgw_;
    RecorderStats stats_;
    std::string error_;
    std::vector<std::string> noted_;
};

} // namespace ws::md::appliance
