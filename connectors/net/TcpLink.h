#pragma once

#include "net/Backoff.h"
#include "net/LinkState.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace ws::net {

// A client TCP session that keeps itself connected: on refusal or loss it waits (bounded
// exponential back-off) and reconnects until stopped. The base of the MDGW (SZSE Binary) and FIX
// connectors. Callbacks run on the I/O thread; the byte span is valid only during the call.
class TcpLink : public std::enable_shared_from_this<TcpLink>
{
public:
    struct Callbacks
    {
        std::function<void(LinkState, const std::string& detail)> onState;
        std::function<void(std::span<const std::byte>)> onBytes;
    };

    static std::shared_ptr<TcpLink> create(boost::asio::io_context& io, std::string host, std::uint16_t port,
                                           Callbacks callbacks, Backoff backoff = {});

    void start();
    void stop();
    // Queued and written in order once connected; dropped if the link is not connected.
    void send(std::vector<std::byte> bytes);

    std::uint64_t connectCount() const noexcept { return connects_; }

private:
    TcpLink(boost::asio::io_context& io, std::string host, std::uint16_t port, Callbacks callbacks,
            Backoff backoff);
    void connect();
    void scheduleReconnect(const std::string& why);
    void readSome();
    void writeNext();
    void setState(LinkState state, const std::string& detail);

    boost::asio::strand<boost::asio::io_context::executor_type> strand_;
    boost::asio::ip::tcp::resolver resolver_;
    boost::asio::ip::tcp::socket socket_;
    boost::asio::steady_timer timer_;
    std::string host_;
    std::uint16_t port_;
    Callbacks callbacks_;
    Backoff backoff_;
    std::array<std::byte, 64 * 1024> buffer_{};
    std::deque<std::vector<std::byte>> outbox_;
    LinkState state_ = LinkState::Stopped;
    bool running_ = false;
    std::uint64_t connects_ = 0;
};

} // namespace ws::net
