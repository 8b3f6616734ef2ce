#include "md/pcap/Pcap.h"

#include <algorithm>
#include <map>

#include <pcap/pcap.h>

#include <array>
#include <cstdio>
#include <limits>

namespace ws::md::pcap {

namespace {

constexpr std::int64_t kNsPerSecond = 1'000'000'000;

std::string quoted(const std::string& path)
{
    return '\'' + path + '\'';
}

} // namespace

std::optional<LinkType> linkTypeFromDlt(int dlt)
{
    switch (dlt) {
    case DLT_NULL:
        return LinkType::Null;
    case DLT_EN10MB:
        return LinkType::Ethernet;
    case DLT_RAW:
    case DLT_IPV4:
        return LinkType::Raw;
    case DLT_LOOP:
        return LinkType::Loop;
    case DLT_LINUX_SLL:
        return LinkType::LinuxSll;
    case DLT_LINUX_SLL2:
        return LinkType::LinuxSll2;
    default:
        return std::nullopt;
    }
}

// --- Reader --------------------------------------------------------------------------------------

void Reader::Closer::operator()(::pcap* p) const
{
    pcap_close(p);
}

Reader::Reader() = default;
Reader::~Reader() = default;

bool Reader::open(const std::string& path)
{
    close();
    path_ = path;
    error_.clear();
    stats_ = {};
    std::array<char, PCAP_ERRBUF_SIZE> errbuf{};
    // Nanosecond precision: libpcap scales microsecond files up, so every file reads alike.
    handle_.reset(
        pcap_open_offline_with_tstamp_precision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, errbuf.data()));
    if (!handle_) {
        error_ = "cannot open capture " + quoted(path) + ": " + errbuf.data();
        return false;
    }
    const int dlt = pcap_datalink(handle_.get());
    const std::optional<LinkType> link = linkTypeFromDlt(dlt);
    if (!link) {
        const char* name = pcap_datalink_val_to_name(dlt);
        error_ = "capture " + quoted(path) + ": link type " + std::to_string(dlt) + " (" +
                 (name ? name : "unknown") + ") is not supported";
        handle_.reset();
        return false;
    }
    link_ = *link;
    return true;
}

void Reader::close()
{
    handle_.reset();
}

bool Reader::nextRecord(Record& record)
{
    if (!handle_)
        return false;
    pcap_pkthdr* header = nullptr;
    const u_char* data = nullptr;
    const int rc = pcap_next_ex(handle_.get(), &header, &data);
    if (rc == 1) {
        record.tsNs = static_cast<std::int64_t>(header->ts.tv_sec) * kNsPerSecond +
                      static_cast<std::int64_t>(header->ts.tv_usec);
        record.originalLength = header->len;
        record.data = Bytes(reinterpret_cast<const std::byte*>(data), header->caplen);
        return true;
    }
    if (rc == PCAP_ERROR_BREAK) { // end of file
        close();
        return false;
    }
    error_ = "capture " + quoted(path_) + ": " + pcap_geterr(handle_.get());
    close();
    return false;
}

bool Reader::next(Packet& packet)
{
    Record record;
    while (nextRecord(record)) {
        if (auto p = parsePacket(link_, record.data, record.tsNs, stats_)) {
            packet = *p;
            return true;
        }
    }
    return false;
}

ReadSummary readUdp(const std::string& path, const UdpFilter& filter,
                    const std::function<void(const Packet&)>& onDatagram)
{
    Reader reader;
    ReadSummary summary;
    if (reader.open(path)) {
        Packet p;
        while (reader.next(p)) {
            if (filter.matches(p))
                onDatagram(p);
        }
    }
    summary.error = reader.error();
    summary.packets = reader.stats();
    return summary;
}

TcpSummary readTcp(const std::string& path, const TcpSelect& select, TcpHandler& handler,
                   std::size_t maxBuffered)
{
    Reader reader;
    TcpSummary summary;
    TcpFollower follower(select, maxBuffered);
    if (reader.open(path)) {
        Packet p;
        std::int64_t lastTs = 0;
        while (reader.next(p)) {
            lastTs = p.tsNs;
            follower.push(p, handler);
        }
        // A read error also ends the stream: what was read is delivered, holes reported.
        follower.finish(lastTs, handler);
    }
    summary.error = reader.error();
    summary.packets = reader.stats();
    summary.tcp = follower.reassembler().stats();
    summary.flow = follower.flow();
    return summary;
}

// --- Writer --------------------------------------------------------------------------------------

void Writer::Closer::operator()(::pcap* p) const
{
    pcap_close(p);
}

void Writer::Closer::operator()(::pcap_dumper* d) const
{
    pcap_dump_close(d);
}

Writer::Writer() = default;

Writer::~Writer()
{
    close();
}

bool Writer::fail(std::string message)
{
    error_ = "capture " + quoted(path_) + ": " + std::move(message);
    return false;
}

bool Writer::open(const std::string& path)
{
    close();
    path_ = path;
    error_.clear();
    packets_ = 0;
    dead_.reset(pcap_open_dead_with_tstamp_precision(DLT_EN10MB, kSnapLength, PCAP_TSTAMP_PRECISION_NANO));
    if (!dead_)
        return fail("libpcap could not create a capture handle");
    dumper_.reset(pcap_dump_open(dead_.get(), path.c_str()));
    if (!dumper_) {
        error_ = "cannot create capture " + quoted(path) + ": " + pcap_geterr(dead_.get());
        dead_.reset();
        return false;
    }
    return true;
}

bool Writer::writeFrame(std::int64_t tsNs, Bytes ethernetFrame)
{
    if (!dumper_)
        return fail("not open");
    // The record header holds unsigned 32-bit seconds.
    if (tsNs < 0 || tsNs / kNsPerSecond > std::numeric_limits<std::uint32_t>::max())
        return fail("timestamp " + std::to_string(tsNs) + " ns cannot be stored");
    if (ethernetFrame.size() > static_cast<std::size_t>(kSnapLength))
        return fail("frame of " + std::to_string(ethernetFrame.size()) +
                    " bytes exceeds the snapshot length");
    pcap_pkthdr header{};
    header.ts.tv_sec = static_cast<time_t>(tsNs / kNsPerSecond);
    header.ts.tv_usec = static_cast<suseconds_t>(tsNs % kNsPerSecond); // nanoseconds in a nano dump
    header.caplen = static_cast<bpf_u_int32>(ethernetFrame.size());
    header.len = header.caplen;
    pcap_dump(reinterpret_cast<u_char*>(dumper_.get()), &header,
              reinterpret_cast<const u_char*>(ethernetFrame.data()));
    ++packets_;
    return true;
}

bool Writer::writeUdp(std::int64_t tsNs, Endpoint src, Endpoint dst, Bytes payload)
{
    if (payload.size() > kMaxUdpPayload)
        return fail("UDP payload of " + std::to_string(payload.size()) + " bytes exceeds " +
                    std::to_string(kMaxUdpPayload));
    return writeFrame(tsNs, udpFrame(src, dst, payload, ipId_++));
}

bool Writer::close()
{
    if (!dumper_)
        return error_.empty();
    // pcap_dump() reports nothing; a failed write shows in the flush or the stream's error flag.
    const bool ok = pcap_dump_flush(dumper_.get()) == 0 && !std::ferror(pcap_dump_file(dumper_.get()));
    dumper_.reset();
    dead_.reset();
    if (!ok && error_.empty())
        fail("write failed");
    return ok && error_.empty();
}

// --- TcpWriter -----------------------------------------------------------------------------------

TcpWriter::TcpWriter(Writer& writer, Endpoint client, Endpoint server, std::uint32_t clientIsn,
                     std::uint32_t serverIsn)
    : writer_(writer), session_(client, server, clientIsn, serverIsn)
{}

bool TcpWriter::write(std::int64_t tsNs, const TcpSession::Frames& frames)
{
    for (const auto& frame : frames) {
        if (!writer_.writeFrame(tsNs, frame))
            return false;
    }
    return true;
}

bool TcpWriter::open(std::int64_t tsNs)
{
    return write(tsNs, session_.open());
}

bool TcpWriter::send(std::int64_t tsNs, Bytes data, Side from)
{
    return write(tsNs, session_.send(from, data));
}

bool TcpWriter::close(std::int64_t tsNs)
{
    return write(tsNs, session_.close());
}

std::optional<TcpSelect> findServer(const std::string& path, std::string& error)
{
    Reader reader;
    if (!reader.open(path)) {
        error = reader.error();
        return std::nullopt;
    }
    std::map<std::pair<std::uint32_t, std::uint16_t>, std::uint64_t> sent;
    Packet p;
    while (reader.next(p)) {
        if (p.protocol != Protocol::Tcp)
            continue;
        if ((p.tcpFlags & tcpflag::kSyn) && !(p.tcpFlags & tcpflag::kAck))
            return TcpSelect{p.dstPort, p.dstIp};
        sent[{p.srcIp, p.srcPort}] += p.payload.size();
    }
    const auto best = std::max_element(sent.begin(), sent.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best == sent.end() || best->second == 0) {
        error =
            reader.error().empty() ? "capture '" + path + "': no TCP stream with payload" : reader.error();
        return std::nullopt;
    }
    return TcpSelect{best->first.second, best->first.first};
}

} // namespace ws::md::pcap
