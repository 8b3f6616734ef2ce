#include "md/szse/SzseBinary.h"

#include "md/Json.h"

#include <algorithm>
#include <cstring>

namespace ws::md::szse {

bool isKnownMsgType(std::uint32_t type)
{
    switch (static_cast<MsgType>(type)) {
    case MsgType::Logon:
    case MsgType::Logout:
    case MsgType::Heartbeat:
    case MsgType::ChannelHeartbeat:
    case MsgType::Snapshot:
    case MsgType::IndexSnapshot:
    case MsgType::Trade:
    case MsgType::Order:
        return true;
    }
    return false;
}

std::string_view msgTypeName(std::uint32_t type)
{
    switch (static_cast<MsgType>(type)) {
    case MsgType::Logon:
        return "Logon";
    case MsgType::Logout:
        return "Logout";
    case MsgType::Heartbeat:
        return "Heartbeat";
    case MsgType::ChannelHeartbeat:
        return "ChannelHeartbeat";
    case MsgType::Snapshot:
        return "Snapshot";
    case MsgType::IndexSnapshot:
        return "IndexSnapshot";
    case MsgType::Trade:
        return "Trade";
    case MsgType::Order:
        return "Order";
    }
    return "Unknown";
}

std::uint32_t checksum(Bytes bytes)
{
    // Eight bytes at a time: the even and odd bytes of each word add into 16-bit lanes. A lane
    // gains at most 2 x 255 per word, so 128 words fit before it could carry into its neighbour.
    constexpr std::uint64_t evenBytes = 0x00FF00FF00FF00FFull;
    const std::byte* p = bytes.data();
    std::size_t n = bytes.size();
    std::uint64_t total = 0;
    while (n >= 8) {
        const std::size_t words = std::min<std::size_t>(n / 8, 128);
        std::uint64_t lanes = 0;
        for (std::size_t i = 0; i < words; ++i, p += 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            lanes += (w & evenBytes) + ((w >> 8) & evenBytes);
        }
        n -= words * 8;
        total += (lanes & 0xFFFF) + ((lanes >> 16) & 0xFFFF) + ((lanes >> 32) & 0xFFFF) + (lanes >> 48);
    }
    for (; n > 0; --n, ++p)
        total += std::to_integer<std::uint32_t>(*p);
    return static_cast<std::uint32_t>(total & 0xFFu);
}

std::string_view trimmed(const std::byte* p, std::size_t width)
{
    const char* c = reinterpret_cast<const char*>(p);
    std::size_t n = width;
    while (n > 0 && (c[n - 1] == ' ' || c[n - 1] == '\0'))
        --n;
    return {c, n};
}

// --- parsing -------------------------------------------------------------------------------

namespace {

// Walks a 300111 body's MDEntry groups; true when they end exactly at the body's end.
bool snapshotGroupsFit(Bytes body)
{
    constexpr std::size_t first = SnapshotHeaderView::kSize + 4;
    if (body.size() < first)
        return false;
    const std::uint32_t n = loadBe<std::uint32_t>(body.data() + SnapshotHeaderView::kSize);
    if (n > (body.size() - first) / MdEntryView::kFixedSize)
        return false;
    std::size_t pos = first;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (body.size() - pos < MdEntryView::kFixedSize)
            return false;
        const std::uint32_t orders = MdEntryView(body.data() + pos).noOrders();
        const std::size_t rest = body.size() - pos - MdEntryView::kFixedSize;
        if (orders > rest / 8)
            return false;
        pos += MdEntryView::kFixedSize + 8 * std::size_t{orders};
    }
    return pos == body.size();
}

bool indexGroupsFit(Bytes body)
{
    constexpr std::size_t first = SnapshotHeaderView::kSize + 4;
    if (body.size() < first)
        return false;
    const std::uint32_t n = loadBe<std::uint32_t>(body.data() + SnapshotHeaderView::kSize);
    return (body.size() - first) % IndexEntryView::kSize == 0 &&
           (body.size() - first) / IndexEntryView::kSize == n;
}

} // namespace

std::optional<LogonView> LogonView::parse(Bytes body)
{
    return body.size() == kBodySize ? std::optional(LogonView(body)) : std::nullopt;
}
std::optional<LogoutView> LogoutView::parse(Bytes body)
{
    return body.size() == kBodySize ? std::optional(LogoutView(body)) : std::nullopt;
}
std::optional<ChannelHeartbeatView> ChannelHeartbeatView::parse(Bytes body)
{
    return body.size() == kBodySize ? std::optional(ChannelHeartbeatView(body)) : std::nullopt;
}
std::optional<SnapshotView> SnapshotView::parse(Bytes body)
{
    return snapshotGroupsFit(body) ? std::optional(SnapshotView(body)) : std::nullopt;
}
std::optional<IndexSnapshotView> IndexSnapshotView::parse(Bytes body)
{
    return indexGroupsFit(body) ? std::optional(IndexSnapshotView(body)) : std::nullopt;
}
std::optional<OrderView> OrderView::parse(Bytes body)
{
    return body.size() == kBodySize ? std::optional(OrderView(body)) : std::nullopt;
}
std::optional<TradeView> TradeView::parse(Bytes body)
{
    return body.size() == kBodySize ? std::optional(TradeView(body)) : std::nullopt;
}

bool bodyIsValid(std::uint32_t msgType, Bytes body)
{
    switch (static_cast<MsgType>(msgType)) {
    case MsgType::Logon:
        return body.size() == LogonView::kBodySize;
    case MsgType::Logout:
        return body.size() == LogoutView::kBodySize;
    case MsgType::Heartbeat:
        return body.empty();
    case MsgType::ChannelHeartbeat:
        return body.size() == ChannelHeartbeatView::kBodySize;
    case MsgType::Snapshot:
        return snapshotGroupsFit(body);
    case MsgType::IndexSnapshot:
        return indexGroupsFit(body);
    case MsgType::Trade:
        return body.size() == TradeView::kBodySize;
    case MsgType::Order:
        return body.size() == OrderView::kBodySize;
    }
    return true; // unknown types: the framing was valid, the body is not ours to judge
}

// --- encoding ------------------------------------------------------------------------------

namespace {

// Appends one frame to a vector: header first with a placeholder length, fields, then the
// length and the checksum once the body is complete.
class FrameWriter
{
public:
    FrameWriter(std::vector<std::byte>& out, MsgType type)
        : FrameWriter(out, static_cast<std::uint32_t>(type))
    {}
    FrameWriter(std::vector<std::byte>& out, std::uint32_t type) : out_(out), start_(out.size())
    {
        num<std::uint32_t>(type);
        num<std::uint32_t>(0);
    }
    ~FrameWriter()
    {
        const std::size_t bodyLength = out_.size() - start_ - kHeaderSize;
        storeBe<std::uint32_t>(out_.data() + start_ + 4, static_cast<std::uint32_t>(bodyLength));
        const std::uint32_t sum = checksum(Bytes(out_).subspan(start_));
        num<std::uint32_t>(sum);
    }
    FrameWriter(const FrameWriter&) = delete;
    FrameWriter& operator=(const FrameWriter&) = delete;

    template <class T> void num(T v)
    {
        const std::size_t at = out_.size();
        out_.resize(at + sizeof(T));
        storeBe<T>(out_.data() + at, v);
    }
    // A char[width] field: left-aligned, space padded (the specification's convention), cut to
    // width if longer.
    void chars(std::string_view s, std::size_t width)
    {
        const std::size_t at = out_.size();
        out_.resize(at + width, std::byte{' '});
        std::copy_n(reinterpret_cast<const std::byte*>(s.data()), std::min(s.size(), width),
                    out_.data() + at);
    }
    void ch(char c) { out_.push_back(static_cast<std::byte>(c)); }
    void raw(Bytes b) { out_.insert(out_.end(), b.begin(), b.end()); }

private:
    std::vector<std::byte>& out_;
    std::size_t start_;
};

void writeHeader(FrameWriter& w, const SnapshotHeader& h)
{
    w.num<std::int64_t>(h.origTime);
    w.num<std::uint16_t>(h.channelNo);
    w.chars(h.mdStreamId, 3);
    w.chars(h.securityId, 8);
    w.chars(h.securityIdSource, 4);
    w.chars(h.tradingPhaseCode, 8);
    w.num<std::int64_t>(h.prevClosePx);
    w.num<std::int64_t>(h.numTrades);
    w.num<std::int64_t>(h.totalVolumeTrade);
    w.num<std::int64_t>(h.totalValueTrade);
}

SnapshotHeader headerOf(const SnapshotHeaderView& v)
{
    return {v.origTime(),
            v.channelNo(),
            std::string(v.mdStreamId()),
            std::string(v.securityId()),
            std::string(v.securityIdSource()),
            std::string(v.tradingPhaseCode()),
            v.prevClosePx(),
            v.numTrades(),
            v.totalVolumeTrade(),
            v.totalValueTrade()};
}

} // namespace

void encode(const Logon& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Logon);
    w.chars(m.senderCompId, 20);
    w.chars(m.targetCompId, 20);
    w.num<std::int32_t>(m.heartBtInt);
    w.chars(m.password, 16);
    w.chars(m.defaultApplVerId, 32);
}

void encode(const Logout& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Logout);
    w.num<std::int32_t>(m.sessionStatus);
    w.chars(m.text, 200);
}

void encodeHeartbeat(std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Heartbeat);
}

void encode(const ChannelHeartbeat& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::ChannelHeartbeat);
    w.num<std::uint16_t>(m.channelNo);
    w.num<std::int64_t>(m.applLastSeqNum);
    w.num<std::uint16_t>(m.endOfChannel);
}

void encode(const Snapshot& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Snapshot);
    writeHeader(w, m.header);
    w.num<std::uint32_t>(static_cast<std::uint32_t>(m.entries.size()));
    for (const MdEntry& e : m.entries) {
        w.chars(e.mdEntryType, 2);
        w.num<std::int64_t>(e.mdEntryPx);
        w.num<std::int64_t>(e.mdEntrySize);
        w.num<std::uint16_t>(e.mdPriceLevel);
        w.num<std::int64_t>(e.numberOfOrders);
        w.num<std::uint32_t>(static_cast<std::uint32_t>(e.orders.size()));
        for (std::int64_t q : e.orders)
            w.num<std::int64_t>(q);
    }
}

void encode(const IndexSnapshot& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::IndexSnapshot);
    writeHeader(w, m.header);
    w.num<std::uint32_t>(static_cast<std::uint32_t>(m.entries.size()));
    for (const IndexEntry& e : m.entries) {
        w.chars(e.mdEntryType, 2);
        w.num<std::int64_t>(e.mdEntryPx);
    }
}

void encode(const Order& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Order);
    w.num<std::uint16_t>(m.channelNo);
    w.num<std::int64_t>(m.applSeqNum);
    w.chars(m.mdStreamId, 3);
    w.chars(m.securityId, 8);
    w.chars(m.securityIdSource, 4);
    w.num<std::int64_t>(m.price);
    w.num<std::int64_t>(m.orderQty);
    w.ch(m.side);
    w.num<std::int64_t>(m.transactTime);
    w.ch(m.ordType);
}

void encode(const Trade& m, std::vector<std::byte>& out)
{
    FrameWriter w(out, MsgType::Trade);
    w.num<std::uint16_t>(m.channelNo);
    w.num<std::int64_t>(m.applSeqNum);
    w.chars(m.mdStreamId, 3);
    w.num<std::int64_t>(m.bidApplSeqNum);
    w.num<std::int64_t>(m.offerApplSeqNum);
    w.chars(m.securityId, 8);
    w.chars(m.securityIdSource, 4);
    w.num<std::int64_t>(m.lastPx);
    w.num<std::int64_t>(m.lastQty);
    w.ch(m.execType);
    w.num<std::int64_t>(m.transactTime);
}

void encodeRaw(std::uint32_t msgType, Bytes body, std::vector<std::byte>& out)
{
    FrameWriter w(out, msgType);
    w.raw(body);
}

// --- views to values -----------------------------------------------------------------------

Logon toValue(const LogonView& v)
{
    return {std::string(v.senderCompId()), std::string(v.targetCompId()), v.heartBtInt(),
            std::string(v.password()), std::string(v.defaultApplVerId())};
}

Logout toValue(const LogoutView& v)
{
    return {v.sessionStatus(), std::string(v.text())};
}

ChannelHeartbeat toValue(const ChannelHeartbeatView& v)
{
    return {v.channelNo(), v.applLastSeqNum(), v.endOfChannel()};
}

Snapshot toValue(const SnapshotView& v)
{
    Snapshot s{headerOf(v), {}};
    for (MdEntryView e : v) {
        MdEntry entry{std::string(e.mdEntryType()),
                      e.mdEntryPx(),
                      e.mdEntrySize(),
                      e.mdPriceLevel(),
                      e.numberOfOrders(),
                      {}};
        for (std::uint32_t i = 0; i < e.noOrders(); ++i)
            entry.orders.push_back(e.orderQty(i));
        s.entries.push_back(std::move(entry));
    }
    return s;
}

IndexSnapshot toValue(const IndexSnapshotView& v)
{
    IndexSnapshot s{headerOf(v), {}};
    for (std::uint32_t i = 0; i < v.noMdEntries(); ++i)
        s.entries.push_back({std::string(v.entry(i).mdEntryType()), v.entry(i).mdEntryPx()});
    return s;
}

Order toValue(const OrderView& v)
{
    return {v.channelNo(),
            v.applSeqNum(),
            std::string(v.mdStreamId()),
            std::string(v.securityId()),
            std::string(v.securityIdSource()),
            v.price(),
            v.orderQty(),
            v.side(),
            v.transactTime(),
            v.ordType()};
}

Trade toValue(const TradeView& v)
{
    return {v.channelNo(),
            v.applSeqNum(),
            std::string(v.mdStreamId()),
            v.bidApplSeqNum(),
            v.offerApplSeqNum(),
            std::string(v.securityId()),
            std::string(v.securityIdSource()),
            v.lastPx(),
            v.lastQty(),
            v.execType(),
            v.transactTime()};
}

// --- JSON ----------------------------------------------------------------------------------

namespace {

void headerJson(JsonObject& o, const SnapshotHeaderView& v)
{
    o.num("OrigTime", v.origTime());
    o.num("ChannelNo", v.channelNo());
    o.str("MDStreamID", v.mdStreamId());
    o.str("SecurityID", v.securityId());
    o.str("SecurityIDSource", v.securityIdSource());
    o.str("TradingPhaseCode", v.tradingPhaseCode());
    o.num("PrevClosePx", v.prevClosePx());
    o.num("NumTrades", v.numTrades());
    o.num("TotalVolumeTrade", v.totalVolumeTrade());
    o.num("TotalValueTrade", v.totalValueTrade());
}

std::string_view oneChar(const char& c)
{
    return (c == ' ' || c == '\0') ? std::string_view() : std::string_view(&c, 1);
}

} // namespace

void appendJson(const Frame& frame, std::string& out)
{
    JsonObject o(out);
    o.num("MsgType", frame.msgType);
    o.num("BodyLength", frame.body.size());
    switch (static_cast<MsgType>(frame.msgType)) {
    case MsgType::Logon: {
        const auto v = *LogonView::parse(frame.body);
        o.str("SenderCompID", v.senderCompId());
        o.str("TargetCompID", v.targetCompId());
        o.num("HeartBtInt", v.heartBtInt());
        o.str("Password", v.password());
        o.str("DefaultApplVerID", v.defaultApplVerId());
        break;
    }
    case MsgType::Logout: {
        const auto v = *LogoutView::parse(frame.body);
        o.num("SessionStatus", v.sessionStatus());
        o.str("Text", v.text());
        break;
    }
    case MsgType::Heartbeat:
        break;
    case MsgType::ChannelHeartbeat: {
        const auto v = *ChannelHeartbeatView::parse(frame.body);
        o.num("ChannelNo", v.channelNo());
        o.num("ApplLastSeqNum", v.applLastSeqNum());
        o.num("EndOfChannel", v.endOfChannel());
        break;
    }
    case MsgType::Snapshot: {
        const auto v = *SnapshotView::parse(frame.body);
        headerJson(o, v);
        o.num("NoMDEntries", v.noMdEntries());
        JsonArray entries = o.array("MDEntries");
        for (MdEntryView e : v) {
            JsonObject eo = entries.object();
            eo.str("MDEntryType", e.mdEntryType());
            eo.num("MDEntryPx", e.mdEntryPx());
            eo.num("MDEntrySize", e.mdEntrySize());
            eo.num("MDPriceLevel", e.mdPriceLevel());
            eo.num("NumberOfOrders", e.numberOfOrders());
            eo.num("NoOrders", e.noOrders());
            JsonArray orders = eo.array("Orders");
            for (std::uint32_t i = 0; i < e.noOrders(); ++i)
                orders.num(e.orderQty(i));
        }
        break;
    }
    case MsgType::IndexSnapshot: {
        const auto v = *IndexSnapshotView::parse(frame.body);
        headerJson(o, v);
        o.num("NoMDEntries", v.noMdEntries());
        JsonArray entries = o.array("MDEntries");
        for (std::uint32_t i = 0; i < v.noMdEntries(); ++i) {
            JsonObject eo = entries.object();
            eo.str("MDEntryType", v.entry(i).mdEntryType());
            eo.num("MDEntryPx", v.entry(i).mdEntryPx());
        }
        break;
    }
    case MsgType::Order: {
        const auto v = *OrderView::parse(frame.body);
        o.num("ChannelNo", v.channelNo());
        o.num("ApplSeqNum", v.applSeqNum());
        o.str("MDStreamID", v.mdStreamId());
        o.str("SecurityID", v.securityId());
        o.str("SecurityIDSource", v.securityIdSource());
        o.num("Price", v.price());
        o.num("OrderQty", v.orderQty());
        const char side = v.side();
        o.str("Side", oneChar(side));
        o.num("TransactTime", v.transactTime());
        const char ordType = v.ordType();
        o.str("OrdType", oneChar(ordType));
        break;
    }
    case MsgType::Trade: {
        const auto v = *TradeView::parse(frame.body);
        o.num("ChannelNo", v.channelNo());
        o.num("ApplSeqNum", v.applSeqNum());
        o.str("MDStreamID", v.mdStreamId());
        o.num("BidApplSeqNum", v.bidApplSeqNum());
        o.num("OfferApplSeqNum", v.offerApplSeqNum());
        o.str("SecurityID", v.securityId());
        o.str("SecurityIDSource", v.securityIdSource());
        o.num("LastPx", v.lastPx());
        o.num("LastQty", v.lastQty());
        const char execType = v.execType();
        o.str("ExecType", oneChar(execType));
        o.num("TransactTime", v.transactTime());
        break;
    }
    }
}

} // namespace ws::md::szse
