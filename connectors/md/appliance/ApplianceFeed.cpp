#include "md/appliance/ApplianceFeed.h"

#include "md/Json.h"
#include "md/Time.h"

#include <algorithm>
#include <limits>

namespace ws::md::appliance {

namespace {

template <class T> T get(Bytes b, std::size_t offset)
{
    return loadLe<T>(b.data() + offset);
}

template <class T> void put(std::vector<std::byte>& out, std::size_t offset, T v)
{
    storeLe<T>(out.data() + offset, v);
}

// Grows `out` by `size` zero bytes, writes the record prefix and returns the record's offset.
std::size_t startRecord(std::vector<std::byte>& out, RecordType type, std::uint8_t flags, std::size_t size)
{
    const std::size_t at = out.size();
    out.resize(at + size);
    out[at] = static_cast<std::byte>(type);
    out[at + 1] = static_cast<std::byte>(flags);
    put<std::uint16_t>(out, at + 2, static_cast<std::uint16_t>(size));
    return at;
}

std::size_t fixedSize(RecordType type)
{
    switch (type) {
    case RecordType::Order:
        return kOrderSize;
    case RecordType::Trade:
        return kTradeSize;
    case RecordType::Snapshot:
        return kSnapshotSize;
    case RecordType::Index:
        return kIndexSize;
    case RecordType::Queue:
        return 0; // variable
    }
    return 0;
}

bool knownType(std::uint8_t t)
{
    switch (static_cast<RecordType>(t)) {
    case RecordType::Order:
    case RecordType::Trade:
    case RecordType::Snapshot:
    case RecordType::Queue:
    case RecordType::Index:
        return true;
    }
    return false;
}

} // namespace

std::string_view packetErrorName(PacketError e)
{
    switch (e) {
    case PacketError::BadHeader:
        return "bad-header";
    case PacketError::BadRecord:
        return "bad-record";
    case PacketError::CountMismatch:
        return "count-mismatch";
    }
    return "unknown";
}

std::optional<PacketHeader> parseHeader(Bytes d)
{
    if (d.size() < kHeaderSize || get<std::uint16_t>(d, 0) != kMagic)
        return std::nullopt;
    PacketHeader h;
    h.version = get<std::uint8_t>(d, 2);
    h.flags = get<std::uint8_t>(d, 3);
    h.channel = get<std::uint16_t>(d, 4);
    h.count = get<std::uint16_t>(d, 6);
    h.firstSeq = get<std::uint64_t>(d, 8);
    h.hwTimestampNs = get<std::uint64_t>(d, 16);
    h.tradingDate = get<std::uint32_t>(d, 24);
    h.payloadLength = get<std::uint16_t>(d, 28);
    if (h.version != kVersion || kHeaderSize + h.payloadLength > d.size())
        return std::nullopt;
    return h;
}

std::optional<RecordView> RecordCursor::next()
{
    if (rest_.empty() || failed_)
        return std::nullopt;
    if (rest_.size() < kRecordPrefix) {
        failed_ = true;
        return std::nullopt;
    }
    const auto type = get<std::uint8_t>(rest_, 0);
    const auto flags = get<std::uint8_t>(rest_, 1);
    const std::size_t length = get<std::uint16_t>(rest_, 2);
    bool ok = length >= kRecordPrefix && length <= rest_.size();
    if (ok && knownType(type)) {
        const auto rt = static_cast<RecordType>(type);
        if (rt == RecordType::Queue) {
            ok = length >= kQueueFixedSize && (length - kQueueFixedSize) % 4 == 0 &&
                 (length - kQueueFixedSize) / 4 <= kMaxQueue &&
                 get<std::uint8_t>(rest_, 13) == (length - kQueueFixedSize) / 4;
        } else {
            ok = length == fixedSize(rt);
        }
    }
    if (!ok) {
        failed_ = true;
        return std::nullopt;
    }
    RecordView v{static_cast<RecordType>(type), flags, rest_.first(length)};
    rest_ = rest_.subspan(length);
    return v;
}

Order decodeOrder(Bytes b)
{
    Order r;
    r.flags = get<std::uint8_t>(b, 1);
    r.code = get<std::uint32_t>(b, 4);
    r.applSeqNum = get<std::uint32_t>(b, 8);
    r.price = get<std::int32_t>(b, 12);
    r.qty = get<std::uint32_t>(b, 16);
    r.timeMs = get<std::uint32_t>(b, 20);
    r.side = static_cast<char>(b[24]);
    r.ordType = static_cast<char>(b[25]);
    return r;
}

Trade decodeTrade(Bytes b)
{
    Trade r;
    r.flags = get<std::uint8_t>(b, 1);
    r.code = get<std::uint32_t>(b, 4);
    r.applSeqNum = get<std::uint32_t>(b, 8);
    r.bidApplSeqNum = get<std::uint32_t>(b, 12);
    r.offerApplSeqNum = get<std::uint32_t>(b, 16);
    r.price = get<std::int32_t>(b, 20);
    r.qty = get<std::uint32_t>(b, 24);
    r.timeMs = get<std::uint32_t>(b, 28);
    r.execType = static_cast<char>(b[32]);
    return r;
}

Snapshot decodeSnapshot(Bytes b)
{
    Snapshot r;
    r.flags = get<std::uint8_t>(b, 1);
    r.code = get<std::uint32_t>(b, 4);
    r.timeMs = get<std::uint32_t>(b, 8);
    r.phase = {static_cast<char>(b[12]), static_cast<char>(b[13])};
    r.prevClose = get<std::int32_t>(b, 16);
    r.numTrades = get<std::uint32_t>(b, 20);
    r.volume = get<std::uint64_t>(b, 24);
    r.value = get<std::uint64_t>(b, 32);
    r.last = get<std::int32_t>(b, 40);
    r.open = get<std::int32_t>(b, 44);
    r.high = get<std::int32_t>(b, 48);
    r.low = get<std::int32_t>(b, 52);
    r.upperLimit = get<std::int32_t>(b, 56);
    r.lowerLimit = get<std::int32_t>(b, 60);
    for (std::size_t i = 0; i < kLevels; ++i) {
        const std::size_t bid = 64 + 12 * i, ask = 184 + 12 * i;
        r.bids[i] = {get<std::int32_t>(b, bid), get<std::uint32_t>(b, bid + 4),
                     get<std::uint32_t>(b, bid + 8)};
        r.asks[i] = {get<std::int32_t>(b, ask), get<std::uint32_t>(b, ask + 4),
                     get<std::uint32_t>(b, ask + 8)};
    }
    return r;
}

Queue decodeQueue(Bytes b)
{
    Queue r;
    r.flags = get<std::uint8_t>(b, 1);
    r.code = get<std::uint32_t>(b, 4);
    r.price = get<std::int32_t>(b, 8);
    r.side = static_cast<char>(b[12]);
    const std::size_t n = get<std::uint8_t>(b, 13);
    r.qtys.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        r.qtys[i] = get<std::uint32_t>(b, kQueueFixedSize + 4 * i);
    return r;
}

Index decodeIndex(Bytes b)
{
    Index r;
    r.flags = get<std::uint8_t>(b, 1);
    r.code = get<std::uint32_t>(b, 4);
    r.timeMs = get<std::uint32_t>(b, 8);
    r.prevClose = get<std::int64_t>(b, 16);
    r.last = get<std::int64_t>(b, 24);
    r.open = get<std::int64_t>(b, 32);
    r.high = get<std::int64_t>(b, 40);
    r.low = get<std::int64_t>(b, 48);
    r.volume = get<std::uint64_t>(b, 56);
    r.value = get<std::uint64_t>(b, 64);
    return r;
}

void appendHeader(const PacketHeader& h, std::vector<std::byte>& out)
{
    const std::size_t at = out.size();
    out.resize(at + kHeaderSize);
    put<std::uint16_t>(out, at, kMagic);
    out[at + 2] = static_cast<std::byte>(h.version);
    out[at + 3] = static_cast<std::byte>(h.flags);
    put<std::uint16_t>(out, at + 4, h.channel);
    put<std::uint16_t>(out, at + 6, h.count);
    put<std::uint64_t>(out, at + 8, h.firstSeq);
    put<std::uint64_t>(out, at + 16, h.hwTimestampNs);
    put<std::uint32_t>(out, at + 24, h.tradingDate);
    put<std::uint16_t>(out, at + 28, h.payloadLength);
}

void append(const Order& r, std::vector<std::byte>& out)
{
    const std::size_t at = startRecord(out, RecordType::Order, r.flags, kOrderSize);
    put(out, at + 4, r.code);
    put(out, at + 8, r.applSeqNum);
    put(out, at + 12, r.price);
    put(out, at + 16, r.qty);
    put(out, at + 20, r.timeMs);
    out[at + 24] = static_cast<std::byte>(r.side);
    out[at + 25] = static_cast<std::byte>(r.ordType);
}

void append(const Trade& r, std::vector<std::byte>& out)
{
    const std::size_t at = startRecord(out, RecordType::Trade, r.flags, kTradeSize);
    put(out, at + 4, r.code);
    put(out, at + 8, r.applSeqNum);
    put(out, at + 12, r.bidApplSeqNum);
    put(out, at + 16, r.offerApplSeqNum);
    put(out, at + 20, r.price);
    put(out, at + 24, r.qty);
    put(out, at + 28, r.timeMs);
    out[at + 32] = static_cast<std::byte>(r.execType);
}

void append(const Snapshot& r, std::vector<std::byte>& out)
{
    const std::size_t at = startRecord(out, RecordType::Snapshot, r.flags, kSnapshotSize);
    put(out, at + 4, r.code);
    put(out, at + 8, r.timeMs);
    out[at + 12] = static_cast<std::byte>(r.phase[0]);
    out[at + 13] = static_cast<std::byte>(r.phase[1]);
    put(out, at + 16, r.prevClose);
    put(out, at + 20, r.numTrades);
    put(out, at + 24, r.volume);
    put(out, at + 32, r.value);
    put(out, at + 40, r.last);
    put(out, at + 44, r.open);
    put(out, at + 48, r.high);
    put(out, at + 52, r.low);
    put(out, at + 56, r.upperLimit);
    put(out, at + 60, r.lowerLimit);
    for (std::size_t i = 0; i < kLevels; ++i) {
        const std::size_t bid = at + 64 + 12 * i, ask = at + 184 + 12 * i;
        put(out, bid, r.bids[i].price);
        put(out, bid + 4, r.bids[i].qty);
        put(out, bid + 8, r.bids[i].orders);
        put(out, ask, r.asks[i].price);
        put(out, ask + 4, r.asks[i].qty);
        put(out, ask + 8, r.asks[i].orders);
    }
}

std::size_t encodedSize(const Queue& r)
{
    return kQueueFixedSize + 4 * std::min(r.qtys.size(), kMaxQueue);
}

void append(const Queue& r, std::vector<std::byte>& out)
{
    const std::size_t n = std::min(r.qtys.size(), kMaxQueue);
    const std::size_t at = startRecord(out, RecordType::Queue, r.flags, encodedSize(r));
    put(out, at + 4, r.code);
    put(out, at + 8, r.price);
    out[at + 12] = static_cast<std::byte>(r.side);
    out[at + 13] = static_cast<std::byte>(n);
    for (std::size_t i = 0; i < n; ++i)
        put(out, at + kQueueFixedSize + 4 * i, r.qtys[i]);
}

void append(const Index& r, std::vector<std::byte>& out)
{
    const std::size_t at = startRecord(out, RecordType::Index, r.flags, kIndexSize);
    put(out, at + 4, r.code);
    put(out, at + 8, r.timeMs);
    put(out, at + 16, r.prevClose);
    put(out, at + 24, r.last);
    put(out, at + 32, r.open);
    put(out, at + 40, r.high);
    put(out, at + 48, r.low);
    put(out, at + 56, r.volume);
    put(out, at + 64, r.value);
}

PacketBuilder::PacketBuilder(std::uint16_t channel, std::uint32_t tradingDate, std::size_t maxPacket)
    : channel_(channel), tradingDate_(tradingDate),
      maxPacket_(std::clamp<std::size_t>(maxPacket, kHeaderSize + 1024, 65507))
{
    bytes_.reserve(maxPacket_);
}

void PacketBuilder::begin(std::uint64_t firstSeq, std::uint64_t hwTimestampNs, std::uint8_t flags)
{
    bytes_.assign(kHeaderSize, std::byte{0});
    header_ = {};
    header_.flags = flags;
    header_.channel = channel_;
    header_.firstSeq = firstSeq;
    header_.hwTimestampNs = hwTimestampNs;
    header_.tradingDate = tradingDate_;
    count_ = 0;
}

Bytes PacketBuilder::finish()
{
    header_.count = count_;
    header_.payloadLength = static_cast<std::uint16_t>(bytes_.size() - kHeaderSize);
    std::vector<std::byte> head;
    appendHeader(header_, head);
    std::copy(head.begin(), head.end(), bytes_.begin());
    return bytes_;
}

std::vector<std::byte> PacketBuilder::heartbeat(std::uint16_t channel, std::uint32_t tradingDate,
                                                std::uint64_t nextSeq, std::uint64_t hwTimestampNs,
                                                std::uint8_t extraFlags)
{
    PacketHeader h;
    h.flags = static_cast<std::uint8_t>(kHeartbeat | extraFlags);
    h.channel = channel;
    h.firstSeq = nextSeq;
    h.hwTimestampNs = hwTimestampNs;
    h.tradingDate = tradingDate;
    std::vector<std::byte> out;
    appendHeader(h, out);
    return out;
}

std::optional<std::uint32_t> codeFromSecurityId(std::string_view id)
{
    while (!id.empty() && (id.back() == ' ' || id.back() == '\0'))
        id.remove_suffix(1);
    if (id.empty() || id.size() > 6)
        return std::nullopt;
    std::uint32_t code = 0;
    for (char c : id) {
        if (c < '0' || c > '9')
            return std::nullopt;
        code = code * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return code;
}

std::string securityIdFromCode(std::uint32_t code)
{
    std::string s(6, '0');
    for (int i = 5; i >= 0 && code > 0; --i, code /= 10)
        s[static_cast<std::size_t>(i)] = static_cast<char>('0' + code % 10);
    return s;
}

std::array<std::byte, kRequestSize> encodeRequest(const RecoveryRequest& r)
{
    std::array<std::byte, kRequestSize> b{};
    storeLe<std::uint16_t>(b.data(), kRequestMagic);
    storeLe<std::uint16_t>(b.data() + 2, r.channel);
    storeLe<std::uint64_t>(b.data() + 4, r.fromSeq);
    storeLe<std::uint32_t>(b.data() + 12, r.count);
    return b;
}

std::optional<RecoveryRequest> parseRequest(Bytes b)
{
    if (b.size() < kRequestSize || get<std::uint16_t>(b, 0) != kRequestMagic)
        return std::nullopt;
    RecoveryRequest r{get<std::uint16_t>(b, 2), get<std::uint64_t>(b, 4), get<std::uint32_t>(b, 12)};
    if (r.count == 0 || r.count > kMaxRequestCount)
        return std::nullopt;
    return r;
}

namespace {

// Back to the exchange's raw units for JSON; a hostile count saturates rather than overflows.
std::int64_t qtyRaw(std::uint64_t shares)
{
    constexpr std::uint64_t limit =
        static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max() / 100);
    return shares > limit ? std::numeric_limits<std::int64_t>::max()
                          : static_cast<std::int64_t>(shares) * 100;
}

void levelsJson(JsonArray& entries, char type, const std::array<Level, kLevels>& levels)
{
    const char t[2] = {type, 0};
    for (std::size_t i = 0; i < kLevels && levels[i].price != 0; ++i) {
        auto e = entries.object();
        e.str("MDEntryType", std::string_view(t, 1));
        e.num("MDEntryPx", std::int64_t{levels[i].price} * 100);
        e.num("MDEntrySize", qtyRaw(levels[i].qty));
        e.num("MDPriceLevel", i + 1);
        e.num("NumberOfOrders", levels[i].orders);
    }
}

} // namespace

void appendHeaderJson(const PacketHeader& h, std::string& out)
{
    JsonObject o(out);
    o.str("Record", "Packet");
    o.num("Version", h.version);
    o.num("Flags", h.flags);
    o.num("ChannelNo", h.channel);
    o.num("Count", h.count);
    o.num("FirstSeq", h.firstSeq);
    o.num("HwTimestampNs", h.hwTimestampNs);
    o.num("TradingDate", h.tradingDate);
}

void appendJson(const PacketHeader& h, std::uint64_t seq, const RecordView& rec, std::string& out)
{
    JsonObject o(out);
    auto stamp = [&h](std::uint32_t ms) { return localTimeStamp(h.tradingDate, ms); };
    switch (rec.type) {
    case RecordType::Order: {
        const Order r = decodeOrder(rec.bytes);
        o.num("MsgType", 300192);
        o.num("ChannelNo", h.channel);
        o.num("FeedSeq", seq);
        o.num("ApplSeqNum", r.applSeqNum);
        o.str("SecurityID", securityIdFromCode(r.code));
        o.num("Price", r.price);
        o.num("OrderQty", qtyRaw(r.qty));
        o.str("Side", std::string_view(&r.side, 1));
        o.num("TransactTime", stamp(r.timeMs));
        o.str("OrdType", std::string_view(&r.ordType, 1));
        break;
    }
    case RecordType::Trade: {
        const Trade r = decodeTrade(rec.bytes);
        o.num("MsgType", 300191);
        o.num("ChannelNo", h.channel);
        o.num("FeedSeq", seq);
        o.num("ApplSeqNum", r.applSeqNum);
        o.num("BidApplSeqNum", r.bidApplSeqNum);
        o.num("OfferApplSeqNum", r.offerApplSeqNum);
        o.str("SecurityID", securityIdFromCode(r.code));
        o.num("LastPx", r.price);
        o.num("LastQty", qtyRaw(r.qty));
        o.str("ExecType", std::string_view(&r.execType, 1));
        o.num("TransactTime", stamp(r.timeMs));
        break;
    }
    case RecordType::Snapshot: {
        const Snapshot r = decodeSnapshot(rec.bytes);
        o.num("MsgType", 300111);
        o.num("ChannelNo", h.channel);
        o.num("FeedSeq", seq);
        o.num("OrigTime", stamp(r.timeMs));
        o.str("SecurityID", securityIdFromCode(r.code));
        o.str("TradingPhaseCode", std::string_view(r.phase.data(), 2));
        o.num("PrevClosePx", r.prevClose);
        o.num("NumTrades", r.numTrades);
        o.num("TotalVolumeTrade", qtyRaw(r.volume));
        o.num("TotalValueTrade", r.value);
        auto entries = o.array("MDEntries");
        const std::pair<const char*, std::int32_t> prices[] = {{"2", r.last},        {"4", r.open},
                                                               {"7", r.high},        {"8", r.low},
                                                               {"xe", r.upperLimit}, {"xf", r.lowerLimit}};
        for (const auto& [type, px] : prices) {
            if (px == 0)
                continue;
            auto e = entries.object();
            e.str("MDEntryType", type);
            e.num("MDEntryPx", std::int64_t{px} * 100);
        }
        levelsJson(entries, '0', r.bids);
        levelsJson(entries, '1', r.asks);
        break;
    }
    case RecordType::Queue: {
        const Queue r = decodeQueue(rec.bytes);
        o.str("Record", "Queue");
        o.num("ChannelNo", h.channel);
        o.num("FeedSeq", seq);
        o.str("SecurityID", securityIdFromCode(r.code));
        o.str("Side", std::string_view(&r.side, 1));
        o.num("MDEntryPx", std::int64_t{r.price} * 100);
        auto orders = o.array("Orders");
        for (auto q : r.qtys)
            orders.num(qtyRaw(q));
        break;
    }
    case RecordType::Index: {
        const Index r = decodeIndex(rec.bytes);
        o.num("MsgType", 309011);
        o.num("ChannelNo", h.channel);
        o.num("FeedSeq", seq);
        o.num("OrigTime", stamp(r.timeMs));
        o.str("SecurityID", securityIdFromCode(r.code));
        o.num("PrevClosePx", r.prevClose / 100); // the header's Price(4); the entries keep (6)
        o.num("TotalVolumeTrade", qtyRaw(r.volume));
        o.num("TotalValueTrade", r.value);
        auto entries = o.array("MDEntries");
        const std::pair<const char*, std::int64_t> values[] = {
            {"3", r.last}, {"xa", r.prevClose}, {"xb", r.open}, {"xc", r.high}, {"xd", r.low}};
        for (const auto& [type, px] : values) {
            auto e = entries.object();
            e.str("MDEntryType", type);
            e.num("MDEntryPx", px);
        }
        break;
    }
    default:
        o.str("Record", "Unknown");
        o.num("Type", static_cast<unsigned>(rec.type));
        o.num("FeedSeq", seq);
        break;
    }
}

} // namespace ws::md::appliance
