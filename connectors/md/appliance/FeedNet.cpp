#include "md/appliance/FeedNet.h"

#include <boost/asio/ip/multicast.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <algorithm>
#include <chrono>

namespace ws::md::appliance {

namespace asio = boost::asio;
using asio::ip::tcp;
using asio::ip::udp;

// ---- recovery service ----

struct RecoveryServer::Session : std::enable_shared_from_this<RecoveryServer::Session>
{
    Session(tcp::socket s, RecoveryServer& server) : socket(std::move(s)), owner(server) {}
    void read()
    {
        asio::async_read(socket, asio::buffer(request), [self = shared_from_this()](auto ec, std::size_t) {
            if (ec)
                return;
            const auto r = parseRequest(self->request);
            if (!r)
                return; // malformed: the connection closes
            self->reply = self->owner.answer(*r);
            asio::async_write(self->socket, asio::buffer(self->reply), [self](auto wec, std::size_t) {
                if (!wec)
                    self->read();
            });
        });
    }
    tcp::socket socket;
    RecoveryServer& owner;
    std::array<std::byte, kRequestSize> request{};
    std::vector<std::byte> reply;
};

RecoveryServer::RecoveryServer(asio::io_context& io, std::uint16_t port, std::size_t budgetBytes)
    : acceptor_(io, tcp::endpoint(asio::ip::address_v4::loopback(), port)), budget_(budgetBytes)
{
    port_ = acceptor_.local_endpoint().port();
    accept();
}

RecoveryServer::~RecoveryServer()
{
    boost::system::error_code ec;
    acceptor_.close(ec);
}

void RecoveryServer::accept()
{
    acceptor_.async_accept([this](boost::system::error_code ec, tcp::socket socket) {
        if (ec)
            return;
        socket.set_option(tcp::no_delay(true));
        std::make_shared<Session>(std::move(socket), *this)->read();
        accept();
    });
}

void RecoveryServer::keep(const PacketHeader& h, Bytes packet)
{
    if (h.count == 0)
        return;
    std::lock_guard lock(mutex_);
    Channel& c = channels_[h.channel];
    c.packets.emplace_back(packet.begin(), packet.end());
    c.firstSeqs.push_back(h.firstSeq);
    c.nextSeq = h.firstSeq + h.count;
    bytes_ += packet.size();
    // Over budget: drop the oldest packet of the channel that holds the most.
    while (bytes_ > budget_) {
        Channel* biggest = nullptr;
        for (auto& [_, ch] : channels_)
            if (!ch.packets.empty() && (!biggest || ch.packets.size() > biggest->packets.size()))
                biggest = &ch;
        if (!biggest)
            break;
        bytes_ -= biggest->packets.front().size();
        biggest->packets.pop_front();
        biggest->firstSeqs.pop_front();
    }
}

std::uint64_t RecoveryServer::requestsServed() const
{
    std::lock_guard lock(mutex_);
    return served_;
}

std::vector<std::byte> RecoveryServer::answer(const RecoveryRequest& r)
{
    std::vector<std::byte> out;
    const std::uint64_t end = r.fromSeq + r.count;
    std::uint64_t firstNotSent = end;
    {
        std::lock_guard lock(mutex_);
        ++served_;
        const auto it = channels_.find(r.channel);
        if (it == channels_.end()) {
            firstNotSent = r.fromSeq;
        } else {
            const Channel& c = it->second;
            if (c.firstSeqs.empty() || c.firstSeqs.front() > r.fromSeq)
                firstNotSent = r.fromSeq; // the start is older than what is kept
            else if (c.nextSeq < end)
                firstNotSent = c.nextSeq; // reaches beyond what was sent
            // First kept packet that ends after fromSeq.
            auto pos = std::upper_bound(c.firstSeqs.begin(), c.firstSeqs.end(), r.fromSeq);
            std::size_t i = static_cast<std::size_t>(pos - c.firstSeqs.begin());
            if (i > 0)
                --i;
            for (; i < c.packets.size() && c.firstSeqs[i] < end; ++i) {
                const auto& p = c.packets[i];
                const auto h = parseHeader(p);
                if (!h || h->firstSeq + h->count <= r.fromSeq)
                    continue;
                std::array<std::byte, 2> len;
                storeLe<std::uint16_t>(len.data(), static_cast<std::uint16_t>(p.size()));
                out.insert(out.end(), len.begin(), len.end());
                const std::size_t at = out.size();
                out.insert(out.end(), p.begin(), p.end());
                out[at + 3] = static_cast<std::byte>(h->flags | kRetransmission);
            }
        }
    }
    PacketHeader endHeader;
    endHeader.flags = kRecoveryEnd | kRetransmission;
    endHeader.channel = r.channel;
    endHeader.firstSeq = firstNotSent;
    endHeader.hwTimestampNs = wallClockNs();
    std::vector<std::byte> endPacket;
    appendHeader(endHeader, endPacket);
    std::array<std::byte, 2> len;
    storeLe<std::uint16_t>(len.data(), static_cast<std::uint16_t>(endPacket.size()));
    out.insert(out.end(), len.begin(), len.end());
    out.insert(out.end(), endPacket.begin(), endPacket.end());
    return out;
}

// ---- publisher ----

FeedPublisher::FeedPublisher(asio::io_context& io, FeedEndpoint endpoint, RecoveryServer* recovery)
    : socket_(io, udp::v4()), recovery_(recovery)
{
    const auto itf = asio::ip::make_address_v4(endpoint.interfaceAddress);
    socket_.set_option(asio::ip::multicast::outbound_interface(itf));
    socket_.set_option(asio::ip::multicast::enable_loopback(true));
    socket_.set_option(asio::ip::multicast::hops(itf.is_loopback() ? 0 : 1));
    socket_.set_option(asio::socket_base::send_buffer_size(8 << 20));
    lines_[0] = udp::endpoint(asio::ip::make_address(endpoint.groupA), endpoint.port);
    lines_[1] = udp::endpoint(asio::ip::make_address(endpoint.groupB), endpoint.port);
}

void FeedPublisher::setFaults(int line, LineFaults faults, std::uint64_t seed)
{
    faults_[static_cast<std::size_t>(line)] = faults;
    rng_[static_cast<std::size_t>(line)] = seed | 1;
}

void FeedPublisher::sendOn(int line, Bytes packet)
{
    const auto l = static_cast<std::size_t>(line);
    boost::system::error_code ec;
    socket_.send_to(asio::buffer(packet.data(), packet.size()), lines_[l], 0, ec);
    if (!ec)
        ++sent_[l];
}

void FeedPublisher::publish(const PacketHeader& h, Bytes packet, bool gap)
{
    if (!gap)
        sendOnBothLines(packet);
    // Kept after it is sent, so that copying it (and the allocation that may take) is not
    // between the hardware timestamp and the wire. No one can ask for it sooner: a receiver
    // learns of a hole from a later packet or heartbeat, which this thread sends after this.
    if (recovery_)
        recovery_->keep(h, packet);
}

void FeedPublisher::sendOnBothLines(Bytes packet)
{
    for (int line = 0; line < 2; ++line) {
        const auto l = static_cast<std::size_t>(line);
        const LineFaults& f = faults_[l];
        if (f.drop > 0 && faultUniform(rng_[l]) < f.drop)
            continue;
        if (f.reorder > 0 && heldBack_[l].empty() && faultUniform(rng_[l]) < f.reorder) {
            heldBack_[l].assign(packet.begin(), packet.end());
            continue;
        }
        sendOn(line, packet);
        if (!heldBack_[l].empty()) {
            sendOn(line, heldBack_[l]);
            heldBack_[l].clear();
        }
        if (f.duplicate > 0 && faultUniform(rng_[l]) < f.duplicate)
            sendOn(line, packet);
    }
}

// ---- receiver ----

struct FeedReceiver::SinkAdapter
{
    FeedSink& sink;
    std::uint16_t channel;
    std::uint64_t recvNs;
    void deliver(const PacketHeader& h, Bytes packet, std::uint16_t skip)
    {
        sink.onRecords(h, packet, skip, recvNs);
    }
    void lost(LostRange r) { sink.onLost(channel, r); }
};

std::shared_ptr<FeedReceiver> FeedReceiver::create(asio::io_context& io, FeedEndpoint endpoint,
                                                   std::string recoveryHost, std::uint16_t recoveryPort,
                                                   FeedSink& sink, SequencerConfig config)
{
    return std::shared_ptr<FeedReceiver>(
        new FeedReceiver(io, std::move(endpoint), std::move(recoveryHost), recoveryPort, sink, config));
}

FeedReceiver::FeedReceiver(asio::io_context& io, FeedEndpoint endpoint, std::string recoveryHost,
                           std::uint16_t recoveryPort, FeedSink& sink, SequencerConfig config)
    : io_(io), endpoint_(std::move(endpoint)), sink_(sink), config_(config), timer_(io)
{
    lines_[0] = std::make_unique<Line>(io);
    lines_[1] = std::make_unique<Line>(io);
    net::TcpLink::Callbacks callbacks;
    callbacks.onState = [this](net::LinkState s, const std::string&) {
        if (s == net::LinkState::Connected) {
            std::lock_guard lock(mutex_);
            ++stats_.recoveryConnects;
        }
        recoveryBuffer_.clear(); // a new connection starts on a message boundary
    };
    callbacks.onBytes = [this](std::span<const std::byte> bytes) { onRecoveryBytes(bytes); };
    recovery_ = net::TcpLink::create(io, std::move(recoveryHost), recoveryPort, std::move(callbacks));
}

void FeedReceiver::start()
{
    const auto itf = asio::ip::make_address_v4(endpoint_.interfaceAddress);
    const std::string groups[2] = {endpoint_.groupA, endpoint_.groupB};
    for (int line = 0; line < 2; ++line) {
        auto& s = lines_[static_cast<std::size_t>(line)]->socket;
        const auto group = asio::ip::make_address_v4(groups[line]);
        s.open(udp::v4());
        s.set_option(asio::socket_base::reuse_address(true));
        s.set_option(asio::socket_base::receive_buffer_size(8 << 20));
        // Bound to the group address, so each socket hears only its own line even though both
        // use the same port.
        s.bind(udp::endpoint(group, endpoint_.port));
        s.set_option(asio::ip::multicast::join_group(group, itf));
    }
    running_ = true;
    recovery_->start();
    receive(0);
    receive(1);
    tick();
}

void FeedReceiver::stop()
{
    asio::post(io_, [self = shared_from_this()] {
        self->running_ = false;
        boost::system::error_code ec;
        for (auto& l : self->lines_)
            l->socket.close(ec);
        self->timer_.cancel();
        self->recovery_->stop();
    });
}

void FeedReceiver::receive(int line)
{
    auto& l = *lines_[static_cast<std::size_t>(line)];
    l.socket.async_receive(asio::buffer(l.buffer),
                           [self = shared_from_this(), line](boost::system::error_code ec, std::size_t n) {
                               if (ec || !self->running_)
                                   return;
                               const std::uint64_t now = wallClockNs();
                               auto& buf = self->lines_[static_cast<std::size_t>(line)]->buffer;
                               self->onDatagram(line, Bytes(buf.data(), n), now);
                               self->receive(line);
                           });
}

ChannelSequencer& FeedReceiver::sequencer(std::uint16_t channel)
{
    auto it = sequencers_.find(channel);
    if (it == sequencers_.end())
        it = sequencers_.emplace(channel, ChannelSequencer(channel, config_)).first;
    return it->second;
}

void FeedReceiver::onDatagram(int line, Bytes datagram, std::uint64_t recvNs)
{
    const auto h = parseHeader(datagram);
    std::lock_guard lock(mutex_);
    if (line >= 0)
        ++stats_.datagrams[static_cast<std::size_t>(line)];
    if (!h) {
        ++stats_.errors[static_cast<std::size_t>(PacketError::BadHeader)];
        return;
    }
    SinkAdapter adapter{sink_, h->channel, recvNs};
    auto& seq = sequencer(h->channel);
    if (h->flags & kRecoveryEnd)
        seq.onRecoveryEnd(h->firstSeq, recvNs, adapter);
    else
        seq.onPacket(line < 0 ? 0 : line, *h, datagram.first(kHeaderSize + h->payloadLength), recvNs,
                     adapter);
}

void FeedReceiver::onRecoveryBytes(Bytes bytes)
{
    recoveryBuffer_.insert(recoveryBuffer_.end(), bytes.begin(), bytes.end());
    std::size_t at = 0;
    const std::uint64_t now = wallClockNs();
    while (recoveryBuffer_.size() - at >= 2) {
        const std::size_t len = loadLe<std::uint16_t>(recoveryBuffer_.data() + at);
        if (recoveryBuffer_.size() - at - 2 < len)
            break;
        onDatagram(-1, Bytes(recoveryBuffer_.data() + at + 2, len), now);
        at += 2 + len;
    }
    recoveryBuffer_.erase(recoveryBuffer_.begin(), recoveryBuffer_.begin() + static_cast<std::ptrdiff_t>(at));
}

void FeedReceiver::tick()
{
    if (!running_)
        return;
    const std::uint64_t now = wallClockNs();
    {
        std::lock_guard lock(mutex_);
        published_.clear();
        for (auto& [channel, seq] : sequencers_) {
            SinkAdapter adapter{sink_, channel, now};
            if (auto r = seq.poll(now, adapter)) {
                const auto bytes = encodeRequest(*r);
                recovery_->send({bytes.begin(), bytes.end()});
            }
            published_.push_back(
                {channel, seq.state(), seq.expected(), seq.highestSeen(), seq.stats(), seq.lostRanges()});
        }
    }
    timer_.expires_after(std::chrono::milliseconds(1));
    timer_.async_wait([self = shared_from_this()](boost::system::error_code ec) {
        if (!ec)
            self->tick();
    });
}

std::vector<ChannelStatus> FeedReceiver::channels() const
{
    std::lock_guard lock(mutex_);
    return published_;
}

ReceiverStats FeedReceiver::stats() const
{
    std::lock_guard lock(mutex_);
    return stats_;
}

} // namespace ws::md::appliance
