#pragma once

// The FPGA appliance's UDP feed (format version 1): what the appliance multicasts after it has
// decoded the exchange's SZSE Binary in hardware. docs/appliance-feed.md is the specification;
// this file is its codec.
//
// A packet is a 32-byte header and a run of records. Records have fixed-width fields narrowed
// from the exchange's (6-digit code as u32, ApplSeqNum as u32, prices as i32 ten-thousandths,
// quantities as whole shares, time as milliseconds of the day), which is how the source's
// appliance cut its output by 30-70%. Everything is little-endian: the appliance does not care
// and every subscriber is x86, so a subscriber decodes without byte swaps.
//
// Every record consumes one feed sequence number of its channel; a packet carries the first
// one, so gaps and duplicates are seen per packet. Heartbeat packets carry no records and the
// next sequence number, so a silent loss at the end of a burst is still noticed.

#include "md/ByteOrder.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ws::md::appliance {

using Bytes = std::span<const std::byte>;

inline constexpr std::uint16_t kMagic = 0x324C; // "L2" in the byte order on the wire
inline constexpr std::uint8_t kVersion = 1;
inline constexpr std::size_t kHeaderSize = 32;
inline constexpr std::size_t kMaxPacketSize = 1472; // fits one Ethernet frame over IPv4/UDP

enum PacketFlag : std::uint8_t {
    kHeartbeat = 1,      // no records; firstSeq is the next sequence number to be sent
    kRetransmission = 2, // sent by the recovery service, not the live feed
    kEndOfSession = 4,   // the channel ends for the day (no more sequence numbers)
    kRecoveryEnd = 8,    // recovery service: the answer to one request is complete
};

struct PacketHeader
{
    std::uint8_t version = kVersion;
    std::uint8_t flags = 0;
    std::uint16_t channel = 0;
    std::uint16_t count = 0; // records in the packet
    std::uint64_t firstSeq = 0;
    std::uint64_t hwTimestampNs = 0; // the appliance's clock, ns since the Unix epoch
    std::uint32_t tradingDate = 0;   // YYYYMMDD
    std::uint16_t payloadLength = 0; // bytes of records after the header
    bool operator==(const PacketHeader&) const = default;
};

enum class RecordType : std::uint8_t {
    Order = 'O',    // tick-by-tick order (SZSE 300192)
    Trade = 'T',    // tick-by-tick trade or cancel (SZSE 300191)
    Snapshot = 'S', // snapshot (SZSE 300111): 10 levels a side
    Queue = 'Q',    // the order queue at one side's best price (SZSE 300111 Orders)
    Index = 'I',    // index snapshot (SZSE 309011)
};

// Record sizes, prefix included. The prefix is type u8, flags u8, length u16, so a subscriber
// can step over a type it does not know.
inline constexpr std::size_t kRecordPrefix = 4;
inline constexpr std::size_t kOrderSize = 28;
inline constexpr std::size_t kTradeSize = 36;
inline constexpr std::size_t kSnapshotSize = 304;
inline constexpr std::size_t kQueueFixedSize = 16; // then count x u32
inline constexpr std::size_t kMaxQueue = 50;
inline constexpr std::size_t kIndexSize = 72;
inline constexpr std::size_t kLevels = 10;

// Record flags.
enum RecordFlag : std::uint8_t {
    kNarrowingLost = 1, // a value did not fit its narrowed field; the record carries a clamp
};

struct Order
{
    std::uint32_t code = 0; // SecurityID as a number (SZSE codes are six digits)
    std::uint32_t applSeqNum = 0;
    std::int32_t price = 0;   // Price(4): ten-thousandths of a yuan; 0 for market and best-own-side
    std::uint32_t qty = 0;    // whole shares
    std::uint32_t timeMs = 0; // TransactTime as milliseconds since midnight
    char side = '1';
    char ordType = '2';
    std::uint8_t flags = 0;
    bool operator==(const Order&) const = default;
};

struct Trade
{
    std::uint32_t code = 0;
    std::uint32_t applSeqNum = 0;
    std::uint32_t bidApplSeqNum = 0;
    std::uint32_t offerApplSeqNum = 0;
    std::int32_t price = 0; // 0 for a cancel
    std::uint32_t qty = 0;
    std::uint32_t timeMs = 0;
    char execType = 'F';
    std::uint8_t flags = 0;
    bool operator==(const Trade&) const = default;
};

struct Level
{
    std::int32_t price = 0;
    std::uint32_t qty = 0; // whole shares
    std::uint32_t orders = 0;
    bool operator==(const Level&) const = default;
};

struct Snapshot
{
    std::uint32_t code = 0;
    std::uint32_t timeMs = 0;
    std::array<char, 2> phase{'T', '0'}; // first two characters of TradingPhaseCode
    std::int32_t prevClose = 0;
    std::uint32_t numTrades = 0;
    std::uint64_t volume = 0; // whole shares
    std::uint64_t value = 0;  // Amt(4): ten-thousandths of a yuan
    std::int32_t last = 0, open = 0, high = 0, low = 0, upperLimit = 0, lowerLimit = 0; // Price(4)
    std::array<Level, kLevels> bids{}; // best first; price 0 marks an empty level
    std::array<Level, kLevels> asks{};
    std::uint8_t flags = 0;
    bool operator==(const Snapshot&) const = default;
};

struct Queue
{
    std::uint32_t code = 0;
    char side = '1'; // '1' bid, '2' ask
    std::int32_t price = 0;
    std::vector<std::uint32_t> qtys; // whole shares, time priority, at most kMaxQueue
    std::uint8_t flags = 0;
    bool operator==(const Queue&) const = default;
};

struct Index
{
    std::uint32_t code = 0;
    std::uint32_t timeMs = 0;
    std::int64_t prevClose = 0, last = 0, open = 0, high = 0, low = 0; // MDEntryPx(6) as sent
    std::uint64_t volume = 0;                                          // whole shares
    std::uint64_t value = 0;                                           // Amt(4)
    std::uint8_t flags = 0;
    bool operator==(const Index&) const = default;
};

// ---- decoding (zero-copy) ----

// A packet's header, checked: magic, version, payload length against the datagram. Records are
// then walked with RecordCursor.
std::optional<PacketHeader> parseHeader(Bytes datagram);

// One record as it lies in the packet.
struct RecordView
{
    RecordType type;
    std::uint8_t flags;
    Bytes bytes; // the whole record, prefix included
};

enum class PacketError : std::uint8_t {
    BadHeader,     // too short, wrong magic or version, payload length beyond the datagram
    BadRecord,     // a record's length is impossible for its type or runs past the payload
    CountMismatch, // the header's count differs from the records present
};
inline constexpr std::size_t kPacketErrorKinds = 3;
std::string_view packetErrorName(PacketError e);

// Walks the records of a packet. next() returns nullopt at the end or at the first malformed
// record (error() then says which); records of unknown types are returned for the caller to skip.
class RecordCursor
{
public:
    explicit RecordCursor(Bytes payload) : rest_(payload) {}
    std::optional<RecordView> next();
    bool failed() const { return failed_; }

private:
    Bytes rest_;
    bool failed_ = false;
};

// Field decoders for each record type. Require view.bytes to have the type's size (next() checks).
Order decodeOrder(Bytes record);
Trade decodeTrade(Bytes record);
Snapshot decodeSnapshot(Bytes record);
Queue decodeQueue(Bytes record);
Index decodeIndex(Bytes record);

// Quick checks on the hot path without building a value.
inline std::uint32_t recordCode(Bytes record)
{
    return loadLe<std::uint32_t>(record.data() + 4);
}

// ---- encoding (the simulator and the tests) ----

void appendHeader(const PacketHeader& h, std::vector<std::byte>& out);
void append(const Order& r, std::vector<std::byte>& out);
void append(const Trade& r, std::vector<std::byte>& out);
void append(const Snapshot& r, std::vector<std::byte>& out);
void append(const Queue& r, std::vector<std::byte>& out);
void append(const Index& r, std::vector<std::byte>& out);
std::size_t encodedSize(const Queue& r);

// Builds packets of one channel: records are added until the next would overflow the packet,
// then the packet is closed (header written with its count and payload length).
class PacketBuilder
{
public:
    PacketBuilder(std::uint16_t channel, std::uint32_t tradingDate, std::size_t maxPacket = kMaxPacketSize);

    // Start a packet whose first record will carry `firstSeq`.
    void begin(std::uint64_t firstSeq, std::uint64_t hwTimestampNs, std::uint8_t flags = 0);
    // True when a record of `size` bytes still fits.
    bool fits(std::size_t size) const { return bytes_.size() + size <= maxPacket_; }
    template <class Record> void add(const Record& r)
    {
        append(r, bytes_);
        ++count_;
    }
    std::uint16_t count() const { return count_; }
    // Finish the packet: its bytes stay valid until the next begin().
    Bytes finish();

    static std::vector<std::byte> heartbeat(std::uint16_t channel, std::uint32_t tradingDate,
                                            std::uint64_t nextSeq, std::uint64_t hwTimestampNs,
                                            std::uint8_t extraFlags = 0);

private:
    std::uint16_t channel_;
    std::uint32_t tradingDate_;
    std::size_t maxPacket_;
    std::vector<std::byte> bytes_;
    PacketHeader header_;
    std::uint16_t count_ = 0;
};

// ---- narrowing from the exchange's units ----

// "000001" -> 1; nullopt for anything but 1-6 digits (space padding allowed).
std::optional<std::uint32_t> codeFromSecurityId(std::string_view id);
std::string securityIdFromCode(std::uint32_t code); // 6 digits, zero padded

// ---- recovery service (TCP) ----
// Request: magic u16 "RQ", channel u16, fromSeq u64, count u32 (16 bytes, little-endian).
// Answer: packets as sent live (flag kRetransmission), each preceded by its length as u16, then
// one header-only packet with kRecoveryEnd whose firstSeq is the first sequence number NOT sent
// (equal to fromSeq + count when everything was still held).
inline constexpr std::uint16_t kRequestMagic = 0x5152; // "RQ"
inline constexpr std::size_t kRequestSize = 16;
inline constexpr std::uint32_t kMaxRequestCount = 1'000'000;

struct RecoveryRequest
{
    std::uint16_t channel = 0;
    std::uint64_t fromSeq = 0;
    std::uint32_t count = 0;
    bool operator==(const RecoveryRequest&) const = default;
};
std::array<std::byte, kRequestSize> encodeRequest(const RecoveryRequest& r);
std::optional<RecoveryRequest> parseRequest(Bytes bytes);

// JSON for `wsctl md decode --format appliance`: one object per record, with the
// specification's field names where a field has one (SecurityID, ApplSeqNum, Price, ...) in the
// exchange's raw scaled units, so the output compares with the SZSE Binary decoder's.
void appendJson(const PacketHeader& h, std::uint64_t seq, const RecordView& record, std::string& out);
void appendHeaderJson(const PacketHeader& h, std::string& out);

} // namespace ws::md::appliance
