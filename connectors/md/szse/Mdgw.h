#pragma once

// An SZSE Binary session over TCP, both ends: the MDGW side the simulator serves (logon,
// heartbeats, the day's frames) and the client the workstation connects with when it decodes
// SZSE Binary in software (the fallback beside the appliance feed).
//
// Session rules as the exchange's interface specification gives them: the client opens with
// Logon (1); the gateway answers with its own Logon and then streams market data; both sides
// send Heartbeat (3) when they have sent nothing for HeartBtInt seconds; either side ends with
// Logout (2). A client that hears nothing for two heartbeat intervals calls the session stale.

#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"
#include "net/TcpLink.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <atomic>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace ws::md::szse {

// ---- gateway (simulator) ----

struct MdgwFaults
{
    double corruptChecksum = 0;        // probability that a frame's checksum is damaged
    std::uint64_t disconnectAfter = 0; // drop each session after this many frames (0: never)
};

class MdgwServer
{
public:
    MdgwServer(boost::asio::io_context& io, std::uint16_t port, std::string targetCompId = "MDGW",
               int heartBtIntSeconds = 3);
    ~MdgwServer();
    std::uint16_t port() const { return port_; }
    void setFaults(MdgwFaults faults, std::uint64_t seed);

    // Complete frames for every logged-on session (any thread). A session that falls more than
    // a few MB behind is cut off rather than allowed to hold the publisher back.
    void publish(Bytes frames);
    std::size_t sessions() const;
    std::uint64_t logons() const { return logons_; }

private:
    struct Session;
    void accept();

    boost::asio::io_context& io_;
    boost::asio::ip::tcp::acceptor acceptor_;
    std::uint16_t port_ = 0;
    std::string targetCompId_;
    int heartBtInt_;
    MdgwFaults faults_;
    std::uint64_t rng_ = 1;
    mutable std::mutex mutex_;
    std::set<std::shared_ptr<Session>> sessions_;
    std::atomic<std::uint64_t> logons_{0};
};

// ---- client (workstation) ----

enum class SessionState : std::uint8_t {
    Disconnected,
    Connecting,
    LoggedOn, // logon answered, data flowing
    Stale,    // logged on, but nothing heard for two heartbeat intervals
};
const char* sessionStateName(SessionState s);

struct MdgwConfig
{
    std::string host = "127.0.0.1";
    std::uint16_t port = 0;
    std::string senderCompId = "WS";
    std::string targetCompId = "MDGW";
    int heartBtInt = 3;
    std::string password;
    std::string applVerId = "1.02";
};

struct MdgwStatus
{
    SessionState state = SessionState::Disconnected;
    FrameStats frames;
    std::uint64_t logons = 0;
    std::string lastLogoutText;
};

class MdgwSink
{
public:
    virtual ~MdgwSink() = default;
    // Market-data frames (not session messages), valid during the call.
    virtual void onFrame(const Frame& frame, std::uint64_t recvNs) = 0;
    // A new session started: the stream restarts on a frame boundary and sequence numbers
    // continue wherever the gateway is; the model checks them.
    virtual void onSessionStart() {}
};

class MdgwClient : public std::enable_shared_from_this<MdgwClient>
{
public:
    static std::shared_ptr<MdgwClient> create(boost::asio::io_context& io, MdgwConfig config, MdgwSink& sink);
    void start();
    void stop();
    MdgwStatus status() const;

private:
    MdgwClient(boost::asio::io_context& io, MdgwConfig config, MdgwSink& sink);
    struct Handler;
    void onBytes(Bytes bytes);
    void onLinkState(net::LinkState s);
    void tick();

    MdgwConfig config_;
    MdgwSink& sink_;
    std::shared_ptr<net::TcpLink> link_;
    boost::asio::steady_timer timer_;
    FrameStream stream_;
    mutable std::mutex mutex_;
    MdgwStatus status_;
    std::uint64_t lastHeardNs_ = 0;
    std::uint64_t lastSentNs_ = 0;
    bool running_ = false;
};

} // namespace ws::md::szse
