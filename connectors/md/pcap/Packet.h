#pragma once

// Packets inside a capture: link layer -> IPv4 -> UDP/TCP decoding, TCP stream reassembly of one
// direction of a connection, and the synthesis of Ethernet/IPv4/UDP/TCP frames the writer uses.
//
// Nothing here calls libpcap (Pcap.h does the file I/O), so the fuzzer builds this file alone and
// feeds it arbitrary bytes. Decoding is zero-copy: a Packet's payload is a span into the caller's
// frame. Every bound is checked against the captured bytes; a malformed or truncated packet is
// counted per kind and skipped.

#include "md/ByteOrder.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ws::md::pcap {

using Bytes = std::span<const std::byte>;

// Link-layer header types, numbered as the LINKTYPE_ values a pcap file carries.
enum class LinkType : std::uint16_t {
    Null = 0,        // BSD loopback: 4-byte address family in the capturing host's byte order
    Ethernet = 1,    // with optional 802.1Q / 802.1ad VLAN tags
    Raw = 101,       // raw IP (also LINKTYPE_IPV4, 228)
    Loop = 108,      // OpenBSD loopback: address family big-endian
    LinuxSll = 113,  // Linux "any" device, cooked header v1
    LinuxSll2 = 276, // cooked header v2
};

enum class Protocol : std::uint8_t { Tcp = 6, Udp = 17 };

namespace tcpflag {
inline constexpr std::uint8_t kFin = 0x01;
inline constexpr std::uint8_t kSyn = 0x02;
inline constexpr std::uint8_t kRst = 0x04;
inline constexpr std::uint8_t kPsh = 0x08;
inline constexpr std::uint8_t kAck = 0x10;
} // namespace tcpflag

// One IPv4 UDP datagram or TCP segment. Addresses are host-order integers (10.0.0.1 = 0x0a000001).
struct Packet
{
    std::int64_t tsNs = 0; // capture time, ns since the epoch
    Protocol protocol = Protocol::Udp;
    std::uint32_t srcIp = 0;
    std::uint16_t srcPort = 0;
    std::uint32_t dstIp = 0;
    std::uint16_t dstPort = 0;
    std::uint32_t seq = 0; // TCP only
    std::uint32_t ack = 0; // TCP only
    std::uint8_t tcpFlags = 0;
    Bytes payload; // valid as long as the frame it was decoded from
};

enum class PacketError : std::uint8_t {
    TruncatedLink, // shorter than its link-layer header (or VLAN tag)
    TruncatedIp,   // shorter than the IPv4 header, its IHL, or its total length
    BadIpHeader,   // not version 4, IHL below 5, or total length below the header
    Fragment,      // an IPv4 fragment that cannot stand alone (fragments are not reassembled)
    TruncatedUdp,  // fewer than 8 bytes of UDP header
    BadUdpLength,  // UDP length below 8 or beyond the IP payload
    TruncatedTcp,  // fewer than 20 bytes of TCP header, or fewer than its data offset says
    BadTcpHeader,  // data offset below 5
};
inline constexpr std::size_t kPacketErrorKinds = 8;
std::string_view packetErrorName(PacketError e);

struct PacketStats
{
    std::uint64_t records = 0; // frames looked at
    std::uint64_t udp = 0;
    std::uint64_t tcp = 0;
    std::uint64_t other = 0; // well-formed but not IPv4 UDP/TCP (ARP, IPv6, ICMP...): skipped
    std::array<std::uint64_t, kPacketErrorKinds> errors{};
    std::uint64_t error(PacketError e) const { return errors[static_cast<std::size_t>(e)]; }
    std::uint64_t totalErrors() const;
};

// Decodes one captured frame. Returns the packet for IPv4 UDP and TCP; anything else is counted
// in `stats` (as other, or per error kind) and gives nullopt. Ethernet padding is trimmed by the
// IPv4 total length. A first fragment of a UDP datagram counts as Fragment (its datagram is
// incomplete); a first TCP fragment is decoded with the bytes it has.
std::optional<Packet> parsePacket(LinkType link, Bytes frame, std::int64_t tsNs, PacketStats& stats);

std::string formatIpv4(std::uint32_t ip);
std::optional<std::uint32_t> parseIpv4(std::string_view dotted);
inline bool isMulticast(std::uint32_t ip)
{
    return (ip >> 28) == 0xe;
}

// Keeps UDP datagrams by destination port and/or destination address (a multicast group).
struct UdpFilter
{
    std::optional<std::uint16_t> dstPort;
    std::optional<std::uint32_t> dstIp;
    bool matches(const Packet& p) const
    {
        return p.protocol == Protocol::Udp && (!dstPort || p.dstPort == *dstPort) &&
               (!dstIp || p.dstIp == *dstIp);
    }
};

// One direction of a TCP connection.
struct FlowKey
{
    std::uint32_t srcIp = 0;
    std::uint16_t srcPort = 0;
    std::uint32_t dstIp = 0;
    std::uint16_t dstPort = 0;
    static FlowKey of(const Packet& p) { return {p.srcIp, p.srcPort, p.dstIp, p.dstPort}; }
    FlowKey reversed() const { return {dstIp, dstPort, srcIp, srcPort}; }
    bool operator==(const FlowKey&) const = default;
};
std::string formatFlow(const FlowKey& flow); // "10.0.0.1:9000 > 10.0.0.2:50000"

// --- TCP reassembly ---------------------------------------------------------------------------

// In-order bytes of the stream. `offset` counts from the first byte after the SYN (or the first
// byte seen when the capture starts mid-connection); `tsNs` is the capture time of the segment
// that completed them. The span is valid only during the call.
struct TcpChunk
{
    std::int64_t tsNs = 0;
    std::uint64_t offset = 0;
    Bytes data;
};

// Bytes the capture never had (lost before the capture saw them); the stream resumes after them.
struct TcpGap
{
    std::int64_t tsNs = 0;
    std::uint64_t offset = 0;
    std::uint64_t bytes = 0;
};

enum class TcpEnd : std::uint8_t {
    Fin,           // the sender closed; every byte up to the FIN was delivered or reported as a gap
    Rst,           // reset
    NewConnection, // a SYN with a new ISN on the same ports: a new stream follows
    EndOfCapture,  // the capture ended with the connection still open
};
std::string_view tcpEndName(TcpEnd e);

class TcpHandler
{
public:
    virtual ~TcpHandler() = default;
    virtual void onData(const TcpChunk& chunk) = 0;
    virtual void onGap(const TcpGap&) {}
    virtual void onEnd(std::int64_t /*tsNs*/, TcpEnd) {}
};

struct TcpStats
{
    std::uint64_t segments = 0;           // segments pushed
    std::uint64_t bytes = 0;              // bytes delivered
    std::uint64_t duplicateBytes = 0;     // retransmitted bytes already delivered or buffered
    std::uint64_t outOfOrderSegments = 0; // segments buffered ahead of a hole
    std::uint64_t gaps = 0;
    std::uint64_t gapBytes = 0;
    std::uint64_t outOfWindowSegments = 0; // starting more than kMaxWindow past the stream: dropped
    std::uint64_t ignoredSegments = 0;     // before the stream started or after it ended
    std::uint64_t connections = 0;         // streams started (SYN or mid-connection)
    std::uint64_t peakBufferedBytes = 0;
};

// Reassembles the byte stream of one direction of one connection (the caller demultiplexes by
// FlowKey; TcpFollower below does it for a chosen flow). Retransmitted bytes are delivered once;
// segments beyond a hole are copied and held until the hole fills. A hole that never fills is
// reported as a gap and skipped when the held bytes exceed `maxBuffered` (or the held segments
// kMaxHeldSegments), at a FIN/RST that proves it cannot fill, and at finish(). Sequence numbers
// compare modulo 2^32, so a stream may wrap around.
class TcpReassembler
{
public:
    static constexpr std::size_t kDefaultMaxBuffered = 4 << 20;
    static constexpr std::size_t kMaxHeldSegments = 1 << 16;
    // Nothing legitimate arrives more than a maximal TCP window (2^30 with window scaling) ahead.
    static constexpr std::uint64_t kMaxWindow = std::uint64_t{1} << 30;

    explicit TcpReassembler(std::size_t maxBuffered = kDefaultMaxBuffered);

    // A TCP segment of this direction. In-order bytes reach the handler straight from the
    // segment's payload, without a copy.
    void push(const Packet& segment, TcpHandler& handler);
    // End of the capture: held bytes are delivered after gap reports, then onEnd.
    void finish(std::int64_t tsNs, TcpHandler& handler);

    const TcpStats& stats() const { return stats_; }
    bool started() const { return state_ != State::Idle; }
    bool closed() const { return state_ == State::Closed; }
    std::uint64_t offset() const { return next_; }     // stream bytes delivered or skipped as gaps
    std::uint32_t nextSeq() const { return nextSeq_; } // the sequence number at offset()
    std::size_t bufferedBytes() const { return buffered_; }

private:
    enum class State : std::uint8_t { Idle, Open, Closed };
    struct Held
    {
        std::int64_t tsNs;
        std::vector<std::byte> bytes;
    };

    void start(std::uint32_t dataSeq);
    void accept(std::int64_t offset, Bytes data, std::int64_t tsNs, TcpHandler& handler);
    void hold(std::uint64_t offset, Bytes data, std::int64_t tsNs);
    void advance(std::uint64_t n);
    void dropHeldFrom(std::uint64_t offset);
    void deliverHeld(std::int64_t tsNs, TcpHandler& handler);
    bool skipToHeld(std::int64_t tsNs, TcpHandler& handler);
    void gap(std::int64_t tsNs, std::uint64_t bytes, TcpHandler& handler);
    void end(std::int64_t tsNs, TcpEnd why, TcpHandler& handler);
    void checkFin(std::int64_t tsNs, TcpHandler& handler);

    State state_ = State::Idle;
    bool sawSyn_ = false;
    std::uint32_t isn_ = 0;
    std::uint32_t nextSeq_ = 0; // sequence number of the byte at stream offset next_
    std::uint64_t next_ = 0;
    std::optional<std::uint64_t> finOffset_;
    std::map<std::uint64_t, Held> held_; // disjoint ranges beyond next_, keyed by stream offset
    std::size_t buffered_ = 0;
    std::size_t maxBuffered_;
    TcpStats stats_;
};

// Which direction of which connection to follow: segments sent by the server (source port and/or
// address). With neither set, the first flow that carries payload.
struct TcpSelect
{
    std::optional<std::uint16_t> serverPort;
    std::optional<std::uint32_t> serverIp;
    bool matches(const Packet& p) const
    {
        return (!serverPort || p.srcPort == *serverPort) && (!serverIp || p.srcIp == *serverIp);
    }
    bool any() const { return !serverPort && !serverIp; }
};

// Picks one flow out of all TCP packets and reassembles it. A SYN seen before the flow was chosen
// (by payload) is remembered, so the stream still starts at its ISN.
class TcpFollower
{
public:
    explicit TcpFollower(TcpSelect select = {},
                         std::size_t maxBuffered = TcpReassembler::kDefaultMaxBuffered);
    void push(const Packet& packet, TcpHandler& handler); // non-TCP packets are ignored
    void finish(std::int64_t tsNs, TcpHandler& handler);
    const std::optional<FlowKey>& flow() const { return flow_; }
    const TcpReassembler& reassembler() const { return reassembler_; }
    std::uint64_t otherFlowSegments() const { return otherSegments_; }

private:
    static constexpr std::size_t kMaxRememberedSyns = 256;
    TcpSelect select_;
    std::optional<FlowKey> flow_;
    TcpReassembler reassembler_;
    std::vector<Packet> syns_; // payload-less, so nothing dangles
    std::uint64_t otherSegments_ = 0;
};

// --- Frame synthesis (for the writer and the tests) ----------------------------------------------

struct Endpoint
{
    std::uint32_t ip = 0;
    std::uint16_t port = 0;
};

inline constexpr std::size_t kEthernetHeader = 14;
inline constexpr std::size_t kIpv4Header = 20;
inline constexpr std::size_t kUdpHeader = 8;
inline constexpr std::size_t kTcpHeader = 20;
inline constexpr std::size_t kMaxUdpPayload = 65535 - kIpv4Header - kUdpHeader; // 65507
inline constexpr std::size_t kMaxTcpPayload = 65535 - kIpv4Header - kTcpHeader;
inline constexpr std::size_t kTcpMss = 1460; // an Ethernet MTU of 1500 less IPv4 and TCP headers

// The destination MAC for an address: 01:00:5e + the group's low 23 bits for multicast,
// broadcast for 255.255.255.255, else a locally administered 02:00:<ip>.
std::array<std::byte, 6> macFor(std::uint32_t ip);

// One's-complement sum of 16-bit words as IPv4, UDP and TCP checksums use, not yet inverted.
std::uint32_t onesComplementSum(Bytes bytes, std::uint32_t sum = 0);

// Ethernet + IPv4 (header checksum set) + UDP (checksum set). Empty when the payload exceeds
// kMaxUdpPayload.
std::vector<std::byte> udpFrame(Endpoint src, Endpoint dst, Bytes payload, std::uint16_t ipId = 0);

struct TcpSegmentSpec
{
    Endpoint src;
    Endpoint dst;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = tcpflag::kAck;
    std::uint16_t window = 65535;
    std::uint16_t ipId = 0;
    Bytes payload;
};
// Ethernet + IPv4 + TCP with both checksums set. Empty when the payload exceeds kMaxTcpPayload.
std::vector<std::byte> tcpFrame(const TcpSegmentSpec& spec);

// The frames of one TCP connection with consistent sequence and acknowledgement numbers.
class TcpSession
{
public:
    enum class Side : std::uint8_t { Client, Server };
    using Frames = std::vector<std::vector<std::byte>>;

    TcpSession(Endpoint client, Endpoint server, std::uint32_t clientIsn, std::uint32_t serverIsn);

    Frames open(); // SYN, SYN-ACK, ACK
    // `data` from one side in segments of at most `mss` bytes (PSH on the last).
    Frames send(Side from, Bytes data, std::size_t mss = kTcpMss);
    Frames close(); // FIN-ACK from the server, FIN-ACK from the client, ACK from the server

    std::uint32_t nextSeq(Side side) const { return seq_[index(side)]; }

private:
    static std::size_t index(Side s) { return s == Side::Client ? 0 : 1; }
    std::vector<std::byte> segment(Side from, std::uint8_t flags, Bytes payload);

    std::array<Endpoint, 2> ends_;
    std::array<std::uint32_t, 2> seq_;
    std::array<std::uint16_t, 2> ipId_{};
};

} // namespace ws::md::pcap
