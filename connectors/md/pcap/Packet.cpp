#include "md/pcap/Packet.h"

#include <algorithm>
#include <charconv>
#include <numeric>

namespace ws::md::pcap {

namespace {

constexpr std::uint16_t kEtherIpv4 = 0x0800;
constexpr std::uint16_t kEtherVlan = 0x8100;    // 802.1Q
constexpr std::uint16_t kEtherQinQ = 0x88a8;    // 802.1ad
constexpr std::uint16_t kEtherQinQOld = 0x9100; // pre-standard double tagging
constexpr std::uint32_t kAfInet = 2;            // AF_INET on every system that writes DLT_NULL
constexpr std::size_t kSllHeader = 16;
constexpr std::size_t kSll2Header = 20;

std::uint8_t u8(Bytes b, std::size_t at)
{
    return std::to_integer<std::uint8_t>(b[at]);
}

// Where the link layer says an IPv4 packet starts; nullopt (counted) for anything else.
std::optional<Bytes> linkPayload(LinkType link, Bytes frame, PacketStats& stats)
{
    auto truncated = [&] {
        ++stats.errors[static_cast<std::size_t>(PacketError::TruncatedLink)];
        return std::nullopt;
    };
    auto other = [&] {
        ++stats.other;
        return std::nullopt;
    };
    std::uint16_t etherType = 0;
    Bytes rest;
    switch (link) {
    case LinkType::Ethernet:
        if (frame.size() < kEthernetHeader)
            return truncated();
        etherType = loadBe<std::uint16_t>(frame.data() + 12);
        rest = frame.subspan(kEthernetHeader);
        break;
    case LinkType::LinuxSll:
        if (frame.size() < kSllHeader)
            return truncated();
        etherType = loadBe<std::uint16_t>(frame.data() + 14);
        rest = frame.subspan(kSllHeader);
        break;
    case LinkType::LinuxSll2:
        if (frame.size() < kSll2Header)
            return truncated();
        etherType = loadBe<std::uint16_t>(frame.data());
        rest = frame.subspan(kSll2Header);
        break;
    case LinkType::Null:
    case LinkType::Loop: {
        if (frame.size() < 4)
            return truncated();
        // DLT_NULL stores the family in the writer's byte order, which the file does not record.
        const bool inet = link == LinkType::Loop ? loadBe<std::uint32_t>(frame.data()) == kAfInet
                                                 : (loadLe<std::uint32_t>(frame.data()) == kAfInet ||
                                                    loadBe<std::uint32_t>(frame.data()) == kAfInet);
        if (!inet)
            return other();
        return frame.subspan(4);
    }
    case LinkType::Raw:
        if (frame.empty())
            return truncated();
        if ((u8(frame, 0) >> 4) != 4)
            return other();
        return frame;
    default:
        return other();
    }
    // VLAN tags: 2 bytes of tag control, then the next EtherType.
    while (etherType == kEtherVlan || etherType == kEtherQinQ || etherType == kEtherQinQOld) {
        if (rest.size() < 4)
            return truncated();
        etherType = loadBe<std::uint16_t>(rest.data() + 2);
        rest = rest.subspan(4);
    }
    if (etherType != kEtherIpv4)
        return other();
    return rest;
}

} // namespace

std::string_view packetErrorName(PacketError e)
{
    switch (e) {
    case PacketError::TruncatedLink:
        return "truncated-link";
    case PacketError::TruncatedIp:
        return "truncated-ip";
    case PacketError::BadIpHeader:
        return "bad-ip-header";
    case PacketError::Fragment:
        return "fragment";
    case PacketError::TruncatedUdp:
        return "truncated-udp";
    case PacketError::BadUdpLength:
        return "bad-udp-length";
    case PacketError::TruncatedTcp:
        return "truncated-tcp";
    case PacketError::BadTcpHeader:
        return "bad-tcp-header";
    }
    return "?";
}

std::uint64_t PacketStats::totalErrors() const
{
    return std::accumulate(errors.begin(), errors.end(), std::uint64_t{0});
}

std::optional<Packet> parsePacket(LinkType link, Bytes frame, std::int64_t tsNs, PacketStats& stats)
{
    ++stats.records;
    auto fail = [&](PacketError e) -> std::optional<Packet> {
        ++stats.errors[static_cast<std::size_t>(e)];
        return std::nullopt;
    };
    const std::optional<Bytes> link3 = linkPayload(link, frame, stats);
    if (!link3)
        return std::nullopt;
    Bytes ip = *link3;

    if (ip.size() < kIpv4Header)
        return fail(PacketError::TruncatedIp);
    const std::size_t ihl = std::size_t{u8(ip, 0) & 0x0fu} * 4;
    if ((u8(ip, 0) >> 4) != 4 || ihl < kIpv4Header)
        return fail(PacketError::BadIpHeader);
    if (ip.size() < ihl)
        return fail(PacketError::TruncatedIp);
    std::size_t total = loadBe<std::uint16_t>(ip.data() + 2);
    if (total == 0) // a segmentation-offload capture on the sender: the length is what was captured
        total = ip.size();
    if (total < ihl)
        return fail(PacketError::BadIpHeader);
    if (total > ip.size())
        return fail(PacketError::TruncatedIp);
    ip = ip.first(total); // drops Ethernet padding

    const std::uint16_t fragment = loadBe<std::uint16_t>(ip.data() + 6);
    const bool moreFragments = (fragment & 0x2000u) != 0;
    if ((fragment & 0x1fffu) != 0)
        return fail(PacketError::Fragment);

    Packet p;
    p.tsNs = tsNs;
    p.srcIp = loadBe<std::uint32_t>(ip.data() + 12);
    p.dstIp = loadBe<std::uint32_t>(ip.data() + 16);
    const Bytes l4 = ip.subspan(ihl);
    switch (u8(ip, 9)) {
    case static_cast<std::uint8_t>(Protocol::Udp): {
        if (l4.size() < kUdpHeader)
            return fail(PacketError::TruncatedUdp);
        if (moreFragments)
            return fail(PacketError::Fragment);
        const std::size_t length = loadBe<std::uint16_t>(l4.data() + 4);
        if (length < kUdpHeader || length > l4.size())
            return fail(PacketError::BadUdpLength);
        p.protocol = Protocol::Udp;
        p.srcPort = loadBe<std::uint16_t>(l4.data());
        p.dstPort = loadBe<std::uint16_t>(l4.data() + 2);
        p.payload = l4.subspan(kUdpHeader, length - kUdpHeader);
        ++stats.udp;
        return p;
    }
    case static_cast<std::uint8_t>(Protocol::Tcp): {
        if (l4.size() < kTcpHeader)
            return fail(PacketError::TruncatedTcp);
        const std::size_t dataOffset = std::size_t{u8(l4, 12)} / 16 * 4;
        if (dataOffset < kTcpHeader)
            return fail(PacketError::BadTcpHeader);
        if (dataOffset > l4.size())
            return fail(PacketError::TruncatedTcp);
        p.protocol = Protocol::Tcp;
        p.srcPort = loadBe<std::uint16_t>(l4.data());
        p.dstPort = loadBe<std::uint16_t>(l4.data() + 2);
        p.seq = loadBe<std::uint32_t>(l4.data() + 4);
        p.ack = loadBe<std::uint32_t>(l4.data() + 8);
        p.tcpFlags = u8(l4, 13);
        p.payload = l4.subspan(dataOffset);
        ++stats.tcp;
        return p;
    }
    default:
        ++stats.other;
        return std::nullopt;
    }
}

std::string formatIpv4(std::uint32_t ip)
{
    std::string s;
    for (int shift = 24; shift >= 0; shift -= 8) {
        s += std::to_string((ip >> shift) & 0xffu);
        if (shift)
            s += '.';
    }
    return s;
}

std::optional<std::uint32_t> parseIpv4(std::string_view dotted)
{
    std::uint32_t ip = 0;
    const char* p = dotted.data();
    const char* const end = p + dotted.size();
    for (int part = 0; part < 4; ++part) {
        if (part > 0) {
            if (p == end || *p != '.')
                return std::nullopt;
            ++p;
        }
        unsigned v = 0;
        const auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc{} || v > 255 || next == p || next - p > 3)
            return std::nullopt;
        ip = (ip << 8) | v;
        p = next;
    }
    if (p != end)
        return std::nullopt;
    return ip;
}

std::string formatFlow(const FlowKey& flow)
{
    return formatIpv4(flow.srcIp) + ':' + std::to_string(flow.srcPort) + " > " + formatIpv4(flow.dstIp) +
           ':' + std::to_string(flow.dstPort);
}

std::string_view tcpEndName(TcpEnd e)
{
    switch (e) {
    case TcpEnd::Fin:
        return "fin";
    case TcpEnd::Rst:
        return "rst";
    case TcpEnd::NewConnection:
        return "new-connection";
    case TcpEnd::EndOfCapture:
        return "end-of-capture";
    }
    return "?";
}

// --- TcpReassembler ------------------------------------------------------------------------------

TcpReassembler::TcpReassembler(std::size_t maxBuffered) : maxBuffered_(maxBuffered) {}

void TcpReassembler::start(std::uint32_t dataSeq)
{
    state_ = State::Open;
    nextSeq_ = dataSeq;
    finOffset_.reset();
    held_.clear();
    buffered_ = 0;
    ++stats_.connections;
}

void TcpReassembler::advance(std::uint64_t n)
{
    next_ += n;
    nextSeq_ += static_cast<std::uint32_t>(n); // modulo 2^32, as sequence numbers go
}

void TcpReassembler::push(const Packet& segment, TcpHandler& handler)
{
    ++stats_.segments;
    const std::uint8_t flags = segment.tcpFlags;
    const bool syn = (flags & tcpflag::kSyn) != 0;
    const bool fin = (flags & tcpflag::kFin) != 0;
    const bool rst = (flags & tcpflag::kRst) != 0;
    const std::int64_t ts = segment.tsNs;
    // The SYN takes one sequence number; data on a SYN starts after it.
    const std::uint32_t dataSeq = segment.seq + (syn ? 1u : 0u);

    if (syn && !rst) {
        if (state_ == State::Idle) {
            start(dataSeq);
        } else if (!(sawSyn_ && segment.seq == isn_)) {
            // Not a retransmitted SYN: the ports were reused for a new connection.
            if (state_ == State::Open)
                end(ts, TcpEnd::NewConnection, handler);
            start(dataSeq);
        }
        sawSyn_ = true;
        isn_ = segment.seq;
    }
    if (state_ == State::Idle) {
        // The capture starts mid-connection: the first segment that carries anything sets the
        // stream's start. A bare ACK carries nothing (and a keep-alive's seq is one behind).
        if (segment.payload.empty() && !fin) {
            ++stats_.ignoredSegments;
            return;
        }
        start(dataSeq);
    }
    if (state_ == State::Closed) {
        ++stats_.ignoredSegments;
        return;
    }

    // Stream offset of the segment's first byte: sequence numbers compare as a signed 32-bit
    // difference from the next expected one, which is what makes wraparound free.
    const std::int64_t offset =
        static_cast<std::int64_t>(next_) + static_cast<std::int32_t>(dataSeq - nextSeq_);
    if (!segment.payload.empty())
        accept(offset, segment.payload, ts, handler);
    if (fin && !finOffset_) {
        const std::int64_t at = offset + static_cast<std::int64_t>(segment.payload.size());
        if (at >= static_cast<std::int64_t>(next_) && static_cast<std::uint64_t>(at) - next_ <= kMaxWindow) {
            finOffset_ = static_cast<std::uint64_t>(at);
            dropHeldFrom(*finOffset_);
        }
    }
    if (rst) {
        end(ts, TcpEnd::Rst, handler);
        return;
    }
    checkFin(ts, handler);
}

void TcpReassembler::accept(std::int64_t offset, Bytes data, std::int64_t tsNs, TcpHandler& handler)
{
    const auto next = static_cast<std::int64_t>(next_);
    std::int64_t endOffset = offset + static_cast<std::int64_t>(data.size());
    if (endOffset <= next) {
        stats_.duplicateBytes += data.size();
        return;
    }
    if (offset > next && static_cast<std::uint64_t>(offset - next) > kMaxWindow) {
        ++stats_.outOfWindowSegments;
        return;
    }
    if (finOffset_ && endOffset > static_cast<std::int64_t>(*finOffset_)) {
        // Nothing follows a FIN; bytes past it are not the stream's.
        endOffset = static_cast<std::int64_t>(*finOffset_);
        if (endOffset <= std::max(offset, next)) {
            ++stats_.ignoredSegments;
            return;
        }
        data = data.first(static_cast<std::size_t>(endOffset - offset));
    }
    if (offset <= next) {
        const auto already = static_cast<std::size_t>(next - offset);
        stats_.duplicateBytes += already;
        const Bytes fresh = data.subspan(already);
        const std::uint64_t at = next_;
        advance(fresh.size());
        stats_.bytes += fresh.size();
        handler.onData({tsNs, at, fresh});
        deliverHeld(tsNs, handler);
        return;
    }
    hold(static_cast<std::uint64_t>(offset), data, tsNs);
    ++stats_.outOfOrderSegments;
    // Bounded: a hole that has not filled by now never will (the capture lost it).
    while (buffered_ > maxBuffered_ || held_.size() > kMaxHeldSegments)
        skipToHeld(tsNs, handler);
}

void TcpReassembler::hold(std::uint64_t offset, Bytes data, std::int64_t tsNs)
{
    // Held ranges stay disjoint: keep only the bytes no held range has (a retransmission of
    // bytes that are already waiting costs nothing).
    const std::uint64_t last = offset + data.size();
    std::uint64_t from = offset;
    auto it = held_.upper_bound(from);
    if (it != held_.begin()) {
        const auto prev = std::prev(it);
        from = std::max(from, std::min(last, prev->first + prev->second.bytes.size()));
    }
    std::size_t kept = 0;
    while (from < last) {
        it = held_.lower_bound(from);
        const std::uint64_t stop = it == held_.end() ? last : std::min(last, it->first);
        if (stop > from) {
            const Bytes part =
                data.subspan(static_cast<std::size_t>(from - offset), static_cast<std::size_t>(stop - from));
            held_.emplace_hint(it, from, Held{tsNs, std::vector<std::byte>(part.begin(), part.end())});
            kept += part.size();
        }
        if (it == held_.end() || it->first >= last)
            break;
        from = it->first + it->second.bytes.size();
    }
    buffered_ += kept;
    stats_.duplicateBytes += data.size() - kept;
    stats_.peakBufferedBytes = std::max<std::uint64_t>(stats_.peakBufferedBytes, buffered_);
}

void TcpReassembler::dropHeldFrom(std::uint64_t offset)
{
    // Nothing follows a FIN: held bytes past it are not the stream's.
    auto it = held_.lower_bound(offset);
    if (it != held_.begin()) {
        auto& prev = std::prev(it)->second.bytes;
        const std::uint64_t keep = offset - std::prev(it)->first;
        if (prev.size() > keep) {
            buffered_ -= prev.size() - static_cast<std::size_t>(keep);
            prev.resize(static_cast<std::size_t>(keep));
        }
    }
    while (it != held_.end()) {
        buffered_ -= it->second.bytes.size();
        it = held_.erase(it);
    }
}

void TcpReassembler::deliverHeld(std::int64_t tsNs, TcpHandler& handler)
{
    while (!held_.empty() && held_.begin()->first <= next_) {
        const auto it = held_.begin();
        const Bytes bytes(it->second.bytes);
        const std::uint64_t endOffset = it->first + bytes.size();
        if (endOffset > next_) {
            const Bytes fresh = bytes.subspan(static_cast<std::size_t>(next_ - it->first));
            const std::uint64_t at = next_;
            advance(fresh.size());
            stats_.bytes += fresh.size();
            handler.onData({tsNs, at, fresh});
        }
        buffered_ -= bytes.size();
        held_.erase(it);
    }
}

bool TcpReassembler::skipToHeld(std::int64_t tsNs, TcpHandler& handler)
{
    if (held_.empty())
        return false;
    gap(tsNs, held_.begin()->first - next_, handler);
    deliverHeld(tsNs, handler);
    return true;
}

void TcpReassembler::gap(std::int64_t tsNs, std::uint64_t bytes, TcpHandler& handler)
{
    if (bytes == 0)
        return;
    const std::uint64_t at = next_;
    advance(bytes);
    ++stats_.gaps;
    stats_.gapBytes += bytes;
    handler.onGap({tsNs, at, bytes});
}

void TcpReassembler::checkFin(std::int64_t tsNs, TcpHandler& handler)
{
    if (state_ == State::Open && finOffset_ && next_ >= *finOffset_)
        end(tsNs, TcpEnd::Fin, handler);
}

void TcpReassembler::end(std::int64_t tsNs, TcpEnd why, TcpHandler& handler)
{
    // Nothing more will come for this stream, so every hole is final.
    while (skipToHeld(tsNs, handler)) {
    }
    if (finOffset_ && next_ < *finOffset_)
        gap(tsNs, *finOffset_ - next_, handler);
    if (finOffset_ && why == TcpEnd::EndOfCapture)
        why = TcpEnd::Fin;
    state_ = State::Closed;
    held_.clear();
    buffered_ = 0;
    handler.onEnd(tsNs, why);
}

void TcpReassembler::finish(std::int64_t tsNs, TcpHandler& handler)
{
    if (state_ == State::Open)
        end(tsNs, TcpEnd::EndOfCapture, handler);
}

// --- TcpFollower ---------------------------------------------------------------------------------

TcpFollower::TcpFollower(TcpSelect select, std::size_t maxBuffered)
    : select_(select), reassembler_(maxBuffered)
{}

void TcpFollower::push(const Packet& packet, TcpHandler& handler)
{
    if (packet.protocol != Protocol::Tcp)
        return;
    const FlowKey key = FlowKey::of(packet);
    if (!flow_) {
        const bool chosen = select_.any() ? !packet.payload.empty() : select_.matches(packet);
        if (!chosen) {
            ++otherSegments_;
            if ((packet.tcpFlags & tcpflag::kSyn) && select_.any()) {
                if (syns_.size() == kMaxRememberedSyns)
                    syns_.erase(syns_.begin());
                Packet syn = packet;
                syn.payload = {};
                syns_.push_back(syn);
            }
            return;
        }
        flow_ = key;
        // The latest SYN of this flow, if it came before the flow was chosen.
        for (auto it = syns_.rbegin(); it != syns_.rend(); ++it) {
            if (FlowKey::of(*it) == key) {
                reassembler_.push(*it, handler);
                break;
            }
        }
        syns_.clear();
        syns_.shrink_to_fit();
    }
    if (key == *flow_)
        reassembler_.push(packet, handler);
    else
        ++otherSegments_;
}

void TcpFollower::finish(std::int64_t tsNs, TcpHandler& handler)
{
    reassembler_.finish(tsNs, handler);
}

// --- Frame synthesis -----------------------------------------------------------------------------

std::array<std::byte, 6> macFor(std::uint32_t ip)
{
    auto b = [](unsigned v) { return static_cast<std::byte>(v & 0xffu); };
    if (isMulticast(ip))
        return {b(0x01), b(0x00), b(0x5e), b((ip >> 16) & 0x7fu), b(ip >> 8), b(ip)};
    if (ip == 0xffffffffu)
        return {b(0xff), b(0xff), b(0xff), b(0xff), b(0xff), b(0xff)};
    return {b(0x02), b(0x00), b(ip >> 24), b(ip >> 16), b(ip >> 8), b(ip)};
}

std::uint32_t onesComplementSum(Bytes bytes, std::uint32_t sum)
{
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        sum += loadBe<std::uint16_t>(bytes.data() + i);
        sum = (sum & 0xffffu) + (sum >> 16);
    }
    if (i < bytes.size()) {
        sum += std::uint32_t{std::to_integer<std::uint8_t>(bytes[i])} << 8;
        sum = (sum & 0xffffu) + (sum >> 16);
    }
    return sum;
}

namespace {

std::uint16_t finishChecksum(std::uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffffu) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffffu);
}

// Ethernet and IPv4 headers in front of an L4 header + payload of `l4Size` bytes; returns the
// offset of the L4 header.
std::size_t writeLinkAndIp(std::vector<std::byte>& frame, std::uint32_t src, std::uint32_t dst,
                           Protocol protocol, std::size_t l4Size, std::uint16_t ipId)
{
    frame.assign(kEthernetHeader + kIpv4Header + l4Size, std::byte{0});
    std::byte* eth = frame.data();
    const auto dstMac = macFor(dst);
    // A source MAC is never a group address, whatever the source IP.
    auto srcMac = macFor(src);
    srcMac[0] = std::byte{0x02};
    std::copy(dstMac.begin(), dstMac.end(), eth);
    std::copy(srcMac.begin(), srcMac.end(), eth + 6);
    storeBe<std::uint16_t>(eth + 12, kEtherIpv4);

    std::byte* ip = eth + kEthernetHeader;
    ip[0] = std::byte{0x45};
    storeBe<std::uint16_t>(ip + 2, static_cast<std::uint16_t>(kIpv4Header + l4Size));
    storeBe<std::uint16_t>(ip + 4, ipId);
    storeBe<std::uint16_t>(ip + 6, 0x4000); // don't fragment
    ip[8] = std::byte{isMulticast(dst) ? std::uint8_t{32} : std::uint8_t{64}};
    ip[9] = static_cast<std::byte>(protocol);
    storeBe<std::uint32_t>(ip + 12, src);
    storeBe<std::uint32_t>(ip + 16, dst);
    storeBe<std::uint16_t>(ip + 10, finishChecksum(onesComplementSum(Bytes(ip, kIpv4Header))));
    return kEthernetHeader + kIpv4Header;
}

std::uint32_t pseudoHeaderSum(std::uint32_t src, std::uint32_t dst, Protocol protocol, std::size_t l4Size)
{
    return (src >> 16) + (src & 0xffffu) + (dst >> 16) + (dst & 0xffffu) +
           static_cast<std::uint32_t>(protocol) + static_cast<std::uint32_t>(l4Size);
}

} // namespace

std::vector<std::byte> udpFrame(Endpoint src, Endpoint dst, Bytes payload, std::uint16_t ipId)
{
    std::vector<std::byte> frame;
    if (payload.size() > kMaxUdpPayload)
        return frame;
    const std::size_t l4Size = kUdpHeader + payload.size();
    const std::size_t at = writeLinkAndIp(frame, src.ip, dst.ip, Protocol::Udp, l4Size, ipId);
    std::byte* udp = frame.data() + at;
    storeBe<std::uint16_t>(udp, src.port);
    storeBe<std::uint16_t>(udp + 2, dst.port);
    storeBe<std::uint16_t>(udp + 4, static_cast<std::uint16_t>(l4Size));
    std::copy(payload.begin(), payload.end(), udp + kUdpHeader);
    const std::uint32_t sum =
        onesComplementSum(Bytes(udp, l4Size), pseudoHeaderSum(src.ip, dst.ip, Protocol::Udp, l4Size));
    const std::uint16_t checksum = finishChecksum(sum);
    storeBe<std::uint16_t>(udp + 6, checksum == 0 ? std::uint16_t{0xffff} : checksum); // 0 means "none"
    return frame;
}

std::vector<std::byte> tcpFrame(const TcpSegmentSpec& spec)
{
    std::vector<std::byte> frame;
    if (spec.payload.size() > kMaxTcpPayload)
        return frame;
    const std::size_t l4Size = kTcpHeader + spec.payload.size();
    const std::size_t at = writeLinkAndIp(frame, spec.src.ip, spec.dst.ip, Protocol::Tcp, l4Size, spec.ipId);
    std::byte* tcp = frame.data() + at;
    storeBe<std::uint16_t>(tcp, spec.src.port);
    storeBe<std::uint16_t>(tcp + 2, spec.dst.port);
    storeBe<std::uint32_t>(tcp + 4, spec.seq);
    storeBe<std::uint32_t>(tcp + 8, (spec.flags & tcpflag::kAck) ? spec.ack : 0);
    tcp[12] = std::byte{(kTcpHeader / 4) << 4};
    tcp[13] = std::byte{spec.flags};
    storeBe<std::uint16_t>(tcp + 14, spec.window);
    std::copy(spec.payload.begin(), spec.payload.end(), tcp + kTcpHeader);
    const std::uint32_t sum = onesComplementSum(
        Bytes(tcp, l4Size), pseudoHeaderSum(spec.src.ip, spec.dst.ip, Protocol::Tcp, l4Size));
    storeBe<std::uint16_t>(tcp + 16, finishChecksum(sum));
    return frame;
}

// --- TcpSession ----------------------------------------------------------------------------------

TcpSession::TcpSession(Endpoint client, Endpoint server, std::uint32_t clientIsn, std::uint32_t serverIsn)
    : ends_{client, server}, seq_{clientIsn, serverIsn}
{}

std::vector<std::byte> TcpSession::segment(Side from, std::uint8_t flags, Bytes payload)
{
    const std::size_t i = index(from);
    TcpSegmentSpec spec;
    spec.src = ends_[i];
    spec.dst = ends_[1 - i];
    spec.seq = seq_[i];
    spec.ack = seq_[1 - i];
    spec.flags = flags;
    spec.ipId = ipId_[i]++;
    spec.payload = payload;
    seq_[i] +=
        static_cast<std::uint32_t>(payload.size()) + ((flags & (tcpflag::kSyn | tcpflag::kFin)) ? 1u : 0u);
    return tcpFrame(spec);
}

TcpSession::Frames TcpSession::open()
{
    Frames frames;
    frames.push_back(segment(Side::Client, tcpflag::kSyn, {}));
    frames.push_back(segment(Side::Server, tcpflag::kSyn | tcpflag::kAck, {}));
    frames.push_back(segment(Side::Client, tcpflag::kAck, {}));
    return frames;
}

TcpSession::Frames TcpSession::send(Side from, Bytes data, std::size_t mss)
{
    mss = std::clamp<std::size_t>(mss, 1, kMaxTcpPayload);
    Frames frames;
    for (std::size_t pos = 0; pos < data.size(); pos += mss) {
        const std::size_t n = std::min(mss, data.size() - pos);
        const bool last = pos + n == data.size();
        frames.push_back(
            segment(from, tcpflag::kAck | (last ? tcpflag::kPsh : std::uint8_t{0}), data.subspan(pos, n)));
    }
    return frames;
}

TcpSession::Frames TcpSession::close()
{
    Frames frames;
    frames.push_back(segment(Side::Server, tcpflag::kFin | tcpflag::kAck, {}));
    frames.push_back(segment(Side::Client, tcpflag::kFin | tcpflag::kAck, {}));
    frames.push_back(segment(Side::Server, tcpflag::kAck, {}));
    return frames;
}

} // namespace ws::md::pcap
