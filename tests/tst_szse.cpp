// SZSE Binary codec: known-answer vectors written out by hand from the specification's layouts
// (and the snapshot bytes printed in src-000 §2.5), encode/decode round trips for every message
// type, and the streaming framer on split reads and corrupt input.

#include "md/Json.h"
#include "md/szse/FrameStream.h"
#include "md/szse/SzseBinary.h"

#include "TestUtil.h"

#include <QTest>

#include <random>
#include <string>
#include <vector>

using namespace ws::md;
using namespace ws::md::szse;

namespace {

std::vector<std::byte> ascii(std::string_view s)
{
    std::vector<std::byte> out;
    for (char c : s)
        out.push_back(static_cast<std::byte>(c));
    return out;
}

void append(std::vector<std::byte>& out, const std::vector<std::byte>& more)
{
    out.insert(out.end(), more.begin(), more.end());
}

// Collects what a FrameStream reports.
struct Collector
{
    std::vector<std::uint32_t> types;
    std::vector<std::vector<std::byte>> bodies;
    std::vector<std::pair<FrameError, std::uint64_t>> errors;
    void onFrame(const Frame& f)
    {
        types.push_back(f.msgType);
        bodies.emplace_back(f.body.begin(), f.body.end());
    }
    void onError(FrameError e, std::uint64_t offset) { errors.emplace_back(e, offset); }
};

Order sampleOrder(std::int64_t seq)
{
    Order o;
    o.channelNo = 2011;
    o.applSeqNum = seq;
    o.mdStreamId = "011";
    o.securityId = "000001";
    o.price = 123'400; // 12.34
    o.orderQty = 100 * kQtyScale;
    o.side = '1';
    o.transactTime = 20240614093000120;
    o.ordType = '2';
    return o;
}

Snapshot sampleSnapshot()
{
    Snapshot s;
    s.header = {20240614093003000, 1012,         "010", "002321", "102", "T0", 68'000, 1532,
                1'234'500,         8'392'100'000};
    s.entries.push_back({"0", 6'810'000, 50'000, 1, 12, {10'000, 20'000, 5'000}});
    s.entries.push_back({"0", 6'800'000, 90'000, 2, 7, {}});
    s.entries.push_back({"1", 6'820'000, 30'000, 1, 3, {10'000, 10'000, 10'000}});
    s.entries.push_back({"2", 6'810'000, 0, 0, 0, {}});
    s.entries.push_back({"4", 6'790'000, 0, 0, 0, {}});
    s.entries.push_back({"7", 6'830'000, 0, 0, 0, {}});
    s.entries.push_back({"8", 6'780'000, 0, 0, 0, {}});
    s.entries.push_back({"xe", 7'480'000, 0, 0, 0, {}});
    return s;
}

std::vector<std::byte> everyTypeStream()
{
    std::vector<std::byte> out;
    encode(Logon{"WSCLIENT", "MDGW", 20, "secret", "1.02"}, out);
    encodeHeartbeat(out);
    encode(ChannelHeartbeat{2011, 987654, 0}, out);
    encode(sampleSnapshot(), out);
    encode(IndexSnapshot{{20240614093003000, 1011, "900", "399001", "102", "T0", 98'765'432'100, 0, 0, 0},
                         {{"3", 9'876'543'210'000}, {"xa", 9'800'000'000'000}}},
           out);
    encode(sampleOrder(1), out);
    encode(Trade{2011, 2, "011", 1, 0, "000001", "102", 0, 100 * kQtyScale, '4', 20240614093000500}, out);
    encode(Logout{101, "bye"}, out);
    return out;
}

} // namespace

class TestSzse : public QObject
{
    Q_OBJECT

private slots:
    // The 300111 frame printed in src-000 §2.5 (Guotai Junan's FPGA article): header and the first
    // fields of the body, as the article's hex dump gives them.
    void snapshotHeaderFromTheArticle()
    {
        const auto frameHeader = fromHex("00 04 94 4F 00 00 05 65");
        QCOMPARE(loadBe<std::uint32_t>(frameHeader.data()), 300111u);
        QCOMPARE(loadBe<std::uint32_t>(frameHeader.data() + 4), 1381u);

        std::vector<std::byte> body = fromHex("00 47 BB 56 A2 59 5A 78  03 F4");
        append(body, ascii("010"));
        append(body, ascii("002321  "));
        append(body, ascii("102 "));
        append(body, ascii("T0      "));
        append(body, fromHex("00 00 00 00 00 01 09 A0"));
        append(body, fromHex("00 00 00 00 00 00 00 05  00 00 00 00 00 00 27 10  00 00 00 00 00 01 86 A0"));
        append(body, fromHex("00 00 00 00")); // NoMDEntries = 0
        const auto v = SnapshotView::parse(body);
        QVERIFY(v);
        QCOMPARE(v->origTime(), 20190704111803000LL);
        QCOMPARE(v->channelNo(), std::uint16_t{1012});
        QCOMPARE(v->mdStreamId(), std::string_view("010"));
        QCOMPARE(v->securityId(), std::string_view("002321"));
        QCOMPARE(v->securityIdSource(), std::string_view("102"));
        QCOMPARE(v->tradingPhaseCode(), std::string_view("T0"));
        QCOMPARE(v->prevClosePx(), 68000LL); // 6.8000 yuan, Price N13(4)
        QCOMPARE(v->numTrades(), 5LL);
        QCOMPARE(v->totalVolumeTrade(), 10000LL);
        QCOMPARE(v->totalValueTrade(), 100000LL);
        QCOMPARE(v->noMdEntries(), 0u);
    }

    // A 300192 frame written byte by byte from the specification's field list; checksum summed
    // by hand (see the comment), independent of the encoder.
    void orderKnownAnswer()
    {
        std::vector<std::byte> frame = fromHex("00 04 94 A0  00 00 00 33"); // 300192, BodyLength 51
        append(frame, fromHex("07 DB"));                                    // ChannelNo 2011
        append(frame, fromHex("00 00 00 00 00 00 00 2A"));                  // ApplSeqNum 42
        append(frame, ascii("011"));                                        // MDStreamID
        append(frame, ascii("000001  "));                                   // SecurityID
        append(frame, ascii("102 "));                                       // SecurityIDSource
        append(frame, fromHex("00 00 00 00 00 01 E2 08"));                  // Price 123400 = 12.34
        append(frame, fromHex("00 00 00 00 00 00 27 10"));                  // OrderQty 10000 = 100 shares
        append(frame, ascii("1"));                                          // Side buy
        append(frame, fromHex("00 47 EE 1B 6E F2 A8 78"));                  // TransactTime
        append(frame, ascii("2"));                                          // OrdType limit
        // Sum of the 59 header and body bytes, mod 256.
        unsigned sum = 0;
        for (std::byte b : frame)
            sum += std::to_integer<unsigned>(b);
        std::vector<std::byte> trailer(4);
        storeBe<std::uint32_t>(trailer.data(), sum % 256);
        append(frame, trailer);
        QCOMPARE(frame.size(), std::size_t{8 + 51 + 4});

        Order expected = sampleOrder(42);
        expected.transactTime = loadBe<std::int64_t>(fromHex("00 47 EE 1B 6E F2 A8 78").data());
        std::vector<std::byte> encoded;
        encode(expected, encoded);
        QVERIFY(encoded == frame);

        Collector c;
        FrameStream stream;
        stream.push(frame, c);
        QCOMPARE(c.types.size(), std::size_t{1});
        const auto v = OrderView::parse(c.bodies[0]);
        QVERIFY(v);
        QVERIFY(toValue(*v) == expected);
        QCOMPARE(v->price(), 123400LL);
        QCOMPARE(v->side(), '1');
        QCOMPARE(v->ordType(), '2');
    }

    // 300191 written by hand: a cancel of order 1 (ExecType 4, only BidApplSeqNum set, LastPx 0).
    void tradeKnownAnswer()
    {
        std::vector<std::byte> body = fromHex("07 DB  00 00 00 00 00 00 00 02");
        append(body, ascii("011"));
        append(body, fromHex("00 00 00 00 00 00 00 01  00 00 00 00 00 00 00 00"));
        append(body, ascii("000001  102 "));
        append(body, fromHex("00 00 00 00 00 00 00 00  00 00 00 00 00 00 27 10"));
        append(body, ascii("4"));
        append(body, fromHex("00 47 EE 1B 6E F2 A8 78"));
        QCOMPARE(body.size(), TradeView::kBodySize);
        const auto v = TradeView::parse(body);
        QVERIFY(v);
        QCOMPARE(v->channelNo(), std::uint16_t{2011});
        QCOMPARE(v->applSeqNum(), 2LL);
        QCOMPARE(v->bidApplSeqNum(), 1LL);
        QCOMPARE(v->offerApplSeqNum(), 0LL);
        QCOMPARE(v->securityId(), std::string_view("000001"));
        QCOMPARE(v->lastPx(), 0LL);
        QCOMPARE(v->lastQty(), 10000LL);
        QCOMPARE(v->execType(), '4');
    }

    void checksumIsByteSumModulo256()
    {
        const auto bytes = fromHex("FF FF 01");
        QCOMPARE(checksum(bytes), (0xFFu + 0xFFu + 0x01u) % 256u);
        std::vector<std::byte> hb;
        encodeHeartbeat(hb);
        QVERIFY(hb == fromHex("00 00 00 03  00 00 00 00  00 00 00 03"));
        // The word-at-a-time sum against a byte loop: every length up to 3000, random bytes and
        // all 0xFF (the largest lane sums), at every alignment.
        std::mt19937_64 rng(11);
        std::vector<std::byte> buf(3100);
        for (int fill = 0; fill < 2; ++fill) {
            for (std::byte& b : buf)
                b = fill ? std::byte{0xFF} : static_cast<std::byte>(rng());
            for (std::size_t len = 0; len <= 3000; len += (len < 64 ? 1 : 37))
                for (std::size_t off = 0; off < 8; ++off) {
                    unsigned sum = 0;
                    for (std::size_t i = 0; i < len; ++i)
                        sum += std::to_integer<unsigned>(buf[off + i]);
                    QCOMPARE(checksum(Bytes(buf).subspan(off, len)), sum % 256u);
                }
        }
        std::vector<std::byte> big(70'000, std::byte{0xFF});
        QCOMPARE(checksum(big), (70'000u * 255u) % 256u);
    }

    void roundTripEveryType()
    {
        const auto bytes = everyTypeStream();
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        stream.finish(c);
        QVERIFY(c.errors.empty());
        const std::vector<std::uint32_t> want{1, 3, 390095, 300111, 309011, 300192, 300191, 2};
        QVERIFY(c.types == want);
        QVERIFY((toValue(*LogonView::parse(c.bodies[0])) == Logon{"WSCLIENT", "MDGW", 20, "secret", "1.02"}));
        QVERIFY(c.bodies[1].empty());
        QVERIFY((toValue(*ChannelHeartbeatView::parse(c.bodies[2])) == ChannelHeartbeat{2011, 987654, 0}));
        QVERIFY(toValue(*SnapshotView::parse(c.bodies[3])) == sampleSnapshot());
        const IndexSnapshot idx = toValue(*IndexSnapshotView::parse(c.bodies[4]));
        QCOMPARE(idx.header.securityId, std::string("399001"));
        QCOMPARE(idx.entries.size(), std::size_t{2});
        QCOMPARE(idx.entries[0].mdEntryPx, 9'876'543'210'000LL);
        QVERIFY(toValue(*OrderView::parse(c.bodies[5])) == sampleOrder(1));
        const Trade t = toValue(*TradeView::parse(c.bodies[6]));
        QCOMPARE(t.execType, '4');
        QCOMPARE(t.bidApplSeqNum, 1LL);
        QVERIFY((toValue(*LogoutView::parse(c.bodies[7])) == Logout{101, "bye"}));
    }

    void snapshotEntriesAndQueue()
    {
        std::vector<std::byte> bytes;
        encode(sampleSnapshot(), bytes);
        const Bytes body = Bytes(bytes).subspan(kHeaderSize, bytes.size() - kHeaderSize - kTrailerSize);
        const auto v = SnapshotView::parse(body);
        QVERIFY(v);
        QCOMPARE(v->noMdEntries(), 8u);
        auto it = v->begin();
        QCOMPARE((*it).mdEntryType(), std::string_view("0"));
        QCOMPARE((*it).noOrders(), 3u);
        QCOMPARE((*it).orderQty(1), 20000LL);
        int n = 0;
        for (MdEntryView e : *v) {
            (void)e;
            ++n;
        }
        QCOMPARE(n, 8);
        // NoOrders claiming more than the body holds is rejected, not read.
        std::vector<std::byte> bad(body.begin(), body.end());
        storeBe<std::uint32_t>(bad.data() + SnapshotHeaderView::kSize + 4 + 28, 1'000'000u);
        QVERIFY(!SnapshotView::parse(bad));
        storeBe<std::uint32_t>(bad.data() + SnapshotHeaderView::kSize, 0xFFFFFFFFu);
        QVERIFY(!SnapshotView::parse(bad));
    }

    // Every split point of the stream into two reads, and one byte per read.
    void framesStraddlingReads()
    {
        const auto bytes = everyTypeStream();
        for (std::size_t cut = 0; cut <= bytes.size(); ++cut) {
            Collector c;
            FrameStream stream;
            stream.push(Bytes(bytes).first(cut), c);
            stream.push(Bytes(bytes).subspan(cut), c);
            stream.finish(c);
            QVERIFY2(c.types.size() == 8 && c.errors.empty(), qPrintable(QString::number(cut)));
        }
        Collector c;
        FrameStream stream;
        for (std::byte b : bytes)
            stream.push(Bytes(&b, 1), c);
        QCOMPARE(c.types.size(), std::size_t{8});
        QCOMPARE(stream.stats().bytes, std::uint64_t{bytes.size()});
        QCOMPARE(stream.pendingBytes(), std::size_t{0});
    }

    void corruptChecksumCostsOneFrame()
    {
        std::vector<std::byte> bytes;
        for (int i = 1; i <= 5; ++i)
            encode(sampleOrder(i), bytes);
        const std::size_t frame = 8 + OrderView::kBodySize + 4;
        bytes[2 * frame - 1] ^= std::byte{0x5A}; // second frame's checksum
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        stream.finish(c);
        QCOMPARE(c.types.size(), std::size_t{4});
        QCOMPARE(c.errors.size(), std::size_t{1});
        QCOMPARE(c.errors[0].first, FrameError::BadChecksum);
        QCOMPARE(c.errors[0].second, std::uint64_t{frame});
        QCOMPARE(toValue(*OrderView::parse(c.bodies[1])).applSeqNum, 3LL);
        QCOMPARE(stream.stats().skippedBytes, std::uint64_t{frame});
    }

    void absurdLengthResynchronises()
    {
        std::vector<std::byte> bytes;
        encode(sampleOrder(1), bytes);
        append(bytes, fromHex("00 04 94 A0 7F FF FF FF 01 02 03")); // BodyLength 2^31-1
        encode(sampleOrder(2), bytes);
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        QCOMPARE(c.types.size(), std::size_t{2});
        QCOMPARE(c.errors.size(), std::size_t{1});
        QCOMPARE(c.errors[0].first, FrameError::BadLength);
        QVERIFY(stream.pendingBytes() == 0);
    }

    void unknownTypeSkippedWhole()
    {
        std::vector<std::byte> bytes;
        const auto payload = ascii("a future message type");
        encodeRaw(300611, payload, bytes);
        encode(sampleOrder(1), bytes);
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        QCOMPARE(c.types.size(), std::size_t{1});
        QCOMPARE(c.errors.size(), std::size_t{1});
        QCOMPARE(c.errors[0].first, FrameError::UnknownType);
        QCOMPARE(stream.stats().skippedBytes, std::uint64_t{0});
    }

    void badBodyWithGoodChecksum()
    {
        std::vector<std::byte> body(SnapshotHeaderView::kSize + 4, std::byte{' '});
        storeBe<std::uint32_t>(body.data() + SnapshotHeaderView::kSize, 3u); // 3 entries, none present
        std::vector<std::byte> bytes;
        encodeRaw(300111, body, bytes);
        encode(sampleOrder(1), bytes);
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        QCOMPARE(c.types, std::vector<std::uint32_t>{300192});
        QCOMPARE(c.errors.size(), std::size_t{1});
        QCOMPARE(c.errors[0].first, FrameError::BadBody);
    }

    void truncatedAtEnd()
    {
        std::vector<std::byte> bytes;
        encode(sampleOrder(1), bytes);
        encode(sampleOrder(2), bytes);
        bytes.resize(bytes.size() - 10);
        Collector c;
        FrameStream stream;
        stream.push(bytes, c);
        stream.finish(c);
        QCOMPARE(c.types.size(), std::size_t{1});
        QCOMPARE(c.errors.size(), std::size_t{1});
        QCOMPARE(c.errors[0].first, FrameError::Truncated);
        QCOMPARE(stream.stats().bytes, std::uint64_t{bytes.size()});
    }

    // Random bytes spliced between valid frames: never a crash, never a frame the encoder did not
    // write, and every valid frame comes through.
    void garbageBetweenFrames()
    {
        std::mt19937_64 rng(7);
        for (int round = 0; round < 200; ++round) {
            std::vector<std::byte> bytes;
            int written = 0;
            for (int i = 0; i < 20; ++i) {
                encode(sampleOrder(i + 1), bytes);
                ++written;
                const int junk = static_cast<int>(rng() % 40);
                for (int j = 0; j < junk; ++j)
                    bytes.push_back(static_cast<std::byte>(rng()));
            }
            Collector c;
            FrameStream stream;
            std::size_t pos = 0;
            while (pos < bytes.size()) {
                const std::size_t n = std::min<std::size_t>(1 + rng() % 97, bytes.size() - pos);
                stream.push(Bytes(bytes).subspan(pos, n), c);
                pos += n;
            }
            stream.finish(c);
            for (const auto& body : c.bodies) {
                const auto v = OrderView::parse(body);
                QVERIFY(v);
                QVERIFY(toValue(*v) == sampleOrder(v->applSeqNum()));
            }
            QCOMPARE(c.types.size(), static_cast<std::size_t>(written));
        }
    }

    void jsonUsesSpecificationNames()
    {
        std::vector<std::byte> bytes;
        encode(sampleOrder(42), bytes);
        const Frame f{300192, Bytes(bytes).subspan(8, OrderView::kBodySize)};
        std::string json;
        appendJson(f, json);
        QCOMPARE(
            QString::fromStdString(json),
            QStringLiteral("{\"MsgType\":300192,\"BodyLength\":51,\"ChannelNo\":2011,\"ApplSeqNum\":42,"
                           "\"MDStreamID\":\"011\",\"SecurityID\":\"000001\",\"SecurityIDSource\":\"102\","
                           "\"Price\":123400,\"OrderQty\":10000,\"Side\":\"1\",\"TransactTime\":"
                           "20240614093000120,\"OrdType\":\"2\"}"));
        std::string escaped;
        appendJsonString(escaped, std::string_view("a\"\x01\xff", 4));
        QCOMPARE(QString::fromStdString(escaped), QStringLiteral("\"a\\\"\\u0001\\u00ff\""));
    }
};

QTEST_APPLESS_MAIN(TestSzse)
#include "tst_szse.moc"
