#pragma once

// SZSE Binary market-data messages (the MDGW's TCP protocol), per the exchange's public "Binary
// market data interface specification". Every frame is
//   MsgType uInt32 | BodyLength uInt32 | Body | Checksum uInt32
// big-endian, Checksum = (sum of all header and body bytes) mod 256.
//
// Decoding is zero-copy: a *View wraps the body bytes where they lie in the receive buffer and
// reads a field only when asked. parse() checks the body's length (and for snapshots walks the
// repeating groups once against the body's end), so accessors never read out of bounds. The plain
// structs (Order, Trade, Snapshot, ...) are for encoding: the simulator and the tests build frames
// from them.
//
// Units are the specification's raw scaled integers: Price N13(4) (x 10^4), Qty N15(2) (x 10^2),
// Amt N18(4) (x 10^4), snapshot MDEntryPx N18(6) (x 10^6), LocalTimeStamp YYYYMMDDHHMMSSsss.

#include "md/ByteOrder.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ws::md::szse {

using Bytes = std::span<const std::byte>;

enum class MsgType : std::uint32_t {
    Logon = 1,
    Logout = 2,
    Heartbeat = 3,
    ChannelHeartbeat = 390095,
    Snapshot = 300111,      // cash auction snapshot with 10 levels and the best-price order queue
    IndexSnapshot = 309011, // index snapshot
    Trade = 300191,         // tick-by-tick trade or cancel (ExecType F / 4)
    Order = 300192,         // tick-by-tick order (cash auction)
};

inline constexpr std::size_t kHeaderSize = 8;
inline constexpr std::size_t kTrailerSize = 4;
// No body the specification defines comes near this; a longer BodyLength is corrupt framing and
// is never used to size a buffer.
inline constexpr std::uint32_t kMaxBodyLength = 64 * 1024;

// Scales of the specification's numeric types.
inline constexpr std::int64_t kPriceScale = 10'000;      // Price N13(4)
inline constexpr std::int64_t kQtyScale = 100;           // Qty N15(2)
inline constexpr std::int64_t kAmtScale = 10'000;        // Amt N18(4)
inline constexpr std::int64_t kEntryPxScale = 1'000'000; // MDEntryPx N18(6)

bool isKnownMsgType(std::uint32_t type);
std::string_view msgTypeName(std::uint32_t type);

// Sum of the bytes mod 256, as the frame trailer carries it.
std::uint32_t checksum(Bytes bytes);

// A fixed-width char field without its padding (trailing spaces and NULs).
std::string_view trimmed(const std::byte* p, std::size_t width);

// --- Views (decoding) ----------------------------------------------------------------------

namespace detail {
class BodyView
{
public:
    Bytes body() const { return body_; }

protected:
    // Only a view's parse() constructs it, after checking the body's length.
    explicit BodyView(Bytes body) : body_(body) {}
    template <class T> T num(std::size_t offset) const { return loadBe<T>(body_.data() + offset); }
    std::string_view chars(std::size_t offset, std::size_t width) const
    {
        return trimmed(body_.data() + offset, width);
    }
    char ch(std::size_t offset) const { return static_cast<char>(body_[offset]); }
    std::uint64_t rawWord(std::size_t offset) const
    {
        std::uint64_t w;
        std::memcpy(&w, body_.data() + offset, 8);
        return w;
    }

private:
    Bytes body_;
};
} // namespace detail

class LogonView : public detail::BodyView
{
public:
    static constexpr std::size_t kBodySize = 92;
    static std::optional<LogonView> parse(Bytes body);
    std::string_view senderCompId() const { return chars(0, 20); }
    std::string_view targetCompId() const { return chars(20, 20); }
    std::int32_t heartBtInt() const { return num<std::int32_t>(40); }
    std::string_view password() const { return chars(44, 16); }
    std::string_view defaultApplVerId() const { return chars(60, 32); }

private:
    using BodyView::BodyView;
};

class LogoutView : public detail::BodyView
{
public:
    static constexpr std::size_t kBodySize = 204;
    static std::optional<LogoutView> parse(Bytes body);
    std::int32_t sessionStatus() const { return num<std::int32_t>(0); }
    std::string_view text() const { return chars(4, 200); }

private:
    using BodyView::BodyView;
};

class ChannelHeartbeatView : public detail::BodyView
{
public:
    static constexpr std::size_t kBodySize = 12;
    static std::optional<ChannelHeartbeatView> parse(Bytes body);
    std::uint16_t channelNo() const { return num<std::uint16_t>(0); }
    std::int64_t applLastSeqNum() const { return num<std::int64_t>(2); }
    std::uint16_t endOfChannel() const { return num<std::uint16_t>(10); }

private:
    using BodyView::BodyView;
};

// The fields every snapshot (300111, 309011) starts with.
class SnapshotHeaderView : public detail::BodyView
{
public:
    static constexpr std::size_t kSize = 65;
    std::int64_t origTime() const { return num<std::int64_t>(0); }
    std::uint16_t channelNo() const { return num<std::uint16_t>(8); }
    std::string_view mdStreamId() const { return chars(10, 3); }
    std::string_view securityId() const { return chars(13, 8); }
    std::string_view securityIdSource() const { return chars(21, 4); }
    std::string_view tradingPhaseCode() const { return chars(25, 8); }
    std::int64_t prevClosePx() const { return num<std::int64_t>(33); }
    std::int64_t numTrades() const { return num<std::int64_t>(41); }
    std::int64_t totalVolumeTrade() const { return num<std::int64_t>(49); }
    std::int64_t totalValueTrade() const { return num<std::int64_t>(57); }

protected:
    using BodyView::BodyView;
};

// One MDEntry of a 300111 snapshot: a price level, or a last/open/high/low/limit/... entry.
class MdEntryView
{
public:
    static constexpr std::size_t kFixedSize = 32;
    explicit MdEntryView(const std::byte* p) : p_(p) {}
    std::string_view mdEntryType() const { return trimmed(p_, 2); }
    std::int64_t mdEntryPx() const { return loadBe<std::int64_t>(p_ + 2); }
    std::int64_t mdEntrySize() const { return loadBe<std::int64_t>(p_ + 10); }
    std::uint16_t mdPriceLevel() const { return loadBe<std::uint16_t>(p_ + 18); }
    std::int64_t numberOfOrders() const { return loadBe<std::int64_t>(p_ + 20); }
    std::uint32_t noOrders() const { return loadBe<std::uint32_t>(p_ + 28); }
    std::int64_t orderQty(std::uint32_t i) const { return loadBe<std::int64_t>(p_ + kFixedSize + 8 * i); }
    std::size_t size() const { return kFixedSize + 8 * std::size_t{noOrders()}; }

private:
    const std::byte* p_;
};

class SnapshotView : public SnapshotHeaderView
{
public:
    static std::optional<SnapshotView> parse(Bytes body);
    std::uint32_t noMdEntries() const { return num<std::uint32_t>(kSize); }

    class Iterator
    {
    public:
        explicit Iterator(const std::byte* p) : p_(p) {}
        MdEntryView operator*() const { return MdEntryView(p_); }
        Iterator& operator++()
        {
            p_ += MdEntryView(p_).size();
            return *this;
        }
        bool operator==(const Iterator&) const = default;

    private:
        const std::byte* p_;
    };
    // Valid because parse() walked the groups and they end exactly at the body's end.
    Iterator begin() const { return Iterator(body().data() + kSize + 4); }
    Iterator end() const { return Iterator(body().data() + body().size()); }

private:
    using SnapshotHeaderView::SnapshotHeaderView;
};

class IndexEntryView
{
public:
    static constexpr std::size_t kSize = 10;
    explicit IndexEntryView(const std::byte* p) : p_(p) {}
    std::string_view mdEntryType() const { return trimmed(p_, 2); }
    std::int64_t mdEntryPx() const { return loadBe<std::int64_t>(p_ + 2); }

private:
    const std::byte* p_;
};

class IndexSnapshotView : public SnapshotHeaderView
{
public:
    static std::optional<IndexSnapshotView> parse(Bytes body);
    std::uint32_t noMdEntries() const { return num<std::uint32_t>(kSize); }
    IndexEntryView entry(std::uint32_t i) const
    {
        return IndexEntryView(body().data() + kSize + 4 + IndexEntryView::kSize * i);
    }

private:
    using SnapshotHeaderView::SnapshotHeaderView;
};

// 300192: one tick-by-tick order. ApplSeqNum is also the order's id within its channel.
class OrderView : public detail::BodyView
{
public:
    static constexpr std::size_t kBodySize = 51;
    static std::optional<OrderView> parse(Bytes body);
    std::uint16_t channelNo() const { return num<std::uint16_t>(0); }
    std::int64_t applSeqNum() const { return num<std::int64_t>(2); }
    std::string_view mdStreamId() const { return chars(10, 3); }
    std::string_view securityId() const { return chars(13, 8); }
    // The 8 bytes of SecurityID as they are (padding included), for use as a key.
    std::uint64_t securityIdBytes() const { return rawWord(13); }
    std::string_view securityIdSource() const { return chars(21, 4); }
    std::int64_t price() const { return num<std::int64_t>(25); }
    std::int64_t orderQty() const { return num<std::int64_t>(33); }
    char side() const { return ch(41); }
    std::int64_t transactTime() const { return num<std::int64_t>(42); }
    char ordType() const { return ch(50); }

private:
    using BodyView::BodyView;
};

// 300191: one tick-by-tick trade (ExecType 'F', both order ids set) or cancel (ExecType '4',
// the cancelled order's id on its side, the other 0, LastPx 0).
class TradeView : public detail::BodyView
{
public:
    static constexpr std::size_t kBodySize = 66;
    static std::optional<TradeView> parse(Bytes body);
    std::uint16_t channelNo() const { return num<std::uint16_t>(0); }
    std::int64_t applSeqNum() const { return num<std::int64_t>(2); }
    std::string_view mdStreamId() const { return chars(10, 3); }
    std::int64_t bidApplSeqNum() const { return num<std::int64_t>(13); }
    std::int64_t offerApplSeqNum() const { return num<std::int64_t>(21); }
    std::string_view securityId() const { return chars(29, 8); }
    std::uint64_t securityIdBytes() const { return rawWord(29); }
    std::string_view securityIdSource() const { return chars(37, 4); }
    std::int64_t lastPx() const { return num<std::int64_t>(41); }
    std::int64_t lastQty() const { return num<std::int64_t>(49); }
    char execType() const { return ch(57); }
    std::int64_t transactTime() const { return num<std::int64_t>(58); }

private:
    using BodyView::BodyView;
};

// A complete frame whose checksum has been verified.
struct Frame
{
    std::uint32_t msgType = 0;
    Bytes body;
};

// --- Values (encoding) ---------------------------------------------------------------------

struct Logon
{
    std::string senderCompId;
    std::string targetCompId;
    std::int32_t heartBtInt = 0;
    std::string password;
    std::string defaultApplVerId;
    bool operator==(const Logon&) const = default;
};

struct Logout
{
    std::int32_t sessionStatus = 0;
    std::string text;
    bool operator==(const Logout&) const = default;
};

struct ChannelHeartbeat
{
    std::uint16_t channelNo = 0;
    std::int64_t applLastSeqNum = 0;
    std::uint16_t endOfChannel = 0;
    bool operator==(const ChannelHeartbeat&) const = default;
};

struct SnapshotHeader
{
    std::int64_t origTime = 0;
    std::uint16_t channelNo = 0;
    std::string mdStreamId;
    std::string securityId;
    std::string securityIdSource = "102";
    std::string tradingPhaseCode;
    std::int64_t prevClosePx = 0;
    std::int64_t numTrades = 0;
    std::int64_t totalVolumeTrade = 0;
    std::int64_t totalValueTrade = 0;
    bool operator==(const SnapshotHeader&) const = default;
};

struct MdEntry
{
    std::string mdEntryType;
    std::int64_t mdEntryPx = 0;
    std::int64_t mdEntrySize = 0;
    std::uint16_t mdPriceLevel = 0;
    std::int64_t numberOfOrders = 0;
    std::vector<std::int64_t> orders; // the order queue's quantities (best price only, up to 50)
    bool operator==(const MdEntry&) const = default;
};

struct Snapshot
{
    SnapshotHeader header;
    std::vector<MdEntry> entries;
    bool operator==(const Snapshot&) const = default;
};

struct IndexEntry
{
    std::string mdEntryType;
    std::int64_t mdEntryPx = 0;
    bool operator==(const IndexEntry&) const = default;
};

struct IndexSnapshot
{
    SnapshotHeader header;
    std::vector<IndexEntry> entries;
    bool operator==(const IndexSnapshot&) const = default;
};

struct Order
{
    std::uint16_t channelNo = 0;
    std::int64_t applSeqNum = 0;
    std::string mdStreamId = "011";
    std::string securityId;
    std::string securityIdSource = "102";
    std::int64_t price = 0;
    std::int64_t orderQty = 0;
    char side = '1';
    std::int64_t transactTime = 0;
    char ordType = '2';
    bool operator==(const Order&) const = default;
};

struct Trade
{
    std::uint16_t channelNo = 0;
    std::int64_t applSeqNum = 0;
    std::string mdStreamId = "011";
    std::int64_t bidApplSeqNum = 0;
    std::int64_t offerApplSeqNum = 0;
    std::string securityId;
    std::string securityIdSource = "102";
    std::int64_t lastPx = 0;
    std::int64_t lastQty = 0;
    char execType = 'F';
    std::int64_t transactTime = 0;
    bool operator==(const Trade&) const = default;
};

// Append one complete frame (header, body, checksum) to `out`.
void encode(const Logon& m, std::vector<std::byte>& out);
void encode(const Logout& m, std::vector<std::byte>& out);
void encodeHeartbeat(std::vector<std::byte>& out);
void encode(const ChannelHeartbeat& m, std::vector<std::byte>& out);
void encode(const Snapshot& m, std::vector<std::byte>& out);
void encode(const IndexSnapshot& m, std::vector<std::byte>& out);
void encode(const Order& m, std::vector<std::byte>& out);
void encode(const Trade& m, std::vector<std::byte>& out);
// Any message type with an arbitrary body (tests use it for unknown types).
void encodeRaw(std::uint32_t msgType, Bytes body, std::vector<std::byte>& out);

// Views back to values (tests, the simulator's replay, tools).
Logon toValue(const LogonView& v);
Logout toValue(const LogoutView& v);
ChannelHeartbeat toValue(const ChannelHeartbeatView& v);
Snapshot toValue(const SnapshotView& v);
IndexSnapshot toValue(const IndexSnapshotView& v);
Order toValue(const OrderView& v);
Trade toValue(const TradeView& v);

// Checks that a known message type's body has the layout the specification gives.
bool bodyIsValid(std::uint32_t msgType, Bytes body);

// One JSON object (no trailing newline) with the specification's field names, raw scaled
// integers and unpadded strings. Requires bodyIsValid(frame.msgType, frame.body) for known
// types; unknown types are written as {"MsgType":N,"BodyLength":N}.
void appendJson(const Frame& frame, std::string& out);

} // namespace ws::md::szse
