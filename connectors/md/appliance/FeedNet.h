#pragma once

// The appliance feed on the network: the publishing side (lines A and B, and the recovery
// service that keeps the packets sent) as the simulator runs it, and the receiving side as the
// workstation runs it (both lines joined, sequenced per channel, gaps recovered over TCP).
//
// Multicast goes out of, and is joined on, an explicit interface address: on the loopback
// interface (tests, a laptop replaying a recording) that is 127.0.0.1 with IP_MULTICAST_LOOP.

#include "md/Time.h"
#include "md/appliance/ApplianceFeed.h"
#include "md/appliance/Sequencer.h"
#include "net/TcpLink.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/udp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace ws::md::appliance {

struct FeedEndpoint
{
    std::string groupA = "239.77.0.1";
    std::string groupB = "239.77.0.2";
    std::uint16_t port = 30001;
    std::string interfaceAddress = "127.0.0.1";
};

using md::wallClockNs;

// Keeps the packets a channel sent, up to a byte budget (oldest dropped first), and answers
// recovery requests from them over TCP. Runs on the io_context it is given.
class RecoveryServer
{
public:
    RecoveryServer(boost::asio::io_context& io, std::uint16_t port, std::size_t budgetBytes = 256u << 20);
    ~RecoveryServer();
    std::uint16_t port() const { return port_; }

    // Called by the publisher for every packet sent (any thread).
    void keep(const PacketHeader& h, Bytes packet);
    std::uint64_t requestsServed() const;

private:
    struct Session;
    struct Channel
    {
        std::deque<std::vector<std::byte>> packets; // in sequence order
        std::deque<std::uint64_t> firstSeqs;
        std::uint64_t nextSeq = 1;
    };
    void accept();
    std::vector<std::byte> answer(const RecoveryRequest& r);

    boost::asio::ip::tcp::acceptor acceptor_;
    std::uint16_t port_ = 0;
    std::size_t budget_;
    mutable std::mutex mutex_;
    std::map<std::uint16_t, Channel> channels_;
    std::size_t bytes_ = 0;
    std::uint64_t served_ = 0;
};

// What a line does to the packets the publisher gives it (fault injection).
struct LineFaults
{
    double drop = 0;      // probability a packet is not sent on this line
    double duplicate = 0; // probability it is sent twice
    double reorder = 0;   // probability it is held back and sent after the next one
};

// Sends packets to both lines, synchronously from the caller's thread, and keeps them for the
// recovery service.
class FeedPublisher
{
public:
    FeedPublisher(boost::asio::io_context& io, FeedEndpoint endpoint, RecoveryServer* recovery);
    void setFaults(int line, LineFaults faults, std::uint64_t seed);
    // Sends one packet on both lines. `gap` true: on neither (the recovery service keeps it).
    void publish(const PacketHeader& h, Bytes packet, bool gap = false);
    std::uint64_t sent(int line) const { return sent_[line]; }

private:
    void sendOnBothLines(Bytes packet);
    void sendOn(int line, Bytes packet);
    boost::asio::ip::udp::socket socket_;
    std::array<boost::asio::ip::udp::endpoint, 2> lines_;
    std::array<LineFaults, 2> faults_{};
    std::array<std::uint64_t, 2> rng_{1, 2};
    std::array<std::vector<std::byte>, 2> heldBack_;
    std::array<std::uint64_t, 2> sent_{};
    RecoveryServer* recovery_;
};

// Status of one channel as the receiver sees it (copied out for the feed-health panel).
struct ChannelStatus
{
    std::uint16_t channel = 0;
    ChannelState state = ChannelState::Waiting;
    std::uint64_t expected = 0;
    std::uint64_t highestSeen = 0;
    SequencerStats stats;
    std::vector<LostRange> lost;
};

struct ReceiverStats
{
    std::array<std::uint64_t, 2> datagrams{};
    std::array<std::uint64_t, kPacketErrorKinds> errors{};
    std::uint64_t recoveryConnects = 0;
};

// Receives both lines and puts every channel in sequence. The io_context must be run by one
// thread (IoRuntime(1)): the sequencers are not locked. The sink is called on that thread,
// in sequence order per channel:
//   void onRecords(const PacketHeader&, Bytes packet, std::uint16_t skip, std::uint64_t recvNs)
//   void onLost(std::uint16_t channel, LostRange)
class FeedSink
{
public:
    virtual ~FeedSink() = default;
    virtual void onRecords(const PacketHeader& h, Bytes packet, std::uint16_t skip, std::uint64_t recvNs) = 0;
    virtual void onLost(std::uint16_t channel, LostRange range) = 0;
};

class FeedReceiver : public std::enable_shared_from_this<FeedReceiver>
{
public:
    static std::shared_ptr<FeedReceiver> create(boost::asio::io_context& io, FeedEndpoint endpoint,
                                                std::string recoveryHost, std::uint16_t recoveryPort,
                                                FeedSink& sink, SequencerConfig config = {});
    // Joins both groups and starts receiving; throws boost::system::system_error when a socket
    // cannot be opened or a group joined (the message names the group and interface).
    void start();
    void stop();

    // Thread-safe copies for the UI.
    std::vector<ChannelStatus> channels() const;
    ReceiverStats stats() const;

private:
    FeedReceiver(boost::asio::io_context& io, FeedEndpoint endpoint, std::string recoveryHost,
                 std::uint16_t recoveryPort, FeedSink& sink, SequencerConfig config);
    struct Line
    {
        explicit Line(boost::asio::io_context& io) : socket(io) {}
        boost::asio::ip::udp::socket socket;
        std::array<std::byte, 65536> buffer{};
    };
    void receive(int line);
    void onDatagram(int line, Bytes datagram, std::uint64_t recvNs);
    void onRecoveryBytes(Bytes bytes);
    void tick();
    ChannelSequencer& sequencer(std::uint16_t channel);
    struct SinkAdapter;

    boost::asio::io_context& io_;
    FeedEndpoint endpoint_;
    FeedSink& sink_;
    SequencerConfig config_;
    std::array<std::unique_ptr<Line>, 2> lines_;
    boost::asio::steady_timer timer_;
    std::shared_ptr<net::TcpLink> recovery_;
    std::vector<std::byte> recoveryBuffer_;
    std::map<std::uint16_t, ChannelSequencer> sequencers_; // touched on the I/O thread only
    mutable std::mutex mutex_;                             // guards the copies below
    std::vector<ChannelStatus> published_;
    ReceiverStats stats_;
    bool running_ = false;
};

} // namespace ws::md::appliance
