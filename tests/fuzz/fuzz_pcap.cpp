// libFuzzer target for capture packet decoding and TCP reassembly (Packet.cpp; no libpcap).
//
// The first byte picks the mode. Packet mode (bit 7 clear): bits 0-2 pick the link type, and the
// rest of the input is records of a 2-byte little-endian length and that many frame bytes; each is
// decoded, and TCP segments go to a follower of the first flow with payload, a follower of the
// server port 9129, and one reassembler that gets every segment of every flow. Segment mode (bit 7
// set): records of flags, sequence number and length describe segments of one flow whose payload
// bytes are a function of their sequence number, so delivered bytes can be checked for content.
// Invariants: chunks and gaps are contiguous and end where the reassembler's offset says; the
// held bytes respect the bound; in segment mode every delivered byte is the one sent at its
// sequence number.

#include "md/pcap/Packet.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <vector>

using namespace ws::md::pcap;

namespace {

constexpr std::array<LinkType, 6> kLinks = {LinkType::Ethernet, LinkType::LinuxSll, LinkType::LinuxSll2,
                                            LinkType::Raw,      LinkType::Null,     LinkType::Loop};

// Payload byte at sequence number s is kPattern[s % 65536]; 2^32 is a multiple of the period, so
// the pattern runs on across wraparound. Twice the period, so any segment is one contiguous span.
const std::vector<std::byte> kPattern = [] {
    std::vector<std::byte> v(2 * 65536);
    std::uint32_t x = 2463534242u;
    for (std::size_t i = 0; i < 65536; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        v[i] = v[i + 65536] = static_cast<std::byte>(x & 0xffu);
    }
    return v;
}();

Bytes patternAt(std::uint32_t seq, std::size_t length)
{
    return Bytes(kPattern).subspan(seq & 0xffffu, length);
}

struct Checker final : TcpHandler
{
    const TcpReassembler* reassembler = nullptr;
    bool checkContent = false;
    std::uint64_t expect = 0;
    bool started = false;

    void onData(const TcpChunk& c) override
    {
        if (c.data.empty() || (started && c.offset != expect))
            __builtin_trap();
        started = true;
        expect = c.offset + c.data.size();
        if (checkContent) {
            // onData runs after the reassembler has moved past the chunk.
            const std::uint32_t first = reassembler->nextSeq() - static_cast<std::uint32_t>(c.data.size());
            if (std::memcmp(c.data.data(), patternAt(first, c.data.size()).data(), c.data.size()) != 0)
                __builtin_trap();
        }
    }
    void onGap(const TcpGap& g) override
    {
        if (g.bytes == 0 || (started && g.offset != expect))
            __builtin_trap();
        started = true;
        expect = g.offset + g.bytes;
    }
    void onEnd(std::int64_t, TcpEnd) override {}

    void verify(const TcpReassembler& r, std::size_t maxBuffered) const
    {
        if (started && expect != r.offset())
            __builtin_trap();
        if (r.bufferedBytes() > maxBuffered)
            __builtin_trap();
        const TcpStats& s = r.stats();
        if (s.bytes + s.gapBytes != r.offset())
            __builtin_trap();
    }
};

std::uint16_t le16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

void packetMode(LinkType link, std::size_t maxBuffered, const std::uint8_t* data, std::size_t size)
{
    PacketStats stats;
    TcpFollower first({}, maxBuffered);
    TcpFollower byPort({9129, {}}, maxBuffered);
    TcpReassembler all(maxBuffered);
    Checker cFirst, cPort, cAll;
    cFirst.reassembler = &first.reassembler();
    cPort.reassembler = &byPort.reassembler();
    cAll.reassembler = &all;
    std::int64_t ts = 0;
    std::size_t pos = 0;
    while (size - pos >= 2) {
        const std::size_t n = std::min<std::size_t>(le16(data + pos), size - pos - 2);
        pos += 2;
        // A copy sized exactly, so ASan sees any read past the frame.
        const std::vector<std::byte> frame(reinterpret_cast<const std::byte*>(data + pos),
                                           reinterpret_cast<const std::byte*>(data + pos + n));
        pos += n;
        const auto p = parsePacket(link, frame, ++ts, stats);
        if (!p)
            continue;
        if (p->payload.data() < frame.data() ||
            p->payload.data() + p->payload.size() > frame.data() + frame.size())
            __builtin_trap();
        if (p->protocol != Protocol::Tcp)
            continue;
        first.push(*p, cFirst);
        byPort.push(*p, cPort);
        all.push(*p, cAll);
        cFirst.verify(first.reassembler(), maxBuffered);
        cPort.verify(byPort.reassembler(), maxBuffered);
        cAll.verify(all, maxBuffered);
    }
    if (stats.udp + stats.tcp + stats.other + stats.totalErrors() != stats.records)
        __builtin_trap();
    first.finish(ts, cFirst);
    byPort.finish(ts, cPort);
    all.finish(ts, cAll);
    cFirst.verify(first.reassembler(), maxBuffered);
    cPort.verify(byPort.reassembler(), maxBuffered);
    cAll.verify(all, maxBuffered);
}

void segmentMode(std::size_t maxBuffered, const std::uint8_t* data, std::size_t size)
{
    TcpReassembler r(maxBuffered);
    Checker c;
    c.reassembler = &r;
    c.checkContent = true;
    std::int64_t ts = 0;
    std::uint32_t base = 0;
    for (std::size_t pos = 0; size - pos >= 5; pos += 5) {
        // flags, 2-byte sequence delta (scaled, signed) from a moving base, 2-byte length
        const std::uint8_t flags = data[pos];
        const auto delta = static_cast<std::int16_t>(le16(data + pos + 1));
        const std::size_t length = le16(data + pos + 3) % 3000;
        const std::uint32_t seq = base + static_cast<std::uint32_t>(static_cast<std::int32_t>(delta) * 7);
        if (flags & 0x80)
            base = seq; // move the window, so long inputs cover wraparound and far jumps
        Packet p;
        p.protocol = Protocol::Tcp;
        p.tsNs = ++ts;
        p.seq = seq;
        p.tcpFlags = flags & 0x1f;
        const std::uint32_t dataSeq = seq + ((p.tcpFlags & tcpflag::kSyn) ? 1u : 0u);
        p.payload = patternAt(dataSeq, length);
        r.push(p, c);
        c.verify(r, maxBuffered);
    }
    r.finish(ts, c);
    c.verify(r, maxBuffered);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    const std::uint8_t mode = data[0];
    // Small bounds make the "hole never fills" path common; the default one is exercised too.
    const std::size_t maxBuffered =
        (mode & 0x40) ? TcpReassembler::kDefaultMaxBuffered : 1u << (8 + (data[1] & 7));
    if (mode & 0x80)
        segmentMode(maxBuffered, data + 2, size - 2);
    else
        packetMode(kLinks[(mode & 7) % kLinks.size()], maxBuffered, data + 2, size - 2);
    return 0;
}
