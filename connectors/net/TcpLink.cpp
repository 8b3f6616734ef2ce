#include "net/TcpLink.h"

#include <boost/asio/buffer.hpp>
#include <boost/asio/connect.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

namespace ws::net {

namespace asio = boost::asio;
using asio::ip::tcp;

std::shared_ptr<TcpLink> TcpLink::create(asio::io_context& io, std::string host, std::uint16_t port,
                                         Callbacks callbacks, Backoff backoff)
{
    return std::shared_ptr<TcpLink>(new TcpLink(io, std::move(host), port, std::move(callbacks), backoff));
}

TcpLink::TcpLink(asio::io_context& io, std::string host, std::uint16_t port, Callbacks callbacks,
                 Backoff backoff)
    : strand_(asio::make_strand(io)), resolver_(strand_), socket_(strand_), timer_(strand_),
      host_(std::move(host)), port_(port), callbacks_(std::move(callbacks)), backoff_(backoff)
{}

void TcpLink::start()
{
    asio::post(strand_, [self = shared_from_this()] {
        if (self->running_)
            return;
        self->running_ = true;
        self->connect();
    });
}

void TcpLink::stop()
{
    asio::post(strand_, [self = shared_from_this()] {
        self->running_ = false;
        boost::system::error_code ignored;
        self->timer_.cancel();
        self->resolver_.cancel();
        self->socket_.close(ignored);
        self->outbox_.clear();
        self->setState(LinkState::Stopped, {});
    });
}

void TcpLink::send(std::vector<std::byte> bytes)
{
    asio::post(strand_, [self = shared_from_this(), bytes = std::move(bytes)]() mutable {
        if (self->state_ != LinkState::Connected)
            return;
        self->outbox_.push_back(std::move(bytes));
        if (self->outbox_.size() == 1)
            self->writeNext();
    });
}

void TcpLink::setState(LinkState state, const std::string& detail)
{
    state_ = state;
    if (callbacks_.onState)
        callbacks_.onState(state, detail);
}

void TcpLink::connect()
{
    setState(LinkState::Connecting, host_ + ":" + std::to_string(port_));
    resolver_.async_resolve(
        host_, std::to_string(port_),
        [self = shared_from_this()](boost::system::error_code ec, tcp::resolver::results_type endpoints) {
            if (!self->running_)
                return;
            if (ec)
                return self->scheduleReconnect("resolve: " + ec.message());
            asio::async_connect(self->socket_, endpoints,
                                [self](boost::system::error_code ec2, const tcp::endpoint&) {
                                    if (!self->running_)
                                        return;
                                    if (ec2)
                                        return self->scheduleReconnect("connect: " + ec2.message());
                                    ++self->connects_;
                                    self->backoff_.reset();
                                    boost::system::error_code ignored;
                                    self->socket_.set_option(tcp::no_delay(true), ignored);
                                    self->setState(LinkState::Connected, {});
                                    self->readSome();
                                });
        });
}

void TcpLink::scheduleReconnect(const std::string& why)
{
    boost::system::error_code ignored;
    socket_.close(ignored);
    outbox_.clear();
    const auto delay = backoff_.next();
    setState(LinkState::Backoff, why + "; retry in " + std::to_string(delay.count()) + " ms");
    timer_.expires_after(delay);
    timer_.async_wait([self = shared_from_this()](boost::system::error_code ec) {
        if (!ec && self->running_)
            self->connect();
    });
}

void TcpLink::readSome()
{
    socket_.async_read_some(
        asio::buffer(buffer_), [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
            if (!self->running_)
                return;
            if (ec)
                return self->scheduleReconnect("read: " + ec.message());
            if (self->callbacks_.onBytes)
                self->callbacks_.onBytes(std::span<const std::byte>(self->buffer_.data(), n));
            self->readSome();
        });
}

void TcpLink::writeNext()
{
    asio::async_write(socket_, asio::buffer(outbox_.front()),
                      [self = shared_from_this()](boost::system::error_code ec, std::size_t) {
                          if (!self->running_)
                              return;
                          if (ec)
                              return self->scheduleReconnect("write: " + ec.message());
                          self->outbox_.pop_front();
                          if (!self->outbox_.empty())
                              self->writeNext();
                      });
}

} // namespace ws::net
