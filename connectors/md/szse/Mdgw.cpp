#include "md/szse/Mdgw.h"

#include "md/Time.h"

#include <boost/asio/post.hpp>
#include <boost/asio/write.hpp>

#include <chrono>

namespace ws::md::szse {

namespace asio = boost::asio;
using asio::ip::tcp;

namespace {

constexpr std::size_t kMaxBacklog = 32u << 20; // bytes a slow session may fall behind

} // namespace

// ---- gateway ----

struct MdgwServer::Session : std::enable_shared_from_this<MdgwServer::Session>
{
    Session(tcp::socket s, MdgwServer& o) : socket(std::move(s)), owner(o), timer(owner.io_) {}

    struct Handler
    {
        Session& s;
        void onFrame(const Frame& f)
        {
            if (f.msgType == static_cast<std::uint32_t>(MsgType::Logon) && !s.loggedOn) {
                const auto v = LogonView::parse(f.body);
                Logon answer;
                answer.senderCompId = s.owner.targetCompId_;
                answer.targetCompId = std::string(v->senderCompId());
                answer.heartBtInt = s.owner.heartBtInt_;
                answer.defaultApplVerId = std::string(v->defaultApplVerId());
                std::vector<std::byte> out;
                encode(answer, out);
                s.loggedOn = true;
                s.queue(std::move(out));
                ++s.owner.logons_;
            } else if (f.msgType == static_cast<std::uint32_t>(MsgType::Logout)) {
                s.close();
            }
        }
        void onError(FrameError, std::uint64_t) { s.close(); }
    };

    void start()
    {
        read();
        heartbeat();
    }
    void read()
    {
        socket.async_read_some(asio::buffer(buffer), [self = shared_from_this()](auto ec, std::size_t n) {
            if (ec) {
                self->close();
                return;
            }
            Handler h{*self};
            self->stream.push(Bytes(self->buffer.data(), n), h);
            self->read();
        });
    }
    void heartbeat()
    {
        timer.expires_after(std::chrono::seconds(owner.heartBtInt_));
        timer.async_wait([self = shared_from_this()](auto ec) {
            if (ec || self->closed)
                return;
            if (self->loggedOn && !self->sentSinceBeat) {
                std::vector<std::byte> hb;
                encodeHeartbeat(hb);
                self->queue(std::move(hb));
            }
            self->sentSinceBeat = false;
            self->heartbeat();
        });
    }
    // On the I/O thread.
    void queue(std::vector<std::byte> bytes)
    {
        if (closed)
            return;
        backlog += bytes.size();
        if (backlog > kMaxBacklog) {
            close();
            return;
        }
        outbox.push_back(std::move(bytes));
        sentSinceBeat = true;
        if (outbox.size() == 1)
            write();
    }
    void write()
    {
        asio::async_write(socket, asio::buffer(outbox.front()),
                          [self = shared_from_this()](auto ec, std::size_t) {
                              if (ec) {
                                  self->close();
                                  return;
                              }
                              self->backlog -= self->outbox.front().size();
                              self->outbox.pop_front();
                              if (!self->outbox.empty())
                                  self->write();
                          });
    }
    void close()
    {
        if (closed)
            return;
        closed = true;
        boost::system::error_code ec;
        socket.close(ec);
        timer.cancel();
        std::lock_guard lock(owner.mutex_);
        owner.sessions_.erase(shared_from_this());
    }

    tcp::socket socket;
    MdgwServer& owner;
    asio::steady_timer timer;
    std::array<std::byte, 4096> buffer{};
    FrameStream stream;
    std::deque<std::vector<std::byte>> outbox;
    std::size_t backlog = 0;
    std::uint64_t framesSent = 0;
    bool loggedOn = false;
    bool sentSinceBeat = false;
    bool closed = false;
};

MdgwServer::MdgwServer(asio::io_context& io, std::uint16_t port, std::string targetCompId,
                       int heartBtIntSeconds)
    : io_(io), acceptor_(io, tcp::endpoint(asio::ip::address_v4::loopback(), port)),
      targetCompId_(std::move(targetCompId)), heartBtInt_(heartBtIntSeconds < 1 ? 1 : heartBtIntSeconds)
{
    port_ = acceptor_.local_endpoint().port();
    accept();
}

MdgwServer::~MdgwServer()
{
    boost::system::error_code ec;
    acceptor_.close(ec);
}

void MdgwServer::setFaults(MdgwFaults faults, std::uint64_t seed)
{
    faults_ = faults;
    rng_ = seed | 1;
}

void MdgwServer::accept()
{
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
        if (ec)
            return;
        socket.set_option(tcp::no_delay(true));
        auto s = std::make_shared<Session>(std::move(socket), *this);
        {
            std::lock_guard lock(mutex_);
            sessions_.insert(s);
        }
        s->start();
        accept();
    });
}

std::size_t MdgwServer::sessions() const
{
    std::lock_guard lock(mutex_);
    return sessions_.size();
}

void MdgwServer::publish(Bytes frames)
{
    std::vector<std::byte> bytes(frames.begin(), frames.end());
    if (faults_.corruptChecksum > 0 && bytes.size() >= kHeaderSize + kTrailerSize) {
        // Damage the last frame's checksum (the publisher hands over whole frames).
        if (faultUniform(rng_) < faults_.corruptChecksum)
            bytes.back() ^= std::byte{0x5a};
    }
    std::vector<std::shared_ptr<Session>> targets;
    {
        std::lock_guard lock(mutex_);
        targets.assign(sessions_.begin(), sessions_.end());
    }
    for (auto& s : targets) {
        asio::post(io_, [s, bytes, limit = faults_.disconnectAfter] {
            if (!s->loggedOn)
                return;
            s->queue(bytes);
            if (limit != 0 && ++s->framesSent >= limit)
                s->close();
        });
    }
}

// ---- client ----

const char* sessionStateName(SessionState s)
{
    switch (s) {
    case SessionState::Disconnected:
        return "disconnected";
    case SessionState::Connecting:
        return "connecting";
    case SessionState::LoggedOn:
        return "logged-on";
    case SessionState::Stale:
        return "stale";
    }
    return "unknown";
}

struct MdgwClient::Handler
{
    MdgwClient& c;
    std::uint64_t recvNs;
    void onFrame(const Frame& f)
    {
        switch (static_cast<MsgType>(f.msgType)) {
        case MsgType::Logon: {
            std::lock_guard lock(c.mutex_);
            c.status_.state = SessionState::LoggedOn;
            ++c.status_.logons;
            break;
        }
        case MsgType::Logout: {
            const auto v = LogoutView::parse(f.body);
            std::lock_guard lock(c.mutex_);
            c.status_.lastLogoutText = std::string(v->text());
            break;
        }
        case MsgType::Heartbeat:
            break;
        default:
            c.sink_.onFrame(f, recvNs);
        }
    }
    void onError(FrameError, std::uint64_t) {}
};

std::shared_ptr<MdgwClient> MdgwClient::create(asio::io_context& io, MdgwConfig config, MdgwSink& sink)
{
    return std::shared_ptr<MdgwClient>(new MdgwClient(io, std::move(config), sink));
}

MdgwClient::MdgwClient(asio::io_context& io, MdgwConfig config, MdgwSink& sink)
    : config_(std::move(config)), sink_(sink), timer_(io)
{
    net::TcpLink::Callbacks callbacks;
    callbacks.onState = [this](net::LinkState s, const std::string&) { onLinkState(s); };
    callbacks.onBytes = [this](std::span<const std::byte> bytes) { onBytes(bytes); };
    link_ = net::TcpLink::create(io, config_.host, config_.port, std::move(callbacks));
}

void MdgwClient::start()
{
    running_ = true;
    link_->start();
    tick();
}

void MdgwClient::stop()
{
    running_ = false;
    link_->stop();
    asio::post(timer_.get_executor(), [self = shared_from_this()] { self->timer_.cancel(); });
}

MdgwStatus MdgwClient::status() const
{
    std::lock_guard lock(mutex_);
    return status_;
}

void MdgwClient::onLinkState(net::LinkState s)
{
    std::lock_guard lock(mutex_);
    switch (s) {
    case net::LinkState::Connected: {
        stream_.reset();
        status_.state = SessionState::Connecting; // until the gateway answers the logon
        Logon logon;
        logon.senderCompId = config_.senderCompId;
        logon.targetCompId = config_.targetCompId;
        logon.heartBtInt = config_.heartBtInt;
        logon.password = config_.password;
        logon.defaultApplVerId = config_.applVerId;
        std::vector<std::byte> out;
        encode(logon, out);
        link_->send(std::move(out));
        lastHeardNs_ = lastSentNs_ = wallClockNs();
        sink_.onSessionStart();
        break;
    }
    case net::LinkState::Connecting:
        status_.state = SessionState::Connecting;
        break;
    case net::LinkState::Backoff:
    case net::LinkState::Stopped:
        status_.state = SessionState::Disconnected;
        break;
    }
}

void MdgwClient::onBytes(Bytes bytes)
{
    const std::uint64_t now = wallClockNs();
    {
        std::lock_guard lock(mutex_);
        lastHeardNs_ = now;
        if (status_.state == SessionState::Stale)
            status_.state = SessionState::LoggedOn;
    }
    Handler h{*this, now};
    stream_.push(bytes, h);
    std::lock_guard lock(mutex_);
    status_.frames = stream_.stats(); // copied here: status() runs on other threads
}

void MdgwClient::tick()
{
    if (!running_)
        return;
    const std::uint64_t now = wallClockNs();
    const std::uint64_t interval = static_cast<std::uint64_t>(config_.heartBtInt) * 1'000'000'000ull;
    {
        std::lock_guard lock(mutex_);
        if (status_.state == SessionState::LoggedOn && now - lastHeardNs_ > 2 * interval)
            status_.state = SessionState::Stale;
        if (status_.state == SessionState::LoggedOn || status_.state == SessionState::Stale) {
            if (now - lastSentNs_ >= interval) {
                std::vector<std::byte> hb;
                encodeHeartbeat(hb);
                link_->send(std::move(hb));
                lastSentNs_ = now;
            }
        }
    }
    timer_.expires_after(std::chrono::milliseconds(200));
    timer_.async_wait([self = shared_from_this()](boost::system::error_code ec) {
        if (!ec)
            self->tick();
    });
}

} // namespace ws::md::szse
