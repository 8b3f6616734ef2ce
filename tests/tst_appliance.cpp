// The appliance feed (docs/appliance-feed.md): known-answer bytes written out by hand from the
// document's tables, round trips for every record type, narrowing from SZSE Binary values, and
// the channel sequencer (A/B arbitration, gaps, recovery, losses) against a brute-force model
// on random line faults.

#include "TestUtil.h"
#include "md/appliance/ApplianceFeed.h"
#include "md/appliance/Narrowing.h"
#include "md/appliance/Sequencer.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <set>

using namespace ws::md;
using namespace ws::md::appliance;

namespace {

// What a sequencer delivered: sequence numbers in order, and the ranges it gave up on.
struct Sink
{
    std::vector<std::uint64_t> seqs;
    std::vector<LostRange> lostRanges;
    void deliver(const PacketHeader& h, Bytes packet, std::uint16_t skip)
    {
        RecordCursor cur(packet.subspan(kHeaderSize, h.payloadLength));
        std::uint64_t seq = h.firstSeq;
        std::uint16_t i = 0;
        while (auto r = cur.next()) {
            if (i++ >= skip) {
                QCOMPARE(decodeOrder(r->bytes).applSeqNum, seq); // the test puts seq in each record
                seqs.push_back(seq);
            }
            ++seq;
        }
    }
    void lost(LostRange r) { lostRanges.push_back(r); }
};

// A packet of `count` order records carrying their own sequence numbers.
std::vector<std::byte> packet(std::uint16_t channel, std::uint64_t first, std::uint16_t count,
                              std::uint8_t flags = 0)
{
    PacketBuilder b(channel, 20261130);
    b.begin(first, 1'000'000'000ull * 1'790'000'000ull + first, flags);
    for (std::uint16_t i = 0; i < count; ++i) {
        Order o;
        o.code = 1;
        o.applSeqNum = static_cast<std::uint32_t>(first + i);
        o.price = 100'000;
        o.qty = 100;
        o.timeMs = 34'200'000;
        b.add(o);
    }
    const auto bytes = b.finish();
    return {bytes.begin(), bytes.end()};
}

PacketHeader header(const std::vector<std::byte>& p)
{
    const auto h = parseHeader(p);
    if (!h)
        qFatal("test built a bad packet");
    return *h;
}

} // namespace

class TestAppliance : public QObject
{
    Q_OBJECT

private slots:
    void headerKnownAnswer()
    {
        PacketHeader h;
        h.flags = kRetransmission;
        h.channel = 2011;
        h.count = 2;
        h.firstSeq = 0x0102030405060708ull;
        h.hwTimestampNs = 0x1122334455667788ull;
        h.tradingDate = 20261130;
        h.payloadLength = 56;
        std::vector<std::byte> out;
        appendHeader(h, out);
        // magic "L2", version 1, flags 2, channel 2011 = 0x07db, count 2, then the u64s and the
        // date 20261130 = 0x0135290a, payload 56 = 0x38, reserved 0 - all little-endian.
        const auto expect =
            fromHex("4c32 01 02 db07 0200 0807060504030201 8877665544332211 0a293501 3800 0000");
        QCOMPARE(out, expect);
        auto withPayload = out;
        withPayload.resize(out.size() + 56);
        QCOMPARE(parseHeader(withPayload), std::optional(h));
        QVERIFY(!parseHeader(out)); // payload length runs past the datagram
        auto badMagic = withPayload;
        badMagic[0] = std::byte{0};
        QVERIFY(!parseHeader(badMagic));
        auto badVersion = withPayload;
        badVersion[2] = std::byte{2};
        QVERIFY(!parseHeader(badVersion));
    }

    void orderAndTradeKnownAnswer()
    {
        Order o{1, 0x11223344, 123'400, 500, 34'200'123, '2', '2', 0};
        std::vector<std::byte> out;
        append(o, out);
        const auto orderBytes = fromHex("4f 00 1c00 01000000 44332211 08e20100 f4010000 3bda0902 32 32 0000");
        QCOMPARE(out, orderBytes);
        QCOMPARE(decodeOrder(out), o);

        Trade t{300750, 7, 5, 6, 987'600, 1200, 53'999'999, 'F', 0};
        out.clear();
        append(t, out);
        // code 300750 = 0x496ce, price 987600 = 0x0f11d0, qty 1200 = 0x4b0, 14:59:59.999 = 53999999 =
        // 0x337f97f
        const auto tradeBytes =
            fromHex("54 00 2400 ce960400 07000000 05000000 06000000 d0110f00 b0040000 7ff93703 46 000000");
        QCOMPARE(out, tradeBytes);
        QCOMPARE(decodeTrade(out), t);
    }

    void roundTripEveryRecord()
    {
        Snapshot s;
        s.code = 2;
        s.timeMs = 35'000'000;
        s.phase = {'T', '0'};
        s.prevClose = 101'000;
        s.numTrades = 12;
        s.volume = 123'456'789'012ull;
        s.value = 9'876'543'210'987ull;
        s.last = 102'000;
        s.open = 101'500;
        s.high = 103'000;
        s.low = 100'900;
        s.upperLimit = 111'100;
        s.lowerLimit = 90'900;
        for (std::size_t i = 0; i < kLevels; ++i) {
            s.bids[i] = {static_cast<std::int32_t>(101'900 - 100 * i),
                         static_cast<std::uint32_t>(100 * (i + 1)), static_cast<std::uint32_t>(i + 1)};
            s.asks[i] = {static_cast<std::int32_t>(102'000 + 100 * i),
                         static_cast<std::uint32_t>(200 * (i + 1)), static_cast<std::uint32_t>(i + 2)};
        }
        Queue q{2, '2', 102'000, {100, 200, 300, 4'000'000'000u}, 0};
        Index x{399001,         35'000'000,    10'000'123'456, 10'100'000'000, 10'010'000'000,
                10'200'000'000, 9'990'000'000, 1'000'000,      2'000'000,      0};
        Order o{1, 2, 3, 4, 5, '1', 'U', 0};
        Trade t{1, 9, 0, 3, 0, 4, 5, '4', 0};

        PacketBuilder b(1011, 20261130);
        b.begin(77, 123);
        b.add(s);
        b.add(q);
        b.add(x);
        b.add(o);
        b.add(t);
        const auto bytes = b.finish();
        QCOMPARE(bytes.size(),
                 kHeaderSize + kSnapshotSize + encodedSize(q) + kIndexSize + kOrderSize + kTradeSize);
        const auto h = parseHeader(bytes);
        QVERIFY(h);
        QCOMPARE(h->count, 5);
        QCOMPARE(h->firstSeq, 77u);
        RecordCursor cur(bytes.subspan(kHeaderSize));
        auto r = cur.next();
        QCOMPARE(r->type, RecordType::Snapshot);
        QCOMPARE(decodeSnapshot(r->bytes), s);
        r = cur.next();
        QCOMPARE(r->type, RecordType::Queue);
        QCOMPARE(decodeQueue(r->bytes), q);
        r = cur.next();
        QCOMPARE(decodeIndex(r->bytes), x);
        r = cur.next();
        QCOMPARE(decodeOrder(r->bytes), o);
        r = cur.next();
        QCOMPARE(decodeTrade(r->bytes), t);
        QVERIFY(!cur.next());
        QVERIFY(!cur.failed());
    }

    void cursorRejectsBadRecords()
    {
        std::vector<std::byte> out;
        append(Order{}, out);
        auto shortLength = out;
        shortLength[2] = std::byte{27}; // an order is 28 bytes, not 27
        RecordCursor a(shortLength);
        QVERIFY(!a.next());
        QVERIFY(a.failed());

        auto overrun = out;
        overrun[2] = std::byte{60}; // runs past the payload
        RecordCursor b(overrun);
        QVERIFY(!b.next());
        QVERIFY(b.failed());

        auto zero = out;
        zero[2] = std::byte{0};
        zero[3] = std::byte{0};
        RecordCursor c(zero);
        QVERIFY(!c.next());
        QVERIFY(c.failed());

        // An unknown type with a sane length is handed over to be skipped, and what follows is read.
        std::vector<std::byte> unknown = fromHex("7a 00 0800 00000000");
        append(Trade{}, unknown);
        RecordCursor d(unknown);
        auto first = d.next();
        QVERIFY(first);
        QCOMPARE(static_cast<char>(first->type), 'z');
        auto second = d.next();
        QVERIFY(second);
        QCOMPARE(second->type, RecordType::Trade);

        // A queue whose count disagrees with its length.
        std::vector<std::byte> queue;
        append(Queue{1, '1', 100, {1, 2, 3}, 0}, queue);
        queue[13] = std::byte{4};
        RecordCursor e(queue);
        QVERIFY(!e.next());
    }

    void packetBuilderNeverOverflows()
    {
        PacketBuilder b(2011, 20261130);
        b.begin(1, 0);
        int n = 0;
        while (b.fits(kTradeSize)) {
            b.add(Trade{});
            ++n;
        }
        const auto bytes = b.finish();
        QVERIFY(bytes.size() <= kMaxPacketSize);
        QCOMPARE(static_cast<int>(header({bytes.begin(), bytes.end()}).count), n);
        QCOMPARE(n, static_cast<int>((kMaxPacketSize - kHeaderSize) / kTradeSize));
    }

    void narrowingFromSzse()
    {
        szse::Order m;
        m.channelNo = 2011;
        m.applSeqNum = 42;
        m.securityId = "000001";
        m.price = 123'400;
        m.orderQty = 50'000; // 500 shares
        m.side = '2';
        m.transactTime = 20261130093000123;
        m.ordType = '2';
        const auto o = narrow(m);
        QVERIFY(o);
        QCOMPARE(*o, (Order{1, 42, 123'400, 500, 34'200'123, '2', '2', 0}));

        m.orderQty = 50'050; // half a share: cannot be whole shares
        QCOMPARE(narrow(m)->flags, kNarrowingLost);
        m.orderQty = 50'000;
        m.applSeqNum = 5'000'000'000; // beyond u32
        QCOMPARE(narrow(m)->flags, kNarrowingLost);
        QCOMPARE(narrow(m)->applSeqNum, 0xFFFF'FFFFu);
        m.securityId = "IF2412"; // not a six-digit code
        QVERIFY(!narrow(m));

        szse::Snapshot s;
        s.header.origTime = 20261130093003000;
        s.header.securityId = "300750";
        s.header.tradingPhaseCode = "T0      ";
        s.header.prevClosePx = 2'000'000;
        s.header.totalVolumeTrade = 123'400;
        s.entries.push_back({"2", 201'000'000, 0, 0, 0, {}});
        s.entries.push_back({"0", 200'990'000, 30'000, 1, 2, {10'000, 20'000}});
        s.entries.push_back({"1", 201'000'000, 10'000, 1, 1, {10'000}});
        s.entries.push_back({"1", 201'010'000, 10'000, 2, 1, {}});
        s.entries.push_back({"x1", 5, 0, 0, 0, {}}); // not carried
        const auto n = narrow(s);
        QVERIFY(n);
        QCOMPARE(n->snapshot.code, 300750u);
        QCOMPARE(n->snapshot.timeMs, 34'203'000u);
        QCOMPARE(n->snapshot.last, 2'010'000);
        QCOMPARE(n->snapshot.volume, 1234u);
        QCOMPARE(n->snapshot.bids[0], (Level{2'009'900, 300, 2}));
        QCOMPARE(n->snapshot.asks[1], (Level{2'010'100, 100, 1}));
        QCOMPARE(n->snapshot.bids[1], Level{});
        QCOMPARE(n->queues.size(), 2u);
        QCOMPARE(n->queues[0].qtys, (std::vector<std::uint32_t>{100, 200}));
        QCOMPARE(n->snapshot.flags, 0);

        // Narrowed size: what the source's appliance gained by cutting fields.
        std::vector<std::byte> wire, feed;
        szse::encode(m, wire);
        m.securityId = "000001";
        wire.clear();
        szse::encode(m, wire);
        append(*narrow(m), feed);
        QCOMPARE(wire.size(), 63u); // 8 header + 51 body + 4 checksum
        QCOMPARE(feed.size(), 28u);
    }

    void requestRoundTrip()
    {
        const RecoveryRequest r{2011, 12345678901ull, 1000};
        const auto b = encodeRequest(r);
        QCOMPARE(parseRequest(b), std::optional(r));
        auto bad = b;
        bad[0] = std::byte{0};
        QVERIFY(!parseRequest(bad));
        QVERIFY(!parseRequest(encodeRequest({1, 1, 0})));
        QVERIFY(!parseRequest(encodeRequest({1, 1, kMaxRequestCount + 1})));
        QVERIFY(!parseRequest(Bytes(b).first(15)));
    }

    void sequencerInOrderAndDuplicates()
    {
        ChannelSequencer seq(2011);
        Sink sink;
        QCOMPARE(seq.state(), ChannelState::Waiting);
        for (std::uint64_t first = 1; first <= 100; first += 10) {
            const auto p = packet(2011, first, 10);
            seq.onPacket(0, header(p), p, first, sink);
            seq.onPacket(1, header(p), p, first + 1, sink); // line B's copy, later: dropped
        }
        QCOMPARE(seq.state(), ChannelState::Live);
        QCOMPARE(sink.seqs.size(), 100u);
        QVERIFY(std::is_sorted(sink.seqs.begin(), sink.seqs.end()));
        QCOMPARE(seq.stats().duplicateRecords, 100u);
        QCOMPARE(seq.stats().lineFirst[0], 10u);
        QCOMPARE(seq.stats().lineFirst[1], 0u);
        QVERIFY(!seq.poll(1'000'000'000, sink));
    }

    void otherLineFillsGap()
    {
        ChannelSequencer seq(2011);
        Sink sink;
        const auto p1 = packet(2011, 1, 5), p2 = packet(2011, 6, 5), p3 = packet(2011, 11, 5);
        seq.onPacket(0, header(p1), p1, 0, sink);
        seq.onPacket(0, header(p3), p3, 10, sink); // A lost p2
        QCOMPARE(sink.seqs.size(), 5u);
        QCOMPARE(seq.heldPackets(), 1u);
        QVERIFY(!seq.poll(100, sink)); // inside the arbitration window: wait for B
        seq.onPacket(1, header(p2), p2, 200, sink);
        QCOMPARE(sink.seqs.size(), 15u);
        QCOMPARE(seq.heldPackets(), 0u);
        QCOMPARE(seq.stats().filledByOtherLine, 1u);
        QCOMPARE(seq.stats().lineFirst[1], 1u);
        QCOMPARE(seq.stats().recoveryRequests, 0u);
        QCOMPARE(seq.state(), ChannelState::Live);
    }

    void gapRecoveredByService()
    {
        SequencerConfig config;
        config.arbitrationWindowNs = 1000;
        ChannelSequencer seq(2011, config);
        Sink sink;
        const auto p1 = packet(2011, 1, 5), p2 = packet(2011, 6, 5), p3 = packet(2011, 11, 5);
        seq.onPacket(0, header(p1), p1, 0, sink);
        seq.onPacket(0, header(p3), p3, 10, sink);
        QVERIFY(!seq.poll(500, sink));
        const auto req = seq.poll(2000, sink);
        QVERIFY(req);
        QCOMPARE(*req, (RecoveryRequest{2011, 6, 5}));
        QCOMPARE(seq.state(), ChannelState::Recovering);
        QVERIFY(!seq.poll(3000, sink)); // one request at a time
        const auto r2 = packet(2011, 6, 5, kRetransmission);
        seq.onPacket(0, header(r2), r2, 4000, sink);
        seq.onRecoveryEnd(11, 4100, sink);
        QCOMPARE(seq.state(), ChannelState::Live);
        QCOMPARE(sink.seqs.size(), 15u);
        QCOMPARE(seq.stats().recoveredRecords, 5u);
        QCOMPARE(seq.stats().filledByOtherLine, 0u);
        QVERIFY(sink.lostRanges.empty());
    }

    void heartbeatRevealsTailLoss()
    {
        SequencerConfig config;
        config.arbitrationWindowNs = 1000;
        ChannelSequencer seq(2011, config);
        Sink sink;
        const auto p1 = packet(2011, 1, 5);
        seq.onPacket(0, header(p1), p1, 0, sink);
        const auto hb = PacketBuilder::heartbeat(2011, 20261130, 9, 0); // 6, 7, 8 went missing
        seq.onPacket(0, header(hb), hb, 10, sink);
        const auto req = seq.poll(5000, sink);
        QVERIFY(req);
        QCOMPARE(*req, (RecoveryRequest{2011, 6, 3}));
    }

    void lostWhenServiceNoLongerHasIt()
    {
        SequencerConfig config;
        config.arbitrationWindowNs = 1000;
        ChannelSequencer seq(2011, config);
        Sink sink;
        const auto p1 = packet(2011, 1, 5), p3 = packet(2011, 11, 5);
        seq.onPacket(0, header(p1), p1, 0, sink);
        seq.onPacket(0, header(p3), p3, 10, sink);
        QVERIFY(seq.poll(2000, sink));
        seq.onRecoveryEnd(6, 3000, sink); // nothing could be sent
        QCOMPARE(seq.state(), ChannelState::Lost);
        QCOMPARE(sink.lostRanges.size(), 1u);
        QCOMPARE(sink.lostRanges[0].from, 6u);
        QCOMPARE(sink.lostRanges[0].to, 11u);
        QCOMPARE(sink.seqs.size(), 10u); // delivery went on after the hole
        QCOMPARE(seq.stats().lostRecords, 5u);
    }

    void recoveryTimeoutRetriesThenGivesUp()
    {
        SequencerConfig config;
        config.arbitrationWindowNs = 10;
        config.recoveryTimeoutNs = 100;
        config.recoveryAttempts = 2;
        ChannelSequencer seq(2011, config);
        Sink sink;
        const auto p3 = packet(2011, 11, 5);
        seq.onPacket(0, header(p3), p3, 0, sink); // joined late: 1..10 never seen
        auto r = seq.poll(20, sink);
        QVERIFY(r);
        QCOMPARE(*r, (RecoveryRequest{2011, 1, 10}));
        QVERIFY(!seq.poll(50, sink));
        QVERIFY(seq.poll(200, sink));  // second attempt
        QVERIFY(!seq.poll(400, sink)); // attempts exhausted: give up
        QCOMPARE(seq.state(), ChannelState::Lost);
        QCOMPARE(sink.seqs.size(), 5u);
        QCOMPARE(sink.seqs.front(), 11u);
    }

    // Random faults on both lines (loss, duplication, reordering, packets cut differently by
    // the recovery service), against the obvious model: every record is delivered exactly once
    // and in order unless it was in a range reported lost, and nothing is lost that either line
    // or the service could still supply.
    void randomFaultsAgainstModel()
    {
        std::mt19937_64 rng(7);
        SequencerStats sum;
        for (int round = 0; round < 200; ++round) {
            SequencerConfig config;
            config.arbitrationWindowNs = 50;
            config.recoveryTimeoutNs = 500;
            ChannelSequencer seq(2011, config);
            Sink sink;
            const std::uint64_t total = 200 + rng() % 400;
            std::vector<std::vector<std::byte>> live;
            for (std::uint64_t first = 1; first <= total;) {
                const auto n =
                    static_cast<std::uint16_t>(std::min<std::uint64_t>(1 + rng() % 12, total - first + 1));
                live.push_back(packet(2011, first, n));
                first += n;
            }
            const std::uint64_t historyFrom = (rng() % 4 == 0) ? 1 + rng() % total : 1; // service's oldest
            struct Arrival
            {
                std::uint64_t t;
                int line;
                std::size_t index;
            };
            std::vector<Arrival> arrivals;
            const double lossA = (rng() % 100) / 300.0, lossB = (rng() % 100) / 300.0;
            std::uniform_real_distribution<double> u(0, 1);
            for (std::size_t i = 0; i < live.size(); ++i) {
                const std::uint64_t t = i * 10;
                if (u(rng) >= lossA)
                    arrivals.push_back({t + rng() % 30, 0, i});
                if (u(rng) >= lossB)
                    arrivals.push_back({t + rng() % 30, 1, i});
                if (u(rng) < 0.05)
                    arrivals.push_back({t + rng() % 60, 0, i}); // duplicate on one line
            }
            std::sort(arrivals.begin(), arrivals.end(), [](auto& a, auto& b) { return a.t < b.t; });
            const auto heartbeat = PacketBuilder::heartbeat(2011, 20261130, total + 1, 0);

            std::uint64_t now = 0;
            std::size_t next = 0;
            std::optional<RecoveryRequest> pending;
            std::uint64_t answerAt = 0;
            for (int step = 0; step < 100'000 && (next < arrivals.size() || seq.expected() <= total);
                 ++step) {
                now += 5;
                while (next < arrivals.size() && arrivals[next].t <= now) {
                    const auto& p = live[arrivals[next].index];
                    seq.onPacket(arrivals[next].line, header(p), p, now, sink);
                    ++next;
                }
                if (next == arrivals.size() && step % 20 == 0)
                    seq.onPacket(0, header(heartbeat), heartbeat, now, sink);
                if (auto r = seq.poll(now, sink)) {
                    pending = r;
                    answerAt = now + 20 + rng() % 40;
                }
                if (pending && now >= answerAt) {
                    // The service re-cuts the range into its own packets; 1 in 10 answers is lost.
                    if (rng() % 10 != 0) {
                        const std::uint64_t from = std::max(pending->fromSeq, historyFrom);
                        const std::uint64_t to = std::min(pending->fromSeq + pending->count, total + 1);
                        for (std::uint64_t f = from; f < to;) {
                            const auto n =
                                static_cast<std::uint16_t>(std::min<std::uint64_t>(1 + rng() % 7, to - f));
                            const auto p = packet(2011, f, n, kRetransmission);
                            seq.onPacket(0, header(p), p, now, sink);
                            f += n;
                        }
                        seq.onRecoveryEnd(pending->fromSeq >= historyFrom ? to : pending->fromSeq, now, sink);
                    }
                    pending.reset();
                }
            }
            QCOMPARE(seq.expected(), total + 1);
            std::set<std::uint64_t> lostSeqs;
            for (const auto& r : sink.lostRanges)
                for (auto s = r.from; s < r.to; ++s)
                    lostSeqs.insert(s);
            std::vector<std::uint64_t> expect;
            for (std::uint64_t s = 1; s <= total; ++s)
                if (!lostSeqs.contains(s))
                    expect.push_back(s);
            QCOMPARE(sink.seqs, expect);
            // Only what the service no longer held may be lost, unless every attempt failed.
            for (const auto& r : sink.lostRanges)
                QVERIFY(r.to <= historyFrom || seq.stats().recoveryRequests >= 3);
            QCOMPARE(seq.state() == ChannelState::Lost, !sink.lostRanges.empty());
            sum.recoveryRequests += seq.stats().recoveryRequests;
            sum.filledByOtherLine += seq.stats().filledByOtherLine;
            sum.lostRecords += seq.stats().lostRecords;
            sum.recoveredRecords += seq.stats().recoveredRecords;
            sum.duplicateRecords += seq.stats().duplicateRecords;
        }
        // The rounds did reach every path.
        qInfo("requests %llu, filled by other line %llu, recovered %llu, lost %llu, duplicates %llu",
              static_cast<unsigned long long>(sum.recoveryRequests),
              static_cast<unsigned long long>(sum.filledByOtherLine),
              static_cast<unsigned long long>(sum.recoveredRecords),
              static_cast<unsigned long long>(sum.lostRecords),
              static_cast<unsigned long long>(sum.duplicateRecords));
        QVERIFY(sum.recoveryRequests > 100 && sum.filledByOtherLine > 100 && sum.recoveredRecords > 1000);
        QVERIFY(sum.lostRecords > 0 && sum.duplicateRecords > 10'000);
    }
};

QTEST_GUILESS_MAIN(TestAppliance)
#include "tst_appliance.moc"
