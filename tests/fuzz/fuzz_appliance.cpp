// libFuzzer target for the appliance feed codec (ApplianceFeed.cpp) and the channel sequencer
// (Sequencer.h/.cpp).
//
// The input is a run of datagrams, each a control byte, a 2-byte little-endian length and that
// many bytes. The control byte: bit 0 the line (A/B), bits 1-3 how far the clock moves before the
// datagram (0, 1 us, ... up to seconds, so arbitration windows and recovery timeouts expire),
// bit 4 "the recovery service ended an answer" (onRecoveryEnd with the datagram's firstSeq).
// Every datagram goes through parseHeader and RecordCursor; every record through its decoder,
// an encode/decode round trip and appendJson; every parsed header through a ChannelSequencer of
// its channel, whose sink walks the delivered records. The datagram is also tried as a recovery
// request.
//
// Invariants: the cursor's records tile the payload up to where it stopped; a record's length is
// the one its type demands; decode(encode(decode(bytes))) == decode(bytes); every delivered record
// and lost range continues exactly where the channel's last one ended; a request the sequencer
// asks for parses back to itself; a parsed request encodes back to its bytes.

#include "md/appliance/ApplianceFeed.h"
#include "md/appliance/Sequencer.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <type_traits>
#include <vector>

using namespace ws::md::appliance;

namespace {

[[noreturn]] void fail()
{
    __builtin_trap();
}

template <class Record> void roundTrip(const Record& r, std::size_t expectedSize)
{
    std::vector<std::byte> bytes;
    append(r, bytes);
    if (bytes.size() != expectedSize)
        fail();
    RecordCursor cursor(bytes);
    const auto again = cursor.next();
    if (!again || cursor.next() || cursor.failed())
        fail();
    Record back;
    if constexpr (std::is_same_v<Record, Order>)
        back = decodeOrder(again->bytes);
    else if constexpr (std::is_same_v<Record, Trade>)
        back = decodeTrade(again->bytes);
    else if constexpr (std::is_same_v<Record, Snapshot>)
        back = decodeSnapshot(again->bytes);
    else if constexpr (std::is_same_v<Record, Queue>)
        back = decodeQueue(again->bytes);
    else
        back = decodeIndex(again->bytes);
    if (!(back == r))
        fail();
}

// Decodes every record of a payload; returns how many there were.
std::size_t walk(const PacketHeader& h, Bytes payload, std::size_t skip, std::string& json)
{
    RecordCursor cursor(payload);
    std::size_t n = 0, used = 0;
    for (auto r = cursor.next(); r; r = cursor.next(), ++n) {
        if (r->bytes.data() != payload.data() + used || r->bytes.size() < kRecordPrefix)
            fail();
        used += r->bytes.size();
        if (used > payload.size())
            fail();
        if (n < skip)
            continue;
        switch (r->type) {
        case RecordType::Order:
            if (r->bytes.size() != kOrderSize)
                fail();
            roundTrip(decodeOrder(r->bytes), kOrderSize);
            break;
        case RecordType::Trade:
            if (r->bytes.size() != kTradeSize)
                fail();
            roundTrip(decodeTrade(r->bytes), kTradeSize);
            break;
        case RecordType::Snapshot:
            if (r->bytes.size() != kSnapshotSize)
                fail();
            roundTrip(decodeSnapshot(r->bytes), kSnapshotSize);
            break;
        case RecordType::Queue: {
            const Queue q = decodeQueue(r->bytes);
            if (q.qtys.size() > kMaxQueue || encodedSize(q) != r->bytes.size())
                fail();
            roundTrip(q, r->bytes.size());
            break;
        }
        case RecordType::Index:
            if (r->bytes.size() != kIndexSize)
                fail();
            roundTrip(decodeIndex(r->bytes), kIndexSize);
            break;
        }
        json.clear();
        appendJson(h, h.firstSeq + n, *r, json);
        if (json.empty() || json.front() != '{' || json.back() != '}')
            fail();
    }
    if (!cursor.failed() && used != payload.size())
        fail();
    return n;
}

struct Channel
{
    explicit Channel(std::uint16_t c, const SequencerConfig& config)
        : sequencer(c, config), next(config.startSeq)
    {}
    ChannelSequencer sequencer;
    std::uint64_t next; // the sink's own idea of the next sequence number
};

struct Sink
{
    Channel& c;
    std::string& json;
    void deliver(const PacketHeader& h, Bytes packet, std::uint16_t skip)
    {
        if (skip >= h.count || h.firstSeq + skip != c.next)
            fail();
        c.next = h.firstSeq + h.count;
        if (packet.size() < kHeaderSize + h.payloadLength)
            fail();
        walk(h, packet.subspan(kHeaderSize, h.payloadLength), skip, json);
    }
    void lost(LostRange r)
    {
        if (r.from != c.next || r.to <= r.from)
            fail();
        c.next = r.to;
    }
};

constexpr std::uint64_t kSteps[8] = {0,         1'000,      100'000,       1'000'000,
                                     3'000'000, 50'000'000, 2'500'000'000, 10'000'000'000};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    SequencerConfig config;
    config.maxHeldBytes = 1 << 16; // so the bound is reached with small inputs
    std::map<std::uint16_t, Channel> channels;
    std::string json;
    std::uint64_t now = 1'000'000'000;
    std::size_t pos = 0;
    while (pos + 3 <= size) {
        const std::uint8_t control = data[pos];
        std::size_t length = data[pos + 1] | (std::size_t{data[pos + 2]} << 8);
        pos += 3;
        length = std::min(length, size - pos);
        const Bytes datagram(reinterpret_cast<const std::byte*>(data + pos), length);
        pos += length;
        now += kSteps[(control >> 1) & 7];

        if (const auto request = parseRequest(datagram)) {
            const auto bytes = encodeRequest(*request);
            if (std::memcmp(bytes.data(), datagram.data(), kRequestSize) != 0)
                fail();
        }

        const auto h = parseHeader(datagram);
        if (!h)
            continue;
        {
            std::vector<std::byte> again;
            appendHeader(*h, again);
            again.resize(kHeaderSize + h->payloadLength);
            if (std::memcmp(again.data(), datagram.data(), kHeaderSize) != 0 &&
                datagram[30] == std::byte{0} && datagram[31] == std::byte{0})
                fail(); // the reserved field aside, encoding is the inverse of parsing
            const auto back = parseHeader(again);
            if (!back || !(*back == *h))
                fail();
        }
        json.clear();
        appendHeaderJson(*h, json);
        walk(*h, datagram.subspan(kHeaderSize, h->payloadLength), 0, json);

        if (channels.size() >= 8 && !channels.contains(h->channel))
            continue;
        auto it = channels.try_emplace(h->channel, h->channel, config).first;
        Channel& c = it->second;
        Sink sink{c, json};
        if (control & 0x10) {
            c.sequencer.onRecoveryEnd(h->firstSeq, now, sink);
        } else {
            c.sequencer.onPacket(control & 1, *h, datagram.first(kHeaderSize + h->payloadLength), now, sink);
        }
        for (auto& [_, other] : channels) {
            Sink s{other, json};
            if (const auto request = other.sequencer.poll(now, s)) {
                if (request->channel != other.sequencer.channel() || request->count == 0 ||
                    request->count > kMaxRequestCount || request->fromSeq != other.sequencer.expected())
                    fail();
                const auto bytes = encodeRequest(*request);
                const auto back = parseRequest(bytes);
                if (!back || !(*back == *request))
                    fail();
            }
            if (other.sequencer.expected() != other.next)
                fail();
        }
    }
    return 0;
}
