#pragma once

// Capture files through libpcap: reading classic pcap (microsecond or nanosecond) and pcapng,
// always with nanosecond timestamps; writing nanosecond pcap over Ethernet that tcpdump and
// Wireshark open. Packet decoding and TCP reassembly live in Packet.h (no libpcap there).
//
// Errors are strings that name the file and carry libpcap's message. A read error (a truncated
// last record, say) ends the iteration; everything before it has been delivered.

#include "md/pcap/Packet.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

struct pcap;        // pcap_t
struct pcap_dumper; // pcap_dumper_t

namespace ws::md::pcap {

// One record of a capture; `data` is valid until the next read.
struct Record
{
    std::int64_t tsNs = 0;
    std::uint32_t originalLength = 0; // on the wire; data.size() is what was captured
    Bytes data;
};

// The link types this reader decodes, from libpcap's DLT_ value; nullopt for any other.
std::optional<LinkType> linkTypeFromDlt(int dlt);

class Reader
{
public:
    Reader();
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    // False with error() set when the file cannot be opened, is not a capture, or has a link type
    // this reader does not decode.
    bool open(const std::string& path);
    void close();
    bool isOpen() const { return handle_ != nullptr; }

    // The next record; false at the end of the file or on a read error (error() then says which).
    bool nextRecord(Record& record);
    // The next IPv4 UDP datagram or TCP segment; everything else is counted in stats() and skipped.
    bool next(Packet& packet);

    LinkType linkType() const { return link_; }
    const std::string& path() const { return path_; }
    const std::string& error() const { return error_; } // empty at a clean end of file
    const PacketStats& stats() const { return stats_; }

private:
    struct Closer
    {
        void operator()(::pcap* p) const;
    };
    std::unique_ptr<::pcap, Closer> handle_;
    std::string path_;
    std::string error_;
    LinkType link_ = LinkType::Ethernet;
    PacketStats stats_;
};

struct ReadSummary
{
    std::string error; // empty when the whole file was read
    PacketStats packets;
};

// Every UDP datagram of a capture that passes `filter`, in file order.
ReadSummary readUdp(const std::string& path, const UdpFilter& filter,
                    const std::function<void(const Packet&)>& onDatagram);

struct TcpSummary
{
    std::string error;
    PacketStats packets;
    TcpStats tcp;
    std::optional<FlowKey> flow; // the flow followed; nullopt when none matched
};

// The reassembled byte stream of one flow of a capture (see TcpSelect), ending with onEnd.
TcpSummary readTcp(const std::string& path, const TcpSelect& select, TcpHandler& handler,
                   std::size_t maxBuffered = TcpReassembler::kDefaultMaxBuffered);

// Which side of a capture's TCP traffic is the server (an MDGW): the port a SYN went to, else
// the endpoint that sent the most payload (a gateway streams, its client only logs on).
// nullopt with `error` set (naming the file) when the capture has no TCP payload.
std::optional<TcpSelect> findServer(const std::string& path, std::string& error);

// Writes a nanosecond pcap (magic a1b23c4d) with Ethernet framing.
class Writer
{
public:
    static constexpr int kSnapLength = 262144;

    Writer();
    ~Writer();
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;

    bool open(const std::string& path); // creates or truncates
    bool writeFrame(std::int64_t tsNs, Bytes ethernetFrame);
    // A datagram in Ethernet + IPv4 + UDP (checksums set; a multicast group gets its group MAC).
    // Payloads above kMaxUdpPayload are refused.
    bool writeUdp(std::int64_t tsNs, Endpoint src, Endpoint dst, Bytes payload);
    // Flushes and closes; false if any write failed.
    bool close();

    const std::string& error() const { return error_; }
    std::uint64_t packets() const { return packets_; }

private:
    bool fail(std::string message);
    struct Closer
    {
        void operator()(::pcap* p) const;
        void operator()(::pcap_dumper* d) const;
    };
    std::unique_ptr<::pcap, Closer> dead_;
    std::unique_ptr<::pcap_dumper, Closer> dumper_;
    std::string path_;
    std::string error_;
    std::uint64_t packets_ = 0;
    std::uint16_t ipId_ = 0;
};

// One synthesized TCP connection written through a Writer: handshake, data in segments of at most
// kTcpMss bytes with consistent seq/ack, FIN. Used to turn a recorded MDGW byte stream into a
// capture that reads back through TcpReassembler.
class TcpWriter
{
public:
    using Side = TcpSession::Side;
    TcpWriter(Writer& writer, Endpoint client, Endpoint server, std::uint32_t clientIsn = 0x1000'0000u,
              std::uint32_t serverIsn = 0x2000'0000u);

    bool open(std::int64_t tsNs);
    bool send(std::int64_t tsNs, Bytes data, Side from = Side::Server);
    bool close(std::int64_t tsNs);

private:
    bool write(std::int64_t tsNs, const TcpSession::Frames& frames);
    Writer& writer_;
    TcpSession session_;
};

} // namespace ws::md::pcap
