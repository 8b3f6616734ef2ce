#include "md/appliance/Recorder.h"

#include "md/szse/SzseBinary.h"

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <limits>
#include <vector>

namespace ws::md::appliance {

namespace {

constexpr std::int64_t kMs = 1'000'000;
constexpr std::int64_t kRetryNs = 20 * kMs;
constexpr std::size_t kDatagramBuffer = 65536;
constexpr int kMaxReadsPerRound = 1024; // per socket, so one busy line cannot starve the other

std::int64_t clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return std::int64_t{ts.tv_sec} * 1'000'000'000 + ts.tv_nsec;
}

std::int64_t wallNs()
{
    return clockNs(CLOCK_REALTIME);
}

std::int64_t steadyNs()
{
    return clockNs(CLOCK_MONOTONIC);
}

std::string errnoText(int e)
{
    return std::strerror(e);
}

std::optional<std::uint32_t> ipv4(const std::string& dotted)
{
    in_addr a{};
    if (inet_pton(AF_INET, dotted.c_str(), &a) != 1)
        return std::nullopt;
    return ntohl(a.s_addr);
}

pcap::Endpoint endpointOf(const sockaddr_in& a)
{
    return {ntohl(a.sin_addr.s_addr), ntohs(a.sin_port)};
}

void closeFd(int& fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

} // namespace

struct Recorder::Mdgw
{
    enum class State : std::uint8_t { Idle, Connecting, Open, Done };
    std::string name; // host:port, for messages
    sockaddr_in server{};
    int fd = -1;
    State state = State::Idle;
    std::int64_t retryAtNs = 0; // steady clock
    std::int64_t lastSentNs = 0;
    std::optional<pcap::TcpWriter> tcp;
    std::vector<std::byte> outbox; // bytes still to send
    std::vector<std::byte> buffer = std::vector<std::byte>(65536);
};

Recorder::Recorder(RecorderConfig config) : config_(std::move(config)) {}

Recorder::~Recorder()
{
    for (int& fd : fds_)
        closeFd(fd);
    if (mdgw_)
        closeFd(mdgw_->fd);
}

bool Recorder::fail(std::string message)
{
    error_ = std::move(message);
    return false;
}

void Recorder::note(const std::string& message)
{
    if (std::find(noted_.begin(), noted_.end(), message) != noted_.end())
        return;
    noted_.push_back(message);
    if (onNote)
        onNote(message);
}

bool Recorder::open(const std::string& path)
{
    const auto itf = ipv4(config_.interfaceAddress);
    if (!itf)
        return fail("interface '" + config_.interfaceAddress + "' is not an IPv4 address");
    const std::string names[2] = {config_.groupA, config_.groupB};
    for (int line = 0; line < 2; ++line) {
        const auto g = ipv4(names[line]);
        if (!g)
            return fail(std::string("line ") + "AB"[line] + ": group '" + names[line] +
                        "' is not an IPv4 address");
        groups_[line] = *g;
    }
    if (config_.mdgwHost) {
        mdgw_ = std::make_unique<Mdgw>();
        mdgw_->name = *config_.mdgwHost + ":" + std::to_string(config_.mdgwPort);
        addrinfo hints{};
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* found = nullptr;
        const int rc = getaddrinfo(config_.mdgwHost->c_str(), nullptr, &hints, &found);
        if (rc != 0 || !found)
            return fail("MDGW " + mdgw_->name + ": cannot resolve the host: " + gai_strerror(rc));
        std::memcpy(&mdgw_->server, found->ai_addr, sizeof(sockaddr_in));
        freeaddrinfo(found);
        mdgw_->server.sin_port = htons(config_.mdgwPort);
    }

    for (int line = 0; line < 2; ++line) {
        const std::string where = std::string("line ") + "AB"[line] + ": group " + names[line] + " port " +
                                  std::to_string(config_.port) + " on interface " + config_.interfaceAddress;
        int& fd = fds_[line];
        fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return fail(where + ": cannot open a socket: " + errnoText(errno));
        const int one = 1, zero = 0;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        // The forced size needs CAP_NET_ADMIN; without it the kernel caps SO_RCVBUF at rmem_max.
        if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &config_.receiveBufferBytes, sizeof(int)) != 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &config_.receiveBufferBytes, sizeof(int));
        setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
        // Only the groups this socket joined, not every group any socket of the host joined.
        setsockopt(fd, IPPROTO_IP, IP_MULTICAST_ALL, &zero, sizeof zero);
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_port = htons(config_.port);
        local.sin_addr.s_addr = htonl(groups_[line]); // hear only this line's group
        if (::bind(fd, reinterpret_cast<const sockaddr*>(&local), sizeof local) != 0)
            return fail(where + ": cannot bind: " + errnoText(errno));
        ip_mreq join{};
        join.imr_multiaddr.s_addr = htonl(groups_[line]);
        join.imr_interface.s_addr = htonl(*itf);
        if (setsockopt(fd, IPPROTO_IP, IP_ADD_MEMBERSHIP, &join, sizeof join) != 0)
            return fail(where + ": cannot join the group: " + errnoText(errno));
    }
    // The capture last, so a recording that cannot start leaves no empty file behind.
    if (!writer_.open(path))
        return fail(writer_.error());
    return true;
}

bool Recorder::readLine(int line, std::uint64_t budget)
{
    struct Pending
    {
        std::int64_t tsNs;
        pcap::Endpoint src;
        std::size_t offset;
        std::size_t size;
    };
    std::vector<std::byte> data;
    std::vector<Pending> pending;
    std::array<std::byte, kDatagramBuffer> buffer;
    alignas(cmsghdr) std::array<char, CMSG_SPACE(sizeof(timespec)) + 64> control;
    for (std::uint64_t i = 0; i < std::min<std::uint64_t>(kMaxReadsPerRound, budget); ++i) {
        sockaddr_in from{};
        iovec iov{buffer.data(), buffer.size()};
        msghdr msg{};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control.data();
        msg.msg_controllen = control.size();
        const ssize_t n = ::recvmsg(fds_[line], &msg, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                break;
            return fail(std::string("line ") + "AB"[line] + ": receive failed: " + errnoText(errno));
        }
        std::int64_t ts = 0;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_TIMESTAMPNS) {
                timespec t{};
                std::memcpy(&t, CMSG_DATA(c), sizeof t);
                ts = std::int64_t{t.tv_sec} * 1'000'000'000 + t.tv_nsec;
            }
        }
        if (ts == 0)
            ts = wallNs();
        if (msg.msg_flags & MSG_TRUNC) {
            ++stats_.truncated;
            note(std::string("line ") + "AB"[line] + ": a datagram larger than 64 KiB was cut");
        }
        const auto size = static_cast<std::size_t>(n);
        pending.push_back({ts, endpointOf(from), data.size(), size});
        data.insert(data.end(), buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(size));
        ++stats_.packets[line];
        stats_.bytes[line] += size;
    }
    // Kernel stamps of one round in order, so the capture reads in time order.
    std::stable_sort(pending.begin(), pending.end(),
                     [](const Pending& a, const Pending& b) { return a.tsNs < b.tsNs; });
    const pcap::Endpoint dst{groups_[line], config_.port};
    for (const Pending& p : pending)
        if (!writer_.writeUdp(p.tsNs, p.src, dst, pcap::Bytes(data).subspan(p.offset, p.size)))
            return fail(writer_.error());
    return true;
}

bool Recorder::mdgwConnect(std::int64_t nowNs)
{
    Mdgw& m = *mdgw_;
    m.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m.fd < 0)
        return fail("MDGW " + m.name + ": cannot open a socket: " + errnoText(errno));
    if (::connect(m.fd, reinterpret_cast<const sockaddr*>(&m.server), sizeof m.server) == 0 ||
        errno == EINPROGRESS) {
        m.state = Mdgw::State::Connecting;
        return true;
    }
    note("MDGW " + m.name + ": " + errnoText(errno) + "; retrying until the recording ends");
    closeFd(m.fd);
    m.state = Mdgw::State::Idle;
    m.retryAtNs = nowNs + kRetryNs;
    return true;
}

bool Recorder::mdgwSend(std::int64_t nowNs, const std::vector<std::byte>& bytes)
{
    Mdgw& m = *mdgw_;
    if (!bytes.empty()) {
        m.outbox.insert(m.outbox.end(), bytes.begin(), bytes.end());
        m.lastSentNs = nowNs;
    }
    while (!m.outbox.empty()) {
        const ssize_t n = ::send(m.fd, m.outbox.data(), m.outbox.size(), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
                return true; // the rest goes when the socket is writable
            return mdgwClose(nowNs, true);
        }
        const auto sent = static_cast<std::size_t>(n);
        if (!m.tcp->send(wallNs(), pcap::Bytes(m.outbox).first(sent), pcap::TcpWriter::Side::Client))
            return fail(writer_.error());
        stats_.mdgwSentBytes += sent;
        m.outbox.erase(m.outbox.begin(), m.outbox.begin() + n);
    }
    return true;
}

bool Recorder::mdgwClose(std::int64_t nowNs, bool byPeer)
{
    (void)nowNs;
    Mdgw& m = *mdgw_;
    if (m.state == Mdgw::State::Open) {
        if (byPeer) {
            stats_.mdgwClosedByPeer = true;
            note("MDGW " + m.name + ": the gateway ended the session");
        }
        if (!m.tcp->close(wallNs()))
            return fail(writer_.error());
    }
    closeFd(m.fd);
    m.state = Mdgw::State::Done;
    return true;
}

bool Recorder::serviceMdgw(short revents, std::int64_t nowNs)
{
    Mdgw& m = *mdgw_;
    if (m.state == Mdgw::State::Connecting && (revents & (POLLOUT | POLLERR | POLLHUP))) {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(m.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
            note("MDGW " + m.name + ": " + errnoText(err) + "; retrying until the recording ends");
            closeFd(m.fd);
            m.state = Mdgw::State::Idle;
            m.retryAtNs = nowNs + kRetryNs;
            return true;
        }
        sockaddr_in local{};
        socklen_t localLen = sizeof local;
        getsockname(m.fd, reinterpret_cast<sockaddr*>(&local), &localLen);
        const int one = 1;
        setsockopt(m.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        m.tcp.emplace(writer_, endpointOf(local), endpointOf(m.server));
        if (!m.tcp->open(wallNs()))
            return fail(writer_.error());
        m.state = Mdgw::State::Open;
        stats_.mdgwConnected = true;
        szse::Logon logon;
        logon.senderCompId = config_.senderCompId;
        logon.targetCompId = config_.targetCompId;
        logon.heartBtInt = config_.heartBtInt;
        logon.defaultApplVerId = "1.02";
        std::vector<std::byte> bytes;
        szse::encode(logon, bytes);
        return mdgwSend(nowNs, bytes);
    }
    if (m.state != Mdgw::State::Open)
        return true;
    if ((revents & POLLOUT) && !m.outbox.empty() && !mdgwSend(nowNs, {}))
        return false;
    if (m.state == Mdgw::State::Open && (revents & (POLLIN | POLLERR | POLLHUP))) {
        for (;;) {
            const ssize_t n = ::recv(m.fd, m.buffer.data(), m.buffer.size(), 0);
            if (n > 0) {
                const auto size = static_cast<std::size_t>(n);
                ++stats_.mdgwReads;
                stats_.mdgwBytes += size;
                if (!m.tcp->send(wallNs(), pcap::Bytes(m.buffer).first(size), pcap::TcpWriter::Side::Server))
                    return fail(writer_.error());
                if (size < m.buffer.size())
                    break;
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                break;
            return mdgwClose(nowNs, true); // 0: the gateway closed; < 0: reset
        }
    }
    if (m.state == Mdgw::State::Open &&
        nowNs - m.lastSentNs >= std::int64_t{config_.heartBtInt} * 1'000'000'000) {
        std::vector<std::byte> hb;
        szse::encodeHeartbeat(hb);
        return mdgwSend(nowNs, hb);
    }
    return true;
}

bool Recorder::run(const std::atomic<bool>& stop)
{
    const std::int64_t start = steadyNs();
    const std::int64_t end =
        config_.durationSeconds > 0 ? start + static_cast<std::int64_t>(config_.durationSeconds * 1e9) : 0;
    bool ok = true;
    while (ok && !stop.load()) {
        const std::int64_t now = steadyNs();
        if (end && now >= end)
            break;
        if (config_.maxPackets &&
            stats_.packets[0] + stats_.packets[1] + stats_.mdgwReads >= config_.maxPackets)
            break;
        if (mdgw_ && mdgw_->state == Mdgw::State::Idle && now >= mdgw_->retryAtNs && !mdgwConnect(now))
            return false;

        std::int64_t waitNs = 100 * kMs;
        if (end)
            waitNs = std::min(waitNs, end - now);
        pollfd fds[3] = {{fds_[0], POLLIN, 0}, {fds_[1], POLLIN, 0}, {-1, 0, 0}};
        if (mdgw_) {
            Mdgw& m = *mdgw_;
            if (m.state == Mdgw::State::Idle)
                waitNs = std::min(waitNs, std::max<std::int64_t>(m.retryAtNs - now, 0));
            if (m.state == Mdgw::State::Connecting)
                fds[2] = {m.fd, POLLOUT, 0};
            if (m.state == Mdgw::State::Open) {
                fds[2] = {m.fd, static_cast<short>(POLLIN | (m.outbox.empty() ? 0 : POLLOUT)), 0};
                waitNs = std::min(waitNs, std::max<std::int64_t>(
                                              m.lastSentNs + config_.heartBtInt * 1'000'000'000ll - now, 0));
            }
        }
        const int timeoutMs = static_cast<int>((waitNs + kMs - 1) / kMs);
        const int rc = ::poll(fds, 3, timeoutMs);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            ok = fail(std::string("poll failed: ") + errnoText(errno));
            break;
        }
        for (int line = 0; line < 2 && ok; ++line) {
            // With --max-packets, never more than what is left of it.
            const std::uint64_t taken = stats_.packets[0] + stats_.packets[1] + stats_.mdgwReads;
            const std::uint64_t budget = config_.maxPackets
                                             ? config_.maxPackets - std::min(taken, config_.maxPackets)
                                             : std::numeric_limits<std::uint64_t>::max();
            if ((fds[line].revents & POLLIN) && budget > 0)
                ok = readLine(line, budget);
        }
        if (ok && mdgw_)
            ok = serviceMdgw(fds[2].revents, steadyNs());
    }
    if (mdgw_ && mdgw_->state == Mdgw::State::Open) {
        // A polite end: Logout, then the connection's close in the capture.
        std::vector<std::byte> logout;
        szse::encode(szse::Logout{0, "recording ended"}, logout);
        if (ok)
            ok = mdgwSend(steadyNs(), logout);
        if (mdgw_->state == Mdgw::State::Open && !mdgwClose(steadyNs(), false))
            ok = false;
    }
    if (mdgw_ && mdgw_->state != Mdgw::State::Done)
        closeFd(mdgw_->fd);
    for (int& fd : fds_)
        closeFd(fd);
    stats_.durationNs = static_cast<std::uint64_t>(steadyNs() - start);
    stats_.captureRecords = writer_.packets();
    if (!writer_.close() && ok)
        ok = fail(writer_.error());
    return ok;
}

} // namespace ws::md::appliance
